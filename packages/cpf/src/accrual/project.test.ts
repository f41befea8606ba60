import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { projectCpfRights } from './project.js';

const emp = { status: 'employee' as const };

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return (e as OfkitError).issues.map((i) => `${i.path.join('.')}:${i.code}`);
  }
  throw new Error('expected an OfkitError');
}

describe('projectCpfRights', () => {
  it('credits 500 € a year for at least half time, up to the 5 000 € ceiling', () => {
    const p = projectCpfRights({ startingBalance: '4800.00', years: [{ year: 2025, activities: [emp] }, { year: 2026, activities: [emp] }] });
    expect(p.years.map((y) => [y.earned, y.credited, y.cappedByCeiling, y.balance])).toEqual([
      ['500.00', '200.00', true, '5000.00'],
      ['500.00', '0.00', true, '5000.00'],
    ]);
    expect(p.years[0]?.creditedBefore).toBe('2026-06-15');
    expect(p.years[1]?.creditedBefore).toBeUndefined();
    expect(p.warnings.map((w) => w.parameter)).toContain('cpf.accrual.credit-timing');
  });

  it('prorates below half time and rounds up to the cent (R. 6323-1 II)', () => {
    const y = (time: object) => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time } as never] }] }).years[0]!;
    expect(y({ unit: 'hours', worked: 700 }).credited).toBe('217.80'); // 217.797…
    expect(y({ unit: 'hours', worked: '803.5' }).credited).toBe('500.00'); // exactly half of 1 607 h
    expect(y({ unit: 'hours', worked: '803.49' }).credited).toBe('250.00'); // 249.9969 rounded up
    expect(y({ unit: 'hours', worked: 500, reference: 1820 }).credited).toBe('137.37'); // conventional 35 h × 52 = 1 820 h: 137.362…
    expect(y({ unit: 'days', worked: 100 }).credited).toBe('229.36'); // forfait 218 days: 229.357…
    expect(y({ unit: 'hours', worked: 0 }).credited).toBe('0.00');
  });

  it('applies the low-qualification and disability amounts with the 8 000 € ceiling', () => {
    const p = projectCpfRights({ startingBalance: '7500.00', years: [{ year: 2025, activities: [emp], lowQualification: true }] });
    expect(p.years[0]).toMatchObject({ earned: '800.00', credited: '500.00', ceiling: '8000.00', cappedByCeiling: true });
    const d = projectCpfRights({ startingBalance: '5000.00', years: [{ year: 2025, activities: [emp], disabilityBeneficiary: true }] });
    expect(d.years[0]).toMatchObject({ earned: '800.00', credited: '800.00', ceiling: '8000.00' });
    // Both: not cumulative.
    expect(projectCpfRights({ years: [{ year: 2025, activities: [emp], disabilityBeneficiary: true, lowQualification: true }] }).balance).toBe('800.00');
    // Below half time: pro rata of 500 € only, with a warning.
    const below = projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked: 700 } }], lowQualification: true }] });
    expect(below.balance).toBe('217.80');
    expect(below.warnings.map((w) => w.code)).toContain('BELOW_HALF_TIME_MAJORATION_UNCONFIRMED');
  });

  it('credits ESAT workers 800 € from the 2025 decree, and refuses earlier years', () => {
    expect(projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'esat' }] }] }).balance).toBe('800.00');
    expect(codesOf(() => projectCpfRights({ years: [{ year: 2024, activities: [{ status: 'esat' }] }] }))).toEqual(['years.0.activities.0:no_value_in_force']);
  });

  it('credits the self-employed only when the contribution was paid, pro rata of time', () => {
    const p = projectCpfRights({
      years: [
        { year: 2024, activities: [{ status: 'self-employed', contributionPaid: false }] },
        { year: 2025, activities: [{ status: 'self-employed', contributionPaid: true, time: { unit: 'months', worked: 5 } }] },
      ],
    });
    expect(p.years.map((y) => y.credited)).toEqual(['0.00', '208.34']); // 500 × 5/12 = 208.333… rounded up
  });

  it('takes the most favourable status of the year (R. 6323-27)', () => {
    const p = projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked: 400 } }, { status: 'self-employed', contributionPaid: true }] }] });
    expect(p.balance).toBe('500.00');
    expect(p.years[0]?.explanation.map((s) => s.code)).toContain('MOST_FAVOURABLE');
  });

  it('keeps abondements outside the ceiling apart (L. 6323-15) and deducts what is spent', () => {
    const p = projectCpfRights({
      startingBalance: '4900.00',
      years: [
        { year: 2025, activities: [emp], outsideCeiling: [{ id: 'correctif', basis: 'L6323-13', amount: '3000.00' }] },
        { year: 2026, activities: [emp], spent: '5500.00' },
      ],
    });
    expect(p.years[0]).toMatchObject({ credited: '100.00', balance: '5000.00', outsideCeiling: '3000.00', outsideCeilingBalance: '3000.00' });
    // 2026, new order of R. 6333-3 (décret 2025-1156): the correctif (level 1, outside the ceiling)
    // is used before the acquired rights: 3 000 outside, then 2 500 of acquired rights; then 500 credited.
    expect(p.years[1]).toMatchObject({ spent: '5500.00', credited: '500.00', balance: '3000.00', outsideCeilingBalance: '0.00' });
    expect(p.total).toBe('3000.00');
    expect(p.warnings.map((w) => w.parameter)).toContain('cpf.accrual.spending-order');
    expect(codesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [], spent: 1 }] }))).toEqual(['years.0.spent:spent_exceeds_rights']);
  });

  it('uses the acquired rights first for a year before the décret 2025-1156, and outside-ceiling rights first after it (cpf.md §1.3)', () => {
    // Ceiling full (5 000) and a 3 000 correctif. Spending 1 000 under the old order frees room under
    // the ceiling (the next 500 are credited); under the new order it does not (the correctif pays).
    const old = projectCpfRights({
      startingBalance: 5000,
      startingOutsideCeiling: 3000,
      years: [{ year: 2024, activities: [emp], spent: 1000 }],
    });
    expect(old.years[0]).toMatchObject({ credited: '500.00', balance: '4500.00', outsideCeilingBalance: '3000.00' });
    const now = projectCpfRights({
      startingBalance: 5000,
      startingOutsideCeiling: 3000,
      years: [{ year: 2026, activities: [emp], spent: 1000 }],
    });
    expect(now.years[0]).toMatchObject({ credited: '0.00', cappedByCeiling: true, balance: '5000.00', outsideCeilingBalance: '2000.00' });
    // 2025: the order changed on 5 December; the year is charged by the 1 January order, with a warning.
    const y2025 = projectCpfRights({ startingBalance: 5000, startingOutsideCeiling: 3000, years: [{ year: 2025, activities: [emp], spent: 1000 }] });
    expect(y2025.years[0]).toMatchObject({ balance: '4500.00', outsideCeilingBalance: '3000.00' });
    expect(y2025.warnings.map((w) => w.code)).toContain('SPENDING_ORDER_CHANGED_IN_YEAR');
  });

  it('stops crediting once the retirement conditions are met (L. 6323-3)', () => {
    const p = projectCpfRights({ retirementConditionsMetOn: '2027-03-01', years: [{ year: 2026, activities: [emp] }, { year: 2027, activities: [emp] }] });
    expect(p.years.map((y) => y.credited)).toEqual(['500.00', '0.00']);
    expect(p).toMatchObject({ rightsUsable: false, rightsUsableUntil: '2027-02-28' });
    expect(p.warnings.map((w) => w.code)).toContain('RETIREMENT_CREDIT_TIMING');
    expect(p.years[1]?.explanation.map((s) => s.code)).toEqual(['RETIREMENT_STOP']);
  });

  it('rejects bad histories with every issue', () => {
    const codes = codesOf(() =>
      projectCpfRights({
        startingBalance: -1,
        years: [
          { year: 2026, activities: [] },
          { year: 2025, activities: [{ status: 'self-employed', contributionPaid: true, time: { unit: 'hours', worked: 10 } }, { status: 'intern' } as never] },
        ],
      }),
    );
    expect(codes).toEqual(expect.arrayContaining(['startingBalance:negative_amount', 'years.1.activities.1.status:invalid_union']));
    expect(codesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'days', worked: 10, reference: 230 } }] }] }))).toEqual(['years.0.activities.0.time.reference:forfait_too_long']);
    expect(codesOf(() => projectCpfRights({ years: [] }))).toEqual(['years:too_small']);
  });
});
