/**
 * PDF renderer: the document model → a pdfmake 0.3 document definition → PDF bytes.
 *
 * The fonts are **inputs** (bytes): nothing is fetched or read from disk while rendering. pdfmake's
 * printer is driven directly with a private, per-call in-memory file table, a URL resolver that
 * refuses every URL, and a local-access policy that refuses every path; no global pdfmake state
 * is touched.
 *
 * @module
 */
import { OfkitError, issue, type OfkitIssue, type Warning } from '@ofkit/core';
import PrinterModule from 'pdfmake/js/Printer.js';
import type { Align, Block, DocumentModel, Inline, InlineRun, Signatory, TableBlock } from '../model/types.js';
import { frenchDate } from '../model/builders.js';
import { readGlyphCoverage, type GlyphCoverage } from './cmap.js';

/**
 * Font files as bytes (TrueType/OpenType `.ttf`/`.otf`, not a collection).
 *
 * @example
 * ```ts
 * import type { PdfFontFiles } from '@ofkit/docs-gen/pdf';
 * const bytes = new Uint8Array(0); // the bytes of a .ttf file, read by your code
 * const fonts: PdfFontFiles = { regular: bytes };
 * ```
 */
export interface PdfFontFiles {
  /** Regular face; required. */
  readonly regular: Uint8Array;
  /** Bold face; the regular face is used when absent. */
  readonly bold?: Uint8Array;
  /** Italic/oblique face; the regular face is used when absent. */
  readonly italic?: Uint8Array;
  readonly boldItalic?: Uint8Array;
  /**
   * A fallback font for characters the main font lacks (e.g. a CJK font such as Noto Sans SC
   * for Chinese names): text runs are split per character and set in this font where needed.
   */
  readonly fallback?: Uint8Array;
}

/**
 * Fonts checked once (coverage read) and reusable across many {@link renderPdf} calls.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createRequire } from 'node:module';
 * import { preparePdfFonts, type PreparedPdfFonts } from '@ofkit/docs-gen/pdf';
 * const require = createRequire(import.meta.url);
 * const fonts: PreparedPdfFonts = preparePdfFonts({ regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')) });
 * ```
 */
export interface PreparedPdfFonts {
  readonly kind: 'ofkit-prepared-fonts';
  readonly files: PdfFontFiles;
  /** Coverage of the regular face. */
  readonly coverage: GlyphCoverage;
  /** Coverage of the bold, italic and bold-italic faces (the regular one when a face is absent). */
  readonly styleCoverage: { readonly bold: GlyphCoverage; readonly italic: GlyphCoverage; readonly boldItalic: GlyphCoverage };
  readonly fallbackCoverage?: GlyphCoverage;
}

/**
 * Reads the glyph coverage of the fonts once, so that rendering many documents does not re-read
 * it. Throws `OfkitError` `INVALID_FONT` if a file is not a TrueType/OpenType font.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createRequire } from 'node:module';
 * import { preparePdfFonts } from '@ofkit/docs-gen/pdf';
 * const require = createRequire(import.meta.url);
 * const fonts = preparePdfFonts({ regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')) });
 * fonts.coverage.has(0x141); // true: Ł
 * ```
 */
export function preparePdfFonts(files: PdfFontFiles): PreparedPdfFonts {
  const problems: OfkitIssue[] = [];
  const check = (name: keyof PdfFontFiles): void => {
    const v = files[name];
    if (v === undefined && name !== 'regular') return;
    if (!(v instanceof Uint8Array)) {
      problems.push(issue(['fonts', name], 'invalid_type', 'Octets de police (Uint8Array) attendus.', 'Font bytes (Uint8Array) expected.'));
    }
  };
  (['regular', 'bold', 'italic', 'boldItalic', 'fallback'] as const).forEach(check);
  if (problems.length > 0) throw new OfkitError('INVALID_INPUT', problems);
  const coverage = readGlyphCoverage(files.regular);
  const bold = files.bold ? readGlyphCoverage(files.bold) : coverage;
  const italic = files.italic ? readGlyphCoverage(files.italic) : coverage;
  const boldItalic = files.boldItalic ? readGlyphCoverage(files.boldItalic) : bold;
  return {
    kind: 'ofkit-prepared-fonts',
    files,
    coverage,
    styleCoverage: { bold, italic, boldItalic },
    ...(files.fallback ? { fallbackCoverage: readGlyphCoverage(files.fallback) } : {}),
  };
}

