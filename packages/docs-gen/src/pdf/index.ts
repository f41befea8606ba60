/**
 * @packageDocumentation
 * `@ofkit/docs-gen/pdf`: PDF rendering (loads pdfmake; kept apart so other users do not pay for it).
 * Fonts are passed as bytes; the renderer never fetches a URL or reads a file.
 */
export { renderPdf, renderPdfDetailed, preparePdfFonts } from './render.js';
export type { PdfFontFiles, PreparedPdfFonts, RenderPdfOptions, UnsupportedCharacter, PdfRenderResult } from './render.js';
export { readGlyphCoverage } from './cmap.js';
export type { GlyphCoverage } from './cmap.js';
