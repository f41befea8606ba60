import type { LegalRef } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { generateOptions, generateRequest, rng } from '../../test/generate.js';
import { planCpfFinancing } from './plan.js';
import { planRefsAt } from './plan-refs.js';
import type { CpfFinancingPlan, CpfFinancingRequest } from './types.js';

/**
 * The references the plan adds itself cite the version of L. 6323-4 and of R. 6323 in force at the
 * purchase date. Versions and first days (LEGI data, @socialgouv/legi-data 2.513.0,
 * `data/LEGITEXT000006072050.json`, `articleVersions` of L. 6323-4, cid LEGIARTI000006904226, and of
 * R. 6323, cid LEGIARTI000049488488; the 2026 versions from the legi-data index, see refs.ts):
 * - L. 6323-4 v6 LEGIARTI000037385061 from 2019-01-01, v7 LEGIARTI000046873603 from 2023-01-01,
 *   v8 LEGIARTI000048600487 from 2024-01-01, v9 LEGIARTI000049423585 from 2024-04-17,
 *   v10 LEGIARTI000054703482 from 2026-08-19 (boundary of the parameter `financingText`);
 * - R. 6323: none before 2024-05-02 (created by décret 2024-394), LEGIARTI000049488983 from
 *   2024-05-02, LEGIARTI000053744158 from 2026-04-02 (boundary of the parameter `participationAmount`).
 */
const V6 = 'LEGIARTI000037385061';
const V7 = 'LEGIARTI000046873603';
const V8 = 'LEGIARTI000048600487';
const V9 = 'LEGIARTI000049423585';
const V10 = 'LEGIARTI000054703482';
const R2024 = 'LEGIARTI000049488983';
const R2026 = 'LEGIARTI000053744158';

const base: CpfFinancingRequest = {
  purchaseDate: '2026-03-10',
  price: '1000.00',
  action: { type: 'rncp', code: 'RNCP37274' },
  holder: { status: 'employee' },
  acquiredRights: '2000.00',
};

const ids = (refs: readonly LegalRef[] | undefined): Array<string | undefined> => (refs ?? []).map((r) => r.legifranceId ?? r.article);
const stepRefs = (plan: CpfFinancingPlan, code: string) => ids(plan.explanation.find((s) => s.code === code)?.references);
const at = (purchaseDate: string, extra: Partial<CpfFinancingRequest> = {}) => planCpfFinancing({ ...base, ...extra, purchaseDate });

/** Every reference a plan cites: its list, its steps' and its warnings'. */
function allRefs(plan: CpfFinancingPlan): LegalRef[] {
  return [...plan.references, ...plan.explanation.flatMap((s) => s.references ?? []), ...plan.warnings.flatMap((w) => w.references ?? [])];
}

