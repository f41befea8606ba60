import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers.js';
import { parseInstant, parisInstant, toParisDateTime } from './instant.js';

const view = (iso: string, cutoff?: string) => {
  const p = toParisDateTime(iso, cutoff ? { halfDayCutoff: cutoff } : {});
  return `${p.date} ${p.time} ${p.offset} ${p.halfDay}`;
};

describe('parseInstant', () => {
  it('reads instants with an offset', () => {
    expect(parseInstant('2026-03-29T01:30:00Z')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(parseInstant('2026-03-29T03:30:00+02:00')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(parseInstant('2026-03-29T03:30+02:00')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(parseInstant('2026-01-01T00:00:00.123Z')).toBe(Date.UTC(2026, 0, 1, 0, 0, 0, 123));
    expect(parseInstant('2026-12-31T19:00:00-05:00')).toBe(Date.UTC(2027, 0, 1, 0, 0));
  });

  it('rejects timestamps without offset, impossible ones and bad offsets', () => {
    const cases: Array<[unknown, string]> = [
      ['2026-06-01T10:00:00', 'invalid_instant'],
      ['2026-06-01', 'invalid_instant'],
      ['2026-06-01 10:00:00Z', 'invalid_instant'],
      ['2026-06-01T10:00:00z', 'invalid_instant'],
      ['2026-02-30T10:00:00Z', 'invalid_instant'],
      ['2026-06-01T24:00:00Z', 'invalid_instant'],
      ['2026-06-01T10:60:00Z', 'invalid_instant'],
      ['2026-06-01T10:00:60Z', 'invalid_instant'],
      ['2026-06-01T10:00:00+19:00', 'invalid_offset'],
      ['2026-06-01T10:00:00+02:60', 'invalid_offset'],
      [1780000000000, 'invalid_instant'],
      [null, 'invalid_instant'],
    ];
    for (const [input, code] of cases) {
      const e = thrown(() => parseInstant(input, ['signedAt']));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0], String(input)).toMatchObject({ path: ['signedAt'], code });
      expect(e.issues[0]!.message.length * e.issues[0]!.messageEn.length).toBeGreaterThan(0);
    }
  });
});

describe('toParisDateTime', () => {
  it('spring change, Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC', () => {
    expect(view('2026-03-29T00:59:59Z')).toBe('2026-03-29 01:59:59 +01:00 morning');
    expect(view('2026-03-29T01:00:00Z')).toBe('2026-03-29 03:00:00 +02:00 morning');
    expect(view('2026-03-28T23:00:00Z')).toBe('2026-03-29 00:00:00 +01:00 morning');
    expect(view('2026-03-29T11:30:00Z')).toBe('2026-03-29 13:30:00 +02:00 afternoon');
    expect(view('2026-03-29T10:59:59Z')).toBe('2026-03-29 12:59:59 +02:00 morning');
    expect(view('2026-03-29T11:00:00Z')).toBe('2026-03-29 13:00:00 +02:00 afternoon');
  });

  it('autumn change, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC', () => {
    expect(view('2026-10-25T00:59:00Z')).toBe('2026-10-25 02:59:00 +02:00 morning');
    expect(view('2026-10-25T01:00:00Z')).toBe('2026-10-25 02:00:00 +01:00 morning');
    expect(view('2026-10-25T00:30:00Z')).toBe('2026-10-25 02:30:00 +02:00 morning');
    expect(view('2026-10-25T01:30:00Z')).toBe('2026-10-25 02:30:00 +01:00 morning'); // the same wall time, an hour later
    expect(view('2026-10-25T11:59:59Z')).toBe('2026-10-25 12:59:59 +01:00 morning');
    expect(view('2026-10-25T12:00:00Z')).toBe('2026-10-25 13:00:00 +01:00 afternoon');
  });

  it('the same UTC time is a different half-day in summer and winter', () => {
    expect(toParisDateTime('2026-06-01T11:30:00Z').halfDay).toBe('afternoon'); // 13:30 CEST
    expect(toParisDateTime('2026-12-01T11:30:00Z').halfDay).toBe('morning'); // 12:30 CET
  });

  it('New Year across time zones', () => {
    expect(view('2026-12-31T22:59:59Z')).toBe('2026-12-31 23:59:59 +01:00 afternoon');
    expect(view('2026-12-31T23:00:00Z')).toBe('2027-01-01 00:00:00 +01:00 morning');
    expect(view('2026-12-31T23:30:00Z')).toBe('2027-01-01 00:30:00 +01:00 morning');
    expect(view('2026-12-31T23:30:00-05:00')).toBe('2027-01-01 05:30:00 +01:00 morning'); // New York evening
    expect(view('2027-01-01T00:30:00+14:00')).toBe('2026-12-31 11:30:00 +01:00 morning'); // already New Year in Kiribati
    expect(view('2027-01-01T06:00:00+04:00')).toBe('2027-01-01 03:00:00 +01:00 morning'); // La Réunion
    expect(view('2027-01-01T00:00:00+00:00')).toBe('2027-01-01 01:00:00 +01:00 morning');
  });

  it('29 February', () => {
    expect(view('2028-02-28T23:30:00Z')).toBe('2028-02-29 00:30:00 +01:00 morning');
    expect(view('2028-02-29T23:30:00Z')).toBe('2028-03-01 00:30:00 +01:00 morning');
  });

  it('half-day cut-off is configurable, inclusive for the afternoon', () => {
    expect(view('2026-06-01T12:30:00+02:00', '12:00')).toBe('2026-06-01 12:30:00 +02:00 afternoon');
    expect(view('2026-06-01T11:59:59+02:00', '12:00')).toBe('2026-06-01 11:59:59 +02:00 morning');
    expect(view('2026-06-01T12:00:00+02:00', '12:00')).toBe('2026-06-01 12:00:00 +02:00 afternoon');
    expect(view('2026-06-01T00:00:00+02:00', '00:00')).toBe('2026-06-01 00:00:00 +02:00 afternoon');
    expect(view('2026-06-01T23:59:59+02:00', '23:59')).toBe('2026-06-01 23:59:59 +02:00 afternoon');
  });

  it('keeps the instant and its epoch', () => {
    const p = toParisDateTime('2026-11-22T08:00:00+01:00');
    expect(p.instant).toBe('2026-11-22T08:00:00+01:00');
    expect(p.epochMs).toBe(Date.UTC(2026, 10, 22, 7));
  });

  it('rejects bad input, naming the field', () => {
    expect(thrown(() => toParisDateTime('2026-06-01T10:00:00')).issues[0]!.path).toEqual(['instant']);
    expect(thrown(() => toParisDateTime('2026-06-01T10:00:00', { path: ['slots', 3, 'signedAt'] })).issues[0]!.path).toEqual(['slots', 3, 'signedAt']);
    for (const cutoff of ['13h', '24:00', '1:00', '12:60', '']) {
      expect(thrown(() => toParisDateTime('2026-06-01T10:00:00Z', { halfDayCutoff: cutoff })).issues[0]).toMatchObject({ path: ['options', 'halfDayCutoff'], code: 'invalid_time' });
    }
  });
});

describe('parisInstant', () => {
  it('gives the Paris offset of the day', () => {
    expect(parisInstant('2026-07-01', '09:00')).toBe('2026-07-01T09:00:00+02:00');
    expect(parisInstant('2026-12-01', '09:00')).toBe('2026-12-01T09:00:00+01:00');
    expect(parisInstant('2026-12-01', '09:00:30')).toBe('2026-12-01T09:00:30+01:00');
    expect(parisInstant('2027-01-01', '00:00')).toBe('2027-01-01T00:00:00+01:00');
    expect(parisInstant('2028-02-29', '13:00')).toBe('2028-02-29T13:00:00+01:00');
  });

  it('a time skipped in spring moves one hour later', () => {
    expect(parisInstant('2026-03-29', '01:59')).toBe('2026-03-29T01:59:00+01:00');
    expect(parisInstant('2026-03-29', '02:00')).toBe('2026-03-29T03:00:00+02:00');
    expect(parisInstant('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(parisInstant('2026-03-29', '03:00')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('an ambiguous autumn time is its first (summer-time) occurrence', () => {
    expect(parisInstant('2026-10-25', '01:59')).toBe('2026-10-25T01:59:00+02:00');
    expect(parisInstant('2026-10-25', '02:00')).toBe('2026-10-25T02:00:00+02:00');
    expect(parisInstant('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
    expect(parisInstant('2026-10-25', '02:59:59')).toBe('2026-10-25T02:59:59+02:00');
    expect(parisInstant('2026-10-25', '03:00')).toBe('2026-10-25T03:00:00+01:00');
    // the first occurrence is the earlier instant
    expect(parseInstant(parisInstant('2026-10-25', '02:30'))).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('round-trips through toParisDateTime for every quarter hour of the change days', () => {
    for (const day of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const p = toParisDateTime(parisInstant(day, hhmm));
        const skipped = day.endsWith('03-29') || day.endsWith('03-28') ? hhmm >= '02:00' && hhmm < '03:00' : false;
        if (!skipped) expect(`${p.date} ${p.time.slice(0, 5)}`).toBe(`${day} ${hhmm}`);
        else expect(p.time.slice(0, 5)).toBe(`03:${hhmm.slice(3)}`);
      }
    }
  });

  it('rejects bad dates and times', () => {
    expect(thrown(() => parisInstant('2026-02-30', '09:00')).issues[0]).toMatchObject({ path: ['date'], code: 'invalid_date' });
    for (const t of ['9:00', '24:00', '09:60', '09:00:60', '0900', '']) {
      expect(thrown(() => parisInstant('2026-02-03', t)).issues[0]).toMatchObject({ path: ['time'], code: 'invalid_time' });
    }
  });
});
