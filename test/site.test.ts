/**
 * The documentation site in headless Chromium (Debian's chromium driven by playwright-core, flags as
 * in packages/docs-gen/test/browser.test.ts). Building the site takes about a minute (VitePress,
 * TypeDoc, esbuild), so this test does not build it: it runs when docs/site/ exists and is skipped
 * otherwise. CI runs it after the build: `pnpm build && pnpm run docs && OFKIT_REQUIRE_SITE=1 npx vitest run test/site.test.ts`.
 *
 * Checks: the law explorer lists every parameter id of the merged catalogues and its « what changed »
 * view equals `lawChanges`; in English (`?lang=en`, or its FR | EN switch) no French wording of the
 * page is left and it shows the catalogue's English (labelEn, noteEn, textEn, descriptionEn); the CPF playground computes the same plan as `planCpfFinancing` in Node
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
import { lawValueText } from '@ofkit/core/internal';
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

  /**
   * The explorer's own French wording (explorer.ts, common.ts, the page shell of build.ts) and its
   * French dates, none of which may be left on the English page. Matched as written, on the page's
   * title and whole visible text except the references (titles of French legal texts, kept in
   * French on purpose).
   */
  const FRENCH_UI: ReadonlyArray<string | RegExp> = [
    'Explorateur du droit', 'Bac à sable', 'Mentions obligatoires', 'Chaque paramètre', 'Ce qui a changé', 'Tous les paramètres', 'Afficher',
    'Paquet', 'Statut', 'Recherche', 'En vigueur le', 'Paramètre', 'Avant', 'Après', 'Références', 'fin de la règle', 'changement(s)',
    'paramètre(s) sur', ' lu par ', 'Options :', 'unité', 'confirmé', 'provisoire', 'discuté', 'règle détaillée',
    /\bdu \d/, /\bau \d/, /\d{2}\/\d{2}\/\d{4}/,
  ];
  /** The page's text without its references, one string. */
  const textWithoutRefs = async (page: Page) => {
    // The references hidden while the rendered text is read, then shown again.
    const text = await page.$eval('body', (body) => {
      const refs = [...body.querySelectorAll('ul.refs')] as Array<{ style: { display: string } }>;
      refs.forEach((r) => (r.style.display = 'none'));
      const t = body.innerText as string;
      refs.forEach((r) => (r.style.display = ''));
      return t;
    });
    return `${await page.title()}\n${text}`;
  };
  const frenchUiIn = (text: string) => FRENCH_UI.filter((f) => (typeof f === 'string' ? text.includes(f) : f.test(text))).map(String);

  it('the law explorer in English (?lang=en): no French wording of the page left, the catalogue’s English shown', async () => {
    const page = await open(`${base}/law/index.html?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Law explorer — ofkit');
    expect(await page.textContent('h1')).toBe('Law explorer');
    expect(frenchUiIn(await textWithoutRefs(page))).toEqual([]);
    // The same list finds each of its strings on the French page: it is the page's real wording.
    const fr = await open(`${base}/law/index.html`);
    expect(await fr.getAttribute('html', 'lang')).toBe('fr');
    // (all but « fin de la règle », which only an ended rule shows, and no rule ends in 2026, and
    // « règle détaillée », the catalogue's fallback wording, which no value shows any more:
    // test/law-wordings.test.ts; it stays in the list so that the English page is checked for it).
    const onFrench = frenchUiIn(await textWithoutRefs(fr));
    expect(FRENCH_UI.map(String).filter((f) => !onFrench.includes(f))).toEqual(['fin de la règle', 'règle détaillée']);
    expect(await fr.getAttribute('nav.lang-switch', 'aria-label')).toBe('Langue');
    await fr.close();
    expect(await page.getAttribute('nav.lang-switch', 'aria-label')).toBe('Language');
    // Status badges, filters, table headers, counts and periods in English.
    expect(new Set(await page.$$eval('.badge', (b) => b.map((x) => x.textContent)))).toEqual(new Set(['confirmed', 'provisional', 'disputed']));
    expect(await page.$$eval('#f-status option', (o) => o.map((x) => x.textContent))).toEqual(['all', 'confirmed', 'provisional', 'disputed']);
    expect(await page.$$eval('#changes th', (h) => h.map((x) => x.textContent))).toEqual(['In force from', 'Parameter', 'Before', 'After', 'References']);
    expect(await page.textContent('#count')).toBe(`${catalogue.entries.length} of ${catalogue.entries.length} parameter(s)`);
    expect(await page.textContent('#changes-count')).toMatch(/^\d+ change\(s\) from 1 January 2026 to 31 December 2026\.$/);
    const periods = await page.$$eval('.period', (p) => p.map((x) => x.textContent!));
    expect(periods.length).toBe(catalogue.entries.reduce((n, e) => n + e.values.length, 0));
    for (const p of periods) expect(p).toMatch(/^from \d{1,2} [A-Z][a-z]+ \d{4} to (…|\d{1,2} [A-Z][a-z]+ \d{4})$/);
    // Every parameter: its English label, the English text and note of each value, its options in English.
    const shown = await page.$$eval('section.param', (ss) =>
      ss.map((s) => ({
        id: s.getAttribute('data-id')!,
        label: s.querySelector('.label')!.firstChild!.textContent!,
        values: [...s.querySelectorAll('strong.value')].map((v) => v.textContent),
        notes: [...s.querySelectorAll('p.note')].map((n) => n.textContent),
        options: s.querySelector('.options')?.textContent ?? '',
      })),
    );
    for (const e of catalogue.entries) {
      const x = shown.find((y) => y.id === e.id)!;
      expect(x.label, e.id).toBe(e.labelEn);
      expect(x.values, e.id).toEqual(e.values.map((v) => v.textEn));
      expect(x.notes, e.id).toEqual(e.values.filter((v) => v.note !== undefined).map((v) => v.noteEn));
      for (const o of e.options) expect(x.options, e.id).toContain(o.descriptionEn);
    }
    expect(shown.find((x) => x.id === 'cpf.participation.amount')!.values).toContain('EUR 102.23');
    // The « what changed » table: English labels and value texts; other dates stay English.
    await page.fill('#c-from', '2025-12-05');
    await page.fill('#c-to', '2026-03-01');
    await page.click('#changes-form button');
    const rows = await page.$$eval('#changes tbody tr', (rs) =>
      rs.map((r) => ({ id: r.getAttribute('data-parameter')!, cells: [...r.querySelectorAll('td')].map((td) => td.textContent!) })),
    );
    const expected = lawChanges(lawRuleSets(catalogue), '2025-12-05', '2026-03-01');
    expect(rows.map((r) => r.id)).toEqual(expected.map((c) => c.parameter));
    expected.forEach((c, i) => {
      const [when, param, before, after] = rows[i]!.cells;
      expect(when).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(param).toContain(c.labelEn!);
      expect(before).toBe(c.before ? `${lawValueText(catalogue, c.parameter, c.before.value, 'en')} ${c.before.status}` : '—');
      expect(after).toBe(c.after ? `${lawValueText(catalogue, c.parameter, c.after.value, 'en')} ${c.after.status}` : '— (rule ended)');
    });
    expect(frenchUiIn(await textWithoutRefs(page))).toEqual([]);
    // An invalid range: the error in English.
    await page.fill('#c-from', '2026-12-31');
    await page.fill('#c-to', '2026-01-01');
    await page.click('#changes-form button');
    expect(await page.textContent('#changes .error')).toMatch(/^[^:]+: [A-Z]/);
    expect(await page.textContent('#changes .error')).not.toMatch(/ : /);
    await page.close();
  }, 60_000);

  it('the FR | EN switch opens the explorer in the other language and back; French stays the default', async () => {
    const page = await open(`${base}/law/index.html`);
    expect(await page.getAttribute('#lang-fr', 'aria-current')).toBe('true');
    await page.click('#lang-en');
    await page.waitForURL(/\?lang=en/);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('#lang-en', 'aria-current')).toBe('true');
    expect(await page.textContent('h2')).toBe('What changed between two dates');
    await page.click('#lang-fr');
    await page.waitForURL(/\?lang=fr/);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h2')).toBe('Ce qui a changé entre deux dates');
    expect(await page.textContent('h1')).toBe('Explorateur du droit');
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
    const en = await open(`${pathToFileURL(join(site, 'law', 'index.html')).href}?lang=en`);
    expect(await en.getAttribute('html', 'lang')).toBe('en');
    expect(await en.$$eval('section.param', (s) => s.length)).toBe(catalogue.entries.length);
    await en.close();
    const cpf = await open(pathToFileURL(join(site, 'playground', 'cpf.html')).href);
    expect(await cpf.textContent('#holder-pays')).toMatch(/€$/);
    await cpf.close();
    expect(outside).toEqual([]);
  });
});
