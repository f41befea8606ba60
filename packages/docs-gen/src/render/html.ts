/**
 * HTML renderer: one self-contained page (no external resource: no font, image, script or style
 * sheet is fetched), with print CSS for A4.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod-mini';
import { OfkitError } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import { parseMini } from '../model/validate.js';
import type { Block, DocumentModel, Inline, Signatory, TableBlock } from '../model/types.js';
import { frDate } from '../typography/index.js';
import { assertDocumentModel } from '../model/schema.js';
import { resolveBranding, type Branding, type ResolvedBranding } from '../model/branding.js';
import { breakLongWords, cleanText, isolateBidi } from '../model/text.js';

const SPECIAL = /[&<>"']/;

/** The error of an escaper given something else than a string. */
export function notAString(): OfkitError {
  return new OfkitError('INVALID_INPUT', [issue([], 'invalid_type', 'Chaîne de caractères attendue.', 'String expected.')]);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a string for HTML text **and** attribute values (`&`, `<`, `>`, `"`, `'`). Other
 * characters (accents, RTL marks, emoji) are kept as they are: the page is UTF-8.
 *
 * @example
 * ```ts
 * import { escapeHtml } from '@ofkit/docs-gen/internal';
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function escapeHtml(text: string): string {
  if (typeof text !== 'string') throw notAString();
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c) : text;
}

/**
 * Escapes a string as the content of a CSS string literal: everything but letters, digits and
 * spaces becomes a `\HEX ` escape, so user data can never close the string or the style sheet.
 */
function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20) out += ch;
    else out += `\\${c.toString(16)} `;
  }
  return `${out}"`;
}

/** A hyphenated word (« micro-entrepreneur », « Auvergne-Rhône-Alpes »); the split keeps it. */
const HYPHENATED = /((?:[\p{L}\p{N}]+-)+[\p{L}\p{N}]+)/u;

function textWithBreaks(text: string, keepHyphenated = false): string {
  // Control characters removed, a bare CR is a line break; words longer than 40 characters get
  // break opportunities (<wbr>) so that they cannot widen a table or the page. In a table cell a
  // hyphenated word is kept on one line (browsers break after a hyphen: « micro-/entrepreneur »).
  const t = breakLongWords(cleanText(text), '\u200B');
  const e = keepHyphenated && t.includes('-')
    ? t.split(HYPHENATED).map((part, i) => (i % 2 === 1 ? `<span class="nobr">${escapeHtml(part)}</span>` : escapeHtml(part))).join('')
    : escapeHtml(t);
  const b = e.includes('\n') ? e.replace(/\n/g, '<br>') : e;
  return b.includes('\u200B') ? b.replace(/\u200B/g, '<wbr>') : b;
}

/** Escaped user text of one line (header, footer, signature): controls removed. */
function lineHtml(text: string): string {
  return escapeHtml(cleanText(text));
}

function inlineHtml(text: Inline, inCell = false): string {
  if (typeof text === 'string') return textWithBreaks(text, inCell);
  let out = '';
  for (const run of text) {
    let s = textWithBreaks(run.text, inCell);
    if (run.italic) s = `<em>${s}</em>`;
    if (run.bold) s = `<strong>${s}</strong>`;
    out += s;
  }
  return out;
}

const HEADING_TAG: Record<number, string> = { 1: 'h1', 2: 'h2', 3: 'h3' };

const ALIGN_LETTER = { left: '', center: 'c', right: 'r', justify: 'j' } as const;
const ALIGN_CLASS = { left: '', center: ' class="c"', right: ' class="r"', justify: ' class="j"' } as const;

