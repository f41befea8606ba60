// Mutation-testing tests (issue 14) for the calendar: the exact issues of each rejection (the field named, the
// bad value shown safely), date boundaries (month ends, leap years 1900/2000/2024, 0001-01-01 and 9999-12-31),
// and Europe/Paris offsets around DST changes and before 1940 (Paris was on UTC+0 then).
import { describe, expect, it } from 'vitest';
import { OfkitError } from '../errors/ofkit-error.js';
import { addDays, compareDates, dateParts, daysBetween, daysInMonth, formatCivilDate, fromDayNumber, isCivilDate, isLeapYear, isoWeekday, parseCivilDate, toDayNumber } from './civil-date.js';
import { publicHolidays, publicHolidayOn } from './holidays.js';
import { parisInstant, parseInstant, toParisDateTime } from './instant.js';
import { addMonths } from './months.js';
import { addWorkingDays } from './working-days.js';

function err(fn: () => unknown): { code: string; issues: unknown[] } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    const o = e as OfkitError;
    return { code: o.code, issues: o.issues.map((i) => ({ ...i, path: [...i.path] })) };
  }
  throw new Error('expected a throw');
}

describe('civil dates: boundaries', () => {
  // Gregorian rule: a year divisible by 4 is leap, except centuries, except those divisible by 400.
  it.each([[1900, false], [2000, true], [2024, true], [2026, false], [2100, false], [-4, true], [0, true]])('isLeapYear(%i) is %s', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
    expect(daysInMonth(y, 2)).toBe(leap ? 29 : 28);
  });

  it('month lengths', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it.each([
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['0000-12-31', false],
    ['2026-1-01', false],
  ])('isCivilDate(%s) is %s', (d, ok) => {
    expect(isCivilDate(d)).toBe(ok);
  });

  it('isCivilDate refuses what is not a string', () => {
    expect(isCivilDate(20260101)).toBe(false);
    expect(isCivilDate(new String('2026-01-01'))).toBe(false);
  });

  it('day numbers count from 1970-01-01 and cover 0001-01-01 … 9999-12-31 exactly', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(-719162)).toBe('0001-01-01');
    expect(fromDayNumber(2932896)).toBe('9999-12-31');
    for (const d of ['1900-02-28', '1900-03-01', '2000-02-29', '2000-03-01', '2024-12-31', '2100-03-01', '1600-02-29', '2400-12-31']) {
      expect(fromDayNumber(toDayNumber(d))).toBe(d);
    }
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(daysBetween('1900-01-01', '2000-01-01')).toBe(36524);
  });

  it('other helpers', () => {
    expect(dateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatCivilDate(1, 1, 1)).toBe('0001-01-01');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
  });

  it.each([
    ['parseCivilDate, no path', () => parseCivilDate('2026-02-30')],
    ['parseCivilDate, wrong shape', () => parseCivilDate('26/02/2026', ['when'])],
    ['parseCivilDate, a number', () => parseCivilDate(5, ['when'])],
    ['dateParts', () => dateParts('x')],
    ['toDayNumber', () => toDayNumber('2026-13-01')],
    ['addDays, bad date', () => addDays('2026-02-29', 1)],
    ['addDays, fractional days', () => addDays('2026-01-01', 1.5)],
    ['addDays, past 9999-12-31', () => addDays('9999-12-31', 1)],
    ['addDays, before 0001-01-01', () => addDays('0001-01-01', -1)],
    ['compareDates a', () => compareDates('x', '2026-01-01')],
    ['compareDates b', () => compareDates('2026-01-01', 'y')],
    ['daysBetween', () => daysBetween('2026-01-01', '2026-02-30')],
    ['isLeapYear, fraction', () => isLeapYear(2024.5)],
    ['isLeapYear, too far', () => isLeapYear(1_000_001)],
    ['isLeapYear, too far back', () => isLeapYear(-1_000_001)],
    ['daysInMonth, month 13', () => daysInMonth(2026, 13)],
    ['daysInMonth, month 0', () => daysInMonth(2026, 0)],
    ['formatCivilDate, day 29 in 2026-02', () => formatCivilDate(2026, 2, 29)],
    ['formatCivilDate, year 0', () => formatCivilDate(0, 1, 1)],
    ['formatCivilDate, year 10000', () => formatCivilDate(10000, 1, 1)],
    ['formatCivilDate, month as string', () => formatCivilDate(2026, '1' as never, 1)],
    ['fromDayNumber, past the end', () => fromDayNumber(2932897)],
    ['fromDayNumber, before the start', () => fromDayNumber(-719163)],
  ])('%s: issues', (_n, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });
});

