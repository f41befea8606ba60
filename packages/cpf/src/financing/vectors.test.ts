import { describe, expect, it } from 'vitest';
import { planCpfFinancing } from './plan.js';
import type { CpfFinancingOptions, CpfFinancingRequest } from './types.js';
import data from './vectors/plans.json' with { type: 'json' };

interface Vector {
  id: string;
  title: string;
  reasoning: string;
  references: string[];
  request: CpfFinancingRequest;
  options?: CpfFinancingOptions;
  expected: {
    eligible: boolean;
    issueCodes: string[];
    participation: { amount: string; exempt: boolean };
    lines: Array<{ level: 1 | 2 | 3; source: string; amount: string }>;
    holderPays: string;
    warningCodes: string[];
  };
}

const vectors = (data as { vectors: Vector[] }).vectors;

describe('CPF financing test vectors (packages/cpf/src/financing/vectors/plans.json)', () => {
  it('has at least 30 documented vectors with unique ids', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(30);
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
    for (const v of vectors) {
      expect(v.reasoning.length).toBeGreaterThan(20);
      expect(v.references.length).toBeGreaterThan(0);
    }
  });

  it.each(vectors.map((v) => [`${v.id} ${v.title}`, v] as const))('%s', (_name, v) => {
    const plan = planCpfFinancing(v.request, v.options ?? {});
    expect(plan.eligible).toBe(v.expected.eligible);
    expect(plan.issues.map((i) => i.code).sort()).toEqual([...v.expected.issueCodes].sort());
    expect({ amount: plan.participation.amount, exempt: plan.participation.exempt }).toEqual(v.expected.participation);
    expect(plan.lines).toEqual(v.expected.lines);
    expect(plan.holderPays).toBe(v.expected.holderPays);
    expect([...new Set(plan.warnings.map((w) => w.code))].sort()).toEqual([...v.expected.warningCodes].sort());
    // Every plan explains itself and ends with what the holder pays.
    expect(plan.explanation.at(-1)?.code).toBe('HOLDER_PAYS');
    expect(plan.references.length).toBeGreaterThan(0);
  });

  it('covers every level, exemption, cap and both orders', () => {
    const levels = new Set(vectors.flatMap((v) => v.expected.lines.map((l) => l.level)));
    expect([...levels].sort()).toEqual([1, 2, 3]);
    const topUpBases = new Set(vectors.flatMap((v) => (v.expected.participation.exempt ? (v.request.topUps ?? []).map((t) => t.basis) : [])));
    for (const b of ['L6323-4-II', 'L6323-14', 'L4163-8', 'CSS-L432-12']) expect(topUpBases.has(b as never)).toBe(true);
    expect(vectors.some((v) => v.request.holder.status === 'jobseeker' && v.expected.participation.exempt)).toBe(true);
    expect(vectors.some((v) => v.request.purchaseDate < '2025-12-05' && (v.request.credits ?? []).length > 0)).toBe(true);
    expect(vectors.some((v) => v.request.purchaseDate >= '2025-12-05' && (v.request.credits ?? []).length > 0)).toBe(true);
    for (const t of ['rs', 'bilan', 'driving-licence']) expect(vectors.some((v) => v.request.action.type === t && v.request.purchaseDate >= '2026-02-26')).toBe(true);
  });
});
