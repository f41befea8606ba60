export {
  isCivilDate,
  parseCivilDate,
  CivilDateSchema,
  isLeapYear,
  daysInMonth,
  formatCivilDate,
  addDays,
  daysBetween,
  isoWeekday,
  compareDates,
} from './civil-date.js';
export type { CivilDate, IsoWeekday } from './civil-date.js';
export { calendarRules, HOLIDAY_ZONES, METROPOLE_HOLIDAYS } from './holidays-data.js';
export type { HolidayZone, HolidayRule, CalendarRules } from './holidays-data.js';
export { publicHolidays, publicHolidaysDetail, publicHolidayOn, easterSunday } from './holidays.js';
export type { PublicHoliday, PublicHolidaysDetail, CalendarOptions } from './holidays.js';
export {
  isWorkingDay,
  addWorkingDays,
  countWorkingDays,
  isJourOuvrable,
  addJoursOuvrables,
  countJoursOuvrables,
  MAX_DAY_STEPS,
} from './working-days.js';
export { addMonths, addYears, CPC_641 } from './months.js';
export type { EndOfMonthPolicy, AddMonthsOptions } from './months.js';
export { toParisDateTime, parseInstant, parisInstant, PARIS_TIME_ZONE } from './instant.js';
export type { ParisDateTime, ParisDateTimeOptions, HalfDay } from './instant.js';
