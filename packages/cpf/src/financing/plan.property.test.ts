import fc from 'fast-check';
import { Money, sumMoney } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { planCpfFinancing } from './plan.js';
import { CREDIT_BASES, CREDIT_FUNDERS, TOP_UP_BASES, TOP_UP_FUNDERS } from './schema.js';
import type { CpfCredit, CpfFinancingOptions, CpfFinancingRequest, CpfTopUp } from './types.js';

const DATES = ['2020-08-02', '2024-05-01', '2024-05-02', '2025-06-15', '2025-12-04', '2025-12-05', '2026-02-25', '2026-02-26', '2026-04-01', '2026-04-02', '2026-11-22', '2027-03-01'];

const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));
const date = fc.oneof(fc.constantFrom(...DATES), fc.integer({ min: 0, max: 2500 }).map((n) => new Date(Date.UTC(2020, 7, 2 + n)).toISOString().slice(0, 10)));
const amount = fc.oneof(cents(300_000), fc.constantFrom('0.00', '0.01', '100.00', '103.20', '103.21', '900.00', '1500.00', '1600.00'));
const action = fc.oneof(
  fc.constant({ type: 'rncp' as const, code: 'RNCP37274' }),
  fc.constant({ type: 'rncp-block' as const, code: 'RNCP37274BC01' }),
  fc.boolean().map((clea) => ({ type: 'rs' as const, code: 'RS5678', clea })),
  fc.constant({ type: 'vae' as const }),
  fc.constant({ type: 'bilan' as const }),
  fc.constantFrom('light', 'heavy').map((group) => ({ type: 'driving-licence' as const, group: group as 'light' | 'heavy', category: group === 'light' ? 'B' : 'C' })),
);
const credit = fc.record(
  {
    basis: fc.constantFrom(...CREDIT_BASES),
    funder: fc.constantFrom(...CREDIT_FUNDERS),
    amount,
    reservedFor: fc.oneof(
      fc.constant(undefined),
      fc.record({ actionTypes: fc.subarray(['rncp', 'rs', 'bilan', 'driving-licence'], { minLength: 1 }) }),
      fc.record({ codes: fc.constantFrom(['RNCP37274'], ['RS5678'], ['RNCP11111']) }),
    ),
    validUntil: fc.oneof(fc.constant(undefined), date),
  },
  { requiredKeys: ['basis', 'amount'] },
);
const topUp = fc.record({ basis: fc.constantFrom(...TOP_UP_BASES), funder: fc.constantFrom(...TOP_UP_FUNDERS), amount });

const request = fc
  .record({
    purchaseDate: date,
    price: amount,
    action,
    holder: fc.record(
      {
        status: fc.constantFrom('employee', 'jobseeker', 'self-employed', 'public-servant', 'other' as const),
        hasValidLightLicence: fc.boolean(),
        publiclyFundedBilanWithin5Years: fc.boolean(),
      },
      { requiredKeys: ['status'] },
    ),
    acquiredRights: amount,
    credits: fc.array(credit, { maxLength: 5 }),
    topUps: fc.array(topUp, { maxLength: 5 }),
  })
  .map((r) => {
    const credits: CpfCredit[] = r.credits.map((c, i) => {
      const out: Record<string, unknown> = { id: `c${i}`, basis: c.basis, amount: c.amount };
      if (c.funder !== undefined) out['funder'] = c.funder;
      if (c.reservedFor !== undefined) out['reservedFor'] = c.reservedFor;
      if (c.validUntil !== undefined) out['validUntil'] = c.validUntil;
      return out as unknown as CpfCredit;
    });
    const topUps: CpfTopUp[] = r.topUps.map((t, i) => ({ id: `t${i}`, ...t }));
    return { ...r, credits, topUps } as CpfFinancingRequest;
  });
