/**
 * DOCX of every kind, opened in a real reader: LibreOffice headless converts each .docx to PDF
 * (Debian package libreoffice-writer-nogui; CI installs it), then the PDF's pages and text are
 * checked with pdfjs, and its page size and orientation. Skipped locally when `soffice` is
 * missing; with CI=true a missing LibreOffice fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, createDocument, defineDocument, heading, paragraph, table } from '../src/index.js';
import { renderDocx } from '../src/docx/index.js';
import { completeInputs } from './fixtures.js';
import { flat, pdfPages } from './pdf-helpers.js';
import { PNG_LOGO } from './branding-data.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
if (!SOFFICE) console.warn('[docs-gen docx test] SKIPPED: LibreOffice (soffice) not found. apt-get install -y libreoffice-writer-nogui');

describe.runIf(!SOFFICE && process.env['CI'] === 'true')('LibreOffice required in CI', () => {
  it('soffice must exist when CI=true', () => {
    expect(SOFFICE).toBeDefined();
  });
});

const inputs = completeInputs();
const norm = (s: string) => flat(s.replace(/[\u00A0\u202F]/g, ' '));

/** Text each kind's DOCX must show once opened, and its page range in LibreOffice. */
const EXPECTED: Record<string, { text: string[]; pages: [number, number] }> = {
  convention: { text: ['Convention de formation professionnelle', 'Article 4 — Prix et modalités de règlement', 'Łucja Kowalczyk'], pages: [2, 3] },
  'contrat-formation': { text: ['Contrat de formation professionnelle', 'délai de 10 jours', 'Jürgen Groß'], pages: [2, 3] },
  programme: { text: ['Manager une équipe au quotidien', 'Référent handicap'], pages: [1, 2] },
  devis: { text: ['Devis n° DEV-2026-0311', 'Bon pour accord'], pages: [1, 3] },
  convocation: { text: ['Convocation', 'Łucja Kowalczyk'], pages: [1, 2] },
  'reglement-interieur': { text: ['Règlement intérieur', 'sanctions pécuniaires sont interdites'], pages: [1, 3] },
  'feuille-emargement': { text: ['Feuille d’émargement', 'Nguyễn Thị Hồng', 'signé (électronique)', 'Annexe — signatures électroniques'], pages: [3, 5] },
  'attestation-fin-formation': { text: ['Attestation de fin de formation', 'Thị Hồng Nguyễn'], pages: [1, 2] },
  'certificat-realisation': { text: ['Certificat de réalisation', 'Jürgen Groß', 'durée de 17,5 heures'], pages: [1, 1] },
  'questionnaire-satisfaction': { text: ['Questionnaire de satisfaction', 'Très satisfait'], pages: [1, 2] },
  facture: { text: ['Facture n° F-2026-0042', 'Indemnité forfaitaire pour frais de recouvrement'], pages: [1, 2] },
  'cpf-plan': { text: ['Plan de financement CPF', 'Reste à votre charge'], pages: [1, 2] },
  'audit-readiness': { text: ['Préparation de l’audit Qualiopi', 'Nommer un référent handicap', 'Déclaration d’activité enregistrée'], pages: [1, 2] },
  'veille-reglementaire': { text: ['Veille légale et réglementaire', 'Plafonds des droits acquis mobilisables', 'Points ouverts', 'Textes cités', 'Mettre à jour les conditions générales de vente'], pages: [2, 6] },
};

