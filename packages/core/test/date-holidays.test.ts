import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_ZONES, publicHolidays, type HolidayZone } from '../src/index.js';

/**
 * Comparison with an independent implementation: the npm package `date-holidays` (3.37.0, pinned dev
 * dependency, data CC-BY-3.0), whose French data has subdivisions for Alsace-Moselle and the overseas
 * zones. Every zone, every year 1990–2100, only its holidays of type `public` (its `bank`, `observance`
 * and `optional` days, e.g. Mothers' Day or Schœlcher day, are not jours fériés).
 *
 * Any difference not listed in KNOWN fails the test, so a change on either side is noticed.
 */
const REGIONS: Record<HolidayZone, readonly (string | undefined)[]> = {
  metropole: [undefined],
  'alsace-moselle': ['57', '67', '68'],
  guadeloupe: ['GP'],
  martinique: ['MQ'],
  guyane: ['GF'],
  reunion: ['RE'],
  mayotte: ['YT'],
  'saint-martin': ['MF'],
  'saint-barthelemy': ['BL'],
};

interface Known {
  readonly zone: HolidayZone;
  /** `ours`: a day ofkit has and date-holidays does not; `theirs`: the reverse. */
  readonly side: 'ours' | 'theirs';
  /** Month and day, `MM-DD`, or `easter-2` for Good Friday. */
  readonly day: string;
  readonly years: readonly [number, number];
  readonly why: string;
}

const KNOWN: readonly Known[] = [
  {
    zone: 'guadeloupe',
    side: 'theirs',
    day: 'easter-2',
    years: [1990, 2100],
    why: "Good Friday is a local custom in Guadeloupe, not a jour férié in law (L. 3133-1 and L. 3422-2 do not list it); ../shared/domain/corrections-2026-12.md §5 says date-holidays is wrong here. A collective agreement can add it by override (core README).",
  },
  {
    zone: 'martinique',
    side: 'theirs',
    day: 'easter-2',
    years: [1990, 2100],
    why: 'Same as Guadeloupe: Good Friday is a custom in Martinique, not a legal holiday (corrections §5).',
  },
  {
    zone: 'saint-barthelemy',
    side: 'theirs',
    day: '10-09',
    years: [1990, 2011],
    why: "9 October is Saint-Barthélemy's abolition day only since décret 2012-553 (23 April 2012) added the island to décret 83-1003; date-holidays applies it to every year. Before 2012 ofkit follows Guadeloupe's 27 May (the island was a commune of Guadeloupe until 2007), with status provisional and a note.",
  },
  {
    zone: 'saint-barthelemy',
    side: 'ours',
    day: '05-27',
    years: [1990, 2011],
    why: 'The other side of the previous line: Guadeloupe’s 27 May, provisional, before décret 2012-553.',
  },
];

function easterMinus2(year: number, date: string): boolean {
  const sunday = publicHolidays(year).find((h) => h.key === 'lundi-de-paques')!.date;
  const d = new Date(`${sunday}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 3);
  return d.toISOString().slice(0, 10) === date;
}

function isKnown(zone: HolidayZone, side: 'ours' | 'theirs', date: string): boolean {
  const year = Number(date.slice(0, 4));
  return KNOWN.some(
    (k) => k.zone === zone && k.side === side && year >= k.years[0] && year <= k.years[1] && (k.day === 'easter-2' ? easterMinus2(year, date) : date.slice(5) === k.day),
  );
}

describe('public holidays against date-holidays 3.37.0, 1990–2100', () => {
  it('maps every ofkit zone', () => {
    expect(Object.keys(REGIONS).sort()).toEqual([...HOLIDAY_ZONES].sort());
  });

  for (const zone of HOLIDAY_ZONES) {
    it(`${zone}: no difference except the known, justified ones`, () => {
      const unexpected: string[] = [];
      const seenKnown = new Set<Known>();
      let compared = 0;
      for (const region of REGIONS[zone]) {
        const hd = region === undefined ? new Holidays('FR') : new Holidays('FR', region);
        for (let year = 1990; year <= 2100; year++) {
          const ours = new Set(publicHolidays(year, zone).map((h) => h.date));
          const theirs = new Set(hd.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
          compared += ours.size;
          for (const d of ours) {
            if (theirs.has(d)) continue;
            if (isKnown(zone, 'ours', d)) seenKnown.add(KNOWN.find((k) => k.zone === zone && k.side === 'ours')!);
            else unexpected.push(`${region ?? 'FR'} ${d}: ofkit only`);
          }
          for (const d of theirs) {
            if (ours.has(d)) continue;
            if (isKnown(zone, 'theirs', d)) seenKnown.add(KNOWN.find((k) => k.zone === zone && k.side === 'theirs')!);
            else unexpected.push(`${region ?? 'FR'} ${d}: date-holidays only`);
          }
        }
      }
      expect(unexpected).toEqual([]);
      expect(compared).toBeGreaterThanOrEqual(111 * 10); // about 11 distinct days a year (two holidays can share a day)
      // A known difference that no longer shows is stale: remove it from KNOWN.
      expect([...seenKnown].length).toBe(KNOWN.filter((k) => k.zone === zone).length);
    });
  }
});
