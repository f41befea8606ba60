import { OfkitError, overrideRules, valueAt } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { applicableIndicators } from '../applicability/applicable.js';
import { CRITERIA_HEADINGS, WORDING_2019, WORDING_2026, typography } from './annex.js';
import { getReferential } from './referential.js';
import { rnqRules } from './rules.js';
import annex from './vectors/annex-2019.json' with { type: 'json' };
import sample from './vectors/wordings-sample.json' with { type: 'json' };

const COLUMN: Record<string, string> = { '1°': 'action-de-formation', '2°': 'bilan-de-competences', '3°': 'vae', '4°': 'apprentissage' };

// annex-2019.json is an extract, by script, of article `Annexe` LEGIARTI000038591641 from the DILA
// LEGI data (npm @socialgouv/legi-data 2.513.0, data/LEGITEXT000006072050.json; see its `source`).
describe('2019 référentiel against the annex of the Code du travail (every énoncé, column, heading)', () => {
  it('the extract has the 7 criteria and the 32 indicators', () => {
    expect(Object.keys(annex.criteria)).toHaveLength(7);
    expect(annex.indicators.map((i) => i.n)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });

  it('WORDING_2019 is the annex, verbatim, and getReferential shows its printed form', () => {
    const r = getReferential('2026-06-15');
    for (const a of annex.indicators) {
      expect({ n: a.n, w: WORDING_2019[a.n] }).toEqual({ n: a.n, w: a.wording });
      expect({ n: a.n, w: r.indicators.find((i) => i.number === a.n)?.wording }).toEqual({ n: a.n, w: typography(a.wording) });
    }
  });

  it('criteria headings are the annex headings', () => {
    for (const [k, heading] of Object.entries(annex.criteria)) {
      expect(CRITERIA_HEADINGS[Number(k) as 1]).toBe(heading);
      expect(getReferential('2026-06-15').criteria[Number(k) - 1]?.heading).toBe(heading);
    }
    // Criterion 2 has a comma before « lors de la conception » (rnq-wordings.md §1).
    expect(getReferential('2026-12-01').criteria[1]?.heading).toMatch(/bénéficiaires, lors de la conception des prestations\.$/);
  });

  it('criterion and ticked columns of every indicator are those of the annex (2019 and, unchanged, 2026)', () => {
    for (const date of ['2026-06-15', '2026-12-01']) {
      const r = getReferential(date);
      for (const a of annex.indicators) {
        const ind = r.indicators.find((i) => i.number === a.n)!;
        expect({ n: a.n, c: ind.criterion }).toEqual({ n: a.n, c: a.criterion });
        expect({ n: a.n, cols: Object.keys(ind.applicability).sort() }).toEqual({ n: a.n, cols: a.columns.map((c) => COLUMN[c]).sort() });
      }
    }
  });

  it('indicator 13 is confirmed for actions de formation (1°) and CFA (4°): no dispute, no option', () => {
    const i13 = getReferential('2026-06-15').indicators.find((i) => i.number === 13)!;
    expect(i13.status).toBe('confirmed');
    expect(i13.disputes).toEqual([]);
    expect(i13.applicability['action-de-formation']).toMatchObject({ conditions: ['alternance'], status: 'confirmed' });
    const r = applicableIndicators({ categories: ['action-de-formation'], alternance: true }, { auditDate: '2026-06-15' });
    expect(r.indicators.map((i) => i.number)).toContain(13);
    expect(r.warnings).toEqual([]);
  });

  it('the removed option indicator13Scope is refused with a message, not silently ignored', () => {
    try {
      getReferential('2026-06-15', { indicator13Scope: 'apprenticeship-only' } as never);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      expect((e as OfkitError).issues[0]?.code).toBe('option_removed');
      expect((e as OfkitError).issues[0]?.path).toEqual(['options', 'indicator13Scope']);
    }
  });
});

describe('wordings word for word against ../shared/domain/rnq-wordings.md (sample with reasoning)', () => {
  for (const c of sample.cases) {
    it(`${c.version} indicator ${c.n}: ${c.reasoning}`, () => {
      const raw = c.version === 'rnq-2019-v9' ? WORDING_2019[c.n] : WORDING_2026[c.n];
      expect(raw).toBe(c.wording);
      const ind = getReferential(c.auditDate).indicators.find((i) => i.number === c.n)!;
      expect(ind.wording).toBe(typography(c.wording));
    });
  }
  it('typography only removes the Légifrance rendering spaces', () => {
    expect(typography('et/ ou le financeur concerné (s), un/ ou, accompagner/ former, commerciaux …)')).toBe('et/ou le financeur concerné(s), un/ou, accompagner/former, commerciaux…)');
  });
});

describe('law as dated data: columns, major-only list, new-entrant treatment, 2026 changes', () => {
  it('each list is a dated, referenced parameter of rnqRules', () => {
    expect(valueAt(rnqRules.applicabilityColumns, '2026-06-15').status).toBe('confirmed');
    expect(valueAt(rnqRules.applicabilityColumns, '2026-06-15').references[0]?.legifranceId).toBe('LEGIARTI000038591641');
    expect(valueAt(rnqRules.applicabilityColumns, '2026-12-01').value[33]).toEqual(['apprentissage']);
    expect(valueAt(rnqRules.applicabilityColumns, '2026-12-01').status).toBe('provisional');
    expect(valueAt(rnqRules.majorOnlyIndicators, '2026-06-15').value).toHaveLength(17);
    expect(Object.keys(valueAt(rnqRules.newEntrantTreatment, '2026-06-15').value).map(Number)).toEqual([2, 3, 11, 13, 14, 19, 22, 24, 25, 26, 32]);
  });

  it('2026 changes are counted against the annex: 13 changed, 9 and 28 unchanged (corrections-2026-12.md §1)', () => {
    const r = getReferential('2026-12-01');
    const changed = r.indicators.filter((i) => i.changeVsV9 !== 'none' && i.changeVsV9 !== 'new-indicator').map((i) => i.number);
    expect(changed).toEqual([1, 2, 3, 7, 12, 14, 15, 19, 20, 27, 30, 31, 32]);
    expect(r.indicators.find((i) => i.number === 9)?.changeVsV9).toBe('none');
    expect(r.indicators.find((i) => i.number === 28)?.changeVsV9).toBe('none');
    // Unchanged indicators have the same énoncé in both versions; changed ones differ.
    for (let n = 1; n <= 32; n++) {
      const same = typography(WORDING_2019[n]!) === typography(WORDING_2026[n]!);
      expect({ n, same }).toEqual({ n, same: !changed.includes(n) });
    }
  });

  it('a host can override the columns: the result follows, with an OVERRIDDEN_VALUE warning', () => {
    const rules = overrideRules(rnqRules, {
      applicabilityColumns: [{ from: '2024-01-01', to: '2026-10-31', value: { ...valueAt(rnqRules.applicabilityColumns, '2026-06-15').value, 13: ['apprentissage'] }, status: 'confirmed', references: [] }],
    });
    const profile = { categories: ['action-de-formation' as const], alternance: true };
    const r = applicableIndicators(profile, { auditDate: '2026-06-15', rules });
    expect(r.indicators.map((i) => i.number)).not.toContain(13);
    expect(r.warnings.map((w) => w.code)).toContain('OVERRIDDEN_VALUE');
    expect(applicableIndicators(profile, { auditDate: '2026-06-15' }).indicators.map((i) => i.number)).toContain(13);
  });

  it('a host can override the major-only list and the new-entrant treatment', () => {
    const rules = overrideRules(rnqRules, {
      majorOnlyIndicators: [{ from: '2026-01-01', value: [4], status: 'confirmed', references: [] }],
      newEntrantTreatment: [{ from: '2026-01-01', value: { 22: 'deferred' }, status: 'confirmed', references: [] }],
    });
    const r = getReferential('2026-06-15', { rules });
    expect(r.indicators.filter((i) => i.nonConformity === 'major-only').map((i) => i.number)).toEqual([4]);
    expect(r.indicators.filter((i) => i.newEntrant !== null).map((i) => i.number)).toEqual([22]);
    expect(r.warnings.map((w) => w.code)).toEqual(['OVERRIDDEN_VALUE', 'OVERRIDDEN_VALUE']);
  });

  it('certificate validity 3 years is confirmed by the annex part II', () => {
    const v = valueAt(rnqRules.certificateValidityYears, '2026-06-15');
    expect([v.value, v.status, v.references[0]?.legifranceId]).toEqual([3, 'confirmed', 'LEGIARTI000038591641']);
  });

  it('the CPF micro-entrepreneur cap has a value for 2026, disputed (83 600 € announced, not read in a text)', () => {
    const v = valueAt(rnqRules.cpfMicroEntrepreneurRevenueCap, '2026-06-15');
    expect([v.value, v.status]).toEqual(['77700.00', 'disputed']);
    expect(v.note).toMatch(/83 600/);
    expect(valueAt(rnqRules.cpfMicroEntrepreneurRevenueCap, '2025-06-15').status).toBe('provisional');
  });
});
