import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers.js';
import { lawChanges } from './changes.js';
import { coreLawCatalogue } from './core-catalogue.js';
import { formatLawValue, lawCatalogue, lawRuleSets, lawValueText, mergeLawCatalogues } from './catalogue.js';
import { valueAt } from './parameters.js';
import { defineRuleSet, overrideRules } from './rule-set.js';
import type { DatedValue, LegalRef } from './types.js';

const R: LegalRef = { source: 'code-du-travail', article: 'R6323', title: 'Participation forfaitaire' };
const rules = defineRuleSet({
  amount: {
    id: 'x.participation', label: 'Participation', unit: 'EUR', values: [
      { from: '2024-05-02', to: '2024-12-31', value: '100.00', status: 'confirmed', references: [R] },
      { from: '2025-01-01', to: '2025-12-31', value: '102.23', status: 'provisional', references: [R], note: 'n2025' },
      { from: '2026-01-01', to: '2026-04-01', value: '103.20', status: 'provisional', references: [R] },
      { from: '2026-04-02', value: '103.20', status: 'confirmed', references: [R] },
    ],
  },
  repealed: {
    id: 'x.repealed', label: 'Règle abrogée', values: [{ from: '2020-01-01', to: '2026-06-30', value: true, status: 'confirmed', references: [R] }],
  },
});

