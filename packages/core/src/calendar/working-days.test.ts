import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers.js';
import { overrideRules } from '../law/rule-set.js';
import { calendarRules, METROPOLE_HOLIDAYS } from './holidays-data.js';
import { addJoursOuvrables, addWorkingDays, countJoursOuvrables, countWorkingDays, isJourOuvrable, isWorkingDay } from './working-days.js';

// 2026 calendar used below (1 January 2026 is a Thursday): 1 May and 8 May are Fridays, Ascension
// is Thursday 14 May, 15 August a Saturday, 1 November a Sunday, 26 December a Saturday.

describe('jours ouvrés', () => {
  it('Monday to Friday, not a holiday', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Ascension
    expect(isWorkingDay('2026-05-15')).toBe(true);
    expect(isWorkingDay('2026-04-03')).toBe(true); // Good Friday, metropole
    expect(isWorkingDay('2026-04-03', 'alsace-moselle')).toBe(false);
    expect(isWorkingDay('2026-05-27', 'guadeloupe')).toBe(false);
    expect(isWorkingDay('2026-05-22', 'martinique')).toBe(false);
    expect(isWorkingDay('2026-06-10', 'guyane')).toBe(false);
    expect(isWorkingDay('2026-04-27', 'mayotte')).toBe(false);
    expect(isWorkingDay('2026-04-27')).toBe(true);
    expect(isWorkingDay('2028-02-29')).toBe(true); // Tuesday of a leap year
  });

  it('adds working days over holidays and weekends', () => {
    expect(addWorkingDays('2026-04-30', 1)).toBe('2026-05-04'); // 1 May, then the weekend
    expect(addWorkingDays('2026-05-07', 1)).toBe('2026-05-11'); // 8 May, then the weekend
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15'); // Ascension
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26'); // Whit Monday
    expect(addWorkingDays('2026-11-20', 5)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-22', 1)).toBe('2026-11-23'); // from a Sunday
    expect(addWorkingDays('2026-04-02', 1, 'alsace-moselle')).toBe('2026-04-07'); // Good Friday and Easter Monday
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-03');
  });

  it('crosses New Year and 29 February', () => {
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // 1 January 2027 is a Friday
    expect(addWorkingDays('2027-01-04', -1)).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28'); // Christmas on a Friday
    expect(addWorkingDays('2026-12-24', 1, 'alsace-moselle')).toBe('2026-12-28');
    expect(addWorkingDays('2028-02-25', 2)).toBe('2028-02-29');
    expect(addWorkingDays('2028-02-29', 1)).toBe('2028-03-01');
  });

  it('negative n goes backwards, n = 0 returns the date', () => {
    expect(addWorkingDays('2026-05-04', -1)).toBe('2026-04-30');
    expect(addWorkingDays('2026-05-15', -2)).toBe('2026-05-12');
    expect(addWorkingDays('2026-11-23', -1)).toBe('2026-11-20');
    expect(addWorkingDays('2026-11-22', 0)).toBe('2026-11-22');
    expect(addWorkingDays('2026-05-01', 0)).toBe('2026-05-01');
  });

  it('a CPF-style deadline: 11 jours ouvrés', () => {
    // Proposal on Monday 27 April 2026: Tue 28, Wed 29, Thu 30 (3), Mon 4, Tue 5, Wed 6, Thu 7 (7),
    // Mon 11, Tue 12, Wed 13 (10), Fri 15 (11): 1 May, 8 May and Ascension (14 May) are skipped.
    expect(addWorkingDays('2026-04-27', 11)).toBe('2026-05-15');
    expect(countWorkingDays('2026-04-27', '2026-05-15')).toBe(11);
  });

  it('counts working days d with from < d <= to', () => {
    expect(countWorkingDays('2026-04-30', '2026-05-08')).toBe(4);
    expect(countWorkingDays('2026-05-08', '2026-04-30')).toBe(-4);
    expect(countWorkingDays('2026-11-23', '2026-11-23')).toBe(0);
    expect(countWorkingDays('2026-11-22', '2026-11-21')).toBe(0); // a weekend backwards: 0, not -0
    expect(countJoursOuvrables('2026-11-22', '2026-11-21')).toBe(0);
    expect(countJoursOuvrables('2026-11-23', '2026-11-22')).toBe(-1); // Monday 23 is in (22, 23]
    expect(countWorkingDays('2026-11-20', '2026-11-23')).toBe(1);
    // Whole year 2026: 261 weekdays, 9 holidays on weekdays (15 August and 1 November fall on a weekend).
    expect(countWorkingDays('2025-12-31', '2026-12-31')).toBe(252);
    expect(countWorkingDays('2025-12-31', '2026-12-31', 'alsace-moselle')).toBe(251); // + Good Friday; 26 Dec is a Saturday
    expect(countWorkingDays('2025-12-31', '2026-12-31', 'reunion')).toBe(252); // 20 December 2026 is a Sunday
    expect(countWorkingDays('2025-12-31', '2026-12-31', 'guadeloupe')).toBe(251);
    expect(countWorkingDays('2025-12-31', '2026-12-31', 'mayotte')).toBe(251);
    // 2028 (leap year, starts on a Saturday): 260 weekdays; holidays on weekdays: 17 Apr, 1 May, 8 May,
    // 25 May, 5 Jun, 14 Jul, 15 Aug, 1 Nov, 25 Dec = 9 (1 January and 11 November are Saturdays).
    expect(countWorkingDays('2027-12-31', '2028-12-31')).toBe(251);
  });
});

