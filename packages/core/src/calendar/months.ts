import { OfkitError, issue } from '../errors/ofkit-error.js';
import { requireOptions, show } from './guard.js';
import type { LegalRef } from '../law/types.js';
import { addDaysUnchecked, dateParts, daysInMonth, formatCivilDate, parseCivilDate, type CivilDate } from './civil-date.js';

/**
 * What to do when the day of the month does not exist in the target month (31 January + 1 month):
 * - `clamp` (default): the last day of the target month (28/29 February). This is the rule of
 *   article 641 of the Code de procédure civile for time limits in months ("à défaut d'un quantième
 *   identique, le délai expire le dernier jour du mois") and what date-fns does.
 * - `overflow`: roll the extra days into the next month (3 March, or 2 March in a leap year), as
 *   JavaScript's `Date#setMonth` does.
 * - `end-of-month`: when the start is the last day of its month, the result is the last day of the
 *   target month (30 April + 1 month = 31 May); otherwise as `clamp`.
 */
export type EndOfMonthPolicy = 'clamp' | 'overflow' | 'end-of-month';

/** Options of {@link addMonths} and {@link addYears}. */
export interface AddMonthsOptions {
  readonly endOfMonth?: EndOfMonthPolicy;
}

/** The reference behind the default `clamp` policy. */
export const CPC_641: LegalRef = {
  source: 'code-de-procedure-civile',
  article: '641',
  title: "Code de procédure civile, art. 641 : délai exprimé en mois, à défaut de quantième identique, dernier jour du mois",
};

const POLICIES: readonly EndOfMonthPolicy[] = ['clamp', 'overflow', 'end-of-month'];

/**
 * Adds `months` calendar months (may be negative) with an explicit end-of-month policy.
 *
 * @example
 * ```ts
 * import { addMonths } from '@ofkit/core';
 * addMonths('2026-01-31', 1); // '2026-02-28' (clamp)
 * addMonths('2028-01-31', 1); // '2028-02-29' (leap year)
 * addMonths('2026-01-31', 1, { endOfMonth: 'overflow' }); // '2026-03-03'
 * addMonths('2026-04-30', 1, { endOfMonth: 'end-of-month' }); // '2026-05-31'
 * addMonths('2026-11-22', 3); // '2027-02-22' ("3 mois après la notification")
 * ```
 */
export function addMonths(date: CivilDate, months: number, options: AddMonthsOptions = {}): CivilDate {
  const d = parseCivilDate(date, ['date']);
  if (!Number.isInteger(months) || Math.abs(months) > 12 * 8000) {
    throw new OfkitError('INVALID_INPUT', [issue(['months'], 'not_integer', 'Nombre de mois entier attendu.', 'Expected a whole number of months.')]);
  }
  options = requireOptions<AddMonthsOptions>(options);
  let policy: unknown;
  try {
    policy = options.endOfMonth ?? 'clamp';
  } catch {
    policy = undefined; // a getter that throws: reported as an unknown policy
  }
  if (!POLICIES.includes(policy as EndOfMonthPolicy)) {
    throw new OfkitError('INVALID_INPUT', [
      issue(['options', 'endOfMonth'], 'invalid_policy', `Règle de fin de mois inconnue : ${show(policy)} (${POLICIES.join(', ')}).`, `Unknown end-of-month policy: ${show(policy)} (${POLICIES.join(', ')}).`),
    ]);
  }
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  if (ty < 1 || ty > 9999) {
    throw new OfkitError('INVALID_INPUT', [issue(['months'], 'out_of_range', 'Date résultante hors limites.', 'Resulting date out of range.')]);
  }
  const last = daysInMonth(ty, tm);
  if (policy === 'end-of-month' && day === daysInMonth(year, month)) return formatCivilDate(ty, tm, last);
  if (day <= last) return formatCivilDate(ty, tm, day);
  if (policy === 'overflow') return addDaysUnchecked(formatCivilDate(ty, tm, last), day - last);
  return formatCivilDate(ty, tm, last);
}

/**
 * Adds whole years (29 February + 1 year follows the end-of-month policy: 28 February by default).
 *
 * @example
 * ```ts
 * import { addYears } from '@ofkit/core';
 * addYears('2028-02-29', 1); // '2029-02-28'
 * addYears('2026-11-22', 3); // '2029-11-22'
 * ```
 */
export function addYears(date: CivilDate, years: number, options: AddMonthsOptions = {}): CivilDate {
  if (!Number.isInteger(years)) {
    throw new OfkitError('INVALID_INPUT', [issue(['years'], 'not_integer', "Nombre d'années entier attendu.", 'Expected a whole number of years.')]);
  }
  return addMonths(date, years * 12, options);
}
