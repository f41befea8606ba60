import { overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { planCpfFinancing } from './plan.js';
import { cpfFinancingRules } from './rules.js';
import type { CpfFinancingRequest } from './types.js';
import { thrown } from '../../test/helpers.js';

const base: CpfFinancingRequest = {
  purchaseDate: '2026-03-10',
  price: '1000.00',
  action: { type: 'rncp', code: 'RNCP37274' },
  holder: { status: 'employee' },
  acquiredRights: '2000.00',
};

function issuesOf(fn: () => unknown): Array<{ path: string; code: string; message: string; messageEn: string }> {
  return thrown(fn).issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message, messageEn: i.messageEn }));
}

describe('planCpfFinancing: invalid input', () => {
  it('reports every problem with its path in one error', () => {
    const issues = issuesOf(() =>
      planCpfFinancing({
        purchaseDate: '2026-02-30',
        price: '-5',
        action: { type: 'formation-maison' },
        holder: { status: 'employee' },
        acquiredRights: '12.345',
        credits: [
          { id: 'x', basis: 'L6323-13', amount: 'abc' },
          { id: 'x', basis: 'L6323-13', amount: 10 },
        ],
        topUps: [{ id: 'x', basis: 'L6323-4-II', funder: 'employer', amount: Number.NaN }],
      } as never),
    );
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.code]));
    expect(byPath['purchaseDate']).toBe('invalid_date');
    expect(byPath['price']).toBe('negative_amount');
    expect(byPath['action.type']).toBe('invalid_union');
    expect(byPath['acquiredRights']).toBe('too_many_decimals');
    expect(byPath['credits.0.amount']).toBe('invalid_amount');
    expect(byPath['credits.1.id']).toBe('duplicate_id');
    expect(byPath['topUps.0.id']).toBe('duplicate_id');
    expect(byPath['topUps.0.amount']).toBe('invalid_union'); // NaN is not a finite number
    for (const i of issues) {
      expect(i.message.length).toBeGreaterThan(0);
      expect(i.messageEn.length).toBeGreaterThan(0);
    }
    expect(issues.find((i) => i.path === 'action.type')?.message).toContain("Type d'action inconnu");
  });

  it('rejects malformed dates, codes, unknown fields and the reserved id', () => {
    const issues = issuesOf(() =>
      planCpfFinancing({
        ...base,
        purchaseDate: '10/03/2026',
        action: { type: 'rs', code: 'RNCP1' },
        holder: { status: 'employee', hasValidLicence: true },
        credits: [{ id: 'acquired-rights', basis: 'L6323-13', amount: 1, validUntil: '2026-13-01' }],
        topUps: [{ id: 't', basis: 'L6323-4-II', funder: 'bank', amount: 1 }],
      } as never),
    );
    const paths = issues.map((i) => `${i.path}:${i.code}`);
    expect(paths).toContain('purchaseDate:invalid_date_format');
    expect(paths).toContain('action.code:invalid_format');
    expect(paths).toContain('holder:unrecognized_keys');
    expect(paths).toContain('credits.0.id:reserved_id');
    expect(paths).toContain('credits.0.validUntil:invalid_date');
    expect(paths).toContain('topUps.0.funder:invalid_value');
  });

  it('gives exactly one issue per problem: unknown basis, funder, status and reserved action type, malformed amounts', () => {
    const issues = issuesOf(() =>
      planCpfFinancing({
        purchaseDate: '2026-3-10',
        price: '1 000,50',
        action: { type: 'rncp', code: 'RNCP37274' },
        holder: { status: 'retired' },
        acquiredRights: true,
        credits: [{ id: 'a', basis: 'L6323-99', funder: 'bank', amount: '10', reservedFor: { actionTypes: ['cours'] } }],
        topUps: [
          { id: 'b', basis: 'L6323-4-III', funder: 'employer', amount: '1e3' },
          { id: '', basis: 'L4163-8', funder: 'holder', amount: -0.5 },
        ],
      } as never),
    );
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'purchaseDate:invalid_date_format',
      'price:invalid_amount',
      'holder.status:invalid_value',
      'acquiredRights:invalid_union',
      'credits.0.basis:invalid_value',
      'credits.0.funder:invalid_value',
      'credits.0.reservedFor.actionTypes.0:invalid_value',
      'topUps.0.basis:invalid_value',
      'topUps.0.amount:invalid_amount',
      'topUps.1.id:too_small',
      'topUps.1.amount:negative_amount',
    ]);
    for (const i of issues) expect(i.message).not.toBe(i.messageEn);
  });

  it('rejects amounts beyond the bound and a missing request', () => {
    expect(issuesOf(() => planCpfFinancing({ ...base, price: '1000000000000.01' }))[0]).toMatchObject({ path: 'price', code: 'too_large' });
    expect(issuesOf(() => planCpfFinancing(undefined as never))[0]?.code).toBe('invalid_type');
  });

  it('accepts numbers and trailing zeros as amounts', () => {
    const plan = planCpfFinancing({ ...base, price: 1000, acquiredRights: '2000.000' });
    expect(plan.lines).toEqual([{ level: 2, source: 'acquired-rights', amount: '896.80' }]);
  });

  it('refuses dates the shipped law does not cover, on purchaseDate', () => {
    const e = issuesOf(() => planCpfFinancing({ ...base, purchaseDate: '2019-06-01' }));
    expect(e[0]).toMatchObject({ path: 'purchaseDate', code: 'no_value_in_force' });
    // Between 1 Jan and 1 Aug 2020 the order among complementary resources was not yet set.
    expect(planCpfFinancing({ ...base, purchaseDate: '2020-03-01' }).lines).toEqual([{ level: 2, source: 'acquired-rights', amount: '1000.00' }]);
    const e2 = issuesOf(() => planCpfFinancing({ ...base, purchaseDate: '2020-03-01', acquiredRights: 0, credits: [{ id: 'c', basis: 'L6323-13', amount: 10 }] }));
    expect(e2[0]).toMatchObject({ path: 'purchaseDate', code: 'no_value_in_force' });
  });
});

