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
  documentInputsFromSession,
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
  type SessionDocument,
  type SessionRecords,
} from '@ofkit/docs-gen';
import { ATTENDANCE_TABLE, ENROLMENTS_TABLE, INVOICES_TABLE, TABLES, enrolmentsFrom, parseTable, template } from '../csv.js';
import { loadFonts } from '../fonts.js';
import { isDirectory, listDir, readJson, readText } from '../io.js';
import type { Command, CommandContext, CommandOutput, Format } from '../types.js';
import { dateOpt, isRecord, opt, tr, usageError } from '../util.js';

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

/** Adapter: `documentInputsFromSession` — the input of every document of a session from core records, with what is missing per document. */
export function sessionRecordsAdapter(records: unknown): SessionDocument[] {
  return documentInputsFromSession(records as SessionRecords);
}

/** Adapter: `convocationCalendar` (`@ofkit/docs-gen/ics`) from a convocation's input (its organisation, training, session and learner). */
export async function convocationIcsAdapter(input: unknown, issuedAt: string): Promise<string> {
  const { convocationCalendar } = await import('@ofkit/docs-gen/ics');
  const i = isRecord(input) ? input : {};
  return convocationCalendar({ organisation: i['organisation'], training: i['training'], session: i['session'], ...(i['learner'] !== undefined ? { learner: i['learner'] } : {}), issuedAt } as never);
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
  if (format === 'docx') {
    const { renderDocx } = await loadDocxRenderer();
    return renderDocx(doc);
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

/** As {@link loadPdfRenderer}, for `docx` (the other optional peer of docs-gen this package depends on). */
async function loadDocxRenderer(): Promise<typeof import('@ofkit/docs-gen/docx')> {
  try {
    return await import('@ofkit/docs-gen/docx');
  } catch (e) {
    if (/'docx'|"docx"|\bdocx\b.*(not found|Cannot find)/i.test(String((e as Error).message))) {
      throw new OfkitError('UNSUPPORTED', [
        issue(['--format'], 'docx_unavailable', 'Le rendu Word (docx) demande le paquet docx, introuvable depuis @ofkit/docs-gen : installez-le à côté (npm i -g docx@9.15.2 pour une installation globale).', 'Word (docx) rendering needs the docx package, which @ofkit/docs-gen cannot find: install it beside it (npm i -g docx@9.15.2 for a global install).'),
      ]);
    }
    throw e;
  }
}

const EXT: Partial<Record<Format, string>> = { html: 'html', md: 'md', pdf: 'pdf', json: 'json', docx: 'docx' };

/** `--issued-at` (ISO 8601 instant with offset) or now: the library reads no clock, the CLI may. */
function issuedAtOpt(ctx: CommandContext): string {
  const v = opt(ctx, 'issued-at');
  if (v === undefined) return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw usageError(`--issued-at : instant invalide « ${v} » (attendu aaaa-mm-jjThh:mm:ss+01:00 ou …Z).`, `--issued-at: invalid instant "${v}" (expected yyyy-mm-ddThh:mm:ss+01:00 or …Z).`, ['--issued-at']);
  }
  return v;
}

/** Core records of a session, one JSON file each: the layout of `ofkit docs session` (see the README). */
const RECORD_FILES = { organisation: true, training: true, session: true, learners: true, enrolments: true, trainers: false, attendance: false, client: false } as const;

/** True when the directory holds core records (session.json and organisation.json) rather than `{ kind, input }` files. */
function isRecordsDir(names: readonly string[]): boolean {
  return names.includes('session.json') && names.includes('organisation.json');
}

/** Reads the records directory into `documentInputsFromSession`'s input; every missing file is one issue. */
async function readSessionRecords(ctx: CommandContext, dir: string, names: readonly string[]): Promise<Record<string | symbol, unknown>> {
  const at = (n: string) => `${dir.replace(/\/$/, '')}/${n}`;
  const issues: OfkitIssue[] = [];
  const records: Record<string | symbol, unknown> = {};
  for (const [name, required] of Object.entries(RECORD_FILES)) {
    const file = `${name}.json`;
    if (names.includes(file)) records[name] = await readJson(ctx.io, at(file));
    else if (required) issues.push(issue([at(file)], 'file_not_found', `Fichier manquant : ${at(file)}.`, `Missing file: ${at(file)}.`));
  }
  if (names.includes('documents.json')) {
    const d = await readJson(ctx.io, at('documents.json'));
    if (!isRecord(d)) issues.push(issue([at('documents.json')], 'invalid_type', `${at('documents.json')} : un objet { date, signatory, documentFields } est attendu.`, `${at('documents.json')}: an object { date, signatory, documentFields } is expected.`));
    else {
      for (const k of ['date', 'signatory', 'documentFields']) if (d[k] !== undefined) records[k] = d[k];
      if (d['inputs'] !== undefined) {
        if (!isRecord(d['inputs']) || !Object.values(d['inputs']).every(isRecord)) issues.push(issue([at('documents.json'), 'inputs'], 'invalid_type', '« inputs » : un objet { "<type>" ou "<type>:<apprenant>": { champs } } est attendu.', '"inputs": an object { "<kind>" or "<kind>:<learner>": { fields } } is expected.'));
        else records[INPUTS] = d['inputs'];
      }
    }
  }
  const date = dateOpt(ctx, 'date');
  if (date !== undefined) records['date'] = date;
  if (records['date'] === undefined) issues.push(issue(['--date'], 'missing_date', 'Date des documents manquante : --date aaaa-mm-jj, ou « date » dans documents.json.', 'Date of the documents missing: --date yyyy-mm-dd, or "date" in documents.json.'));
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return records;
}

const INPUTS = Symbol('inputs');

/**
 * The documents of a session: `documentInputsFromSession`, then the fields `documents.json` gives
 * under `inputs` (by kind, then by key `kind:learnerId`) merged into each input, and what is still
 * missing computed again by `checkMentions` (or the schema's issues when the input is malformed).
 */
function completeSessionDocuments(records: Record<string | symbol, unknown>): Array<{ kind: DocumentKind; key: string; input: unknown; missing: string[] }> {
  const extra = (records[INPUTS] ?? {}) as Record<string, Record<string, unknown>>;
  const { [INPUTS]: _drop, ...plain } = records;
  void _drop;
  return sessionRecordsAdapter(plain).map((d) => {
    const add = { ...(extra[d.kind] ?? {}), ...(d.key !== d.kind ? (extra[d.key] ?? {}) : {}) };
    if (Object.keys(add).length === 0) return { kind: d.kind, key: d.key, input: d.input, missing: [...d.missing] };
    const input = { ...(d.input as Record<string, unknown>), ...add };
    let missing: string[];
    try {
      missing = checkDocumentAdapter(d.kind, input).filter((c) => c.status !== 'present').map((c) => formatPath(c.path) || c.code);
    } catch (e) {
      if (!(e instanceof OfkitError)) throw e;
      missing = e.issues.map((i) => formatPath(i.path));
    }
    return { kind: d.kind, key: d.key, input, missing };
  });
}

/** File name of a session document: its key, `convocation:L1` → `convocation-L1`. */
function docFileName(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]+/g, '-');
}

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
    options: {
      font: { fr: 'police TrueType (.ttf) pour le PDF (défaut : DejaVu Sans)', en: 'TrueType font (.ttf) for PDF (default: DejaVu Sans)' },
      'issued-at': { fr: 'ics (convocation) : instant d’émission du calendrier, aaaa-mm-jjThh:mm:ss+01:00 (défaut : maintenant)', en: 'ics (convocation): when the calendar is issued, yyyy-mm-ddThh:mm:ss+01:00 (default: now)' },
    },
    formats: ['json', 'html', 'md', 'pdf', 'docx', 'ics'],
    example: 'ofkit docs build facture examples/cli/data/facture.json --format pdf --out out/cli/facture.pdf',
    async run(ctx) {
      const kind = kindArg(ctx);
      const input = await readJson(ctx.io, ctx.args[1]!);
      if (ctx.format === 'ics') {
        if (kind !== 'convocation') throw usageError('Le format ics ne sert qu’à la convocation (le calendrier des créneaux de la session).', 'The ics format is for the convocation only (the calendar of the session’s slots).', ['--format']);
        const issuedAt = issuedAtOpt(ctx);
        buildDocumentAdapter(kind, input); // the convocation itself must be valid, mentions included
        return { output: { kind: 'text', text: await convocationIcsAdapter(input, issuedAt) } };
      }
      const doc = buildDocumentAdapter(kind, input);
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
      fr: 'Tous les documents d’une session à partir des données de gestion (documentInputsFromSession) : <dir> contient organisation.json, training.json, session.json, learners.json, enrolments.json et, s’il y a lieu, trainers.json, attendance.json, client.json, documents.json ({ date, signatory, documentFields, inputs : champs ajoutés par type ou par « type:apprenant » }). Chaque document complet est écrit dans le dossier --out ; ceux qui ne peuvent pas l’être sont listés avec ce qui manque, et le code de sortie est alors 1. (Ancien format accepté : un fichier { "kind", "input" } par document.)',
      en: 'Every document of a session from the management records (documentInputsFromSession): <dir> holds organisation.json, training.json, session.json, learners.json, enrolments.json and, where relevant, trainers.json, attendance.json, client.json, documents.json ({ date, signatory, documentFields, inputs: fields added per kind or per "kind:learner" }). Every complete document is written into the --out directory; those that cannot be are listed with what is missing, and the exit code is then 1. (Former layout accepted: one { "kind", "input" } file per document.)',
    },
    options: {
      date: { fr: 'date des documents émis avant la session (aaaa-mm-jj) ; sinon « date » de documents.json', en: 'date of the documents issued before the session (yyyy-mm-dd); else documents.json’s "date"' },
      font: { fr: 'police TrueType (.ttf) pour le PDF', en: 'TrueType font (.ttf) for PDF' },
    },
    formats: ['html', 'md', 'pdf', 'docx', 'json'],
    example: 'ofkit docs session examples/cli/data/session --format pdf --out out/cli/session',
    async run(ctx) {
      const dir = ctx.args[0]!;
      if (opt(ctx, 'out') === undefined) throw usageError('Option --out <dossier> requise : un fichier par document.', 'Option --out <directory> is required: one file per document.', ['--out']);
      const all = await listDir(ctx.io, dir);
      const ext = EXT[ctx.format]!;
      if (isRecordsDir(all)) {
        const docs = completeSessionDocuments(await readSessionRecords(ctx, dir, all));
        const files = [];
        const incomplete: string[] = [];
        for (const d of docs) {
          if (d.missing.length > 0) {
            incomplete.push(`  - ${d.key}${ctx.lang === 'fr' ? ' : à compléter — ' : ': to complete — '}${d.missing.join(', ')}`);
            continue;
          }
          ctx.progress(d.key);
          const doc = buildDocumentAdapter(d.kind, d.input);
          files.push({ name: `${docFileName(d.key)}.${ext}`, content: ctx.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : await render(ctx, doc, ctx.format) });
        }
        const head = tr(ctx.lang, `${files.length} document(s) écrit(s) sur ${docs.length}.`, `${files.length} of ${docs.length} document(s) written.`);
        const summary = incomplete.length === 0 ? head : `${head}\n${tr(ctx.lang, `${incomplete.length} document(s) incomplet(s), non écrit(s) :`, `${incomplete.length} incomplete document(s), not written:`)}\n${incomplete.join('\n')}`;
        return { output: { kind: 'files', files, summary }, exitCode: incomplete.length > 0 ? 1 : 0 };
      }
      const names = all.filter((n) => n.toLowerCase().endsWith('.json'));
      if (names.length === 0) throw new OfkitError('INVALID_INPUT', [issue([dir], 'empty_directory', `${dir} ne contient ni données de session (session.json, organisation.json…) ni fichier { "kind", "input" }.`, `${dir} holds neither session records (session.json, organisation.json…) nor { "kind", "input" } files.`)]);
      const jobs = [];
      for (const n of names) jobs.push({ name: n, data: await readJson(ctx.io, `${dir.replace(/\/$/, '')}/${n}`) });
      const docs = sessionDocumentsAdapter(jobs);
      const files = [];
      for (const d of docs) {
        ctx.progress(d.name);
        files.push({ name: `${d.name}.${ext}`, content: await render(ctx, d.doc, ctx.format) });
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
