import type { LegalRef } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { cpfLawCatalogue } from '../law-catalogue.js';
import { REF, refOfVersion, versionIndexAt, versionStarts, type VersionedArticle } from './refs.js';

/** The version of `article` in force on `date`, as the plan looks it up (planRefsAt). */
const refInForce = (article: VersionedArticle, date: string): LegalRef | undefined => refOfVersion(article, versionIndexAt(article, date));

/**
 * Each LEGIARTI id of refs.ts with the article number and the version dates read in the DILA LEGI
 * data: `@socialgouv/legi-data` 2.513.0, `data/LEGITEXT000006072050.json` (Code du travail, 27 March
 * 2026): `num`, `dateDebut`, `dateFin` of the version (`to` is the day after the last day, as in
 * LEGI; 2999-01-01 = open). The last three are not in that file: the repository's
 * `data/articles/index.json` (github.com/SocialGouv/legi-data, 20 August 2026) maps the article's
 * `cid` to them from the update of the date given (`from` = first seen, `indexOnly`).
 * A new id in refs.ts must be added here once checked in the same way.
 */
const VERIFIED: Record<string, { article: string; from: string; to: string; indexOnly?: true }> = {
  LEGIARTI000052989055: { article: 'R6333-3', from: '2025-12-05', to: '2999-01-01' },
  LEGIARTI000038031942: { article: 'R6333-3', from: '2018-12-31', to: '2025-12-05' },
  LEGIARTI000044375694: { article: 'L6333-1', from: '2021-11-27', to: '2999-01-01' },
  LEGIARTI000038031939: { article: 'R6333-2', from: '2020-01-01', to: '2999-01-01' },
  LEGIARTI000049423585: { article: 'L6323-4', from: '2024-04-17', to: '2999-01-01' },
  // Versions 6 to 8 of L. 6323-4: `articleVersions` of the article (cid LEGIARTI000006904226), dateDebut
  // and dateFin read as UTC days (1546300800000 = 2019-01-01, 1672531200000 = 2023-01-01,
  // 1704067200000 = 2024-01-01, 1713312000000 = 2024-04-17).
  LEGIARTI000037385061: { article: 'L6323-4', from: '2019-01-01', to: '2023-01-01' },
  LEGIARTI000046873603: { article: 'L6323-4', from: '2023-01-01', to: '2024-01-01' },
  LEGIARTI000048600487: { article: 'L6323-4', from: '2024-01-01', to: '2024-04-17' },
  LEGIARTI000046873599: { article: 'L6323-7', from: '2023-01-01', to: '2999-01-01' },
  LEGIARTI000049488983: { article: 'R6323', from: '2024-05-02', to: '2999-01-01' },
  LEGIARTI000037385300: { article: 'L2254-2', from: '2019-01-01', to: '2999-01-01' },
  LEGIARTI000039784462: { article: 'L7342-3', from: '2019-12-27', to: '2999-01-01' },
  LEGIARTI000043025856: { article: 'L6323-43', from: '2022-01-01', to: '2999-01-01' },
  LEGIARTI000037385284: { article: 'L4163-8', from: '2019-01-01', to: '2999-01-01' },
  LEGIARTI000038498896: { article: 'L6323-14', from: '2019-05-24', to: '2999-01-01' },
  LEGIARTI000038951729: { article: 'L6323-11', from: '2019-08-23', to: '2999-01-01' },
  LEGIARTI000053569786: { article: 'D6323-1 A', from: '2026-02-26', to: '2999-01-01' },
  LEGIARTI000053549516: { article: 'L6323-6', from: '2026-02-21', to: '2999-01-01' },
  LEGIARTI000053572418: { article: 'D6323-8', from: '2026-02-26', to: '2999-01-01' },
  LEGIARTI000049551184: { article: 'D6323-8', from: '2024-05-19', to: '2026-02-26' },
  LEGIARTI000053572443: { article: 'D6323-6', from: '2026-02-26', to: '2999-01-01' },
  LEGIARTI000038923483: { article: 'L6323-3', from: '2019-08-08', to: '2999-01-01' },
  LEGIARTI000051289909: { article: 'L5421-4', from: '2026-01-01', to: '2999-01-01' },
  // Earlier versions, from `articleVersions` (dateDebut / dateFin as UTC days).
  LEGIARTI000037388300: { article: 'L5421-4', from: '2019-01-01', to: '2023-09-01' },
  LEGIARTI000047452871: { article: 'L5421-4', from: '2023-09-01', to: '2026-01-01' },
  LEGIARTI000041472937: { article: 'L6333-1', from: '2019-12-30', to: '2021-11-27' },
  LEGIARTI000051474838: { article: 'R6323-42', from: '2025-04-17', to: '2999-01-01' },
  LEGIARTI000051470520: { article: 'R6323-42-1', from: '2025-04-17', to: '2999-01-01' },
  LEGIARTI000038013641: { article: 'R6323-1', from: '2019-01-01', to: '2999-01-01' },
  LEGIARTI000038951726: { article: 'L6323-11-1', from: '2019-08-23', to: '2999-01-01' },
  LEGIARTI000038005568: { article: 'R6323-3-1', from: '2019-01-01', to: '2999-01-01' },
  LEGIARTI000038601907: { article: 'D6323-3-3', from: '2019-06-09', to: '2999-01-01' },
  LEGIARTI000048598288: { article: 'L6323-34', from: '2023-12-20', to: '2999-01-01' },
  LEGIARTI000052141001: { article: 'R6323-29', from: '2025-08-28', to: '2999-01-01' },
  LEGIARTI000037385125: { article: 'L6323-27', from: '2019-01-01', to: '2999-01-01' },
  LEGIARTI000039216085: { article: 'R6323-22', from: '2019-10-14', to: '2999-01-01' },
  LEGIARTI000039644960: { article: 'R6323-27', from: '2020-01-01', to: '2999-01-01' },
  LEGIARTI000037385014: { article: 'L6323-15', from: '2019-01-01', to: '2999-01-01' },
  LEGIARTI000053279322: { article: 'L6323-12', from: '2025-12-31', to: '2999-01-01' },
  LEGIARTI000053744158: { article: 'R6323', from: '2026-04-02', to: '2999-01-01', indexOnly: true },
  LEGIARTI000054337187: { article: 'L6323-6', from: '2026-06-30', to: '2999-01-01', indexOnly: true },
  LEGIARTI000054703482: { article: 'L6323-4', from: '2026-08-19', to: '2999-01-01', indexOnly: true },
};

