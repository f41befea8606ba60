/**
 * `ofkit docs build|check|session`, `ofkit bpf`, `ofkit lheo`: @ofkit/docs-gen from a shell. Each
 * library call is one adapter function (re-wired by the lead when the library changes).
 */
import { OfkitError, type OfkitIssue } from '@ofkit/core';
import { formatPath, issue } from '@ofkit/core/internal';
import {
  DOCUMENT_KINDS,
  bpfInputFromDomain,
  bpfToCsv,
  bpfToDocument,
  checkMentions,
  computeBpf,
  createDocument,
  renderHtml,
  renderMarkdown,
  toLheoXml,
  type BpfDomainInput,
  type BpfInput,
  type BpfResult,
  type DocumentInput,
  type DocumentKind,
  type DocumentModel,
  type LheoOffer,
  type MentionCheck,
} from '@ofkit/docs-gen';
import { ATTENDANCE_TABLE, ENROLMENTS_TABLE, INVOICES_TABLE, TABLES, enrolmentsFrom, parseTable, template } from '../csv.js';
import { loadFonts } from '../fonts.js';
import { isDirectory, listDir, readJson, readText } from '../io.js';
import type { Command, CommandContext, CommandOutput, Format } from '../types.js';
import { isRecord, opt, tr, usageError } from '../util.js';

/** Adapter: `createDocument`. */
export function buildDocumentAdapter(kind: string, input: unknown): DocumentModel {
  return createDocument(kind as DocumentKind, input as DocumentInput<DocumentKind>);
}

/** Adapter: `checkMentions`. */
export function checkDocumentAdapter(kind: string, input: unknown): MentionCheck[] {
  return checkMentions(kind as DocumentKind, input as DocumentInput<DocumentKind>);
}

/**
 * Adapter: the documents of a session. In this branch there is no `documentInputsFromSession` yet:
 * the directory holds one JSON file per document, `{ "kind": …, "input": … }`, each built with
 * `createDocument`. To re-wire: read the session's core records and call `documentInputsFromSession`.
 */
export function sessionDocumentsAdapter(jobs: ReadonlyArray<{ name: string; data: unknown }>): Array<{ name: string; doc: DocumentModel }> {
  const issues: OfkitIssue[] = [];
  const out: Array<{ name: string; doc: DocumentModel }> = [];
  for (const job of jobs) {
    if (!isRecord(job.data) || typeof job.data['kind'] !== 'string' || !('input' in job.data)) {
      issues.push(issue([job.name], 'invalid_job', `${job.name} : attendu { "kind": "<type de document>", "input": { … } }.`, `${job.name}: expected { "kind": "<document kind>", "input": { … } }.`));
      continue;
    }
    try {
      out.push({ name: job.name.replace(/\.json$/i, ''), doc: buildDocumentAdapter(job.data['kind'], job.data['input']) });
    } catch (e) {
      if (!(e instanceof OfkitError)) throw e;
      for (const i of e.issues) issues.push({ ...i, path: [job.name, 'input', ...i.path] });
    }
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return out;
}

/** Adapter: `computeBpf` (from BPF input, or from core domain records through `bpfInputFromDomain`). */
export function bpfAdapter(input: unknown): BpfResult {
  const bpfInput = isDomainInput(input) ? bpfInputFromDomain(input as BpfDomainInput) : (input as BpfInput);
  return computeBpf(bpfInput);
}

/** Adapter: `toLheoXml`. */
export function lheoAdapter(offer: unknown): string {
  return toLheoXml(offer as LheoOffer);
}

/** Core domain records (learners, enrolments with funding…) rather than BPF rows. */
function isDomainInput(v: unknown): boolean {
  return isRecord(v) && ('organisationDetails' in v || 'learners' in v || 'attendance' in v);
}

function kindArg(ctx: CommandContext): string {
  const kind = ctx.args[0]!;
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    throw usageError(`Type de document inconnu : « ${kind} ». Types : ${DOCUMENT_KINDS.join(', ')}.`, `Unknown document kind: "${kind}". Kinds: ${DOCUMENT_KINDS.join(', ')}.`, ['<kind>']);
  }
  return kind;
}

