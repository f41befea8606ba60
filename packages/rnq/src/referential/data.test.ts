// @ts-nocheck
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { typography } from './annex.js';
import { CRITERIA } from './data.js';
import { getReferential as cachedReferential } from './referential.js';
import { rnqRules } from './rules.js';

// Every indicator of both encoded référentiels against ../shared/domain/rnq-wordings.md, the
// compiled official wordings (2019: the annex of the Code du travail, LEGIARTI000038591641, read
// from the DILA LEGI data; 2026: décret n° 2026-728 as transcribed by source G). The file is parsed
// here (a test may read the repository's notes; package code never does). The comparison is on the
// printed form: `typography` removes the spaces Légifrance's rendering adds (« et/ ou » → « et/ou »),
// which rnq-wordings.md says are not a difference of wording.

// getReferential caches the built indicators per rules object; a fresh copy of the rules makes each
// call build them again inside the test, so that the test really runs buildIndicators* (and a
// mutation tool attributes that code to it).
const getReferential = (date: string, options: Record<string, unknown> = {}) => cachedReferential(date, { ...options, rules: { ...rnqRules } });

const NOTES = fileURLToPath(new URL('../../../../../shared/domain/rnq-wordings.md', import.meta.url));
const text = readFileSync(NOTES, 'utf8');

/** The body of the section whose heading starts with `## <n>.` */
function section(n: number): string {
  const start = text.indexOf(`\n## ${n}. `);
  expect(start, `section ${n} of rnq-wordings.md`).toBeGreaterThan(0);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Table rows whose first cell is an indicator number (the ★ of §2 marks wordings once missing). */
function rows(body: string): string[][] {
  return body
    .split('\n')
    .filter((l) => /^\| \d+( ★)? \|/.test(l))
    .map((l) => l.slice(2, -2).split(' | '));
}

const CAT: Record<string, string> = { AF: 'action-de-formation', BC: 'bilan-de-competences', VAE: 'vae', CFA: 'apprentissage' };
/** « 1° AF, 2° BC » (§2) or « AF BC » (§3) → category ids, in the annex's column order. */
const columns = (cell: string) => (cell.match(/AF|BC|VAE|CFA/g) ?? []).map((k) => CAT[k]);
const ORDER = Object.values(CAT);
const sortCats = (cats: string[]) => [...cats].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));

const CRITERIA_NOTES = [...section(1).matchAll(/^- Critère (\d) : (.+)$/gm)].map((m) => ({ n: Number(m[1]), heading: m[2] }));
const V9 = rows(section(2)).map(([n, crit, wording, cols, guide]) => ({ n: Number(n.replace(' ★', '')), crit: Number(crit), wording, cols: columns(cols), guide }));
const Y2026 = rows(section(3)).map(([n, crit, wording, cols, , vs2019]) => ({ n: Number(n), crit: Number(crit), wording, cols: columns(cols), vs2019 }));

