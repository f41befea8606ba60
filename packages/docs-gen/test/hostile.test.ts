/**
 * Hostile user data in every kind: markup, quotes, RTL overrides, emoji, 10 000-character
 * fields. Escaped in HTML (text and attributes) and Markdown; surviving in the PDF.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, createDocument, renderHtml, renderMarkdown } from '../src/index.js';
import { preparePdfFonts, renderPdfDetailed } from '../src/pdf/index.js';
import { HOSTILE, LONG, inject } from './hostile-data.js';
import { dejaVu, flat, pdfPages } from './pdf-helpers.js';

const fonts = preparePdfFonts(dejaVu());

describe('hostile strings are escaped in HTML and Markdown', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(kind, () => {
      const doc = createDocument(kind, inject(kind, HOSTILE) as never);
      const html = renderHtml(doc);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/onerror=alert\(1\)>/);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('&amp;amp;');
      // In attributes too (meta author) — no quote can close the attribute.
      expect(html).toMatch(/<meta name="author" content="Forma &lt;script&gt;alert\(&quot;x&quot;\)/);
      // RTL override and emoji kept as characters (isolated by CSS unicode-bidi: isolate).
      expect(html).toContain('\u202Eevil\u202C');
      expect(html).toContain('😀');
      // CSS margin-box strings cannot be closed either: only hex escapes there.
      const style = html.slice(html.indexOf('<style>') + '<style>'.length, html.indexOf('</style>'));
      expect(style).not.toContain('<');
      const md = renderMarkdown(doc);
      expect(md).not.toMatch(/(^|[^\\])<script/i);
      expect(md).toContain('\\<script\\>');
      expect(md).toContain('\\[lien\\]');
      expect(md).toContain('\\*gras\\*');
      expect(md).toContain('\\&amp;');
    });
  }
});

describe('10 000-character fields', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: survive in HTML, Markdown and PDF`, async () => {
      const doc = createDocument(kind, inject(kind, LONG, 'Forma') as never);
      expect(renderHtml(doc)).toContain(LONG);
      expect(renderMarkdown(doc)).toContain(LONG.replace(/—/g, '—'));
      const r = await renderPdfDetailed(doc, { fonts });
      // Whitespace and list numbers removed: line wraps may fall inside the phrase, and pdfjs
      // extracts an ordered-list marker ("1.") after the first line of its item.
      const text = (await pdfPages(r.pdf)).join('').replace(/\s+/g, '').replace(/\d+\./g, '');
      // Count the occurrences of the repeated phrase: all 454 whole ones are printed, except that
      // a page break (with the footer between) may split one occurrence per page boundary.
      const n = text.split('Mentiontrèslongue').length - 1;
      expect(n).toBeGreaterThanOrEqual(454 - (r.pageCount - 1));
    }, 30_000);
  }
});

describe('hostile strings survive in the PDF', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(kind, async () => {
      const doc = createDocument(kind, inject(kind, HOSTILE) as never);
      const r = await renderPdfDetailed(doc, { fonts, missingGlyphs: 'replace' });
      const text = flat((await pdfPages(r.pdf)).join(' '));
      expect(text).toContain('<script>alert("x")</script>');
      expect(text).toContain(`"'><img src=x onerror=alert(1)>`);
      expect(text).toContain('[lien](javascript:alert(1))');
      // Bidi controls are removed (invisible), the letters stay.
      expect(text).toContain('evil');
      // Characters DejaVu lacks are reported, never dropped silently.
      for (const u of r.unsupported) expect(r.warnings.some((w) => w.message.includes(u.codePoint))).toBe(true);
    });
  }
});
