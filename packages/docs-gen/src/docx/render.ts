/**
 * DOCX renderer: the document model → a Word document (Office Open XML) with the `docx` package,
 * so that an organisation can edit a convention or a programme in Word or LibreOffice.
 *
 * Same model and same layout choices as the HTML and PDF renderers: A4 (landscape when the
 * document says so), the issuer in the page header, footer lines and « Page n / N » in the page
 * footer, table header rows repeated on each page, rows never cut across pages, signature boxes
 * side by side. Deterministic: the same model gives the same bytes (the dates of the package and
 * of its ZIP entries come from the document's date, never from the clock).
 *
 * @module
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import * as z from '@ofkit/core/internal/zod-mini';
import type { Align, Block, DocumentModel, Inline, Signatory, TableBlock } from '../model/types.js';
import { frDate } from '../typography/index.js';
import { assertDocumentModel } from '../model/schema.js';
import { resolveBranding, type Branding, type ResolvedBranding } from '../model/branding.js';
import { cleanText } from '../model/text.js';
import { parseMini } from '../model/validate.js';

/**
 * Options of {@link renderDocx}.
 *
 * @example
 * ```ts
 * import type { RenderDocxOptions } from '@ofkit/docs-gen/docx';
 * const options: RenderDocxOptions = { branding: { accentColor: '#0b5394', font: 'Arial' } };
 * ```
 */
export interface RenderDocxOptions {
  /**
   * Logo, accent colour, font and footer text ({@link Branding}). `font` names the font of every
   * run (Word uses it when it is installed on the reader's machine, otherwise substitutes a
   * metric-compatible one); default Arial, or Georgia with `fontFallback: 'serif'`.
   */
  readonly branding?: Branding;
}

const OptionsSchema = /* @__PURE__ */ (() => z.strictObject({ branding: z.optional(z.unknown()) }))();

/** Twentieths of a point per millimetre. */
const TWIP_PER_MM = 1440 / 25.4;
const MARGIN = 1000; // twips (≈ 17.6 mm)
const A4 = { short: 11906, long: 16838 };

interface Ctx {
  readonly brand: ResolvedBranding;
  readonly contentWidth: number;
  /** Next numbering instance for ordered lists (each list restarts at 1). */
  listInstance: number;
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const HEADING: Record<number, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Half-points. */
  readonly size?: number;
  readonly color?: string;
}

/** Text runs of one string: line breaks as Word breaks, control characters removed. */
function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const lines = cleanText(text).split('\n');
  return lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...style }));
}

function inlineRuns(text: Inline, base: RunStyle = {}): TextRun[] {
  if (typeof text === 'string') return textRuns(text, base);
  const out: TextRun[] = [];
  for (const r of text) {
    out.push(
      ...textRuns(r.text, {
        ...base,
        ...(r.bold || base.bold ? { bold: true } : {}),
        ...(r.italic || base.italics ? { italics: true } : {}),
      }),
    );
  }
  return out;
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const THIN_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

function tint(hex: string): string {
  const c = (i: number) => Math.round(255 - (255 - Number.parseInt(hex.slice(i, i + 2), 16)) * 0.12).toString(16).padStart(2, '0');
  return `${c(1)}${c(3)}${c(5)}`.toUpperCase();
}

function tableDocx(b: TableBlock, ctx: Ctx): (Paragraph | Table)[] {
  const sum = b.columns.reduce((t, c) => t + (c.width ?? 1), 0);
  const widths = b.columns.map((c) => Math.max(200, Math.floor(((c.width ?? 1) / sum) * ctx.contentWidth)));
  const size = b.size === 'small' ? 15 : undefined;
  const cell = (text: Inline, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: ctx.brand.accentColor ? tint(ctx.brand.accentColor) : 'EEEEEE' } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: ALIGN[b.columns[i]?.align ?? 'left'],
          children: inlineRuns(text, { ...(header ? { bold: true } : {}), ...(size ? { size } : {}) }),
        }),
      ],
    });
  const minH = b.minRowHeightMm !== undefined ? Math.round(b.minRowHeightMm * TWIP_PER_MM) : undefined;
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((c, i) => cell(c.header, i, true)) }),
    ...b.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          ...(minH !== undefined && minH > 0 ? { height: { value: minH, rule: HeightRule.ATLEAST } } : {}),
          children: r.map((c, i) => cell(c, i, false)),
        }),
    ),
  ];
  const out: (Paragraph | Table)[] = [];
  if (b.caption !== undefined) out.push(new Paragraph({ keepNext: true, spacing: { after: 60 }, children: inlineRuns(b.caption, { bold: true }) }));
  out.push(
    new Table({
      rows,
      width: { size: ctx.contentWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: THIN_BORDERS,
    }),
  );
  out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
  return out;
}

