/**
 * BPF command line: reads an OF's year from a folder of JSON files, computes the bilan pédagogique
 * et financier (Cerfa 10443) and writes it as HTML, PDF, Markdown, JSON and CSV.
 *
 *   node --import tsx examples/bpf/main.ts [--data examples/data/bpf] [--out out/bpf]
 *        [--csv fr|rfc4180] [--no-pdf] [--json]
 *
 * The data folder holds organisation.json (financialYear, organisation, distanceActions, charges,
 * manager) and one file per list: trainings, sessions, enrolments, trainers, trainerHours, payers,
 * invoices (.json). `--json` prints the summary as JSON instead of text.
 *
 * Alternatively the folder holds a single domain.json: the year as @ofkit/core domain records
 * (organisation, trainings, sessions, learners, trainers, enrolments with funding, attendance
 * records, invoices, charges), mapped to the BPF by bpfInputFromDomain (examples/data/bpf/domain).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OfkitError, formatEur } from '@ofkit/core';
import { bpfInputFromDomain, formatHoursFr, bpfToCsv, bpfToDocument, bpfToJson, computeBpf, type BpfDomainInput, renderHtml, renderMarkdown, type BpfInput, type BpfResult } from '@ofkit/docs-gen';
import { renderPdf } from '@ofkit/docs-gen/pdf';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

/** Options of {@link run}. */
export interface BpfCliOptions {
  readonly data: string;
  readonly out: string;
  readonly csv: 'fr' | 'rfc4180';
  readonly pdf: boolean;
}

const LISTS = ['trainings', 'sessions', 'enrolments', 'trainers', 'trainerHours', 'payers', 'invoices'] as const;

/** Reads the data folder into the input of computeBpf (checked by computeBpf itself). */
export function readBpfData(dir: string): BpfInput {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  // Domain records of @ofkit/core: mapped (and validated) by bpfInputFromDomain.
  if (existsSync(join(dir, 'domain.json'))) return bpfInputFromDomain(read('domain.json') as BpfDomainInput);
  const input: Record<string, unknown> = { ...(read('organisation.json') as object) };
  for (const k of LISTS) if (existsSync(join(dir, `${k}.json`))) input[k] = read(`${k}.json`);
  return input as BpfInput;
}

/** DejaVu Sans from the `dejavu-fonts-ttf` package (a dependency of @ofkit/docs-gen), as bytes. */
function fonts() {
  const require = createRequire(join(root, 'packages/docs-gen/package.json'));
  const ttf = (f: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`)));
  return { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf'), italic: ttf('DejaVuSans-Oblique.ttf'), boldItalic: ttf('DejaVuSans-BoldOblique.ttf') };
}

/** Computes the BPF and writes every output; returns the result and the files written. */
export async function run(options: BpfCliOptions): Promise<{ result: BpfResult; files: string[] }> {
  const result = computeBpf(readBpfData(options.data));
  mkdirSync(options.out, { recursive: true });
  const files: string[] = [];
  const write = (name: string, content: string | Uint8Array) => {
    const p = join(options.out, name);
    writeFileSync(p, content);
    files.push(p);
  };
  const doc = bpfToDocument(result);
  write('bpf.html', renderHtml(doc));
  write('bpf.md', renderMarkdown(doc));
  write('bpf.json', bpfToJson(result));
  write('bpf.csv', bpfToCsv(result, { format: options.csv, bom: options.csv === 'fr' }));
  if (options.pdf) write('bpf.pdf', await renderPdf(doc, { fonts: fonts() }));
  return { result, files };
}

/** A short text summary (≤ 20 lines). */
export function summary(r: BpfResult, files: readonly string[]): string[] {
  const f = r.frameF;
  const h = (n: number) => formatHoursFr(n).replace(/\u202F/g, ' ');
  const failed = r.checks.filter((c) => !c.ok);
  const missing = Object.values(r.missingData).flat().length;
  return [
    `BPF ${r.layout.cerfa}, exercice ${r.financialYear.start} → ${r.financialYear.end} (dépôt avant le ${r.filingDeadline})`,
    `  C  produits HT : ${formatEur(r.frameC.total, { asciiSpaces: true })} (dont organismes gestionnaires ${formatEur(r.frameC.line2Total, { asciiSpaces: true })}), ${r.frameC.revenueShare?.replace('.', ',') ?? '?'} % du CA`,
    `  D  charges : ${r.frameD ? formatEur(r.frameD.total, { asciiSpaces: true }) : 'non renseignées'}`,
    `  E  formateurs : ${r.frameE.lines.map((l) => `${l.code}) ${l.persons} pers. ${h(l.hours)} h`).join(', ')}`,
    `  F  ${f.f1.total.trainees} stagiaires, ${h(f.f1.total.hours)} h (F-1 = F-3 = F-4 : ${f.f3.total.trainees === f.f1.total.trainees && f.f4.total.trainees === f.f1.total.trainees ? 'oui' : 'NON'}); sous-traité F-2 : ${f.f2.trainees} / ${h(f.f2.hours)} h`,
    `  F-4 ${f.f4.lines.map((l) => `${l.code} ${h(l.hours)} h`).join(' · ')}`,
    `  G  confiés par un autre OF : ${r.frameG.trainees} stagiaires, ${h(r.frameG.hours)} h`,
    `  contrôles : ${r.checks.length - failed.length}/${r.checks.length} satisfaits${failed.length ? ` (${failed.map((c) => c.code).join(', ')})` : ''}; anomalies : ${r.anomalies.length}; données manquantes : ${missing}; avertissements : ${r.warnings.length}`,
    `  fichiers : ${files.map((p) => p.replace(`${root}/`, '')).join(', ')}`,
  ];
}

function parseArgs(argv: readonly string[]): BpfCliOptions & { json: boolean } {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const csv = get('--csv') ?? 'fr';
  if (csv !== 'fr' && csv !== 'rfc4180') throw new Error(`--csv fr|rfc4180, got ${csv}`);
  return {
    data: resolve(get('--data') ?? join(root, 'examples/data/bpf')),
    out: resolve(get('--out') ?? join(root, 'out/bpf')),
    csv,
    pdf: !argv.includes('--no-pdf'),
    json: argv.includes('--json'),
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const opts = parseArgs(process.argv.slice(2));
  try {
    const { result, files } = await run(opts);
    if (opts.json) {
      console.log(JSON.stringify({ frameC: { total: result.frameC.total }, f1: result.frameF.f1.total, g: result.frameG, checks: result.checks, anomalies: result.anomalies, files }, (k, v: unknown) => (k === 'sources' ? undefined : v), 2));
    } else {
      for (const line of summary(result, files)) console.log(line);
    }
  } catch (e) {
    if (e instanceof OfkitError) {
      console.error(e.message);
      for (const i of e.issues) console.error(`  - ${i.path.join('.')}: ${i.message}`);
      process.exit(2);
    }
    throw e;
  }
}
