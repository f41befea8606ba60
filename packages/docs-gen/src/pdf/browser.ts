/**
 * @packageDocumentation
 * `@ofkit/docs-gen/pdf-browser`: PDF rendering in a browser bundle, with pdfmake's browser build
 * (`pdfmake/build/pdfmake`), which the caller imports and passes in. This entry imports no Node
 * module and not pdfmake itself, so any bundler (esbuild, Vite, webpack) builds it as is.
 */
import * as z from '@ofkit/core/internal/zod-mini';
import { OfkitError } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import type { DocumentModel } from '../model/types.js';
import { toBase64 } from '../model/branding.js';
import { parseMini } from '../model/validate.js';
import { OFKIT_TABLE_LAYOUT, preparePdf, type PdfFontFiles, type PdfRenderResult, type PreparedPdfFonts } from './definition.js';

export { preparePdfFonts } from './definition.js';
export type { PdfFontFiles, PreparedPdfFonts, PdfRenderResult, UnsupportedCharacter } from './definition.js';
export type { Branding } from '../model/branding.js';

/**
 * The part of pdfmake's browser build (`import pdfMake from 'pdfmake/build/pdfmake'`, pdfmake
 * 0.3) that {@link renderPdfInBrowser} uses.
 *
 * @example
 * ```ts
 * import type { PdfMakeBrowser } from '@ofkit/docs-gen/pdf-browser';
 * const ready = (p: PdfMakeBrowser) => typeof p.createPdf === 'function';
 * ```
 */
export interface PdfMakeBrowser {
  addVirtualFileSystem(vfs: Record<string, string>): void;
  addFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  addTableLayouts(layouts: Record<string, unknown>): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> };
}

/**
 * Options of {@link renderPdfInBrowser}: those of `renderPdf` plus the pdfmake instance.
 *
 * @example
 * ```ts
 * import type { RenderPdfInBrowserOptions } from '@ofkit/docs-gen/pdf-browser';
 * const withoutPdfMake: Omit<RenderPdfInBrowserOptions, 'pdfMake'> = { fonts: { regular: new Uint8Array(0) }, missingGlyphs: 'replace' };
 * ```
 */
export interface RenderPdfInBrowserOptions {
  /** pdfmake's browser build (the default export of `pdfmake/build/pdfmake`). */
  readonly pdfMake: PdfMakeBrowser;
  /** Font files as bytes (e.g. `new Uint8Array(await (await fetch('/fonts/DejaVuSans.ttf')).arrayBuffer())`), or prepared. */
  readonly fonts: PdfFontFiles | PreparedPdfFonts;
  readonly missingGlyphs?: 'error' | 'replace';
  readonly compress?: boolean;
  readonly branding?: import('../model/branding.js').Branding;
}

const PdfMakeSchema = /* @__PURE__ */ (() =>
  z.looseObject({
    addVirtualFileSystem: z.custom<(...a: unknown[]) => unknown>((f) => typeof f === 'function'),
    addFonts: z.custom<(...a: unknown[]) => unknown>((f) => typeof f === 'function'),
    addTableLayouts: z.custom<(...a: unknown[]) => unknown>((f) => typeof f === 'function'),
    createPdf: z.custom<(...a: unknown[]) => unknown>((f) => typeof f === 'function'),
  }))();

/**
 * Renders a document to PDF in a browser, with the same layout, fonts policy and checks as
 * `renderPdf` of `@ofkit/docs-gen/pdf` (same definition code). pdfmake's browser build keeps its
 * fonts in a global virtual file system: this function adds the font files under `ofkit-*.ttf`
 * names, the font families `OfkitBody`/`OfkitFallback` and the table layout `ofkit` to the
 * instance you pass (nothing else of yours is changed), then builds the PDF. Nothing is fetched:
 * the fonts are bytes you supply, a branding logo is inlined.
 *
 * @example
 * ```ts
 * import type { DocumentModel } from '@ofkit/docs-gen';
 * import { renderPdfInBrowser, type PdfMakeBrowser } from '@ofkit/docs-gen/pdf-browser';
 * // In a browser bundle: import pdfMake from 'pdfmake/build/pdfmake';
 * async function toPdf(doc: DocumentModel, pdfMake: PdfMakeBrowser, regular: Uint8Array) {
 *   const { pdf, pageCount } = await renderPdfInBrowser(doc, { pdfMake, fonts: { regular } });
 *   return new Blob([pdf], { type: 'application/pdf' });
 * }
 * ```
 */
export async function renderPdfInBrowser(doc: DocumentModel, options: RenderPdfInBrowserOptions): Promise<PdfRenderResult> {
  if (typeof options !== 'object' || options === null) {
    throw new OfkitError('INVALID_INPUT', [issue(['options'], 'invalid_type', 'Options attendues (objet).', 'Options expected (an object).')]);
  }
  // Checked, then used as given (zod returns a copy; the methods need their own instance as `this`).
  parseMini(PdfMakeSchema, (options as { pdfMake?: unknown }).pdfMake, ['options', 'pdfMake']);
  const pdfMake = options.pdfMake;
  const { pdfMake: _ignored, ...rest } = options;
  const p = preparePdf(doc, rest);
  const vfs: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(p.files)) vfs[name] = toBase64(bytes);
  pdfMake.addVirtualFileSystem(vfs);
  pdfMake.addFonts(p.descriptors);
  pdfMake.addTableLayouts({ ofkit: OFKIT_TABLE_LAYOUT });
  const buffer = await pdfMake.createPdf(p.definition).getBuffer();
  const pdf = new Uint8Array(buffer.byteLength);
  pdf.set(buffer);
  return { pdf, pageCount: p.pages.count, unsupported: p.unsupported, warnings: p.warnings };
}