/**
 * Options of {@link renderPdf}.
 *
 * @example
 * ```ts
 * import type { RenderPdfOptions } from '@ofkit/docs-gen/pdf';
 * const options: RenderPdfOptions = { fonts: { regular: new Uint8Array(0) }, missingGlyphs: 'replace' };
 * ```
 */
export interface RenderPdfOptions {
  /** The fonts, as bytes or prepared with {@link preparePdfFonts}. Required: nothing is loaded for you. */
  readonly fonts: PdfFontFiles | PreparedPdfFonts;
  /**
   * What to do with characters neither the font nor the fallback can print:
   * `'error'` (default) throws `OfkitError` `UNSUPPORTED_CHARACTERS` listing each of them;
   * `'replace'` prints U+FFFD (�) instead and reports them as warnings
   * ({@link renderPdfDetailed}). Never dropped silently.
   */
  readonly missingGlyphs?: 'error' | 'replace';
  /** Compress PDF streams (default `true`; `false` helps debugging). */
  readonly compress?: boolean;
}

/**
 * A character the fonts cannot print.
 *
 * @example
 * ```ts
 * import type { UnsupportedCharacter } from '@ofkit/docs-gen/pdf';
 * const u: UnsupportedCharacter = { char: '王', codePoint: 'U+738B', count: 1, sample: '王芳' };
 * ```
 */
export interface UnsupportedCharacter {
  readonly char: string;
  /** `U+1F600`. */
  readonly codePoint: string;
  /** How many times it occurs in the document. */
  readonly count: number;
  /** A short excerpt of the first text it occurs in. */
  readonly sample: string;
}

/**
 * Result of {@link renderPdfDetailed}.
 *
 * @example
 * ```ts
 * import type { PdfRenderResult } from '@ofkit/docs-gen/pdf';
 * const show = (r: PdfRenderResult) => `${r.pageCount} page(s), ${r.unsupported.length} unsupported character(s)`;
 * ```
 */
export interface PdfRenderResult {
  readonly pdf: Uint8Array;
  readonly pageCount: number;
  /** Characters replaced by U+FFFD (only with `missingGlyphs: 'replace'`). */
  readonly unsupported: readonly UnsupportedCharacter[];
  readonly warnings: readonly Warning[];
}

// Invisible formatting characters (bidi controls, zero-width, BOM, soft hyphen) and C0/C1
// controls other than newline/tab: they carry no glyph; they are removed from PDF text.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const BODY = 'OfkitBody';
const FALLBACK = 'OfkitFallback';
const REPLACEMENT = '\uFFFD';

interface Ctx {
  readonly fonts: PreparedPdfFonts;
  readonly replace: boolean;
  readonly missing: Map<number, { count: number; sample: string }>;
}

type PdfText = string | Record<string, unknown>;

/**
 * Cleans a string and splits it into runs by font coverage: a character missing from the styled
 * face (e.g. Arabic in DejaVu Sans Oblique) is set in the regular face, then in the fallback
 * font; one missing from all is reported (never dropped silently).
 */
function runs(text: string, style: { bold?: boolean; italics?: boolean }, ctx: Ctx): PdfText[] {
  const clean = text.replace(INVISIBLE, '');
  const { coverage, fallbackCoverage, styleCoverage } = ctx.fonts;
  const styled =
    style.bold && style.italics ? styleCoverage.boldItalic : style.bold ? styleCoverage.bold : style.italics ? styleCoverage.italic : coverage;
  // Fast path: every character in the face of this style.
  let allCovered = true;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if (c < 0x7f && c >= 0x20) continue;
    const cp = clean.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp === 10 || cp === 9) continue;
    if (!styled.has(cp)) {
      allCovered = false;
      break;
    }
  }
  if (allCovered) return [style.bold || style.italics ? { text: clean, ...style } : clean];
  const out: PdfText[] = [];
  let buf = '';
  type Face = 'styled' | 'plain' | 'fallback';
  let bufFace: Face = 'styled' as Face;
  const flush = (): void => {
    if (buf === '') return;
    if (bufFace === 'styled') out.push({ text: buf, ...style });
    else if (bufFace === 'plain') out.push({ text: buf, bold: false, italics: false });
    else out.push({ text: buf, font: FALLBACK });
    buf = '';
  };
  for (const ch of clean) {
    const cp = ch.codePointAt(0)!;
    let face: Face = 'styled';
    let piece = ch;
    if (cp !== 10 && cp !== 9 && !styled.has(cp)) {
      if (coverage.has(cp)) face = 'plain';
      else if (fallbackCoverage?.has(cp)) face = 'fallback';
      else {
        const m = ctx.missing.get(cp);
        if (m) m.count++;
        else ctx.missing.set(cp, { count: 1, sample: clean.length > 40 ? `${clean.slice(0, 40)}…` : clean });
        piece = coverage.has(0xfffd) ? REPLACEMENT : '?';
        face = 'plain';
      }
    }
    if (face !== bufFace) {
      flush();
      bufFace = face;
    }
    buf += piece;
  }
  flush();
  return out;
}