function tableHtml(b: TableBlock): string {
  const sum = b.columns.reduce((t, c) => t + (c.width ?? 1), 0);
  const cols = b.columns
    .map((c) => `<col style="width:${(((c.width ?? 1) / sum) * 100).toFixed(2)}%">`)
    .join('');
  const aligns = b.columns.map((c) => ALIGN_CLASS[c.align ?? 'left']);
  const head = b.columns.map((c, i) => `<th${aligns[i]}>${inlineHtml(c.header, true)}</th>`).join('');
  // A number (validated by assertDocumentModel), written as a number: never markup.
  const rowStyle = b.minRowHeightMm !== undefined ? ` style="height:${Number(b.minRowHeightMm)}mm"` : '';
  // Rows are joined 64 at a time into flat strings: a whole table built with += is one tree of
  // small string pieces that stays alive until the end, and every young-generation collection copies
  // it (a sheet of 2 400 learners spent 60 % of its time there).
  const chunks: string[] = [];
  let rows: string[] = [];
  for (const row of b.rows) {
    let tr = `<tr${rowStyle}>`;
    for (let i = 0; i < row.length; i++) tr += `<td${aligns[i] ?? ''}>${inlineHtml(row[i]!, true)}</td>`;
    rows.push(`${tr}</tr>`);
    if (rows.length === 64) {
      chunks.push(rows.join(''));
      rows = [];
    }
  }
  chunks.push(rows.join(''));
  const body = chunks.join('');
  const cls = b.size === 'small' ? ' class="small"' : '';
  const caption = b.caption !== undefined ? `<caption>${inlineHtml(b.caption)}</caption>` : '';
  return `<table${cls}>${caption}<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>\n`;
}

function signatoryHtml(s: Signatory): string {
  let out = `<div class="sig"><div class="sig-role">${lineHtml(s.role)}</div>`;
  if (s.name) out += `<div class="sig-name">${lineHtml(s.name)}</div>`;
  if (s.mention) out += `<div class="sig-mention">« ${lineHtml(s.mention)} »</div>`;
  if (s.signed) {
    out += `<div class="sig-done">Signé (${lineHtml(s.signed.method)}) le ${lineHtml(s.signed.at)}`;
    if (s.signed.evidence) out += `<br>${lineHtml(s.signed.evidence)}`;
    out += '</div>';
  } else {
    out += `<div class="sig-space">${s.stamp ? 'Signature et cachet' : 'Signature'}</div>`;
  }
  return `${out}</div>`;
}

function blocksHtml(blocks: readonly Block[]): string {
  let out = '';
  for (const b of blocks) {
    switch (b.type) {
      case 'heading': {
        // The level is validated (1, 2 or 3) and looked up, never written from the input.
        const tag = HEADING_TAG[b.level] ?? 'h3';
        out += `<${tag}>${inlineHtml(b.text)}</${tag}>\n`;
        break;
      }
      case 'paragraph': {
        const cls = [b.align ? ALIGN_LETTER[b.align] : '', b.size === 'small' ? 'small' : '']
          .filter(Boolean)
          .join(' ');
        out += `<p${cls ? ` class="${cls}"` : ''}>${inlineHtml(b.text)}</p>\n`;
        break;
      }
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        out += `<${tag}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${tag}>\n`;
        break;
      }
      case 'checklist':
        out += `<ul class="check">${b.items
          .map((i) => `<li><span class="box" aria-hidden="true">${i.checked ? '☒' : '☐'}</span> ${inlineHtml(i.text)}</li>`)
          .join('')}</ul>\n`;
        break;
      case 'table':
        out += tableHtml(b);
        break;
      case 'keyValue':
        out += `<dl class="kv">${b.items.map((i) => `<dt>${lineHtml(i.key)}</dt><dd>${inlineHtml(i.value)}</dd>`).join('')}</dl>\n`;
        break;
      case 'signatures': {
        const where =
          b.place !== undefined || b.date !== undefined
            ? `<p>Fait${b.place !== undefined ? ` à ${lineHtml(b.place)}` : ''}${b.date !== undefined ? `, le ${escapeHtml(frDate(b.date))}` : ''}</p>`
            : '';
        out += `<div class="signatures">${where}<div class="sig-row">${b.signatories.map(signatoryHtml).join('')}</div></div>\n`;
        break;
      }
      case 'pageBreak':
        out += '<div class="page-break"></div>\n';
        break;
      case 'section':
        out += `<section${b.keepTogether ? ' class="keep"' : ''}>\n${blocksHtml(b.blocks)}</section>\n`;
        break;
    }
  }
  return out;
}

