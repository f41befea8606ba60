import { OfkitError, issue } from '../errors/ofkit-error.js';
import { requireOptions, show } from './guard.js';
import { valueAt } from '../law/parameters.js';
import type { LegalRef, ParameterStatus } from '../law/types.js';
import { addDaysUnchecked, formatCivilDate, parseCivilDate, type CivilDate } from './civil-date.js';
import { calendarRules, HOLIDAY_ZONES, type CalendarRules, type HolidayZone } from './holidays-data.js';

/** A public holiday. */
export interface PublicHoliday {
  /** The day, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** French name, e.g. `Lundi de Pâques`. */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  /** Stable key, e.g. `lundi-de-paques`. */
  readonly key: string;
}

/** Options of the calendar functions. */
export interface CalendarOptions {
  /** A rule set derived with `overrideRules(calendarRules, …)` to correct or extend the holidays. */
  readonly rules?: CalendarRules;
}

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @example
 * ```ts
 * import { easterSunday } from '@ofkit/core';
 * easterSunday(2026); // '2026-04-05'
 * easterSunday(2038); // '2038-04-25' (latest possible date)
 * ```
 */
export function easterSunday(year: number): CivilDate {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatCivilDate(year, month, day);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new OfkitError('INVALID_INPUT', [
      issue(['year'], 'invalid_year', `Année invalide : ${show(year)} (entier de 1583 à 9999 attendu).`, `Invalid year: ${show(year)} (expected an integer from 1583 to 9999).`),
    ]);
  }
}

function checkZone(zone: unknown): asserts zone is HolidayZone {
  if (typeof zone !== 'string' || !(HOLIDAY_ZONES as readonly string[]).includes(zone)) {
    throw new OfkitError('INVALID_INPUT', [
      issue(['zone'], 'invalid_zone', `Zone inconnue : ${show(zone)}. Zones : ${HOLIDAY_ZONES.join(', ')}.`, `Unknown zone: ${show(zone)}. Zones: ${HOLIDAY_ZONES.join(', ')}.`),
    ]);
  }
}

/** The public holidays of a year with the provenance of the list used. */
export interface PublicHolidaysDetail {
  readonly holidays: readonly PublicHoliday[];
  readonly status: ParameterStatus;
  readonly references: readonly LegalRef[];
  /** Remark on the zone's list, in French, if any. */
  readonly note?: string;
  /** The same remark in English, when the list has one. */
  readonly noteEn?: string;
}

/**
 * Like {@link publicHolidays}, with the status and legal references of the list applied.
 *
 * @example
 * ```ts
 * import { publicHolidaysDetail } from '@ofkit/core';
 * publicHolidaysDetail(2026, 'reunion').references.map((r) => r.article); // ['L3133-1', 'L3422-2', '83-550', '83-1003 art. 1']
 * publicHolidaysDetail(2005, 'saint-barthelemy').status; // 'provisional'
 * ```
 */
export function publicHolidaysDetail(year: number, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): PublicHolidaysDetail {
  checkYear(year);
  checkZone(zone);
  options = requireOptions<CalendarOptions>(options);
  const rules = options.rules ?? calendarRules;
  const resolved = valueAt(rules[zone], `${String(year).padStart(4, '0')}-12-31`);
  let easter: CivilDate | undefined;
  const holidays = resolved.value.map((r): PublicHoliday => {
    let date: CivilDate;
    if (r.kind === 'fixed') date = formatCivilDate(year, r.month, r.day);
    else {
      easter ??= easterSunday(year);
      date = addDaysUnchecked(easter, r.offset);
    }
    return { date, name: r.name, nameEn: r.nameEn, key: r.key };
  });
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    holidays,
    status: resolved.status,
    references: resolved.references,
    ...(resolved.note !== undefined ? { note: resolved.note } : {}),
    ...(resolved.noteEn !== undefined ? { noteEn: resolved.noteEn } : {}),
  };
}

/**
 * The public holidays ("jours fériés") of a year in a zone, sorted by date.
 *
 * Zones: `metropole` (the 11 fêtes légales of L. 3133-1), `alsace-moselle` (+ Good Friday and
 * 26 December, L. 3134-13), and the overseas zones with their abolition-of-slavery day (Code du
 * travail L. 3422-2, loi n° 83-550, décret n° 83-1003 mod. 2012-553), all from 1984: `guadeloupe`
 * and `saint-martin` (27 May), `martinique` (22 May), `guyane` (10 June), `reunion` (20 December),
 * `mayotte` (27 April), `saint-barthelemy` (9 October from 2012; before, Guadeloupe's 27 May with
 * status `provisional`). Good Friday is not a legal holiday in Guadeloupe or Martinique (a custom;
 * add it by override, see the core README). Source: ../shared/domain/corrections-2026-12.md §5.
 *
 * @example
 * ```ts
 * import { publicHolidays } from '@ofkit/core';
 * publicHolidays(2026).map((h) => h.date);
 * // ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
 * //  '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']
 * publicHolidays(2026, 'saint-barthelemy').find((h) => h.key === 'abolition-de-l-esclavage')?.date; // '2026-10-09'
 * publicHolidays(2000, 'mayotte').length; // 12
 * ```
 */
export function publicHolidays(year: number, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): PublicHoliday[] {
  return [...publicHolidaysDetail(year, zone, options).holidays];
}

/**
 * The public holiday falling on `date` in `zone`, or `undefined`.
 *
 * @example
 * ```ts
 * import { publicHolidayOn } from '@ofkit/core';
 * publicHolidayOn('2026-12-26', 'alsace-moselle')?.name; // 'Saint-Étienne'
 * publicHolidayOn('2026-12-26'); // undefined
 * ```
 */
export function publicHolidayOn(date: CivilDate, zone: HolidayZone = 'metropole', options: CalendarOptions = {}): PublicHoliday | undefined {
  const d = parseCivilDate(date, ['date']);
  const year = Number(d.slice(0, 4));
  return publicHolidays(year, zone, options).find((h) => h.date === d);
}
