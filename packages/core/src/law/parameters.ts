import { isCivilDate, type CivilDate } from '../calendar/civil-date.js';
import { OfkitError, issue, type OfkitIssue } from '../errors/ofkit-error.js';
import { toPlainInput } from '../errors/plain.js';
import type { DatedValue, LegalRef, Parameter, ResolvedValue, Warning } from './types.js';

/**
 * Checks and freezes a parameter: every `from`/`to` is a real date, `from <= to`, at least one
 * value, and values of the same origin never overlap. The English texts are optional: `labelEn`
 * and each value's `noteEn`, when given, must be non-blank strings, and a `noteEn` needs the French
 * `note` it translates (French comes first). Throws {@link OfkitError} (`INVALID_PARAMETER`) listing
 * every problem, each naming its field.
 *
 * @example
 * ```ts
 * import { defineParameter, valueAt } from '@ofkit/core';
 * const ceiling = defineParameter({
 *   id: 'cpf.accrual.ceiling',
 *   label: 'Plafond du CPF',
 *   unit: 'EUR',
 *   values: [{
 *     from: '2019-01-01', value: '5000.00', status: 'confirmed',
 *     references: [{ source: 'code-du-travail', article: 'R6323-1', title: 'Alimentation du CPF' }],
 *   }],
 * });
 * valueAt(ceiling, '2026-03-01').value; // '5000.00'
 * ```
 */
export function defineParameter<T>(parameter: Parameter<T>): Parameter<T> {
  // A plain copy: the caller's object is neither frozen nor read again (getters, cycles → OfkitError).
  parameter = toPlainInput(parameter) as Parameter<T>;
  if (parameter === null || typeof parameter !== 'object' || Array.isArray(parameter)) {
    throw new OfkitError('INVALID_PARAMETER', [issue([], 'invalid_type', 'Objet { id, label, values } attendu.', 'Object { id, label, values } expected.')]);
  }
  const problems = checkParameter(parameter);
  if (problems.length > 0) throw new OfkitError('INVALID_PARAMETER', problems);
  return deepFreeze({ ...parameter, values: [...parameter.values].sort(byFrom) });
}

function byFrom<T>(a: DatedValue<T>, b: DatedValue<T>): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
}

/** The issue of an optional English text (`labelEn`, `noteEn`) that is not a non-blank string, if any. */
function checkEnglish(value: unknown, path: (string | number)[], field: 'labelEn' | 'noteEn'): OfkitIssue | undefined {
  if (value === undefined) return undefined;
  const what = field === 'labelEn' ? ['libellé', 'label'] : ['note', 'note'];
  if (typeof value !== 'string') {
    return issue(path, 'invalid_type', `${field} : texte attendu (${what[0]} en anglais), reçu ${show(value)}.`, `${field}: a string (the English ${what[1]}) is expected, got ${show(value)}.`);
  }
  if (!/\S/.test(value)) {
    return issue(path, 'empty', `${field} : texte vide (${what[0]} en anglais) ; omettez le champ plutôt.`, `${field}: empty text (the English ${what[1]}); leave the field out instead.`);
  }
  return undefined;
}

