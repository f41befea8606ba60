/**
 * Generate documents (`pnpm demo`): from the sample data in examples/data/docs/ (one OF, one
 * client, one training, one session with four learners and electronic attendance), builds every
 * document kind with `createDocument` (mandatory mentions checked) and writes each as HTML,
 * Markdown and PDF into out/generate-documents/. Prints a short summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument, documentInputsFromSession, renderHtml, renderMarkdown, type DocumentModel } from '@ofkit/docs-gen';
import { preparePdfFonts, renderPdfDetailed } from '@ofkit/docs-gen/pdf';
import { loadDejaVuFonts } from './fonts.js';
import { buildJobs, coreRecords, loadSample } from './inputs.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const out = join(root, 'out', 'generate-documents');
mkdirSync(out, { recursive: true });

const sample = loadSample(join(root, 'examples', 'data', 'docs'));
const jobs = buildJobs(sample);
const fonts = preparePdfFonts(loadDejaVuFonts());
const byKind = new Map<string, { files: number; pages: number; warnings: Set<string> }>();
let totalPages = 0;
const started = performance.now();
for (const job of jobs) {
  const doc: DocumentModel = createDocument(job.kind, job.input as never);
  writeFileSync(join(out, `${job.file}.html`), renderHtml(doc));
  writeFileSync(join(out, `${job.file}.md`), renderMarkdown(doc));
  const pdf = await renderPdfDetailed(doc, { fonts });
  writeFileSync(join(out, `${job.file}.pdf`), pdf.pdf);
  totalPages += pdf.pageCount;
  const k = byKind.get(job.kind) ?? { files: 0, pages: 0, warnings: new Set<string>() };
  k.files += 1;
  k.pages += pdf.pageCount;
  for (const w of doc.warnings) k.warnings.add(w.code);
  byKind.set(job.kind, k);
}
const ms = performance.now() - started;
const LABELS: Record<string, string> = {
  programme: 'Programme', devis: 'Devis', convention: 'Convention', 'contrat-formation': 'Contrat de formation',
  'reglement-interieur': 'Règlement intérieur', convocation: 'Convocation', 'feuille-emargement': 'Feuille d’émargement',
  'attestation-fin-formation': 'Attestation de fin de formation', 'certificat-realisation': 'Certificat de réalisation',
  'questionnaire-satisfaction': 'Questionnaire de satisfaction', facture: 'Facture', 'cpf-plan': 'Plan de financement CPF',
  'audit-readiness': 'Préparation de l’audit Qualiopi',
};
console.log(`${jobs.length} documents (HTML, Markdown et PDF) écrits dans out/generate-documents/ en ${(ms / 1000).toFixed(1).replace('.', ',')} s`);
for (const [kind, k] of byKind) {
  const w = k.warnings.size;
  console.log(`  ${(LABELS[kind] ?? kind).padEnd(34)} ${String(k.files).padStart(2)} document(s) ${String(k.pages).padStart(3)} page(s)${w ? `, ${w} type(s) d’avertissement` : ''}`);
}
console.log(`Total : ${totalPages} pages PDF. Toutes les mentions obligatoires sont présentes.`);

// The same session from core's records only: what each document still needs before it can be issued.
const fromSession = documentInputsFromSession(coreRecords(sample));
const ready = fromSession.filter((d) => d.missing.length === 0).length;
console.log(`Depuis les seules données de gestion (documentInputsFromSession) : ${fromSession.length} documents, ${ready} prêts.`);
for (const d of fromSession.filter((x) => x.missing.length > 0)) {
  console.log(`  ${LABELS[d.kind] ?? d.kind}${d.key.includes(':') ? ` (${d.key.split(':')[1]})` : ''} : à compléter`);
  console.log(`    ${d.missing.join(', ')}`);
}
const links = jobs.map((j) => `<li>${LABELS[j.kind] ?? j.kind} — ${j.file} : <a href="${j.file}.html">HTML</a> · <a href="${j.file}.md">Markdown</a> · <a href="${j.file}.pdf">PDF</a></li>`).join('\n');
writeFileSync(join(out, 'index.html'), `<!DOCTYPE html>\n<html lang="fr"><meta charset="utf-8"><title>Documents générés</title>\n<h1>Documents d’une session</h1>\n<ul>\n${links}\n</ul>\n</html>\n`);
console.log('Index : out/generate-documents/index.html (toutes les sorties : out/index.html)');