describe('planCpfFinancing: L. 6323-4 and R. 6323 cited in the version in force at the purchase date', () => {
  it('step CPF_COVERAGE_LIMIT, on each side of every boundary', () => {
    // [purchase date, the references of the step]: L. 6323-4 in force, then R. 6323 once it exists.
    const cases: Array<[string, string[]]> = [
      ['2022-12-31', [V6]], // last day of v6; R. 6323 does not exist yet
      ['2023-01-01', [V7]],
      ['2023-12-31', [V7]],
      ['2024-01-01', [V8]],
      ['2024-04-16', [V8]],
      ['2024-04-17', [V9]],
      ['2024-05-01', [V9]], // the day before décret 2024-394: still no R. 6323
      ['2024-05-02', [V9, R2024]],
      ['2026-04-01', [V9, R2024]],
      ['2026-04-02', [V9, R2026]],
      ['2026-08-18', [V9, R2026]],
      ['2026-08-19', [V10, R2026]],
    ];
    expect(cases.map(([d]) => [d, stepRefs(at(d), 'CPF_COVERAGE_LIMIT')])).toEqual(cases);
  });

  it('no step, warning or reference of a plan dated before 2 May 2024 cites R. 6323 (generated requests, with options)', () => {
    // The generator's requests (every action, status, basis, option), moved to dates from 2 Aug 2020
    // (the first day of the order of the arrêté du 30 juillet 2020, read when there are complementary
    // resources) to 1 May 2024.
    const r = rng(20261207);
    const dates = ['2020-08-02', '2021-06-15', '2022-12-31', '2023-01-01', '2023-12-31', '2024-01-01', '2024-04-16', '2024-04-17', '2024-05-01'];
    let plans = 0;
    let eligible = 0;
    const citing: string[] = [];
    for (let n = 0; n < 600; n++) {
      const request = { ...generateRequest(r), purchaseDate: dates[n % dates.length]! };
      const options = generateOptions(r);
      const plan = planCpfFinancing(request, options);
      plans++;
      if (plan.eligible) eligible++;
      if (allRefs(plan).some((x) => x.article === 'R6323')) citing.push(`${n} ${request.purchaseDate}`);
    }
    expect(plans).toBe(600);
    expect(eligible).toBeGreaterThan(100);
    expect(citing).toEqual([]);
  });

  it('credits and top-ups under L. 6323-4 cite its version in force (plan references and their steps)', () => {
    const extra: Partial<CpfFinancingRequest> = {
      credits: [{ id: 'dotation', basis: 'L6323-4-III', funder: 'employer', amount: '300.00' }],
      topUps: [{ id: 'opco', basis: 'L6323-4-II', funder: 'opco', amount: '300.00' }],
      acquiredRights: '100.00',
    };
    for (const [date, v] of [
      ['2022-06-01', V6],
      ['2023-06-01', V7],
      ['2024-02-01', V8],
      ['2025-06-01', V9],
      ['2026-09-01', V10],
    ] as const) {
      const plan = at(date, extra);
      const used = plan.explanation.filter((s) => s.code === 'CREDIT_USED' || s.code === 'TOP_UP_USED');
      expect({ date, used: used.map((s) => ids(s.references)) }).toEqual({ date, used: [[v], [v]] });
      expect({ date, cited: ids(plan.references).includes(v) }).toEqual({ date, cited: true });
    }
  });

  it('the exemption warnings cite R. 6323 and L. 6323-4 in force (employer dotation, OPCO top-up)', () => {
    const extra: Partial<CpfFinancingRequest> = {
      credits: [{ id: 'dotation', basis: 'L6323-4-III', funder: 'employer', amount: '300.00' }],
      topUps: [{ id: 'opco', basis: 'L6323-4-II', funder: 'opco', amount: '300.00' }],
    };
    const warningRefs = (date: string) =>
      at(date, extra)
        .warnings.filter((w) => w.code === 'DISPUTED_EXEMPTION_NOT_APPLIED')
        .map((w) => [w.option, ids(w.references)]);
    // Both readings are disputed and not applied by default, so both warnings (participation due from
    // 2 May 2024). L. 6323-7 is LEGIARTI000046873599 (one version over the period):
    // [L. 6323-7, R. 6323, L. 6323-4] for the dotation, [R. 6323, L. 6323-7] for the OPCO top-up.
    const L7 = 'LEGIARTI000046873599';
    expect(warningRefs('2025-06-01')).toEqual([
      ['employerDotationExempts', [L7, R2024, V9]],
      ['opcoTopUpExempts', [R2024, L7]],
    ]);
    expect(warningRefs('2026-04-01')).toEqual([
      ['employerDotationExempts', [L7, R2024, V9]],
      ['opcoTopUpExempts', [R2024, L7]],
    ]);
    expect(warningRefs('2026-04-02')).toEqual([
      ['employerDotationExempts', [L7, R2026, V9]],
      ['opcoTopUpExempts', [R2026, L7]],
    ]);
    expect(warningRefs('2026-08-19')).toEqual([
      ['employerDotationExempts', [L7, R2026, V10]],
      ['opcoTopUpExempts', [R2026, L7]],
    ]);
    // Before 2 May 2024 there is no participation, so no such warning (and no R. 6323 to cite).
    expect(warningRefs('2024-05-01')).toEqual([]);
  });

  it('warning COFINANCING_FUNDER_UNCLEAR cites L. 6323-4 in force (light licence co-financed by an « other » funder)', () => {
    // From 26 Feb 2026 a light licence needs 100 € of co-financing by a funder of L. 6323-4 II 2°–12°
    // unless the holder is a jobseeker; 150 € from an « other » funder may or may not be one.
    const licence = (date: string) =>
      at(date, { action: { type: 'driving-licence', group: 'light', category: 'B' }, topUps: [{ id: 't', basis: 'L6323-4-II', funder: 'other', amount: '150.00' }] })
        .warnings.filter((w) => w.code === 'COFINANCING_FUNDER_UNCLEAR')
        .map((w) => ids(w.references));
    expect(licence('2026-08-18')).toEqual([[V9]]);
    expect(licence('2026-08-19')).toEqual([[V10]]);
  });

  it('shares one frozen set of lists per pair of versions in force (nothing built per plan)', () => {
    // 26 Feb – 1 Apr 2026: the same version of each of the seven articles (D. 6323-8 changed on 26 Feb 2026).
    const a = planRefsAt('2026-02-26');
    expect(planRefsAt('2026-03-31')).toBe(a);
    expect(planRefsAt('2026-04-02')).not.toBe(a);
    expect(planRefsAt('2025-12-31')).not.toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    for (const l of [a.coverage, a.dotation, a.dotationNotMobilised, a.opco, a.opcoAgreement, a.topUpUnused, a.funderUnclear, a.holderPays, a.skipped, a.acquired, a.retirement, a.licenceCofinancing, a.cofinancingUnused]) expect(Object.isFrozen(l)).toBe(true);
    // Two plans in the same versions share the very array of their coverage step.
    const s1 = at('2026-03-02').explanation.find((s) => s.code === 'CPF_COVERAGE_LIMIT')!.references;
    const s2 = at('2026-03-20').explanation.find((s) => s.code === 'CPF_COVERAGE_LIMIT')!.references;
    expect(s1).toBe(s2);
    // The one-reference lists of bases not versioned here are shared across versions too.
    expect(planRefsAt('2022-01-01').creditRefLists['L6323-14']).toBe(a.creditRefLists['L6323-14']);
  });
});

