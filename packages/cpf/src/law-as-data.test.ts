import { overrideRules, isOfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { cpfAccrualRules, projectCpfRights } from './accrual/project.js';
import { planCpfFinancing } from './financing/plan.js';
import { cpfFinancingRules } from './financing/rules.js';

// Issue 8 §1: the lists and dates of the CPF plan and of the accrual are dated parameters.
describe('CPF lists and dates as data', () => {
  const req = { price: '1000.00', action: { type: 'rncp', code: 'RNCP37274' }, holder: { status: 'employee' }, acquiredRights: '2000.00' } as const;
  const cites = (date: string, options = {}) => planCpfFinancing({ ...req, purchaseDate: date }, options).explanation.find((s) => s.code === 'ELIGIBLE')?.references?.[0];

  it('the eligibility step cites L. 6323-6 in the version of the LFI 2026 from 21 February 2026 (a dated value)', () => {
    expect(cites('2026-02-20')?.legifranceId).toBeUndefined();
    expect(cites('2026-02-21')?.legifranceId).toBe('LEGIARTI000053549516');
    const v = cpfFinancingRules.eligibilityArticle.values;
    expect(v.map((x) => x.from)).toEqual(['2020-01-01', '2026-02-21']);
    // A host can move it like any parameter.
    const ref = { source: 'code-du-travail', article: 'L6323-6', title: 'Version lue', legifranceId: 'LEGIARTI000054337187' } as const;
    const rules = overrideRules(cpfFinancingRules, { eligibilityArticle: [{ from: '2026-06-30', value: 'L6323-6 (2026-06)', status: 'confirmed', references: [ref] }] });
    expect(cites('2026-07-01', { rules })?.legifranceId).toBe('LEGIARTI000054337187');
    expect(cites('2026-06-29', { rules })?.legifranceId).toBe('LEGIARTI000053549516');
  });

  it('the BE exception of D. 6323-8 is a list in the light-licence rule', () => {
    const lic = { purchaseDate: '2026-03-10', price: '800.00', action: { type: 'driving-licence', group: 'light', category: 'BE' }, holder: { status: 'jobseeker', hasValidLightLicence: true }, acquiredRights: '1000.00' } as const;
    expect(planCpfFinancing(lic).lines).toEqual([{ level: 2, source: 'acquired-rights', amount: '800.00' }]);
    const law = cpfFinancingRules.lightLicenceRule.values.at(-1)!;
    expect(law.value.validLicenceExceptCategories).toEqual(['BE']);
    const rules = overrideRules(cpfFinancingRules, { lightLicenceRule: [{ ...law, from: '2026-03-01', value: { ...law.value, validLicenceExceptCategories: [] } }] });
    const plan = planCpfFinancing(lic, { rules });
    expect(plan.eligible).toBe(false);
    expect(plan.issues.map((i) => i.code)).toEqual(['holds_valid_light_licence']);
  });

  it('the bases outside the accrual ceiling (L. 6323-15) are a dated list: others are rejected with their path', () => {
    const years = [{ year: 2025, activities: [{ status: 'employee' as const }], outsideCeiling: [{ id: 'x', basis: 'L6323-4-III' as never, amount: '100.00' }] }];
    let err: unknown;
    try {
      projectCpfRights({ years });
    } catch (e) {
      err = e;
    }
    expect(isOfkitError(err)).toBe(true);
    expect((err as { issues: Array<{ path: unknown; code: string }> }).issues).toEqual([expect.objectContaining({ path: ['years', 0, 'outsideCeiling', 0, 'basis'], code: 'not_outside_ceiling' })]);
    expect(cpfAccrualRules.outsideCeilingBases.values[0]!.value).toEqual(['L2254-2', 'L5151-9', 'L6323-13', 'L6323-14']);
    const rules = overrideRules(cpfAccrualRules, { outsideCeilingBases: [{ from: '2025-01-01', value: ['L6323-13', 'L6323-4-III'], status: 'provisional', references: [] }] });
    const p = projectCpfRights({ years }, { rules });
    expect(p.years[0]!.outsideCeiling).toBe('100.00');
    expect(p.warnings.some((w) => w.parameter === 'cpf.accrual.outside-ceiling-bases')).toBe(true);
  });
});