describe('lawChanges', () => {
  it('reports starts, changes (value or status only) and ends, ordered by date then id', () => {
    const c = lawChanges(rules, '2024-01-01', '2026-12-31');
    expect(c.map((x) => [x.date, x.parameter, x.kind, x.valueChanged, x.statusChanged])).toEqual([
      ['2024-05-02', 'x.participation', 'started', true, true],
      ['2025-01-01', 'x.participation', 'changed', true, true],
      ['2026-01-01', 'x.participation', 'changed', true, false],
      ['2026-04-02', 'x.participation', 'changed', false, true],
      ['2026-07-01', 'x.repealed', 'ended', true, true],
    ]);
    expect(c[0]!.before).toBeUndefined();
    expect(c[1]).toMatchObject({ before: { value: '100.00', status: 'confirmed' }, after: { value: '102.23', status: 'provisional', note: 'n2025' }, statusBefore: 'confirmed', statusAfter: 'provisional', note: 'n2025', references: [R], origin: 'law' });
    expect(c[4]!.after).toBeUndefined();
    expect(c[4]!.before?.value).toBe(true);
  });

  it('an empty window reports nothing; from = to reports the changes of that very day', () => {
    expect(lawChanges(rules, '2025-02-01', '2025-11-30')).toEqual([]);
    const day = lawChanges(rules, '2026-01-01', '2026-01-01');
    expect(day).toHaveLength(1);
    expect(day[0]!.after?.value).toBe('103.20');
    // the day before a change is not a change
    expect(lawChanges(rules, '2025-12-31', '2025-12-31')).toEqual([]);
  });

  it('shows a host override as such, its start and the return to the law when it ends', () => {
    const patched = overrideRules(rules, { amount: [{ from: '2026-06-01', to: '2026-08-31', value: '150.00', status: 'confirmed', references: [] }] });
    const c = lawChanges(patched, '2026-05-01', '2026-12-31', { prefixes: ['x.participation'] });
    expect(c.map((x) => [x.date, x.before?.value, x.before?.origin, x.after?.value, x.after?.origin, x.origin])).toEqual([
      ['2026-06-01', '103.20', 'law', '150.00', 'override', 'override'],
      ['2026-09-01', '150.00', 'override', '103.20', 'law', 'law'],
    ]);
    // agrees with valueAt on each side of each change
    for (const x of c) expect(valueAt(patched.amount, x.date).value).toBe(x.after?.value);
  });

  it('reads several rule sets and filters by prefix', () => {
    const other = defineRuleSet({ y: { id: 'y.delay', label: 'Délai', values: [{ from: '2026-03-01', value: 3, status: 'confirmed', references: [] }] } });
    expect(lawChanges([rules, other], '2026-03-01', '2026-07-01').map((x) => x.parameter)).toEqual(['y.delay', 'x.participation', 'x.repealed']);
    expect(lawChanges([rules, other], '2026-01-01', '2026-12-31', { prefixes: ['y.'] }).map((x) => x.parameter)).toEqual(['y.delay']);
    // the same rule set twice is read once
    expect(lawChanges([rules, rules], '2026-01-01', '2026-01-01')).toHaveLength(1);
  });

  it('rejects bad input with every issue and never a TypeError', () => {
    const e = thrown(() => lawChanges(rules, '2026-02-30', 'demain' as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['from', 'invalid_date'], ['to', 'invalid_date']]);
    expect(e.issues[0]!.messageEn).toMatch(/Invalid date/);
    const order = thrown(() => lawChanges(rules, '2026-12-31', '2026-01-01'));
    expect(order.issues[0]).toMatchObject({ path: ['to'], code: 'end_before_start' });
    const bad = thrown(() => lawChanges([rules, { z: { id: 'z', label: 'Z', values: [] } }] as never, '2026-01-01', '2026-01-02'));
    expect(bad.issues[0]!.path.slice(0, 3)).toEqual(['ruleSets', 1, 'z']);
    expect(thrown(() => lawChanges(null as never, '2026-01-01', '2026-01-02')).code).toBe('INVALID_INPUT');
    expect(thrown(() => lawChanges([], '2026-01-01', '2026-01-02')).issues[0]!.code).toBe('empty');
    expect(thrown(() => lawChanges(rules, '2026-01-01', '2026-01-02', { prefixes: 'x' } as never)).issues[0]!.path[0]).toBe('options');
    const patched = overrideRules(rules, { amount: [{ from: '2027-01-01', value: '1.00', status: 'confirmed', references: [] }] });
    expect(thrown(() => lawChanges([rules, patched], '2026-01-01', '2026-01-02')).issues[0]!.code).toBe('duplicate_parameter');
  });

  it('property: a change is reported exactly on the days the value in force (as valueAt reads it) differs from the day before', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86400000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 10 })), { maxLength: 2 }),
        fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }),
        (segs, ovs, a, len) => {
          let start = 0;
          const values = segs.map(([l, v, gap]) => {
            const s = start;
            start += l + (gap ? 2 : 0);
            return { from: day(s), to: day(s + l - 1), value: v, status: 'confirmed' as const, references: [] };
          });
          const base = defineRuleSet({ p: { id: 'p', label: 'P', values } });
          const overs = [...ovs].sort((x, y) => x[0] - y[0]).reduce<Array<{ from: string; to: string; value: number; status: 'confirmed'; references: [] }>>((acc, [s, l]) => {
            const last = acc[acc.length - 1];
            if (last && s <= Number((new Date(last.to).getTime() - Date.UTC(2026, 0, 1)) / 86400000)) return acc;
            acc.push({ from: day(s), to: day(s + l), value: 100 + s, status: 'confirmed', references: [] });
            return acc;
          }, []);
          const rs = overs.length ? overrideRules(base, { p: overs }) : base;
          const from = day(a);
          const to = day(a + len);
          const got = lawChanges(rs, from, to).map((c) => c.date);
          const at = (d: string) => {
            const vs = rs.p.values as readonly DatedValue<number>[];
            const v = vs.find((x) => x.origin === 'override' && x.from <= d && d <= x.to!) ?? vs.find((x) => x.origin !== 'override' && x.from <= d && d <= x.to!);
            return v;
          };
          const expected: string[] = [];
          for (let n = a; n <= a + len; n++) if (at(day(n)) !== at(day(n - 1))) expected.push(day(n));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('law catalogues', () => {
  it('lists every parameter of a rule set with its dated values and wording', () => {
    const cat = lawCatalogue([{ package: 'p', ruleSet: 'rules', rules, theme: 'cpf', readers: ['f'], readersByKey: { repealed: ['g'] } }]);
    expect(cat.entries.map((e) => e.id)).toEqual(['x.participation', 'x.repealed']);
    expect(cat.entries[0]!.values.map((v) => v.text)).toEqual(['100,00\u00a0€', '102,23\u00a0€', '103,20\u00a0€', '103,20\u00a0€']);
    expect(cat.entries[0]!.readers).toEqual(['f']);
    expect(cat.entries[1]!.readers).toEqual(['g']);
    expect(cat.entries[1]!.values[0]).toMatchObject({ from: '2020-01-01', to: '2026-06-30', text: 'oui', status: 'confirmed', origin: 'law' });
    expect(lawValueText(cat, 'x.participation', '1500.00')).toBe('1\u202f500,00\u00a0€');
    expect(thrown(() => lawValueText(cat, 'nope', 1)).code).toBe('UNKNOWN_PARAMETER');
  });

  it('core catalogue holds every holiday zone; merging rejects one id twice', () => {
    const core = coreLawCatalogue();
    expect(core.entries).toHaveLength(9) // metropole, Alsace-Moselle, 5 overseas departments, Saint-Martin, Saint-Barthélemy;
    expect(core.entries.find((e) => e.id === 'calendar.holidays.mayotte')!.values[0]!.text).toContain('Abolition');
    expect(thrown(() => mergeLawCatalogues([core, core])).issues[0]!.code).toBe('duplicate_parameter');
    expect(lawChanges(lawRuleSets(core), '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('rejects a malformed source with every issue', () => {
    const e = thrown(() => lawCatalogue([{ package: '', ruleSet: 'r', rules: { a: 1 }, theme: 'x', readers: 'f' } as never]));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['sources.0.package', 'sources.0.theme', 'sources.0.readers', 'sources.0.rules.a']);
  });

  it('formats plain values in French', () => {
    expect(formatLawValue(1, 'years')).toBe('1 an');
    expect(formatLawValue(3, 'working-days')).toBe('3 jours ouvrés');
    expect(formatLawValue(0.3, 'ratio')).toBe('30 %');
    expect(formatLawValue(null)).toBe('aucun');
    expect(formatLawValue(['a', 'b'])).toBe('a, b');
  });
});
