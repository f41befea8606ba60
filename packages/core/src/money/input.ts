import * as z from 'zod';
import { bilingual } from '../errors/validate.js';
import { lazy } from '../errors/lazy.js';

// The zod schemas of an amount as users pass it, without decimal.js (issue 13, cold start): the
// domain schemas (`schemas/domain-defs.ts`) need them, and a module that imports decimal.js makes Node
// read and compile its 128 kB at import, in every package that reaches these schemas (rnq through
// `@ofkit/core/internal`), although only `Money` computes with it. The three facts the schemas check
// (decimal places, size, sign) are read from the amount's digits exactly as decimal.js reads them:
// `input.property.test.ts` compares them with decimal.js on strings and numbers of every shape.

/** The largest absolute amount accepted (a thousand billion euros): beyond it, input is surely wrong. */
export const MAX_AMOUNT = '1000000000000.00';
/** A decimal string as `Money` accepts it (after trimming). */
export const STRING_RE = /^-?\d+(\.\d+)?$/;
// The digits of a non-negative decimal, as a number's `toString` or a decimal string writes them.
const DIGITS_RE = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * An amount as `coefficient × 10^exponent`, the coefficient without leading or trailing zeros
 * (`''` for zero), the sign apart: the reading decimal.js makes of a decimal string, or of a number's
 * `toString()` (what `new Decimal(number)` parses).
 *
 * @internal
 */
export interface AmountDigits {
  readonly negative: boolean;
  readonly coefficient: string;
  readonly exponent: number;
}

/**
 * The digits of `v` if it is a decimal string `Money` accepts (trimmed) or a finite number, else
 * `undefined` (what the schemas below leave to their first check).
 *
 * @internal
 */
export function amountDigits(v: unknown): AmountDigits | undefined {
  let text: string;
  let negative: boolean;
  if (typeof v === 'string') {
    const s = v.trim();
    if (!STRING_RE.test(s)) return undefined;
    negative = s.startsWith('-');
    text = negative ? s.slice(1) : s;
  } else if (typeof v === 'number' && Number.isFinite(v)) {
    negative = v < 0 || Object.is(v, -0);
    text = String(negative ? -v : v);
  } else {
    return undefined;
  }
  const m = DIGITS_RE.exec(text);
  if (!m) return undefined; // not reached: both forms above match
  const frac = m[2] ?? '';
  let coefficient = (m[1]! + frac).replace(/^0+/, '');
  let exponent = Number(m[3] ?? 0) - frac.length;
  const trailing = /0*$/.exec(coefficient)![0].length;
  coefficient = coefficient.slice(0, coefficient.length - trailing);
  exponent = coefficient === '' ? 0 : exponent + trailing;
  return { negative, coefficient, exponent };
}

/** Decimal places of the amount, trailing zeros not counted (`"1.50"` has 1, `1e-7` has 7). @internal */
export function decimalPlaces(d: AmountDigits): number {
  return d.coefficient === '' ? 0 : Math.max(0, -d.exponent);
}

/** Whether `|amount| ≤ MAX_AMOUNT` (10^12), exactly. @internal */
export function withinMax(d: AmountDigits): boolean {
  if (d.coefficient === '') return true;
  const integerDigits = d.coefficient.length + d.exponent; // the amount is in [10^(n-1), 10^n)
  return integerDigits < 13 || (integerDigits === 13 && d.coefficient === '1');
}

/** Whether the amount is below zero (`-0` and `"-0.00"` are zero, not negative). @internal */
export function isNegativeAmount(d: AmountDigits): boolean {
  return d.negative && d.coefficient !== '';
}

const NOT_AN_AMOUNT = /* @__PURE__ */ bilingual('Montant attendu : nombre fini ou chaîne décimale (ex. "1296.80").', 'Expected an amount: a finite number or a decimal string (e.g. "1296.80").');

/** Builds `MoneyInputSchema` on first use (the same instance as the public constant). @internal */
export const MoneyInputSchemaLazy = /* @__PURE__ */ lazy(() => z
  .union([
    z.string().regex(STRING_RE, {
      message: bilingual('Montant invalide (chiffres et point décimal, ex. "1296.80").', 'Invalid amount (digits and a decimal point, e.g. "1296.80").'),
    }),
    z.number().refine(Number.isFinite, { message: bilingual('Montant non fini.', 'Amount is not finite.') }),
  ], {
    // Without this, a value matching neither branch (null, Infinity, an object) gets zod's bare "Invalid input".
    // An absent amount falls through to parseInput's « Valeur manquante (champ obligatoire) ».
    error: (iss) => (iss.input === undefined ? undefined : NOT_AN_AMOUNT),
  })
  .refine((v) => {
    const d = amountDigits(v);
    return d === undefined || decimalPlaces(d) <= 2;
  }, {
    message: bilingual('Plus de deux décimales.', 'More than two decimals.'),
    params: { code: 'too_many_decimals' },
  })
  .refine((v) => {
    const d = amountDigits(v);
    return d === undefined || withinMax(d);
  }, {
    message: bilingual(`Montant hors limites (maximum ${MAX_AMOUNT}).`, `Amount out of range (maximum ${MAX_AMOUNT}).`),
    params: { code: 'too_large' },
  })
  .meta({ description: 'Amount in euros: number or decimal string with at most two decimals, e.g. "1296.80"' }));

/** Builds `NonNegativeMoneyInputSchema` on first use (the same instance as the public constant). @internal */
export const NonNegativeMoneyInputSchemaLazy = /* @__PURE__ */ lazy(() => MoneyInputSchemaLazy().refine(
  (v) => {
    const d = amountDigits(v);
    return d === undefined || !isNegativeAmount(d);
  },
  { message: bilingual('Le montant ne peut pas être négatif.', 'The amount cannot be negative.'), params: { code: 'negative_amount' } },
));
