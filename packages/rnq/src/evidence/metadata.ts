import type { IssuePath, OfkitIssue } from '@ofkit/core';
import { CivilDateSchema, isCivilDate } from '@ofkit/core/internal/base';
import { issue } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { EVIDENCE_KINDS, type EvidenceKind } from './catalogue.js';
import { PUBLIC_INFORMATION_FIELDS } from './public-information.js';
import { json } from '../shared/guard.js';

/**
 * The metadata each evidence kind may carry (issue 9 §2): one small spec per kind, from which both
 * the zod schema (`EVIDENCE_METADATA_SCHEMAS`, and the JSON Schema `rnqJsonSchema('metadata:<kind>')`)
 * and the single-pass checker used on `assessReadiness`'s hot path are derived, so they cannot
 * disagree. Unknown keys are errors (a typo must never silently become a non-conformity), with a
 * "did you mean" when a known key is close.
 */
type Spec =
  | { readonly t: 'string' }
  | { readonly t: 'boolean' }
  | { readonly t: 'date' }
  | { readonly t: 'count' }
  | { readonly t: 'rate' }
  | { readonly t: 'amount' }
  | { readonly t: 'enum'; readonly values: readonly string[] }
  | { readonly t: 'array'; readonly of: Spec }
  | { readonly t: 'object'; readonly fields: Fields };
type Fields = Readonly<Record<string, { readonly spec: Spec; readonly required?: boolean }>>;

const str: Spec = { t: 'string' };
const bool: Spec = { t: 'boolean' };
const date: Spec = { t: 'date' };
const count: Spec = { t: 'count' };
const rate: Spec = { t: 'rate' };
const opt = (spec: Spec) => ({ spec });
const req = (spec: Spec) => ({ spec, required: true });

/** Keys every kind may carry: how to find the document. */
const COMMON: Fields = { title: opt(str), url: opt(str), file: opt(str), note: opt(str), source: opt(str), reference: opt(str) };

const PUBLIC_FIELD_CODES: readonly string[] = /* @__PURE__ */ (() => [...new Set([...PUBLIC_INFORMATION_FIELDS['rnq-2019-v9'], ...PUBLIC_INFORMATION_FIELDS['rnq-2026']])])();
const topics = opt({ t: 'array', of: str });

/** Kind-specific keys (read by the evidence rules in `rules.ts`, or written by `assessDistanceLearning` and `evidenceFromCore`). */
const SPECIFIC: Partial<Record<EvidenceKind, Fields>> = /* @__PURE__ */ (() => ({
  emargement: {
    halfDays: opt({
      t: 'array',
      of: { t: 'object', fields: { date: req(date), period: req({ t: 'enum', values: ['morning', 'afternoon'] }), learnerSigned: req(bool), trainerSigned: req(bool) } },
    }),
  },
  programme: { fields: opt({ t: 'array', of: { t: 'enum', values: PUBLIC_FIELD_CODES } }) },
  'public-information': { fields: opt({ t: 'array', of: { t: 'enum', values: PUBLIC_FIELD_CODES } }) },
  'result-publication': {
    calculationMethod: opt(str),
    existingScheme: opt(str),
    l6111_8: opt(bool),
    passRate: opt(rate),
    presentationRate: opt(rate),
    satisfactionRate: opt(rate),
    ruptureRate: opt(rate),
    insertionRate: opt(rate),
    continuationRate: opt(rate),
    completionRate: opt(rate),
  },
  'complaint-log': {
    complaints: opt({ t: 'array', of: { t: 'object', fields: { id: opt(str), receivedOn: req(date), answeredOn: opt(date), subject: opt(str), answer: opt(str) } } }),
  },
  'subcontracting-contract': {
    cpf: opt(bool),
    signedOn: opt(date),
    written: opt(bool),
    subcontractor: opt(str),
    subcontractorCertified: opt(bool),
    microEntrepreneur: opt(bool),
    subcontractorRevenue: opt({ t: 'amount' }),
    rnqComplianceClause: opt(bool),
  },
  'trainer-cv': { trainerId: opt(str) },
  'disability-partner-network': { partners: opt({ t: 'array', of: str }) },
  'legal-watch': { topics },
  'jobs-watch': { topics },
  'pedagogical-watch': { topics },
  'veille-reglementaire': { from: opt(date), to: opt(date), changes: opt(count), openPoints: opt(count), topics },
  'lms-connection-log': { learners: opt(count), estimatedMinutes: opt(count), idleCutoffMinutes: opt({ t: 'rate' }) },
  'lms-completion-report': { planned: opt(count), completedTotal: opt(count), learners: opt(count) },
  'lms-assistance-log': { humanInteractions: opt(count), tutorStatements: opt(count), unanswered: opt(count) },
}))();

