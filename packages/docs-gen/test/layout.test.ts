/**
 * Layout in real Chromium at print size: no word of a table cell is cut across two lines (the
 * readiness table printed « manqua/nt » on every row when cells used `overflow-wrap: anywhere`
 * in fixed-layout tables). Every word of every cell of every kind is measured with a DOM Range:
 * one word, one line box. Tokens longer than 40 characters may break (they get <wbr>).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DOCUMENT_KINDS, createDocument, renderHtml } from '../src/index.js';
import { completeInputs } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const inputs = completeInputs();

// Runs in the page: words of table cells whose Range spans more than one line.
const SPLIT_WORDS = `(() => {
  const out = [];
  for (const cell of document.querySelectorAll('td, th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const re = /\\S+/g;
      let m;
      while ((m = re.exec(n.data))) {
        if (m[0].length > 40) continue;
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const lines = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (lines.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
})()`;

describe.skipIf(!existsSync(CHROMIUM))('no word is cut inside a table cell (Chromium, print media, A4 width)', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const kind of DOCUMENT_KINDS) {
    it(kind, async () => {
      const doc = createDocument(kind, inputs[kind] as never);
      const landscape = doc.meta.orientation === 'landscape';
      // A4 minus the 14 mm page margins, in CSS pixels (96 per inch).
      const width = Math.round(((landscape ? 297 : 210) - 28) * (96 / 25.4));
      const page = await browser.newPage({ viewport: { width, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(renderHtml(doc), { waitUntil: 'load' });
      const cells = (await page.evaluate(`document.querySelectorAll('td, th').length`)) as number;
      const split = (await page.evaluate(SPLIT_WORDS)) as string[];
      await page.close();
      expect(split).toEqual([]);
      if (kind === 'audit-readiness') expect(cells).toBeGreaterThan(10);
    }, 30_000);
  }

  it('the check catches a cut word (the old CSS cut « manquant » in a narrow column)', async () => {
    const html = renderHtml(createDocument('audit-readiness', inputs['audit-readiness'])).replace(
      '</style>',
      'table{table-layout:fixed!important;width:300px!important}th,td{overflow-wrap:anywhere!important}</style>',
    );
    const page = await browser.newPage({ viewport: { width: 688, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    const split = (await page.evaluate(SPLIT_WORDS)) as string[];
    await page.close();
    expect(split.length).toBeGreaterThan(0);
  });
});
