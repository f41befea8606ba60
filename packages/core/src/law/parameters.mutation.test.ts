// Mutation-testing tests (issue 14) for law/parameters.ts: the exact issues of each rejection, the `from`/`to`
// boundaries of a dated value (the day before, the day of, the day after), overrides and status warnings.
import { describe, expect, it } from 'vitest';
import { OfkitError } from '../errors/ofkit-error.js';
import { defineParameter, hasValueAt, valueAt, warningFor } from './parameters.js';
import { overrideRules, defineRuleSet } from './rule-set.js';
import type { DatedValue, LegalRef, Parameter } from './types.js';

/** The error a call throws, as plain data (fails the test if it does not throw an OfkitError). */
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

// Code du travail, art. L6323-4 (participation forfaitaire au CPF): a real dated parameter, used as the example.
const R: LegalRef = { source: 'code-du-travail', article: 'L6323-4', title: 'Participation forfaitaire' };
const dv = (v: Partial<DatedValue<string>>): DatedValue<string> =>
  ({ from: '2025-01-01', value: '1', status: 'confirmed', references: [R], ...v }) as DatedValue<string>;
const param = (values: unknown): Parameter<string> => ({ id: 'x', label: 'X', values }) as Parameter<string>;

describe('defineParameter rejects a malformed parameter with every issue (INVALID_PARAMETER)', () => {
  it.each([
    ['not an object', () => defineParameter('x' as never)],
    ['null', () => defineParameter(null as never)],
    ['an array', () => defineParameter([] as never)],
    ['empty id and no values', () => defineParameter({ id: '', label: 'X', values: [] } as never)],
    ['id not a string', () => defineParameter({ id: 5, label: 'X', values: [dv({})] } as never)],
    ['values not an array', () => defineParameter({ id: 'x', label: 'X', values: 'v' } as never)],
    ['a value that is null', () => defineParameter(param([null]))],
    ['a value that is a number', () => defineParameter(param([dv({}), 5]))],
    ['bad from and bad to', () => defineParameter(param([dv({ from: '2025-02-30', to: 'demain' })]))],
    ['end before start', () => defineParameter(param([dv({ from: '2025-01-02', to: '2025-01-01' })]))],
    ['unknown status', () => defineParameter(param([dv({ status: 'draft' as never })]))],
    ['references missing', () => defineParameter(param([dv({ references: undefined as never })]))],
    ['open period followed by another', () => defineParameter(param([dv({}), dv({ from: '2026-01-01' })]))],
    ['periods sharing a day', () => defineParameter(param([dv({ to: '2025-12-31' }), dv({ from: '2025-12-31' })]))],
  ])('%s', (_n, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });

  it('a one-day period (to = from) is valid', () => {
    expect(() => defineParameter(param([dv({ from: '2025-01-01', to: '2025-01-01' })]))).not.toThrow();
  });

  it('adjacent periods (to the day before the next from) are valid, sorted by start', () => {
    const p = defineParameter(param([dv({ from: '2026-01-01', value: 'b' }), dv({ to: '2025-12-31', value: 'a' }), dv({ from: '2024-01-01', to: '2024-12-31', value: '0' })]));
    expect(p.values.map((v) => v.value)).toEqual(['0', 'a', 'b']);
  });

  it('a law value and an override on the same period do not overlap each other', () => {
    expect(() => defineParameter(param([dv({}), dv({ origin: 'override', value: 'o' })]))).not.toThrow();
    expect(err(() => defineParameter(param([dv({ origin: 'override' }), dv({ origin: 'override', from: '2026-01-01' })]))).issues).toHaveLength(1);
  });
});