function checkParameter<T>(p: Parameter<T>): OfkitIssue[] {
  const out: OfkitIssue[] = [];
  if (typeof p.id !== 'string' || p.id.length === 0) {
    out.push(issue(['id'], 'required', 'Identifiant de paramètre requis.', 'Parameter id is required.'));
  }
  if (typeof p.label !== 'string' || !/\S/.test(p.label)) {
    out.push(issue(['label'], 'required', `Libellé du paramètre requis (texte en français), reçu ${show(p.label)}.`, `Parameter label is required (French text), got ${show(p.label)}.`));
  }
  const labelEn = checkEnglish(p.labelEn, ['labelEn'], 'labelEn');
  if (labelEn) out.push(labelEn);
  if (!Array.isArray(p.values) || p.values.length === 0) {
    out.push(issue(['values'], 'empty', 'Au moins une valeur datée est requise.', 'At least one dated value is required.'));
    return out;
  }
  p.values.forEach((v, i) => {
    if (v === null || typeof v !== 'object') {
      out.push(issue(['values', i], 'invalid_type', 'Objet { from, value, status, references } attendu.', 'Object { from, value, status, references } expected.'));
      return;
    }
    if (!isCivilDate(v.from)) {
      out.push(issue(['values', i, 'from'], 'invalid_date', `Date de début invalide : ${String(v.from)}.`, `Invalid start date: ${String(v.from)}.`));
    }
    if (v.to !== undefined && !isCivilDate(v.to)) {
      out.push(issue(['values', i, 'to'], 'invalid_date', `Date de fin invalide : ${String(v.to)}.`, `Invalid end date: ${String(v.to)}.`));
    }
    if (isCivilDate(v.from) && v.to !== undefined && isCivilDate(v.to) && v.to < v.from) {
      out.push(issue(['values', i, 'to'], 'end_before_start', 'La date de fin précède la date de début.', 'End date is before start date.'));
    }
    if (!['confirmed', 'provisional', 'disputed'].includes(v.status)) {
      out.push(issue(['values', i, 'status'], 'invalid_status', `Statut inconnu : ${String(v.status)}.`, `Unknown status: ${String(v.status)}.`));
    }
    if (!Array.isArray(v.references)) {
      out.push(issue(['values', i, 'references'], 'required', 'Références requises (tableau).', 'References are required (array).'));
    }
    if (v.note !== undefined && typeof v.note !== 'string') {
      out.push(issue(['values', i, 'note'], 'invalid_type', `note : texte attendu, reçu ${show(v.note)}.`, `note: a string is expected, got ${show(v.note)}.`));
    }
    const noteEn = checkEnglish(v.noteEn, ['values', i, 'noteEn'], 'noteEn');
    if (noteEn) out.push(noteEn);
    else if (v.noteEn !== undefined && (typeof v.note !== 'string' || v.note === '')) {
      out.push(issue(['values', i, 'noteEn'], 'note_en_without_note', 'noteEn sans note : la note en anglais traduit la note en français, donnez les deux.', 'noteEn without note: the English note translates the French one, give both.'));
    }
  });
  if (out.length > 0) return out;
  for (const origin of ['law', 'override'] as const) {
    const same = p.values
      .map((v, i) => ({ v, i }))
      .filter(({ v }) => (v.origin ?? 'law') === origin)
      .sort((a, b) => byFrom(a.v, b.v));
    for (let k = 1; k < same.length; k++) {
      const prev = same[k - 1]!;
      const cur = same[k]!;
      if (prev.v.to === undefined || prev.v.to >= cur.v.from) {
        out.push(
          issue(
            ['values', cur.i, 'from'],
            'overlap',
            `La période commençant le ${cur.v.from} chevauche la précédente (début ${prev.v.from}).`,
            `The period starting ${cur.v.from} overlaps the previous one (starting ${prev.v.from}).`,
          ),
        );
      }
    }
  }
  return out;
}

/** A value shown in a message without running any of its code (no toString of a hostile object). */
function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return `(${typeof value})`;
}

function checkDate(date: unknown): void {
  if (!isCivilDate(date)) {
    throw new OfkitError('INVALID_INPUT', [
      issue(['date'], 'invalid_date', `Date invalide : ${show(date)}.`, `Invalid date: ${show(date)}.`),
    ]);
  }
}

/** A defined parameter's shape (what {@link defineParameter} returns), checked without trusting it. */
function checkParameterArg(parameter: unknown, path: string): void {
  let ok = false;
  try {
    const p = parameter as Parameter<unknown>;
    ok =
      typeof p === 'object' && p !== null && typeof p.id === 'string' && Array.isArray(p.values) &&
      p.values.every((v) => typeof v === 'object' && v !== null && typeof v.from === 'string' && (v.to === undefined || typeof v.to === 'string'));
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new OfkitError('INVALID_INPUT', [
      issue([path], 'invalid_parameter', 'Paramètre (defineParameter) attendu.', 'Parameter (defineParameter) expected.'),
    ]);
  }
}

function findAt<T>(values: readonly DatedValue<T>[], date: CivilDate, origin: 'law' | 'override'): DatedValue<T> | undefined {
  for (const v of values) {
    if ((v.origin ?? 'law') !== origin) continue;
    if (v.from <= date && (v.to === undefined || date <= v.to)) return v;
  }
  return undefined;
}

