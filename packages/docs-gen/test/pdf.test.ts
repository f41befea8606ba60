/**
 * PDF output: every kind renders to a PDF that pdfjs opens, with the expected text and page
 * count; names in many scripts survive; characters the font lacks are never dropped silently;
 * nothing is fetched or read while rendering.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfkitError } from '@ofkit/core';
import { DOCUMENT_KINDS, createDocument, defineDocument, em, heading, paragraph, table } from '../src/index.js';
import { preparePdfFonts, readGlyphCoverage, renderPdf, renderPdfDetailed } from '../src/pdf/index.js';
import { completeInputs } from './fixtures.js';
import { dejaVu, flat, pdfPages, ttfBytes } from './pdf-helpers.js';

const fonts = preparePdfFonts(dejaVu());
const inputs = completeInputs();

const EXPECTED: Record<string, string[]> = {
  convention: ['Convention de formation professionnelle', 'Boulangeries Rhône SARL', 'Exonération de TVA – article 261-4-4° a du CGI', 'Łucja Kowalczyk'],
  'contrat-formation': ['Contrat de formation professionnelle', 'Jürgen Groß', 'délai de 10 jours', '30 % du prix convenu'],
  programme: ['Manager une équipe au quotidien', 'Prérequis', 'Référent handicap', "Délais d’accès"],
  devis: ['Devis n° DEV-2026-0311', 'Bon pour accord', '2 400,00 €'],
  convocation: ['Convocation', 'Łucja Kowalczyk', 'règlement intérieur'],
  'reglement-interieur': ['Règlement intérieur', 'Les amendes et autres sanctions pécuniaires sont interdites', 'Exclusion définitive'],
  'feuille-emargement': ["Feuille d’émargement", 'Kowalczyk Łucja', 'Nguyễn Thị Hồng', 'Groß Jürgen', 'signé (électronique)', 'Absence justifiée'],
  'attestation-fin-formation': ['Attestation de fin de formation', 'Thị Hồng Nguyễn', 'en cours d’acquisition'],
  'certificat-realisation': ['Certificat de réalisation', 'Jürgen Groß', '☒', 'durée de 17,5 heures'],
  'questionnaire-satisfaction': ['Questionnaire de satisfaction', 'évaluation à chaud', 'Très satisfait'],
  facture: ['Facture n° F-2026-0042', 'Indemnité forfaitaire pour frais de recouvrement', '40,00 €', 'Exonération de TVA'],
  'cpf-plan': ['Plan de financement CPF', 'Vos droits acquis', 'Reste à votre charge'],
  'audit-readiness': ["Préparation de l’audit Qualiopi", 'Nommer un référent handicap'],
  'veille-reglementaire': ['Veille légale et réglementaire', 'Plafonds des droits acquis mobilisables', 'Points ouverts'],
};

// pdfjs returns narrow no-break spaces etc.; compare with plain spaces.
const norm = (s: string) => flat(s.replace(/[\u00A0\u202F]/g, ' '));

describe('every kind renders to a PDF with the expected text', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(kind, async () => {
      const doc = createDocument(kind, inputs[kind] as never);
      const { pdf, pageCount } = await renderPdfDetailed(doc, { fonts });
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
      const pages = await pdfPages(pdf);
      expect(pages.length).toBe(pageCount);
      const text = norm(pages.join('\n'));
      for (const s of EXPECTED[kind]!) expect(text).toContain(norm(s));
      // Footer on every page: NDA sentence and page numbers.
      pages.forEach((p, i) => {
        expect(norm(p)).toContain(`Page ${i + 1} / ${pageCount}`);
        expect(norm(p)).toContain('84691234569');
      });
    });
  }
});

describe('scripts and fonts', () => {
  const names = ['Łukasz Groß', 'Nguyễn Thị Hồng', 'Ελένη Παπαδοπούλου', 'Юлия Смирнова', 'Ærøskøbing Ðorđe', 'Çağla Şahin'];
  it('prints accents, ß, Ł, Vietnamese, Greek and Cyrillic', async () => {
    const doc = defineDocument({ kind: 'note', title: 'Noms', date: '2026-11-22', blocks: names.map((n) => paragraph(n)) });
    const pages = await pdfPages(await renderPdf(doc, { fonts }));
    for (const n of names) expect(pages[0]).toContain(n);
  });
  it('DejaVu Sans covers Hebrew and Arabic letters (no bidi reordering or shaping guarantee)', () => {
    for (const ch of 'שרה مريم') if (ch !== ' ') expect(fonts.coverage.has(ch.codePointAt(0)!)).toBe(true);
  });
  it('refuses characters the font lacks (Chinese names) with every character listed', async () => {
    const doc = defineDocument({ kind: 'note', title: 'Noms', date: '2026-11-22', blocks: [paragraph('王芳 et 李雷')] });
    try {
      await renderPdf(doc, { fonts });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const err = e as OfkitError;
      expect(err.code).toBe('UNSUPPORTED_CHARACTERS');
      expect(err.issues.map((i) => i.message.match(/U\+[0-9A-F]+/)?.[0])).toEqual(['U+674E', 'U+738B', 'U+82B3', 'U+96F7']);
    }
  });
  it("with missingGlyphs: 'replace', prints U+FFFD and reports a warning per character", async () => {
    const doc = defineDocument({ kind: 'note', title: 'Noms', date: '2026-11-22', blocks: [paragraph('Nom : 王芳 (王)')] });
    const r = await renderPdfDetailed(doc, { fonts, missingGlyphs: 'replace' });
    expect(r.unsupported.map((u) => [u.codePoint, u.count])).toEqual([
      ['U+738B', 2],
      ['U+82B3', 1],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['UNSUPPORTED_CHARACTER', 'UNSUPPORTED_CHARACTER']);
    const text = (await pdfPages(r.pdf)).join('');
    expect(text).toContain('Nom : \uFFFD\uFFFD (\uFFFD)');
  });
  it('sets characters missing from the main font in the fallback font', async () => {
    // DejaVu Sans ExtraLight has no Arabic; DejaVu Sans has it.
    const light = ttfBytes('DejaVuSans-ExtraLight.ttf');
    expect(readGlyphCoverage(light).has(0x0645)).toBe(false);
    const doc = defineDocument({ kind: 'note', title: 'x', date: '2026-11-22', blocks: [paragraph('Maryam مريم')] });
    await expect(renderPdf(doc, { fonts: { regular: light } })).rejects.toThrow(OfkitError);
    const pdf = await renderPdf(doc, { fonts: { regular: light, fallback: ttfBytes('DejaVuSans.ttf') } });
    expect((await pdfPages(pdf))[0]).toContain('Maryam');
  });
  it('sets a character the italic face lacks in the regular face (DejaVu Sans Oblique has no Arabic)', async () => {
    expect(fonts.styleCoverage.italic.has(0x0645)).toBe(false);
    expect(fonts.coverage.has(0x0645)).toBe(true);
    const doc = defineDocument({ kind: 'note', title: 'x', date: '2026-11-22', blocks: [paragraph([em('Maryam مريم'), ' fin'])] });
    const r = await renderPdfDetailed(doc, { fonts });
    expect(r.unsupported).toEqual([]);
    expect((await pdfPages(r.pdf))[0]).toContain('Maryam');
  });
  it('checks bold headings against the bold face (U+1D5A0 is in DejaVu Sans, not in its bold face)', async () => {
    expect(fonts.styleCoverage.bold.has(0x1d5a0)).toBe(false);
    const doc = defineDocument({ kind: 'note', title: 'x', date: '2026-11-22', blocks: [heading(1, 'Indice 𝖠'), table(['Colonne 𝖠'], [['𝖠']])] });
    const r = await renderPdfDetailed(doc, { fonts });
    expect(r.unsupported).toEqual([]);
    const text = (await pdfPages(r.pdf))[0]!;
    expect(text.split('𝖠').length - 1).toBe(3);
  });
  it('removes invisible bidi controls instead of printing boxes', async () => {
    const doc = defineDocument({ kind: 'note', title: 'x', date: '2026-11-22', blocks: [paragraph('abc\u202Edef\u200F ghi')] });
    const r = await renderPdfDetailed(doc, { fonts });
    expect(r.unsupported).toEqual([]);
    expect((await pdfPages(r.pdf))[0]).toContain('abcdef ghi');
  });
  it('reads the glyph coverage of a font and rejects non-font bytes', () => {
    const cov = readGlyphCoverage(ttfBytes('DejaVuSans.ttf'));
    expect(cov.has('Ł'.codePointAt(0)!)).toBe(true);
    expect(cov.has('ễ'.codePointAt(0)!)).toBe(true);
    expect(cov.has(0x4e2d)).toBe(false); // 中
    expect(() => readGlyphCoverage(new TextEncoder().encode('not a font at all'))).toThrow(/TrueType/);
    try {
      preparePdfFonts({ regular: new Uint8Array(4) });
      expect.unreachable();
    } catch (e) {
      expect((e as OfkitError).code).toBe('INVALID_FONT');
    }
  });
  it('requires fonts as input (the library reads no file)', async () => {
    const doc = defineDocument({ kind: 'note', title: 'x', date: '2026-11-22', blocks: [] });
    await expect(renderPdf(doc, undefined as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(renderPdf(doc, { fonts: { regular: 'DejaVuSans.ttf' as never } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('purity of rendering', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('never fetches: rendering works with fetch disabled', async () => {
    const fetchSpy = vi.fn(() => {
      throw new Error('network used');
    });
    vi.stubGlobal('fetch', fetchSpy);
    const pdf = await renderPdf(createDocument('facture', inputs.facture), { fonts });
    expect(pdf.length).toBeGreaterThan(1000);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
  it('is deterministic: the same model gives the same bytes (creation date = document date)', async () => {
    const doc = createDocument('certificat-realisation', inputs['certificat-realisation']);
    const a = await renderPdf(doc, { fonts });
    const b = await renderPdf(doc, { fonts });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const meta = new TextDecoder('latin1').decode(await renderPdf(doc, { fonts, compress: false }));
    expect(meta).toContain('(D:20261210000000Z)');
  });
});

describe('layout', () => {
  it('keeps table rows whole and repeats the header row on each page', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Ligne ${i + 1}`, 'texte\nsur\ntrois lignes']);
    const doc = defineDocument({ kind: 'note', title: 'x', date: '2026-11-22', blocks: [heading(1, 'Long tableau'), table(['Colonne A', 'Colonne B'], rows)] });
    const r = await renderPdfDetailed(doc, { fonts });
    expect(r.pageCount).toBeGreaterThan(2);
    const pages = await pdfPages(r.pdf);
    for (const p of pages) expect(p).toContain('Colonne A');
    // Every row appears exactly once and whole (its three lines on the same page).
    for (let i = 1; i <= 120; i++) {
      const where = pages.filter((p) => new RegExp(`Ligne ${i}(?!\\d)`).test(p));
      expect(where).toHaveLength(1);
    }
  });
  it('prints a landscape émargement', async () => {
    const doc = createDocument('feuille-emargement', inputs['feuille-emargement']);
    const r = await renderPdfDetailed(doc, { fonts });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const d = await pdfjs.getDocument({ data: r.pdf.slice() }).promise;
    const page = await d.getPage(1);
    const [, , w, h] = page.view as [number, number, number, number];
    expect(w).toBeGreaterThan(h);
    await d.destroy();
  });
});
