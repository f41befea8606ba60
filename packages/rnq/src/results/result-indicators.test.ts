import { OfkitError } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeResultIndicators, type ResultIndicatorsInput } from './result-indicators.js';
import vectors from './vectors/results.json' with { type: 'json' };

describe('computeResultIndicators — vectors', () => {
  for (const v of vectors.cases) {
    it(v.id, () => {
      const r = computeResultIndicators(v.input as unknown as ResultIndicatorsInput);
      expect(r.counts).toEqual(v.expected.counts);
      const got = Object.fromEntries(r.rates.map((x) => [x.id, [x.numerator, x.denominator, x.percent, x.smallSample]]));
      expect(got).toEqual(v.expected.rates);
      for (const x of r.rates) {
        expect(x.method).toContain('Population');
        expect(x.method).toContain(r.period.from);
      }
    });
  }
});

describe('computeResultIndicators — behaviour', () => {
  it('completion + dropout = 100 % of ended paths (property)', () => {
    const e = fc.record({
      endDate: fc.constantFrom('2026-01-10', '2026-02-10'),
      outcome: fc.constantFrom('completed' as const, 'dropped-out' as const, 'in-progress' as const),
    });
    fc.assert(
      fc.property(fc.array(e, { maxLength: 200 }), (enrolments) => {
        const r = computeResultIndicators({ period: { from: '2026-01-01', to: '2026-12-31' }, enrolments });
        const c = r.rates.find((x) => x.id === 'completion')!;
        const d = r.rates.find((x) => x.id === 'dropout')!;
        expect(c.numerator + d.numerator).toBe(c.denominator);
        expect(c.denominator).toBe(r.counts.ended);
      }),
    );
  });

  it('warns on small samples with the threshold parameter', () => {
    const r = computeResultIndicators({ period: { from: '2026-01-01', to: '2026-12-31' }, enrolments: [{ endDate: '2026-02-01', outcome: 'completed' }] });
    expect(r.warnings.map((w) => w.code)).toEqual(['PROVISIONAL_VALUE', 'SMALL_SAMPLE']);
  });

  it('rejects inconsistent outcomes with paths', () => {
    try {
      computeResultIndicators({
        period: { from: '2026-06-01', to: '2026-01-01' },
        enrolments: [{ endDate: '2026-02-01', outcome: 'completed', certification: { presented: false, passed: true } }, { endDate: 'x', outcome: 'gone' }],
      } as never);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const paths = (e as OfkitError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['period.to', 'enrolments.0.certification.passed', 'enrolments.1.endDate', 'enrolments.1.outcome']));
    }
  });
});
