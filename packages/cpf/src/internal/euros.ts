/**
 * Amounts in whole cents for the accrual projection and the partial-completion payment, in place of
 * `@ofkit/core`'s `Money` (which they used before): importing `@ofkit/cpf` then loads neither core's
 * money module nor decimal.js (issue 13, cold start). Amounts stay within `MAX_AMOUNT` (10^14 cents
 * < 2^53), so a sum of two is exact in a double; a pro rata is computed on BigInt, exactly, and
 * rounded once. Same results and the same errors as `Money` on what these functions meet (amounts
 * read from a rule set, cents from validated input, number factors), checked by
 * `euros.property.test.ts`, with three deviations, all on values a rule set's types exclude:
 * - a factor that is not a number (a numeric string, a bigint, a `Decimal`) is refused
 *   (`invalid_factor`), where `Money.ratio` read it with decimal.js;
 * - an amount given as a `Money` object is refused (`invalid_type`), where `Money.of` returned it;
 * - beyond `MAX_AMOUNT` a result is refused with the same code and path, but the figure in the message
 *   is exact, where `Money` wrote it rounded to 40 significant digits.
 *
 * @internal
 */
import { OfkitError } from '@ofkit/core/internal/base';
import { MAX_AMOUNT, amountDigits, decimalPlaces, issue, withinMax, type AmountDigits } from '@ofkit/core/internal';
import { MAX_CENTS, centsToString } from './cents.js';

function invalid(code: string, fr: string, en: string): OfkitError {
  return new OfkitError('INVALID_INPUT', [issue([], code, fr, en)]);
}

// Amounts and factors are read by core's `amountDigits` (the reader of core's money schemas):
// `coefficient × 10^exponent`, the coefficient without leading or trailing zeros ('' for zero).

/** decimal.js's `toFixed()` of an amount: plain notation, no trailing zeros. */
function plain(x: AmountDigits): string {
  const sign = x.negative ? '-' : '';
  const digits = x.coefficient;
  if (digits === '') return `${sign}0`;
  if (x.exponent >= 0) return `${sign}${digits}${'0'.repeat(x.exponent)}`;
  const point = digits.length + x.exponent;
  return point > 0 ? `${sign}${digits.slice(0, point)}.${digits.slice(point)}` : `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/**
 * Whole cents of an amount as `Money.of` reads it (a decimal string or a finite number, at most two
 * decimals, at most `MAX_AMOUNT` in absolute value), with `Money.of`'s errors.
 */
export function eurosToCents(value: unknown): number {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw invalid('not_finite', `Montant non fini : ${String(value)}.`, `Amount is not finite: ${String(value)}.`);
  }
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw invalid('invalid_type', `Montant attendu (nombre ou chaîne), reçu ${typeof value}.`, `Expected an amount (number or string), got ${typeof value}.`);
  }
  const x = amountDigits(value);
  if (x === undefined) {
    throw invalid(
      'invalid_amount',
      `Montant invalide : ${JSON.stringify(value)} (attendu : chiffres et point décimal, ex. "1296.80").`,
      `Invalid amount: ${JSON.stringify(value)} (expected digits and a decimal point, e.g. "1296.80").`,
    );
  }
  if (!withinMax(x)) throw invalid('too_large', `Montant hors limites : ${plain(x)} (maximum ${MAX_AMOUNT}).`, `Amount out of range: ${plain(x)} (maximum ${MAX_AMOUNT}).`);
  if (decimalPlaces(x) > 2) {
    throw invalid(
      'too_many_decimals',
      `Le montant ${plain(x)} a plus de deux décimales ; arrondissez-le ou précisez un mode d'arrondi.`,
      `Amount ${plain(x)} has more than two decimals; round it or pass a rounding mode.`,
    );
  }
  if (x.coefficient === '') return 0;
  const c = Number(BigInt(x.coefficient) * 10n ** BigInt(x.exponent + 2));
  return x.negative ? -c : c;
}

/** A result in cents, refused beyond `MAX_AMOUNT` as `Money`'s arithmetic refuses it. */
export function checkedCents(cents: number): number {
  if (Math.abs(cents) > MAX_CENTS) tooLarge(BigInt(cents));
  return cents === 0 ? 0 : cents;
}

function tooLarge(cents: bigint): never {
  const negative = cents < 0n;
  const abs = (negative ? -cents : cents).toString().padStart(3, '0');
  const text = plain({ negative, coefficient: abs, exponent: -2 }).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  throw invalid('too_large', `Résultat hors limites : ${text} (maximum ${MAX_AMOUNT}).`, `Result out of range: ${text} (maximum ${MAX_AMOUNT}).`);
}

/** A factor as `coefficient × 10^exponent`, the coefficient a BigInt (0n for zero). */
interface Exact {
  readonly negative: boolean;
  readonly coefficient: bigint;
  readonly exponent: number;
}

function factor(value: unknown, path: 'numerator' | 'denominator'): Exact {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new OfkitError('INVALID_INPUT', [issue([path], 'not_finite', 'Facteur non fini.', 'Factor is not finite.')]);
    const d = amountDigits(value)!; // a finite number's text is a decimal (exponent within ±324)
    return { negative: d.negative, coefficient: d.coefficient === '' ? 0n : BigInt(d.coefficient), exponent: d.exponent };
  }
  const shown = typeof value === 'string' ? JSON.stringify(value) : `(${typeof value})`;
  throw new OfkitError('INVALID_INPUT', [issue([path], 'invalid_factor', `Facteur invalide : ${shown}.`, `Invalid factor: ${shown}.`)]);
}

/**
 * `cents × numerator / denominator`, rounded once to the cent, upward (`'ceil'`) or half away from
 * zero (`'half-up'`): `Money.ratio` on whole cents and number factors, computed exactly.
 */
export function ratioCents(cents: number, numerator: number, denominator: number, rounding: 'ceil' | 'half-up'): number {
  const n = factor(numerator, 'numerator');
  const d = factor(denominator, 'denominator');
  if (d.coefficient === 0n) {
    throw new OfkitError('INVALID_INPUT', [issue(['denominator'], 'division_by_zero', 'Dénominateur nul ou non fini.', 'Denominator is zero or not finite.')]);
  }
  // cents × (cn·10^en) / (cd·10^ed) = (cents·cn·10^max(0,en−ed)) / (cd·10^max(0,ed−en))
  let num = BigInt(cents) * n.coefficient * 10n ** BigInt(Math.max(0, n.exponent - d.exponent));
  let den = d.coefficient * 10n ** BigInt(Math.max(0, d.exponent - n.exponent));
  if (n.negative !== d.negative) num = -num;
  if (den < 0n) {
    den = -den;
    num = -num;
  }
  let q = num / den; // toward zero
  const r = num % den;
  if (r !== 0n) {
    if (rounding === 'ceil') {
      if (num > 0n) q += 1n;
    } else if (2n * (r < 0n ? -r : r) >= den) {
      q += num > 0n ? 1n : -1n;
    }
  }
  if ((q < 0n ? -q : q) > BigInt(MAX_CENTS)) tooLarge(q);
  return q === 0n ? 0 : Number(q);
}