describe('planCpfFinancing: participation status by date (cpf.md §4.2)', () => {
  const participationWarning = (date: string) => planCpfFinancing({ ...base, purchaseDate: date }).warnings.find((w) => w.parameter === 'cpf.participation.amount');
  it('flags the 2025 and 2026 amounts (secondary sources only) and, from 2 Apr 2026, the unread version of R. 6323', () => {
    expect(participationWarning('2024-12-31')).toBeUndefined(); // 100 € of décret 2024-394: primary
    expect(participationWarning('2025-01-01')?.references.map((r) => r.article)).toContain('Arrêté du 26 décembre 2024');
    const before = participationWarning('2026-04-01');
    const after = participationWarning('2026-04-02');
    expect(before?.status).toBe('provisional');
    expect(before?.references.map((r) => r.legifranceId)).not.toContain('LEGIARTI000053744158');
    expect(after?.status).toBe('provisional');
    expect(after?.references.map((r) => r.legifranceId)).toContain('LEGIARTI000053744158');
    expect(after?.message).toContain('2 avril 2026');
  });
});

describe('planCpfFinancing: texts changed after the research date (cpf.md §6.3)', () => {
  const flagged = (date: string) => planCpfFinancing({ ...base, purchaseDate: date }).warnings.map((w) => w.parameter);
  it('warns from 30 Jun 2026 (L. 6323-6) and from 19 Aug 2026 (L. 6323-4), not before', () => {
    expect(flagged('2026-06-29')).not.toContain('cpf.eligibility.l6323-6-version');
    expect(flagged('2026-06-30')).toContain('cpf.eligibility.l6323-6-version');
    expect(flagged('2026-08-18')).not.toContain('cpf.financing.l6323-4-version');
    expect(flagged('2026-08-19')).toEqual(expect.arrayContaining(['cpf.eligibility.l6323-6-version', 'cpf.financing.l6323-4-version', 'cpf.participation.amount']));
    // An ineligible purchase still says its eligibility rules may be out of date.
    const refused = planCpfFinancing({ ...base, purchaseDate: '2026-11-22', holder: { status: 'employee', meetsRetirementConditions: true } });
    expect(refused.eligible).toBe(false);
    expect(refused.warnings.map((w) => w.parameter)).toContain('cpf.eligibility.l6323-6-version');
    expect(refused.references.map((r) => r.legifranceId)).toContain('LEGIARTI000054337187');
  });
});

describe('planCpfFinancing: references by date', () => {
  it('cites the LFI 2026 version of L. 6323-6 only from 21 Feb 2026', () => {
    const ids = (date: string) => planCpfFinancing({ ...base, purchaseDate: date }).explanation.find((s) => s.code === 'ELIGIBLE')?.references?.map((r) => r.legifranceId);
    expect(ids('2025-06-01')).toEqual([undefined]);
    expect(ids('2026-02-20')).toEqual([undefined]);
    expect(ids('2026-02-21')).toEqual(['LEGIARTI000053549516']);
  });
});

