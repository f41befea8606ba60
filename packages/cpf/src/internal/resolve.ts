/**
 * A fast path over `@ofkit/core`'s `valueAt` for the hot loop of the plan: it finds the dated value
 * in force (an override first, then the law) without building a `ResolvedValue` unless a warning is
 * needed. Same semantics as `valueAt`: no value in force ⇒ `NO_VALUE_IN_FORCE`, never the nearest.
 * The date must already be a valid civil date.
 *
 * @internal
 */
import type { DatedValue, IssuePath, Parameter, ResolvedValue, Warning } from '@ofkit/core';
import { OfkitError, warningFor } from '@ofkit/core/internal/base';

/** The value in force at `date` (an override first, then the law), or `undefined`. */
export function findInForce<T>(parameter: Parameter<T>, date: string): DatedValue<T> | undefined {
  let law: DatedValue<T> | undefined;
  for (const v of parameter.values) {
    if (v.from <= date && (v.to === undefined || date <= v.to)) {
      if (v.origin === 'override') return v;
      law ??= v;
    }
  }
  return law;
}

export function pick<T>(parameter: Parameter<T>, date: string, path: IssuePath): DatedValue<T> {
  const found = findInForce(parameter, date);
  if (found) return found;
  const first = parameter.values[0]?.from;
  throw new OfkitError('NO_VALUE_IN_FORCE', [
    {
      path: [...path],
      code: 'no_value_in_force',
      message: `Aucune valeur de « ${parameter.label} » (${parameter.id}) n'est en vigueur au ${date}${first ? ` (première valeur au ${first})` : ''}.`,
      messageEn: `No value of "${parameter.labelEn ?? parameter.label}" (${parameter.id}) is in force on ${date}${first ? ` (first value from ${first})` : ''}.`,
    },
  ]);
}

/**
 * Warnings built once per date window (issue 13 item 2): per parameter object, per dated value
 * object, so an overriding rule set (its own objects) gets its own warnings and the public rule sets
 * stay as they are. `null` records a value that needs no warning.
 */
const WARNINGS = new WeakMap<Parameter<unknown>, WeakMap<DatedValue<unknown>, Warning | null>>();

/** The warning for a picked value (provisional, disputed or override), as core's `warningFor`; built once, frozen, shared. */
export function warningOf<T>(parameter: Parameter<T>, v: DatedValue<T>): Warning | undefined {
  if (v.status === 'confirmed' && v.origin !== 'override') return undefined;
  let byValue = WARNINGS.get(parameter as Parameter<unknown>);
  if (byValue === undefined) WARNINGS.set(parameter as Parameter<unknown>, (byValue = new WeakMap()));
  let w = byValue.get(v as DatedValue<unknown>);
  if (w === undefined) {
    const built = warningFor(resolved(parameter, v));
    w = built === undefined ? null : Object.freeze(built);
    byValue.set(v as DatedValue<unknown>, w);
  }
  return w ?? undefined;
}

/** The `ResolvedValue` of a picked value. */
export function resolved<T>(parameter: Parameter<T>, v: DatedValue<T>): ResolvedValue<T> {
  const r: { -readonly [K in keyof ResolvedValue<T>]: ResolvedValue<T>[K] } = {
    parameter: parameter.id,
    label: parameter.label,
    value: v.value,
    from: v.from,
    status: v.status,
    references: v.references,
    origin: v.origin ?? 'law',
  };
  if (parameter.labelEn !== undefined) r.labelEn = parameter.labelEn;
  if (v.to !== undefined) r.to = v.to;
  if (v.note !== undefined) r.note = v.note;
  if (v.noteEn !== undefined) r.noteEn = v.noteEn;
  return r;
}