describe('jours ouvrables', () => {
  it('Monday to Saturday, not a holiday', () => {
    expect(isJourOuvrable('2026-11-21')).toBe(true);
    expect(isJourOuvrable('2026-11-22')).toBe(false);
    expect(isJourOuvrable('2026-08-15')).toBe(false); // a holiday on a Saturday
    expect(isJourOuvrable('2026-12-26')).toBe(true);
    expect(isJourOuvrable('2026-12-26', 'alsace-moselle')).toBe(false);
  });

  it('adds and counts', () => {
    expect(addJoursOuvrables('2026-11-20', 1)).toBe('2026-11-21');
    expect(addJoursOuvrables('2026-11-21', 1)).toBe('2026-11-23');
    expect(addJoursOuvrables('2026-08-14', 1)).toBe('2026-08-17'); // Saturday 15 August is a holiday
    expect(addWorkingDays('2026-08-14', 1)).toBe('2026-08-17');
    expect(addJoursOuvrables('2026-11-23', -1)).toBe('2026-11-21');
    expect(addJoursOuvrables('2026-12-24', 2, 'alsace-moselle')).toBe('2026-12-29');
    expect(countJoursOuvrables('2026-11-16', '2026-11-23')).toBe(6);
    expect(countJoursOuvrables('2026-04-30', '2026-05-08')).toBe(5);
    expect(countJoursOuvrables('2026-05-08', '2026-04-30')).toBe(-5);
    // 2026: 313 days Monday–Saturday; 10 holidays among them (9 weekdays + Saturday 15 August).
    expect(countJoursOuvrables('2025-12-31', '2026-12-31')).toBe(303);
  });
});

describe('overrides and bad input', () => {
  it('uses an overridden holiday list', () => {
    const rules = overrideRules(calendarRules, {
      metropole: [
        {
          from: '2030-01-01',
          value: [...METROPOLE_HOLIDAYS, { key: 'test', name: 'Jour test', nameEn: 'Test day', kind: 'fixed', month: 3, day: 12 }],
          status: 'provisional',
          references: [],
        },
      ],
    });
    expect(isWorkingDay('2030-03-12', 'metropole', { rules })).toBe(false);
    expect(isWorkingDay('2030-03-12')).toBe(true);
    expect(addWorkingDays('2030-03-11', 1, 'metropole', { rules })).toBe('2030-03-13');
  });

  it('rejects bad dates, steps and zones, naming the field', () => {
    expect(thrown(() => isWorkingDay('2026-02-29')).issues[0]).toMatchObject({ path: ['date'], code: 'invalid_date' });
    expect(thrown(() => addWorkingDays('2026-02-29', 1)).issues[0]!.path).toEqual(['date']);
    expect(thrown(() => addWorkingDays('2026-02-27', 1.5)).issues[0]).toMatchObject({ path: ['n'], code: 'invalid_steps' });
    expect(thrown(() => addWorkingDays('2026-02-27', NaN)).issues[0]!.path).toEqual(['n']);
    expect(thrown(() => addWorkingDays('2026-02-27', 100_001)).issues[0]!.path).toEqual(['n']);
    expect(thrown(() => countWorkingDays('2026-02-27', '2026-02-30')).issues[0]!.path).toEqual(['to']);
    expect(thrown(() => countJoursOuvrables('2026-2-27', '2026-02-28')).issues[0]!.path).toEqual(['from']);
    expect(thrown(() => isJourOuvrable('2026-02-27', 'paris' as never)).issues[0]!.path).toEqual(['zone']);
    expect(thrown(() => addWorkingDays('1982-01-04', -5)).code).toBe('NO_VALUE_IN_FORCE');
  });
});