function fieldsOf(kind: EvidenceKind): Fields {
  return { ...COMMON, ...(SPECIFIC[kind] ?? {}) };
}

const RATE_RE = /^\d+(?:\.\d+)?$/;
const AMOUNT_RE = /^\d+(?:\.\d{1,2})?$/;

function toZod(spec: Spec): z.ZodType {
  switch (spec.t) {
    case 'string':
      return z.string();
    case 'boolean':
      return z.boolean();
    case 'date':
      return CivilDateSchema;
    case 'count':
      return z.number().int().min(0);
    case 'rate':
      return z.union([z.number().min(0), z.string().regex(RATE_RE)]);
    case 'amount':
      return z.union([z.number().min(0), z.string().regex(AMOUNT_RE)]);
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
    case 'array':
      return z.array(toZod(spec.of));
    case 'object':
      return objectZod(spec.fields);
  }
}

function objectZod(fields: Fields): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, f] of Object.entries(fields)) shape[k] = f.required ? toZod(f.spec) : toZod(f.spec).optional();
  return z.strictObject(shape);
}

/**
 * The zod schema of the metadata of each evidence kind (strict: unknown keys are refused).
 *
 * @example
 * ```ts
 * import { EVIDENCE_METADATA_SCHEMAS } from '@ofkit/rnq';
 * EVIDENCE_METADATA_SCHEMAS.emargement.safeParse({ halfDays: [{ date: '2026-03-02', period: 'morning', learnerSigned: true, trainerSigned: true }] }).success; // true
 * EVIDENCE_METADATA_SCHEMAS.emargement.safeParse({ halfdays: [] }).success; // false
 * ```
 */
export const EVIDENCE_METADATA_SCHEMAS: Readonly<Record<EvidenceKind, z.ZodType>> = /* @__PURE__ */ (() => {
  // Each schema is built on its first read, then stays (a plain property from then on): built at
  // import, these dozens of zod objects cost a Node process ~30 ms before its first call, even for
  // `assessReadiness`, which never reads them (issue 13, cold start).
  const out = {} as Record<EvidenceKind, z.ZodType>;
  for (const k of EVIDENCE_KINDS) {
    Object.defineProperty(out, k, {
      enumerable: true,
      configurable: true,
      get: () => {
        const schema = objectZod(fieldsOf(k));
        Object.defineProperty(out, k, { value: schema, enumerable: true, configurable: true, writable: true });
        return schema;
      },
    });
  }
  return out;
})();

/** Edit distance (case-insensitive), for "did you mean". */
function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The known key closest to `key` (at most 2 edits, or a third of its length), if any. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key, k);
    if (d < bestD) ((bestD = d), (best = k));
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TYPE_WORDS: Record<Spec['t'], [string, string]> = {
  string: ['un texte', 'a string'],
  boolean: ['un booléen (true ou false)', 'a boolean (true or false)'],
  date: ['une date AAAA-MM-JJ existante', 'an existing YYYY-MM-DD date'],
  count: ['un entier positif ou nul', 'a non-negative integer'],
  rate: ['un nombre positif ou nul (ou un texte décimal, ex. "92.5")', 'a non-negative number (or a decimal string, e.g. "92.5")'],
  amount: ['un montant positif (ex. "77700.00")', 'a non-negative amount (e.g. "77700.00")'],
  enum: ['une valeur de la liste', 'a value from the list'],
  array: ['un tableau', 'an array'],
  object: ['un objet', 'an object'],
};