describe('planCpfFinancing: explanation', () => {
  it('names each skipped credit and the reason', () => {
    const plan = planCpfFinancing({
      ...base,
      credits: [
        { id: 'old', basis: 'L6323-4-III', funder: 'region', amount: 100, validUntil: '2026-01-31' },
        { id: 'bilan-only', basis: 'L6323-4-III', funder: 'opco', amount: 100, reservedFor: { actionTypes: ['bilan'] } },
        { id: 'empty', basis: 'L6323-13', amount: 0 },
      ],
    });
    const codes = plan.explanation.map((s) => s.code);
    expect(codes).toContain('CREDIT_SKIPPED_EXPIRED');
    expect(codes).toContain('CREDIT_SKIPPED_RESERVED');
    expect(codes).toContain('CREDIT_EMPTY');
    expect(plan.explanation.find((s) => s.code === 'CREDIT_SKIPPED_EXPIRED')?.label).toContain('validité expirée le 31 janvier 2026 (achat le 10 mars 2026)');
    expect(plan.explanation.find((s) => s.code === 'CREDIT_SKIPPED_RESERVED')?.label).toContain('bilan');
    expect(plan.lines).toEqual([{ level: 2, source: 'acquired-rights', amount: '896.80' }]);
  });

  it('prints amounts the French way and states the cap', () => {
    const plan = planCpfFinancing({ ...base, price: 2500, action: { type: 'rs', code: 'RS5678' }, acquiredRights: 3000 });
    const capped = plan.explanation.find((s) => s.code === 'ACQUIRED_RIGHTS_CAPPED');
    expect(capped?.label).toContain('1\u202F500,00\u00A0€');
    expect(capped?.amounts?.['cap']).toBe('1500.00');
    expect(plan.references.some((r) => r.article === 'D6323-1 A')).toBe(true);
  });

  it('explains an ineligible purchase without lines', () => {
    // D. 6323-6 bars the acquired rights; nothing else can pay (no credit, no top-up): not eligible.
    const plan = planCpfFinancing({ ...base, action: { type: 'bilan' }, holder: { status: 'employee', publiclyFundedBilanWithin5Years: true } });
    expect(plan.eligible).toBe(false);
    expect(plan.issues[0]?.path).toEqual(['holder', 'publiclyFundedBilanWithin5Years']);
    expect(plan.explanation.map((s) => s.code)).toContain('INELIGIBLE_RECENT_BILAN');
  });

  it('handles a zero price', () => {
    const plan = planCpfFinancing({ ...base, price: 0 });
    expect(plan).toMatchObject({ lines: [], holderPays: '0.00', participation: { amount: '0.00', exempt: false } });
  });

  it('reaches the largest amounts exactly', () => {
    const plan = planCpfFinancing({ ...base, price: '999999999999.99', acquiredRights: '999999999999.99' });
    expect(plan.lines[0]?.amount).toBe('999999999896.79');
    expect(plan.holderPays).toBe('103.20');
  });
});

describe('planCpfFinancing: overriding the law', () => {
  it('uses an overridden participation amount and says so', () => {
    const rules = overrideRules(cpfFinancingRules, {
      participationAmount: [{ from: '2026-04-02', value: '150.00', status: 'confirmed', references: [] }],
    });
    const plan = planCpfFinancing({ ...base, purchaseDate: '2026-06-01' }, { rules });
    expect(plan.participation.amount).toBe('150.00');
    expect(plan.lines[0]?.amount).toBe('850.00');
    expect(plan.warnings.map((w) => w.code)).toContain('OVERRIDDEN_VALUE');
    // The shipped rules are unchanged.
    expect(planCpfFinancing({ ...base, purchaseDate: '2026-06-01' }).participation.amount).toBe('103.20');
  });

  it('applies a published level-1 order', () => {
    const rules = overrideRules(cpfFinancingRules, {
      level1Order: [{ from: '2026-09-01', value: [[{ kind: 'credit', bases: ['L6323-4-III'] }], [{ kind: 'credit', bases: ['L6323-13'] }]], status: 'confirmed', references: [] }],
    });
    const req: CpfFinancingRequest = {
      ...base,
      purchaseDate: '2026-10-01',
      acquiredRights: 0,
      credits: [
        { id: 'correctif', basis: 'L6323-13', amount: 600 },
        { id: 'dotation', basis: 'L6323-4-III', funder: 'region', amount: 600 },
      ],
    };
    expect(planCpfFinancing(req).lines.map((l) => l.source)).toEqual(['correctif', 'dotation']);
    expect(planCpfFinancing(req, { rules }).lines.map((l) => l.source)).toEqual(['dotation', 'correctif']);
  });

  it('applies overridden caps', () => {
    const rules = overrideRules(cpfFinancingRules, {
      acquiredRightsCaps: [{ from: '2026-09-01', value: { rsExceptClea: '1000.00', bilan: '1600.00', lightDrivingLicence: '900.00' }, status: 'confirmed', references: [] }],
    });
    const plan = planCpfFinancing({ ...base, purchaseDate: '2026-10-01', price: 2000, action: { type: 'rs', code: 'RS5678' } }, { rules });
    expect(plan.lines).toEqual([{ level: 2, source: 'acquired-rights', amount: '1000.00' }]);
  });
});

