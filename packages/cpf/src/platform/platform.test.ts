import { OfkitError, overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { completionRate, partialCompletionPayment } from './completion.js';
import { cpfPlatformDeadlines, cpfPlatformRules } from './deadlines.js';

describe('cpfPlatformDeadlines', () => {
  it('counts working days around holidays', () => {
    const d = cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-12-07' });
    expect(d).toMatchObject({ earliestStart: '2026-11-18', startRespectsMinimumDelay: true, lastFreeCancellation: '2026-11-26', entryDeclarationDeadline: '2026-12-10' });
    expect(d.warnings.map((w) => w.code)).toEqual(['PROVISIONAL_VALUE', 'PROVISIONAL_VALUE']);
    expect(d.warnings.map((w) => w.parameter)).toEqual(['cpf.platform.earliest-start', 'cpf.platform.free-cancellation']);
  });

  it('crosses the year-end holidays and flags a start that is too early', () => {
    const d = cpfPlatformDeadlines({ proposalDate: '2026-12-21', startDate: '2027-01-04' });
    // 22, 23, 24, 28, 29, 30, 31 Dec, 4, 5, 6, 7 Jan (25 Dec and 1 Jan are holidays).
    expect(d.earliestStart).toBe('2027-01-07');
    expect(d.startRespectsMinimumDelay).toBe(false);
    expect(d.explanation.map((s) => s.code)).toContain('START_TOO_EARLY');
    // 31, 30, 29, 28, 24, 23, 22 Dec (1 Jan and 25 Dec are holidays).
    expect(d.lastFreeCancellation).toBe('2026-12-22');
  });

  it('uses the holiday zone', () => {
    // 26 Dec 2025 (Friday) is a holiday in Alsace-Moselle only.
    // 23, 24, 26, 29, 30, 31 Dec, 2, 5, 6, 7, 8 Jan.
    expect(cpfPlatformDeadlines({ proposalDate: '2025-12-22' }).earliestStart).toBe('2026-01-08');
    expect(cpfPlatformDeadlines({ proposalDate: '2025-12-22', zone: 'alsace-moselle' }).earliestStart).toBe('2026-01-09');
  });

  it('follows an override and rejects bad input', () => {
    const rules = overrideRules(cpfPlatformRules, { freeCancellationWorkingDays: [{ from: '2026-01-01', value: 5, status: 'confirmed', references: [] }] });
    expect(cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-12-07' }, { rules }).lastFreeCancellation).toBe('2026-11-30');
    expect(() => cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-11-01' })).toThrow(OfkitError);
    let error: unknown;
    try {
      cpfPlatformDeadlines({ proposalDate: '2026-02-29', zone: 'paris' as never });
    } catch (e) {
      error = e;
    }
    // It must throw, with both issues (the catch alone would pass if nothing were thrown).
    expect(error).toBeInstanceOf(OfkitError);
    expect((error as OfkitError).issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['proposalDate:invalid_date', 'zone:invalid_value']);
  });
});

describe('completionRate', () => {
  it('is an integer rounded down, exact on decimals', () => {
    expect(completionRate({ hoursDone: 21, hoursPlanned: 35 }).rate).toBe(60);
    expect(completionRate({ hoursDone: 21, hoursPlanned: 35 }).warnings).toEqual([]);
    expect(completionRate({ hoursDone: '27.5', hoursPlanned: 35 }).rate).toBe(78);
    expect(completionRate({ hoursDone: '27.5', hoursPlanned: 35 }).warnings[0]?.code).toBe('COMPLETION_RATE_ROUNDED_DOWN');
    expect(completionRate({ hoursDone: 0.1, hoursPlanned: 0.3 }).rate).toBe(33);
    expect(completionRate({ hoursDone: 34.99, hoursPlanned: 35 }).rate).toBe(99);
    expect(completionRate({ hoursDone: 35, hoursPlanned: 35 }).rate).toBe(100);
    expect(completionRate({ hoursDone: 0, hoursPlanned: 35 }).rate).toBe(0);
  });

  it('rejects impossible hours', () => {
    const codes = (i: unknown) => {
      try {
        completionRate(i as never);
      } catch (e) {
        return (e as OfkitError).issues.map((x) => `${x.path.join('.')}:${x.code}`);
      }
      return [];
    };
    expect(codes({ hoursDone: 36, hoursPlanned: 35 })).toEqual(['hoursDone:done_exceeds_planned']);
    expect(codes({ hoursDone: 1, hoursPlanned: 0 })).toEqual(['hoursPlanned:zero_planned']);
    expect(codes({ hoursDone: -1, hoursPlanned: '7.555' })).toEqual(['hoursDone:negative_amount', 'hoursPlanned:too_many_decimals']);
  });
});

describe('partialCompletionPayment', () => {
  const base = { price: '1500.00', hoursPlanned: 35, date: '2026-11-20' };
  it('applies the three bands at their boundaries', () => {
    expect(partialCompletionPayment({ ...base, hoursDone: 5 })).toMatchObject({ rate: 14, band: 'floor', amount: '375.00' });
    expect(partialCompletionPayment({ ...base, hoursDone: '8.74' })).toMatchObject({ rate: 24, band: 'floor', amount: '375.00' });
    expect(partialCompletionPayment({ ...base, hoursDone: '8.75' })).toMatchObject({ rate: 25, band: 'pro-rata', amount: '375.00' });
    expect(partialCompletionPayment({ ...base, hoursDone: 21 })).toMatchObject({ rate: 60, band: 'pro-rata', amount: '900.00' });
    expect(partialCompletionPayment({ ...base, hoursDone: '27.99' })).toMatchObject({ rate: 79, band: 'pro-rata', amount: '1185.00' });
    expect(partialCompletionPayment({ ...base, hoursDone: 28 })).toMatchObject({ rate: 80, band: 'full', amount: '1500.00' });
  });

  it('rounds a pro rata half-up to the cent and always warns that the bands are provisional', () => {
    const r = partialCompletionPayment({ price: '999.99', hoursDone: 33, hoursPlanned: 100, date: '2026-11-20' });
    expect(r.amount).toBe('330.00'); // 999.99 × 33 % = 329.9967
    expect(r.warnings.map((w) => w.code)).toContain('PROVISIONAL_VALUE');
  });
});
