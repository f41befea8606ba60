import { describe, expect, it } from 'vitest';
import { planCpfFinancing } from '../src/index.js';
import { outcome, readRecord, RECORD_SIZE } from './recorded-plans.js';

// Issue 13: "a test checks serialised plans against a recorded set". Each intended change of results
// is explained per request in the commit that rewrites the record (recorded-plans.ts --write).
describe('recorded plans (packages/cpf/test/recorded/plans.json)', () => {
  const cases = readRecord();

  it('holds the whole varied set: both regimes, every action type and status, credits with conditions, options', () => {
    expect(cases.length).toBe(RECORD_SIZE);
    const dates = cases.map((c) => c.request.purchaseDate);
    expect(dates.some((d) => d < '2025-12-05')).toBe(true);
    expect(dates.some((d) => d >= '2026-02-26')).toBe(true);
    expect(new Set(cases.map((c) => c.request.action.type)).size).toBe(6);
    expect(new Set(cases.map((c) => c.request.holder.status)).size).toBe(5);
    expect(cases.some((c) => c.request.credits?.some((x) => x.reservedFor?.codes))).toBe(true);
    expect(cases.some((c) => c.request.credits?.some((x) => x.validUntil))).toBe(true);
    expect(cases.some((c) => typeof c.request.price === 'number')).toBe(true);
    expect(cases.some((c) => c.options)).toBe(true);
    expect(cases.some((c) => !c.plan.eligible)).toBe(true);
  });

  it('no plan lists the same reference twice, in its references or in a step or warning', () => {
    // The shipped rule sets hold copies of the references the plan cites itself; deduplicating by
    // identity let 2 761 of these 3 000 plans list one reference twice or more (10 075 repeats).
    const key = (r: object) => JSON.stringify(r);
    const repeated = (refs: readonly object[]) => new Set(refs.map(key)).size !== refs.length;
    const bad: number[] = [];
    for (const c of cases) {
      const p = planCpfFinancing(c.request, c.options);
      if (repeated(p.references) || p.explanation.some((s) => repeated(s.references ?? [])) || p.warnings.some((w) => repeated(w.references))) bad.push(c.n);
    }
    expect(bad).toEqual([]);
  });

  it('every plan serialises exactly as recorded', () => {
    const differ: string[] = [];
    for (const c of cases) {
      const got = outcome(planCpfFinancing(c.request, c.options));
      if (got.sha256 !== c.plan.sha256) differ.push(`#${c.n}: ${JSON.stringify({ was: { ...c.plan, sha256: undefined }, now: { ...got, sha256: undefined } })}`);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(differ.length).toBe(0);
  });
});
