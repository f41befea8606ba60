// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { applicableIndicators } from './applicable.js';

// Why each indicator applies, or not, to a profile: the annex columns (L. 6313-1 1° AF, 2° BC,
// 3° VAE, 4° CFA; ../shared/domain/rnq-wordings.md §2), the conditions in the énoncés' own words
// (« Lorsque le prestataire met en œuvre des prestations conduisant à une certification
// professionnelle » → certifying; « Pour les formations en alternance » → alternance; « Lorsque le
// prestataire fait appel à la sous-traitance ou au portage salarial » → subcontracting; « périodes
// de formation en situation de travail » → work-based periods; 12: trainings of more than 2 days,
// guide V9), and the new-entrant treatment of guide V9 (rnq-v9.md §3: partial = process checked at
// the initial audit; deferred = audited at surveillance), which applies at the initial audit only
// and only when every category the indicator applies for is new.

const AF = 'action-de-formation';
const BC = 'bilan-de-competences';
const find = (r, n) => r.indicators.find((i) => i.number === n);
const excl = (r, n) => r.excluded?.find((i) => i.number === n);

describe('applicableIndicators — why, in words (2019 référentiel, audit of 15 June 2026)', () => {
  // An OF running certifying trainings (AF) and bilans (BC), new entrant for AF only.
  const profile = { categories: [AF, BC], certifying: true, newEntrant: [AF] };
  // computed inside each test (not when the file is collected), so that each test runs the code it checks
  const run = () => applicableIndicators(profile, { auditDate: '2026-06-15', includeExcluded: true });

  it('2 (result indicators) is ticked for AF and BC; BC is not new, so it is audited in full', () => {
    const r = run();
    expect(find(r, 2)).toMatchObject({
      categories: [AF, BC],
      conditionsMet: [],
      auditScope: 'full',
      why: "S'applique pour action de formation (L. 6313-1 1°), bilan de compétences (2°).",
      whyEn: 'Applies for action-de-formation, bilan-de-competences.',
    });
  });

  it('3 (pass rates) applies for AF only because the actions are certifying; AF is new and 3 is « partial »: process only', () => {
    const r = run();
    expect(find(r, 3)).toMatchObject({
      categories: [AF],
      conditionsMet: ['certifying'],
      auditScope: 'process-only',
      why: "S'applique pour action de formation (L. 6313-1 1°) sous condition : actions certifiantes. Nouvel entrant : processus formalisé vérifié à l’audit initial, mise en œuvre à la surveillance.",
      whyEn: 'Applies for action-de-formation given certifying. New entrant: process-only.',
    });
  });

  it('22 (staff development) is « deferred » for new entrants, but BC is not new: full', () => {
    const r = run();
    expect(find(r, 22)?.auditScope).toBe('full');
  });

  it('13 and 14 are excluded, each category with its reason', () => {
    const r = run();
    // 13: AF ticked, but only « pour les formations en alternance »; BC not ticked
    expect(excl(r, 13)).toMatchObject({
      criterion: 3,
      title: 'Coordination centre/entreprise en alternance',
      whyNot: "Ne s'applique pas : pour action de formation (L. 6313-1 1°), seulement si formations en alternance ; non coché pour bilan de compétences (2°).",
      whyNotEn: 'Does not apply: for action-de-formation, only with alternance; not ticked for bilan-de-competences.',
      status: 'confirmed',
    });
    // 14: CFA only (4°)
    expect(excl(r, 14)?.whyNot).toBe("Ne s'applique pas : non coché pour action de formation (L. 6313-1 1°) ; non coché pour bilan de compétences (2°).");
    expect(r.indicators.length + r.excluded.length).toBe(32);
  });

  it('the explanation names the référentiel, the profile and the counts', () => {
    const r = run();
    expect(r.explanation.map((s) => [s.code, s.label, s.labelEn])).toEqual([
      ['REFERENTIAL_SELECTED', 'Référentiel applicable : Référentiel national qualité 2019 (décret n° 2019-565), lu avec le guide de lecture V9 (32 indicateurs).', 'Référentiel: rnq-2019-v9 (32 indicators).'],
      ['PROFILE', 'Catégories : action de formation (L. 6313-1 1°), bilan de compétences (2°) ; audit initial ; nouvel entrant pour : action de formation (L. 6313-1 1°).', 'Categories: action-de-formation, bilan-de-competences; initial audit; new entrant for: action-de-formation.'],
      ['APPLICABLE_COUNT', '25 indicateur(s) applicable(s), 7 exclu(s).', '25 applicable indicator(s).'],
    ]);
    expect(r.explanation[2].amounts).toEqual({ applicable: '25', deferred: '0' });
  });

  it('the result names the référentiel with its validity, and no warning (the 2019 columns are the annex)', () => {
    const r = run();
    expect(r.referential).toEqual({ id: 'rnq-2019-v9', label: 'Référentiel national qualité 2019 (décret n° 2019-565), lu avec le guide de lecture V9', status: 'confirmed', from: '2024-03-08', to: '2026-10-31', indicatorCount: 32, guideVersion: 'V9 (8 janvier 2024)' });
    expect(r.auditType).toBe('initial');
    expect(r.warnings).toEqual([]);
    // each reference once, though every indicator cites the annex
    const keys = r.references.map((x) => `${x.article}|${x.title}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(r.references.some((x) => x.legifranceId === 'LEGIARTI000038591641')).toBe(true);
  });
});

describe('applicableIndicators — new entrants (guide V9), by audit type', () => {
  it('new entrant for every category at the initial audit: 22 and 32 deferred, the « partial » ones process-only', () => {
    const r = applicableIndicators({ categories: [AF], newEntrant: true }, { auditDate: '2026-06-15' });
    expect(r.indicators.filter((i) => i.auditScope === 'deferred').map((i) => i.number)).toEqual([22, 32]);
    expect(r.indicators.filter((i) => i.auditScope === 'process-only').map((i) => i.number)).toEqual([2, 11, 19, 24, 25, 26]);
    expect(find(r, 22)).toMatchObject({
      why: "S'applique pour action de formation (L. 6313-1 1°). Nouvel entrant : audité seulement à l’audit de surveillance.",
      whyEn: 'Applies for action-de-formation. New entrant: deferred.',
    });
    expect(r.explanation[2].amounts).toEqual({ applicable: '22', deferred: '2' });
    expect(r.explanation[2].label).toBe('22 indicateur(s) applicable(s).');
  });

  it('at a surveillance or renewal audit nothing is deferred any more', () => {
    for (const auditType of ['surveillance', 'renewal']) {
      const r = applicableIndicators({ categories: [AF], newEntrant: true }, { auditDate: '2026-06-15', auditType });
      expect(r.auditType).toBe(auditType);
      expect(r.indicators.every((i) => i.auditScope === 'full')).toBe(true);
      expect(r.explanation[1].label).toBe(`Catégories : action de formation (L. 6313-1 1°) ; audit ${auditType} ; nouvel entrant pour : action de formation (L. 6313-1 1°).`);
    }
  });

  it('not a new entrant: no mention in the profile step', () => {
    const r = applicableIndicators({ categories: ['vae'] }, { auditDate: '2026-06-15' });
    expect(r.explanation[1]).toMatchObject({ label: 'Catégories : VAE (3°) ; audit initial.', labelEn: 'Categories: vae; initial audit.' });
    expect(r.indicators.every((i) => i.auditScope === 'full')).toBe(true);
  });
});

describe('applicableIndicators — conditions', () => {
  it('12 (dropouts): trainings of more than 2 days by default (guide V9); short trainings only excludes it', () => {
    expect(find(applicableIndicators({ categories: [AF] }, { auditDate: '2026-06-15' }), 12)?.conditionsMet).toEqual(['long-trainings']);
    const short = applicableIndicators({ categories: [AF], longTrainings: false }, { auditDate: '2026-06-15', includeExcluded: true });
    expect(find(short, 12)).toBeUndefined();
    expect(excl(short, 12)?.whyNot).toBe("Ne s'applique pas : pour action de formation (L. 6313-1 1°), seulement si formations de plus de 2 jours.");
    expect(excl(short, 12)?.whyNotEn).toBe('Does not apply: for action-de-formation, only with long-trainings.');
  });

  it('27 (subcontracting) and 28 (work-based periods) apply only when the OF says so', () => {
    const none = applicableIndicators({ categories: [AF] }, { auditDate: '2026-06-15', includeExcluded: true });
    expect(excl(none, 27)?.whyNot).toBe("Ne s'applique pas : pour action de formation (L. 6313-1 1°), seulement si sous-traitance ou portage salarial.");
    expect(excl(none, 28)?.whyNot).toBe("Ne s'applique pas : pour action de formation (L. 6313-1 1°), seulement si périodes de formation en situation de travail.");
    const both = applicableIndicators({ categories: [AF], subcontracting: true, workBasedPeriods: true, alternance: true }, { auditDate: '2026-06-15' });
    expect(find(both, 27)?.why).toBe("S'applique pour action de formation (L. 6313-1 1°) sous condition : sous-traitance ou portage salarial.");
    expect(find(both, 28)?.conditionsMet).toEqual(['work-based-periods']);
    expect(find(both, 13)?.whyEn).toBe('Applies for action-de-formation given alternance.');
  });

  it('a CFA: 13 applies without the alternance condition (apprenticeship is alternance), 14, 15, 20, 29 apply (4° only)', () => {
    const r = applicableIndicators({ categories: ['apprentissage'] }, { auditDate: '2026-06-15' });
    expect(find(r, 13)).toMatchObject({ categories: ['apprentissage'], conditionsMet: [], why: "S'applique pour apprentissage (4°)." });
    for (const n of [14, 15, 20, 29]) expect(find(r, n)?.categories).toEqual(['apprentissage']);
  });
});

describe('applicableIndicators — extra requirements of guide V9 by profile', () => {
  it('certifying actions: exact title and RNCP/RS code (1), objectives (5), contents (6), prerequisites (8)', () => {
    const r = applicableIndicators({ categories: [AF], certifying: true }, { auditDate: '2026-06-15' });
    expect(find(r, 1)?.extraRequirements).toEqual(['Actions certifiantes : intitulé exact, code RNCP/RS, certificateur et date d’enregistrement (guide V9).']);
    expect(find(r, 5)?.extraRequirements).toEqual(['Actions certifiantes : objectifs cohérents avec la fiche RNCP/RS (guide V9).']);
    expect(find(r, 6)?.extraRequirements).toEqual(['Actions certifiantes : contenus cohérents avec le référentiel de la certification (guide V9).']);
    expect(find(r, 8)?.extraRequirements).toEqual(['Actions certifiantes : prérequis cohérents avec la fiche RNCP/RS (guide V9).']);
    // apprenticeship prepares a certification: the same points without the flag
    const cfa = applicableIndicators({ categories: ['apprentissage'] }, { auditDate: '2026-06-15' });
    expect(find(cfa, 8)?.extraRequirements).toEqual(['Actions certifiantes : prérequis cohérents avec la fiche RNCP/RS (guide V9).']);
    // neither certifying nor apprenticeship: none of them
    const plain = applicableIndicators({ categories: [AF] }, { auditDate: '2026-06-15' });
    for (const n of [1, 5, 6, 8]) expect(find(plain, n)?.extraRequirements).toEqual([]);
  });

  it('distance learning (FOAD): 9, 10, 17, 19 (D. 6313-3-1), and the 2026 checks on 19', () => {
    const v9 = applicableIndicators({ categories: [AF], distanceLearning: true }, { auditDate: '2026-06-15' });
    expect(find(v9, 9)?.extraRequirements).toEqual(['FOAD : modalités d’accès à la plateforme et d’assistance technique et pédagogique communiquées (guide V9).']);
    expect(find(v9, 10)?.extraRequirements).toEqual(['FOAD : accompagnement technique et pédagogique traçable (guide V9).']);
    expect(find(v9, 17)?.extraRequirements).toEqual(['FOAD : plateformes (LMS) comptées parmi les moyens (guide V9).']);
    expect(find(v9, 19)?.extraRequirements).toEqual(['FOAD : assistance technique et pédagogique appropriée, information sur les activités et leur durée moyenne, évaluations (D. 6313-3-1).']);
    const y26 = applicableIndicators({ categories: [AF], distanceLearning: true }, { auditDate: '2026-12-15' });
    expect(find(y26, 19)?.extraRequirements).toEqual([
      'FOAD : assistance technique et pédagogique appropriée, information sur les activités et leur durée moyenne, évaluations (D. 6313-3-1).',
      '2026 : vérifier l’effectivité du suivi des modules à distance par les apprenants (décret n° 2026-728, non vérifié).',
      '2026 : référent pédagogique par formation au-delà d’un nombre d’intervenants fixé par arrêté (non publié).',
    ]);
    // without distance learning, 2026 still asks for the pedagogical referent (19) and, for a CFA, the supervision (20)
    const cfa26 = applicableIndicators({ categories: ['apprentissage'] }, { auditDate: '2026-12-15' });
    expect(find(cfa26, 19)?.extraRequirements).toEqual(['2026 : référent pédagogique par formation au-delà d’un nombre d’intervenants fixé par arrêté (non publié).']);
    expect(find(cfa26, 20)?.extraRequirements).toEqual(['2026 : supervision renforcée si la part d’heures par des permanents est sous un seuil fixé par arrêté (non publié).']);
    expect(find(cfa26, 9)?.extraRequirements).toEqual([]);
    expect(find(applicableIndicators({ categories: ['apprentissage'] }, { auditDate: '2026-06-15' }), 20)?.extraRequirements).toEqual([]);
  });

  it('bilan de compétences alone: 9, 10, 30 as guide V9 reads them; with another category, funders on 30', () => {
    const bc = applicableIndicators({ categories: [BC] }, { auditDate: '2026-06-15' });
    expect(find(bc, 9)?.extraRequirements).toEqual(['Bilan de compétences : engagements déontologiques, consentement et confidentialité (L. 6313-4 ; guide V9).']);
    expect(find(bc, 10)?.extraRequirements).toEqual(['Bilan de compétences : convention précisant durée, coût, calendrier et les 3 phases (guide V9).']);
    expect(find(bc, 30)?.extraRequirements).toEqual(['Bilan de compétences : appréciations des bénéficiaires et des équipes pédagogiques seulement ; questionnaire en fin de bilan et à 6 mois (guide V9).']);
    const mixed = applicableIndicators({ categories: [BC, 'vae'] }, { auditDate: '2026-06-15' });
    expect(find(mixed, 30)?.extraRequirements).toEqual(['Financeurs sollicités au moins une fois par an (ou participation à leurs webinaires) (guide V9).']);
    expect(find(mixed, 9)?.extraRequirements).toEqual([]);
  });
});

describe('applicableIndicators — disputed points of the 2026 référentiel carry a warning', () => {
  it('8 for a BC-only OF: excluded by default (annex columns AF + CFA), with the indicator8Scope2026 warning', () => {
    const r = applicableIndicators({ categories: [BC] }, { auditDate: '2026-12-15' });
    expect(find(r, 8)).toBeUndefined();
    expect(r.warnings.filter((w) => w.code === 'DISPUTED_VALUE').map((w) => [w.option, w.parameter])).toEqual([['indicator8Scope2026', 'rnq.indicator.8']]);
    // an OF that also runs AF: 8 applies through AF, no dispute matters
    const af = applicableIndicators({ categories: [BC, AF] }, { auditDate: '2026-12-15' });
    expect(find(af, 8)?.categories).toEqual([AF]);
    expect(af.warnings.filter((w) => w.code === 'DISPUTED_VALUE')).toEqual([]);
    // the other reading: 8 applies to BC too, still with the warning
    const all = applicableIndicators({ categories: [BC] }, { auditDate: '2026-12-15', indicator8Scope2026: 'all-categories' });
    expect(find(all, 8)?.categories).toEqual([BC]);
    expect(all.warnings.filter((w) => w.code === 'DISPUTED_VALUE').map((w) => w.option)).toEqual(['indicator8Scope2026']);
  });

  it('12 for short trainings (2026): applies by default, warned; 33 for a CFA: grade and, for a new entrant at the initial audit, its treatment', () => {
    const r = applicableIndicators({ categories: ['apprentissage'], newEntrant: true, longTrainings: false }, { auditDate: '2026-12-15' });
    expect(find(r, 12)?.categories).toEqual(['apprentissage']);
    expect(r.warnings.filter((w) => w.code === 'DISPUTED_VALUE').map((w) => w.option)).toEqual(['indicator12Scope2026', 'indicator33Grade', 'indicator33NewEntrant']);
    const surveillance = applicableIndicators({ categories: ['apprentissage'], newEntrant: true }, { auditDate: '2026-12-15', auditType: 'surveillance' });
    expect(surveillance.warnings.filter((w) => w.code === 'DISPUTED_VALUE').map((w) => w.option)).toEqual(['indicator33Grade']);
    // 33 is CFA-only: an AF has neither 33 nor its warnings
    const af = applicableIndicators({ categories: [AF], newEntrant: true }, { auditDate: '2026-12-15' });
    expect(find(af, 33)).toBeUndefined();
    expect(af.warnings.filter((w) => w.code === 'DISPUTED_VALUE')).toEqual([]);
  });

  it('the 2026 référentiel has no end date yet', () => {
    const r = applicableIndicators({ categories: ['vae'] }, { auditDate: '2026-12-15' });
    expect(r.referential.id).toBe('rnq-2026');
    expect('to' in r.referential).toBe(false);
    expect(r.referential.from).toBe('2026-11-01');
  });
});

describe('applicableIndicators — when a disputed reading matters, and the references cited', () => {
  const disputed = (r) => r.warnings.filter((w) => w.code === 'DISPUTED_VALUE').map((w) => w.option);

  it('8 (2026): the dispute matters to an OF with BC or VAE and neither AF nor CFA', () => {
    expect(disputed(applicableIndicators({ categories: ['vae'] }, { auditDate: '2026-12-15' }))).toEqual(['indicator8Scope2026']);
    expect(disputed(applicableIndicators({ categories: ['vae', 'apprentissage'] }, { auditDate: '2026-12-15' }))).toEqual(['indicator33Grade']);
    // in the all-categories reading, an OF with AF and BC has 8 through AF anyway: no warning
    const both = applicableIndicators({ categories: [AF, BC] }, { auditDate: '2026-12-15', indicator8Scope2026: 'all-categories' });
    expect(find(both, 8)?.categories).toEqual([AF, BC]);
    expect(disputed(both)).toEqual([]);
    // the 2019 annex is not disputed
    expect(disputed(applicableIndicators({ categories: [BC] }, { auditDate: '2026-06-15' }))).toEqual([]);
  });

  it('12: short trainings are only a dispute under the 2026 text', () => {
    expect(applicableIndicators({ categories: [AF], longTrainings: false }, { auditDate: '2026-06-15' }).warnings).toEqual([]);
    expect(disputed(applicableIndicators({ categories: [AF], longTrainings: false }, { auditDate: '2026-12-15' }))).toEqual(['indicator12Scope2026']);
    expect(disputed(applicableIndicators({ categories: [AF] }, { auditDate: '2026-12-15' }))).toEqual([]);
  });

  it('33: the new-entrant reading matters only when the apprenticeship activity itself is new', () => {
    const afNew = applicableIndicators({ categories: [AF, 'apprentissage'], newEntrant: [AF] }, { auditDate: '2026-12-15' });
    expect(disputed(afNew)).toEqual(['indicator33Grade']);
    const cfaNew = applicableIndicators({ categories: [AF, 'apprentissage'], newEntrant: ['apprentissage'] }, { auditDate: '2026-12-15' });
    expect(disputed(cfaNew)).toEqual(['indicator33Grade', 'indicator33NewEntrant']);
  });

  it('the 2026 référentiel is provisional: its warning comes first', () => {
    const r = applicableIndicators({ categories: ['vae'] }, { auditDate: '2026-12-15' });
    expect(r.warnings[0]).toMatchObject({ code: 'PROVISIONAL_VALUE' });
  });

  it('references follow the indicators that apply: R. 6333-6-2/-3 only with subcontracting (27)', () => {
    const arts = (r) => r.references.map((x) => x.article);
    const plain = applicableIndicators({ categories: [AF] }, { auditDate: '2026-06-15' });
    const sub = applicableIndicators({ categories: [AF], subcontracting: true }, { auditDate: '2026-06-15' });
    expect(arts(plain)).not.toContain('R6333-6-2');
    expect(arts(sub)).toEqual(expect.arrayContaining(['R6333-6-2', 'R6333-6-3']));
    // the référentiel's own references come first
    expect(plain.references.slice(0, plain.explanation[0].references.length)).toEqual(plain.explanation[0].references);
    expect(plain.explanation[0].references.length).toBeGreaterThan(0);
    // the count rests on D. 6316-1-1 (the indicators of the référentiel, in the annex) and the guide V9
    expect(plain.explanation[2].references.map((x) => x.article)).toEqual(['D6316-1-1', 'Guide de lecture RNQ V9 du 8 janvier 2024']);
  });
});
