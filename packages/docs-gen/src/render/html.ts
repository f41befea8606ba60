/**
 * HTML renderer: one self-contained page (no external resource: no font, image, script or style
 * sheet is fetched), with print CSS for A4.
 *
 * @module
 */
import type { Block, DocumentModel, Inline, Signatory, TableBlock } from '../model/types.js';
import { frenchDate } from '../model/builders.js';

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
 * import { escapeHtml } from '@ofkit/docs-gen';
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * ```
 */
const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
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

function textWithBreaks(text: string): string {
  const e = escapeHtml(text);
  return e.includes('\n') || e.includes('\r') ? e.replace(/\r\n|\r|\n/g, '<br>') : e;
}

function inlineHtml(text: Inline): string {
  if (typeof text === 'string') return textWithBreaks(text);
  let out = '';
  for (const run of text) {
    let s = textWithBreaks(run.text);
    if (run.italic) s = `<em>${s}</em>`;
    if (run.bold) s = `<strong>${s}</strong>`;
    out += s;
  }
  return out;
}

const ALIGN_LETTER = { left: '', center: 'c', right: 'r', justify: 'j' } as const;
const ALIGN_CLASS = { left: '', center: ' class="c"', right: ' class="r"', justify: ' class="j"' } as const;

function tableHtml(b: TableBlock): string {
  const sum = b.columns.reduce((t, c) => t + (c.width ?? 1), 0);
  const cols = b.columns
    .map((c) => `<col style="width:${(((c.width ?? 1) / sum) * 100).toFixed(2)}%">`)
    .join('');
  const aligns = b.columns.map((c) => ALIGN_CLASS[c.align ?? 'left']);
  const head = b.columns.map((c, i) => `<th${aligns[i]}>${inlineHtml(c.header)}</th>`).join('');
  const rowStyle = b.minRowHeightMm !== undefined ? ` style="height:${b.minRowHeightMm}mm"` : '';
  let body = '';
  for (const row of b.rows) {
    body += `<tr${rowStyle}>`;
    for (let i = 0; i < row.length; i++) body += `<td${aligns[i] ?? ''}>${inlineHtml(row[i]!)}</td>`;
    body += '</tr>';
  }
  const cls = b.size === 'small' ? ' class="small"' : '';
  const caption = b.caption !== undefined ? `<caption>${inlineHtml(b.caption)}</caption>` : '';
  return `<table${cls}>${caption}<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>\n`;
}

function signatoryHtml(s: Signatory): string {
  let out = `<div class="sig"><div class="sig-role">${escapeHtml(s.role)}</div>`;
  if (s.name) out += `<div class="sig-name">${escapeHtml(s.name)}</div>`;
  if (s.mention) out += `<div class="sig-mention">« ${escapeHtml(s.mention)} »</div>`;
  if (s.signed) {
    out += `<div class="sig-done">Signé (${escapeHtml(s.signed.method)}) le ${escapeHtml(s.signed.at)}`;
    if (s.signed.evidence) out += `<br>${escapeHtml(s.signed.evidence)}`;
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
      case 'heading':
        out += `<h${b.level}>${inlineHtml(b.text)}</h${b.level}>\n`;
        break;
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
        out += `<dl class="kv">${b.items.map((i) => `<dt>${escapeHtml(i.key)}</dt><dd>${inlineHtml(i.value)}</dd>`).join('')}</dl>\n`;
        break;
      case 'signatures': {
        const where =
          b.place !== undefined || b.date !== undefined
            ? `<p>Fait${b.place !== undefined ? ` à ${escapeHtml(b.place)}` : ''}${b.date !== undefined ? `, le ${escapeHtml(frenchDate(b.date))}` : ''}</p>`
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
table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 3mm}
caption{text-align:left;font-weight:bold;margin-bottom:1mm}
th,td{border:0.3mm solid #555;padding:1mm 1.5mm;vertical-align:top;overflow-wrap:anywhere;unicode-bidi:isolate}
th{background:#eee;text-align:left}th.c,td.c{text-align:center}th.r,td.r{text-align:right}
table.small{font-size:8pt}
thead{display:table-header-group}
tr,.signatures,section.keep{break-inside:avoid;page-break-inside:avoid}
dl.kv{display:grid;grid-template-columns:fit-content(40%) 1fr;gap:0.6mm 4mm;margin:0 0 3mm}
dl.kv dt{font-weight:bold}dl.kv dd{margin:0;overflow-wrap:anywhere;unicode-bidi:isolate}
li,p,h1,h2,h3,.sig-name{overflow-wrap:anywhere;unicode-bidi:isolate}
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
 * Renders a document as one self-contained HTML page: UTF-8, `lang="fr"`, inline CSS only, no
 * script, no external resource. Print CSS: A4 (landscape when the document says so), 18 mm
 * margins, table rows, signature blocks and kept-together sections are never cut across pages,
 * table headers repeat on each page, explicit page breaks; the footer (issuer identity, NDA) and
 * « Page n / N » are printed in the bottom margin of every page (CSS page-margin boxes, Chromium
 * ≥ 131, Firefox ≥ 134 print-preview support varies). Every piece of user data is escaped, text
 * and attributes alike.
 *
 * @example
 * ```ts
 * import { defineDocument, paragraph, renderHtml } from '@ofkit/docs-gen';
 * const html = renderHtml(defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', blocks: [paragraph('<b>')] }));
 * html.includes('&lt;b&gt;'); // true
 * ```
 */
export function renderHtml(doc: DocumentModel): string {
  const landscape = doc.meta.orientation === 'landscape';
  const footerLines = doc.footer ? doc.footer.lines : [];
  const footerText = footerLines.join('\n');
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
  html += `<meta name="ofkit-kind" content="${escapeHtml(doc.meta.kind)}">\n`;
  html += `<meta name="date" content="${escapeHtml(doc.meta.date)}">\n`;
  if (doc.meta.author) html += `<meta name="author" content="${escapeHtml(doc.meta.author)}">\n`;
  html += `<title>${escapeHtml(doc.meta.title)}</title>\n`;
  html += `<style>${BASE_CSS}${pageCss}${bodyCss}</style>\n</head>\n<body>\n`;
  if (doc.header) {
    html += `<header class="doc-header"><div class="t">${escapeHtml(doc.header.title)}</div>`;
    for (const l of doc.header.lines) html += `<div>${escapeHtml(l)}</div>`;
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