const options = fc.record({
  employerDotationExempts: fc.boolean(),
  opcoTopUpExempts: fc.boolean(),
  capAlsoLimitsAgreementCredits: fc.boolean(),
  licenceCofinancingMayBeDotation: fc.boolean(),
  publicServantExempt: fc.boolean(),
  unusedTopUpExempts: fc.boolean(),
  acquiredRightsConditionsBlockPurchase: fc.boolean(),
}) as fc.Arbitrary<CpfFinancingOptions>;

/** D. 6323-6 or D. 6323-8 bars the acquired rights (from 26 Feb 2026; category BE excepted). */
function rightsBarred(req: CpfFinancingRequest): boolean {
  if (req.purchaseDate < '2026-02-26') return false;
  const a = req.action;
  if (a.type === 'bilan') return req.holder.publiclyFundedBilanWithin5Years === true;
  return a.type === 'driving-licence' && a.group === 'light' && req.holder.hasValidLightLicence === true && (a.category ?? '').replace(/\s+/g, '').toUpperCase() !== 'BE';
}

const AMOUNT = /^\d+\.\d{2}$/;
const c = (x: string | number) => Money.of(x).toCents();

function usable(cr: CpfCredit, req: CpfFinancingRequest): boolean {
  if (cr.validUntil !== undefined && req.purchaseDate > cr.validUntil) return false;
  const r = cr.reservedFor;
  if (r?.actionTypes && !r.actionTypes.includes(req.action.type)) return false;
  if (r?.codes) {
    const code = 'code' in req.action ? req.action.code : undefined;
    if (!code || !r.codes.includes(code)) return false;
  }
  return true;
}

function capFor(req: CpfFinancingRequest): number {
  if (req.purchaseDate < '2026-02-26') return Infinity;
  const a = req.action;
  if (a.type === 'rs' && !a.clea) return 150_000;
  if (a.type === 'bilan') return 160_000;
  if (a.type === 'driving-licence' && a.group === 'light') return 90_000;
  return Infinity;
}

