/**
 * `lawChanges`: what changed in the law between two dates, as data. The parameters of one or several
 * rule sets are read as timelines (the value in force each day, an override winning over the shipped
 * law for its period, as {@link valueAt} does) and every day on which the value in force differs from
 * the day before is reported. Principle 1 of ../shared/design/ARCHITECTURE.md (law as dated data,
 * OpenFisca's parameters as the model) and principle 3 (a host's overrides).
 *
 * @module
 */
import * as z from 'zod';
import { CivilDateSchema, addDaysUnchecked, type CivilDate } from '../calendar/civil-date.js';
import { OfkitError, issue, type OfkitIssue } from '../errors/ofkit-error.js';
import { bilingual, parseInput } from '../errors/validate.js';
import { toPlainInputAt } from '../errors/plain.js';
import type { RuleSet } from './rule-set.js';
import type { DatedValue, LegalRef, Parameter, ParameterStatus, ValueOrigin } from './types.js';
import { lazy } from '../errors/lazy.js';

/** One dated value as a change reports it (the value before or after the change). */
export interface LawChangeValue {
  readonly value: unknown;
  readonly from: CivilDate;
  readonly to?: CivilDate;
  readonly status: ParameterStatus;
  readonly references: readonly LegalRef[];
  /** French note, if any. */
  readonly note?: string;
  /** English note, when the value has one. */
  readonly noteEn?: string;
  /** `override` when the value was supplied by the host with `overrideRules`. */
  readonly origin: ValueOrigin;
}

/**
 * What kind of change:
 * - `started`: the parameter had no value in force the day before (a new rule);
 * - `changed`: another dated value took over (see `valueChanged`/`statusChanged`: a new text can keep
 *   the same value);
 * - `ended`: the last value stopped and nothing replaces it (a rule repealed).
 */
export type LawChangeKind = 'started' | 'changed' | 'ended';

/** One change of a parameter in force: the day it took effect, before and after. */
export interface LawChange {
  /** First day on which the new situation is in force. */
  readonly date: CivilDate;
  readonly kind: LawChangeKind;
  /** Parameter id, e.g. `cpf.order.scheme`. */
  readonly parameter: string;
  /** French label of the parameter. */
  readonly label: string;
  /** English label of the parameter, when it has one (every shipped parameter does). */
  readonly labelEn?: string;
  readonly unit?: string;
  /** The key of the parameter in its rule set (what `overrideRules` takes). */
  readonly key: string;
  /** The value in force the day before (absent for `started`). */
  readonly before?: LawChangeValue;
  /** The value in force from `date` (absent for `ended`). */
  readonly after?: LawChangeValue;
  /** True when the value itself differs (false when only the text, the status or the origin did). */
  readonly valueChanged: boolean;
  readonly statusBefore?: ParameterStatus;
  readonly statusAfter?: ParameterStatus;
  readonly statusChanged: boolean;
  /** References of the new value (of the value that ended, for `ended`). */
  readonly references: readonly LegalRef[];
  /** Note of the new value (of the value that ended, for `ended`), if any. */
  readonly note?: string;
  /** The same note in English, when the value has one. */
  readonly noteEn?: string;
  /** `override` when the new value (the ended value, for `ended`) comes from the host. */
  readonly origin: ValueOrigin;
}

/** Options of {@link lawChanges}. */
export interface LawChangesOptions {
  /** Keep only parameters whose id starts with one of these prefixes (e.g. `['cpf.', 'rnq.']`). */
  readonly prefixes?: readonly string[];
}

const StatusSchema = /* @__PURE__ */ lazy(() => z.enum(['confirmed', 'provisional', 'disputed']));
/** An English text of a parameter (`labelEn`, `noteEn`): a non-blank string, as defineParameter checks. */
const EnglishSchema = /* @__PURE__ */ lazy(() => z.string().regex(/\S/));
const RefSchema = /* @__PURE__ */ lazy(() => z.object({ source: z.string(), article: z.string(), title: z.string() }).loose());
const ParameterSchema = /* @__PURE__ */ lazy(() =>
  z.object({
    id: z.string().min(1),
    label: z.string(),
    labelEn: EnglishSchema().optional(),
    unit: z.string().optional(),
    values: z
      .array(
        z.object({
          from: CivilDateSchema,
          to: CivilDateSchema.optional(),
          value: z.unknown(),
          status: StatusSchema(),
          references: z.array(RefSchema()),
          note: z.string().optional(),
          noteEn: EnglishSchema().optional(),
          origin: z.enum(['law', 'override']).optional(),
        })
          // As defineParameter: an English note translates a French one (French first).
          .refine((v) => v.noteEn === undefined || (typeof v.note === 'string' && v.note !== ''), {
            message: bilingual('noteEn sans note : la note en anglais traduit la note en français, donnez les deux.', 'noteEn without note: the English note translates the French one, give both.'),
            path: ['noteEn'],
            params: { code: 'note_en_without_note' },
          }),
      )
      .min(1),
  }));
