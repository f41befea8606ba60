// Mutation-testing tests (issue 14) for law/catalogue.ts: the plain-French and plain-English wording of law
// values (amounts, durations with singular/plural, ratios, dates, yes/no), the catalogue entries, and every
// rejection's issues.
import { describe, expect, it } from 'vitest';
import { OfkitError } from '../errors/ofkit-error.js';
import { formatLawValue, lawCatalogue, lawRuleSets, lawValueText, mergeLawCatalogues, type LawSource } from './catalogue.js';
import { coreLawCatalogue } from './core-catalogue.js';
import { defineRuleSet } from './rule-set.js';
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

describe('formatLawValue: a value in plain French', () => {
  it.each([
    [null, undefined, 'aucun'],
    [true, undefined, 'oui'],
    [false, undefined, 'non'],
    [1.5, undefined, '1,5'],
    [1, 'months', '1 mois'],
    [1, 'years', '1 an'],
    [2, 'years', '2 ans'],
    [1.5, 'years', '1,5 an'],
    [-2, 'hours', '-2 heures'],
    [1, 'hours', '1 heure'],
    [10, 'days', '10 jours'],
    [1, 'days', '1 jour'],
    [3, 'working-days', '3 jours ouvrés'],
    [1, 'working-days', '1 jour ouvré'],
    [5, 'kg', '5'],
    [0.125, 'ratio', '12,5 %'],
    ['0.125', 'ratio', '12,5 %'],
    ['-0.1', 'ratio', '-0.1'],
    ['1234567.8', 'EUR', '1\u202f234\u202f567,80\u00a0€'],
    ['-103.2', 'EUR', '-103,20\u00a0€'],
    ['100', 'EUR', '100,00\u00a0€'],
    ['12.3a', 'EUR', '12.3a'],
    ['2026-02-26', 'date', '26/02/2026'],
    ['2026-02-26', undefined, '26/02/2026'],
    ['2026-2-26', undefined, '2026-2-26'],
    ['texte libre', undefined, 'texte libre'],
    [['a', 1], undefined, 'a, 1'],
    [[], undefined, 'aucun'],
    [['a', {}], undefined, undefined],
    [{ a: 1 }, undefined, undefined],
  ] as const)('%j (%s) → %j', (value, unit, expected) => {
    expect(formatLawValue(value, unit)).toBe(expected);
  });
});

