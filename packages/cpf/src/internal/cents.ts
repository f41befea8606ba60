/**
 * Exact money on integer cents for the hot path of the financing plan.
 *
 * Amounts are parsed from their decimal text (never through a binary fraction) into a whole number
 * of cents, and every operation of the plan is an addition, subtraction or comparison of whole
 * numbers bounded by {@link MAX_CENTS} (10^14, far below 2^53), so each result is exact: this is
 * decimal arithmetic on a fixed scale of two places, not floating-point arithmetic on euros. Results
 * are printed back as `"1296.80"` strings. The property tests check the results against
 * `@ofkit/core`'s `Money` (decimal.js).
 *
 * @internal
 */
import * as z from '@ofkit/core/internal/zod-mini';
import { bilingual } from '@ofkit/core/internal';

/** The largest absolute amount accepted, in cents: core's `MAX_AMOUNT` (10^12 €). */
export const MAX_CENTS = 100_000_000_000_000;

/** Why an amount was refused (same codes as `@ofkit/core`'s money schemas). */
export type AmountProblem = 'invalid_amount' | 'invalid_type' | 'not_finite' | 'too_many_decimals' | 'too_large' | 'negative_amount';

/** Parses an amount (number or decimal string) into whole cents, or names the problem. */
export function parseCents(value: unknown, allowNegative = false): number | AmountProblem {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'not_finite';
    // The shortest decimal text of the number (what decimal.js and core's Money read too).
    text = String(value);
    if (text.includes('e')) return Math.abs(value) >= 1 ? 'too_large' : 'too_many_decimals';
  } else return 'invalid_type';
  // One pass over the characters: [-]digits[.digits], whole cents accumulated exactly.
  const n = text.length;
  let i = 0;
  let negative = false;
  if (n > 0 && text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let units = 0;
  let intDigits = 0;
  let significant = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    intDigits++;
    if (significant > 0 || c !== 0) significant++;
    units = units * 10 + c;
  }
  if (intDigits === 0) return 'invalid_amount';
  let frac = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || i === n - 1) return 'invalid_amount';
    i++;
    let k = 0;
    let extra = false;
    for (; i < n; i++, k++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return 'invalid_amount';
      if (k < 2) frac = frac * 10 + c;
      else if (c !== 0) extra = true;
    }
    if (k === 1) frac *= 10;
    if (extra) return 'too_many_decimals';
  }
  if (significant > 13) return 'too_large';
  const cents = units * 100 + frac;
  if (cents > MAX_CENTS) return 'too_large';
  if (negative && cents !== 0) return allowNegative ? -cents : 'negative_amount';
  return cents;
}

/** Prints whole cents as `"1296.80"`. */
export function centsToString(cents: number): string {
  const neg = cents < 0;
  const abs = neg ? -cents : cents;
  const rest = abs % 100;
  const units = (abs - rest) / 100;
  return `${neg ? '-' : ''}${units}.${rest < 10 ? '0' : ''}${rest}`;
}

const MESSAGES: Record<AmountProblem, readonly [string, string]> = {
  invalid_amount: ['Montant invalide (chiffres et point décimal, ex. "1296.80").', 'Invalid amount (digits and a decimal point, e.g. "1296.80").'],
  invalid_type: ['Montant attendu (nombre ou chaîne).', 'Expected an amount (number or string).'],
  not_finite: ['Montant non fini.', 'Amount is not finite.'],
  too_many_decimals: ['Plus de deux décimales.', 'More than two decimals.'],
  too_large: ['Montant hors limites (maximum 1000000000000.00).', 'Amount out of range (maximum 1000000000000.00).'],
  negative_amount: ['Le montant ne peut pas être négatif.', 'The amount cannot be negative.'],
};

/** The bilingual message of an amount problem. */
export function amountMessage(problem: AmountProblem): readonly [string, string] {
  return MESSAGES[problem];
}

/**
 * zod schema of a non-negative amount (number or decimal string, at most two decimals) whose output
 * is a whole number of cents.
 */
export const CentsSchema = /* @__PURE__ */ (() => z
  .pipe(
    z.union([z.string(), z.number()], {
      // An absent amount gets parseInput's « Valeur manquante (champ obligatoire) ».
      error: (iss) => (iss.code === 'invalid_union' && iss.input !== undefined ? bilingual('Montant attendu : nombre fini ou chaîne décimale (ex. "1296.80").', 'Expected an amount: a finite number or a decimal string (e.g. "1296.80").') : undefined),
    }),
    z.transform((v: string | number, ctx) => {
      const r = parseCents(v);
      if (typeof r === 'number') return r;
      const [fr, en] = MESSAGES[r];
      ctx.issues.push({ code: 'custom', message: bilingual(fr, en), params: { code: r }, input: v });
      return z.NEVER;
    }),
  )
  .register(z.globalRegistry, { description: 'Amount in euros, ≥ 0: number or decimal string with at most two decimals, e.g. "1296.80"' }))();

/** French display of whole cents: `1 296,80 €` (narrow no-break space between thousands, no-break space before €, as `@ofkit/core`'s `formatEur`). */
export function centsToFr(cents: number): string {
  const neg = cents < 0;
  const abs = neg ? -cents : cents;
  const rest = abs % 100;
  let units = (abs - rest) / 100;
  let int = '';
  while (units >= 1000) {
    const g = units % 1000;
    int = `\u202F${g < 10 ? '00' : g < 100 ? '0' : ''}${g}${int}`;
    units = (units - g) / 1000;
  }
  return `${neg ? '-' : ''}${units}${int},${rest < 10 ? '0' : ''}${rest}\u00A0€`;
}

/** French display of an amount already printed by {@link centsToString}: `"1296.80"` → `1 296,80 €` (same output as {@link centsToFr}). */
export function fixedToFr(fixed: string): string {
  const dot = fixed.length - 3;
  const neg = fixed.charCodeAt(0) === 45;
  let int = neg ? fixed.slice(1, dot) : fixed.slice(0, dot);
  if (int.length > 3) {
    let grouped = int.slice(-3);
    let i = int.length - 3;
    while (i > 3) {
      grouped = `${int.slice(i - 3, i)}\u202F${grouped}`;
      i -= 3;
    }
    int = `${int.slice(0, i)}\u202F${grouped}`;
  }
  return `${neg ? '-' : ''}${int},${fixed.slice(dot + 1)}\u00A0€`;
}
