/**
 * The document model → a pdfmake 0.3 document definition, with the fonts checked. Pure: it does
 * not load pdfmake, so the same definition serves the Node renderer (`render.ts`, pdfmake's
 * printer) and the browser one (`browser.ts`, pdfmake's browser build given by the caller).
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import { OfkitError, parseInput, type OfkitIssue, type Warning } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import type { Align, Block, DocumentModel, Inline, InlineRun, Signatory, TableBlock } from '../model/types.js';
import { frDate } from '../typography/index.js';
import { assertDocumentModel } from '../model/schema.js';
import { resolveBranding, type Branding, type ResolvedBranding } from '../model/branding.js';
import { breakLongWords, cleanText } from '../model/text.js';
import { isBytes, readGlyphCoverage, type GlyphCoverage } from './cmap.js';
import { isArraySafe, readSafely, unreadable, wrongType } from '../model/guard.js';

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
 * it. Throws `OfkitError` `INVALID_FONT` if a file is not a TrueType/OpenType font, `INVALID_INPUT`
 * if `files` is not an object of `Uint8Array`s (every problem, paths under `fonts`).
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
  if (files === null || typeof files !== 'object' || isArraySafe(files)) throw wrongType(['fonts'], 'objet', 'object', files);
  const problems: OfkitIssue[] = [];
  // Each face read once (a getter or a proxy that throws is an issue naming it), then used as read.
  const read: { -readonly [K in keyof PdfFontFiles]?: unknown } = {};
  const check = (name: keyof PdfFontFiles): void => {
    let v: unknown;
    try {
      v = (files as unknown as Record<string, unknown>)[name];
    } catch (e) {
      problems.push(...unreadable(['fonts', name], e).issues);
      return;
    }
    if (v === undefined && name !== 'regular') return;
    if (!isBytes(v)) {
      problems.push(issue(['fonts', name], 'invalid_type', 'Octets de police (Uint8Array) attendus.', 'Font bytes (Uint8Array) expected.'));
    }
    read[name] = v;
  };
  (['regular', 'bold', 'italic', 'boldItalic', 'fallback'] as const).forEach(check);
  if (problems.length > 0) throw new OfkitError('INVALID_INPUT', problems);
  files = read as PdfFontFiles;
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
  /**
   * Logo, accent colour and footer text ({@link Branding}). The PDF embeds the font files of
   * `fonts`: `branding.font` is not used here (pass that family's files as `fonts`).
   */
  readonly branding?: Branding;
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
  readonly brand: ResolvedBranding;
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
  // Words longer than 40 characters get zero-width spaces (break opportunities): pdfmake's line
  // breaking is quadratic in the length of an unbreakable word (16 000 characters took 26 s).
  const clean = breakLongWords(cleanText(text).replace(INVISIBLE, ''), '\u200B');
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
    if (cp === 10 || cp === 9 || cp === 0x200b) continue;
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
    if (cp !== 10 && cp !== 9 && cp !== 0x200b && !styled.has(cp)) {
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

const HEADING_STYLE: Record<number, string> = { 1: 'h1', 2: 'h2', 3: 'h3' };

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
        out.push(textNode(b.text, ctx, { style: HEADING_STYLE[b.level] ?? 'h3' }));
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
            textNode(`Fait${b.place !== undefined ? ` à ${b.place}` : ''}${b.date !== undefined ? `, le ${frDate(b.date)}` : ''}`, ctx, {
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
function toPdfmakeDefinition(doc: DocumentModel, ctx: Ctx): Record<string, unknown> {
  const content: Record<string, unknown>[] = [];
  const header = doc.header;
  const brand = ctx.brand;
  const accent = brand.accentColor;
  if (header || brand.logo) {
    const identity = header
      ? {
          stack: [
            { text: runs(header.title, { bold: true }, ctx), fontSize: 11 },
            ...header.lines.map((l) => ({ text: runs(l, {}, ctx), fontSize: 8.5 })),
          ],
          width: '*',
        }
      : { text: '', width: '*' };
    content.push({
      columns: [
        identity,
        ...(brand.logo ? [{ image: 'ofkitLogo', width: brand.logo.widthMm * MM, height: brand.logo.heightMm * MM }] : []),
      ],
      columnGap: 10,
      margin: [0, 0, 0, 4],
    });
    content.push({
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: doc.meta.orientation === 'landscape' ? 762 : 515, y2: 0, lineWidth: 0.8, lineColor: accent ?? '#555555' }],
      margin: [0, 0, 0, 10],
    });
  }
  content.push(...blocksPdf(doc.blocks, ctx));
  const footerLines = [...(doc.footer ? doc.footer.lines : []), ...(brand.footerText ? [brand.footerText] : [])].map((l) => runs(l, {}, ctx));
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
      h1: { fontSize: 15, bold: true, margin: [0, 4, 0, 8], ...(accent ? { color: accent } : {}) },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4], ...(accent ? { color: accent } : {}) },
      h3: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 3], ...(accent ? { color: accent } : {}) },
      th: { bold: true, fillColor: accent ? tint(accent) : '#eeeeee' },
    },
    ...(brand.logo ? { images: { ofkitLogo: brand.logo.dataUri } } : {}),
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