/** Style a node imposes on its text (so that coverage is checked against the face really used). */
interface BaseStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
}

function inlinePdf(text: Inline, ctx: Ctx, base: BaseStyle = {}): PdfText[] {
  if (typeof text === 'string') return runs(text, base, ctx);
  const out: PdfText[] = [];
  for (const r of text as readonly InlineRun[]) {
    const bold = base.bold || r.bold;
    const italics = base.italics || r.italic;
    out.push(...runs(r.text, { ...(bold ? { bold: true } : {}), ...(italics ? { italics: true } : {}) }, ctx));
  }
  return out;
}

const BOLD_STYLES = /* @__PURE__ */ (() => new Set(['th', 'h1', 'h2', 'h3']))();

function textNode(text: Inline, ctx: Ctx, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base: BaseStyle = {
    ...(extra['bold'] === true || BOLD_STYLES.has(extra['style'] as string) ? { bold: true } : {}),
    ...(extra['italics'] === true ? { italics: true } : {}),
  };
  return { text: inlinePdf(text, ctx, base), ...extra };
}

const MM = 72 / 25.4;

// A row taller than a page cannot be kept whole; rows with very long cells are allowed to break.
const LONG_CELL = 1200;

function tablePdf(b: TableBlock, ctx: Ctx): Record<string, unknown> {
  const sum = b.columns.reduce((t, c) => t + (c.width ?? 1), 0);
  const widths = b.columns.map((c) => `${(((c.width ?? 1) / sum) * 100).toFixed(3)}%`);
  const align = (a: Align | undefined): Align => a ?? 'left';
  const header = b.columns.map((c) => textNode(c.header, ctx, { style: 'th', alignment: align(c.align) }));
  const body: Record<string, unknown>[][] = [header];
  let long = false;
  for (const row of b.rows) {
    body.push(
      row.map((cell, i) => {
        if (!long && (typeof cell === 'string' ? cell.length : cell.reduce((s, r) => s + r.text.length, 0)) > LONG_CELL) long = true;
        return textNode(cell, ctx, { alignment: align(b.columns[i]?.align) });
      }),
    );
  }
  const minH = b.minRowHeightMm !== undefined ? b.minRowHeightMm * MM : undefined;
  const node: Record<string, unknown> = {
    table: {
      headerRows: 1,
      dontBreakRows: !long,
      widths,
      body,
      ...(minH !== undefined ? { heights: (row: number) => (row === 0 ? 'auto' : minH) } : {}),
    },
    layout: 'ofkit',
    margin: [0, 0, 0, 8],
    ...(b.size === 'small' ? { fontSize: 7.5 } : {}),
  };
  if (b.caption === undefined) return node;
  return { stack: [textNode(b.caption, ctx, { bold: true, margin: [0, 0, 0, 3] }), node] };
}

function signatoryPdf(s: Signatory, ctx: Ctx): Record<string, unknown> {
  const stack: Record<string, unknown>[] = [textNode(s.role, ctx, { bold: true })];
  if (s.name) stack.push(textNode(s.name, ctx));
  if (s.mention) stack.push(textNode(`« ${s.mention} »`, ctx, { italics: true }));
  if (s.signed) {
    stack.push(
      textNode(
        `Signé (${s.signed.method}) le ${s.signed.at}${s.signed.evidence ? `\n${s.signed.evidence}` : ''}`,
        ctx,
        { fontSize: 8, margin: [0, 6, 0, 0] },
      ),
    );
  } else {
    stack.push({ text: s.stamp ? 'Signature et cachet' : 'Signature', fontSize: 7.5, color: '#777777', margin: [0, 40, 0, 0] });
  }
  return { table: { widths: ['*'], body: [[{ stack }]] }, layout: 'ofkit', width: '*' };
}

