/**
 * The law catalogue of `@ofkit/core`: its one rule set, the public holidays by zone.
 * Convention (every package the same): `<package>LawCatalogue()` returns a {@link LawCatalogue}
 * built with `lawCatalogue` from the package's exported rule sets.
 *
 * @module
 */
import { calendarRules } from '../calendar/holidays-data.js';
import { lawCatalogue, type LawCatalogue } from './catalogue.js';

const holidayNames = (value: never): string =>
  (value as ReadonlyArray<{ readonly name: string }>).map((h) => h.name).join(', ');
/** The same list with the English names (`nameEn`, which every shipped holiday has). */
const holidayNamesEn = (value: never): string =>
  (value as ReadonlyArray<{ readonly name: string; readonly nameEn?: string }>).map((h) => h.nameEn ?? h.name).join(', ');

/**
 * Every parameter of `@ofkit/core` (the public holidays of each zone, `calendarRules`) with its dated
 * values, references, statuses and the functions that read it.
 *
 * @example
 * ```ts
 * import { coreLawCatalogue } from '@ofkit/core';
 * const cat = coreLawCatalogue();
 * cat.entries.some((e) => e.id === 'calendar.holidays.metropole'); // true
 * cat.entries[0]?.package; // '@ofkit/core'
 * cat.entries.find((e) => e.id === 'calendar.holidays.metropole')?.values[0]?.textEn.startsWith("New Year's Day, Easter Monday"); // true
 * ```
 */
export function coreLawCatalogue(): LawCatalogue {
  const keys = Object.keys(calendarRules);
  return lawCatalogue([
    {
      package: '@ofkit/core',
      ruleSet: 'calendarRules',
      rules: calendarRules,
      theme: 'calendar',
      readers: ['publicHolidays', 'publicHolidaysDetail', 'publicHolidayOn', 'isWorkingDay', 'addWorkingDays', 'countWorkingDays', 'isJourOuvrable', 'addJoursOuvrables', 'countJoursOuvrables'],
      describe: Object.fromEntries(keys.map((k) => [k, holidayNames])),
      describeEn: Object.fromEntries(keys.map((k) => [k, holidayNamesEn])),
    },
  ]);
}
