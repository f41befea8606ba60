import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers.js';
import { parseInput } from '../errors/validate.js';
import {
  CivilDateSchema,
  addDays,
  compareDates,
  dateParts,
  daysBetween,
  daysInMonth,
  formatCivilDate,
  fromDayNumber,
  isCivilDate,
  isLeapYear,
  isoWeekday,
  parseCivilDate,
  toDayNumber,
} from './civil-date.js';

describe('civil dates', () => {
  it('knows leap years of the Gregorian calendar', () => {
    expect([1900, 2000, 2024, 2026, 2028, 2100, 2400].map(isLeapYear)).toEqual([false, true, true, false, true, false, true]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('accepts only days that exist, written YYYY-MM-DD', () => {
    for (const ok of ['2026-11-22', '2028-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31']) expect(isCivilDate(ok)).toBe(true);
    for (const bad of ['2026-02-29', '2100-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '2026-1-01', '2026-01-1', '26-01-01', '2026/01/01', '2026-01-01T00:00:00Z', ' 2026-01-01', '', null, 20260101, new Date(0)]) {
      expect(isCivilDate(bad)).toBe(false);
    }
  });

  it('parseCivilDate names the field and tells format from existence', () => {
    expect(parseCivilDate('2026-11-22')).toBe('2026-11-22');
    const e = thrown(() => parseCivilDate('2026-02-30', ['purchaseDate']));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([{ path: ['purchaseDate'], code: 'invalid_date', message: 'Date inexistante : 2026-02-30.', messageEn: 'Date does not exist: 2026-02-30.' }]);
    const f = thrown(() => parseCivilDate('22/11/2026', ['start']));
    expect(f.issues[0]).toMatchObject({ path: ['start'], code: 'invalid_date_format' });
    expect(f.issues[0]!.message).toContain('AAAA-MM-JJ');
    expect(f.issues[0]!.messageEn).toContain('YYYY-MM-DD');
    expect(thrown(() => parseCivilDate(42)).issues[0]!.message).toContain('number');
  });

  it('CivilDateSchema reports format and existence with codes', () => {
    expect(parseInput(CivilDateSchema, '2028-02-29')).toBe('2028-02-29');
    expect(thrown(() => parseInput(CivilDateSchema, '2026-02-29', ['d'])).issues[0]).toMatchObject({ path: ['d'], code: 'invalid_date', message: 'Date inexistante.' });
    expect(thrown(() => parseInput(CivilDateSchema, '2026-2-1', ['d'])).issues[0]).toMatchObject({ path: ['d'], code: 'invalid_format' });
  });

  it('day numbers match the Unix epoch', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-719162)).toBe('0001-01-01');
    expect(toDayNumber('2026-11-22')).toBe(Date.UTC(2026, 10, 22) / 86_400_000);
  });

  it('adds days across month ends, 29 February and New Year', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('2028-01-01', 365)).toBe('2028-12-31');
  });

  it('rejects bad input to addDays and daysBetween', () => {
    expect(thrown(() => addDays('2026-02-30', 1)).issues[0]!.path).toEqual(['date']);
    expect(thrown(() => addDays('2026-02-01', 1.5)).issues[0]).toMatchObject({ path: ['days'], code: 'not_integer' });
    expect(thrown(() => addDays('2026-02-01', NaN)).issues[0]!.path).toEqual(['days']);
    expect(thrown(() => daysBetween('2026-02-01', '2026-02-31')).issues[0]!.path).toEqual(['to']);
    expect(thrown(() => daysBetween('x', '2026-02-01')).issues[0]!.path).toEqual(['from']);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
  });

  it('weekdays (1 = Monday)', () => {
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
    expect(isoWeekday('2000-01-01')).toBe(6);
    expect(isoWeekday('2028-02-29')).toBe(2);
    expect(thrown(() => isoWeekday('2026-02-29')).issues[0]!.path).toEqual(['date']);
  });

  it('helpers', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBe(-1);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(dateParts('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(formatCivilDate(5, 3, 7)).toBe('0005-03-07');
  });
});