describe('planCpfFinancing invariants (fast-check)', () => {
  it('conserves money, never goes negative, respects credits, caps and the order of levels', () => {
    fc.assert(
      fc.property(request, options, (req, opts) => {
        const plan = planCpfFinancing(req, opts);
        // Money is conserved (checked with decimal.js through core's Money).
        expect(sumMoney([...plan.lines.map((l) => l.amount), plan.holderPays]).eq(req.price)).toBe(true);
        // Nothing negative, exactly two decimals, lines > 0.
        for (const a of [plan.holderPays, plan.participation.amount, ...plan.lines.map((l) => l.amount)]) expect(a).toMatch(AMOUNT);
        for (const l of plan.lines) expect(c(l.amount)).toBeGreaterThan(0);
        // Each source at most once.
        expect(new Set(plan.lines.map((l) => l.source)).size).toBe(plan.lines.length);
        if (!plan.eligible) {
          expect(plan.lines).toEqual([]);
          expect(plan.issues.length).toBeGreaterThan(0);
          expect(plan.holderPays).toBe(Money.of(req.price).toString());
          return;
        }
        expect(plan.issues).toEqual([]);
        // The participation is always paid by the holder; CPF money covers at most price − participation.
        expect(c(plan.holderPays)).toBeGreaterThanOrEqual(c(plan.participation.amount));
        expect(c(plan.participation.amount)).toBeLessThanOrEqual(c(req.price));
        const used = new Map(plan.lines.map((l) => [l.source, c(l.amount)]));
        // No credit beyond its amount, after its validity or for a non-matching action.
        for (const cr of req.credits ?? []) {
          const u = used.get(cr.id) ?? 0;
          expect(u).toBeLessThanOrEqual(c(cr.amount));
          if (!usable(cr, req)) expect(u).toBe(0);
        }
        for (const t of req.topUps ?? []) expect(used.get(t.id) ?? 0).toBeLessThanOrEqual(c(t.amount));
        const acquired = used.get('acquired-rights') ?? 0;
        const cap = capFor(req);
        const barred = rightsBarred(req);
        if (barred) expect(opts.acquiredRightsConditionsBlockPurchase).not.toBe(true);
        expect(acquired).toBeLessThanOrEqual(barred ? 0 : Math.min(c(req.acquiredRights), cap));
        if (opts.capAlsoLimitsAgreementCredits && cap !== Infinity) {
          const accord = (req.credits ?? []).filter((x) => x.basis === 'L6323-11-accord').reduce((s, x) => s + (used.get(x.id) ?? 0), 0);
          expect(accord + acquired).toBeLessThanOrEqual(cap);
        }
        // From 5 Dec 2025: no level-3 money while level-1 or level-2 money that could pay remains.
        const level3 = plan.lines.filter((l) => l.level === 3).length > 0;
        if (req.purchaseDate >= '2025-12-05' && level3) {
          for (const cr of req.credits ?? []) {
            if (!usable(cr, req)) continue;
            const cappedAccord = opts.capAlsoLimitsAgreementCredits && cr.basis === 'L6323-11-accord' && cap !== Infinity;
            if (!cappedAccord) expect(used.get(cr.id) ?? 0).toBe(c(cr.amount));
          }
          const accordUsed = opts.capAlsoLimitsAgreementCredits && cap !== Infinity ? (req.credits ?? []).filter((x) => x.basis === 'L6323-11-accord').reduce((s, x) => s + (used.get(x.id) ?? 0), 0) : 0;
          expect(acquired).toBe(barred ? 0 : Math.min(c(req.acquiredRights), cap - accordUsed));
        }
        // Before 5 Dec 2025: acquired rights first — no other money while they could still pay.
        if (req.purchaseDate < '2025-12-05' && plan.lines.some((l) => l.source !== 'acquired-rights')) {
          expect(acquired).toBe(Math.min(c(req.acquiredRights), cap));
          expect(plan.lines[0]?.source).toBe(acquired > 0 ? 'acquired-rights' : plan.lines[0]?.source);
        }
        // Levels appear in order from 5 Dec 2025.
        if (req.purchaseDate >= '2025-12-05') {
          const levels = plan.lines.map((l) => l.level);
          expect(levels).toEqual([...levels].sort());
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(request, options, (req, opts) => {
        const copy = structuredClone(req);
        const a = planCpfFinancing(req, opts);
        const b = planCpfFinancing(copy, opts);
        expect(b).toEqual(a);
        expect(copy).toEqual(req);
      }),
      { numRuns: 150 },
    );
  });

  it('by default, a top-up waives the participation only when it is mobilised (R. 6323 « utilise », L. 6323-7)', () => {
    const exempting = (t: CpfTopUp) => c(t.amount) > 0 && (t.basis === 'L4163-8' || t.basis === 'CSS-L432-12' || ((t.basis === 'L6323-4-II' || t.basis === 'L6323-14') && t.funder === 'employer'));
    fc.assert(
      fc.property(request, (req) => {
        const plan = planCpfFinancing(req);
        if (!plan.eligible || !plan.participation.exempt || req.holder.status === 'jobseeker') return;
        const ids = (req.topUps ?? []).filter(exempting).map((t) => t.id);
        if (ids.length === 0) return; // exempt for another reason
        expect(plan.lines.some((l) => ids.includes(l.source))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never uses more than price − participation, and uses all of it when enough money is on offer', () => {
    fc.assert(
      fc.property(request, (req) => {
        const plan = planCpfFinancing(req);
        if (!plan.eligible) return;
        const covered = plan.lines.reduce((s, l) => s + c(l.amount), 0);
        const max = c(req.price) - c(plan.participation.amount);
        expect(covered).toBeLessThanOrEqual(max);
        // Without caps or unusable credits, when the money on offer is at least the maximum, it is all used.
        if (capFor(req) === Infinity && (req.credits ?? []).every((x) => usable(x, req))) {
          const offered = c(req.acquiredRights) + (req.credits ?? []).reduce((s, x) => s + c(x.amount), 0) + (req.topUps ?? []).reduce((s, x) => s + c(x.amount), 0);
          expect(covered).toBe(Math.min(max, offered));
        }
      }),
      { numRuns: 300 },
    );
  });
});