describe('CpfFinancingRequestSchema', () => {
  it('exports a JSON Schema of the input for non-TypeScript callers', async () => {
    const { z } = await import('zod');
    const { CpfFinancingRequestSchema } = await import('./schema.js');
    const schema = z.toJSONSchema(CpfFinancingRequestSchema, { io: 'input' }) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['purchaseDate', 'price', 'action', 'holder', 'acquiredRights', 'credits', 'topUps']));
    expect(schema.required).toEqual(expect.arrayContaining(['purchaseDate', 'price', 'action', 'holder', 'acquiredRights']));
  });
});

describe('planCpfFinancing: warnings on points the texts leave open', () => {
  it('says when the order among resources the 2020 arrêté does not rank changed the result', () => {
    const plan = planCpfFinancing({
      ...base,
      purchaseDate: '2025-06-01',
      price: 700,
      acquiredRights: 0,
      credits: [
        { id: 'plateforme', basis: 'L7342-3', funder: 'other', amount: 500 },
        { id: 'sapin', basis: 'sapin-ii', funder: 'state', amount: 500 },
      ],
    });
    // 700 − 102.23 = 597.77: request order among unranked resources.
    expect(plan.lines).toEqual([
      { level: 1, source: 'plateforme', amount: '500.00' },
      { level: 1, source: 'sapin', amount: '97.77' },
    ]);
    expect(plan.warnings.map((w) => w.code).sort()).toEqual(['ORDER_NOT_SET_BY_TEXT', 'PROVISIONAL_VALUE']);
  });

  it('ranks an L. 6323-14 agreement credit with the L. 6323-4 III alimentation in the 2020 order (cpf.md §1.2, §1.4)', () => {
    // Paid to the account under L. 6323-4 III, so rank (4) of the arrêté du 30 juillet 2020, before
    // the L. 6323-29 top-up of rank (5) and before the unranked resources.
    const plan = planCpfFinancing({
      ...base,
      purchaseDate: '2025-06-01',
      price: 700,
      acquiredRights: 0,
      credits: [
        { id: 'plateforme', basis: 'L7342-3', funder: 'other', amount: 500 },
        { id: 'accord-14', basis: 'L6323-14', funder: 'employer', amount: 300 },
      ],
      topUps: [{ id: 'faf', basis: 'L6323-29', funder: 'other', amount: 300 }],
    });
    expect(plan.lines).toEqual([
      { level: 1, source: 'accord-14', amount: '300.00' },
      { level: 3, source: 'faf', amount: '297.77' },
    ]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['PROVISIONAL_VALUE']);
  });

  it('keeps ranked resources of the 2020 arrêté free of that warning', () => {
    const plan = planCpfFinancing({
      ...base,
      purchaseDate: '2025-06-01',
      price: 700,
      acquiredRights: 0,
      credits: [
        { id: 'dotation', basis: 'L6323-4-III', funder: 'region', amount: 500 },
        { id: 'correctif', basis: 'L6323-13', funder: 'employer', amount: 500 },
      ],
    });
    expect(plan.lines.map((l) => l.source)).toEqual(['correctif', 'dotation']);
    // Only the 2025 participation amount (secondary sources) is flagged.
    expect(plan.warnings.map((w) => w.code)).toEqual(['PROVISIONAL_VALUE']);
  });

  it('flags a licence co-financing from an unnamed funder', () => {
    const plan = planCpfFinancing({
      ...base,
      action: { type: 'driving-licence', group: 'light', category: 'B' },
      topUps: [{ id: 'faf', basis: 'L6323-4-II', funder: 'other', amount: 150 }],
    });
    expect(plan.eligible).toBe(false);
    expect(plan.warnings.map((w) => w.code)).toEqual(['COFINANCING_FUNDER_UNCLEAR']);
    // Declared with its basis (L. 6323-29, FAF), it counts.
    const ok = planCpfFinancing({ ...base, action: { type: 'driving-licence', group: 'light', category: 'B' }, topUps: [{ id: 'faf', basis: 'L6323-29', funder: 'other', amount: 150 }] });
    expect(ok.eligible).toBe(true);
  });
});
