/**
 * `ofkit qualiopi indicators|readiness|calendar` and `ofkit lms distance`: @ofkit/rnq from a shell.
 * Each library call is one adapter function (re-wired by the lead when the library changes).
 */
import {
  applicableIndicators,
  assessDistanceLearningAsync,
  assessReadiness,
  auditCycle,
  nonConformityDeadlines,
  readinessToMarkdown,
  type ApplicabilityOptions,
  type AuditCycleInput,
  type DistanceLearningResult,
  type DistanceSession,
  type EvidenceSet,
  type NonConformityInput,
  type OfProfile,
  type ReadinessOptions,
  type ReadinessResult,
  type Trace,
} from '@ofkit/rnq';
import { EVIDENCE_TABLE, parseTable, template } from '../csv.js';
import { parseJsonText, readJson, readLines, readText } from '../io.js';
import { JsonElementStream } from '../json-stream.js';
import type { Command, CommandContext, CommandResult } from '../types.js';
import { dateOpt, isRecord, opt, tr, usageError } from '../util.js';
import { OfkitError } from '@ofkit/core';
import { formatPath, issue } from '@ofkit/core/internal';

/** Adapter: `applicableIndicators`. */
export function indicatorsAdapter(profile: unknown, options: ApplicabilityOptions): ReturnType<typeof applicableIndicators> {
  return applicableIndicators(profile as OfProfile, options);
}

/** Adapter: `assessReadiness`. */
export function readinessAdapter(profile: unknown, evidence: unknown, options: ReadinessOptions): ReadinessResult {
  return assessReadiness(profile as OfProfile, evidence as EvidenceSet, options);
}

/** Adapter: `auditCycle`. */
export function auditCycleAdapter(input: unknown): ReturnType<typeof auditCycle> {
  return auditCycle(input as AuditCycleInput);
}

/** Adapter: `nonConformityDeadlines`. */
export function nonConformityAdapter(input: unknown): ReturnType<typeof nonConformityDeadlines> {
  return nonConformityDeadlines(input as NonConformityInput);
}

/**
 * Adapter: `assessDistanceLearningAsync`. The statements are passed through as an async iterable,
 * read line by line (NDJSON) or element by element (JSON document): the library holds its running
 * totals, never the whole export. Invalid statements are listed in the result's `rejected` (or, with
 * `strict`, make the call throw one `OfkitError` listing every issue).
 */
export async function distanceAdapter(statements: AsyncIterable<unknown>, session: unknown, options: { strict?: boolean } = {}): Promise<DistanceLearningResult> {
  return assessDistanceLearningAsync(statements as AsyncIterable<Trace>, session as DistanceSession, options.strict ? { strict: true } : {});
}

