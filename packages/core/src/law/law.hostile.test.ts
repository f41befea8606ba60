import { describe, expect, it } from 'vitest';
import { OfkitError } from '../errors/ofkit-error.js';
import { lawCatalogue, lawValueText, mergeLawCatalogues } from './catalogue.js';
import { coreLawCatalogue } from './core-catalogue.js';
import { lawChanges } from './changes.js';
import { defineRuleSet, overrideRules } from './rule-set.js';
import { defineParameter } from './parameters.js';

// Issue 14: hostile inputs give an OfkitError naming the field, never another exception.
const rules = defineRuleSet({
  amount: { id: 'x.amount', label: 'Montant', unit: 'EUR', values: [{ from: '2026-01-01', value: '103.20', status: 'provisional', references: [] }] },
});

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function hostileGetter(key: string): object {
  const o = {};
  Object.defineProperty(o, key, { enumerable: true, get: () => { throw new Error('hostile getter'); } });
  return o;
}

function caught(f: () => unknown): OfkitError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return e as OfkitError;
  }
  throw new Error('no error thrown');
}

describe('law functions on hostile input (issue 14)', () => {
  it('lawChanges: a null-prototype date is an invalid date, not a TypeError', () => {
    const e = caught(() => lawChanges(rules, Object.create(null) as never, '2026-12-31'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.some((i) => i.path[0] === 'from' && i.code === 'invalid_date' && i.messageEn.length > 0)).toBe(true);
  });

  it('lawChanges: a revoked proxy as rule sets, or options with a throwing getter', () => {
    const e = caught(() => lawChanges(revoked() as never, '2026-01-01', '2026-12-31'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toEqual(['ruleSets']);
    const o = caught(() => lawChanges(rules, '2026-01-01', '2026-12-31', hostileGetter('prefixes') as never));
    expect(o.issues[0]?.path).toEqual(['options', 'prefixes']);
    expect(o.issues[0]?.code).toBe('unreadable');
  });

  it('lawChanges still reads the same parameter given twice once', () => {
    const derived = overrideRules(rules, {});
    expect(lawChanges([rules, derived], '2025-01-01', '2026-12-31')).toHaveLength(1);
  });

  it('lawCatalogue and mergeLawCatalogues: revoked proxies and throwing getters', () => {
    expect(caught(() => lawCatalogue(revoked() as never)).issues[0]?.path).toEqual(['sources']);
    const g = caught(() => lawCatalogue([hostileGetter('rules') as never]));
    expect(g.code).toBe('INVALID_INPUT');
    expect(g.issues[0]?.path).toEqual(['sources', 0, 'rules']);
    expect(caught(() => mergeLawCatalogues(revoked() as never)).issues[0]?.path).toEqual(['catalogues']);
    expect(caught(() => mergeLawCatalogues([revoked() as never])).issues[0]?.path).toEqual(['catalogues', 0]);
    const theme = caught(() => lawCatalogue([{ package: 'p', ruleSet: 'r', rules, theme: Object.create(null), readers: [] }] as never));
    expect(theme.issues.some((i) => i.code === 'invalid_theme' && i.path.join('.') === 'sources.0.theme')).toBe(true);
    expect(mergeLawCatalogues([coreLawCatalogue()]).entries.length).toBe(coreLawCatalogue().entries.length);
  });

  it('lawCatalogue: describeEn as a revoked proxy or with a throwing getter; lawValueText with a hostile language', () => {
    const base = { package: 'p', ruleSet: 'r', rules, theme: 'cpf', readers: [], describe: { amount: () => 'montant' } };
    expect(caught(() => lawCatalogue([{ ...base, describeEn: revoked() }] as never)).issues[0]?.path).toEqual(['sources', 0, 'describeEn']);
    expect(caught(() => lawCatalogue([{ ...base, describeEn: hostileGetter('amount') }] as never)).issues[0]?.path).toEqual(['sources', 0, 'describeEn', 'amount']);
    const cat = lawCatalogue([base] as never);
    for (const lang of [revoked(), hostileGetter('toString'), Object.create(null), Symbol('en')]) {
      const e = caught(() => lawValueText(cat, 'x.amount', '1.00', lang as never));
      expect(e.issues[0]).toMatchObject({ path: ['lang'], code: 'invalid_language' });
    }
  });

  it('overrideRules: a throwing getter or a revoked proxy in the rule set', () => {
    const e = caught(() => overrideRules(hostileGetter('amount') as never, {}));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toEqual(['rules', 'amount']);
    expect(caught(() => overrideRules(revoked() as never, {})).issues[0]?.path).toEqual(['rules']);
    expect(caught(() => overrideRules(rules, hostileGetter('amount') as never)).issues[0]?.path).toEqual(['overrides', 'amount']);
  });

  it('overrideRules checks a rule set that was not made by defineRuleSet', () => {
    const e = caught(() => overrideRules({ amount: { id: 'x.amount', label: 'M', values: [] } } as never, {}));
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.issues[0]?.path).toEqual(['amount', 'values']);
    expect(overrideRules(rules, {}).amount).toBe(rules.amount);
  });
});

describe('law values are frozen all the way down (issue 14)', () => {
  it('defineParameter refuses a typed array in a value (it cannot be frozen) with INVALID_PARAMETER and its path', () => {
    try {
      defineParameter({ id: 'x', label: 'X', values: [{ from: '2026-01-01', value: { bytes: new Uint8Array([1, 2]) }, status: 'confirmed', references: [] }] });
      throw new Error('no error thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      expect((e as OfkitError).code).toBe('INVALID_PARAMETER');
      expect((e as OfkitError).issues[0]?.path).toEqual(['values', '0', 'value', 'bytes']);
    }
  });
  it('and still freezes plain values deeply without touching the caller’s object', () => {
    const value = { list: [1, 2], nested: { a: 'b' } };
    const p = defineParameter({ id: 'y', label: 'Y', values: [{ from: '2026-01-01', value, status: 'confirmed', references: [] }] });
    expect(Object.isFrozen(p.values[0]!.value.nested)).toBe(true);
    expect(Object.isFrozen(value)).toBe(false);
  });
});