function signatoryCell(s: Signatory, width: number): TableCell {
  const children: Paragraph[] = [new Paragraph({ children: textRuns(s.role, { bold: true }) })];
  if (s.name) children.push(new Paragraph({ children: textRuns(s.name) }));
  if (s.mention) children.push(new Paragraph({ children: textRuns(`« ${s.mention} »`, { italics: true }) }));
  if (s.signed) {
    children.push(
      new Paragraph({
        spacing: { before: 120 },
        children: textRuns(`Signé (${s.signed.method}) le ${s.signed.at}${s.signed.evidence ? `\n${s.signed.evidence}` : ''}`, { size: 16 }),
      }),
    );
  } else {
    children.push(new Paragraph({ spacing: { before: 700 }, children: textRuns(s.stamp ? 'Signature et cachet' : 'Signature', { size: 15, color: '777777' }) }));
  }
  return new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { top: 80, bottom: 80, left: 100, right: 100 }, children });
}

function blocksDocx(blocks: readonly Block[], ctx: Ctx, keep = false): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push(new Paragraph({ heading: HEADING[b.level] ?? HeadingLevel.HEADING_3, keepNext: true, children: inlineRuns(b.text) }));
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            ...(b.align ? { alignment: ALIGN[b.align] } : {}),
            ...(keep ? { keepNext: true, keepLines: true } : {}),
            spacing: { after: 100 },
            children: inlineRuns(b.text, b.size === 'small' ? { size: 15 } : {}),
          }),
        );
        break;
      case 'list': {
        const instance = b.ordered ? ++ctx.listInstance : 0;
        for (const item of b.items) {
          out.push(
            new Paragraph({
              ...(b.ordered ? { numbering: { reference: 'ofkit-ordered', level: 0, instance } } : { bullet: { level: 0 } }),
              ...(keep ? { keepNext: true } : {}),
              children: inlineRuns(item),
            }),
          );
        }
        out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
        break;
      }
      case 'checklist':
        for (const item of b.items) {
          out.push(new Paragraph({ ...(keep ? { keepNext: true } : {}), children: [new TextRun({ text: item.checked ? '☒ ' : '☐ ' }), ...inlineRuns(item.text)] }));
        }
        out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
        break;
      case 'table':
        out.push(...tableDocx(b, ctx));
        break;
      case 'keyValue': {
        if (b.items.length === 0) break;
        const w = [Math.floor(ctx.contentWidth * 0.3), ctx.contentWidth - Math.floor(ctx.contentWidth * 0.3)];
        out.push(
          new Table({
            width: { size: ctx.contentWidth, type: WidthType.DXA },
            columnWidths: w,
            layout: TableLayoutType.FIXED,
            borders: NO_BORDERS,
            rows: b.items.map(
              (i) =>
                new TableRow({
                  cantSplit: true,
                  children: [
                    new TableCell({ width: { size: w[0]!, type: WidthType.DXA }, borders: NO_BORDERS, children: [new Paragraph({ children: textRuns(i.key, { bold: true }) })] }),
                    new TableCell({ width: { size: w[1]!, type: WidthType.DXA }, borders: NO_BORDERS, children: [new Paragraph({ children: inlineRuns(i.value) })] }),
                  ],
                }),
            ),
          }),
        );
        out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
        break;
      }
      case 'signatures': {
        if (b.place !== undefined || b.date !== undefined) {
          out.push(
            new Paragraph({
              keepNext: true,
              spacing: { before: 160, after: 100 },
              children: textRuns(`Fait${b.place !== undefined ? ` à ${b.place}` : ''}${b.date !== undefined ? `, le ${frDate(b.date)}` : ''}`),
            }),
          );
        }
        if (b.signatories.length > 0) {
          const w = Math.floor(ctx.contentWidth / b.signatories.length);
          out.push(
            new Table({
              width: { size: w * b.signatories.length, type: WidthType.DXA },
              columnWidths: b.signatories.map(() => w),
              layout: TableLayoutType.FIXED,
              borders: THIN_BORDERS,
              rows: [new TableRow({ cantSplit: true, children: b.signatories.map((s) => signatoryCell(s, w)) })],
            }),
          );
          out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
        }
        break;
      }
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'section':
        out.push(...blocksDocx(b.blocks, ctx, keep || b.keepTogether === true));
        break;
    }
  }
  return out;
}

