/**
 * Generate documents (`pnpm demo`): from the core records of one session in examples/data/session/
 * (one OF, one client, one training, a three-day session with half-day slots, four learners, their
 * enrolments and funders, one trainer, electronic attendance), `documentInputsFromSession` builds
 * every document of the session, complete (nothing reported missing); the devis, règlement
 * intérieur, CPF plan, audit readiness and cold questionnaire are built from the same records.
 * Each is written as HTML, Markdown, PDF and DOCX into out/generate-documents/, with one calendar
 * (ICS) per convocation. Prints a short summary in French.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument, frDate, renderHtml, renderMarkdown, type DocumentModel } from '@ofkit/docs-gen';
import { renderDocx } from '@ofkit/docs-gen/docx';
import { convocationCalendar } from '@ofkit/docs-gen/ics';
import { preparePdfFonts, renderPdfDetailed } from '@ofkit/docs-gen/pdf';
import { loadDejaVuFonts } from './fonts.js';
import { buildJobs, loadRecords } from './inputs.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const out = join(root, 'out', 'generate-documents');
rmSync(out, { recursive: true, force: true }); // no stale file of an earlier run in the index
mkdirSync(out, { recursive: true });

const records = loadRecords(join(root, 'examples', 'data', 'session'));
const jobs = buildJobs(records);
const fonts = preparePdfFonts(loadDejaVuFonts());
const byKind = new Map<string, { files: number; pages: number; warnings: Set<string> }>();
let totalPages = 0;
const started = performance.now();
const extra = new Map<string, string[]>(); // file stem → other outputs (ICS)
for (const job of jobs) {
  const doc: DocumentModel = createDocument(job.kind, job.input as never);
  writeFileSync(join(out, `${job.file}.html`), renderHtml(doc));
  writeFileSync(join(out, `${job.file}.md`), renderMarkdown(doc));
  const pdf = await renderPdfDetailed(doc, { fonts });
  writeFileSync(join(out, `${job.file}.pdf`), pdf.pdf);
  writeFileSync(join(out, `${job.file}.docx`), await renderDocx(doc));
  if (job.kind === 'convocation') {
    // The convocation's calendar: one event per half-day, Europe/Paris. The issue instant is fixed
    // (the date of the documents at 10 h), so the demo gives the same file every run.
    // The convocation's input holds core's records as the calendar reads them (validated there).
    const c = job.input as unknown as Parameters<typeof convocationCalendar>[0];
    const issuedAt = `${String((records as { date: string }).date)}T10:00:00+01:00`;
    writeFileSync(join(out, `${job.file}.ics`), convocationCalendar({ organisation: c.organisation, training: c.training, session: c.session, ...(c.learner ? { learner: c.learner } : {}), issuedAt }));
    extra.set(job.file, ['ics']);
  }
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
const fromSession = jobs.filter((j) => j.fromSession).length;
const session = (records as { session: { id: string; startDate: string; endDate: string } }).session;
console.log(`Session ${session.id} (du ${frDate(session.startDate)} au ${frDate(session.endDate)}), à partir des données de gestion de examples/data/session/ :`);
console.log(`  ${fromSession} documents construits par documentInputsFromSession, tous complets ;`);
console.log(`  ${jobs.length - fromSession} autres (devis, règlement intérieur, plan CPF, audit, questionnaire à froid) à partir des mêmes données.`);
console.log(`${jobs.length} documents (HTML, Markdown, PDF et Word) et ${extra.size} calendriers (ICS) écrits dans out/generate-documents/ en ${(ms / 1000).toFixed(1).replace('.', ',')} s :`);
for (const [kind, k] of byKind) {
  const w = k.warnings.size;
  console.log(`  ${(LABELS[kind] ?? kind).padEnd(34)} ${String(k.files).padStart(2)} document(s) ${String(k.pages).padStart(3)} page(s)${w ? `, ${w} type(s) d’avertissement` : ''}`);
}
console.log(`Total : ${totalPages} pages PDF. Toutes les mentions obligatoires sont présentes.`);
const link = (file: string, ext: string, label: string) => `<a href="${file}.${ext}">${label}</a>`;
const links = jobs
  .map((j) => `<li>${LABELS[j.kind] ?? j.kind} — ${j.file} : ${[link(j.file, 'html', 'HTML'), link(j.file, 'md', 'Markdown'), link(j.file, 'pdf', 'PDF'), link(j.file, 'docx', 'Word'), ...(extra.get(j.file) ?? []).map((e) => link(j.file, e, 'Calendrier'))].join(' · ')}</li>`)
  .join('\n');
writeFileSync(join(out, 'index.html'), `<!DOCTYPE html>\n<html lang="fr"><meta charset="utf-8"><title>Documents générés</title>\n<h1>Documents d’une session</h1>\n<ul>\n${links}\n</ul>\n</html>\n`);
console.log('Index : out/generate-documents/index.html (toutes les sorties : out/index.html)');