const BASE_CSS = `
*{box-sizing:border-box}
html{font-family:"DejaVu Sans",Verdana,"Segoe UI",Arial,sans-serif;font-size:10pt;line-height:1.35;color:#111}
body{margin:0 auto;max-width:190mm;padding:8mm}
h1{font-size:16pt;margin:4mm 0 3mm}h2{font-size:12.5pt;margin:5mm 0 2mm}h3{font-size:11pt;margin:4mm 0 1.5mm}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
p{margin:0 0 2mm}p.c{text-align:center}p.r{text-align:right}p.j{text-align:justify}.small{font-size:8.5pt}
ul,ol{margin:0 0 2mm;padding-left:6mm}ul.check{list-style:none;padding-left:2mm}
table{width:100%;border-collapse:collapse;table-layout:auto;margin:0 0 3mm}
caption{text-align:left;font-weight:bold;margin-bottom:1mm}
th,td{border:0.3mm solid #555;padding:1mm 1.5mm;vertical-align:top;overflow-wrap:break-word;word-break:normal;hyphens:manual;unicode-bidi:isolate}.nobr{white-space:nowrap}
th{background:#eee;text-align:left}th.c,td.c{text-align:center}th.r,td.r{text-align:right}
table.small{font-size:8pt}
thead{display:table-header-group}
tr,.signatures,section.keep{break-inside:avoid;page-break-inside:avoid}
dl.kv{display:grid;grid-template-columns:fit-content(40%) 1fr;gap:0.6mm 4mm;margin:0 0 3mm}
dl.kv dt{font-weight:bold}dl.kv dd{margin:0;overflow-wrap:break-word;unicode-bidi:isolate}
li,p,h1,h2,h3,.sig-name{overflow-wrap:break-word;hyphens:manual;unicode-bidi:isolate}
.doc-header div,.doc-footer div,.sig div{unicode-bidi:isolate;overflow-wrap:break-word}
.sig-row{display:flex;gap:6mm}.sig{flex:1;border:0.3mm solid #555;padding:2mm;min-height:32mm}
.sig-role{font-weight:bold}.sig-mention{font-style:italic}.sig-space{color:#777;font-size:8pt;margin-top:14mm}
.sig-done{font-size:8.5pt;margin-top:3mm}
.doc-header{border-bottom:0.3mm solid #555;margin-bottom:4mm;padding-bottom:2mm}
.doc-header .t{font-weight:bold;font-size:11pt}
.doc-footer{border-top:0.3mm solid #555;margin-top:6mm;padding-top:2mm;font-size:8pt;color:#333}
.page-break{break-after:page;page-break-after:always;height:0}
@media print{body{max-width:none;padding:0}.doc-footer{display:none}}
`;

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * ```ts
 * import type { RenderHtmlOptions } from '@ofkit/docs-gen';
 * const options: RenderHtmlOptions = { branding: { accentColor: '#0b5394', footerText: 'Organisme certifié Qualiopi' } };
 * ```
 */
export interface RenderHtmlOptions {
  /** Logo, accent colour, font and footer text ({@link Branding}). */
  readonly branding?: Branding;
}

const HtmlOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ branding: z.optional(z.unknown()) }))();

function brandingCss(b: ResolvedBranding): string {
  let css = '';
  if (b.font) css += `html{font-family:${cssString(b.font)},${b.fontFallback}}`;
  else if (b.fontFallback === 'serif') css += 'html{font-family:"DejaVu Serif",Georgia,"Times New Roman",serif}';
  if (b.accentColor) {
    // Validated #rrggbb: a colour, nothing else.
    const c = b.accentColor;
    css += `h1,h2,h3{color:${c}}.doc-header{border-bottom-color:${c}}th{background:${c}1f}.doc-footer{border-top-color:${c}}`;
  }
  if (b.logo) css += `.doc-header .logo{float:right;height:${b.logo.heightMm.toFixed(1)}mm;width:${b.logo.widthMm.toFixed(1)}mm;margin-left:4mm}.doc-header::after{content:"";display:block;clear:both}`;
  return css;
}

