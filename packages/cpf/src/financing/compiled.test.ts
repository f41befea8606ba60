import { addDays, overrideRules, valueAt } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { dayAfter, need, needOrder, rulesAt } from './compiled.js';
import { cpfFinancingRules } from './rules.js';
import { planCpfFinancing } from './plan.js';
import { thrown } from '../../test/helpers.js';

/** Every start day and day after an end day of the shipped rule set: the window boundaries. */
function boundaries(rules: Record<string, { values: ReadonlyArray<{ from: string; to?: string }> }>): string[] {
  const days = new Set<string>();
  for (const p of Object.values(rules)) for (const v of p.values) {
    days.add(v.from);
    const next = v.to === undefined ? undefined : dayAfter(v.to);
    if (next !== undefined) days.add(next);
  }
  return [...days].sort();
}

describe('rules compiled per date window (issue 13 item 2)', () => {
  it('dayAfter crosses months, years and leap days', () => {
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2024-02-29')).toBe('2024-03-01');
    expect(dayAfter('2025-02-28')).toBe('2025-03-01');
    expect(dayAfter('2026-04-30')).toBe('2026-05-01');
    // Years below 100 stay themselves (Date.UTC would read 0099 as 1999), and there is no day after 9999-12-31.
    expect(dayAfter('0099-12-31')).toBe('0100-01-01');
    expect(dayAfter('0004-02-28')).toBe('0004-02-29');
    expect(dayAfter('9999-12-30')).toBe('9999-12-31');
    expect(dayAfter('9999-12-31')).toBeUndefined();
  });

  it('an override that ends on 9999-12-31 or starts in year 0001 keeps its windows in order', () => {
    const rules = overrideRules(cpfFinancingRules, {
      participationAmount: [
        { from: '0001-01-01', to: '0099-12-31', value: '1.00', status: 'confirmed', references: [] },
        { from: '2026-04-02', to: '9999-12-31', value: '150.00', status: 'confirmed', references: [] },
      ],
    });
    expect(need(rulesAt(rules, '0050-06-01').participationAmount, '0050-06-01').value).toBe('1.00');
    expect(need(rulesAt(rules, '9999-12-31').participationAmount, '9999-12-31').value).toBe('150.00');
    expect(need(rulesAt(rules, '2026-04-01').participationAmount, '2026-04-01').value).toBe('103.20');
    expect(need(rulesAt(rules, '2026-04-02').participationAmount, '2026-04-02').value).toBe('150.00');
  });

  it('one compiled object per window: the same on every day of a window, another on the next start day', () => {
    const b = boundaries(cpfFinancingRules as never);
    expect(b.length).toBeGreaterThan(5);
    for (let i = 0; i + 1 < b.length; i++) {
      const first = rulesAt(cpfFinancingRules, b[i]!);
      const last = rulesAt(cpfFinancingRules, b[i + 1]! > dayAfter(b[i]!)! ? lastDayBefore(b[i + 1]!) : b[i]!);
      expect(last).toBe(first);
      expect(rulesAt(cpfFinancingRules, b[i + 1]!)).not.toBe(first);
    }
  });

  it('gives, on every boundary day and the day before, the value core’s valueAt gives for every parameter', () => {
    const days = boundaries(cpfFinancingRules as never).flatMap((d) => [lastDayBefore(d), d]);
    for (const date of days) {
      const c = rulesAt(cpfFinancingRules, date) as unknown as Record<string, { dated?: unknown; value?: unknown; references?: unknown; inForce?: { value: unknown; references: unknown } }>;
      for (const key of Object.keys(cpfFinancingRules) as Array<keyof typeof cpfFinancingRules>) {
        const p = cpfFinancingRules[key];
        const hasValue = p.values.some((v) => v.from <= date && (v.to === undefined || date <= v.to));
        const slot = c[key]!;
        const got = slot.inForce ?? (slot.dated === undefined ? undefined : slot);
        if (!hasValue) {
          expect(got, `${key} at ${date}`).toBeUndefined();
          continue;
        }
        const expected = valueAt(p as never, date);
        expect(got?.value, `${key} at ${date}`).toEqual(expected.value);
        expect(got?.references, `${key} at ${date}`).toEqual(expected.references);
      }
    }
  });

  it('a parameter without a value in force throws exactly what the plan threw before (NO_VALUE_IN_FORCE on purchaseDate)', () => {
    const c = rulesAt(cpfFinancingRules, '2019-06-01');
    const e = catchError(() => need(c.participationAmount, '2019-06-01'));
    expect(e.code).toBe('NO_VALUE_IN_FORCE');
    expect(e.issues[0]!.path).toEqual(['purchaseDate']);
    expect(e.issues[0]!.message).toContain('2019-06-01');
    expect(catchError(() => needOrder(c.level1Order, '2019-06-01')).code).toBe('NO_VALUE_IN_FORCE');
  });

  it('an overriding rule set gets its own windows, and its values are the ones used', () => {
    const rules = overrideRules(cpfFinancingRules, { participationAmount: [{ from: '2026-04-02', value: '150.00', status: 'confirmed', references: [] }] });
    expect(rulesAt(rules, '2026-05-01')).not.toBe(rulesAt(cpfFinancingRules, '2026-05-01'));
    expect(need(rulesAt(rules, '2026-05-01').participationAmount, '2026-05-01').value).toBe('150.00');
    expect(rulesAt(rules, '2026-05-01').participationCents).toBe(15000);
    // The day before the override, the law's value (and the window is not the override's).
    expect(need(rulesAt(rules, '2026-04-01').participationAmount, '2026-04-01').value).toBe('103.20');
    const req = { purchaseDate: '2026-05-01', price: '1000.00', action: { type: 'rncp', code: 'RNCP37274' }, holder: { status: 'employee' }, acquiredRights: '2000.00' } as const;
    expect(planCpfFinancing(req, { rules }).participation.amount).toBe('150.00');
    expect(planCpfFinancing(req).participation.amount).toBe('103.20');
  });

  it('tiers are looked up by kind, basis and funder, a missing funder apart from any named one (cached, same answer twice)', () => {
    // level1Order (order.ts): L. 6323-13 first; a top-up matches no level-1 selector, so it falls after every tier.
    const o1 = needOrder(rulesAt(cpfFinancingRules, '2026-03-01').level1Order, '2026-03-01');
    expect(o1.tier('credit', 'L6323-13', undefined)).toBe(0);
    expect(o1.tier('credit', 'L6323-4-III', 'employer')).toBe(3);
    expect(o1.tier('credit', 'L6323-4-III', 'employer')).toBe(3);
    expect(o1.tier('top-up', 'L6323-13', undefined)).toBe(o1.inForce.value.length);
    // level3Order: funders other than the holder, then the holder (L. 6323-4 II 1°, the residual);
    // a selector naming funders never matches a resource without one.
    const o3 = needOrder(rulesAt(cpfFinancingRules, '2026-03-01').level3Order, '2026-03-01');
    expect(o3.tier('top-up', 'L6323-4-II', 'opco')).toBe(0);
    expect(o3.tier('top-up', 'L6323-4-II', 'holder')).toBe(1);
    expect(o3.tier('top-up', 'L6323-4-II', undefined)).toBe(2);
    expect(o3.tier('top-up', 'L6323-4-II', 'holder')).toBe(1);
  });
});

const lastDayBefore = (date: string): string => addDays(date, -1);
const catchError = thrown;