/** A document in the chosen format. */
async function render(ctx: CommandContext, doc: DocumentModel, format: Format): Promise<string | Uint8Array> {
  if (format === 'html') return renderHtml(doc);
  if (format === 'md') return renderMarkdown(doc);
  if (format === 'pdf') {
    const { renderPdf } = await loadPdfRenderer();
    return renderPdf(doc, { fonts: await loadFonts(ctx.io, opt(ctx, 'font')) });
  }
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function asOutput(content: string | Uint8Array): CommandOutput {
  return typeof content === 'string' ? { kind: 'text', text: content } : { kind: 'bytes', bytes: content };
}

/**
 * `@ofkit/docs-gen/pdf` loads pdfmake, an optional peer dependency of docs-gen that this package
 * depends on. When the packages are installed side by side (five global packages rather than the CLI
 * with its dependencies), docs-gen cannot see the CLI's pdfmake: say so instead of a stack trace.
 */
async function loadPdfRenderer(): Promise<typeof import('@ofkit/docs-gen/pdf')> {
  try {
    return await import('@ofkit/docs-gen/pdf');
  } catch (e) {
    if (/pdfmake/.test(String((e as Error).message))) {
      throw new OfkitError('UNSUPPORTED', [
        issue(['--format'], 'pdf_unavailable', 'Le rendu PDF demande pdfmake, introuvable depuis @ofkit/docs-gen : installez pdfmake à côté (npm i -g pdfmake@0.3.11 pour une installation globale).', 'PDF rendering needs pdfmake, which @ofkit/docs-gen cannot find: install pdfmake beside it (npm i -g pdfmake@0.3.11 for a global install).'),
      ]);
    }
    throw e;
  }
}

const EXT: Partial<Record<Format, string>> = { html: 'html', md: 'md', pdf: 'pdf', json: 'json' };

function mentionsText(checks: readonly MentionCheck[], ctx: CommandContext): string {
  const bad = checks.filter((c) => c.status !== 'present');
  if (bad.length === 0) return tr(ctx.lang, 'Toutes les mentions obligatoires sont présentes.\n', 'Every mandatory mention is present.\n');
  const lines = [tr(ctx.lang, `${bad.length} mention(s) obligatoire(s) manquante(s) ou invalide(s) :`, `${bad.length} mandatory mention(s) missing or invalid:`)];
  for (const c of bad) {
    const refs = c.references.map((r) => r.article).join(', ');
    const what = ctx.lang === 'fr' ? (c.message ?? c.label) : (c.messageEn ?? c.labelEn);
    lines.push(`  - ${formatPath(c.path) || '·'}${ctx.lang === 'fr' ? ' : ' : ': '}${what}${refs ? ` (${refs})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

const BPF_LISTS = ['trainings', 'sessions', 'enrolments', 'trainers', 'trainerHours', 'payers', 'invoices'] as const;

/** The BPF input: one JSON file, or a directory as in examples/data/bpf (organisation.json + one file per list, or domain.json). */
async function readBpfInput(ctx: CommandContext, input: string): Promise<Record<string, unknown>> {
  if (!(await isDirectory(ctx.io, input))) {
    const data = await readJson(ctx.io, input);
    if (!isRecord(data)) throw new OfkitError('INVALID_INPUT', [issue([input], 'invalid_type', `${input} : un objet JSON est attendu.`, `${input}: a JSON object is expected.`)]);
    return data;
  }
  const names = await listDir(ctx.io, input);
  const at = (n: string) => `${input.replace(/\/$/, '')}/${n}`;
  if (names.includes('domain.json')) {
    const d = await readJson(ctx.io, at('domain.json'));
    return isRecord(d) ? d : { value: d };
  }
  const org = names.includes('organisation.json') ? await readJson(ctx.io, at('organisation.json')) : {};
  const data: Record<string, unknown> = isRecord(org) ? { ...org } : {};
  for (const k of BPF_LISTS) {
    if (names.includes(`${k}.json`)) data[k] = await readJson(ctx.io, at(`${k}.json`));
    else if (names.includes(`${k}.csv`) && (k === 'enrolments' || k === 'invoices')) {
      const f = at(`${k}.csv`);
      const rows = parseTable(await readText(ctx.io, f), k === 'enrolments' ? ENROLMENTS_TABLE : INVOICES_TABLE, f);
      data[k] = k === 'enrolments' ? enrolmentsFrom(rows, undefined) : rows;
    }
  }
  return data;
}

export const docsCommands: Command[] = [
  {
    path: ['docs', 'build'],
    args: ['<kind>', '<file>'],
    summary: { fr: 'Un document (convention, facture, attestation…), mentions obligatoires vérifiées (createDocument).', en: 'One document (convention, invoice, certificate…), mandatory mentions checked (createDocument).' },
    options: { font: { fr: 'police TrueType (.ttf) pour le PDF (défaut : DejaVu Sans)', en: 'TrueType font (.ttf) for PDF (default: DejaVu Sans)' } },
    formats: ['json', 'html', 'md', 'pdf'],
    example: 'ofkit docs build facture examples/cli/data/facture.json --format pdf --out out/cli/facture.pdf',
    async run(ctx) {
      const kind = kindArg(ctx);
      const doc = buildDocumentAdapter(kind, await readJson(ctx.io, ctx.args[1]!));
      return { output: ctx.format === 'json' ? { kind: 'json', value: doc } : asOutput(await render(ctx, doc, ctx.format)) };
    },
  },
  {
    path: ['docs', 'check'],
    args: ['<kind>', '<file>'],
    summary: { fr: 'Vérifie les mentions obligatoires d’un document : chaque manque avec son chemin et son article ; code 1 s’il en manque (checkMentions).', en: 'Checks the mandatory mentions of a document: each gap with its path and article; exit code 1 when any (checkMentions).' },
    formats: ['json', 'text'],
    example: 'ofkit docs check facture examples/cli/data/facture.json --format text',
    async run(ctx) {
      const kind = kindArg(ctx);
      const checks = checkDocumentAdapter(kind, await readJson(ctx.io, ctx.args[1]!));
      const bad = checks.some((c) => c.status !== 'present');
      return { output: ctx.format === 'text' ? { kind: 'text', text: mentionsText(checks, ctx) } : { kind: 'json', value: checks }, exitCode: bad ? 1 : 0 };
    },
  },
  {
    path: ['docs', 'session'],
    args: ['<dir>'],
    summary: {
      fr: 'Tous les documents d’une session : un fichier JSON { "kind", "input" } par document dans <dir>, écrits dans le dossier --out.',
      en: 'Every document of a session: one JSON file { "kind", "input" } per document in <dir>, written into the --out directory.',
    },
    options: { font: { fr: 'police TrueType (.ttf) pour le PDF', en: 'TrueType font (.ttf) for PDF' } },
    formats: ['html', 'md', 'pdf', 'json'],
    example: 'ofkit docs session out/cli/session-inputs --format pdf --out out/cli/session',
    async run(ctx) {
      const dir = ctx.args[0]!;
      if (opt(ctx, 'out') === undefined) throw usageError('Option --out <dossier> requise : un fichier par document.', 'Option --out <directory> is required: one file per document.', ['--out']);
      const names = (await listDir(ctx.io, dir)).filter((n) => n.toLowerCase().endsWith('.json'));
      if (names.length === 0) throw new OfkitError('INVALID_INPUT', [issue([dir], 'empty_directory', `${dir} ne contient aucun fichier .json.`, `${dir} holds no .json file.`)]);
      const jobs = [];
      for (const n of names) jobs.push({ name: n, data: await readJson(ctx.io, `${dir.replace(/\/$/, '')}/${n}`) });
      const docs = sessionDocumentsAdapter(jobs);
      const files = [];
      for (const d of docs) {
        ctx.progress(d.name);
        files.push({ name: `${d.name}.${EXT[ctx.format]!}`, content: await render(ctx, d.doc, ctx.format) });
      }
      return { output: { kind: 'files', files, summary: tr(ctx.lang, `${files.length} document(s) écrit(s).`, `${files.length} document(s) written.`) } };
    },
  },
  {
    path: ['bpf'],
    args: ['[input]'],
    minArgs: 0,
    summary: {
      fr: 'Le bilan pédagogique et financier (Cerfa 10443) à partir des enregistrements (JSON, dossier) ou d’inscriptions et factures en CSV (computeBpf).',
      en: 'The BPF (Cerfa 10443) from records (JSON, directory) or from enrolments and invoices as CSV (computeBpf).',
    },
    options: {
      enrolments: { fr: 'inscriptions en CSV (tableau de suivi) ; remplace celles de <input>', en: 'enrolments as CSV (follow-up spreadsheet); replaces those of <input>' },
      invoices: { fr: 'factures en CSV ; remplace celles de <input>', en: 'invoices as CSV; replaces those of <input>' },
      attendance: { fr: 'heures réalisées par inscription et par date, en CSV', en: 'hours done per enrolment and date, as CSV' },
      template: { fr: 'écrit un modèle CSV : enrolments, invoices ou attendance', en: 'writes a CSV template: enrolments, invoices or attendance' },
      bom: { fr: 'CSV de sortie avec BOM UTF-8 (Excel)', en: 'output CSV with a UTF-8 BOM (Excel)' },
      font: { fr: 'police TrueType (.ttf) pour le PDF', en: 'TrueType font (.ttf) for PDF' },
    },
    formats: ['json', 'csv', 'md', 'html', 'pdf'],
    example: 'ofkit bpf examples/data/bpf --format csv',
    async run(ctx) {
      const tpl = opt(ctx, 'template');
      if (tpl !== undefined) {
        const table = TABLES[tpl];
        if (!table || tpl === 'evidence') throw usageError(`--template : « ${tpl} » inconnu ; valeurs : enrolments, invoices, attendance.`, `--template: unknown "${tpl}"; values: enrolments, invoices, attendance.`, ['--template']);
        return { output: { kind: 'text', text: template(table) } };
      }
      const input = ctx.args[0];
      const data: Record<string, unknown> = input !== undefined ? await readBpfInput(ctx, input) : {};
      const enrolmentsCsv = opt(ctx, 'enrolments');
      const invoicesCsv = opt(ctx, 'invoices');
      const attendanceCsv = opt(ctx, 'attendance');
      const issues: OfkitIssue[] = [];
      const table = async (file: string | undefined, t: typeof ENROLMENTS_TABLE) => {
        if (file === undefined) return undefined;
        try {
          return parseTable(await readText(ctx.io, file), t, file);
        } catch (e) {
          if (!(e instanceof OfkitError)) throw e;
          issues.push(...e.issues);
          return undefined;
        }
      };
      const enrolmentRows = await table(enrolmentsCsv, ENROLMENTS_TABLE);
      const invoiceRows = await table(invoicesCsv, INVOICES_TABLE);
      const attendanceRows = await table(attendanceCsv, ATTENDANCE_TABLE);
      if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
      if (input === undefined && enrolmentRows === undefined) throw usageError('Donnez <input> (JSON ou dossier) ou --enrolments <csv>.', 'Give <input> (JSON or directory) or --enrolments <csv>.', ['<input>']);
      if (enrolmentRows || attendanceRows) {
        const existing = Array.isArray(data['enrolments']) ? (data['enrolments'] as unknown[]) : [];
        data['enrolments'] = enrolmentsFrom(enrolmentRows, attendanceRows, existing, attendanceCsv);
      }
      if (invoiceRows) data['invoices'] = invoiceRows;
      ctx.progress(tr(ctx.lang, 'Calcul du BPF…', 'Computing the BPF…'));
      const result = bpfAdapter(data);
      if (ctx.format === 'json') return { output: { kind: 'json', value: result } };
      if (ctx.format === 'csv') return { output: { kind: 'text', text: bpfToCsv(result, { format: 'fr', bom: ctx.options['bom'] === true }) } };
      return { output: asOutput(await render(ctx, bpfToDocument(result), ctx.format)) };
    },
  },
  {
    path: ['lheo'],
    args: ['<offer>'],
    summary: { fr: 'L’offre de formation au format LHÉO 2.3 (XML) (toLheoXml).', en: 'The training offer as LHÉO 2.3 XML (toLheoXml).' },
    formats: ['xml'],
    example: 'ofkit lheo examples/cli/data/lheo-offre.json',
    async run(ctx) {
      return { output: { kind: 'text', text: lheoAdapter(await readJson(ctx.io, ctx.args[0]!)) } };
    },
  },
];
