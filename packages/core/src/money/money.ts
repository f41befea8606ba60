import Decimal from 'decimal.js';
import { OfkitError, issue, type IssuePath } from '../errors/ofkit-error.js';
import { toPlainInput } from '../errors/plain.js';
import { MAX_AMOUNT, MoneyInputSchemaLazy, NonNegativeMoneyInputSchemaLazy, STRING_RE } from './input.js';

export { MAX_AMOUNT };

// Module-level values are built inside `/* @__PURE__ */ (() => …)()`: evaluated at import as before, but a
// bundler may drop the ones a user does not import (a bare call or `new` would keep them, and zod with them).

// A private Decimal constructor: configuring it never touches the global decimal.js settings of the host.
const D = /* @__PURE__ */ (() => Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 }))();
type Dec = InstanceType<typeof D>;
const D_ZERO = /* @__PURE__ */ (() => new D(0))();

/** How to round to the cent when an input has more than two decimals or a product has more. */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

// Property reads on an import count as side effects for bundlers: the IIFE marked pure lets them drop it.
const ROUNDING = /* @__PURE__ */ ((): Record<RoundingMode, Decimal.Rounding> => ({
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
}))();

/** What money functions accept: a `Money`, a decimal string (`"1296.80"`, `"-5"`) or a finite number. */
export type MoneyInput = Money | string | number;

const MAX = /* @__PURE__ */ (() => new D(MAX_AMOUNT))();

/** Options for parsing money. */
export interface MoneyParseOptions {
  /** Round inputs that have more than two decimals with this mode, instead of rejecting them. */
  readonly rounding?: RoundingMode;
  /** Path of the field, for error messages. */
  readonly path?: IssuePath;
}

function isMoneyInstance(value: unknown): value is Money {
  try {
    return value instanceof Money;
  } catch {
    return false; // a revoked proxy
  }
}

function checkParseOptions(options: unknown): MoneyParseOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalid(['options'], 'invalid_type', 'Options attendues : un objet { rounding?, path? }.', 'Options expected: an object { rounding?, path? }.');
  }
  const o = toPlainInput(options) as Record<string, unknown>;
  if (o['rounding'] !== undefined && (typeof o['rounding'] !== 'string' || !Object.hasOwn(ROUNDING, o['rounding']))) {
    throw invalid(['options', 'rounding'], 'invalid_rounding', `Mode d’arrondi inconnu ; modes : ${Object.keys(ROUNDING).join(', ')}.`, `Unknown rounding mode; modes: ${Object.keys(ROUNDING).join(', ')}.`);
  }
  if (o['path'] !== undefined && (!Array.isArray(o['path']) || !o['path'].every((p) => typeof p === 'string' || typeof p === 'number'))) {
    throw invalid(['options', 'path'], 'invalid_type', 'Chemin attendu : tableau de textes et de nombres.', 'Path expected: an array of strings and numbers.');
  }
  return o as MoneyParseOptions;
}

/**
 * An exact amount of euros with exactly two decimals, on decimal.js. Immutable.
 * Serialises to JSON as a string (`"1296.80"`), never as a float.
 *
 * @example
 * ```ts
 * import { Money } from '@ofkit/core';
 * const price = Money.of('1400');
 * const rest = price.minus('103.20');
 * rest.toString(); // '1296.80'
 * rest.format({ asciiSpaces: true }); // '1 296,80 €' (default: French no-break spaces)
 * JSON.stringify({ rest }); // '{"rest":"1296.80"}'
 * ```
 */
export class Money {
  /** @internal */
  readonly #d: Dec;

  private constructor(d: Dec) {
    let isDecimal = false;
    try {
      isDecimal = d instanceof D;
    } catch {
      isDecimal = false;
    }
    if (!isDecimal) {
      throw invalid([], 'invalid_type', 'Un montant se crée avec money() ou Money.of(), pas avec new Money().', 'An amount is made with money() or Money.of(), not with new Money().');
    }
    // Normalise -0 so that it never prints as "-0.00".
    this.#d = d.isZero() ? D_ZERO : d;
  }

