import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, isCivilDate, isoWeekday, toDayNumber } from './civil-date.js';
import { HOLIDAY_ZONES } from './holidays-data.js';
import { parisInstant, toParisDateTime } from './instant.js';
import { publicHolidays } from './holidays.js';
import { addJoursOuvrables, addWorkingDays, countJoursOuvrables, countWorkingDays, isJourOuvrable, isWorkingDay } from './working-days.js';

const DAY_MS = 86_400_000;
const dayIn = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) });
const date1990to2090 = dayIn('1990-01-01', '2090-12-31').map(fromDayNumber);
const zone = fc.constantFrom(...HOLIDAY_ZONES);
const steps = fc.integer({ min: -400, max: 400 });

describe('calendar properties', () => {
  it('toDayNumber and fromDayNumber are inverse over years 1 to 9999', () => {
    fc.assert(
      fc.property(dayIn('0001-01-01', '9999-12-31'), (n) => {
        const d = fromDayNumber(n);
        expect(isCivilDate(d)).toBe(true);
        expect(toDayNumber(d)).toBe(n);
      }),
    );
  });

  it('day numbers agree with JavaScript UTC dates (an independent calendar)', () => {
    fc.assert(
      fc.property(dayIn('1900-01-01', '2200-12-31'), (n) => {
        expect(fromDayNumber(n)).toBe(new Date(n * DAY_MS).toISOString().slice(0, 10));
      }),
    );
  });

  it('isCivilDate reads characters exactly as its definition: /^\\d{4}-\\d{2}-\\d{2}$/ and a day that exists (JavaScript UTC dates as the independent calendar)', () => {
    // The definition isCivilDate replaced (issue 13: no match array per call), and JavaScript's own
    // calendar to say whether the day exists (years 1–9999; Date.UTC maps 0–99 to 1900–1999, hence setUTCFullYear).
    const reference = (v: unknown): boolean => {
      if (typeof v !== 'string') return false;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
      const t = new Date(0);
      t.setUTCFullYear(y, mo - 1, d);
      return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
    };
    // Strings near the shape (digits, dashes, the characters just outside '0'–'9', a non-ASCII digit,
    // spaces and line breaks), real dates with one character changed, and values that are not strings.
    const ch = fc.constantFrom(...'0123456789-/:.+ \n٣０'.split(''), '0', '1', '2', '9');
    const nearShape = fc.array(ch, { minLength: 8, maxLength: 12 }).map((a) => a.join(''));
    const mutated = fc
      .tuple(dayIn('0001-01-01', '9999-12-31'), fc.nat(9), ch)
      .map(([n, i, c]) => { const d = fromDayNumber(n); return d.slice(0, i) + c + d.slice(i + 1); });
    const dayOff = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
    const value = fc.oneof(nearShape, mutated, dayOff, date1990to2090, fc.string(), fc.anything());
    fc.assert(
      fc.property(value, (v) => {
        expect(isCivilDate(v)).toBe(reference(v));
      }),
      { numRuns: 20_000 },
    );
    for (const [v, ok] of [['2028-02-29', true], ['2026-02-29', false], ['2000-02-29', true], ['1900-02-29', false], ['0000-01-01', false], ['2026-04-31', false], ['2026-12-31', true], ['2026-1-01', false], ['2026-01-01\n', false], ['٢٠٢٦-01-01', false]] as const) {
      expect(isCivilDate(v)).toBe(ok);
    }
  });

  it('string order is date order', () => {
    fc.assert(
      fc.property(dayIn('0001-01-01', '9999-12-31'), dayIn('0001-01-01', '9999-12-31'), (a, b) => {
        expect(fromDayNumber(a) < fromDayNumber(b)).toBe(a < b);
      }),
    );
  });

  it('isoWeekday increments by one each day, Sunday to Monday', () => {
    fc.assert(
      fc.property(dayIn('0001-01-02', '9999-12-30'), fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const d = fromDayNumber(n);
        expect(isoWeekday(addDays(d, 1))).toBe((isoWeekday(d) % 7) + 1);
        const m = Math.min(Math.max(n + k, toDayNumber('0001-01-01')), toDayNumber('9999-12-31'));
        expect((((isoWeekday(fromDayNumber(m)) - isoWeekday(d)) % 7) + 7) % 7).toBe((((m - n) % 7) + 7) % 7);
      }),
    );
  });

  it('holidays are never working days nor jours ouvrables, in every zone, 1990–2100', () => {
    for (let year = 1990; year <= 2100; year++) {
      for (const z of HOLIDAY_ZONES) {
        for (const h of publicHolidays(year, z)) {
          expect(isWorkingDay(h.date, z), `${h.date} ${z}`).toBe(false);
          expect(isJourOuvrable(h.date, z), `${h.date} ${z}`).toBe(false);
        }
      }
    }
  });

  it('adding then subtracting n working days returns to a working day (to the start when it was one)', () => {
    fc.assert(
      fc.property(date1990to2090, steps.filter((n) => n !== 0), zone, (d, n, z) => {
        const there = addWorkingDays(d, n, z);
        expect(isWorkingDay(there, z)).toBe(true);
        const back = addWorkingDays(there, -n, z);
        expect(isWorkingDay(back, z)).toBe(true);
        if (isWorkingDay(d, z)) expect(back).toBe(d);
        else {
          // the nearest working day on the side we came back from, with no working day in between
          if (n > 0) expect(back < d).toBe(true);
          else expect(back > d).toBe(true);
          expect(n > 0 ? countWorkingDays(back, d, z) : countWorkingDays(d, back, z)).toBe(n > 0 ? 0 : 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the same holds for jours ouvrables', () => {
    fc.assert(
      fc.property(date1990to2090, steps.filter((n) => n !== 0), zone, (d, n, z) => {
        const back = addJoursOuvrables(addJoursOuvrables(d, n, z), -n, z);
        expect(isJourOuvrable(back, z)).toBe(true);
        if (isJourOuvrable(d, z)) expect(back).toBe(d);
      }),
      { numRuns: 200 },
    );
  });

  it('countWorkingDays is consistent with addWorkingDays', () => {
    fc.assert(
      fc.property(date1990to2090, fc.integer({ min: 0, max: 400 }), zone, (d, n, z) => {
        const to = addWorkingDays(d, n, z);
        expect(countWorkingDays(d, to, z)).toBe(n);
        expect(countWorkingDays(to, d, z)).toBe(n === 0 ? 0 : -n);
        if (n >= 1) {
          // going back n days from d: the days in (e, d] are n − 1 plus d itself when it is a working day
          const e = addWorkingDays(d, -n, z);
          expect(countWorkingDays(e, d, z)).toBe(n - 1 + (isWorkingDay(d, z) ? 1 : 0));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts add up over a split and match a day-by-day walk', () => {
    fc.assert(
      fc.property(date1990to2090, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), zone, (a, x, y, z) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        expect(countWorkingDays(a, c, z)).toBe(countWorkingDays(a, b, z) + countWorkingDays(b, c, z));
        expect(countJoursOuvrables(a, c, z)).toBe(countJoursOuvrables(a, b, z) + countJoursOuvrables(b, c, z));
        let walked = 0;
        for (let k = 1; k <= x; k++) if (isWorkingDay(addDays(a, k), z)) walked += 1;
        expect(countWorkingDays(a, b, z)).toBe(walked);
        expect(countJoursOuvrables(a, b, z)).toBeGreaterThanOrEqual(walked);
      }),
      { numRuns: 150 },
    );
  });

  it('toParisDateTime agrees with Intl.DateTimeFormat in Europe/Paris, 1990–2100', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2100, 11, 31) / 1000 }), (sec) => {
        const iso = new Date(sec * 1000).toISOString().replace('.000Z', 'Z');
        const p = toParisDateTime(iso);
        const parts = Object.fromEntries(fmt.formatToParts(new Date(sec * 1000)).map((x) => [x.type, x.value]));
        expect(p.date).toBe(`${parts['year']}-${parts['month']}-${parts['day']}`);
        expect(p.time).toBe(`${parts['hour']}:${parts['minute']}:${parts['second']}`);
        expect(`GMT${p.offset}`).toBe(parts['timeZoneName']);
        expect(p.halfDay).toBe(p.time < '13:00' ? 'morning' : 'afternoon');
      }),
      { numRuns: 500 },
    );
  });

  it('parisInstant names an instant that Paris shows at that wall time (or one hour later when skipped)', () => {
    fc.assert(
      fc.property(date1990to2090, fc.integer({ min: 0, max: 24 * 60 - 1 }), (d, m) => {
        const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const iso = parisInstant(d, hhmm);
        const p = toParisDateTime(iso);
        expect(iso).toBe(`${p.date}T${p.time}${p.offset}`);
        if (p.date === d && p.time.slice(0, 5) === hhmm) return;
        // skipped by the spring change: the same wall time one hour later, in summer time
        expect(p.date).toBe(d);
        expect(p.offset).toBe('+02:00');
        expect(Number(p.time.slice(0, 2))).toBe(Math.floor(m / 60) + 1);
        expect(p.time.slice(3, 5)).toBe(hhmm.slice(3));
      }),
      { numRuns: 500 },
    );
  });
});
