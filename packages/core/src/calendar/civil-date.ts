import * as z from 'zod';
import { OfkitError, issue, type IssuePath } from '../errors/ofkit-error.js';
import { requireInteger } from './guard.js';

/** Day numbers of 0001-01-01 and 9999-12-31 (days from 1970-01-01). */
const MIN_DAY_NUMBER = -719162;
const MAX_DAY_NUMBER = 2932896;
/** Years `isLeapYear` accepts (the proleptic Gregorian rule; far beyond any date ofkit handles). */
const MAX_YEAR_SPAN = 1_000_000;
import { bilingual } from '../errors/validate.js';

// Module-level values are built inside `/* @__PURE__ */ (() => …)()`: evaluated at import as before, but a
// bundler may drop the ones a user does not import (a bare call or `new` would keep them, and zod with them).

/**
 * A French civil date written `YYYY-MM-DD` (ISO 8601 calendar date, no time, no zone).
 * Civil dates are compared as strings: `'2026-01-31' < '2026-02-01'`.
 */
export type CivilDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for leap years of the proleptic Gregorian calendar (2024, 2000; not 1900, 2100).
 *
 * @example
 * ```ts
 * import { isLeapYear } from '@ofkit/core';
 * isLeapYear(2028); // true
 * isLeapYear(2100); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  requireInteger(year, ['year'], -MAX_YEAR_SPAN, MAX_YEAR_SPAN);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (`month` 1–12).
 *
 * @example
 * ```ts
 * import { daysInMonth } from '@ofkit/core';
 * daysInMonth(2028, 2); // 29
 * daysInMonth(2026, 4); // 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  requireInteger(month, ['month'], 1, 12);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when `value` is a `YYYY-MM-DD` string naming a day that exists (`2026-02-30` is not one).
 *
 * @example
 * ```ts
 * import { isCivilDate } from '@ofkit/core';
 * isCivilDate('2028-02-29'); // true (leap year)
 * isCivilDate('2026-02-29'); // false
 * ```
 */
