/**
 * Every value of the law catalogue has a real wording, in French (`text`) and in English (`textEn`):
 * none falls back to « règle détaillée (voir les références) » / "detailed rule (see the references)",
 * none is empty, and none shows a machine code (`opco-plan`, `L6323-4-III`, `new-requirement`,
 * `contrat.price`…) where the reader needs its human name. French amounts are written as `formatEur`
 * writes them. Generic over the merged catalogue of the four packages: a structured parameter added
 * to a rule set without a wording fails here.
 *
 * test/law-values-english.test.ts checks that the English is English and records the French texts.
 */
import { coreLawCatalogue, formatEur, mergeLawCatalogues } from '@ofkit/core';
import { formatLawValue } from '@ofkit/core/internal';
import { cpfLawCatalogue } from '@ofkit/cpf';
import { docsGenLawCatalogue } from '@ofkit/docs-gen';
import { rnqLawCatalogue } from '@ofkit/rnq';
import { describe, expect, it } from 'vitest';

const catalogue = mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);
const values = catalogue.entries.flatMap((e) => e.values.map((v) => ({ id: e.id, ...v })));
const text = (id: string, lang: 'fr' | 'en' = 'fr', from?: string): string => {
  const e = catalogue.entries.find((x) => x.id === id);
  const v = from === undefined ? e?.values[0] : e?.values.find((x) => x.from === from);
  if (!v) throw new Error(`no value ${id} ${from ?? ''}`);
  return lang === 'fr' ? v.text : v.textEn;
};

/** A machine code: lower-case words joined by `-` or `.` (`opco-plan`, `contrat.price`), or a legal basis code (`L6323-4-III`, `CSS-L432-12`). */
const CODE = /^(?:[a-z][a-zA-Z0-9]*(?:[-.][a-zA-Z0-9]+)+|(?:CSS-)?L\d{3,}(?:-[\dA-Za-z]+)+)$/;
/** Fields of a value that hold prose or references, not codes (a mention's label, its legal references…), and `kind` (`credit`, `top-up`: words the English wording uses). */
const PROSE_FIELDS = new Set(['kind', 'label', 'labelEn', 'note', 'noteEn', 'references', 'title', 'url', 'legifranceId', 'article', 'source', 'from', 'to', 'status']);

/** The machine codes a value holds: its object keys and its string leaves that look like codes. */
function codesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (CODE.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) codesIn(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (PROSE_FIELDS.has(k)) continue;
      if (CODE.test(k)) out.add(k);
      codesIn(v, out);
    }
  }
  return out;
}

describe('every value of the law catalogue has a real wording', () => {
  it('no value falls back to « règle détaillée » / "detailed rule", none is empty, in either language', () => {
    const problems: string[] = [];
    for (const v of values) {
      const at = `${v.id} (from ${v.from})`;
      if (v.text.trim() === '') problems.push(`${at}: empty French text`);
      if (v.textEn.trim() === '') problems.push(`${at}: empty English text`);
      if (/règle détaillée/.test(v.text)) problems.push(`${at}: French fallback`);
      if (/detailed rule/.test(v.textEn)) problems.push(`${at}: English fallback`);
    }
    expect(problems).toEqual([]);
    expect(values.length).toBeGreaterThan(100);
  });

  it('no text shows a machine code of its value (funder, basis, category, mention codes…)', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const v of values) {
      const codes = codesIn(v.value);
      checked += codes.size;
      for (const c of codes) {
        if (v.text.includes(c)) problems.push(`${v.id}: French text shows « ${c} »: ${v.text}`);
        if (v.textEn.includes(c)) problems.push(`${v.id}: English text shows "${c}": ${v.textEn}`);
      }
    }
    expect(problems).toEqual([]);
    // Not vacuous: the funder types, legal bases, categories and mention codes are found.
    expect(checked).toBeGreaterThan(100);
    for (const c of ['opco-plan', 'cpf-cdc', 'L6323-4-III', 'sapin-ii', 'action-de-formation', 'new-requirement', 'private-employee', 'salarie-prive', 'contrat.price']) {
      expect(values.some((v) => codesIn(v.value).has(c)), c).toBe(true);
    }
  });

  it('no label shows a machine code: the mention lists are named by their document (« Mentions obligatoires : feuille d’émargement », not « feuille-emargement »)', () => {
    // The codes of the documents that have a mention list (`feuille-emargement`, `attestation-fin-formation`…).
    const kinds = catalogue.entries.map((e) => /^docs\.(.+)\.mentions$/.exec(e.id)?.[1]).filter((k): k is string => k !== undefined);
    expect(kinds.length).toBeGreaterThan(10);
    for (const e of catalogue.entries) {
      for (const label of [e.label, e.labelEn ?? '']) {
        const words = label.split(/[\s:()«»"’',;]+/).filter(Boolean);
        expect(words.filter((w) => kinds.includes(w) && CODE.test(w)), `${e.id}: ${label}`).toEqual([]);
      }
    }
    expect(catalogue.entries.find((e) => e.id === 'docs.feuille-emargement.mentions')?.label).toBe('Mentions obligatoires : feuille d’émargement');
  });

  it('the check finds a code in a text', () => {
    expect([...codesIn({ 'opco-plan': '2h', x: [{ code: 'contrat.price', label: 'Prix', references: [{ article: 'L6353-4' }] }], y: ['L6323-4-III'] })].sort()).toEqual(['L6323-4-III', 'contrat.price', 'opco-plan']);
    expect([...codesIn({ employer: '1', from: '2020-01-01', label: 'a-b' })]).toEqual([]);
  });
});

