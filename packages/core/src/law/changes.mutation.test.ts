// Mutation-testing tests (issue 14) for law/changes.ts and law/rule-set.ts: the exact issues of each rejection,
// the ordering of changes (by date, then parameter id), kinds started/changed/ended, values compared structurally.
import { describe, expect, it } from 'vitest';
import { OfkitError } from '../errors/ofkit-error.js';
import { lawChanges } from './changes.js';
import { defineRuleSet, overrideRules } from './rule-set.js';
import type { DatedValue, LegalRef } from './types.js';

function err(fn: () => unknown): { code: string; issues: unknown[] } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    const o = e as OfkitError;
    return { code: o.code, issues: o.issues.map((i) => ({ ...i, path: [...i.path] })) };
  }
  throw new Error('expected a throw');
}

// Code du travail, art. L6323-4 (participation forfaitaire): the reference carried by the example values.
const R: LegalRef = { source: 'code-du-travail', article: 'L6323-4', title: 'Participation forfaitaire' };
const dv = (v: Partial<DatedValue<unknown>>): DatedValue<unknown> => ({ from: '2025-01-01', value: '1', status: 'confirmed', references: [R], ...v }) as DatedValue<unknown>;

const rules = defineRuleSet({
  b: { id: 'b.amount', label: 'B', unit: 'EUR', values: [dv({ to: '2025-12-31', value: '100.00' }), dv({ from: '2026-01-01', value: '103.20', status: 'provisional', note: 'Non lu.' })] },
  a: { id: 'a.list', label: 'A', values: [dv({ from: '2026-01-01', to: '2026-06-30', value: { x: [1, 2], y: undefined } }), dv({ from: '2026-07-01', value: { x: [1, 2] } })] },
  c: { id: 'c.obj', label: 'C', values: [dv({ to: '2025-12-31', value: [1] }), dv({ from: '2026-01-01', to: '2026-03-31', value: { 0: 1 } }), dv({ from: '2026-04-01', to: '2026-04-30', value: { 0: 1, 1: 2 } }), dv({ from: '2026-05-01', to: '2026-05-31', value: null })] },
});

describe('lawChanges', () => {
  it('lists every change by date then parameter id, with before/after, status and unit', () => {
    expect(lawChanges(rules, '2025-01-01', '2026-12-31')).toMatchSnapshot();
  });

  it('a period [from, to] includes both ends: the day of a change is in, the day before is not', () => {
    expect(lawChanges(rules, '2026-01-01', '2026-01-01').map((c) => c.parameter)).toEqual(['a.list', 'b.amount', 'c.obj']);
    expect(lawChanges(rules, '2025-12-31', '2025-12-31')).toEqual([]);
    expect(lawChanges(rules, '2026-01-02', '2026-03-31')).toEqual([]);
  });

  it('an equal value under a new text is a change with valueChanged false (undefined keys ignored)', () => {
    const [c] = lawChanges(rules, '2026-07-01', '2026-07-01');
    expect(c).toMatchObject({ parameter: 'a.list', kind: 'changed', valueChanged: false, statusChanged: false });
    expect(c).not.toHaveProperty('unit');
  });

  it('an array and an object with the same keys differ; null differs from an object', () => {
    const cs = lawChanges(rules, '2026-01-01', '2026-06-30', { prefixes: ['c.'] });
    expect(cs.map((c) => [c.date, c.kind, c.valueChanged])).toEqual([
      ['2026-01-01', 'changed', true],
      ['2026-04-01', 'changed', true],
      ['2026-05-01', 'changed', true],
      ['2026-06-01', 'ended', true],
    ]);
  });

  it('prefixes keep the parameters whose id starts with any of them', () => {
    expect(new Set(lawChanges(rules, '2026-01-01', '2026-01-01', { prefixes: ['b.', 'a.'] }).map((c) => c.parameter))).toEqual(new Set(['a.list', 'b.amount']));
  });

  it('an override is reported with origin override', () => {
    const o = overrideRules(rules, { b: [dv({ from: '2026-03-01', value: '105.00' })] } as never);
    const cs = lawChanges(o, '2026-03-01', '2026-03-01');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ origin: 'override', after: { value: '105.00', origin: 'override' }, before: { value: '103.20', origin: 'law', note: 'Non lu.' } });
    expect(cs[0]!.after).not.toHaveProperty('to');
    expect(cs[0]!.after).not.toHaveProperty('note');
  });

  it.each([
    ['no rule set', () => lawChanges([], '2026-01-01', '2026-12-31')],
    ['a malformed rule set in a list', () => lawChanges([rules, { x: { id: '' } }] as never, '2026-01-01', '2026-12-31')],
    ['a malformed single rule set', () => lawChanges({ x: 5 } as never, '2026-01-01', '2026-12-31')],
    ['bad dates', () => lawChanges(rules, '2026-02-30', 'x')],
    ['bad from only', () => lawChanges(rules, '2026-13-01', '2026-01-01')],
    ['bad to only', () => lawChanges(rules, '2026-01-01', '2026-00-01')],
    ['to before from', () => lawChanges(rules, '2026-12-31', '2026-01-01')],
    ['unknown option', () => lawChanges(rules, '2026-01-01', '2026-12-31', { prefix: 'a' } as never)],
    ['one id in two rule sets', () => lawChanges([rules, defineRuleSet({ z: { id: 'b.amount', label: 'B2', values: [dv({})] } })], '2026-01-01', '2026-12-31')],
  ])('rejects %s with every issue', (_n, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });

  it('the same parameter object in two rule sets is read once', () => {
    expect(lawChanges([rules, rules], '2026-01-01', '2026-01-01')).toHaveLength(3);
  });
});

describe('defineRuleSet / overrideRules reject bad input with paths prefixed by the key', () => {
  it.each([
    ['rule set not an object', () => defineRuleSet('x' as never)],
    ['rule set an array', () => defineRuleSet([] as never)],
    ['two bad parameters', () => defineRuleSet({ p: { id: '', label: 'P', values: [] }, q: { id: 'q', label: 'Q', values: [dv({ status: 'x' as never })] } } as never)],
    ['rules not an object', () => overrideRules(null as never, {})],
    ['rules an array', () => overrideRules([] as never, {})],
    ['overrides not an object', () => overrideRules(rules, 'x' as never)],
    ['overrides an array', () => overrideRules(rules, [] as never)],
    ['unknown keys', () => overrideRules(rules, { zz: [], toString: [] } as never)],
    ['values not an array', () => overrideRules(rules, { b: 'v' } as never)],
    ['an overlapping override', () => overrideRules(rules, { b: [dv({ from: '2026-01-01' }), dv({ from: '2026-02-01' })] } as never)],
  ])('%s', (_n, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });

  it('an undefined override leaves the parameter as shipped, and the original set unchanged', () => {
    const o = overrideRules(rules, { b: undefined, a: [dv({ from: '2027-01-01', value: 'z' })] } as never);
    expect(o.b).toBe(rules.b);
    expect(rules.a.values).toHaveLength(2);
    expect(o.a.values).toHaveLength(3);
    expect(Object.isFrozen(o)).toBe(true);
  });
});
