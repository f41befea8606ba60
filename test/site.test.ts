/**
 * The documentation site in headless Chromium (Debian's chromium driven by playwright-core, flags as
 * in packages/docs-gen/test/browser.test.ts). Building the site takes about a minute (VitePress,
 * TypeDoc, esbuild), so this test does not build it: it runs when docs/site/ exists and is skipped
 * otherwise. CI runs it after the build: `pnpm build && pnpm run docs && OFKIT_REQUIRE_SITE=1 npx vitest run test/site.test.ts`.
 *
 * Checks: the law explorer lists every parameter id of the merged catalogues and its « what changed »
 * view equals `lawChanges`; the CPF playground computes the same plan as `planCpfFinancing` in Node
 * for the same input; the mentions playground finds the same missing mentions as `checkMentions`;
 * the pages work offline from file:// and ask for nothing outside the site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreLawCatalogue, lawChanges, lawRuleSets, mergeLawCatalogues } from '@ofkit/core';
import { cpfLawCatalogue, planCpfFinancing } from '@ofkit/cpf';
import { rnqLawCatalogue } from '@ofkit/rnq';
import { checkMentions, docsGenLawCatalogue } from '@ofkit/docs-gen';

const CHROMIUM = '/usr/bin/chromium';
const site = resolve(import.meta.dirname, '..', 'docs', 'site');
const built = existsSync(join(site, 'index.html')) && existsSync(join(site, 'law', 'index.html'));
const ready = built && existsSync(CHROMIUM);
if (!ready) console.warn(`[site test] SKIPPED: ${built ? CHROMIUM + ' not found' : 'docs/site not built (pnpm run docs)'}.`);

describe.runIf(!ready && process.env['OFKIT_REQUIRE_SITE'] === '1')('site required', () => {
  it('docs/site is built and Chromium present when OFKIT_REQUIRE_SITE=1', () => {
    expect(built && existsSync(CHROMIUM)).toBe(true);
  });
});

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

describe.runIf(ready)('documentation site in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base = '';
  const outside: string[] = [];
  const catalogue = mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      let file = join(site, path);
      if (!file.startsWith(site)) return void res.writeHead(403).end();
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(base) || u.startsWith('file:')) return route.continue();
      outside.push(u);
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(errors).toEqual([]);
    return page;
  }

  it('the home page links the explorer, the playgrounds and an API reference with a real landing page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/index.html`, { waitUntil: 'load' });
    const hrefs = await page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['./law/index.html', './playground/cpf.html', './playground/mentions.html', './api/index.html']));
    await page.goto(`${base}/api/index.html`);
    expect(await page.textContent('body')).toContain('Every package exposes its law the same way');
    await page.close();
  });

  it('the law explorer lists every parameter id of the catalogue, and its 2026 changes equal lawChanges', async () => {
    const page = await open(`${base}/law/index.html`);
    const ids = await page.$$eval('section.param', (ss) => ss.map((s) => s.getAttribute('data-id')));
    expect(ids).toEqual(catalogue.entries.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(60);
    const rows = await page.$$eval('#changes tbody tr', (rs) => rs.map((r) => r.getAttribute('data-parameter')));
    expect(rows).toEqual(lawChanges(lawRuleSets(catalogue), '2026-01-01', '2026-12-31').map((c) => c.parameter));
    // Other dates: the 5 December 2025 order change.
    await page.fill('#c-from', '2025-12-05');
    await page.fill('#c-to', '2025-12-05');
    await page.click('#changes-form button');
    const dec = await page.$$eval('#changes tbody tr', (rs) => rs.map((r) => r.getAttribute('data-parameter')));
    expect(dec).toEqual(lawChanges(lawRuleSets(catalogue), '2025-12-05', '2025-12-05').map((c) => c.parameter));
    expect(dec).toContain('cpf.order.scheme');
    // Filters: provisional values of @ofkit/rnq only.
    await page.selectOption('#f-package', '@ofkit/rnq');
    await page.selectOption('#f-status', 'provisional');
    const shown = await page.$$eval('section.param:not([hidden])', (ss) => ss.map((s) => s.getAttribute('data-id')));
    expect(shown).toEqual(catalogue.entries.filter((e) => e.package === '@ofkit/rnq' && e.values.some((v) => v.status === 'provisional')).map((e) => e.id));
    // Légifrance links and readers are shown.
    const order = await page.textContent('section[data-id="cpf.order.scheme"]');
    expect(order).toContain('planCpfFinancing');
    const links = await page.$$eval('section[data-id="cpf.order.scheme"] a[href*="legifrance"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000052989055');
    await page.close();
  }, 60_000);

  const purchases = [
    { name: 'RNCP, employee', fill: {} },
    { name: 'bilan with an employer top-up', fill: { '#action-type': 'bilan', '#price': '2400.00', '#acquired-rights': '3000.00', '#topup-amount': '500.00' } },
    { name: 'jobseeker, light licence', fill: { '#action-type': 'driving-licence', '#holder-status': 'jobseeker', '#price': '1500.00', '#acquired-rights': '2000.00', '#purchase-date': '2026-03-10' } },
  ];
  for (const p of purchases) {
    it(`the CPF playground computes the plan planCpfFinancing computes (${p.name})`, async () => {
      const page = await open(`${base}/playground/cpf.html`);
      for (const [sel, v] of Object.entries(p.fill)) {
        if (await page.$eval(sel, (e) => e.tagName === 'SELECT')) await page.selectOption(sel, v);
        else await page.fill(sel, v);
      }
      await page.click('#cpf-form button');
      const { request, plan } = await page.evaluate(() => {
        const w = globalThis as unknown as Record<string, unknown>;
        return { request: w['ofkitRequest'] as never, plan: JSON.parse(JSON.stringify(w['ofkitPlan'])) };
      });
      expect(plan).toEqual(JSON.parse(JSON.stringify(planCpfFinancing(request))));
      expect(await page.getAttribute('#holder-pays', 'data-amount')).toBe(plan.holderPays);
      expect(await page.$$eval('#explanation li', (l) => l.length)).toBe(plan.explanation.length);
      await page.close();
    }, 30_000);
  }

  it('the mentions playground finds the missing mentions checkMentions finds', async () => {
    const page = await open(`${base}/playground/mentions.html`);
    const data = JSON.parse(await page.inputValue('#data'));
    const codes = await page.$$eval('#missing > li', (l) => l.map((x) => x.getAttribute('data-code')));
    expect(codes).toEqual(checkMentions('facture', data).map((m) => m.code));
    expect(codes).toEqual(expect.arrayContaining(['facture.dueDate', 'facture.latePenaltyRate']));
    await page.close();
  });

  it('the explorer and the playground work offline from file://, asking for nothing outside the site', async () => {
    const page = await open(pathToFileURL(join(site, 'law', 'index.html')).href);
    expect(await page.$$eval('section.param', (s) => s.length)).toBe(catalogue.entries.length);
    await page.close();
    const cpf = await open(pathToFileURL(join(site, 'playground', 'cpf.html')).href);
    expect(await cpf.textContent('#holder-pays')).toMatch(/€$/);
    await cpf.close();
    expect(outside).toEqual([]);
  });
});