describe('the wordings of the structured parameters', () => {
  it('orders of priority of the CPF: the tiers in order, with the names of the bases and funders', () => {
    expect(text('cpf.order.level1')).toBe(
      '1) ressources inscrites (L. 6323-13) ; 2) ressources inscrites (L. 2254-2 VI) ; 3) ressources inscrites (accord collectif, L. 6323-11) ; 4) ressources inscrites (L. 6323-4 III ou L. 6323-14) ; 5) ressources inscrites (L. 7342-3) ; 6) ressources inscrites (loi Sapin II)',
    );
    expect(text('cpf.order.level1', 'en')).toBe(
      '1) credits (L. 6323-13); 2) credits (L. 2254-2 VI); 3) credits (collective agreement, L. 6323-11); 4) credits (L. 6323-4 III or L. 6323-14); 5) credits (L. 7342-3); 6) credits (Sapin II Act)',
    );
    expect(text('cpf.order.level3')).toBe('1) abondements (employeur, OPCO, État, Région, France Travail, Agefiph, autre financeur) ; 2) abondements (titulaire)');
    expect(text('cpf.order.complementary-2020')).toContain('5) abondements (L. 6323-29) ; 6) autres ressources inscrites ; 7) abondements (employeur,');
    expect(text('cpf.order.complementary-2020', 'en')).toContain('5) top-ups (L. 6323-29); 6) other credits; 7) top-ups (employer,');
  });

  it('bases outside the ceiling of the CPF: the articles as a reader writes them, with what they are', () => {
    expect(text('cpf.accrual.outside-ceiling-bases')).toBe(
      'L. 2254-2 (licenciement après refus d’un accord de performance collective), L. 5151-9 (compte d’engagement citoyen, CEC), L. 6323-13 (abondement correctif), L. 6323-14 (accords collectifs)',
    );
    expect(text('cpf.accrual.outside-ceiling-bases', 'en')).toBe(
      'L. 2254-2 (dismissal after refusing a collective performance agreement), L. 5151-9 (civic engagement account, CEC), L. 6323-13 (corrective top-up), L. 6323-14 (collective agreements)',
    );
  });

  it('participation exemptions', () => {
    expect(text('cpf.participation.exemptions')).toBe("statut dispensé : demandeur d'emploi ; abondements exonérants : employeur (L. 6323-4 II), employeur (L. 6323-14), C2P (L. 4163-8), AT/MP (CSS L. 432-12)");
    expect(text('cpf.participation.exemptions', 'en')).toBe('exempt status: jobseeker; exempting top-ups: employer (L. 6323-4 II), employer (L. 6323-14), C2P (L. 4163-8), AT/MP (CSS L. 432-12)');
  });

  it('BPF tables: funder → frame C line, learner type → F-1 line', () => {
    expect(text('bpf.c.lineByFunder')).toMatch(/^Employeur → ligne 1, OPCO \(apprentissage\) → ligne 2a, .*OPCO \(plan de développement des compétences\) → ligne 2h, .*Autre → ligne 11$/);
    expect(text('bpf.c.lineByFunder', 'en')).toContain('OPCO (skills development plan) → line 2h');
    expect(text('bpf.f1.traineeTypeByLearnerType')).toBe('Salarié d’un employeur privé → ligne F-1 a, Apprenti → ligne F-1 b, Demandeur d’emploi → ligne F-1 c, Particulier à ses frais → ligne F-1 d, Autre → ligne F-1 e');
    expect(text('bpf.f1.traineeTypeByLearnerType', 'en')).toBe('Employee of a private employer → line F-1 a, Apprentice → line F-1 b, Jobseeker → line F-1 c, Individual paying for themselves → line F-1 d, Other → line F-1 e');
  });

  it('mention lists: by their names, a long list summarised with its count, an empty one « aucune » / "none"', () => {
    expect(text('docs.convocation.mentions')).toBe('6 mentions : intitulé de la formation ; dates ; horaires ; lieu ou lien de connexion ; contacts ; règlement intérieur remis');
    expect(text('docs.convocation.mentions', 'en')).toBe('6 mentions: training title; dates; times; place or connection link; contacts; internal rules provided');
    expect(text('docs.contrat-formation.mentions')).toMatch(/^23 mentions, dont les 8 premières : nature de l'action \(L\. 6313-1\) ; .* ; et 15 autres$/);
    expect(text('docs.contrat-formation.mentions', 'en')).toMatch(/^23 mentions, the first 8 of which: nature of the action; .*; and 15 more$/);
    // A dated mention says from when; a placeholder of a label is shown as « … ».
    expect(text('docs.convention.mentions')).toContain('taux des enseignements dispensés à distance sur la durée totale (à partir du 1er juillet 2025)');
    expect(text('docs.convention.mentions', 'en')).toContain('(from 1 July 2025)');
    expect(text('docs.reglement-interieur.mentions')).toContain('établi dans les … mois du début de l’activité');
    for (const kind of ['audit-readiness', 'cpf-plan', 'veille-reglementaire']) {
      expect(text(`docs.${kind}.mentions`), kind).toBe('aucune');
      expect(text(`docs.${kind}.mentions`, 'en'), kind).toBe('none');
    }
  });

  it('tables of the référentiel: indicators grouped by what applies to them', () => {
    expect(text('rnq.newEntrant.treatment')).toBe(
      'indicateurs 2, 3, 11, 13, 14, 19 et 24 à 26 : processus seulement à l’audit initial, mise en œuvre vérifiée à la surveillance ; indicateurs 22 et 32 : audit reporté à la surveillance',
    );
    expect(text('rnq.2026.changesVsAnnex2019', 'en')).toBe(
      'indicators 1, 2, 7, 12, 14, 15, 19, 20, 27 and 32: requirement added; indicators 3 and 30: reworded; indicator 31: form only; indicator 33: new indicator',
    );
    expect(text('rnq.referential.applicabilityColumns', 'fr', '2026-11-01')).toMatch(/ ; indicateurs 14, 15, 20, 29 et 33 : apprentissage \(4°\) seulement$/);
    expect(text('rnq.referential.applicabilityColumns', 'en', '2021-01-01')).toMatch(/^indicators 1, 2, 4 to 6, 9 to 12, 17 to 19, 21 to 27 and 30 to 32: all four categories; indicators 3 and 16: training actions \(1°\), VAE \(3°\) and apprenticeship \(4°\);/);
  });
});

describe('French amounts in law texts are written as formatEur writes them', () => {
  it('formatLawValue in euros prints what formatEur prints (narrow no-break space between thousands, no-break space before €)', () => {
    for (const a of ['0.00', '0.01', '40.00', '103.20', '1500.00', '77700.00', '1234567.80', '-103.20']) {
      expect(formatLawValue(a, 'EUR'), a).toBe(formatEur(a));
    }
    expect(formatLawValue('103.20', 'EUR')).toBe('103,20\u00a0€');
  });

  it('every French law text with € has a no-break space before it, never a plain one', () => {
    const withEuro = values.filter((v) => v.text.includes('€'));
    expect(withEuro.length).toBeGreaterThan(10);
    expect(withEuro.filter((v) => / €/.test(v.text)).map((v) => `${v.id}: ${v.text}`)).toEqual([]);
    expect(text('cpf.accrual.standard')).toBe('500,00\u00a0€ par an, plafond 5\u202f000,00\u00a0€');
  });

  it('an empty list of words is « aucun » in French, "none" in English', () => {
    expect(formatLawValue([])).toBe('aucun');
    expect(formatLawValue([], undefined, 'en')).toBe('none');
  });
});