describe('the bad value is shown without running its code, long strings cut at 40 characters', () => {
  it.each([
    ['a 41-character string', 'x'.repeat(41)],
    ['a 40-character string', 'y'.repeat(40)],
    ['a number', 42],
    ['a boolean', true],
    ['null', null],
    ['an object', { toString: () => 'hostile' }],
    ['a symbol', Symbol('s')],
  ])('%s', (_n, value) => {
    expect(err(() => publicHolidays(2026, value as never)).issues).toMatchSnapshot();
  });

  it('undefined is shown as such', () => {
    expect(err(() => parseInstant(undefined)).issues[0]).toMatchObject({ message: 'Horodatage ISO 8601 avec décalage attendu (ex. 2026-03-29T09:00:00+02:00), reçu undefined.' });
  });

  it('options that are not an object name ["options"]', () => {
    expect(err(() => publicHolidays(2026, 'metropole', 5 as never)).issues).toEqual([
      { path: ['options'], code: 'invalid_type', message: 'Objet attendu.', messageEn: 'Object expected.' },
    ]);
    expect(err(() => addMonths('2026-01-31', 1, [] as never)).issues[0]).toMatchObject({ path: ['options'] });
    expect(err(() => addWorkingDays('2026-01-01', 1, 'metropole', null as never)).issues[0]).toMatchObject({ path: ['options'] });
  });

  it('holidays on a given date', () => {
    expect(publicHolidayOn('2026-07-14')?.date).toBe('2026-07-14');
    expect(publicHolidayOn('2026-07-15')).toBeUndefined();
  });
});

describe('instants in Europe/Paris', () => {
  it.each([
    // Last Sunday of March 2026: 02:00 → 03:00; last Sunday of October: 03:00 → 02:00.
    ['2026-03-29T00:59:59Z', '2026-03-29', '01:59:59', '+01:00', 'morning'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '03:00:00', '+02:00', 'morning'],
    ['2026-10-25T00:59:59Z', '2026-10-25', '02:59:59', '+02:00', 'morning'],
    ['2026-10-25T01:00:00Z', '2026-10-25', '02:00:00', '+01:00', 'morning'],
    ['2026-06-01T10:59:59Z', '2026-06-01', '12:59:59', '+02:00', 'morning'],
    ['2026-06-01T11:00:00Z', '2026-06-01', '13:00:00', '+02:00', 'afternoon'],
    ['2026-12-31T23:30:00+00:00', '2027-01-01', '00:30:00', '+01:00', 'morning'],
    // Before 1940 France kept Western European Time: UTC+0 in winter, shown '+00:00'.
    ['1930-01-15T12:00:00Z', '1930-01-15', '12:00:00', '+00:00', 'morning'],
  ])('%s is %s %s (%s), %s', (instant, date, time, offset, halfDay) => {
    expect(toParisDateTime(instant)).toMatchObject({ date, time, offset, halfDay, epochMs: Date.parse(instant) });
  });

  it('the half-day cutoff is HH:MM, minutes included', () => {
    expect(toParisDateTime('2026-06-01T10:29:00Z', { halfDayCutoff: '12:30' }).halfDay).toBe('morning');
    expect(toParisDateTime('2026-06-01T10:30:00Z', { halfDayCutoff: '12:30' }).halfDay).toBe('afternoon');
  });

  it('parisInstant: wall time to instant, ambiguous → summer time, skipped → one hour later', () => {
    expect(parisInstant('2026-06-01', '09:00')).toBe('2026-06-01T09:00:00+02:00');
    expect(parisInstant('2026-01-15', '09:00:30')).toBe('2026-01-15T09:00:30+01:00');
    expect(parisInstant('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
    expect(parisInstant('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(parisInstant('1930-01-15', '12:00')).toBe('1930-01-15T12:00:00+00:00');
  });

  it('parseInstant accepts offsets up to ±18:00 and seconds up to 59', () => {
    expect(parseInstant('2026-06-01T12:00:00+18:00')).toBe(Date.parse('2026-06-01T12:00:00+18:00'));
    expect(parseInstant('2026-06-01T12:00:59.5-03:30')).toBe(Date.parse('2026-06-01T12:00:59.5-03:30'));
    expect(parseInstant('2026-06-01T23:59Z')).toBe(Date.parse('2026-06-01T23:59Z'));
  });

  it.each([
    ['not a string', () => parseInstant(5)],
    ['no offset', () => parseInstant('2026-06-01T12:00:00', ['at'])],
    ['hour 24', () => parseInstant('2026-06-01T24:00:00Z', ['at'])],
    ['minute 60', () => parseInstant('2026-06-01T12:60:00Z')],
    ['second 60', () => parseInstant('2026-06-01T12:00:60Z')],
    ['day 31 in June', () => parseInstant('2026-06-31T12:00:00Z')],
    ['offset hour 19', () => parseInstant('2026-06-01T12:00:00+19:00')],
    ['offset minute 60', () => parseInstant('2026-06-01T12:00:00+01:60')],
    ['toParisDateTime, default path', () => toParisDateTime('x')],
    ['toParisDateTime, own path', () => toParisDateTime('x', { path: ['session', 0, 'start'] })],
    ['toParisDateTime, bad path', () => toParisDateTime('2026-06-01T12:00:00Z', { path: 'start' as never })],
    ['toParisDateTime, path of objects', () => toParisDateTime('2026-06-01T12:00:00Z', { path: [{}] as never })],
    ['toParisDateTime, bad cutoff', () => toParisDateTime('2026-06-01T12:00:00Z', { halfDayCutoff: '25:00' })],
    ['parisInstant, bad date', () => parisInstant('2026-02-29', '09:00')],
    ['parisInstant, bad time', () => parisInstant('2026-06-01', '24:00')],
    ['parisInstant, time with text before', () => parisInstant('2026-06-01', 'x09:00')],
    ['parisInstant, time with text after', () => parisInstant('2026-06-01', '09:00x')],
  ])('%s: issues', (_n, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });
});
