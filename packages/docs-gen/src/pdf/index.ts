/**
 * @packageDocumentation
 * `@ofkit/docs-gen/pdf`: PDF rendering (loads pdfmake; kept apart so other users do not pay for it).
 * Fonts are passed as bytes; the renderer never fetches a URL or reads a file. In a browser, use
 * `@ofkit/docs-gen/pdf-browser`.
 */
export { renderPdf, renderPdfDetailed } from './render.js';
export { preparePdfFonts } from './definition.js';
export type { PdfFontFiles, PreparedPdfFonts, RenderPdfOptions, UnsupportedCharacter, PdfRenderResult } from './definition.js';
export type { Branding } from '../model/branding.js';
export { readGlyphCoverage } from './cmap.js';
export type { GlyphCoverage } from './cmap.js';
