import { OfkitError, issue } from '../errors/ofkit-error.js';
import { toPlainInput, toPlainInputAt } from '../errors/plain.js';
import { defineParameter, freezeDeep } from './parameters.js';
import type { DatedValue, Parameter } from './types.js';

/** A set of parameters by key: the law a package applies. Never mutated; derive a new one to change it. */
export type RuleSet<P extends Record<string, Parameter<unknown>> = Record<string, Parameter<unknown>>> = Readonly<P>;

/** The value type of a parameter. */
export type ParameterValue<P> = P extends Parameter<infer T> ? T : never;

/** Extra or replacing dated values for some parameters of a rule set. */
export type RuleOverrides<P extends Record<string, Parameter<unknown>>> = {
  readonly [K in keyof P]?: ReadonlyArray<Omit<DatedValue<ParameterValue<P[K]>>, 'origin'>>;
};

/**
 * Builds a rule set: checks and freezes each parameter.
 *
 * @example
 * ```ts
 * import { defineRuleSet } from '@ofkit/core';
 * const rules = defineRuleSet({
 *   delay: { id: 'x.delay', label: 'Délai', unit: 'working-days', values: [
 *     { from: '2020-01-01', value: 11, status: 'confirmed', references: [] },
 *   ] },
 * });
 * rules.delay.values.length; // 1
 * ```
 */
export function defineRuleSet<P extends Record<string, Parameter<unknown>>>(parameters: P): RuleSet<P> {
  const plain = toPlainInput(parameters) as Record<string, Parameter<unknown>>;
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    throw new OfkitError('INVALID_PARAMETER', [issue([], 'invalid_type', 'Un jeu de règles est un objet { clé: paramètre }.', 'A rule set is an object { key: parameter }.')]);
  }
  const out: Record<string, Parameter<unknown>> = {};
  const problems: ReturnType<typeof issue>[] = [];
  for (const [key, p] of Object.entries(plain)) {
    try {
      Object.defineProperty(out, key, { value: defineParameter(p), enumerable: true, writable: true, configurable: true });
    } catch (e) {
      if (!(e instanceof OfkitError)) throw e;
      problems.push(...e.issues.map((i) => ({ ...i, path: [key, ...i.path] })));
    }
  }
  if (problems.length > 0) throw new OfkitError('INVALID_PARAMETER', problems);
  return freezeDeep(out) as RuleSet<P>;
}

/**
 * A rule set written in the sources of an ofkit package: the value {@link defineRuleSet} returns
 * for it (a deep copy, frozen), without its checks (issue 13: importing a package no longer
 * re-checks the law it ships, and a bundle that only reads that law leaves the checks and their
 * messages out). The copy keeps what `defineRuleSet` gave: the rule set's objects, references
 * included, are its own, never the package's constants. The checks run in the tests instead:
 * `test/shipped-rule-sets.test.ts` requires every shipped rule set to equal `defineRuleSet` of
 * itself, key order included (valid, values in date order, nothing but plain data). Not for a
 * caller's rules: use {@link defineRuleSet}.
 *
 * @example
 * ```ts
 * import { shippedRuleSet } from '@ofkit/core/internal';
 * const literal = { delay: { id: 'x.delay', label: 'Délai', labelEn: 'Delay', values: [
 *   { from: '2020-01-01', value: 11, status: 'confirmed' as const, references: [] },
 * ] } };
 * const rules = shippedRuleSet(literal);
 * Object.isFrozen(rules.delay.values[0]); // true
 * Object.isFrozen(literal.delay); // false
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function shippedRuleSet<P extends Record<string, Parameter<unknown>>>(parameters: P): RuleSet<P> {
  return freezeDeep(copyLiteral(parameters)) as RuleSet<P>;
}

// A deep copy of plain data written in the sources (objects, arrays, primitives): what
// `toPlainInput` makes of it, without its guards against a caller's getters, proxies and cycles.
function copyLiteral<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copyLiteral) as T;
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = copyLiteral((v as Record<string, unknown>)[k]);
  return out as T;
}

/**
 * Derives a rule set in which some parameters have other or extra values (a newer amount, an arrêté
 * published after this release). Nothing global is mutated: the original rule set is unchanged.
 * Override values win over shipped values for their period, and results that use them report
 * `origin: 'override'` and an `OVERRIDDEN_VALUE` warning.
 *
 * @example
 * ```ts
 * import { defineRuleSet, overrideRules, valueAt } from '@ofkit/core';
 * const rules = defineRuleSet({
 *   amount: { id: 'x.amount', label: 'Montant', values: [
 *     { from: '2026-01-01', value: '103.20', status: 'provisional', references: [] },
 *   ] },
 * });
 * const patched = overrideRules(rules, {
 *   amount: [{ from: '2026-04-02', value: '105.00', status: 'confirmed', references: [] }],
 * });
 * valueAt(patched.amount, '2026-05-01').value; // '105.00'
 * valueAt(patched.amount, '2026-05-01').origin; // 'override'
 * valueAt(rules.amount, '2026-05-01').value; // '103.20' (unchanged)
 * ```
 */
