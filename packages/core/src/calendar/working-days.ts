import { OfkitError, issue } from '../errors/ofkit-error.js';
import { requireOptions, show } from './guard.js';
import { fromDayNumber, isoWeekdayOfDayNumber, parseCivilDate, toDayNumber, type CivilDate } from './civil-date.js';
import { publicHolidays, type CalendarOptions } from './holidays.js';
import type { HolidayZone } from './holidays-data.js';

/** The largest `n` accepted by the add functions (about 400 years of working days). */
export const MAX_DAY_STEPS = 100_000;

type Kind = 'ouvre' | 'ouvrable';

/** Builds a day test with a per-call cache of holiday sets by year (no state outlives the call). */
function dayTest(kind: Kind, zone: HolidayZone, options: CalendarOptions): (dayNumber: number, date: CivilDate) => boolean {
  options = requireOptions<CalendarOptions>(options);
  const byYear = new Map<number, Set<CivilDate>>();
  const lastWorkday = kind === 'ouvre' ? 5 : 6;
  return (n, date) => {
    if (isoWeekdayOfDayNumber(n) > lastWorkday) return false;
    const year = Number(date.slice(0, 4));
    let set = byYear.get(year);
    if (!set) {
      set = new Set(publicHolidays(year, zone, options).map((h) => h.date));
      byYear.set(year, set);
    }
    return !set.has(date);
  };
}

function checkSteps(n: number): void {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_DAY_STEPS) {
    throw new OfkitError('INVALID_INPUT', [
      issue(['n'], 'invalid_steps', `Nombre de jours entier attendu, au plus ${MAX_DAY_STEPS} en valeur absolue ; reçu ${show(n)}.`, `Expected a whole number of days, at most ${MAX_DAY_STEPS} in absolute value; got ${show(n)}.`),
    ]);
  }
}

function isKind(kind: Kind, date: CivilDate, zone: HolidayZone, options: CalendarOptions): boolean {
  const d = parseCivilDate(date, ['date']);
  return dayTest(kind, zone, options)(toDayNumber(d), d);
}

function addKind(kind: Kind, date: CivilDate, n: number, zone: HolidayZone, options: CalendarOptions): CivilDate {
  const d = parseCivilDate(date, ['date']);
  checkSteps(n);
  const test = dayTest(kind, zone, options);
  let day = toDayNumber(d);
  let left = Math.abs(n);
  const step = n >= 0 ? 1 : -1;
  while (left > 0) {
    day += step;
    if (test(day, fromDayNumber(day))) left -= 1;
  }
  return fromDayNumber(day);
}

function countKind(kind: Kind, from: CivilDate, to: CivilDate, zone: HolidayZone, options: CalendarOptions): number {
  const a = parseCivilDate(from, ['from']);
  const b = parseCivilDate(to, ['to']);
  const test = dayTest(kind, zone, options);
  const lo = Math.min(toDayNumber(a), toDayNumber(b));
  const hi = Math.max(toDayNumber(a), toDayNumber(b));
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (test(day, fromDayNumber(day))) count += 1;
  return a <= b ? count : count === 0 ? 0 : -count;
}

/**
 * True for a "jour ouvré": Monday to Friday and not a public holiday of `zone`.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from '@ofkit/core';
 * isWorkingDay('2026-05-14'); // false (Ascension)
 * isWorkingDay('2026-05-15'); // true
 * isWorkingDay('2026-12-26', 'alsace-moselle'); // false (Saturday, and Saint-Étienne)
 * ```
 */
export function isWorkingDay(date: CivilDate, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): boolean {
  return isKind('ouvre', date, zone, options);
}

/**
 * The date `n` jours ouvrés (Monday–Friday, not a public holiday) after `date` (before it when `n`
 * is negative). Day `date` itself is never counted; `n = 0` returns `date` unchanged even if it is
 * not a working day.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from '@ofkit/core';
 * addWorkingDays('2026-04-30', 1); // '2026-05-04' (1 May is a holiday, then the weekend)
 * addWorkingDays('2026-05-04', -1); // '2026-04-30'
 * ```
 */
export function addWorkingDays(date: CivilDate, n: number, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): CivilDate {
  return addKind('ouvre', date, n, zone, options);
}

/**
 * Number of jours ouvrés `d` with `from < d <= to` (negative when `to` is before `from`), so that
 * `addWorkingDays(from, countWorkingDays(from, to)) === to` whenever `to` is a working day.
 *
 * @example
 * ```ts
 * import { countWorkingDays } from '@ofkit/core';
 * countWorkingDays('2026-04-30', '2026-05-08'); // 4 (4, 5, 6, 7 May; 1 and 8 May are holidays)
 * ```
 */
export function countWorkingDays(from: CivilDate, to: CivilDate, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): number {
  return countKind('ouvre', from, to, zone, options);
}

/**
 * True for a "jour ouvrable": Monday to Saturday and not a public holiday of `zone`.
 *
 * @example
 * ```ts
 * import { isJourOuvrable } from '@ofkit/core';
 * isJourOuvrable('2026-11-21'); // true (a Saturday)
 * isJourOuvrable('2026-11-22'); // false (a Sunday)
 * ```
 */
export function isJourOuvrable(date: CivilDate, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): boolean {
  return isKind('ouvrable', date, zone, options);
}

/**
 * Like {@link addWorkingDays}, counting jours ouvrables (Monday–Saturday, not a public holiday).
 *
 * @example
 * ```ts
 * import { addJoursOuvrables } from '@ofkit/core';
 * addJoursOuvrables('2026-11-20', 1); // '2026-11-21' (Saturday counts)
 * ```
 */
export function addJoursOuvrables(date: CivilDate, n: number, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): CivilDate {
  return addKind('ouvrable', date, n, zone, options);
}

/**
 * Like {@link countWorkingDays}, counting jours ouvrables.
 *
 * @example
 * ```ts
 * import { countJoursOuvrables } from '@ofkit/core';
 * countJoursOuvrables('2026-11-16', '2026-11-23'); // 6 (Tue–Sat, then Monday)
 * ```
 */
export function countJoursOuvrables(from: CivilDate, to: CivilDate, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): number {
  return countKind('ouvrable', from, to, zone, options);
}