/**
 * The value of `parameter` in force at `date`, with its references, status and origin.
 * A value supplied by an override ({@link overrideRules}) wins over the shipped law for its period.
 * Throws {@link OfkitError} `NO_VALUE_IN_FORCE` when nothing is in force at that date (before the
 * rule existed, or after it ended): it never falls back to the nearest value.
 *
 * @example
 * ```ts
 * import { defineParameter, valueAt } from '@ofkit/core';
 * const participation = defineParameter({
 *   id: 'cpf.participation', label: 'Participation forfaitaire', unit: 'EUR',
 *   values: [
 *     { from: '2024-05-02', to: '2024-12-31', value: '100.00', status: 'confirmed', references: [] },
 *     { from: '2025-01-01', to: '2025-12-31', value: '102.23', status: 'confirmed', references: [] },
 *     { from: '2026-01-01', value: '103.20', status: 'confirmed', references: [] },
 *   ],
 * });
 * valueAt(participation, '2025-06-30').value; // '102.23'
 * // valueAt(participation, '2024-05-01') throws NO_VALUE_IN_FORCE
 * ```
 */
export function valueAt<T>(parameter: Parameter<T>, date: CivilDate): ResolvedValue<T> {
  checkParameterArg(parameter, 'parameter');
  checkDate(date);
  const v = findAt(parameter.values, date, 'override') ?? findAt(parameter.values, date, 'law');
  if (!v) {
    const first = parameter.values[0]?.from;
    throw new OfkitError('NO_VALUE_IN_FORCE', [
      issue(
        ['date'],
        'no_value_in_force',
        `Aucune valeur de « ${parameter.label} » (${parameter.id}) n'est en vigueur au ${date}${first ? ` (première valeur au ${first})` : ''}.`,
        `No value of "${typeof parameter.labelEn === 'string' ? parameter.labelEn : parameter.label}" (${parameter.id}) is in force on ${date}${first ? ` (first value from ${first})` : ''}.`,
      ),
    ]);
  }
  return {
    parameter: parameter.id,
    label: parameter.label,
    ...(parameter.labelEn !== undefined ? { labelEn: parameter.labelEn } : {}),
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

/**
 * True when some value of the parameter (law or override) is in force at `date`. Like
 * {@link valueAt}, throws `INVALID_INPUT` for a date that does not exist.
 *
 * @example
 * ```ts
 * import { defineParameter, hasValueAt } from '@ofkit/core';
 * const p = defineParameter({ id: 'x', label: 'Exemple', values: [
 *   { from: '2024-05-02', value: '100.00', status: 'confirmed', references: [] },
 * ] });
 * hasValueAt(p, '2024-05-01'); // false
 * hasValueAt(p, '2024-05-02'); // true
 * ```
 */
export function hasValueAt<T>(parameter: Parameter<T>, date: CivilDate): boolean {
  checkParameterArg(parameter, 'parameter');
  checkDate(date);
  return findAt(parameter.values, date, 'override') !== undefined || findAt(parameter.values, date, 'law') !== undefined;
}

/**
 * The warning a result must carry when it used `resolved`: for a `provisional` or `disputed` value,
 * or a value that came from an override. `undefined` for a confirmed value of the shipped law.
 *
 * `message` is written from the French `label` and `note`; `messageEn` from the English `labelEn`
 * and `noteEn`. Every parameter shipped by ofkit has both, so its warnings are English throughout.
 * A parameter defined by the caller without them falls back, field by field, to the French
 * `label` and `note` in `messageEn` (as before these fields existed): give `labelEn` (and `noteEn`
 * for each value with a `note`) to get an English message with no French in it.
 *
 * @example
 * ```ts
 * import { defineParameter, valueAt, warningFor } from '@ofkit/core';
 * const p = defineParameter({ id: 'x', label: 'Exemple', labelEn: 'Example', values: [
 *   { from: '2026-04-02', value: '103.20', status: 'provisional', references: [], note: 'Texte non lu.', noteEn: 'Text not read.' },
 * ] });
 * warningFor(valueAt(p, '2026-05-01'))?.code; // 'PROVISIONAL_VALUE'
 * warningFor(valueAt(p, '2026-05-01'))?.messageEn; // '"Example": provisional value (not confirmed in the official text). Text not read.'
 * ```
 */
export function warningFor<T>(resolved: ResolvedValue<T>, option?: string): Warning | undefined {
  let shapeOk = false;
  try {
    shapeOk =
      typeof resolved === 'object' && resolved !== null && typeof resolved.parameter === 'string' && typeof resolved.label === 'string' &&
      ['confirmed', 'provisional', 'disputed'].includes(resolved.status) && Array.isArray(resolved.references) &&
      (resolved.note === undefined || typeof resolved.note === 'string') && (option === undefined || typeof option === 'string') &&
      (resolved.labelEn === undefined || typeof resolved.labelEn === 'string') && (resolved.noteEn === undefined || typeof resolved.noteEn === 'string');
  } catch {
    shapeOk = false;
  }
  if (!shapeOk) {
    throw new OfkitError('INVALID_INPUT', [
      issue([], 'invalid_resolved_value', 'Résultat de valueAt attendu.', 'Result of valueAt expected.'),
    ]);
  }
  const base = {
    parameter: resolved.parameter,
    status: resolved.status,
    references: resolved.references,
    ...(option !== undefined ? { option } : {}),
  };
  const note = resolved.note ? ` ${resolved.note}` : '';
  // English from the English fields; a caller's parameter without them: the French ones (documented above).
  const labelEn = resolved.labelEn || resolved.label;
  const noteEn = resolved.noteEn ? ` ${resolved.noteEn}` : note;
  if (resolved.origin === 'override') {
    return {
      code: 'OVERRIDDEN_VALUE',
      message: `« ${resolved.label} » : valeur fournie par l'appelant (surcharge), non celle livrée par ofkit.${note}`,
      messageEn: `"${labelEn}": value supplied by the caller (override), not the one shipped with ofkit.${noteEn}`,
      ...base,
    };
  }
  if (resolved.status === 'provisional') {
    return {
      code: 'PROVISIONAL_VALUE',
      message: `« ${resolved.label} » : valeur provisoire (non confirmée dans le texte officiel).${note}`,
      messageEn: `"${labelEn}": provisional value (not confirmed in the official text).${noteEn}`,
      ...base,
    };
  }
  if (resolved.status === 'disputed') {
    return {
      code: 'DISPUTED_VALUE',
      message: `« ${resolved.label} » : point discuté, lecture la plus stricte appliquée.${note}`,
      messageEn: `"${labelEn}": disputed point, strictest reading applied.${noteEn}`,
      ...base,
    };
  }
  return undefined;
}

/**
 * Removes duplicate warnings (same code, parameter and option), keeping the first.
 *
 * @example
 * ```ts
 * import { type Warning } from '@ofkit/core';
 * import { dedupeWarnings } from '@ofkit/core/internal';
 * const w: Warning = { code: 'PROVISIONAL_VALUE', parameter: 'x', message: 'm', messageEn: 'm', references: [] };
 * dedupeWarnings([w, { ...w }]).length; // 1
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function dedupeWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  const out: Warning[] = [];
  for (const w of warnings) {
    const key = `${w.code}|${w.parameter ?? ''}|${w.option ?? ''}|${w.parameter ? '' : w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

/**
 * Removes duplicate references (same source, article, Légifrance id and URL, so two versions of one
 * article stay apart), keeping the first.
 *
 * @example
 * ```ts
 * import { dedupeReferences } from '@ofkit/core/internal';
 * const r = { source: 'code-du-travail', article: 'L3133-1', title: 'Fêtes légales' } as const;
 * dedupeReferences([r, { ...r, title: 'autre' }]).length; // 1
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function dedupeReferences(refs: readonly LegalRef[]): LegalRef[] {
  const seen = new Set<string>();
  const out: LegalRef[] = [];
  for (const r of refs) {
    const key = `${r.source}|${r.article}|${r.legifranceId ?? ''}|${r.url ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

// Law values are frozen all the way down; a typed array cannot be frozen (its elements stay
// writable), so it is refused rather than left mutable.
function deepFreeze<T>(o: T, path: (string | number)[] = []): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    if (ArrayBuffer.isView(o)) throw new OfkitError('INVALID_PARAMETER', [issue(path, 'invalid_type', 'Tableau typé refusé : une valeur de la loi doit pouvoir être figée.', 'Typed array refused: a law value must be freezable.')]);
    Object.freeze(o);
    for (const k of Object.keys(o)) deepFreeze((o as Record<string, unknown>)[k], [...path, k]);
  }
  return o;
}

export { deepFreeze as freezeDeep };
