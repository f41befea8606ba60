/**
 * Real-browser check: the HTML of every kind printed to PDF by headless Chromium (Debian's
 * `chromium` package driven by playwright-core) gives the expected pages and text. Skipped, with
 * a message, when /usr/bin/chromium is absent (CI installs it: `apt-get install -y chromium`).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DOCUMENT_KINDS, createDocument, renderHtml } from '../src/index.js';
import { completeInputs } from './fixtures.js';
import { HOSTILE, inject } from './hostile-data.js';
import { flat, pdfPages } from './pdf-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`[docs-gen browser test] SKIPPED: ${CHROMIUM} not found. Install Debian's chromium (apt-get install -y chromium) to run the real-browser print check.`);
}

// CI sets OFKIT_REQUIRE_BROWSER=1: there a missing Chromium is a failure, not a skip.
describe.runIf(!available && process.env['OFKIT_REQUIRE_BROWSER'] === '1')('Chromium required', () => {
  it(`${CHROMIUM} must exist when OFKIT_REQUIRE_BROWSER=1`, () => {
    expect(existsSync(CHROMIUM)).toBe(true);
  });
});

const inputs = completeInputs();
const norm = (s: string) => flat(s.replace(/[\u00A0\u202F]/g, ' '));

/** Text each kind's printout must contain, and its expected page range in Chromium. */
const EXPECTED: Record<string, { text: string[]; pages: [number, number] }> = {
  convention: { text: ['Convention de formation professionnelle', 'Article 4 — Prix et modalités de règlement', 'Łucja Kowalczyk'], pages: [2, 3] },
  'contrat-formation': { text: ['Contrat de formation professionnelle', 'délai de 10 jours', 'Jürgen Groß'], pages: [2, 3] },
  programme: { text: ['Manager une équipe au quotidien', 'Référent handicap'], pages: [1, 2] },
  devis: { text: ['Devis n° DEV-2026-0311', 'Bon pour accord'], pages: [1, 3] },
  convocation: { text: ['Convocation', 'Łucja Kowalczyk'], pages: [1, 2] },
  'reglement-interieur': { text: ['Règlement intérieur', 'sanctions pécuniaires sont interdites'], pages: [1, 3] },
  'feuille-emargement': { text: ["Feuille d’émargement", 'Nguyễn Thị Hồng', 'signé (électronique)', 'Annexe — signatures électroniques'], pages: [3, 4] },
  'attestation-fin-formation': { text: ['Attestation de fin de formation', 'Thị Hồng Nguyễn'], pages: [1, 2] },
  'certificat-realisation': { text: ['Certificat de réalisation', 'Jürgen Groß', 'durée de 17,5 heures'], pages: [1, 1] },
  'questionnaire-satisfaction': { text: ['Questionnaire de satisfaction', 'Très satisfait'], pages: [1, 2] },
  facture: { text: ['Facture n° F-2026-0042', 'Indemnité forfaitaire pour frais de recouvrement'], pages: [1, 2] },
  'cpf-plan': { text: ['Plan de financement CPF', 'Reste à votre charge'], pages: [1, 2] },
  'audit-readiness': { text: ["Préparation de l’audit Qualiopi", 'Nommer un référent handicap'], pages: [1, 2] },
  'veille-reglementaire': { text: ['Veille légale et réglementaire', 'Plafonds des droits acquis mobilisables', 'Points ouverts'], pages: [2, 6] },
};

describe.skipIf(!available)('HTML printed by headless Chromium', () => {
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function print(html: string): Promise<{ pdf: Uint8Array; page: import('playwright-core').Page }> {
    const page = await browser.newPage();
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    return { pdf, page };
  }

  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: expected pages and text`, async () => {
      const doc = createDocument(kind, inputs[kind] as never);
      const { pdf, page } = await print(renderHtml(doc));
      await page.close();
      const pages = await pdfPages(pdf);
      const [min, max] = EXPECTED[kind]!.pages;
      expect(pages.length).toBeGreaterThanOrEqual(min);
      expect(pages.length).toBeLessThanOrEqual(max);
      const text = norm(pages.join('\n'));
      for (const s of EXPECTED[kind]!.text) expect(text).toContain(norm(s));
      // The footer (identity, NDA) and « Page n / N » are printed in the margin of every page.
      pages.forEach((p, i) => {
        expect(norm(p)).toContain(`Page ${i + 1} / ${pages.length}`);
        expect(norm(p)).toContain('84691234569');
      });
      expect(requests).toEqual([]);
    }, 30_000);
  }

  it('prints the émargement in landscape', async () => {
    const doc = createDocument('feuille-emargement', inputs['feuille-emargement']);
    const { pdf, page } = await print(renderHtml(doc));
    await page.close();
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const d = await pdfjs.getDocument({ data: pdf.slice() }).promise;
    const [, , w, h] = (await d.getPage(1)).view as [number, number, number, number];
    expect(w).toBeGreaterThan(h);
    await d.destroy();
  });

  it('hostile data stays text in the DOM: no element injected, no script run', async () => {
    const doc = createDocument('convention', inject('convention', HOSTILE) as never);
    const { page } = await print(renderHtml(doc));
    // Evaluated in the page (a string: the test is compiled without DOM types).
    const counts = (await page.evaluate(
      `({ scripts: document.querySelectorAll('script').length, images: document.querySelectorAll('img').length, title: document.title, body: document.body.innerText })`,
    )) as { scripts: number; images: number; title: string; body: string };
    await page.close();
    expect(counts.scripts).toBe(0);
    expect(counts.images).toBe(0);
    expect(counts.title).toContain('Convention de formation');
    expect(counts.body).toContain('<script>alert("x")</script>');
    expect(counts.body).toContain(`"'><img src=x onerror=alert(1)>`);
  });
});
