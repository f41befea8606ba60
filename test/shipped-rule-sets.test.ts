/**
 * The rule sets ofkit ships are built by `shippedRuleSet` (copied and frozen, not checked at
 * import: issue 13, cold start and bundle size). The checks of `defineRuleSet` run here
 * instead: each shipped rule set must be exactly what `defineRuleSet` makes of it — every date real,
 * periods in order and not overlapping, statuses known, references present, English texts well
 * formed, values sorted by date, nothing but plain data — and frozen all the way down.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { calendarRules, defineRuleSet, overrideRules, type RuleSet } from '@ofkit/core';
import { shippedRuleSet } from '@ofkit/core/internal';
import { cpfAccrualRules, cpfDotationRules, cpfFinancingRules, cpfPlatformRules } from '@ofkit/cpf';
import { documentRules } from '@ofkit/docs-gen';
import { rnqRules } from '@ofkit/rnq';
import { describe, expect, it } from 'vitest';
import { bpfRules } from '../packages/docs-gen/src/bpf/layout.js';

const SHIPPED: Record<string, RuleSet> = { calendarRules, cpfFinancingRules, cpfAccrualRules, cpfDotationRules, cpfPlatformRules, rnqRules, documentRules, bpfRules };

function deeplyFrozen(v: unknown, path: string, out: string[]): void {
  if (v === null || typeof v !== 'object') return;
  if (!Object.isFrozen(v)) out.push(path);
  for (const [k, x] of Object.entries(v)) deeplyFrozen(x, `${path}.${k}`, out);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('shipped rule sets', () => {
  it.each(Object.keys(SHIPPED))('%s is what defineRuleSet makes of it, and frozen all the way down', (name) => {
    const rules = SHIPPED[name]!;
    // defineRuleSet copies a frozen input, checks every parameter (throws OfkitError listing every
    // problem) and sorts each parameter's values by date: equal means valid and already in order.
    expect(rules).toStrictEqual(defineRuleSet(rules));
    // Same key order too: results serialise the references and values they read from the rule set.
    expect(JSON.stringify(rules)).toBe(JSON.stringify(defineRuleSet(rules)));
    const mutable: string[] = [];
    deeplyFrozen(rules, name, mutable);
    expect(mutable).toEqual([]);
    // overrideRules takes a frozen rule set as it is (an unfrozen one would be copied and checked).
    expect(Object.isFrozen(rules)).toBe(true);
    const key = Object.keys(rules)[0]!;
    expect(overrideRules(rules, {})[key]).toBe(rules[key]);
  });

  it('every shippedRuleSet call in the sources is one of the rule sets checked above', () => {
    const root = join(import.meta.dirname, '..', 'packages');
    const calls = ['core', 'cpf', 'rnq', 'docs-gen'].flatMap((p) =>
      sources(join(root, p, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/export const (\w+)[^=]*=[^;]*?shippedRuleSet(?:<[^>]*>)?\(/g)].map((m) => m[1]!)),
    );
    expect(calls.sort()).toEqual(Object.keys(SHIPPED).sort());
  });

  it('a shipped rule set that defineRuleSet would refuse fails the comparison above (the check is not vacuous)', () => {
    const bad = shippedRuleSet({
      x: { id: 'x', label: 'X', values: [{ from: '2026-02-30', value: 1, status: 'confirmed', references: [] }] },
    });
    expect(() => defineRuleSet(bad)).toThrow(/2026-02-30/);
    const unsorted = shippedRuleSet({
      y: {
        id: 'y',
        label: 'Y',
        values: [
          { from: '2026-01-01', value: 2, status: 'confirmed', references: [] },
          { from: '2020-01-01', to: '2025-12-31', value: 1, status: 'confirmed', references: [] },
        ],
      },
    });
    expect(unsorted).not.toStrictEqual(defineRuleSet(unsorted));
  });
});