const RuleSetSchema = /* @__PURE__ */ lazy(() => z.record(z.string(), ParameterSchema()));
const OptionsSchema = /* @__PURE__ */ lazy(() => z.object({ prefixes: z.array(z.string().min(1)).optional() }).strict());

/** The issues of `value` against `schema` (with French and English messages), or none. */
function collect(schema: z.ZodType, value: unknown, path: Array<string | number>): readonly OfkitIssue[] {
  try {
    parseInput(schema, value, path);
    return [];
  } catch (e) {
    if (e instanceof OfkitError) return e.issues;
    throw e;
  }
}

function isRuleSetList(x: unknown): x is readonly unknown[] {
  return Array.isArray(x);
}

/** Validates the input; returns the (original) parameters with their keys, or throws every issue. */
function checkInput(ruleSets: unknown, from: unknown, to: unknown, options: unknown): Array<{ key: string; p: Parameter<unknown> }> {
  const problems: OfkitIssue[] = [];
  // A plain copy (shared parameter objects stay shared): getters, proxies and cycles become issues.
  ruleSets = toPlainInputAt(ruleSets, ['ruleSets']);
  const sets = isRuleSetList(ruleSets) ? ruleSets : [ruleSets];
  const base = isRuleSetList(ruleSets) ? (i: number): Array<string | number> => ['ruleSets', i] : (): Array<string | number> => ['ruleSets'];
  if (sets.length === 0) {
    problems.push(issue(['ruleSets'], 'empty', 'Au moins un jeu de règles est requis.', 'At least one rule set is required.'));
  }
  sets.forEach((set, i) => {
    problems.push(...collect(RuleSetSchema(), set, base(i)));
  });
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    const r = CivilDateSchema.safeParse(value);
    if (!r.success) {
      problems.push(issue([name], 'invalid_date', `Date invalide : ${typeof value === 'string' ? value.slice(0, 40) : typeof value} (AAAA-MM-JJ attendu).`, `Invalid date: ${typeof value === 'string' ? value.slice(0, 40) : typeof value} (YYYY-MM-DD expected).`));
    }
  }
  if (problems.every((p) => p.path[0] !== 'from' && p.path[0] !== 'to') && (to as string) < (from as string)) {
    problems.push(issue(['to'], 'end_before_start', `La fin de la période (${String(to)}) précède son début (${String(from)}).`, `The end of the period (${String(to)}) is before its start (${String(from)}).`));
  }
  problems.push(...collect(OptionsSchema(), options ?? {}, ['options']));
  if (problems.length > 0) throw new OfkitError('INVALID_INPUT', problems);

  const out: Array<{ key: string; p: Parameter<unknown> }> = [];
  const seen = new Map<string, Parameter<unknown>>();
  sets.forEach((set, i) => {
    for (const [key, p] of Object.entries(set as RuleSet)) {
      const prev = seen.get(p.id);
      if (prev === p) continue; // the same parameter object given twice: read once
      if (prev) {
        problems.push(
          issue(
            [...base(i), key],
            'duplicate_parameter',
            `Le paramètre ${p.id} figure dans deux jeux de règles différents (passez soit le jeu d'origine, soit le jeu dérivé).`,
            `Parameter ${p.id} appears in two different rule sets (pass either the original or the derived set).`,
          ),
        );
        continue;
      }
      seen.set(p.id, p);
      out.push({ key, p });
    }
  });
  if (problems.length > 0) throw new OfkitError('INVALID_INPUT', problems);
  return out;
}

function inForce<T>(values: readonly DatedValue<T>[], date: CivilDate): DatedValue<T> | undefined {
  let law: DatedValue<T> | undefined;
  for (const v of values) {
    if (v.from <= date && (v.to === undefined || date <= v.to)) {
      if (v.origin === 'override') return v;
      law ??= v;
    }
  }
  return law;
}

