import { OfkitError, overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import tables from './vectors/tables.json' with { type: 'json' };
import { getReferential } from './referential.js';
import { rnqRules } from './rules.js';

describe('getReferential', () => {
  it('selects the version by audit date, with no transition', () => {
    expect(getReferential('2024-03-08').id).toBe('rnq-2019-v9');
    expect(getReferential('2026-10-31').indicatorCount).toBe(32);
    expect(getReferential('2026-11-01').id).toBe('rnq-2026');
    expect(getReferential('2026-11-01').indicatorCount).toBe(33);
  });

  it('throws NO_VALUE_IN_FORCE before the first encoded version, naming the field', () => {
    try {
      getReferential('2024-03-07');
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      expect((e as OfkitError).code).toBe('NO_VALUE_IN_FORCE');
      expect((e as OfkitError).issues[0].path).toEqual(['auditDate']);
    }
    expect(() => getReferential('2026-13-01')).toThrowError(OfkitError);
  });

  it('2019: 7 criteria, 32 numbered indicators, the art. 5 major-only list and the V9 new-entrant list', () => {
    const r = getReferential('2026-06-01');
    expect(r.criteria).toHaveLength(7);
    expect(r.indicators.map((i) => i.number)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(r.indicators.filter((i) => i.nonConformity === 'major-only').map((i) => i.number)).toEqual([4, 5, 6, 7, 10, 11, 14, 15, 16, 20, 21, 22, 26, 27, 29, 31, 32]);
    expect(r.indicators.filter((i) => i.newEntrant === 'deferred').map((i) => i.number)).toEqual([22, 32]);
    expect(r.indicators.filter((i) => i.newEntrant === 'partial').map((i) => i.number)).toEqual([2, 3, 11, 13, 14, 19, 24, 25, 26]);
    expect(r.status).toBe('confirmed');
    expect(r.warnings).toEqual([]);
  });

  it('criteria of each indicator follow the annex order (1: 1–3, 2: 4–8, 3: 9–16, 4: 17–20, 5: 21–22, 6: 23–29, 7: 30–32/33)', () => {
    const r = getReferential('2026-12-01');
    const crit = (n: number) => r.indicators.find((i) => i.number === n)!.criterion;
    expect([1, 3, 4, 8, 9, 16, 17, 20, 21, 22, 23, 29, 30, 33].map(crit)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7]);
  });

  it('2019: every énoncé is the legal text of the annex (no wording left null)', () => {
    const r = getReferential('2026-06-01');
    expect(r.indicators.filter((i) => i.wording === null)).toEqual([]);
    for (const i of r.indicators) expect(i.wordingStatus).toBe('legal-text');
    for (const y of ['2026-06-01', '2026-12-01']) expect(getReferential(y).indicators.every((i) => i.wording !== null)).toBe(true);
    expect(r.indicators.find((i) => i.number === 4)?.wording).toBe('Le prestataire analyse le besoin du bénéficiaire en lien avec l\'entreprise et/ou le financeur concerné(s).');
  });

  it('2026: every indicator is provisional or disputed, with 33 apprenticeship-only and its wording', () => {
    const r = getReferential('2026-12-01');
    expect(r.status).toBe('provisional');
    expect(r.warnings.map((w) => w.code)).toEqual(['PROVISIONAL_VALUE']);
    for (const i of r.indicators) {
      expect(['provisional', 'disputed']).toContain(i.status);
      expect(i.wordingStatus).toBe('transcribed-unverified');
    }
    const i33 = r.indicators.find((i) => i.number === 33)!;
    expect(Object.keys(i33.applicability)).toEqual(['apprentissage']);
    expect(i33.wording).toMatch(/distinct du recueil général de satisfaction/);
    expect(i33.disputes.map((d) => d.option)).toEqual(['indicator33Grade', 'indicator33NewEntrant']);
    expect(r.indicators.filter((i) => i.status === 'disputed').map((i) => i.number)).toEqual([8, 12, 33]);
  });

  it('options change the data they name', () => {
    const i33 = (o: Parameters<typeof getReferential>[1]) => getReferential('2026-12-01', o).indicators.find((i) => i.number === 33)!;
    expect(i33({}).nonConformity).toBe('major-only');
    expect(i33({ indicator33Grade: 'minor-or-major' }).nonConformity).toBe('minor-or-major');
    expect(i33({}).newEntrant).toBeNull();
    expect(i33({ indicator33NewEntrant: 'partial' }).newEntrant).toBe('partial');
    const forced = getReferential('2026-12-01', { referential: 'rnq-2019-v9' });
    expect(forced.id).toBe('rnq-2019-v9');
    expect(forced.warnings[0]?.code).toBe('REFERENTIAL_FORCED');
  });

  it('a host can override the version dates without mutating the shipped rules', () => {
    const patched = overrideRules(rnqRules, {
      referentialVersion: [{ from: '2026-11-01', to: '2026-12-31', value: 'rnq-2019-v9', status: 'confirmed', references: [] }],
    });
    expect(getReferential('2026-12-01', { rules: patched }).id).toBe('rnq-2019-v9');
    expect(getReferential('2026-12-01', { rules: patched }).warnings[0]?.code).toBe('OVERRIDDEN_VALUE');
    expect(getReferential('2026-12-01').id).toBe('rnq-2026');
  });

  it('shipped data is frozen', () => {
    const r = getReferential('2026-06-01');
    expect(Object.isFrozen(r.indicators[0]!.disputes)).toBe(true);
  });
});

type Code = 'Y' | 'N' | 'cert' | 'alt' | 'st' | 'fest' | 'long';
const CODE: Record<Exclude<Code, 'N'>, readonly string[]> = { Y: [], cert: ['certifying'], alt: ['alternance'], st: ['subcontracting'], fest: ['work-based-periods'], long: ['long-trainings'] };
const COLS = [['af', 'action-de-formation'], ['bc', 'bilan-de-competences'], ['vae', 'vae'], ['cfa', 'apprentissage']] as const;

describe('référentiel data — cell by cell against the notes (vectors/tables.json)', () => {
  for (const [id, table] of Object.entries(tables.tables)) {
    it(`${id}: criterion, columns and conditions, new-entrant treatment and grade of every indicator`, () => {
      const r = getReferential(table.auditDate);
      expect(r.id).toBe(id);
      expect(r.indicators.map((i) => i.number)).toEqual(table.indicators.map((x) => x.n));
      for (const row of table.indicators) {
        const ind = r.indicators.find((i) => i.number === row.n)!;
        expect({ n: row.n, criterion: ind.criterion }).toEqual({ n: row.n, criterion: row.criterion });
        for (const [col, cat] of COLS) {
          const code = row[col] as Code;
          const cell = ind.applicability[cat];
          expect({ n: row.n, cat, conditions: cell ? [...cell.conditions] : 'N' }).toEqual({ n: row.n, cat, conditions: code === 'N' ? 'N' : CODE[code] });
        }
        expect({ n: row.n, ne: ind.newEntrant, nc: ind.nonConformity }).toEqual({ n: row.n, ne: row.newEntrant, nc: row.nonConformity });
      }
    });
  }

  it('2026 indicator 12: the guide V9 reading (more than 2 days) is an option', () => {
    const i12 = getReferential('2026-12-01', { indicator12Scope2026: 'longer-than-2-days' }).indicators.find((i) => i.number === 12)!;
    for (const [, cat] of COLS) expect(i12.applicability[cat]?.conditions).toEqual(['long-trainings']);
    expect(getReferential('2026-06-15', { indicator12Scope2026: 'all-trainings' }).indicators.find((i) => i.number === 12)!.applicability.vae?.conditions).toEqual(['long-trainings']);
  });

  it('2026 indicator 8: [C]\'s all-categories reading is an option', () => {
    const i8 = getReferential('2026-12-01', { indicator8Scope2026: 'all-categories' }).indicators.find((i) => i.number === 8)!;
    expect(Object.keys(i8.applicability).sort()).toEqual(['action-de-formation', 'apprentissage', 'bilan-de-competences', 'vae']);
  });

  it('2019 wording of 9, 28 and 30 is the annex and notes the variant the guide V9 prints', () => {
    const r = getReferential('2026-06-15');
    expect(r.indicators.find((i) => i.number === 9)?.wording).toMatch(/informe les publics bénéficiaires sur les conditions/);
    expect(r.indicators.find((i) => i.number === 9)?.wordingNote).toMatch(/des conditions/);
    expect(r.indicators.find((i) => i.number === 28)?.wordingNote).toMatch(/coconstruire/);
    expect(r.indicators.find((i) => i.number === 30)?.wordingNote).toMatch(/entreprise concernées/);
    expect(r.indicators.filter((i) => i.wordingNote !== undefined).map((i) => i.number)).toEqual([9, 28, 30]);
  });
});