export function overrideRules<P extends Record<string, Parameter<unknown>>>(
  rules: RuleSet<P>,
  overrides: RuleOverrides<P>,
): RuleSet<P> {
  // Read-only check that the rule set can be read (getters, proxies → OfkitError); its own frozen
  // parameters are kept, so that an unchanged parameter stays the same object in the derived set.
  toPlainInputAt(rules, ['rules']);
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) {
    throw new OfkitError('INVALID_INPUT', [issue(['rules'], 'invalid_type', 'Jeu de règles attendu.', 'A rule set was expected.')]);
  }
  overrides = toPlainInputAt(overrides, ['overrides']) as RuleOverrides<P>;
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new OfkitError('INVALID_INPUT', [issue(['overrides'], 'invalid_type', 'Surcharges attendues : un objet { clé: valeurs datées[] }.', 'Overrides expected: an object { key: dated values[] }.')]);
  }
  const out: Record<string, Parameter<unknown>> = {};
  // A rule set made by defineRuleSet is frozen; another object is checked (and copied) as one.
  if (!Object.isFrozen(rules)) rules = defineRuleSet(rules);
  for (const k of Object.keys(rules)) Object.defineProperty(out, k, { value: rules[k], enumerable: true, writable: true, configurable: true });
  // Own keys only: `toString` or `__proto__` are not parameters of any rule set.
  const unknown = Object.keys(overrides).filter((k) => !Object.hasOwn(rules, k));
  if (unknown.length > 0) {
    throw new OfkitError(
      'UNKNOWN_PARAMETER',
      unknown.map((k) =>
        issue([k], 'unknown_parameter', `Paramètre inconnu : ${k}. Connus : ${Object.keys(rules).join(', ')}.`, `Unknown parameter: ${k}. Known: ${Object.keys(rules).join(', ')}.`),
      ),
    );
  }
  for (const [key, values] of Object.entries(overrides) as Array<[string, ReadonlyArray<DatedValue<unknown>> | undefined]>) {
    if (!values) continue;
    if (!Array.isArray(values)) {
      throw new OfkitError('INVALID_PARAMETER', [issue([key], 'invalid_type', 'Les valeurs d’une surcharge forment un tableau.', 'The values of an override are an array.')]);
    }
    const base = rules[key]!;
    try {
      const merged = defineParameter({
        ...base,
        values: [...base.values, ...values.map((v) => (v !== null && typeof v === 'object' ? { ...v, origin: 'override' as const } : v))],
      });
      Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
    } catch (e) {
      if (e instanceof OfkitError) {
        throw new OfkitError(
          'INVALID_PARAMETER',
          e.issues.map((i) => ({ ...i, path: [key, ...i.path] })),
        );
      }
      throw e;
    }
  }
  return freezeDeep(out) as RuleSet<P>;
}