function blocksPdf(blocks: readonly Block[], ctx: Ctx): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push(textNode(b.text, ctx, { style: `h${b.level}` }));
        break;
      case 'paragraph':
        out.push(
          textNode(b.text, ctx, {
            margin: [0, 0, 0, 5],
            ...(b.align ? { alignment: b.align } : {}),
            ...(b.size === 'small' ? { fontSize: 7.5 } : {}),
          }),
        );
        break;
      case 'list':
        out.push({
          [b.ordered ? 'ol' : 'ul']: b.items.map((i) => textNode(i, ctx)),
          margin: [0, 0, 0, 5],
        });
        break;
      case 'checklist':
        out.push({
          stack: b.items.map((i) => ({ text: [i.checked ? '☒ ' : '☐ ', ...inlinePdf(i.text, ctx)] })),
          margin: [0, 0, 0, 5],
        });
        break;
      case 'table':
        out.push(tablePdf(b, ctx));
        break;
      case 'keyValue':
        if (b.items.length === 0) break;
        out.push({
          table: {
            widths: ['30%', '70%'],
            body: b.items.map((i) => [textNode(i.key, ctx, { bold: true }), textNode(i.value, ctx)]),
          },
          layout: 'noBorders',
          margin: [0, 0, 0, 6],
        });
        break;
      case 'signatures': {
        const stack: Record<string, unknown>[] = [];
        if (b.place !== undefined || b.date !== undefined) {
          stack.push(
            textNode(`Fait${b.place !== undefined ? ` à ${b.place}` : ''}${b.date !== undefined ? `, le ${frenchDate(b.date)}` : ''}`, ctx, {
              margin: [0, 0, 0, 4],
            }),
          );
        }
        stack.push({ columns: b.signatories.map((s) => signatoryPdf(s, ctx)), columnGap: 12 });
        out.push({ stack, unbreakable: true, margin: [0, 8, 0, 8] });
        break;
      }
      case 'pageBreak':
        out.push({ text: '', pageBreak: 'after' });
        break;
      case 'section': {
        const inner = blocksPdf(b.blocks, ctx);
        out.push(b.keepTogether ? { stack: inner, unbreakable: true } : { stack: inner });
        break;
      }
    }
  }
  return out;
}

/**
 * Builds the pdfmake document definition (exposed for tests and the benchmark).
 */
export function toPdfmakeDefinition(doc: DocumentModel, ctx: Ctx): Record<string, unknown> {
  const content: Record<string, unknown>[] = [];
  const header = doc.header;
  if (header) {
    content.push({
      stack: [
        { text: runs(header.title, { bold: true }, ctx), fontSize: 11 },
        ...header.lines.map((l) => ({ text: runs(l, {}, ctx), fontSize: 8.5 })),
      ],
      margin: [0, 0, 0, 10],
    });
  }
  content.push(...blocksPdf(doc.blocks, ctx));
  const footerLines = doc.footer ? doc.footer.lines.map((l) => runs(l, {}, ctx)) : [];
  const pageNumbers = doc.footer?.pageNumbers ?? false;
  return {
    pageSize: 'A4',
    pageOrientation: doc.meta.orientation,
    pageMargins: [40, 40, 40, 56],
    language: doc.meta.language,
    info: {
      title: doc.meta.title.replace(INVISIBLE, ''),
      ...(doc.meta.author ? { author: doc.meta.author.replace(INVISIBLE, '') } : {}),
      subject: doc.meta.kind,
      // pdfkit would stamp the clock (new Date()) here; the document's own date keeps the output
      // deterministic: the same model always gives the same bytes. Built from the civil date,
      // never from the clock.
      creationDate: civilDateAsUtc(doc.meta.date),
      creator: '@ofkit/docs-gen',
      producer: '@ofkit/docs-gen (pdfmake)',
    },
    defaultStyle: { font: BODY, fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 15, bold: true, margin: [0, 4, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 3] },
      th: { bold: true, fillColor: '#eeeeee' },
    },
    content,
    footer:
      footerLines.length > 0 || pageNumbers
        ? (current: number, count: number) => ({
            margin: [40, 8, 40, 0],
            columns: [
              { stack: footerLines.map((l) => ({ text: l })), fontSize: 7, width: '*' },
              ...(pageNumbers ? [{ text: `Page ${current} / ${count}`, fontSize: 7, width: 60, alignment: 'right' }] : []),
            ],
          })
        : undefined,
  };
}

/** Midnight UTC of a civil date `YYYY-MM-DD` (pdfkit needs a Date object for its metadata). */
function civilDateAsUtc(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : 0;
  return new Date(ms); // deterministic: from the document's date, not the clock
}

