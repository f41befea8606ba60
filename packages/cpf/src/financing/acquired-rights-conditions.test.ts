import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRequest, rng } from '../../test/generate.js';
import { planCpfFinancing } from './plan.js';
import type { CpfFinancingRequest } from './types.js';

// Issue 8 §3, ../shared/domain/corrections-2026-12.md §4: D. 6323-6 (LEGIARTI000053572443) and
// D. 6323-8 (LEGIARTI000053572418) condition only the mobilisation of the rights credited under
// L. 6323-11, L. 6323-27 and L. 6323-34.

/** A generated request where D. 6323-6 or D. 6323-8 applies (from 26 Feb 2026). */
function barred(seed: number): CpfFinancingRequest {
  const r = rng(seed);
  const base = generateRequest(r) as unknown as Record<string, unknown>;
  const bilan = r.next() < 0.5;
  const day = `2026-${String(3 + r.int(10)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
  return {
    ...base,
    purchaseDate: day,
    action: bilan ? { type: 'bilan' } : { type: 'driving-licence', group: 'light', category: r.next() < 0.5 ? 'B' : 'A1' },
    holder: bilan ? { status: r.pick(['employee', 'jobseeker', 'self-employed'] as const), publiclyFundedBilanWithin5Years: true } : { status: r.pick(['employee', 'jobseeker'] as const), hasValidLightLicence: true },
  } as unknown as CpfFinancingRequest;
}

describe('D. 6323-6 / D. 6323-8: the acquired rights only (default) or the whole purchase (option)', () => {
  it('by default the acquired rights never pay, other resources may, and the plan names the option', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const req = barred(seed);
        const plan = planCpfFinancing(req);
        expect(plan.lines.some((l) => l.source === 'acquired-rights')).toBe(false);
        expect(plan.warnings.some((w) => w.code === 'DISPUTED_ACQUIRED_RIGHTS_ONLY' && w.option === 'acquiredRightsConditionsBlockPurchase' && w.status === 'disputed')).toBe(true);
        const bar = plan.issues.find((i) => i.code === 'recent_public_bilan' || i.code === 'holds_valid_light_licence');
        const others = (req.credits ?? []).length + (req.topUps ?? []).length > 0;
        if (!others) expect(bar).toBeDefined();
        if (bar) expect(plan.eligible).toBe(false);
        if (plan.eligible) expect(plan.explanation.some((s) => s.code === 'ACQUIRED_RIGHTS_BARRED')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('with acquiredRightsConditionsBlockPurchase the purchase is never eligible and pays nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const req = barred(seed);
        const plan = planCpfFinancing(req, { acquiredRightsConditionsBlockPurchase: true });
        expect(plan.eligible).toBe(false);
        expect(plan.lines).toEqual([]);
        expect(plan.holderPays).toBe(planCpfFinancing({ ...req, credits: [], topUps: [] }).holderPays);
        expect(plan.warnings.some((w) => w.code === 'DISPUTED_PURCHASE_BLOCKED_APPLIED' && w.option === 'acquiredRightsConditionsBlockPurchase')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a credit pays a bilan after a funded bilan; the step says why the acquired rights do not', () => {
    const req: CpfFinancingRequest = {
      purchaseDate: '2026-04-15', price: '1800.00', action: { type: 'bilan' },
      holder: { status: 'jobseeker', publiclyFundedBilanWithin5Years: true }, acquiredRights: '3000.00',
      credits: [{ id: 'region', basis: 'L6323-4-III', funder: 'region', amount: '1000.00' }],
    };
    const plan = planCpfFinancing(req);
    expect(plan).toMatchObject({ eligible: true, lines: [{ level: 1, source: 'region', amount: '1000.00' }], holderPays: '800.00' });
    const step = plan.explanation.find((s) => s.code === 'ACQUIRED_RIGHTS_BARRED');
    expect(step?.label).toContain('D. 6323-6');
    expect(step?.labelEn).toContain('D. 6323-6');
    expect(step?.references?.map((r) => r.article)).toContain('D6323-6');
    // Before décret 2026-126 (26 Feb 2026) nothing is barred.
    const before = planCpfFinancing({ ...req, purchaseDate: '2026-02-25' });
    expect(before.lines.map((l) => l.source)).toEqual(['region', 'acquired-rights']);
    expect(before.warnings.some((w) => w.option === 'acquiredRightsConditionsBlockPurchase')).toBe(false);
  });
});