function view(v: DatedValue<unknown>): LawChangeValue {
  return {
    value: v.value,
    from: v.from,
    ...(v.to !== undefined ? { to: v.to } : {}),
    status: v.status,
    references: v.references,
    ...(v.note !== undefined ? { note: v.note } : {}),
    ...(v.noteEn !== undefined ? { noteEn: v.noteEn } : {}),
    origin: v.origin ?? 'law',
  };
}

/** Structural equality of two parameter values (JSON-like data: strings, numbers, arrays, objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Every change of a parameter in force between `from` and `to` (both inclusive), across one or
 * several rule sets: the day it took effect, the parameter (id, French label, English label when it
 * has one, key), the value before and after (or the value that started or ended), the status before
 * and after, the references and note (French, and English when given) of the new value, and whether
 * it came from the host (`origin: 'override'`,
 * values added with `overrideRules`). Ordered by date, then parameter id.
 *
 * A change is a day `d` on which the value in force differs from the one in force on `d - 1`
 * (the value an override supplies wins over the shipped law for its period, as in `valueAt`). A new
 * dated value that keeps the same amount (a new version of the article, a status that changes) is
 * a change with `valueChanged: false`.
 *
 * Throws {@link OfkitError} `INVALID_INPUT` with every issue for a malformed rule set, a date that
 * does not exist, `to` before `from`, unknown options, or one parameter id in two different rule sets.
 *
 * @example
 * ```ts
 * import { defineRuleSet, lawChanges } from '@ofkit/core';
 * const rules = defineRuleSet({
 *   amount: { id: 'cpf.participation.amount', label: 'Participation forfaitaire', unit: 'EUR', values: [
 *     { from: '2025-01-01', to: '2025-12-31', value: '102.23', status: 'provisional', references: [] },
 *     { from: '2026-01-01', value: '103.20', status: 'provisional', references: [] },
 *   ] },
 * });
 * const changes = lawChanges(rules, '2026-01-01', '2026-12-31');
 * changes.length; // 1
 * changes[0]?.date; // '2026-01-01'
 * changes[0]?.before?.value; // '102.23'
 * changes[0]?.after?.value; // '103.20'
 * lawChanges(rules, '2026-02-01', '2026-12-31').length; // 0
 * ```
 */
export function lawChanges(
  ruleSets: RuleSet | readonly RuleSet[],
  from: CivilDate,
  to: CivilDate,
  options: LawChangesOptions = {},
): LawChange[] {
  options = toPlainInputAt(options, ['options']) as LawChangesOptions;
  const params = checkInput(ruleSets, from, to, options);
  const prefixes = options.prefixes;
  const out: LawChange[] = [];
  for (const { key, p } of params) {
    if (prefixes && !prefixes.some((x) => p.id.startsWith(x))) continue;
    const boundaries = new Set<CivilDate>();
    for (const v of p.values) {
      if (v.from >= from && v.from <= to) boundaries.add(v.from);
      if (v.to !== undefined) {
        const next = addDaysUnchecked(v.to, 1);
        if (next >= from && next <= to) boundaries.add(next);
      }
    }
    for (const date of [...boundaries].sort()) {
      const b = inForce(p.values, addDaysUnchecked(date, -1));
      const a = inForce(p.values, date);
      if (a === b) continue;
      const kind: LawChangeKind = b === undefined ? 'started' : a === undefined ? 'ended' : 'changed';
      const main = (a ?? b)!;
      out.push({
        date,
        kind,
        parameter: p.id,
        label: p.label,
        ...(p.labelEn !== undefined ? { labelEn: p.labelEn } : {}),
        ...(p.unit !== undefined ? { unit: p.unit } : {}),
        key,
        ...(b ? { before: view(b) } : {}),
        ...(a ? { after: view(a) } : {}),
        valueChanged: !(a && b && sameValue(a.value, b.value)),
        ...(b ? { statusBefore: b.status } : {}),
        ...(a ? { statusAfter: a.status } : {}),
        statusChanged: a?.status !== b?.status,
        references: main.references,
        ...(main.note !== undefined ? { note: main.note } : {}),
        ...(main.noteEn !== undefined ? { noteEn: main.noteEn } : {}),
        origin: main.origin ?? 'law',
      });
    }
  }
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.parameter < y.parameter ? -1 : x.parameter > y.parameter ? 1 : 0));
}
