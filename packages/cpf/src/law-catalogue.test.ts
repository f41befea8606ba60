import { lawChanges, lawRuleSets, overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { cpfFinancingRules } from './financing/rules.js';
import { cpfLawCatalogue } from './law-catalogue.js';
import vectors from './law-changes/vectors.json' with { type: 'json' };

interface Expected {
  parameter: string;
  kind: string;
  beforeValue?: unknown;
  afterValue?: unknown;
  statusBefore?: string;
  statusAfter?: string;
  valueChanged?: boolean;
  statusChanged?: boolean;
  referenceArticle?: string;
}

const cat = cpfLawCatalogue();

describe('lawChanges over the CPF rule sets (vectors with their reasoning)', () => {
  for (const v of vectors) {
    it(v.name, () => {
      const got = lawChanges(lawRuleSets(cat), v.from, v.to);
      expect(got.map((c) => c.parameter)).toEqual((v.expected as Expected[]).map((e) => e.parameter));
      (v.expected as Expected[]).forEach((e, i) => {
        const c = got[i]!;
        expect(c.date).toBe(v.from);
        expect(c.kind).toBe(e.kind);
        if ('beforeValue' in e) expect(c.before?.value).toEqual(e.beforeValue);
        if ('afterValue' in e) expect(c.after?.value).toEqual(e.afterValue);
        if (e.statusBefore) expect(c.statusBefore).toBe(e.statusBefore);
        if (e.statusAfter) expect(c.statusAfter).toBe(e.statusAfter);
        if (e.valueChanged !== undefined) expect(c.valueChanged).toBe(e.valueChanged);
        if (e.statusChanged !== undefined) expect(c.statusChanged).toBe(e.statusChanged);
        if (e.referenceArticle) expect(c.references.map((r) => r.article)).toContain(e.referenceArticle);
      });
    });
  }

  it('the year 2026 in order, with the 2 April participation text change (same amount, new R. 6323 version)', () => {
    const got = lawChanges(lawRuleSets(cat), '2026-01-01', '2026-12-31');
    const dates = got.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
    const april = got.find((c) => c.date === '2026-04-02' && c.parameter === 'cpf.participation.amount')!;
    expect(april).toMatchObject({ kind: 'changed', valueChanged: false, statusChanged: false });
    expect(april.before?.references).not.toEqual(april.after?.references);
  });

  it('an override by the host shows as such', () => {
    const rules = overrideRules(cpfFinancingRules, { participationAmount: [{ from: '2026-07-01', value: '150.00', status: 'confirmed', references: [] }] });
    const got = lawChanges(rules, '2026-06-01', '2026-12-31', { prefixes: ['cpf.participation.'] });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ date: '2026-07-01', parameter: 'cpf.participation.amount', origin: 'override', before: { value: '103.20', origin: 'law' }, after: { value: '150.00', origin: 'override' } });
  });
});

describe('cpfLawCatalogue', () => {
  it('lists every parameter of every CPF rule set, with readers, wording and options', () => {
    const ids = cat.entries.map((e) => e.id);
    for (const p of Object.values(cpfFinancingRules)) expect(ids).toContain(p.id);
    expect(new Set(cat.entries.map((e) => e.ruleSet))).toEqual(new Set(['cpfFinancingRules', 'cpfPlatformRules', 'cpfDotationRules', 'cpfAccrualRules']));
    const caps = cat.entries.find((e) => e.id === 'cpf.caps.acquired-rights')!;
    expect(caps.values[1]!.text).toBe('droits acquis plafonnés à 1\u202f500,00\u00a0€ (certifications du répertoire spécifique hors CléA), 1\u202f600,00\u00a0€ (bilan de compétences), 900,00\u00a0€ (permis de conduire du groupe léger)');
    expect(caps.options.map((o) => o.name)).toEqual(['capAlsoLimitsAgreementCredits']);
    expect(cat.entries.find((e) => e.id === 'cpf.participation.amount')!.options.map((o) => o.name)).toContain('publicServantExempt');
    expect(cat.entries.find((e) => e.id === 'cpf.order.scheme')!.readers).toEqual(['planCpfFinancing']);
    // every value has a wording and no entry lacks readers
    for (const e of cat.entries) {
      expect(e.readers.length).toBeGreaterThan(0);
      for (const v of e.values) expect(v.text.length).toBeGreaterThan(0);
    }
  });
});