export function isCivilDate(value: unknown): value is CivilDate {
  // `RE.test` then the digits read by character code: no match array or substrings per call (it runs
  // once per date of every evidence item and session, issue 13).
  if (typeof value !== 'string' || !RE.test(value)) return false;
  const y = num(value, 0) * 100 + num(value, 2);
  const mo = num(value, 5);
  const d = num(value, 8);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The two ASCII digits of `s` at `at` as a number (the caller has checked they are digits). */
const num = (s: string, at: number): number => (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;

/**
 * Checks a civil date strictly and returns it; throws {@link OfkitError} naming `path` otherwise.
 *
 * @example
 * ```ts
 * import { parseCivilDate } from '@ofkit/core';
 * parseCivilDate('2026-11-22'); // '2026-11-22'
 * // parseCivilDate('2026-02-30', ['purchaseDate']) throws: purchaseDate : Date inexistante : 2026-02-30.
 * ```
 */
export function parseCivilDate(value: unknown, path: IssuePath = []): CivilDate {
  if (isCivilDate(value)) return value;
  throw new OfkitError('INVALID_INPUT', [civilDateIssue(value, path)]);
}

function civilDateIssue(value: unknown, path: IssuePath) {
  if (typeof value === 'string' && RE.test(value)) {
    return issue(path, 'invalid_date', `Date inexistante : ${value}.`, `Date does not exist: ${value}.`);
  }
  const shown = typeof value === 'string' ? JSON.stringify(value) : typeof value;
  return issue(
    path,
    'invalid_date_format',
    `Date attendue au format AAAA-MM-JJ, reçu ${shown}.`,
    `Expected a date as YYYY-MM-DD, got ${shown}.`,
  );
}

/**
 * zod schema of a civil date (`YYYY-MM-DD` that exists). Its JSON Schema is a string with `format: date`.
 *
 * @example
 * ```ts
 * import { CivilDateSchema } from '@ofkit/core';
 * CivilDateSchema.safeParse('2028-02-29').success; // true
 * CivilDateSchema.safeParse('2026-02-29').success; // false
 * ```
 */
export const CivilDateSchema = /* @__PURE__ */ (() => z
  .string()
  .regex(RE, { message: bilingual('Date attendue au format AAAA-MM-JJ.', 'Expected a date as YYYY-MM-DD.'), abort: true })
  .refine(isCivilDate, {
    message: bilingual('Date inexistante.', 'Date does not exist.'),
    params: { code: 'invalid_date' },
  })
  .meta({ format: 'date', description: 'Civil date YYYY-MM-DD' }))();

/**
 * Splits a (valid) civil date into numbers.
 *
 * @example
 * ```ts
 * import { dateParts } from '@ofkit/core/internal';
 * dateParts('2028-02-29'); // { year: 2028, month: 2, day: 29 }
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function dateParts(date: CivilDate): { year: number; month: number; day: number } {
  parseCivilDate(date, ['date']);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Builds a civil date from numbers (no validation: use {@link isCivilDate} if unsure).
 *
 * @example
 * ```ts
 * import { formatCivilDate } from '@ofkit/core';
 * formatCivilDate(2026, 3, 9); // '2026-03-09'
 * ```
 */
export function formatCivilDate(year: number, month: number, day: number): CivilDate {
  requireInteger(year, ['year'], 1, 9999);
  requireInteger(month, ['month'], 1, 12);
  requireInteger(day, ['day'], 1, daysInMonth(year, month));
  return formatUnchecked(year, month, day);
}

function formatUnchecked(year: number, month: number, day: number): CivilDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days from civil, after Howard Hinnant's algorithms (public domain): exact integer arithmetic,
// no JavaScript Date, so no time zone can shift a day.
/**
 * Days since 1970-01-01 of a civil date (no validation: use {@link parseCivilDate} first if unsure).
 *
 * @example
 * ```ts
 * import { toDayNumber } from '@ofkit/core/internal';
 * toDayNumber('1970-01-02'); // 1
 * toDayNumber('1969-12-31'); // -1
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function toDayNumber(date: CivilDate): number {
  parseCivilDate(date, ['date']);
  return toDayNumberUnchecked(date);
}

function toDayNumberUnchecked(date: CivilDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date `n` days after 1970-01-01 (the inverse of {@link toDayNumber}).
 *
 * @example
 * ```ts
 * import { fromDayNumber } from '@ofkit/core/internal';
 * fromDayNumber(20414); // '2025-11-22'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function fromDayNumber(n: number): CivilDate {
  // 0001-01-01 … 9999-12-31: every day a YYYY-MM-DD string can name.
  const civil = fromDayNumberUnchecked(requireInteger(n, ['n'], MIN_DAY_NUMBER, MAX_DAY_NUMBER));
  return civil;
}

function fromDayNumberUnchecked(n: number): CivilDate {
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatUnchecked(year, month, day);
}

/**
 * Adds `days` calendar days (may be negative).
 *
 * @example
 * ```ts
 * import { addDays } from '@ofkit/core';
 * addDays('2028-02-28', 1); // '2028-02-29'
 * addDays('2026-01-01', -1); // '2025-12-31'
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  const d = parseCivilDate(date, ['date']);
  if (!Number.isInteger(days)) {
    throw new OfkitError('INVALID_INPUT', [
      issue(['days'], 'not_integer', 'Nombre de jours entier attendu.', 'Expected a whole number of days.'),
    ]);
  }
  const n = toDayNumberUnchecked(d) + days;
  if (n < MIN_DAY_NUMBER || n > MAX_DAY_NUMBER) {
    throw new OfkitError('INVALID_INPUT', [
      issue(['days'], 'out_of_range', 'Résultat après 9999-12-31 ou avant 0001-01-01.', 'Result after 9999-12-31 or before 0001-01-01.'),
    ]);
  }
  return fromDayNumberUnchecked(n);
}

/** {@link addDays} without input checks, for internal loops over dates already validated. */
export function addDaysUnchecked(date: CivilDate, days: number): CivilDate {
  return fromDayNumberUnchecked(toDayNumberUnchecked(date) + days);
}

/**
 * Calendar days from `from` to `to` (`to - from`, negative when `to` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween } from '@ofkit/core';
 * daysBetween('2026-01-01', '2027-01-01'); // 365
 * ```
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumberUnchecked(parseCivilDate(to, ['to'])) - toDayNumberUnchecked(parseCivilDate(from, ['from']));
}

/**
 * ISO weekday of a civil date: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * import { isoWeekday } from '@ofkit/core';
 * isoWeekday('2026-11-22'); // 7 (a Sunday)
 * ```
 */
export function isoWeekday(date: CivilDate): IsoWeekday {
  const n = toDayNumberUnchecked(parseCivilDate(date, ['date']));
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** ISO weekday of a day number (see {@link toDayNumber}). */
export function isoWeekdayOfDayNumber(n: number): IsoWeekday {
  return ((((n + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/**
 * -1, 0 or 1, for sorting civil dates.
 *
 * @example
 * ```ts
 * import { compareDates } from '@ofkit/core';
 * ['2026-12-25', '2026-01-01'].sort(compareDates); // ['2026-01-01', '2026-12-25']
 * ```
 */
export function compareDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  parseCivilDate(a, ['a']);
  parseCivilDate(b, ['b']);
  return a < b ? -1 : a > b ? 1 : 0;
}