describe('DOCX bytes', () => {
  it('is a deterministic ZIP (same model, same bytes; no clock in the package)', async () => {
    const doc = createDocument('convention', inputs.convention);
    const a = await renderDocx(doc);
    const b = await renderDocx(doc);
    expect([a[0], a[1]]).toEqual([0x50, 0x4b]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('rejects a value that is not a document model or bad options with OfkitError', async () => {
    await expect(renderDocx({ meta: 1 } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const doc = defineDocument({ kind: 'x', title: 'X', date: '2026-11-22', blocks: [] });
    await expect(renderDocx(doc, { branding: { accentColor: 'red' } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(renderDocx(doc, { nope: true } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe.skipIf(!SOFFICE)('DOCX opened by LibreOffice', () => {
  let dir: string;
  const pdfs = new Map<string, Uint8Array>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ofkit-docx-'));
    const files: string[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const f = join(dir, `${kind}.docx`);
      writeFileSync(f, await renderDocx(createDocument(kind, inputs[kind] as never)));
      files.push(f);
    }
    // Control characters, a bare CR, markup and a branding logo + footer: still a valid document.
    const hostile = defineDocument({
      kind: 'note',
      title: 'Note <b>',
      date: '2026-11-22',
      issuer: { name: 'Forma \u202Eevil', nda: '84691234569' },
      blocks: [
        heading(1, 'Titre & <script>'),
        paragraph('a\u0000b\u0007c\rd\u001Fe — ]]> </w:t> "quote"'),
        table(['A', 'B'], [['x'.repeat(5000), '\uFFFF\uD800 y']], { minRowHeightMm: 12 }),
      ],
    });
    const branded = join(dir, 'branded.docx');
    writeFileSync(join(dir, 'hostile.docx'), await renderDocx(hostile));
    writeFileSync(
      branded,
      await renderDocx(createDocument('convocation', inputs.convocation), {
        branding: { logo: PNG_LOGO, accentColor: '#0b5394', font: 'DejaVu Serif', footerText: 'Organisme certifié Qualiopi au titre des actions de formation' },
      }),
    );
    files.push(join(dir, 'hostile.docx'), branded);
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    for (const f of files) {
      const pdf = f.replace(/\.docx$/, '.pdf');
      if (existsSync(pdf)) pdfs.set(f.slice(dir.length + 1, -5), new Uint8Array(readFileSync(pdf)));
    }
  }, 200_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: opens, expected pages, text, header and footer on every page`, async () => {
      const pdf = pdfs.get(kind);
      expect(pdf, `LibreOffice could not open ${kind}.docx`).toBeDefined();
      const pages = await pdfPages(pdf!);
      const [min, max] = EXPECTED[kind]!.pages;
      expect(pages.length).toBeGreaterThanOrEqual(min);
      expect(pages.length).toBeLessThanOrEqual(max);
      const text = norm(pages.join('\n'));
      for (const s of EXPECTED[kind]!.text) expect(text).toContain(norm(s));
      pages.forEach((p, i) => {
        expect(norm(p)).toContain(`Page ${i + 1} / ${pages.length}`);
        expect(norm(p)).toContain('84691234569');
        expect(norm(p)).toContain('Atelier Formation Lyon');
      });
    });
  }

  it('the émargement is landscape A4, the others portrait A4', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const kind of ['feuille-emargement', 'convention']) {
      const d = await pdfjs.getDocument({ data: pdfs.get(kind)!.slice() }).promise;
      const [, , w, h] = (await d.getPage(1)).view as [number, number, number, number];
      expect(Math.round(Math.max(w, h))).toBe(842);
      expect(w > h).toBe(kind === 'feuille-emargement');
      await d.destroy();
    }
  });

  it('hostile text (controls, bare CR, markup, lone surrogate) gives a valid DOCX with the text as text', async () => {
    const pdf = pdfs.get('hostile');
    expect(pdf, 'LibreOffice could not open the hostile DOCX').toBeDefined();
    const text = norm((await pdfPages(pdf!)).join('\n'));
    expect(text).toContain('Titre & <script>');
    expect(text).toContain(']]> </w:t> "quote"');
    expect(text).toContain('abc');
  });

  it('branding: footer text on every page, logo embedded', async () => {
    const pages = await pdfPages(pdfs.get('branded')!);
    for (const p of pages) expect(norm(p)).toContain('Organisme certifié Qualiopi au titre des actions de formation');
  });
});
