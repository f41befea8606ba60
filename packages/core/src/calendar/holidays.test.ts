import { describe, expect, it } from 'vitest';
import vectors from '../../test/vectors/holidays.json';
import { thrown } from '../../test/helpers.js';
import { valueAt } from '../law/parameters.js';
import { overrideRules } from '../law/rule-set.js';
import { calendarRules, HOLIDAY_ZONES, METROPOLE_HOLIDAYS, type HolidayZone } from './holidays-data.js';
import { easterSunday, publicHolidayOn, publicHolidays, publicHolidaysDetail } from './holidays.js';

/**
 * A second, independent computus: Gauss's Easter algorithm for the Gregorian calendar (1800 form,
 * with its two exceptions), unlike the Meeus/Jones/Butcher algorithm of the implementation.
 */
function gaussEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const M = (15 - p + k - q) % 30;
  const N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30;
  const e = (2 * b + 4 * c + 6 * d + N) % 7;
  let month = 3;
  let day = 22 + d + e;
  if (day > 31) {
    month = 4;
    day -= 31;
  }
  if (d === 29 && e === 6) {
    month = 4;
    day = 19;
  } else if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) {
    month = 4;
    day = 18;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('easterSunday', () => {
  it('matches the published table, extreme dates included', () => {
    for (const { year, date } of vectors.easterSundays) expect(easterSunday(year), String(year)).toBe(date);
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
    expect(easterSunday(1943)).toBe('1943-04-25');
  });

  it('the table agrees with the Gauss computus (checks the test oracle itself)', () => {
    for (const { year, date } of vectors.easterSundays) expect(gaussEaster(year)).toBe(date);
  });

  it('agrees with the Gauss computus from 1583 to 4099, always a Sunday between 22 March and 25 April', () => {
    let earliest = 0;
    let latest = 0;
    for (let y = 1583; y <= 4099; y++) {
      const e = easterSunday(y);
      expect(e, String(y)).toBe(gaussEaster(y));
      const md = e.slice(5);
      expect(md >= '03-22' && md <= '04-25').toBe(true);
      expect(new Date(`${e}T00:00:00Z`).getUTCDay()).toBe(0);
      if (md === '03-22') earliest += 1;
      if (md === '04-25') latest += 1;
    }
    expect(earliest).toBeGreaterThan(0);
    expect(latest).toBeGreaterThan(0);
  });

  it('rejects years outside the Gregorian range', () => {
    for (const y of [1582, 10000, 2026.5, NaN]) expect(thrown(() => easterSunday(y)).issues[0]).toMatchObject({ path: ['year'], code: 'invalid_year' });
  });
});

describe('publicHolidays (vectors)', () => {
  for (const c of vectors.cases) {
    it(`${c.id}: ${c.reasoning.slice(0, 60)}…`, () => {
      const got = publicHolidays(c.year, c.zone as HolidayZone);
      expect(got.map((h) => ({ date: h.date, key: h.key, name: h.name }))).toEqual(c.expected);
    });
  }
});

describe('publicHolidays', () => {
  it('defaults to metropole, sorted, 11 days with English names', () => {
    const h = publicHolidays(2026);
    expect(h).toHaveLength(11);
    expect(h.map((x) => x.date)).toEqual([...h.map((x) => x.date)].sort());
    expect(h.find((x) => x.key === 'lundi-de-pentecote')).toEqual({ date: '2026-05-25', name: 'Lundi de Pentecôte', nameEn: 'Whit Monday', key: 'lundi-de-pentecote' });
  });

  it('every zone has the 11 metropole days plus its own', () => {
    const extra: Record<HolidayZone, string[]> = {
      metropole: [],
      'alsace-moselle': ['2027-03-26', '2027-12-26'],
      guadeloupe: ['2027-05-27'],
      martinique: ['2027-05-22'],
      guyane: ['2027-06-10'],
      reunion: ['2027-12-20'],
      mayotte: ['2027-04-27'],
      'saint-martin': ['2027-05-27'],
      'saint-barthelemy': ['2027-10-09'],
    };
    const base = publicHolidays(2027).map((h) => h.date);
    for (const zone of HOLIDAY_ZONES) {
      const dates = publicHolidays(2027, zone).map((h) => h.date);
      expect(dates, zone).toEqual([...base, ...extra[zone]].sort());
    }
  });

  it('keeps both holidays when two fall on the same day (Ascension on 1 May 2008)', () => {
    const h = publicHolidays(2008).filter((x) => x.date === '2008-05-01');
    expect(h.map((x) => x.key).sort()).toEqual(['ascension', 'fete-du-travail']);
  });

  it('returns a fresh array each time', () => {
    const a = publicHolidays(2026);
    a.pop();
    expect(publicHolidays(2026)).toHaveLength(11);
  });

  it('fails clearly before the years it covers, never guessing', () => {
    expect(thrown(() => publicHolidays(1981)).code).toBe('NO_VALUE_IN_FORCE');
    expect(thrown(() => publicHolidays(1983, 'reunion')).code).toBe('NO_VALUE_IN_FORCE');
    expect(thrown(() => publicHolidays(1983, 'mayotte')).code).toBe('NO_VALUE_IN_FORCE');
  });

  // ../shared/domain/corrections-2026-12.md §5: 27 April was already in décret 83-1003 for Mayotte.
  it('Mayotte has 27 April from 1984, like the other overseas zones (no gap before 2012)', () => {
    for (const year of [1984, 1999, 2011, 2012, 2026]) {
      expect(publicHolidayOn(`${year}-04-27`, 'mayotte')?.key, String(year)).toBe('abolition-de-l-esclavage');
      expect(publicHolidays(year, 'mayotte'), String(year)).toHaveLength(12);
    }
    expect(publicHolidaysDetail(2000, 'mayotte')).toMatchObject({ status: 'confirmed' });
    expect(publicHolidaysDetail(2000, 'mayotte').references.map((r) => r.article)).toContain('L3422-2');
  });

  // corrections §5: 27 May Guadeloupe and Saint-Martin, 9 October Saint-Barthélemy (décret 2012-553).
  it('Saint-Martin keeps 27 May; Saint-Barthélemy has 9 October from 2012, provisional before', () => {
    expect(publicHolidayOn('2026-05-27', 'saint-martin')?.name).toBe("Abolition de l'esclavage");
    expect(publicHolidayOn('2026-10-09', 'saint-martin')).toBeUndefined();
    expect(publicHolidayOn('2026-10-09', 'saint-barthelemy')?.nameEn).toBe('Abolition of slavery');
    expect(publicHolidayOn('2026-05-27', 'saint-barthelemy')).toBeUndefined();
    expect(publicHolidaysDetail(2012, 'saint-barthelemy').references.map((r) => r.article)).toEqual(['L3133-1', 'L3422-2', '83-550', '83-1003 art. 1', '2012-553']);
    const before = publicHolidaysDetail(2005, 'saint-barthelemy');
    expect(before.status).toBe('provisional');
    expect(before.note).toContain('2012');
    expect(before.holidays.map((h) => h.date)).toContain('2005-05-27');
    expect(publicHolidaysDetail(2005, 'saint-martin').status).toBe('provisional');
    expect(publicHolidaysDetail(2013, 'saint-martin').status).toBe('confirmed');
  });

  // corrections §5: Good Friday in Guadeloupe and Martinique is a custom, not a legal holiday.
  it('leaves Good Friday out of Guadeloupe and Martinique, and says how to add it', () => {
    for (const zone of ['guadeloupe', 'martinique'] as const) {
      expect(publicHolidayOn('2026-04-03', zone), zone).toBeUndefined();
      expect(publicHolidaysDetail(2026, zone).note, zone).toContain('Vendredi saint');
    }
    const rules = overrideRules(calendarRules, {
      guadeloupe: [{ from: '2026-01-01', status: 'confirmed', references: [], value: [...valueAt(calendarRules.guadeloupe, '2026-01-01').value, { key: 'vendredi-saint', name: 'Vendredi saint', nameEn: 'Good Friday', kind: 'easter', offset: -2 }] }],
    });
    expect(publicHolidayOn('2026-04-03', 'guadeloupe', { rules })?.key).toBe('vendredi-saint');
    expect(publicHolidayOn('2025-04-18', 'guadeloupe', { rules })).toBeUndefined();
  });

  it('rejects bad years and zones, naming the field', () => {
    expect(thrown(() => publicHolidays(2026.5)).issues[0]).toMatchObject({ path: ['year'], code: 'invalid_year' });
    expect(thrown(() => publicHolidays('2026' as never)).issues[0]!.path).toEqual(['year']);
    const e = thrown(() => publicHolidays(2026, 'corse' as HolidayZone));
    expect(e.issues[0]).toMatchObject({ path: ['zone'], code: 'invalid_zone' });
    expect(e.issues[0]!.message).toContain('alsace-moselle');
    expect(e.issues[0]!.messageEn).toContain('Unknown zone: corse');
  });

  it('details carry status and references', () => {
    const d = publicHolidaysDetail(2026, 'alsace-moselle');
    expect(d.status).toBe('confirmed');
    expect(d.references.map((r) => r.article)).toEqual(['L3133-1', 'L3134-13']);
    expect(d.note).toContain('Vendredi saint');
    expect(publicHolidaysDetail(2026, 'reunion').references.map((r) => r.article)).toEqual(['L3133-1', 'L3422-2', '83-550', '83-1003 art. 1']);
  });

  it('can be overridden without touching the shipped rules', () => {
    const rules = overrideRules(calendarRules, {
      'alsace-moselle': [
        {
          from: '2027-01-01',
          value: [...METROPOLE_HOLIDAYS, { key: 'saint-etienne', name: 'Saint-Étienne', nameEn: "St Stephen's Day", kind: 'fixed', month: 12, day: 26 }],
          status: 'confirmed',
          references: [],
          note: 'Commune sans temple protestant ni église mixte.',
        },
      ],
    });
    expect(publicHolidays(2027, 'alsace-moselle', { rules }).some((h) => h.key === 'vendredi-saint')).toBe(false);
    expect(publicHolidays(2026, 'alsace-moselle', { rules }).some((h) => h.key === 'vendredi-saint')).toBe(true);
    expect(publicHolidays(2027, 'alsace-moselle').some((h) => h.key === 'vendredi-saint')).toBe(true);
    expect(publicHolidaysDetail(2027, 'alsace-moselle', { rules }).note).toBe('Commune sans temple protestant ni église mixte.');
  });
});

describe('publicHolidayOn', () => {
  it('finds the holiday of a day', () => {
    expect(publicHolidayOn('2026-12-26', 'alsace-moselle')?.name).toBe('Saint-Étienne');
    expect(publicHolidayOn('2026-12-26')).toBeUndefined();
    expect(publicHolidayOn('2026-05-14')?.key).toBe('ascension');
    expect(publicHolidayOn('2026-12-20', 'reunion')?.key).toBe('abolition-de-l-esclavage');
  });
  it('rejects a date that does not exist', () => {
    expect(thrown(() => publicHolidayOn('2026-02-30')).issues[0]).toMatchObject({ path: ['date'], code: 'invalid_date' });
    expect(thrown(() => publicHolidayOn('garbage')).issues[0]).toMatchObject({ path: ['date'], code: 'invalid_date_format' });
  });
});