const refs = Object.entries(REF) as Array<[string, LegalRef]>;
const codeDuTravail = refs.filter(([, r]) => r.source === 'code-du-travail');

/**
 * A full article number as LEGI writes it, without dots: 'L6323-4', 'R6323-42-1', 'D6323-1 A'.
 * The one exception is R. 6323 (participation forfaitaire), which LEGI numbers 'R6323' with no dash:
 * the only article of the « Section préliminaire » of chapter III, created by décret 2024-394.
 */
const ARTICLE = /^[LRD]\d{4}-\d+(-\d+)?( [A-Z])?$/;
const UNDASHED = new Set(['R6323']);

describe('legal references (internal/refs.ts)', () => {
  it('covers the bases of credits and top-ups cited by the plan', () => {
    expect(codeDuTravail.length).toBeGreaterThan(30);
    for (const a of ['L2254-2', 'L6323-13', 'L7342-3', 'L6323-29', 'L6323-37', 'L6323-43']) expect(codeDuTravail.map(([, r]) => r.article)).toContain(a);
  });

  it('every Code du travail reference has a full article number', () => {
    const bad = codeDuTravail.filter(([, r]) => !ARTICLE.test(r.article) && !UNDASHED.has(r.article)).map(([k, r]) => `${k}: ${r.article}`);
    expect(bad).toEqual([]);
    // The pattern rejects truncated or dotted numbers.
    for (const a of ['R6323-', 'L. 6323-4', 'L6323', 'R6323-42-1-2', 'D6323-1 AB']) expect(ARTICLE.test(a)).toBe(false);
  });

  it('every Légifrance id of an article has the codes/article_lc/<id> URL', () => {
    for (const [k, r] of refs) {
      if (r.legifranceId?.startsWith('LEGIARTI')) expect({ k, url: r.url }).toEqual({ k, url: `https://www.legifrance.gouv.fr/codes/article_lc/${r.legifranceId}` });
      if (r.legifranceId?.startsWith('JORFTEXT')) expect({ k, url: r.url }).toEqual({ k, url: `https://www.legifrance.gouv.fr/jorf/id/${r.legifranceId}/` });
    }
  });

  it('every id is well formed and was checked in the LEGI data as a version of the article it is given for', () => {
    for (const [k, r] of codeDuTravail) {
      if (r.legifranceId === undefined) continue;
      expect({ k, id: /^LEGIARTI\d{12}$/.test(r.legifranceId) }).toEqual({ k, id: true });
      expect({ k, article: VERIFIED[r.legifranceId]?.article }).toEqual({ k, article: r.article });
    }
  });

  it('a Code du travail reference without id says it covers several successive versions', () => {
    const noId = codeDuTravail.filter(([, r]) => r.legifranceId === undefined);
    expect(noId.map(([k]) => k).sort()).toEqual(['L6323_13', 'L6323_29', 'L6323_37', 'L6323_6_BEFORE_2026']);
    for (const [k, r] of noId) expect({ k, title: /plusieurs versions successives/.test(r.title) }).toEqual({ k, title: true });
  });
});