describe('référentiel data against rnq-wordings.md (every criterion and indicator)', () => {
  it('the notes were parsed whole: 7 criteria, 32 indicators of 2019, 33 of 2026', () => {
    expect(CRITERIA_NOTES.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(V9.map((r) => r.n)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(Y2026.map((r) => r.n)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it('the 7 criteria headings are the annex headings (§1), in both versions', () => {
    for (const c of CRITERIA_NOTES) {
      expect({ n: c.n, heading: CRITERIA[c.n - 1]?.heading }).toEqual({ n: c.n, heading: typography(c.heading) });
      for (const date of ['2026-06-15', '2026-12-01']) expect(getReferential(date).criteria.find((x) => x.number === c.n)?.heading).toBe(typography(c.heading));
    }
  });

  it('every criterion has an English heading of its own', () => {
    const en = CRITERIA.map((c) => c.headingEn);
    expect(en.every((h) => h.length > 10)).toBe(true);
    expect(new Set(en).size).toBe(7);
  });

  it('2019 (audits up to 31 Oct 2026): énoncé, criterion and ticked columns of each of the 32 indicators (§2)', () => {
    const r = getReferential('2026-06-15');
    expect(r.indicators).toHaveLength(32);
    for (const row of V9) {
      const ind = r.indicators.find((i) => i.number === row.n);
      expect({ n: row.n, criterion: ind?.criterion, wording: ind?.wording, wordingStatus: ind?.wordingStatus }).toEqual({ n: row.n, criterion: row.crit, wording: typography(row.wording), wordingStatus: 'legal-text' });
      expect({ n: row.n, columns: sortCats(Object.keys(ind!.applicability)) }).toEqual({ n: row.n, columns: row.cols });
    }
  });

  it('2019: where the guide V9 prints another énoncé (« DIFFERS »), the indicator says so and quotes both; elsewhere no note', () => {
    const r = getReferential('2026-06-15');
    const norm = (s: string) => typography(s).replace(/’/g, "'");
    for (const row of V9) {
      const note = r.indicators.find((i) => i.number === row.n)?.wordingNote;
      const differs = /^DIFFERS: « (.+) »$/.exec(row.guide);
      if (!differs) {
        expect({ n: row.n, note }).toEqual({ n: row.n, note: undefined });
        continue;
      }
      const guide = norm(differs[1]);
      const annex = norm(row.wording);
      expect(note, `indicator ${row.n}`).toMatch(/^Le guide de lecture V9 écrit « .+ » .*; l'annexe, qui fait foi, écrit « .+ »\.$/);
      const [fromGuide, fromAnnex] = [...note!.matchAll(/« ([^»]+) »/g)].map((m) => norm(m[1]));
      // the first quotation is the guide's text and not the annex's; the second is the annex's
      expect({ n: row.n, inGuide: guide.includes(fromGuide), inAnnex: annex.includes(fromGuide) }).toEqual({ n: row.n, inGuide: true, inAnnex: false });
      expect({ n: row.n, inAnnex: annex.includes(fromAnnex) }).toEqual({ n: row.n, inAnnex: true });
    }
    expect(V9.filter((row) => row.guide.startsWith('DIFFERS')).map((row) => row.n)).toEqual([9, 28, 30]);
  });

  it('2026 (audits from 1 Nov 2026): énoncé, criterion and ticked columns of each of the 33 indicators (§3)', () => {
    const r = getReferential('2026-12-01');
    expect(r.indicators).toHaveLength(33);
    for (const row of Y2026) {
      const ind = r.indicators.find((i) => i.number === row.n);
      expect({ n: row.n, criterion: ind?.criterion, wording: ind?.wording, wordingStatus: ind?.wordingStatus }).toEqual({ n: row.n, criterion: row.crit, wording: typography(row.wording), wordingStatus: 'transcribed-unverified' });
      expect({ n: row.n, columns: sortCats(Object.keys(ind!.applicability)) }).toEqual({ n: row.n, columns: row.cols });
    }
  });

  it('2026: what changed against the 2019 annex is what §3 says (changed / unchanged / new indicator)', () => {
    const r = getReferential('2026-12-01');
    for (const row of Y2026) {
      const change = r.indicators.find((i) => i.number === row.n)?.changeVsV9;
      const expected = row.vs2019 === 'unchanged' ? 'none' : row.vs2019 === 'new indicator' ? 'new-indicator' : 'changed';
      expect({ n: row.n, change: change === 'none' || change === 'new-indicator' ? change : 'changed' }).toEqual({ n: row.n, change: expected });
    }
  });

  it('each version has its own référentiel version, one title per indicator, and the editorial fields filled', () => {
    for (const date of ['2026-06-15', '2026-12-01']) {
      const r = getReferential(date);
      for (const i of r.indicators) {
        expect({ n: i.number, title: i.title.length > 5, summaryEn: i.summaryEn.length > 10, evidence: i.typicalEvidenceEn.length > 10 }).toEqual({ n: i.number, title: true, summaryEn: true, evidence: true });
      }
      expect(new Set(r.indicators.map((i) => i.title)).size).toBe(r.indicators.length);
    }
  });
});

describe('référentiel data: references and status of each cell', () => {
  const articles = (date: string, n: number) => getReferential(date).indicators.find((i) => i.number === n)!.references.map((r) => r.article);
  const ANNEX = 'Annexe RNQ (chapitre VI du titre Ier du livre III, sixième partie)';
  const GUIDE = 'Guide de lecture RNQ V9 du 8 janvier 2024';
  const ART5 = 'Arrêté du 6 juin 2019 modifié, art. 5';

  it('2019: every indicator cites the annex, décret 2019-565, the guide V9 and art. 5; three cite the text they rest on', () => {
    expect(articles('2026-06-15', 1)).toEqual([ANNEX, '2019-565', GUIDE, ART5]);
    // 2: CFAs publish the result indicators of L. 6111-8 (InserJeunes)
    expect(articles('2026-06-15', 2)).toEqual([ANNEX, '2019-565', GUIDE, ART5, 'L6111-8']);
    // 19: distance learning must provide the assistance of D. 6313-3-1
    expect(articles('2026-06-15', 19)).toEqual([ANNEX, '2019-565', GUIDE, ART5, 'D6313-3-1']);
    // 27: for the CPF, subcontractors must themselves be certified (R. 6333-6-2, R. 6333-6-3)
    expect(articles('2026-06-15', 27)).toEqual([ANNEX, '2019-565', GUIDE, ART5, 'R6333-6-2', 'R6333-6-3']);
  });

  it('2026: the décret first, then the annex, guide V9 and art. 5; 33 cites the décret and L. 6313-1', () => {
    expect(articles('2026-12-01', 1)).toEqual(['2026-728', ANNEX, GUIDE, ART5]);
    expect(articles('2026-12-01', 27)).toEqual(['2026-728', ANNEX, GUIDE, ART5, 'R6333-6-2', 'R6333-6-3']);
    expect(articles('2026-12-01', 33)).toEqual(['2026-728', 'L6313-1']);
  });

  it('2019 cells are confirmed (the annex), with the notes that explain a condition', () => {
    const r = getReferential('2026-06-15');
    const cell = (n: number, cat: string) => r.indicators.find((i) => i.number === n)!.applicability[cat];
    for (const i of r.indicators) for (const c of Object.values(i.applicability)) expect({ n: i.number, status: c.status, option: c.option }).toEqual({ n: i.number, status: 'confirmed', option: undefined });
    expect(cell(7, 'action-de-formation')).toEqual({ conditions: ['certifying'], status: 'confirmed', note: 'Actions certifiantes seulement.' });
    expect(cell(3, 'apprentissage')?.note).toMatch(/l'apprentissage prépare une certification/);
    expect(cell(30, 'bilan-de-competences')?.note).toMatch(/^BC : seules les appréciations des bénéficiaires et des équipes pédagogiques/);
    expect(cell(1, 'vae')).toEqual({ conditions: [], status: 'confirmed' });
    expect(r.indicators.every((i) => i.status === 'confirmed' && i.disputes.length === 0)).toBe(true);
  });

  it('2026 cells are provisional (transcribed décret), and 8 for BC and VAE is disputed with its option', () => {
    // 8 for BC and VAE exists only in the reading of option indicator8Scope2026 = 'all-categories'
    // (rnq-2026.md §5 point 4); the default reading keeps the annex columns AF + CFA
    expect(Object.keys(getReferential('2026-12-01').indicators.find((i) => i.number === 8)!.applicability)).toEqual(['action-de-formation', 'apprentissage']);
    const r = getReferential('2026-12-01', { indicator8Scope2026: 'all-categories' });
    const ind = (n: number) => r.indicators.find((i) => i.number === n)!;
    expect(ind(1).applicability['action-de-formation']).toEqual({ conditions: [], status: 'provisional' });
    // a note written for the 2019 annex stays, but the cell is provisional like every 2026 cell
    expect(ind(7).applicability['action-de-formation']).toEqual({ conditions: ['certifying'], status: 'provisional', note: 'Actions certifiantes seulement.' });
    expect(ind(8).applicability['bilan-de-competences']).toMatchObject({ status: 'disputed', option: 'indicator8Scope2026' });
    expect(ind(8).applicability['action-de-formation']).toEqual({ conditions: [], status: 'provisional' });
    expect(ind(8).status).toBe('disputed');
    expect(ind(8).disputes.map((d) => d.option)).toEqual(['indicator8Scope2026']);
    expect(ind(12).disputes.map((d) => d.option)).toEqual(['indicator12Scope2026']);
    expect(ind(33).disputes.map((d) => d.option)).toEqual(['indicator33Grade', 'indicator33NewEntrant']);
    expect(ind(5).status).toBe('provisional');
    expect(ind(5).disputes).toEqual([]);
  });

  it('2026: reworded indicators get a title saying what was added; the others keep theirs', () => {
    const v9 = getReferential('2026-06-15');
    const y26 = getReferential('2026-12-01');
    const title = (r, n: number) => r.indicators.find((i) => i.number === n)!.title;
    expect(title(y26, 1)).toBe('Information du public, sans mention trompeuse');
    expect(title(y26, 32)).toBe('Amélioration continue et analyse des risques');
    expect(title(y26, 5)).toBe(title(v9, 5));
    expect(title(y26, 33)).toBe('Évaluation des contenus et enseignements par les apprenants');
  });
});