/**
 * Renders a document as one self-contained HTML page: UTF-8, `lang="fr"`, inline CSS only, no
 * script, no external resource (a branding logo is inlined as a `data:` URI). Print CSS: A4
 * (landscape when the document says so), table rows, signature blocks and kept-together sections
 * are never cut across pages, table headers repeat on each page, explicit page breaks; the footer
 * (issuer identity, NDA, branding footer text) and « Page n / N » are printed in the bottom margin
 * of every page (CSS page-margin boxes, Chromium ≥ 131). Words are never cut inside a table cell;
 * only tokens longer than 40 characters (URLs, identifiers) get break opportunities.
 *
 * The document is validated first ({@link assertDocumentModel}): a value that is not a document
 * model throws `OfkitError`. Every piece of user data is escaped, text and attributes alike;
 * control characters are removed and bidi overrides in header and footer lines are isolated.
 *
 * @example
 * ```ts
 * import { defineDocument, paragraph, renderHtml } from '@ofkit/docs-gen';
 * const doc = defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', blocks: [paragraph('<b>')] });
 * const html = renderHtml(doc, { branding: { accentColor: '#0b5394' } });
 * html.includes('&lt;b&gt;'); // true
 * html.includes('h1,h2,h3{color:#0b5394}'); // true
 * ```
 */
export function renderHtml(doc: DocumentModel, options: RenderHtmlOptions = {}): string {
  assertDocumentModel(doc);
  const opts = parseMini(HtmlOptionsSchema, options ?? {}, ['options']);
  const brand = resolveBranding(opts.branding ?? {}, ['options', 'branding']);
  const landscape = doc.meta.orientation === 'landscape';
  const footerLines = [...(doc.footer ? doc.footer.lines : []), ...(brand.footerText ? [brand.footerText] : [])].map(cleanText);
  // Each line isolated: an RTL override in one line cannot reverse the others or the page number.
  const footerText = footerLines.map(isolateBidi).join('\n');
  const pageCounter = doc.footer?.pageNumbers ? 'content:"Page " counter(page) " / " counter(pages);' : '';
  const pageCss =
    `@page{size:A4 ${landscape ? 'landscape' : 'portrait'};margin:14mm 14mm 20mm 14mm;` +
    (footerText
      ? `@bottom-left{content:${cssString(footerText)};white-space:pre-wrap;font-family:"DejaVu Sans",Verdana,sans-serif;font-size:7pt;color:#333;vertical-align:top;padding-top:2mm}`
      : '') +
    (pageCounter ? `@bottom-right{${pageCounter}white-space:nowrap;width:22mm;font-family:"DejaVu Sans",Verdana,sans-serif;font-size:7pt;vertical-align:top;padding-top:2mm}` : '') +
    '}';
  const bodyCss = landscape ? 'body{max-width:277mm}' : '';
  let html = '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n';
  html += '<meta name="viewport" content="width=device-width, initial-scale=1">\n';
  html += `<meta name="generator" content="@ofkit/docs-gen">\n`;
  html += `<meta name="ofkit-kind" content="${lineHtml(doc.meta.kind)}">\n`;
  html += `<meta name="date" content="${lineHtml(doc.meta.date)}">\n`;
  if (doc.meta.author) html += `<meta name="author" content="${lineHtml(doc.meta.author)}">\n`;
  html += `<title>${lineHtml(doc.meta.title)}</title>\n`;
  html += `<style>${BASE_CSS}${pageCss}${bodyCss}${brandingCss(brand)}</style>\n</head>\n<body>\n`;
  if (doc.header || brand.logo) {
    html += '<header class="doc-header">';
    // A data: URI built from validated PNG/JPEG bytes (base64 alphabet only): nothing is fetched.
    if (brand.logo) html += `<img class="logo" alt="" src="${brand.logo.dataUri}">`;
    if (doc.header) {
      html += `<div class="t">${lineHtml(doc.header.title)}</div>`;
      for (const l of doc.header.lines) html += `<div>${lineHtml(l)}</div>`;
    }
    html += '</header>\n';
  }
  html += '<main>\n';
  html += blocksHtml(doc.blocks);
  html += '</main>\n';
  if (footerLines.length > 0) {
    html += `<footer class="doc-footer">${footerLines.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</footer>\n`;
  }
  html += '</body>\n</html>\n';
  return html;
}