/**
 * The dated lookup of the versioned articles (`refInForce`): the versions and their first days are
 * those of VERIFIED above (the LEGI data for L. 6323-4 v6–v9 and R. 6323 of 2024; the legi-data index
 * for the 2026 versions, whose first days are the boundaries of the parameters `participationAmount`,
 * 2 Apr 2026, and `financingText`, 19 Aug 2026).
 */
describe('versions in force by date (refInForce)', () => {
  const at = (article: VersionedArticle, date: string) => refInForce(article, date)?.legifranceId;

  it('L. 6323-4: the version in force on each side of every boundary', () => {
    // [date, id in force]: the day before and the first day of each version (LEGI dateDebut / dateFin).
    const cases: Array<[string, string | undefined]> = [
      ['2018-12-31', undefined], // versions before 2019 are not listed (no plan is dated before 2020)
      ['2019-01-01', 'LEGIARTI000037385061'],
      ['2022-12-31', 'LEGIARTI000037385061'],
      ['2023-01-01', 'LEGIARTI000046873603'],
      ['2023-12-31', 'LEGIARTI000046873603'],
      ['2024-01-01', 'LEGIARTI000048600487'],
      ['2024-04-16', 'LEGIARTI000048600487'],
      ['2024-04-17', 'LEGIARTI000049423585'],
      ['2026-08-18', 'LEGIARTI000049423585'],
      ['2026-08-19', 'LEGIARTI000054703482'],
      ['9999-12-31', 'LEGIARTI000054703482'],
    ];
    expect(cases.map(([d]) => [d, at('L6323-4', d)])).toEqual(cases);
  });

  it('R. 6323: nothing before 2 May 2024 (décret 2024-394 created it), then each version', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2020-01-01', undefined],
      ['2024-05-01', undefined],
      ['2024-05-02', 'LEGIARTI000049488983'],
      ['2026-04-01', 'LEGIARTI000049488983'],
      ['2026-04-02', 'LEGIARTI000053744158'],
      ['2026-12-31', 'LEGIARTI000053744158'],
    ];
    expect(cases.map(([d]) => [d, at('R6323', d)])).toEqual(cases);
  });

  it('gives the REF constants themselves (shared objects, so plans keep no copies)', () => {
    expect(refInForce('L6323-4', '2025-06-01')).toBe(REF.L6323_4);
    expect(refInForce('L6323-4', '2026-08-19')).toBe(REF.L6323_4_2026_08);
    expect(refInForce('R6323', '2025-06-01')).toBe(REF.R6323_2024);
    expect(refInForce('R6323', '2026-04-02')).toBe(REF.R6323_2026);
    expect(refOfVersion('R6323', -1)).toBeUndefined();
    expect(refOfVersion('L6323-4', versionIndexAt('L6323-4', '2023-06-01'))).toBe(REF.L6323_4_2023);
  });

  it('each version starts on the day VERIFIED gives, and ends where the next starts', () => {
    for (const article of ['L6323-4', 'R6323', 'R6333-3', 'L6333-1', 'L5421-4', 'R6323-42-1', 'D6323-8', 'L6323-6'] as const) {
      const starts = versionStarts(article);
      expect([...starts].sort()).toEqual(starts);
      starts.forEach((from, i) => {
        const id = refOfVersion(article, i)!.legifranceId!;
        const v = VERIFIED[id]!;
        expect({ id, article: v.article, from: v.from }).toEqual({ id, article: article, from });
        // A version closed in the data ends the day the next one starts; 2999-01-01 = open in the
        // 27 March 2026 data (the next version is known from the index only).
        const next = starts[i + 1];
        if (next !== undefined && v.to !== '2999-01-01') expect({ id, to: v.to }).toEqual({ id, to: next });
      });
    }
  });
});

