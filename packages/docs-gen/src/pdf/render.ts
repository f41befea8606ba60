/**
 * PDF renderer for Node: the document model → a pdfmake 0.3 document definition → PDF bytes.
 *
 * The fonts are **inputs** (bytes): nothing is fetched or read from disk while rendering. pdfmake's
 * printer is driven directly with a private, per-call in-memory file table, a URL resolver that
 * refuses every URL, and a local-access policy that refuses every path; no global pdfmake state
 * is touched. In a browser, use `renderPdfInBrowser` (`@ofkit/docs-gen/pdf-browser`).
 *
 * @module
 */
import PrinterModule from 'pdfmake/js/Printer.js';
import type { DocumentModel } from '../model/types.js';
import { OFKIT_TABLE_LAYOUT, preparePdf, type PdfRenderResult, type RenderPdfOptions } from './definition.js';

interface PdfKitDocLike {
  on(event: string, listener: (arg?: unknown) => void): unknown;
  end(): void;
}
type PrinterCtor = new (
  fontDescriptors: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>,
  virtualfs: { existsSync(name: string): boolean; readFileSync(name: string): Uint8Array },
  urlResolver: { resolve(url: string): void; resolved(): Promise<undefined> },
  localAccessPolicy: (path: string) => boolean,
) => { createPdfKitDocument(def: Record<string, unknown>, options?: Record<string, unknown>): Promise<PdfKitDocLike> };

// pdfmake's printer is CommonJS compiled by Babel (`exports.default`); ESM and CJS loaders differ.
const Printer = ((PrinterModule as { default?: unknown }).default ?? PrinterModule) as PrinterCtor;

/**
 * Renders a document to PDF and tells what happened: the bytes, the page count, the characters
 * that could not be printed (with `missingGlyphs: 'replace'`) and warnings.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createRequire } from 'node:module';
 * import { defineDocument, paragraph } from '@ofkit/docs-gen';
 * import { renderPdfDetailed } from '@ofkit/docs-gen/pdf';
 * const require = createRequire(import.meta.url);
 * const regular = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
 * const doc = defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', blocks: [paragraph('王芳')] });
 * const { pageCount, unsupported } = await renderPdfDetailed(doc, { fonts: { regular }, missingGlyphs: 'replace' });
 * // pageCount === 1; unsupported.map((u) => u.codePoint) → ['U+738B', 'U+82B3']
 * ```
 */
export async function renderPdfDetailed(doc: DocumentModel, options: RenderPdfOptions): Promise<PdfRenderResult> {
  const p = preparePdf(doc, options);
  const vfs = {
    existsSync: (name: string) => Object.prototype.hasOwnProperty.call(p.files, name),
    readFileSync: (name: string) => {
      const f = p.files[name];
      if (!f) throw new Error(`ofkit: no file ${name} (the PDF renderer reads no file)`);
      return f;
    },
  };
  const noUrls = {
    resolve: (url: string) => {
      if (/^https?:\/\//i.test(url)) throw new Error(`ofkit: URL refused (${url}): the PDF renderer fetches nothing`);
    },
    resolved: async () => undefined,
  };
  const printer = new Printer(p.descriptors, vfs, noUrls, () => false);
  const pdfKitDoc = await printer.createPdfKitDocument(p.definition, { tableLayouts: { ofkit: OFKIT_TABLE_LAYOUT } });
  const pdf = await new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdfKitDoc.on('data', (c) => chunks.push(c as Uint8Array));
    pdfKitDoc.on('end', () => {
      let size = 0;
      for (const c of chunks) size += c.byteLength;
      const out = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
      }
      resolve(out);
    });
    pdfKitDoc.on('error', reject);
    pdfKitDoc.end();
  });
  return { pdf, pageCount: p.pages.count, unsupported: p.unsupported, warnings: p.warnings };
}

/**
 * Renders a document to PDF bytes. **Asynchronous**: returns `Promise<Uint8Array>`.
 *
 * Fonts are required input (bytes of `.ttf` files; DejaVu Sans covers Latin including
 * Vietnamese, Greek, Cyrillic, Hebrew and Arabic letters, without bidi reordering or guaranteed
 * Arabic shaping; no CJK: pass `fonts.fallback` for Chinese/Japanese/Korean names). Characters
 * the fonts cannot print throw `OfkitError` `UNSUPPORTED_CHARACTERS` (or are replaced by U+FFFD
 * and reported with `missingGlyphs: 'replace'` in {@link renderPdfDetailed}); invisible
 * formatting characters (bidi marks, zero-width spaces, soft hyphens, control characters) are
 * removed. Nothing is fetched or read from disk.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createRequire } from 'node:module';
 * import { defineDocument, paragraph } from '@ofkit/docs-gen';
 * import { renderPdf } from '@ofkit/docs-gen/pdf';
 * const require = createRequire(import.meta.url);
 * const ttf = (f: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
 * const fonts = { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf') };
 * const doc = defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', blocks: [paragraph('Łukasz Groß')] });
 * const bytes = await renderPdf(doc, { fonts }); // Uint8Array starting with %PDF-
 * ```
 */
export async function renderPdf(doc: DocumentModel, options: RenderPdfOptions): Promise<Uint8Array> {
  return (await renderPdfDetailed(doc, options)).pdf;
}