function xmlText(s: string): string {
  return cleanText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** docProps/core.xml with the document's own date (docx would stamp the clock). */
function coreXml(doc: DocumentModel): string {
  const when = `${doc.meta.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(doc.meta.title)}</dc:title>` +
    `<dc:subject>${xmlText(doc.meta.kind)}</dc:subject>` +
    `<dc:creator>${xmlText(doc.meta.author ?? '')}</dc:creator>` +
    '<dc:language>fr-FR</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Sets the modification date and time of every entry of a ZIP archive (local headers and
 * central directory) to `date` at 00:00, so that the archive does not depend on the clock.
 */
function fixZipDates(zip: Uint8Array, date: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const y = Number(date.slice(0, 4));
  const dosDate = ((Math.max(1980, Math.min(2107, y)) - 1980) << 9) | (Number(date.slice(5, 7)) << 5) | Number(date.slice(8, 10));
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

/**
 * Renders a document as a Word document (DOCX bytes). **Asynchronous**: returns
 * `Promise<Uint8Array>`. Needs the optional peer dependency `docx` (`npm i docx`); runs in Node
 * and in browsers.
 *
 * The document is validated first (`assertDocumentModel`): a value that is not a document model
 * throws `OfkitError`. Text is written as text (never as markup); control characters are
 * removed. Headings use Word's « Titre 1 / 2 / 3 » styles (so the navigation pane and a table of
 * contents work), ordered lists restart at 1, table header rows repeat on every page and no row
 * is cut across pages; the page header carries the issuer (and the branding logo), the footer its
 * identity, NDA sentence, branding footer text and « Page n / N ».
 *
 * @example
 * ```ts
 * import { defineDocument, heading, paragraph } from '@ofkit/docs-gen';
 * import { renderDocx } from '@ofkit/docs-gen/docx';
 * const doc = defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', issuer: { name: 'Forma SAS' }, blocks: [heading(1, 'Note'), paragraph('Bonjour.')] });
 * const bytes = await renderDocx(doc, { branding: { accentColor: '#0b5394' } });
 * // bytes: a ZIP (starts with "PK"), openable in Word and LibreOffice
 * ```
 */
export async function renderDocx(doc: DocumentModel, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  assertDocumentModel(doc);
  const opts = parseMini(OptionsSchema, options ?? {}, ['options']);
  const brand = resolveBranding(opts.branding ?? {}, ['options', 'branding']);
  const landscape = doc.meta.orientation === 'landscape';
  const pageWidth = landscape ? A4.long : A4.short;
  const ctx: Ctx = { brand, contentWidth: pageWidth - 2 * MARGIN, listInstance: 0 };
  const font = brand.font ?? (brand.fontFallback === 'serif' ? 'Georgia' : 'Arial');
  const accent = brand.accentColor?.slice(1).toUpperCase();

  const headerChildren: Paragraph[] = [];
  if (brand.logo) {
    const mmToPx = 96 / 25.4;
    headerChildren.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new ImageRun({
            type: brand.logo.type === 'png' ? 'png' : 'jpg',
            data: brand.logo.bytes,
            transformation: { width: Math.round(brand.logo.widthMm * mmToPx), height: Math.round(brand.logo.heightMm * mmToPx) },
            altText: { name: 'Logo', description: doc.header?.title ?? 'Logo', title: 'Logo' },
          }),
        ],
      }),
    );
  }
  if (doc.header) {
    headerChildren.push(new Paragraph({ children: textRuns(doc.header.title, { bold: true, size: 22 }) }));
    const last = doc.header.lines.length - 1;
    doc.header.lines.forEach((l, i) =>
      headerChildren.push(
        new Paragraph({
          children: textRuns(l, { size: 17 }),
          ...(i === last ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: accent ?? '555555', space: 4 } } } : {}),
        }),
      ),
    );
  }
  const footerLines = [...(doc.footer ? doc.footer.lines : []), ...(brand.footerText ? [brand.footerText] : [])];
  const footerChildren: Paragraph[] = footerLines.map((l, i) =>
    new Paragraph({
      children: textRuns(l, { size: 14, color: '333333' }),
      ...(i === 0 ? { border: { top: { style: BorderStyle.SINGLE, size: 4, color: accent ?? '555555', space: 4 } } } : {}),
    }),
  );
  if (doc.footer?.pageNumbers) {
    footerChildren.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 14, children: ['Page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })],
      }),
    );
  }

  const headingStyle = (id: string, name: string, size: number, before: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size, bold: true, font, color: accent ?? '111111' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });

  const document = new Document({
    creator: cleanText(doc.meta.author ?? ''),
    title: cleanText(doc.meta.title),
    subject: doc.meta.kind,
    styles: {
      default: { document: { run: { font, size: 19 }, paragraph: { spacing: { line: 264 } } } },
      paragraphStyles: [
        headingStyle('Heading1', 'Heading 1', 30, 120),
        headingStyle('Heading2', 'Heading 2', 24, 200),
        headingStyle('Heading3', 'Heading 3', 21, 160),
      ],
    },
    numbering: {
      config: [
        {
          reference: 'ofkit-ordered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 500, hanging: 300 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.short, height: A4.long, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 500, footer: 400 },
          },
        },
        ...(headerChildren.length > 0 ? { headers: { default: new Header({ children: headerChildren }) } } : {}),
        ...(footerChildren.length > 0 ? { footers: { default: new Footer({ children: footerChildren }) } } : {}),
        children: blocksDocx(doc.blocks, ctx),
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(doc) }]);
  return fixZipDates(new Uint8Array(buffer), doc.meta.date);
}
