/**
 * The `ofkit` command line (`pnpm demo`): runs the BUILT binary (packages/cli/dist/bin.js, as
 * `npm i -g @ofkit/cli` installs it) over the sample data, writing to out/cli/:
 * a CPF plan as text, the audit-readiness report from the follow-up spreadsheet (CSV), the BPF from
 * JSON + CSV rows as a French CSV, the LHÉO XML, every document of the sample session (from its core
 * records) as PDF, an invoice as Word and a convocation as a calendar (ICS).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
if (!existsSync(bin)) {
  console.error('packages/cli/dist/bin.js is missing: run `pnpm build` (pnpm demo builds the packages first).');
  process.exit(1);
}
const out = join(root, 'out', 'cli');
mkdirSync(out, { recursive: true });
const data = 'examples/cli/data';

let failed = 0;
function ofkit(args: string[], expectExit = 0): string {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  const ok = r.status === expectExit;
  if (!ok) failed += 1;
  console.log(`${ok ? '✓' : '✗'} ofkit ${args.join(' ')}${ok ? '' : `  (exit ${r.status}, expected ${expectExit})\n${r.stderr}`}`);
  return r.stdout;
}

console.log(ofkit(['--version']).trim());
ofkit(['cpf', 'plan', 'examples/data/cpf/01-salarie-rncp-dotation-opco.json', '--format', 'text', '--out', 'out/cli/cpf-plan-01.txt']);
ofkit(['qualiopi', 'readiness', `${data}/qualiopi-preuves.csv`, '--profile', 'examples/data/rnq/micro-of.json', '--format', 'md', '--out', 'out/cli/qualiopi-readiness.md']);
ofkit(['qualiopi', 'readiness', '--template', 'evidence', '--out', 'out/cli/modele-preuves.csv']);
ofkit(['bpf', `${data}/bpf-exercice.json`, '--enrolments', `${data}/bpf-inscriptions.csv`, '--attendance', `${data}/bpf-presences.csv`, '--invoices', `${data}/bpf-factures.csv`, '--format', 'csv', '--bom', '--out', 'out/cli/bpf.csv']);
ofkit(['bpf', 'examples/data/bpf', '--format', 'pdf', '--out', 'out/cli/bpf.pdf']);
ofkit(['lheo', `${data}/lheo-offre.json`, '--out', 'out/cli/offre-lheo.xml']);
ofkit(['law', '--date', '2026-12-05', '--status', 'provisional', '--format', 'text', '--out', 'out/cli/parametres-provisoires.txt']);
ofkit(['validate', 'siret', '732 829 320 00075', '--format', 'text'], 1);
// Every document of the sample session from its core records (organisation.json, session.json,
// enrolments.json…, completed by documents.json), as PDF. The same records give the HTML, Markdown
// and Word files of out/generate-documents/; the CLI writes one Word file here, to show the format.
rmSync(join(out, 'session'), { recursive: true, force: true }); // no stale documents of an earlier run in the count
ofkit(['docs', 'session', `${data}/session`, '--format', 'pdf', '--out', 'out/cli/session']);
const pdfs = existsSync(join(out, 'session')) ? readdirSync(join(out, 'session')).filter((f) => f.endsWith('.pdf')).length : 0;
console.log(`${pdfs} documents PDF de la session dans out/cli/session/.`);
if (pdfs === 0) failed += 1;
ofkit(['docs', 'build', 'facture', `${data}/facture.json`, '--format', 'docx', '--out', 'out/cli/facture.docx']);
ofkit(['docs', 'build', 'convocation', `${data}/convocation.json`, '--format', 'ics', '--issued-at', '2026-11-20T10:00:00+01:00', '--out', 'out/cli/convocation.ics']);
ofkit(['law', 'changes', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'text', '--out', 'out/cli/changements-2026.txt']);
process.exit(failed > 0 ? 1 : 0);
