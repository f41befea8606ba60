import { OfkitError } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableIndicators, type ApplicabilityOptions } from './applicable.js';
import type { OfProfile } from './profile.js';
import vectors from './vectors/applicability.json' with { type: 'json' };

interface Vector {
  id: string;
  profile: OfProfile;
  options: ApplicabilityOptions;
  expected: { referential: string; indicators: number[]; deferred?: number[]; processOnly?: number[]; warningOptions?: string[]; grades?: Record<string, string> };
}

describe('applicableIndicators — vectors', () => {
  it('has at least 15 profiles across both versions', () => {
    const cases = vectors.cases as unknown as Vector[];
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.expected.referential))).toEqual(new Set(['rnq-2019-v9', 'rnq-2026']));
  });
  for (const v of vectors.cases as unknown as Vector[]) {
    it(v.id, () => {
      const r = applicableIndicators(v.profile, v.options);
      expect(r.referential.id).toBe(v.expected.referential);
      expect(r.indicators.map((i) => i.number).sort((a, b) => a - b)).toEqual(v.expected.indicators);
      if (v.expected.deferred) expect(r.indicators.filter((i) => i.auditScope === 'deferred').map((i) => i.number)).toEqual(v.expected.deferred);
      if (v.expected.processOnly) expect(r.indicators.filter((i) => i.auditScope === 'process-only').map((i) => i.number)).toEqual(v.expected.processOnly);
      if (v.expected.warningOptions) {
        const got = new Set(r.warnings.map((w) => w.option).filter((o): o is string => o !== undefined));
        expect(got).toEqual(new Set(v.expected.warningOptions));
      }
      for (const [n, g] of Object.entries(v.expected.grades ?? {})) {
        expect(r.indicators.find((i) => i.number === Number(n))?.nonConformity).toBe(g);
      }
    });
  }
});

describe('applicableIndicators — behaviour', () => {
  it('returns excluded indicators with why not', () => {
    const r = applicableIndicators({ categories: ['bilan-de-competences'] }, { auditDate: '2026-06-15', includeExcluded: true });
    expect(r.indicators.length + (r.excluded?.length ?? 0)).toBe(32);
    const i27 = r.excluded?.find((e) => e.number === 27);
    expect(i27?.whyNot).toContain('sous-traitance');
    const i14 = r.excluded?.find((e) => e.number === 14);
    expect(i14?.whyNot).toContain('non coché');
  });

  it('never lists excluded ones unless asked', () => {
    expect(applicableIndicators({ categories: ['vae'] }, { auditDate: '2026-06-15' }).excluded).toBeUndefined();
  });

  it('carries why, grade and new-entrant treatment on every indicator', () => {
    const r = applicableIndicators({ categories: ['apprentissage'], subcontracting: true }, { auditDate: '2026-06-15' });
    for (const i of r.indicators) {
      expect(i.why).toMatch(/^S'applique/);
      expect(['major-only', 'minor-or-major']).toContain(i.nonConformity);
      expect([null, 'partial', 'deferred']).toContain(i.newEntrant);
    }
    expect(r.indicators.filter((i) => i.nonConformity === 'major-only').map((i) => i.number)).toEqual([4, 5, 6, 7, 10, 11, 14, 15, 16, 20, 21, 22, 26, 27, 29, 31, 32]);
  });

  it('adds distance-learning requirements (D. 6313-3-1) and the 2026 follow-up check', () => {
    const v9 = applicableIndicators({ categories: ['action-de-formation'], distanceLearning: true }, { auditDate: '2026-06-15' });
    const y26 = applicableIndicators({ categories: ['action-de-formation'], distanceLearning: true }, { auditDate: '2026-12-15' });
    const x9 = v9.indicators.find((i) => i.number === 19)!.extraRequirements;
    const x26 = y26.indicators.find((i) => i.number === 19)!.extraRequirements;
    expect(x9.some((s) => s.includes('D. 6313-3-1'))).toBe(true);
    expect(x26.some((s) => s.includes('effectivité du suivi'))).toBe(true);
    expect(x9.some((s) => s.includes('effectivité du suivi'))).toBe(false);
  });

  it('rejects bad input with every issue and its path', () => {
    try {
      applicableIndicators({ categories: ['formation' as never, 'vae', 'vae'], certifing: true } as never, { auditDate: '2026-02-30', auditType: 'annual' as never });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const paths = (e as OfkitError).issues.map((i) => i.path.join('.'));
      expect(paths).toContain('profile.categories.0');
      expect(paths).toContain('profile');
      expect(paths).toContain('options.auditDate');
      expect(paths).toContain('options.auditType');
      for (const i of (e as OfkitError).issues) expect(i.messageEn.length).toBeGreaterThan(0);
    }
  });

  it('refuses audit dates before the first encoded version', () => {
    expect(() => applicableIndicators({ categories: ['vae'] }, { auditDate: '2024-03-07' })).toThrowError(/2024-03-08/);
    expect(applicableIndicators({ categories: ['vae'] }, { auditDate: '2024-03-08' }).referential.id).toBe('rnq-2019-v9');
  });

  it('property: adding a condition never removes an indicator; more categories never remove one', () => {
    const cats = ['action-de-formation', 'bilan-de-competences', 'vae', 'apprentissage'] as const;
    const profile = fc.record({
      categories: fc.uniqueArray(fc.constantFrom(...cats), { minLength: 1, maxLength: 4 }),
      certifying: fc.boolean(),
      subcontracting: fc.boolean(),
      workBasedPeriods: fc.boolean(),
      alternance: fc.boolean(),
      longTrainings: fc.boolean(),
    });
    fc.assert(
      fc.property(profile, fc.constantFrom('2026-06-15', '2026-12-15'), fc.constantFrom('certifying', 'subcontracting', 'workBasedPeriods', 'alternance', 'longTrainings'), fc.constantFrom(...cats), (p, date, cond, extra) => {
        const base = new Set(applicableIndicators(p, { auditDate: date }).indicators.map((i) => i.number));
        const more = new Set(applicableIndicators({ ...p, [cond]: true }, { auditDate: date }).indicators.map((i) => i.number));
        const wider = new Set(applicableIndicators({ ...p, categories: [...new Set([...p.categories, extra])] }, { auditDate: date }).indicators.map((i) => i.number));
        for (const n of base) {
          expect(more.has(n)).toBe(true);
          expect(wider.has(n)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