describe('formatLawValue: the same value in plain English', () => {
  it.each([
    [null, undefined, 'none'],
    [true, undefined, 'yes'],
    [false, undefined, 'no'],
    [1.5, undefined, '1.5'],
    [1, 'months', '1 month'],
    [6, 'months', '6 months'],
    [0, 'months', '0 months'],
    [1, 'years', '1 year'],
    [2, 'years', '2 years'],
    [1.5, 'years', '1.5 years'],
    [-2, 'hours', '-2 hours'],
    [-1, 'hours', '-1 hour'],
    [1, 'hours', '1 hour'],
    [10, 'days', '10 days'],
    [1, 'days', '1 day'],
    [3, 'working-days', '3 working days'],
    [1, 'working-days', '1 working day'],
    [5, 'kg', '5'],
    [0.125, 'ratio', '12.5%'],
    ['0.30', 'ratio', '30%'],
    ['-0.1', 'ratio', '-0.1'],
    ['1234567.8', 'EUR', 'EUR 1,234,567.80'],
    ['-103.2', 'EUR', 'EUR -103.20'],
    ['102.23', 'EUR', 'EUR 102.23'],
    ['100', 'EUR', 'EUR 100.00'],
    ['999', 'EUR', 'EUR 999.00'],
    ['1000', 'EUR', 'EUR 1,000.00'],
    ['12.3a', 'EUR', '12.3a'],
    ['2026-02-26', 'date', '26 February 2026'],
    ['2024-04-01', undefined, '1 April 2024'],
    ['2026-12-31', undefined, '31 December 2026'],
    ['2026-13-01', undefined, '2026-13-01'],
    ['2026-00-01', undefined, '2026-00-01'],
    ['2026-2-26', undefined, '2026-2-26'],
    ['free text', undefined, 'free text'],
    [['a', 1], undefined, 'a, 1'],
    [[], undefined, 'none'],
    [['a', {}], undefined, undefined],
    [{ a: 1 }, undefined, undefined],
  ] as const)('%j (%s) → %j', (value, unit, expected) => {
    expect(formatLawValue(value, unit, 'en')).toBe(expected);
  });

  it("'fr' is the default, and the French of an explicit 'fr' is the French without it", () => {
    for (const [v, u] of [['103.20', 'EUR'], [12, 'months'], [true, undefined], ['2026-02-26', 'date'], [null, undefined]] as const) {
      expect(formatLawValue(v, u, 'fr')).toBe(formatLawValue(v, u));
    }
  });

  it.each([['de'], ['EN'], [''], [5], [null], [{}], [['en']]])('a language %j throws INVALID_INPUT on lang, not a TypeError', (lang) => {
    const e = err(() => formatLawValue('1.00', 'EUR', lang as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toMatchObject([{ path: ['lang'], code: 'invalid_language' }]);
  });
});

// Code du travail, art. L6353-5 (délai de rétractation de dix jours): the reference of the example parameter.
const R: LegalRef = { source: 'code-du-travail', article: 'L6353-5', title: 'Rétractation' };
const dv = (v: Partial<DatedValue<unknown>>): DatedValue<unknown> => ({ from: '2020-01-01', value: 10, status: 'confirmed', references: [R], ...v }) as DatedValue<unknown>;
const rulesA = defineRuleSet({
  delay: { id: 'x.delay', label: 'Délai', unit: 'days', values: [dv({ to: '2024-12-31' }), dv({ from: '2025-01-01', value: 14, status: 'provisional', note: 'N.' })] },
  scheme: { id: 'a.scheme', label: 'Régime', values: [dv({ value: { kind: 'x' } })] },
  plain: { id: 'm.plain', label: 'Brut', values: [dv({ value: { kind: 'y' } })] },
});
const rulesB = defineRuleSet({ ceiling: { id: 'b.ceiling', label: 'Plafond', unit: 'EUR', values: [dv({ value: '5000.00' })] } });
const srcA: LawSource = {
  package: 'demo',
  ruleSet: 'rulesA',
  rules: rulesA,
  theme: 'documents',
  readers: ['createDocument'],
  readersByKey: { scheme: ['planX'] },
  options: { scheme: [{ name: 'strict', function: 'planX', description: 'Lecture stricte.', descriptionEn: 'Strict reading.' }] },
  describe: { scheme: ((v: { kind: string }) => `régime ${v.kind}`) as never },
};
const srcB: LawSource = { package: 'demo-b', ruleSet: 'rulesB', rules: rulesB, theme: 'cpf', readers: ['planB'] };

describe('lawCatalogue', () => {
  it('one entry per parameter, ordered by id, with wording, readers, options, note and origin', () => {
    expect(lawCatalogue([srcA, srcB])).toMatchSnapshot();
  });

  it('lawValueText uses the package wording, then formatLawValue, then « règle détaillée »', () => {
    const cat = lawCatalogue([srcA, srcB]);
    expect(lawValueText(cat, 'a.scheme', { kind: 'z' })).toBe('régime z');
    expect(lawValueText(cat, 'x.delay', 1)).toBe('1 jour');
    expect(lawValueText(cat, 'b.ceiling', '12.5')).toBe('12,50\u00a0€');
    expect(lawValueText(cat, 'm.plain', { kind: 'z' })).toBe('règle détaillée (voir les références)');
  });

  it('lawValueText in English: the package English wording, else its French wording, else the English figure, else « detailed rule »', () => {
    const withEn: LawSource = { ...srcA, describeEn: { scheme: ((v: { kind: string }) => `scheme ${v.kind}`) as never } };
    const cat = lawCatalogue([withEn, srcB]);
    expect(lawValueText(cat, 'a.scheme', { kind: 'z' }, 'en')).toBe('scheme z');
    expect(lawValueText(cat, 'a.scheme', { kind: 'z' })).toBe('régime z');
    expect(lawValueText(cat, 'a.scheme', { kind: 'z' }, 'fr')).toBe('régime z');
    expect(lawValueText(cat, 'x.delay', 1, 'en')).toBe('1 day');
    expect(lawValueText(cat, 'b.ceiling', '12.5', 'en')).toBe('EUR 12.50');
    expect(lawValueText(cat, 'm.plain', { kind: 'z' }, 'en')).toBe('detailed rule (see the references)');
    // A source with a French wording only (a caller's own): English falls back to it, as labelEn does to label.
    expect(lawValueText(lawCatalogue([srcA]), 'a.scheme', { kind: 'z' }, 'en')).toBe('régime z');
    // A wording that declines (undefined) leaves the figure to formatLawValue, in each language.
    const declines: LawSource = { ...srcB, describe: { ceiling: (() => undefined) as never }, describeEn: { ceiling: (() => undefined) as never } };
    expect(lawValueText(lawCatalogue([declines]), 'b.ceiling', '12.5', 'en')).toBe('EUR 12.50');
    expect(lawValueText(lawCatalogue([declines]), 'b.ceiling', '12.5')).toBe('12,50\u00a0€');
  });

  it('every value carries textEn beside text, from the same wording rules', () => {
    const withEn: LawSource = { ...srcA, describeEn: { scheme: ((v: { kind: string }) => `scheme ${v.kind}`) as never } };
    const cat = lawCatalogue([withEn, srcB]);
    const texts = Object.fromEntries(cat.entries.map((e) => [e.id, e.values.map((v) => [v.text, v.textEn])]));
    expect(texts).toEqual({
      'a.scheme': [['régime x', 'scheme x']],
      'b.ceiling': [['5\u202f000,00\u00a0€', 'EUR 5,000.00']],
      'm.plain': [['règle détaillée (voir les références)', 'detailed rule (see the references)']],
      'x.delay': [['10 jours', '10 days'], ['14 jours', '14 days']],
    });
    for (const e of cat.entries) for (const v of e.values) expect(lawValueText(cat, e.id, v.value, 'en')).toBe(v.textEn);
  });

  it.each([
    ['a language that is not fr or en', () => lawValueText(lawCatalogue([srcB]), 'b.ceiling', '1', 'de' as never)],
    ['a language that is not a string', () => lawValueText(lawCatalogue([srcB]), 'b.ceiling', '1', 1 as never)],
    ['describeEn not an object', () => lawCatalogue([{ ...srcA, describeEn: 'x' as never }])],
    ['describeEn a list', () => lawCatalogue([{ ...srcA, describeEn: [] as never }])],
    ['describeEn null', () => lawCatalogue([{ ...srcA, describeEn: null as never }])],
    ['a describeEn entry that is not a function', () => lawCatalogue([{ ...srcA, describeEn: { scheme: 'scheme' as never } }])],
    ['a describe entry that is not a function', () => lawCatalogue([{ ...srcA, describe: { scheme: 5 as never } }])],
    ['a describeEn key without its describe key', () => lawCatalogue([{ ...srcA, describeEn: { delay: (() => 'x') as never } }])],
    ['a describeEn without any describe', () => lawCatalogue([{ ...srcB, describeEn: { ceiling: (() => 'x') as never } }])],
  ])('rejects %s with an OfkitError naming the field', (_n, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });

  it('mergeLawCatalogues joins catalogues; lawRuleSets returns their rule sets in order', () => {
    const all = mergeLawCatalogues([lawCatalogue([srcA]), lawCatalogue([srcB])]);
    expect(all.entries.map((e) => e.id)).toEqual(['a.scheme', 'b.ceiling', 'm.plain', 'x.delay']);
    expect(lawRuleSets(all)).toEqual([rulesA, rulesB]);
  });

  it('the core catalogue holds the calendar rules of core', () => {
    const core = coreLawCatalogue();
    expect(core.entries.length).toBeGreaterThan(0);
    expect(core.entries.every((e) => e.package === '@ofkit/core')).toBe(true);
    expect(core.entries.map((e) => e.id)).toEqual([...core.entries.map((e) => e.id)].sort());
    expect(core.entries.every((e) => e.values.every((v) => v.text.length > 0))).toBe(true);
  });

  it.each([
    ['sources not a list', () => lawCatalogue('x' as never)],
    ['a source that is null', () => lawCatalogue([null] as never)],
    ['a source that is a string', () => lawCatalogue(['s'] as never)],
    ['missing fields', () => lawCatalogue([{ package: '', theme: 'tax', rules: rulesB }] as never)],
    ['no rule set', () => lawCatalogue([{ package: 'p', ruleSet: 'r', theme: 'cpf', readers: [], rules: 5 }] as never)],
    ['a rule that is not a parameter', () => lawCatalogue([{ ...srcB, rules: { a: null, b: { id: 1, values: [] }, c: { id: 'c' }, d: 5 } }] as never)],
    ['one id in two sources', () => lawCatalogue([srcB, { ...srcB, package: 'other' }])],
    ['lawValueText of an unknown id', () => lawValueText(lawCatalogue([srcB]), 'zz', 1)],
    ['lawValueText with an id not a string', () => lawValueText(lawCatalogue([srcB]), 5 as never, 1)],
    ['lawValueText of a non-catalogue', () => lawValueText({} as never, 'b.ceiling', 1)],
    ['lawValueText of null', () => lawValueText(null as never, 'b.ceiling', 1)],
    ['merge of a non-list', () => mergeLawCatalogues('x' as never)],
    ['merge with a bad catalogue', () => mergeLawCatalogues([lawCatalogue([srcB]), { sources: 'x' }] as never)],
    ['lawRuleSets of a non-catalogue', () => lawRuleSets(5 as never)],
  ])('rejects %s', (_n, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });

  it('a catalogue whose sources getter throws is reported, not a TypeError', () => {
    const hostile = Object.defineProperty({}, 'sources', { get() { throw new Error('boom'); } });
    expect(err(() => lawRuleSets(hostile as never)).issues[0]).toMatchObject({ path: ['catalogue'], code: 'invalid_catalogue' });
  });
});