describe('valueAt: boundaries of a dated value, no fallback', () => {
  const p = defineParameter(param([
    dv({ from: '2024-05-02', to: '2024-12-31', value: '100.00' }),
    dv({ from: '2025-01-01', value: '102.23', status: 'provisional', note: 'Non lu au JO.' }),
  ]));

  it.each([
    ['2024-05-01', undefined],
    ['2024-05-02', '100.00'],
    ['2024-12-31', '100.00'],
    ['2025-01-01', '102.23'],
    ['2099-12-31', '102.23'],
  ])('on %s the value is %s', (date, expected) => {
    expect(hasValueAt(p, date)).toBe(expected !== undefined);
    if (expected === undefined) expect(err(() => valueAt(p, date))).toMatchSnapshot();
    else expect(valueAt(p, date).value).toBe(expected);
  });

  it('the resolved value carries its period, status, note, references and origin', () => {
    expect(valueAt(p, '2024-06-01')).toEqual({
      parameter: 'x', label: 'X', value: '100.00', from: '2024-05-02', to: '2024-12-31', status: 'confirmed', references: [R], origin: 'law',
    });
    expect(valueAt(p, '2025-06-01')).toEqual({
      parameter: 'x', label: 'X', value: '102.23', from: '2025-01-01', status: 'provisional', references: [R], note: 'Non lu au JO.', origin: 'law',
    });
  });

  it('after a closed last period nothing is in force (the day after `to`)', () => {
    const closed = defineParameter(param([dv({ from: '2025-01-01', to: '2025-01-31' })]));
    expect(hasValueAt(closed, '2025-01-31')).toBe(true);
    expect(hasValueAt(closed, '2025-02-01')).toBe(false);
    expect(err(() => valueAt(closed, '2025-02-01'))).toMatchSnapshot();
  });

  it('an override wins over the law for its period only', () => {
    const rules = defineRuleSet({ x: p });
    const o = overrideRules(rules, { x: [{ from: '2025-03-01', to: '2025-03-31', value: '50.00', status: 'confirmed', references: [] }] } as never);
    const ox = (o as unknown as Record<string, Parameter<string>>)['x']!;
    expect(valueAt(ox, '2025-02-28').value).toBe('102.23');
    expect(valueAt(ox, '2025-03-01')).toMatchObject({ value: '50.00', origin: 'override' });
    expect(valueAt(ox, '2025-03-31').value).toBe('50.00');
    expect(valueAt(ox, '2025-04-01').value).toBe('102.23');
  });

  it.each([
    ['bad date', () => valueAt(p, '2025-02-29')],
    ['date not a string', () => valueAt(p, 20250101 as never)],
    ['long bad date is cut at 40 characters', () => valueAt(p, 'x'.repeat(50))],
    ['exactly 40 characters is shown whole', () => valueAt(p, 'y'.repeat(40))],
    ['object date not shown', () => valueAt(p, {} as never)],
    ['null date', () => hasValueAt(p, null as never)],
    ['not a parameter', () => valueAt({} as never, '2025-01-01')],
    ['values with a numeric from', () => hasValueAt({ id: 'x', values: [{ from: 1 }] } as never, '2025-01-01')],
    ['values with a numeric to', () => hasValueAt({ id: 'x', values: [{ from: '2025-01-01', to: 1 }] } as never, '2025-01-01')],
    ['a null value', () => hasValueAt({ id: 'x', values: [null] } as never, '2025-01-01')],
  ])('%s', (_n, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });
});

describe('warningFor: provisional, disputed and overridden values are flagged', () => {
  const base = { parameter: 'x', label: 'X', value: '1', from: '2025-01-01', references: [R], origin: 'law' as const };
  it.each([
    ['confirmed', { ...base, status: 'confirmed' as const }, undefined],
    ['provisional', { ...base, status: 'provisional' as const, note: 'Texte non lu.' }, 'o'],
    ['disputed', { ...base, status: 'disputed' as const }, undefined],
    ['override', { ...base, status: 'confirmed' as const, origin: 'override' as const }, 'o'],
  ])('%s', (_n, resolved, option) => {
    expect(warningFor(resolved, option)).toMatchSnapshot();
  });

  it.each([
    ['null', null],
    ['no label', { ...base, label: 1, status: 'confirmed' }],
    ['bad status', { ...base, status: 'draft' }],
    ['references not an array', { ...base, status: 'confirmed', references: 'R' }],
    ['note not a string', { ...base, status: 'confirmed', note: 1 }],
  ])('rejects %s', (_n, resolved) => {
    expect(err(() => warningFor(resolved as never))).toMatchSnapshot();
  });
  it('rejects an option that is not a string', () => {
    expect(err(() => warningFor({ ...base, status: 'confirmed' }, 1 as never))).toMatchSnapshot();
  });
});