/**
 * The other articles the plan cites itself whatever the rules in force, each in its version at the
 * purchase date (LEGI `articleVersions`, same file; ids checked in internal/refs.test.ts):
 * - R. 6333-3 (order of mobilisation): LEGIARTI000038031942 from 2018-12-31 (décret 2018-1333),
 *   LEGIARTI000052989055 from 2025-12-05 (décret 2025-1156);
 * - R. 6323-42-1 (earmarking and validity of supplementary rights): LEGIARTI000051470520 from
 *   2025-04-17 (created by décret 2025-341), nothing before;
 * - L. 6333-1: LEGIARTI000041472937 from 2019-12-30, LEGIARTI000044375694 from 2021-11-27;
 * - L. 5421-4 (retirement conditions): LEGIARTI000037388300 from 2019-01-01, LEGIARTI000047452871 from
 *   2023-09-01, LEGIARTI000051289909 from 2026-01-01; L. 6323-3 has one version since 2019-08-08.
 */
describe('planCpfFinancing: R. 6333-3, R. 6323-42-1, L. 6333-1 and L. 5421-4 cited in the version in force', () => {
  const R6333_2018 = 'LEGIARTI000038031942';
  const R6333_2025 = 'LEGIARTI000052989055';
  const R42_1 = 'LEGIARTI000051470520';
  const expired = { credits: [{ id: 'c1', basis: 'L6323-11-accord' as const, amount: '100.00', validUntil: '2020-06-30' }] };

  it('step HOLDER_PAYS: R. 6333-3 of 2018 up to 4 Dec 2025, of 2025 from 5 Dec 2025', () => {
    expect(stepRefs(at('2021-03-01'), 'HOLDER_PAYS')).toEqual([R6333_2018]);
    expect(stepRefs(at('2025-12-04'), 'HOLDER_PAYS')).toEqual([R6333_2018]);
    expect(stepRefs(at('2025-12-05'), 'HOLDER_PAYS')).toEqual([R6333_2025]);
  });

  it('a credit skipped (expired): R. 6323-42-1 only from 17 Apr 2025, with R. 6333-3 in force', () => {
    expect(stepRefs(at('2024-06-01', expired), 'CREDIT_SKIPPED_EXPIRED')).toEqual([R6333_2018]);
    expect(stepRefs(at('2025-04-16', expired), 'CREDIT_SKIPPED_EXPIRED')).toEqual([R6333_2018]);
    expect(stepRefs(at('2025-04-17', expired), 'CREDIT_SKIPPED_EXPIRED')).toEqual([R42_1, R6333_2018]);
    expect(stepRefs(at('2025-12-05', expired), 'CREDIT_SKIPPED_EXPIRED')).toEqual([R42_1, R6333_2025]);
  });

  it('step ACQUIRED_RIGHTS: L. 6333-1 of 2019 up to 26 Nov 2021, of 2021 from 27 Nov 2021', () => {
    expect(stepRefs(at('2021-11-26'), 'ACQUIRED_RIGHTS')).toEqual(['LEGIARTI000041472937']);
    expect(stepRefs(at('2021-11-27'), 'ACQUIRED_RIGHTS')).toEqual(['LEGIARTI000044375694']);
  });

  it('step INELIGIBLE_RETIREMENT: L. 6323-3 and L. 5421-4 in its version at the date', () => {
    const retired = (d: string) => stepRefs(at(d, { holder: { status: 'employee', meetsRetirementConditions: true } }), 'INELIGIBLE_RETIREMENT');
    expect(retired('2023-08-31')).toEqual(['LEGIARTI000038923483', 'LEGIARTI000037388300']);
    expect(retired('2023-09-01')).toEqual(['LEGIARTI000038923483', 'LEGIARTI000047452871']);
    expect(retired('2025-12-31')).toEqual(['LEGIARTI000038923483', 'LEGIARTI000047452871']);
    expect(retired('2026-01-01')).toEqual(['LEGIARTI000038923483', 'LEGIARTI000051289909']);
  });

  it('step LICENCE_COFINANCING: L. 6323-6 and D. 6323-8, each in its version at the date', () => {
    // The co-financing condition of a light-group licence exists from 21 Feb 2026 (LFI 2026);
    // D. 6323-8: LEGIARTI000049551184 from 2024-05-19, LEGIARTI000053572418 from 2026-02-26.
    const licence = (d: string) =>
      stepRefs(at(d, { price: '1500.00', action: { type: 'driving-licence', group: 'light' }, topUps: [{ id: 't1', basis: 'L6323-4-II', funder: 'employer', amount: '200.00' }] }), 'LICENCE_COFINANCING');
    expect(licence('2026-02-23')).toEqual(['LEGIARTI000053549516', 'LEGIARTI000049551184']);
    expect(licence('2026-02-26')).toEqual(['LEGIARTI000053549516', 'LEGIARTI000053572418']);
    // L. 6323-6 in its version of 30 Jun 2026 (legi-data index, text not read) from that day.
    expect(licence('2026-06-29')).toEqual(['LEGIARTI000053549516', 'LEGIARTI000053572418']);
    expect(licence('2026-06-30')).toEqual(['LEGIARTI000054337187', 'LEGIARTI000053572418']);
  });

  it('no plan cites a version of these articles that was not in force at its date (2 000 generated plans, 2020–2026)', () => {
    const FROM: Record<string, string> = { LEGIARTI000049551184: '2024-05-19', LEGIARTI000053572418: '2026-02-26', [R6333_2018]: '2018-12-31', [R6333_2025]: '2025-12-05', [R42_1]: '2025-04-17', LEGIARTI000041472937: '2019-12-30', LEGIARTI000044375694: '2021-11-27', LEGIARTI000037388300: '2019-01-01', LEGIARTI000047452871: '2023-09-01', LEGIARTI000051289909: '2026-01-01' };
    const TO: Record<string, string> = { LEGIARTI000049551184: '2026-02-25', [R6333_2018]: '2025-12-04', LEGIARTI000041472937: '2021-11-26', LEGIARTI000037388300: '2023-08-31', LEGIARTI000047452871: '2025-12-31' };
    const r = rng(20261208);
    const bad: string[] = [];
    let checked = 0;
    for (let k = 0; k < 2000; k++) {
      const d = new Date(Date.UTC(2020, 7, 2) + r.int(2300) * 86_400_000).toISOString().slice(0, 10);
      const req = { ...generateRequest(r), purchaseDate: d };
      let plan: CpfFinancingPlan;
      try {
        plan = planCpfFinancing(req, generateOptions(r));
      } catch {
        continue;
      }
      checked += 1;
      // L. 6323-4 and R. 6323: only the version in force (before 19 Aug 2026 for L. 6323-4: from that
      // day the parameters also cite version 9, the one read, on purpose).
      const inForce = (starts: Array<[string, string]>) => starts.filter(([from]) => from <= d).at(-1)?.[1];
      const l4 = inForce([['2019-01-01', V6], ['2023-01-01', V7], ['2024-01-01', V8], ['2024-04-17', V9], ['2026-08-19', V10]]);
      const r6323 = inForce([['2024-05-02', R2024], ['2026-04-02', R2026]]);
      for (const r of allRefs(plan)) {
        if (r.article === 'R6323' && r.legifranceId !== r6323) bad.push(`${d}: R6323 ${r.legifranceId}`);
        if (r.article === 'L6323-4' && d < '2026-08-19' && r.legifranceId !== l4) bad.push(`${d}: L6323-4 ${r.legifranceId}`);
      }
      // Only the references the plan adds itself: the steps', warnings' and list's ids of these articles.
      for (const r of allRefs(plan)) {
        const id = r.legifranceId;
        if (id === undefined || FROM[id] === undefined) continue;
        if (d < FROM[id]! || (TO[id] !== undefined && d > TO[id]!)) bad.push(`${d}: ${r.article} ${id}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    // Most generated requests give a plan (the others are refused inputs): the check ran on them.
    expect(checked).toBeGreaterThan(1500);
  });
});

/**
 * `cpf.participation.exemptions` is dated like the article that sets the exemptions, R. 6323 al. 3
 * (décret 2024-394): it starts on 2 May 2024 (no contribution before), cites R. 6323 of 2 May 2024
 * until 1 April 2026, then the version of 2 April 2026 (LEGIARTI000053744158), whose text was not read:
 * the list is kept but `provisional`, as `cpf.participation.amount` already is from that date.
 */
describe('cpf.participation.exemptions follows the versions of R. 6323', () => {
  const jobseeker = (d: string) => at(d, { holder: { status: 'jobseeker' } });
  const flagged = (plan: CpfFinancingPlan) => plan.warnings.some((w) => w.code === 'PROVISIONAL_VALUE' && w.parameter === 'cpf.participation.exemptions');

  it('exempts a jobseeker on both sides of 2 April 2026, and says from that day that the list is to be confirmed', () => {
    const before = jobseeker('2026-04-01');
    const after = jobseeker('2026-04-02');
    expect([before.participation.exempt, after.participation.exempt]).toEqual([true, true]);
    expect(flagged(before)).toBe(false);
    expect(flagged(after)).toBe(true);
    expect(ids(before.references)).toContain(R2024);
    expect(ids(after.references)).not.toContain(R2024);
    expect(ids(after.references)).toContain(R2026);
  });

  it('starts on 2 May 2024: the day before, no contribution is due, nothing is exempted and the parameter is not read', () => {
    // The parameter has no value before 2 May 2024; a plan reads it only when a contribution is due.
    const before = jobseeker('2024-05-01');
    expect(before.participation).toMatchObject({ amount: '0.00', exempt: false });
    expect(allRefs(before).map((r) => r.article)).not.toContain('R6323');
    expect(jobseeker('2024-05-02').participation).toMatchObject({ amount: '0.00', exempt: true });
  });
});