/**
 * Every dated value of the CPF law cites Code du travail versions in force over its whole window
 * [from, to], or is listed below with the reason it does not. A version still open in the 27 March
 * 2026 LEGI data ends where the legi-data index shows its successor (END). The list is exact: a value
 * that becomes correct must leave it, and a new mismatch fails until it is fixed or explained.
 */
describe('the dated values of the CPF law cite the versions in force over their windows', () => {
  const END: Record<string, string> = {
    LEGIARTI000049423585: '2026-08-19', // L. 6323-4 v9 → LEGIARTI000054703482
    LEGIARTI000049488983: '2026-04-02', // R. 6323 of 2024 → LEGIARTI000053744158
    LEGIARTI000053549516: '2026-06-30', // L. 6323-6 (LFI 2026) → LEGIARTI000054337187
  };
  const CREATOR = 'the value says the rule did not exist yet and cites the text that created it';
  const ACCRUAL_31_DEC = 'a yearly accrual: the rights of 2019 are computed with the versions in force on 31 Dec 2019 (L. 6323-11 and L. 6323-11-1 of 23 Aug 2019, R. 6323-22 of 14 Oct 2019)';
  const READ_KEPT = 'the version read is applied and cited after its successor (text not read) took over; a provisional value says so from that date (cpf.financing.l6323-4-version, cpf.eligibility.l6323-6-version, cpf.participation.amount)';
  const ALLOWED: Record<string, string> = {
    'cpf.caps.acquired-rights|2020-01-01|LEGIARTI000053569786': CREATOR,
    'cpf.eligibility.bilan-5-years|2020-01-01|LEGIARTI000053572443': CREATOR,
    'cpf.participation.amount|2020-01-01|LEGIARTI000046873599': `${CREATOR} (L. 6323-7 in force from 1 Jan 2023, applied from décret 2024-394)`,
    'cpf.caps.acquired-rights|2026-02-26|LEGIARTI000053549516': READ_KEPT,
    'cpf.eligibility.l6323-6-article|2026-02-21|LEGIARTI000053549516': READ_KEPT,
    'cpf.eligibility.l6323-6-version|2026-06-30|LEGIARTI000053549516': READ_KEPT,
    'cpf.eligibility.light-licence|2026-02-26|LEGIARTI000053549516': READ_KEPT,
    'cpf.financing.l6323-4-version|2026-08-19|LEGIARTI000049423585': READ_KEPT,
    'cpf.order.level3|2025-12-05|LEGIARTI000049423585': READ_KEPT,
    'cpf.participation.exemptions|2026-04-02|LEGIARTI000049423585': READ_KEPT,
    // A year's rights are computed with the values in force on 31 December of that year
    // (accrual/amounts.ts, cpf.md §3): for 2019, the versions of 23 Aug and 14 Oct 2019 are the ones in
    // force on 31 Dec 2019, so these windows cite them from their first day.
    'cpf.accrual.standard|2019-01-01|LEGIARTI000038951729': ACCRUAL_31_DEC,
    'cpf.accrual.disability-increase|2019-06-09|LEGIARTI000038951729': ACCRUAL_31_DEC,
    'cpf.accrual.low-qualification|2019-01-01|LEGIARTI000038951726': ACCRUAL_31_DEC,
    'cpf.accrual.self-employed|2019-01-01|LEGIARTI000039216085': ACCRUAL_31_DEC,
  };

  it('finds exactly the mismatches listed, each with its reason', () => {
    const found = new Set<string>();
    for (const e of cpfLawCatalogue().entries) {
      for (const v of e.values) {
        for (const r of v.references) {
          const id = r.legifranceId;
          if (!id?.startsWith('LEGIARTI')) continue;
          const ver = VERIFIED[id];
          expect(ver, `${e.id} cites ${id}, not in VERIFIED`).toBeDefined();
          const end = END[id] ?? ver!.to;
          const to = v.to ?? '2999-01-01';
          const inForce = v.from >= ver!.from && (end === '2999-01-01' || to < end);
          if (!inForce) found.add(`${e.id}|${v.from}|${id}`);
        }
      }
    }
    expect([...found].filter((k) => !(k in ALLOWED)).sort()).toEqual([]);
    expect(Object.keys(ALLOWED).filter((k) => !found.has(k)).sort()).toEqual([]);
  });
});
