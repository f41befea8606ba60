import { OfkitError, addMonths } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCycle, type AuditCycleInput } from './audit-cycle.js';
import { nonConformityDeadlines, type NonConformityInput } from './non-conformity.js';
import vectors from './vectors/calendar.json' with { type: 'json' };

describe('auditCycle — vectors', () => {
  for (const v of vectors.auditCycle) {
    it(v.id, () => {
      const r = auditCycle(v.input as AuditCycleInput);
      expect({
        lastValidDay: r.validity.lastValidDay,
        opensOn: r.surveillance.opensOn,
        closesOn: r.surveillance.closesOn,
        latestAuditDate: r.renewal.latestAuditDate,
        prepareFrom: r.renewal.prepareFrom,
      }).toEqual(v.expected);
      // Validity 3 years is confirmed by the annex part II, 2 a) (LEGIARTI000038591641): no
      // PROVISIONAL_VALUE warning any more; the reading of the surveillance bounds still warns.
      expect(r.warnings.map((w) => w.code)).toEqual(['INTERPRETED_BOUNDS']);
      expect(r.explanation.find((s) => s.code === 'VALIDITY')?.references?.[0]?.legifranceId).toBe('LEGIARTI000038591641');
    });
  }
});

describe('nonConformityDeadlines — vectors', () => {
  for (const v of vectors.nonConformity) {
    it(v.id, () => {
      const r = nonConformityDeadlines(v.input as NonConformityInput);
      const picked: Record<string, unknown> = {};
      for (const k of Object.keys(v.expected)) picked[k] = (r as unknown as Record<string, unknown>)[k];
      expect(picked).toEqual(v.expected);
      const accumulation = (v.input as NonConformityInput).openMinorCount ?? 0;
      expect(r.warnings.some((w) => w.option === 'fiveMinorsRule')).toBe(accumulation >= 5);
    });
  }
});

describe('calendar — behaviour', () => {
  it('situates a date in the cycle', () => {
    const c = (asOf: string) => auditCycle({ certificationDate: '2025-03-15', asOf }).next?.step;
    expect(c('2026-05-14')).toBe('surveillance-not-yet-open');
    expect(c('2026-05-15')).toBe('surveillance-window-open');
    expect(c('2027-01-14')).toBe('surveillance-window-open');
    expect(c('2027-01-15')).toBe('renewal-due');
    expect(c('2027-11-15')).toBe('renewal-late');
    expect(c('2028-03-15')).toBe('expired');
  });

  it('tells which référentiel applies at the window bounds', () => {
    const r = auditCycle({ certificationDate: '2025-03-01' });
    expect(r.surveillance.referentialAtOpening).toBe('rnq-2019-v9');
    expect(r.surveillance.referentialAtClosing).toBe('rnq-2026');
  });

  it('property: window inside validity, ordered, and strict ⊆ ordinal ∩ elapsed', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => {
      const d = new Date(Date.UTC(2022, 0, 1) + n * 86400000);
      return d.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(day, (certificationDate) => {
        const s = auditCycle({ certificationDate });
        const o = auditCycle({ certificationDate, windowReading: 'ordinal' });
        const e = auditCycle({ certificationDate, windowReading: 'elapsed' });
        expect(s.surveillance.opensOn > certificationDate).toBe(true);
        expect(s.surveillance.opensOn <= s.surveillance.closesOn).toBe(true);
        expect(s.surveillance.closesOn < s.renewal.latestAuditDate).toBe(true);
        expect(s.renewal.latestAuditDate < s.validity.lastValidDay).toBe(true);
        expect(s.surveillance.opensOn >= o.surveillance.opensOn && s.surveillance.opensOn >= e.surveillance.opensOn).toBe(true);
        expect(s.surveillance.closesOn <= o.surveillance.closesOn && s.surveillance.closesOn <= e.surveillance.closesOn).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a major NC is verified within a month after its 3-month deadline', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (notifiedOn) => {
        const r = nonConformityDeadlines({ notifiedOn, grade: 'major', auditType: 'initial' });
        expect(r.correctiveActionBy).toBe(addMonths(notifiedOn, 3));
        expect(r.verificationBy! > r.correctiveActionBy!).toBe(true);
        expect(r.verificationBy! <= addMonths(notifiedOn, 4)).toBe(true);
      }),
    );
  });

  it('rejects bad input with every issue', () => {
    try {
      nonConformityDeadlines({ notifiedOn: '2026-02-29', grade: 'huge', auditType: 'x', openMinorCount: -1 } as never);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      expect((e as OfkitError).issues.map((i) => i.path[0]).sort()).toEqual(['auditType', 'grade', 'notifiedOn', 'openMinorCount']);
    }
    expect(() => auditCycle({ certificationDate: '2026-1-1' })).toThrowError(OfkitError);
  });
});