  /**
   * Parses an amount. Rejects NaN, Infinity, malformed strings, amounts beyond {@link MAX_AMOUNT},
   * and more than two decimals unless `options.rounding` is given.
   */
  static of(value: MoneyInput, options: MoneyParseOptions = {}): Money {
    if (isMoneyInstance(value)) return value;
    options = checkParseOptions(options);
    const path = options.path ?? [];
    let d: Dec;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        throw invalid(path, 'not_finite', `Montant non fini : ${String(value)}.`, `Amount is not finite: ${String(value)}.`);
      }
      d = new D(value);
    } else if (typeof value === 'string') {
      const s = value.trim();
      if (!STRING_RE.test(s)) {
        throw invalid(
          path,
          'invalid_amount',
          `Montant invalide : ${JSON.stringify(value)} (attendu : chiffres et point décimal, ex. "1296.80").`,
          `Invalid amount: ${JSON.stringify(value)} (expected digits and a decimal point, e.g. "1296.80").`,
        );
      }
      d = new D(s);
    } else {
      throw invalid(path, 'invalid_type', `Montant attendu (nombre ou chaîne), reçu ${typeof value}.`, `Expected an amount (number or string), got ${typeof value}.`);
    }
    if (d.abs().gt(MAX)) {
      throw invalid(path, 'too_large', `Montant hors limites : ${d.toFixed()} (maximum ${MAX_AMOUNT}).`, `Amount out of range: ${d.toFixed()} (maximum ${MAX_AMOUNT}).`);
    }
    if (d.decimalPlaces() > 2) {
      if (!options.rounding) {
        throw invalid(
          path,
          'too_many_decimals',
          `Le montant ${d.toFixed()} a plus de deux décimales ; arrondissez-le ou précisez un mode d'arrondi.`,
          `Amount ${d.toFixed()} has more than two decimals; round it or pass a rounding mode.`,
        );
      }
      d = d.toDecimalPlaces(2, ROUNDING[options.rounding]);
    }
    return new Money(d);
  }

  /** Wraps a computed result, refusing amounts beyond {@link MAX_AMOUNT} as {@link Money.of} does. */
  static #checked(d: Dec): Money {
    if (d.abs().gt(MAX)) {
      throw invalid([], 'too_large', `Résultat hors limites : ${d.toFixed()} (maximum ${MAX_AMOUNT}).`, `Result out of range: ${d.toFixed()} (maximum ${MAX_AMOUNT}).`);
    }
    return new Money(d);
  }

  /** Zero euros. */
  static zero(): Money {
    return ZERO;
  }

  /** An amount from a whole number of cents. */
  static fromCents(cents: number | bigint): Money {
    if (typeof cents === 'number' && !Number.isSafeInteger(cents)) {
      throw invalid([], 'not_integer', 'Nombre de centimes entier attendu.', 'Expected a whole number of cents.');
    }
    return Money.of(new D(String(cents)).div(100).toFixed(2));
  }

  /** `this + other`. */
  plus(other: MoneyInput): Money {
    return Money.#checked(this.#d.plus(Money.of(other).#d));
  }

  /** `this − other`. */
  minus(other: MoneyInput): Money {
    return Money.#checked(this.#d.minus(Money.of(other).#d));
  }

  /**
   * `this × factor`, rounded to the cent with `rounding` (default half-up, the usual French rule).
   * `factor` is a number or decimal string (e.g. a pro-rata `"0.5"`).
   */
  times(factor: number | string, rounding: RoundingMode = 'half-up'): Money {
    const f = toFactor(factor, ['factor']);
    return Money.#checked(this.#d.times(f).toDecimalPlaces(2, ROUNDING[rounding]));
  }

  /** `this × numerator / denominator`, rounded once at the end (exact pro rata). */
  ratio(numerator: number | string, denominator: number | string, rounding: RoundingMode = 'half-up'): Money {
    const num = toFactor(numerator, ['numerator']);
    const den = toFactor(denominator, ['denominator']);
    if (den.isZero()) {
      throw invalid(['denominator'], 'division_by_zero', 'Dénominateur nul ou non fini.', 'Denominator is zero or not finite.');
    }
    return Money.#checked(this.#d.times(num).div(den).toDecimalPlaces(2, ROUNDING[rounding]));
  }

  /** The opposite amount. */
  negate(): Money {
    return new Money(this.#d.negated());
  }

  /** The absolute amount. */
  abs(): Money {
    return new Money(this.#d.abs());
  }

  /** -1, 0 or 1. */
  cmp(other: MoneyInput): -1 | 0 | 1 {
    return this.#d.cmp(Money.of(other).#d) as -1 | 0 | 1;
  }
  eq(other: MoneyInput): boolean {
    return this.cmp(other) === 0;
  }
  lt(other: MoneyInput): boolean {
    return this.cmp(other) < 0;
  }
  lte(other: MoneyInput): boolean {
    return this.cmp(other) <= 0;
  }
  gt(other: MoneyInput): boolean {
    return this.cmp(other) > 0;
  }
  gte(other: MoneyInput): boolean {
    return this.cmp(other) >= 0;
  }
  isZero(): boolean {
    return this.#d.isZero();
  }
  isNegative(): boolean {
    return this.#d.isNegative() && !this.#d.isZero();
  }
  isPositive(): boolean {
    return this.#d.isPositive() && !this.#d.isZero();
  }

  /** Whole number of cents (exact; amounts are bounded by {@link MAX_AMOUNT}). */
  toCents(): number {
    return this.#d.times(100).toNumber();
  }

  /** `"1296.80"`: always two decimals, a point, no grouping. */
  toString(): string {
    return this.#d.toFixed(2);
  }

  /** JSON form: the string of {@link Money.toString}. */
  toJSON(): string {
    return this.toString();
  }

  /** French display, e.g. `1 296,80 €` (see {@link formatEur}). */
  format(options?: FormatEurOptions): string {
    return formatEur(this, options);
  }
}

const ZERO = /* @__PURE__ */ (() => Money.of(0))();

function invalid(path: IssuePath, code: string, fr: string, en: string): OfkitError {
  return new OfkitError('INVALID_INPUT', [issue(path, code, fr, en)]);
}

/** Parses a multiplication factor; anything decimal.js cannot read, or not finite, is an OfkitError. */
function toFactor(value: number | string, path: IssuePath): Dec {
  let f: Dec;
  try {
    f = new D(value);
  } catch {
    throw invalid(path, 'invalid_factor', `Facteur invalide : ${JSON.stringify(value)}.`, `Invalid factor: ${JSON.stringify(value)}.`);
  }
  if (!f.isFinite()) throw invalid(path, 'not_finite', 'Facteur non fini.', 'Factor is not finite.');
  return f;
}



/**
 * Parses an amount into {@link Money}; same rules as {@link Money.of}.
 *
 * @example
 * ```ts
 * import { money } from '@ofkit/core';
 * money('1296.8').toString(); // '1296.80'
 * money(10.005, { rounding: 'half-up' }).toString(); // '10.01'
 * // money(10.005) throws: more than two decimals
 * ```
 */
export function money(value: MoneyInput, options?: MoneyParseOptions): Money {
  return Money.of(value, options);
}

/**
 * Sum of amounts (zero for an empty list).
 *
 * @example
 * ```ts
 * import { sumMoney } from '@ofkit/core';
 * sumMoney(['0.10', '0.20']).toString(); // '0.30' (exact, unlike 0.1 + 0.2)
 * ```
 */
export function sumMoney(values: Iterable<MoneyInput>): Money {
  let list: unknown;
  try {
    list = Array.isArray(values) ? toPlainInput(values) : typeof (values as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] === 'function' ? Array.from(values) : undefined;
  } catch (e) {
    if (e instanceof OfkitError) throw e;
    list = undefined;
  }
  if (!Array.isArray(list)) {
    throw invalid(['values'], 'invalid_type', 'Liste de montants attendue.', 'A list of amounts was expected.');
  }
  let total = Money.zero();
  (list as MoneyInput[]).forEach((v, i) => {
    total = total.plus(Money.of(v, { path: ['values', i] }));
  });
  return total;
}

/**
 * The smallest of the amounts.
 *
 * @example
 * ```ts
 * import { minMoney } from '@ofkit/core';
 * minMoney('1500', '1296.80').toString(); // '1296.80'
 * ```
 */
export function minMoney(first: MoneyInput, ...rest: MoneyInput[]): Money {
  let m = Money.of(first);
  for (const v of rest) {
    const x = Money.of(v);
    if (x.lt(m)) m = x;
  }
  return m;
}

/**
 * The largest of the amounts.
 *
 * @example
 * ```ts
 * import { maxMoney } from '@ofkit/core';
 * maxMoney('0', '-12.50').toString(); // '0.00'
 * ```
 */
export function maxMoney(first: MoneyInput, ...rest: MoneyInput[]): Money {
  let m = Money.of(first);
  for (const v of rest) {
    const x = Money.of(v);
    if (x.gt(m)) m = x;
  }
  return m;
}

/** The most parts {@link splitMoney} splits into (a bound against accidental or hostile sizes). */
export const MAX_SPLIT_PARTS = 1_000_000;

/**
 * Splits an amount into parts that sum **exactly** to it: into `n` equal parts, or in proportion
 * to `weights`. Cents left over by rounding down go one by one to the parts with the largest
 * remainders (ties: the earlier part), so no cent is created or lost.
 *
 * @example
 * ```ts
 * import { splitMoney } from '@ofkit/core';
 * splitMoney('100.00', 3).map(String); // ['33.34', '33.33', '33.33']
 * splitMoney('10.00', [1, 1, 2]).map(String); // ['2.50', '2.50', '5.00']
 * ```
 */
export function splitMoney(amount: MoneyInput, partsOrWeights: number | ReadonlyArray<number | string>): Money[] {
  const total = Money.of(amount, { path: ['amount'] });
  let weights: Dec[];
  if (typeof partsOrWeights === 'number') {
    if (!Number.isInteger(partsOrWeights) || partsOrWeights < 1 || partsOrWeights > MAX_SPLIT_PARTS) {
      throw invalid(['parts'], 'invalid_parts', `Nombre de parts entier entre 1 et ${MAX_SPLIT_PARTS} attendu.`, `Expected a whole number of parts from 1 to ${MAX_SPLIT_PARTS}.`);
    }
    return splitEqually(total, partsOrWeights);
  } else {
    if (!Array.isArray(partsOrWeights)) {
      throw invalid(['weights'], 'invalid_type', 'Nombre de parts ou tableau de poids attendu.', 'A number of parts or an array of weights was expected.');
    }
    partsOrWeights = toPlainInput(partsOrWeights) as ReadonlyArray<number | string>;
    if (partsOrWeights.length === 0) {
      throw invalid(['weights'], 'empty', 'Au moins un poids est requis.', 'At least one weight is required.');
    }
    if (partsOrWeights.length > MAX_SPLIT_PARTS) {
      throw invalid(['weights'], 'too_many', `Au plus ${MAX_SPLIT_PARTS} poids.`, `At most ${MAX_SPLIT_PARTS} weights.`);
    }
    const issues = [] as ReturnType<typeof issue>[];
    weights = partsOrWeights.map((w, i) => {
      let d: Dec;
      try {
        d = typeof w === 'number' || typeof w === 'string' ? new D(w) : new D(NaN);
      } catch {
        d = new D(NaN);
      }
      if (!d.isFinite() || d.isNegative()) {
        const shown = typeof w === 'number' || typeof w === 'string' ? String(w).slice(0, 40) : `(${typeof w})`;
        issues.push(issue(['weights', i], 'invalid_weight', `Poids invalide : ${shown} (nombre ≥ 0 attendu).`, `Invalid weight: ${shown} (expected a number ≥ 0).`));
      }
      return d;
    });
    if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
    if (weights.every((w) => w.isZero())) {
      throw invalid(['weights'], 'zero_weights', 'La somme des poids est nulle.', 'The weights sum to zero.');
    }
  }
  const negative = total.isNegative();
  const cents = new D(total.abs().toString()).times(100);
  const sumW = weights.reduce((a, w) => a.plus(w), new D(0));
  const shares = weights.map((w) => cents.times(w).div(sumW));
  const floors = shares.map((s) => s.floor());
  let left = cents.minus(floors.reduce((a, f) => a.plus(f), new D(0))).toNumber();
  const order = shares
    .map((s, i) => ({ i, r: s.minus(floors[i]!) }))
    .sort((a, b) => b.r.cmp(a.r) || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = floors[i]!.plus(1);
    left -= 1;
  }
  return floors.map((f) => {
    const m = Money.of(f.div(100).toFixed(2));
    return negative ? m.negate() : m;
  });
}

/**
 * `n` equal parts of `total`, in whole cents: what the weighted split gives for `n` weights of 1
 * (every remainder is equal, so the `c mod n` leftover cents go to the first parts), without a
 * decimal per part or a sort. Cents stay below 2^53 (amounts are bounded by {@link MAX_AMOUNT}), so
 * the arithmetic is exact. Two amounts only: the parts share them, frozen.
 */
function splitEqually(total: Money, n: number): Money[] {
  const cents = Number(total.abs().toString().replace('.', ''));
  const q = Math.floor(cents / n);
  const r = cents - q * n;
  const sign = (m: Money) => (total.isNegative() ? m.negate() : m);
  // Frozen, since the parts share them: a property set on one part must not show on the others.
  const low = sign(Money.fromCents(q));
  // q + 1 only when some part gets it (r > 0): at the bound, q + 1 cents would be out of range.
  const high = r > 0 ? sign(Money.fromCents(q + 1)) : low;
  Object.freeze(low);
  Object.freeze(high);
  const out = new Array<Money>(n);
  for (let i = 0; i < n; i++) out[i] = i < r ? high : low;
  return out;
}

/** Options of {@link formatEur}. */
export interface FormatEurOptions {
  /** Use plain spaces instead of the French no-break spaces (U+202F between thousands, U+00A0 before €). */
  readonly asciiSpaces?: boolean;
  /** Omit the euro sign. */
  readonly symbol?: boolean;
}

/**
 * Formats an amount the French way: `1 296,80 €`. By default the spaces are the ones
 * `Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })` prints (narrow no-break space
 * between thousands, no-break space before the sign), computed without Intl so that every runtime
 * prints the same.
 *
 * @example
 * ```ts
 * import { formatEur } from '@ofkit/core';
 * formatEur('1296.8', { asciiSpaces: true }); // '1 296,80 €'
 * formatEur('-0.5', { asciiSpaces: true }); // '-0,50 €'
 * ```
 */
export function formatEur(amount: MoneyInput, options: FormatEurOptions = {}): string {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalid(['options'], 'invalid_type', 'Options attendues : un objet { asciiSpaces?, symbol? }.', 'Options expected: an object { asciiSpaces?, symbol? }.');
  }
  options = toPlainInput(options) as FormatEurOptions;
  for (const key of ['asciiSpaces', 'symbol'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') {
      throw invalid(['options', key], 'invalid_type', `Option ${key} : vrai ou faux attendu.`, `Option ${key}: true or false expected.`);
    }
  }
  const s = Money.of(amount).toString();
  const negative = s.startsWith('-');
  const [int = '0', dec = '00'] = (negative ? s.slice(1) : s).split('.');
  const group = options.asciiSpaces ? ' ' : '\u202F';
  const beforeSign = options.asciiSpaces ? ' ' : '\u00A0';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = `${negative ? '-' : ''}${grouped},${dec}`;
  return options.symbol === false ? body : `${body}${beforeSign}€`;
}

/**
 * zod schema of an amount as users pass it: a finite number or a decimal string, at most two
 * decimals. Use {@link money} on the parsed value.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { MoneyInputSchema, money, parseInput } from '@ofkit/core';
 * const { price } = parseInput(z.object({ price: MoneyInputSchema }), { price: '1296.80' });
 * money(price).toString(); // '1296.80'
 * // parseInput(MoneyInputSchema, '12.345', ['price']) throws: price : Plus de deux décimales.
 * ```
 */
// Built in ./input.ts, without decimal.js (the domain schemas use it too): the same instance.
export const MoneyInputSchema = /* @__PURE__ */ (() => MoneyInputSchemaLazy())();

/**
 * Same as {@link MoneyInputSchema}, refusing negative amounts.
 *
 * @example
 * ```ts
 * import { NonNegativeMoneyInputSchema } from '@ofkit/core';
 * NonNegativeMoneyInputSchema.safeParse('-0.01').success; // false
 * NonNegativeMoneyInputSchema.safeParse('0').success; // true
 * ```
 */
export const NonNegativeMoneyInputSchema = /* @__PURE__ */ (() => NonNegativeMoneyInputSchemaLazy())();