/** The distance-learning result as text: totals per learner, gaps, warnings and every rejected statement listed. */
export function distanceText(r: DistanceLearningResult, lang: 'fr' | 'en'): string {
  const fr = lang === 'fr';
  const t = r.totals;
  const lines = [
    fr ? `Session ${r.sessionId} : ${t.statements} trace(s) reçue(s), ${t.accepted} retenue(s), ${t.rejected} rejetée(s), ${t.duplicates} doublon(s), ${t.voided} annulée(s).`
      : `Session ${r.sessionId}: ${t.statements} trace(s) received, ${t.accepted} read, ${t.rejected} rejected, ${t.duplicates} duplicate(s), ${t.voided} voided.`,
    '',
    fr ? `Apprenants (${r.learners.length}) :` : `Learners (${r.learners.length}):`,
    ...r.learners.map((l) =>
      fr
        ? `  - ${l.displayName ?? l.learnerId} (${l.learnerId}) : ${l.events} trace(s), ${l.estimatedMinutes} min estimées, activités ${l.activitiesCompleted}/${l.activitiesPlanned}, évaluations ${l.assessmentsCompleted}/${l.assessmentsPlanned}`
        : `  - ${l.displayName ?? l.learnerId} (${l.learnerId}): ${l.events} trace(s), ${l.estimatedMinutes} min estimated, activities ${l.activitiesCompleted}/${l.activitiesPlanned}, assessments ${l.assessmentsCompleted}/${l.assessmentsPlanned}`,
    ),
  ];
  if (r.gaps.length > 0) lines.push('', fr ? 'Écarts (D. 6313-3-1) :' : 'Gaps (D. 6313-3-1):', ...r.gaps.map((g) => `  - ${g}`));
  if (r.warnings.length > 0) lines.push('', fr ? 'Avertissements :' : 'Warnings:', ...r.warnings.map((w) => `  - ${fr ? w.message : w.messageEn}`));
  if (t.rejected > 0) {
    lines.push('', fr ? `Traces rejetées (${t.rejected}${r.rejected.length < t.rejected ? `, ${r.rejected.length} premières listées` : ''}) :` : `Rejected statements (${t.rejected}${r.rejected.length < t.rejected ? `, first ${r.rejected.length} listed` : ''}):`);
    for (const x of r.rejected) {
      const why = x.issues.map((i) => `${formatPath(i.path) || '·'}${fr ? ' : ' : ': '}${fr ? i.message : i.messageEn}`).join(' ; ');
      lines.push(`  - n° ${x.index}${x.id ? ` (${x.id})` : ''}${fr ? ' : ' : ': '}${why}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const AUDIT_TYPES = ['initial', 'surveillance', 'renewal'] as const;

function auditTypeOpt(ctx: CommandContext, fallback: unknown): ReadinessOptions['auditType'] {
  const v = opt(ctx, 'audit-type') ?? (typeof fallback === 'string' ? fallback : undefined);
  if (v === undefined) return undefined;
  if (!(AUDIT_TYPES as readonly string[]).includes(v)) {
    throw usageError(`--audit-type : « ${v} » inconnu ; valeurs : ${AUDIT_TYPES.join(', ')}.`, `--audit-type: unknown "${v}"; values: ${AUDIT_TYPES.join(', ')}.`, ['--audit-type']);
  }
  return v as ReadinessOptions['auditType'];
}

/** A profile file: the profile itself, or `{ profile, auditDate?, auditType? }` as in examples/data/rnq. */
function unwrapProfile(data: unknown): { profile: unknown; auditDate?: unknown; auditType?: unknown; evidence?: unknown } {
  if (isRecord(data) && isRecord(data['profile'])) return { profile: data['profile'], auditDate: data['auditDate'], auditType: data['auditType'], evidence: data['evidence'] };
  return { profile: data };
}

function auditDateOf(ctx: CommandContext, fallback: unknown): string {
  const d = dateOpt(ctx, 'date') ?? (typeof fallback === 'string' ? fallback : undefined);
  if (d === undefined) throw usageError('Option --date requise (date de l’audit, aaaa-mm-jj).', 'Option --date is required (audit date, yyyy-mm-dd).', ['--date']);
  return d;
}

function isCsv(file: string, text: string): boolean {
  if (/\.(csv|tsv|txt)$/i.test(file)) return true;
  if (/\.json$/i.test(file)) return false;
  const first = text.trimStart()[0];
  return first !== '{' && first !== '[';
}

/**
 * Reads xAPI statements as a stream, with one statement in memory at a time: NDJSON (one statement per
 * line) line by line; a JSON array, an LRS StatementResult (`{ "statements": [...] }`) or a
 * `{ session, traces }` file through {@link JsonElementStream}, element by element.
 */
async function* readStatements(ctx: CommandContext, file: string): AsyncGenerator<unknown> {
  let lineNo = 0;
  let mode: 'ndjson' | 'document' | undefined;
  const doc = new JsonElementStream(file);
  const issues: ReturnType<typeof issue>[] = [];
  let count = 0;
  const tick = () => {
    count += 1;
    if (count % 100_000 === 0) ctx.progress(tr(ctx.lang, `${count} déclarations lues…`, `${count} statements read…`));
  };
  for await (const line of readLines(ctx.io, file)) {
    lineNo += 1;
    if (mode === undefined) {
      const t = line.trimStart();
      if (t === '') continue;
      mode = t.startsWith('{') && isCompleteJson(t) ? 'ndjson' : 'document';
    }
    if (mode === 'document') {
      for (const s of doc.push(`${line}\n`)) {
        yield s;
        tick();
      }
      continue;
    }
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line) as unknown;
    } catch {
      if (issues.length < 100) issues.push(issue([file, lineNo], 'invalid_json', `Ligne ${lineNo} : ce n’est pas du JSON valide.`, `Line ${lineNo}: not valid JSON.`));
      continue;
    }
    // A one-line StatementResult is a document, not one statement.
    if (isRecord(value) && Array.isArray(value['statements']) && !('actor' in value)) {
      yield* value['statements'] as unknown[];
      continue;
    }
    yield value;
    tick();
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  if (mode === 'document') doc.end();
  if (mode === undefined) throw new OfkitError('INVALID_INPUT', [issue([file], 'empty_input', `${file} est vide : des déclarations xAPI sont attendues.`, `${file} is empty: xAPI statements are expected.`)]);
}

function isCompleteJson(t: string): boolean {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

export const qualiopiCommands: Command[] = [
  {
    path: ['qualiopi', 'indicators'],
    args: ['<profile>'],
    summary: { fr: 'Indicateurs Qualiopi applicables à un OF à la date de l’audit (applicableIndicators).', en: 'Qualiopi indicators applicable to an OF on the audit date (applicableIndicators).' },
    options: {
      date: { fr: 'date de l’audit (aaaa-mm-jj) ; sinon « auditDate » du fichier', en: 'audit date (yyyy-mm-dd); else the file’s "auditDate"' },
      'audit-type': { fr: 'initial, surveillance ou renewal', en: 'initial, surveillance or renewal' },
      'include-excluded': { fr: 'liste aussi les indicateurs exclus, avec la raison', en: 'also list the excluded indicators, with why' },
    },
    formats: ['json', 'text'],
    example: 'ofkit qualiopi indicators examples/data/rnq/micro-of.json --date 2026-11-24 --format text',
    async run(ctx) {
      const w = unwrapProfile(await readJson(ctx.io, ctx.args[0]!));
      const auditType = auditTypeOpt(ctx, w.auditType);
      const result = indicatorsAdapter(w.profile, {
        auditDate: auditDateOf(ctx, w.auditDate),
        ...(auditType ? { auditType } : {}),
        ...(ctx.options['include-excluded'] === true ? { includeExcluded: true } : {}),
      });
      if (ctx.format === 'text') {
        const lines = [`${result.referential.label} — ${tr(ctx.lang, 'audit', 'audit')} ${result.auditType} ${result.auditDate}`, ...result.indicators.map((i) => `${String(i.number).padStart(2)}  ${i.title}`)];
        return { output: { kind: 'text', text: `${lines.join('\n')}\n` } };
      }
      return { output: { kind: 'json', value: result } };
    },
  },
  {
    path: ['qualiopi', 'readiness'],
    args: ['[evidence]'],
    minArgs: 0,
    summary: {
      fr: 'Préparation à l’audit : couverture des indicateurs par les preuves (assessReadiness). Preuves en JSON ou en tableau de suivi CSV.',
      en: 'Audit readiness: indicator coverage by the evidence (assessReadiness). Evidence as JSON or as the follow-up spreadsheet (CSV).',
    },
    options: {
      profile: { fr: 'fichier JSON du profil de l’OF (sinon « profile » du fichier de preuves)', en: 'JSON file of the OF profile (else the evidence file’s "profile")' },
      date: { fr: 'date de l’audit (aaaa-mm-jj)', en: 'audit date (yyyy-mm-dd)' },
      'audit-type': { fr: 'initial, surveillance ou renewal', en: 'initial, surveillance or renewal' },
      template: { fr: 'écrit le modèle du tableau de suivi (evidence) : en-têtes et une ligne d’exemple', en: 'writes the follow-up spreadsheet template (evidence): headers and one example row' },
    },
    formats: ['json', 'md', 'csv'],
    example: 'ofkit qualiopi readiness examples/cli/data/qualiopi-preuves.csv --profile examples/data/rnq/micro-of.json --format md',
    async run(ctx) {
      const tpl = opt(ctx, 'template');
      if (tpl !== undefined) {
        if (tpl !== 'evidence') throw usageError(`--template : « ${tpl} » inconnu ; valeur : evidence.`, `--template: unknown "${tpl}"; value: evidence.`, ['--template']);
        return { output: { kind: 'text', text: template(EVIDENCE_TABLE) } };
      }
      if (ctx.format === 'csv') throw usageError('Le format csv sert au modèle : --template evidence.', 'The csv format is for the template: --template evidence.', ['--format']);
      const file = ctx.args[0];
      if (file === undefined) throw usageError('Fichier de preuves manquant.', 'Missing evidence file.', ['<evidence>']);
      const text = await readText(ctx.io, file);
      let w: ReturnType<typeof unwrapProfile>;
      let evidence: unknown;
      if (isCsv(file, text)) {
        w = { profile: undefined };
        evidence = { items: parseTable(text, EVIDENCE_TABLE, file) };
      } else {
        const data = parseJsonText(text, file);
        w = unwrapProfile(data);
        evidence = w.evidence ?? data;
        if (w.evidence === undefined) w = { profile: undefined };
      }
      const profileFile = opt(ctx, 'profile');
      if (profileFile !== undefined) {
        const p = unwrapProfile(await readJson(ctx.io, profileFile));
        w = { ...w, profile: p.profile, auditDate: w.auditDate ?? p.auditDate, auditType: w.auditType ?? p.auditType };
      }
      if (w.profile === undefined) throw usageError('Profil de l’OF manquant : --profile <fichier>.', 'Missing OF profile: --profile <file>.', ['--profile']);
      const auditType = auditTypeOpt(ctx, w.auditType);
      const result = readinessAdapter(w.profile, evidence, { auditDate: auditDateOf(ctx, w.auditDate), ...(auditType ? { auditType } : {}) });
      if (ctx.format === 'md') return { output: { kind: 'text', text: readinessToMarkdown(result) } };
      return { output: { kind: 'json', value: result } };
    },
  },
  {
    path: ['qualiopi', 'calendar'],
    args: ['[file]'],
    minArgs: 0,
    summary: {
      fr: 'Cycle de certification (surveillance, renouvellement : auditCycle) ou délais d’une non-conformité (nonConformityDeadlines).',
      en: 'Certification cycle (surveillance, renewal: auditCycle) or the deadlines of a non-conformity (nonConformityDeadlines).',
    },
    options: {
      'certification-date': { fr: 'date du certificat (aaaa-mm-jj) : cycle d’audit', en: 'certificate date (yyyy-mm-dd): audit cycle' },
      date: { fr: 'date pour situer le cycle (ce qui vient ensuite)', en: 'date to situate the cycle (what is due next)' },
      'window-reading': { fr: 'lecture de la fenêtre de surveillance : strict, ordinal ou elapsed', en: 'surveillance window reading: strict, ordinal or elapsed' },
      'notified-on': { fr: 'date de notification d’une non-conformité (aaaa-mm-jj)', en: 'date a non-conformity was notified (yyyy-mm-dd)' },
      grade: { fr: 'gravité de la non-conformité : minor ou major', en: 'grade of the non-conformity: minor or major' },
      'audit-type': { fr: 'type de l’audit de la non-conformité : initial, surveillance, renewal', en: 'type of the audit of the non-conformity: initial, surveillance, renewal' },
    },
    formats: ['json'],
    example: 'ofkit qualiopi calendar --certification-date 2025-03-14 --date 2026-12-05',
    async run(ctx) {
      let input: Record<string, unknown>;
      if (ctx.args[0] !== undefined) {
        const data = await readJson(ctx.io, ctx.args[0]);
        input = isRecord(data) ? { ...data } : { value: data };
      } else input = {};
      const cert = dateOpt(ctx, 'certification-date');
      const notified = dateOpt(ctx, 'notified-on');
      const asOf = dateOpt(ctx, 'date');
      if (cert !== undefined) input['certificationDate'] = cert;
      if (asOf !== undefined) input['asOf'] = asOf;
      const reading = opt(ctx, 'window-reading');
      if (reading !== undefined) input['windowReading'] = reading;
      if (notified !== undefined) input['notifiedOn'] = notified;
      const grade = opt(ctx, 'grade');
      if (grade !== undefined) input['grade'] = grade;
      const at = opt(ctx, 'audit-type');
      if (at !== undefined) input['auditType'] = auditTypeOpt(ctx, undefined);
      const isNc = 'notifiedOn' in input || 'grade' in input;
      const isCycle = 'certificationDate' in input;
      if (isNc && isCycle) throw usageError('Donnez soit un cycle (--certification-date), soit une non-conformité (--notified-on, --grade), pas les deux.', 'Give either a cycle (--certification-date) or a non-conformity (--notified-on, --grade), not both.');
      if (!isNc && !isCycle) throw usageError('Donnez --certification-date (cycle d’audit) ou --notified-on et --grade (non-conformité), ou un fichier.', 'Give --certification-date (audit cycle) or --notified-on and --grade (non-conformity), or a file.');
      if (isNc) {
        delete input['asOf'];
        return { output: { kind: 'json', value: nonConformityAdapter(input) } };
      }
      return { output: { kind: 'json', value: auditCycleAdapter(input) } };
    },
  },
  {
    path: ['lms', 'distance'],
    args: ['<statements>'],
    summary: {
      fr: 'Preuves de formation à distance à partir des traces xAPI : tableau JSON, StatementResult d’un LRS ou NDJSON, lus en flux, mémoire bornée (assessDistanceLearningAsync). Les traces invalides sont écartées et listées.',
      en: 'Distance-learning evidence from xAPI traces: JSON array, LRS StatementResult or NDJSON, read as a stream in bounded memory (assessDistanceLearningAsync). Invalid statements are left out and listed.',
    },
    options: {
      session: { fr: 'fichier JSON de la session (activités prévues, tuteurs), requis', en: 'JSON file of the session (planned activities, tutors), required' },
      strict: { fr: 'toute trace invalide fait échouer la commande (code 2) au lieu d’être écartée', en: 'any invalid statement fails the command (exit 2) instead of being left out' },
    },
    formats: ['json', 'text'],
    example: 'ofkit lms distance examples/data/rnq/micro-of-xapi.json --session examples/data/rnq/micro-of-xapi.json',
    async run(ctx) {
      const sessionFile = opt(ctx, 'session');
      if (sessionFile === undefined) throw usageError('Option --session requise (fichier JSON de la session).', 'Option --session is required (JSON file of the session).', ['--session']);
      let session = await readJson(ctx.io, sessionFile);
      // A file { session, traces } (examples/data/rnq/micro-of-xapi.json) gives its session.
      if (isRecord(session) && isRecord(session['session']) && Array.isArray(session['traces'])) session = session['session'];
      const result = await distanceAdapter(readStatements(ctx, ctx.args[0]!), session, { strict: ctx.options['strict'] === true });
      if (ctx.format === 'text') return { output: { kind: 'text', text: distanceText(result, ctx.lang) } };
      return { output: { kind: 'json', value: result } };
    },
  },
];
