/**
 * PDF in a browser: a small page is bundled with esbuild (platform browser, as a user's bundler
 * would) from `@ofkit/docs-gen/pdf-browser`, the main entry and pdfmake's browser build; headless
 * Chromium runs it, renders a convention to PDF inside the page (fonts passed as bytes), and the
 * PDF is checked here: size, %PDF header, pages and text. No network request is made.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { completeInputs } from './fixtures.js';
import { dejaVu, flat, pdfPages } from './pdf-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const pkg = resolve(import.meta.dirname, '..');

describe.runIf(!available && process.env['OFKIT_REQUIRE_BROWSER'] === '1')('Chromium required', () => {
  it(`${CHROMIUM} must exist when OFKIT_REQUIRE_BROWSER=1`, () => {
    expect(existsSync(CHROMIUM)).toBe(true);
  });
});

describe('the pdf-browser entry bundles for a browser', () => {
  it('without Node built-ins and without the Node printer', async () => {
    const r = await build({
      entryPoints: [resolve(pkg, 'src/pdf/browser.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const out = r.outputFiles[0]!.text;
    expect(out).toContain('renderPdfInBrowser');
    expect(out).not.toMatch(/from\s*["']node:|require\(["'](fs|path|stream|zlib)["']\)/);
    expect(out).not.toMatch(/createPdfKitDocument|fontkit/);
  });
});

describe.skipIf(!available)('renderPdfInBrowser in headless Chromium', () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    const entry = `
      import pdfMake from 'pdfmake/build/pdfmake';
      import { createDocument } from ${JSON.stringify(resolve(pkg, 'src/index.ts'))};
      import { renderPdfInBrowser } from ${JSON.stringify(resolve(pkg, 'src/pdf/browser.ts'))};
      const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      globalThis.ofkitRender = async (input, fonts) => {
        const doc = createDocument('convention', input);
        const r = await renderPdfInBrowser(doc, {
          pdfMake,
          fonts: { regular: bytes(fonts.regular), bold: bytes(fonts.bold), italic: bytes(fonts.italic), boldItalic: bytes(fonts.boldItalic) },
          branding: { accentColor: '#0b5394', footerText: 'Rendu dans le navigateur' },
        });
        let s = '';
        for (let i = 0; i < r.pdf.length; i += 0x8000) s += String.fromCharCode(...r.pdf.subarray(i, i + 0x8000));
        return { pdf: btoa(s), pageCount: r.pageCount, isUint8Array: r.pdf instanceof Uint8Array };
      };
    `;
    const r = await build({
      stdin: { contents: entry, resolveDir: pkg, loader: 'js' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    bundle = r.outputFiles[0]!.text;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders a convention to PDF inside the page', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: bundle });
    const f = dejaVu();
    const b64 = (u?: Uint8Array) => Buffer.from(u!).toString('base64');
    const result = (await page.evaluate(
      ([input, fonts]) => (globalThis as unknown as { ofkitRender: (a: unknown, b: unknown) => Promise<unknown> }).ofkitRender(input, fonts),
      [completeInputs().convention, { regular: b64(f.regular), bold: b64(f.bold), italic: b64(f.italic), boldItalic: b64(f.boldItalic) }] as const,
    )) as { pdf: string; pageCount: number; isUint8Array: boolean };
    await page.close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(result.isUint8Array).toBe(true);
    const pdf = new Uint8Array(Buffer.from(result.pdf, 'base64'));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBe(result.pageCount);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = flat(pages.join(' '));
    expect(text).toContain('Convention de formation professionnelle');
    expect(text).toContain('Łucja Kowalczyk');
    expect(text).toContain('Rendu dans le navigateur');
    expect(text).toContain(`Page ${pages.length} / ${pages.length}`);
  }, 60_000);
});