/**
 * The table layout used for every table: thin grey rules.
 */
export const OFKIT_TABLE_LAYOUT = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#555555',
  vLineColor: () => '#555555',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

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

function prepared(fonts: PdfFontFiles | PreparedPdfFonts): PreparedPdfFonts {
  return 'kind' in fonts && fonts.kind === 'ofkit-prepared-fonts' ? fonts : preparePdfFonts(fonts as PdfFontFiles);
}

function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

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
  if (options === undefined || options === null || (options as { fonts?: unknown }).fonts === undefined) {
    throw new OfkitError('INVALID_INPUT', [
      issue(
        ['fonts'],
        'missing_fonts',
        'Polices requises : renderPdf(doc, { fonts: { regular, bold?, italic?, boldItalic? } }) avec les octets des fichiers .ttf (aucun fichier n\u2019est lu par la bibliothèque).',
        'Fonts required: renderPdf(doc, { fonts: { regular, bold?, italic?, boldItalic? } }) with the bytes of .ttf files (the library reads no file).',
      ),
    ]);
  }
  const fonts = prepared(options.fonts);
  const ctx: Ctx = { fonts, replace: options.missingGlyphs === 'replace', missing: new Map() };
  const def = toPdfmakeDefinition(doc, ctx);
  if (options.compress === false) def['compress'] = false;
  const unsupported: UnsupportedCharacter[] = [...ctx.missing.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([cp, m]) => ({ char: String.fromCodePoint(cp), codePoint: codePoint(cp), count: m.count, sample: m.sample }));
  if (unsupported.length > 0 && !ctx.replace) {
    throw new OfkitError(
      'UNSUPPORTED_CHARACTERS',
      unsupported.map((u) =>
        issue(
          ['fonts'],
          'unsupported_character',
          `Caractère « ${u.char} » (${u.codePoint}, ${u.count} fois, p. ex. dans « ${u.sample} ») absent de la police fournie : fournissez une police de secours (fonts.fallback) ou missingGlyphs: 'replace'.`,
          `Character "${u.char}" (${u.codePoint}, ${u.count} times, e.g. in "${u.sample}") is not in the supplied font: supply a fallback font (fonts.fallback) or missingGlyphs: 'replace'.`,
        ),
      ),
    );
  }
  // Private in-memory file table for this call only.
  const files: Record<string, Uint8Array> = {
    'ofkit-regular.ttf': fonts.files.regular,
    'ofkit-bold.ttf': fonts.files.bold ?? fonts.files.regular,
    'ofkit-italic.ttf': fonts.files.italic ?? fonts.files.regular,
    'ofkit-bolditalic.ttf': fonts.files.boldItalic ?? fonts.files.bold ?? fonts.files.regular,
  };
  const descriptors: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {
    [BODY]: { normal: 'ofkit-regular.ttf', bold: 'ofkit-bold.ttf', italics: 'ofkit-italic.ttf', bolditalics: 'ofkit-bolditalic.ttf' },
  };
  if (fonts.files.fallback) {
    files['ofkit-fallback.ttf'] = fonts.files.fallback;
    descriptors[FALLBACK] = { normal: 'ofkit-fallback.ttf', bold: 'ofkit-fallback.ttf', italics: 'ofkit-fallback.ttf', bolditalics: 'ofkit-fallback.ttf' };
  }
  const vfs = {
    existsSync: (name: string) => Object.prototype.hasOwnProperty.call(files, name),
    readFileSync: (name: string) => {
      const f = files[name];
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
  let pageCount = 0;
  const footer = def['footer'] as ((c: number, n: number) => unknown) | undefined;
  def['footer'] = (current: number, count: number) => {
    pageCount = count;
    return footer ? footer(current, count) : null;
  };
  const printer = new Printer(descriptors, vfs, noUrls, () => false);
  const pdfKitDoc = await printer.createPdfKitDocument(def, { tableLayouts: { ofkit: OFKIT_TABLE_LAYOUT } });
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
  const warnings: Warning[] = unsupported.map((u) => ({
    code: 'UNSUPPORTED_CHARACTER',
    message: `Caractère « ${u.char} » (${u.codePoint}) absent de la police : imprimé « ${REPLACEMENT} » (${u.count} fois).`,
    messageEn: `Character "${u.char}" (${u.codePoint}) missing from the font: printed as "${REPLACEMENT}" (${u.count} times).`,
    references: [],
  }));
  return { pdf, pageCount, unsupported, warnings };
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