// `path` is the parent's path and `key` the value's key in it: the value's own path (`[...path, key]`)
// is made only when there is an issue, not once per value checked (issue 13: `assessReadiness` checks
// the metadata of every evidence item).
function checkSpec(spec: Spec, v: unknown, path: IssuePath, key: string | number, add: (i: OfkitIssue) => void): void {
  const bad = () => {
    const [fr, en] = TYPE_WORDS[spec.t];
    const list = spec.t === 'enum' ? ` : ${spec.values.join(', ')}` : '';
    const listEn = spec.t === 'enum' ? `: ${spec.values.join(', ')}` : '';
    add(issue([...path, key], spec.t === 'enum' ? 'invalid_value' : 'invalid_type', `Attendu ${fr}${list}, reçu ${json(v)}.`, `Expected ${en}${listEn}, got ${json(v)}.`));
  };
  switch (spec.t) {
    case 'string':
      return void (typeof v === 'string' || bad());
    case 'boolean':
      return void (typeof v === 'boolean' || bad());
    case 'date':
      return void (isCivilDate(v) || bad());
    case 'count':
      return void ((typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || bad());
    case 'rate':
      return void ((typeof v === 'number' && Number.isFinite(v) && v >= 0) || (typeof v === 'string' && RATE_RE.test(v)) || bad());
    case 'amount':
      return void ((typeof v === 'number' && Number.isFinite(v) && v >= 0) || (typeof v === 'string' && AMOUNT_RE.test(v)) || bad());
    case 'enum':
      return void ((typeof v === 'string' && spec.values.includes(v)) || bad());
    case 'array':
      if (!Array.isArray(v)) return bad();
      for (let i = 0, here = [...path, key]; i < v.length; i++) checkSpec(spec.of, v[i], here, i, add);
      return;
    case 'object':
      if (!isObj(v)) return bad();
      checkFields(spec.fields, v, [...path, key], add);
  }
}

/** The keys of a set of fields, listed once per set (not once per value checked). */
const KEYS = /* @__PURE__ */ new WeakMap<Fields, string[]>();
function keysOf(fields: Fields): string[] {
  let k = KEYS.get(fields);
  if (k === undefined) KEYS.set(fields, (k = Object.keys(fields)));
  return k;
}

function checkFields(fields: Fields, v: Record<string, unknown>, path: IssuePath, add: (i: OfkitIssue) => void, kind?: string): void {
  const known = keysOf(fields);
  for (const k of Object.keys(v)) {
    const f = fields[k];
    if (f === undefined || !Object.prototype.hasOwnProperty.call(fields, k)) {
      const near = closestKey(k, known);
      const where = kind !== undefined ? ` pour « ${kind} »` : '';
      const whereEn = kind !== undefined ? ` for "${kind}"` : '';
      add(
        issue(
          [...path, k],
          'unrecognized_key',
          `Clé inconnue « ${k} »${where}${near !== undefined ? ` : vouliez-vous dire « ${near} » ?` : ` (clés possibles : ${known.join(', ')}).`}`,
          `Unknown key "${k}"${whereEn}${near !== undefined ? `: did you mean "${near}"?` : ` (known keys: ${known.join(', ')}).`}`,
        ),
      );
      continue;
    }
    const x = v[k];
    if (x === undefined) continue;
    checkSpec(f.spec, x, path, k, add);
  }
  for (const k of known) if (fields[k]!.required && v[k] === undefined) add(issue([...path, k], 'invalid_type', 'Champ requis.', 'Required field.'));
}

/**
 * Checks the metadata of an evidence item of `kind` (single pass, same rules as
 * {@link EVIDENCE_METADATA_SCHEMAS}), adding one issue per problem under `path`.
 */
export function checkMetadata(kind: EvidenceKind, metadata: Record<string, unknown>, path: IssuePath, add: (i: OfkitIssue) => void): void {
  checkFields(fieldsOfKind(kind), metadata, path, add, kind);
}

/** {@link fieldsOf}, merged once per kind. */
const FIELDS_OF_KIND = /* @__PURE__ */ new Map<string, Fields>();
const fieldsOfKind = (kind: EvidenceKind): Fields => FIELDS_OF_KIND.get(kind) ?? FIELDS_OF_KIND.set(kind, fieldsOf(kind)).get(kind)!;

/** The known metadata keys of a kind (for docs and messages). */
export function metadataKeys(kind: EvidenceKind): string[] {
  return Object.keys(fieldsOf(kind));
}
