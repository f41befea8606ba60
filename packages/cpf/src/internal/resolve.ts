/**
 * A fast path over `@ofkit/core`'s `valueAt` for the hot loop of the plan: it finds the dated value
 * in force (an override first, then the law) without building a `ResolvedValue` unless a warning is
 * needed. Same semantics as `valueAt`: no value in force ⇒ `NO_VALUE_IN_FORCE`, never the nearest.
 * The date must already be a valid civil date.
 *
 * @internal
 */
import { OfkitError, warningFor, type DatedValue, type IssuePath, type Parameter, type ResolvedValue, type Warning } from '@ofkit/core';

export function pick<T>(parameter: Parameter<T>, date: string, path: IssuePath): DatedValue<T> {
  let law: DatedValue<T> | undefined;
  for (const v of parameter.values) {
    if (v.from <= date && (v.to === undefined || date <= v.to)) {
      if (v.origin === 'override') return v;
      law ??= v;
    }
  }
  if (law) return law;
  const first = parameter.values[0]?.from;
  throw new OfkitError('NO_VALUE_IN_FORCE', [
    {
      path: [...path],
      code: 'no_value_in_force',
      message: `Aucune valeur de « ${parameter.label} » (${parameter.id}) n'est en vigueur au ${date}${first ? ` (première valeur au ${first})` : ''}.`,
      messageEn: `No value of "${parameter.label}" (${parameter.id}) is in force on ${date}${first ? ` (first value from ${first})` : ''}.`,
    },
  ]);
}

/** The warning for a picked value (provisional, disputed or override), as core's `warningFor`. */
export function warningOf<T>(parameter: Parameter<T>, v: DatedValue<T>): Warning | undefined {
  if (v.status === 'confirmed' && v.origin !== 'override') return undefined;
  return warningFor(resolved(parameter, v));
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
  if (v.to !== undefined) r.to = v.to;
  if (v.note !== undefined) r.note = v.note;
  return r;
}
