import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers.js';
import { addMonths, addYears } from './months.js';

describe('addMonths', () => {
  it('keeps the day when it exists', () => {
    expect(addMonths('2026-11-22', 3)).toBe('2027-02-22');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-01-15', 0)).toBe('2026-01-15');
    expect(addMonths('2026-01-15', 24)).toBe('2028-01-15');
  });

  it('clamp (default, CPC art. 641): last day of the target month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2026-04-30', 1)).toBe('2026-05-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('overflow: extra days roll into the next month, like Date#setMonth', () => {
    expect(addMonths('2026-01-31', 1, { endOfMonth: 'overflow' })).toBe('2026-03-03');
    expect(addMonths('2028-01-31', 1, { endOfMonth: 'overflow' })).toBe('2028-03-02');
    expect(addMonths('2026-03-31', -1, { endOfMonth: 'overflow' })).toBe('2026-03-03');
    expect(addMonths('2026-05-31', 1, { endOfMonth: 'overflow' })).toBe('2026-07-01');
    expect(addMonths('2026-01-15', 1, { endOfMonth: 'overflow' })).toBe('2026-02-15');
    // the same as JavaScript's Date for a few cases
    for (const [d, n] of [['2026-01-31', 1], ['2026-08-31', 1], ['2026-12-31', 2], ['2028-03-31', -1], ['2026-10-31', -8]] as const) {
      const js = new Date(`${d}T00:00:00Z`);
      js.setUTCMonth(js.getUTCMonth() + n);
      expect(addMonths(d, n, { endOfMonth: 'overflow' })).toBe(js.toISOString().slice(0, 10));
    }
  });

  it('end-of-month: a month end maps to a month end', () => {
    expect(addMonths('2026-04-30', 1, { endOfMonth: 'end-of-month' })).toBe('2026-05-31');
    expect(addMonths('2026-02-28', 1, { endOfMonth: 'end-of-month' })).toBe('2026-03-31');
    expect(addMonths('2028-02-28', 1, { endOfMonth: 'end-of-month' })).toBe('2028-03-28'); // not the end in a leap year
    expect(addMonths('2028-02-29', 1, { endOfMonth: 'end-of-month' })).toBe('2028-03-31');
    expect(addMonths('2026-01-31', 1, { endOfMonth: 'end-of-month' })).toBe('2026-02-28');
    expect(addMonths('2026-05-31', -1, { endOfMonth: 'end-of-month' })).toBe('2026-04-30');
    expect(addMonths('2026-01-30', 1, { endOfMonth: 'end-of-month' })).toBe('2026-02-28');
    expect(addMonths('2026-04-15', 1, { endOfMonth: 'end-of-month' })).toBe('2026-05-15');
  });

  it('rejects bad input, naming the field', () => {
    expect(thrown(() => addMonths('2026-02-30', 1)).issues[0]).toMatchObject({ path: ['date'], code: 'invalid_date' });
    expect(thrown(() => addMonths('2026-02-28', 1.5)).issues[0]).toMatchObject({ path: ['months'], code: 'not_integer' });
    expect(thrown(() => addMonths('2026-02-28', NaN)).issues[0]!.path).toEqual(['months']);
    expect(thrown(() => addMonths('2026-02-28', 1, { endOfMonth: 'last' as never })).issues[0]).toMatchObject({ path: ['options', 'endOfMonth'], code: 'invalid_policy' });
    expect(thrown(() => addMonths('0001-01-15', -1)).issues[0]).toMatchObject({ path: ['months'], code: 'out_of_range' });
    expect(thrown(() => addMonths('9999-12-15', 1)).issues[0]!.code).toBe('out_of_range');
  });
});

describe('addYears', () => {
  it('adds whole years; 29 February follows the end-of-month policy', () => {
    expect(addYears('2026-11-22', 3)).toBe('2029-11-22');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2028-02-29', 1, { endOfMonth: 'overflow' })).toBe('2029-03-01');
    expect(addYears('2028-02-29', -1)).toBe('2027-02-28');
    expect(addYears('2027-02-28', 1, { endOfMonth: 'end-of-month' })).toBe('2028-02-29');
  });
  it('rejects a fractional number of years', () => {
    expect(thrown(() => addYears('2026-01-01', 0.5)).issues[0]).toMatchObject({ path: ['years'], code: 'not_integer' });
  });
});