/** A light tint (12 % of the colour on white) for table header rows. */
function tint(hex: string): string {
  const c = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16);
    return Math.round(255 - (255 - v) * 0.12).toString(16).padStart(2, '0');
  };
  return `#${c(1)}${c(3)}${c(5)}`;
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

const OptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    fonts: z.unknown(),
    missingGlyphs: z.enum(['error', 'replace']).optional(),
    compress: z.boolean().optional(),
    branding: z.unknown().optional(),
  }))();

/** What both PDF renderers need: the pdfmake definition, the font files by name, the report. */
export interface PreparedPdf {
  readonly definition: Record<string, unknown>;
  /** Virtual file name → font bytes. */
  readonly files: Record<string, Uint8Array>;
  /** pdfmake font descriptors (family → file names). */
  readonly descriptors: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>;
  readonly unsupported: readonly UnsupportedCharacter[];
  readonly warnings: readonly Warning[];
  /** Set by the definition's footer while laying out: the page count. */
  readonly pages: { count: number };
}

/**
 * Validates the document and the options, checks the fonts' coverage and builds the pdfmake
 * definition (internal to the PDF renderers).
 */
export function preparePdf(doc: DocumentModel, options: RenderPdfOptions): PreparedPdf {
  assertDocumentModel(doc);
  // Read once through a guard: a getter or proxy that throws gives OfkitError, not its own exception.
  const fontsGiven = options === undefined || options === null ? undefined : readSafely(['options', 'fonts'], () => (options as { fonts?: unknown }).fonts);
  if (fontsGiven === undefined) {
    throw new OfkitError('INVALID_INPUT', [
      issue(
        ['fonts'],
        'missing_fonts',
        'Polices requises : renderPdf(doc, { fonts: { regular, bold?, italic?, boldItalic? } }) avec les octets des fichiers .ttf (aucun fichier n\u2019est lu par la bibliothèque).',
        'Fonts required: renderPdf(doc, { fonts: { regular, bold?, italic?, boldItalic? } }) with the bytes of .ttf files (the library reads no file).',
      ),
    ]);
  }
  const opts = parseInput(OptionsSchema, options, ['options']);
  const brand = resolveBranding(opts.branding ?? {}, ['options', 'branding']);
  const fontsIn = opts.fonts;
  if (typeof fontsIn !== 'object' || fontsIn === null) {
    throw new OfkitError('INVALID_INPUT', [issue(['fonts'], 'invalid_type', 'Polices attendues (objet).', 'Fonts expected (an object).')]);
  }
  const fonts = prepared(fontsIn as PdfFontFiles | PreparedPdfFonts);
  const ctx: Ctx = { fonts, brand, replace: opts.missingGlyphs === 'replace', missing: new Map() };
  const def = toPdfmakeDefinition(doc, ctx);
  if (opts.compress === false) def['compress'] = false;
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
  const pages = { count: 0 };
  const footer = def['footer'] as ((c: number, n: number) => unknown) | undefined;
  def['footer'] = (current: number, count: number) => {
    pages.count = count;
    return footer ? footer(current, count) : null;
  };
  const warnings: Warning[] = unsupported.map((u) => ({
    code: 'UNSUPPORTED_CHARACTER',
    message: `Caractère « ${u.char} » (${u.codePoint}) absent de la police : imprimé « ${REPLACEMENT} » (${u.count} fois).`,
    messageEn: `Character "${u.char}" (${u.codePoint}) missing from the font: printed as "${REPLACEMENT}" (${u.count} times).`,
    references: [],
  }));
  return { definition: def, files, descriptors, unsupported, warnings, pages };
}

function prepared(fonts: PdfFontFiles | PreparedPdfFonts): PreparedPdfFonts {
  return 'kind' in fonts && fonts.kind === 'ofkit-prepared-fonts' ? fonts : preparePdfFonts(fonts as PdfFontFiles);
}

function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
