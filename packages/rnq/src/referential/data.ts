/**
 * The two encoded référentiels as data. Sources: the annex of the Code du travail
 * (LEGIARTI000038591641, `../shared/domain/rnq-wordings.md` §1–§2, `../shared/domain/corrections-2026-12.md` §1)
 * for the 2019 énoncés and columns; `../shared/domain/rnq-v9.md` §1–§5 (guide de lecture V9) for
 * what the guide adds; `../shared/domain/rnq-2026.md` and `rnq-wordings.md` §3 for décret
 * n° 2026-728 (transcribed, not read). The facts that are law (columns, the major-only list, the
 * new-entrant treatment, the indicators changed in 2026) are dated parameters of `rnqRules`
 * (`rules.ts`), read at the audit date and passed in here as {@link LawFacts}; this file keeps the
 * logic and the editorial content (our titles, English summaries, guide examples, conditions).
 */
import type { LegalRef, ParameterStatus } from '@ofkit/core';
import { REF } from '../shared/references.js';
import { CRITERIA_HEADINGS, WORDING_2019, WORDING_2026, typography } from './annex.js';
import type {
  Category,
  CategoryApplicability,
  ChangeVs2019,
  Condition,
  Criterion,
  Dispute,
  Indicator,
  NonConformityGrade,
} from './types.js';

const EN: Readonly<Record<Criterion['number'], string>> = {
  1: 'Public information: offer, access lead times, results',
  2: 'Objectives and design adapted to the learners',
  3: 'Delivery: welcome, support, follow-up, assessment',
  4: 'Adequate teaching, technical and supervisory resources',
  5: 'Staff qualification and development',
  6: 'Engagement with the professional environment',
  7: 'Feedback, complaints, continuous improvement',
};

/** The 7 criteria of R. 6316-1, headed as part I of the annex writes them. */
export const CRITERIA: readonly Criterion[] = ([1, 2, 3, 4, 5, 6, 7] as const).map((number) => ({
  number,
  heading: typography(CRITERIA_HEADINGS[number]),
  headingEn: EN[number],
}));

/**
 * The facts of the law one référentiel is built from, as read from `rnqRules` at the audit date
 * (see `rules.ts`: `applicabilityColumns`, `majorOnlyIndicators`, `newEntrantTreatment`,
 * `indicatorChanges2026`).
 */
export interface LawFacts {
  /** Categories ticked for each indicator (the « x » of the annex table). */
  readonly columns: Readonly<Record<number, readonly Category[]>>;
  /** Status of the columns value read (confirmed for the 2019 annex, provisional for 2026). */
  readonly columnsStatus: ParameterStatus;
  readonly majorOnly: readonly number[];
  readonly newEntrant: Readonly<Record<number, 'deferred' | 'partial'>>;
  /** 2026 only: what changed against the 2019 annex, by indicator (absent = unchanged). */
  readonly changes2026: Readonly<Record<number, ChangeVs2019>>;
}

type Key = 'af' | 'bc' | 'vae' | 'cfa';
type Cats = Partial<Record<Key, readonly Condition[]>>;
const KEY: Record<Key, Category> = {
  af: 'action-de-formation', bc: 'bilan-de-competences', vae: 'vae', cfa: 'apprentissage',
};
const KEYS: readonly Key[] = ['af', 'bc', 'vae', 'cfa'];
/**
 * Conditions by category. Whether a category is ticked at all comes from the `applicabilityColumns`
 * parameter; a ticked category absent here has no condition.
 */
const ALL: Cats = { af: [], bc: [], vae: [], cfa: [] };

interface Row {
  n: number;
  c: Indicator['criterion'];
  title: string;
  en: string;
  level: string;
  levelSrc: Indicator['expectedLevelSource'];
  /** Conditions under which the indicator applies to each ticked category (from the énoncé's own words, and guide V9 for 12). */
  cats: Cats;
  evidence: string;
  /** Per-category extra status/notes. */
  cellNotes?: Partial<Record<Key, { status: ParameterStatus; note: string; option?: CategoryApplicability['option'] }>>;
}

/** The source of most expected levels, written once (the string recurs 26 times: 475 bytes of the `assessReadiness` bundle). */
const G7: Row['levelSrc'] = 'guide-v7-era-seed';

const ROWS_V9: readonly Row[] = [
  { n: 1, c: 1, title: 'Information du public sur les prestations', en: 'Publish accessible, detailed, verifiable information on each offer: prerequisites, objectives, duration, access modalities and lead time, price, contacts, methods, assessment modalities, disability accessibility', level: 'Information that is accessible and exhaustive (every listed item), dated and kept up to date', levelSrc: G7, cats: ALL, evidence: 'Brochure, website, social media, quotes/contracts, CGV; accessibility policy; for BC a document recalling the legal frame, aims and funding; for certifying training: exact title, RNCP/RS code, certifier, registration date' },
  { n: 2, c: 1, title: 'Indicateurs de résultats', en: 'Publish result indicators suited to the service and the audience', level: 'Quantified information on the performance and completion of the service', levelSrc: G7, cats: ALL, evidence: 'Satisfaction rate, number of trainees, dropout rate and causes, survey response rate, interruption rate, alternance-contract rupture rate, employment rate; BC: 6-month follow-up; VAE: success rates; CFA: the L. 6111-8 indicators (InserJeunes)' },
  { n: 3, c: 1, title: 'Taux d’obtention, blocs, passerelles, débouchés', en: 'For certifying services: publish certification pass rates, block-by-block validation, equivalences, bridges, further studies, job outcomes', level: 'Information for the public that is accessible, exhaustive and up to date (an absent pass rate cannot be a minor NC)', levelSrc: G7, cats: { af: ['certifying'], vae: [], cfa: [] }, evidence: 'Pass rate shown relative to the rate of presentation to the exam, blocks, bridges, outcomes (employment rate and rate in the target job, per the RNCP sheet)', cellNotes: { cfa: { status: 'confirmed', note: "Colonne apprentissage cochée (« Y (cert) ») : l'apprentissage prépare une certification." } } },
  { n: 4, c: 2, title: 'Analyse du besoin', en: "Analyse the beneficiary's need together with the company and/or funder", level: 'Show how the need is analysed with regard to the purpose of the service', levelSrc: G7, cats: ALL, evidence: 'Needs-analysis grid, prior diagnosis, admission file, interview notes; VAE: accompaniment contract; BC: preliminary-phase tool; CFA: analysis before the contract' },
  { n: 5, c: 2, title: 'Objectifs opérationnels et évaluables', en: 'Define operational and assessable objectives', level: 'Show that the objectives are operational and assessable', levelSrc: G7, cats: ALL, evidence: 'Objectives sheet, targeted competences, certification reference; VAE: work programme with planned durations' },
  { n: 6, c: 2, title: 'Contenus et modalités adaptés', en: 'Set contents and delivery modalities fitted to the objectives and the audience', level: 'Show that contents and modalities fit the objectives for the beneficiaries concerned', levelSrc: G7, cats: ALL, evidence: 'Course outline, evaluation grids, on-site/remote/blended modalities, calendar; disability adaptations' },
  { n: 7, c: 2, title: 'Adéquation du contenu à la certification', en: 'For certifying services: ensure content matches the requirements of the targeted certification', level: "Show that the content matches the targeted competences and the certification's assessment tests", levelSrc: G7, cats: { af: ['certifying'], cfa: [] }, evidence: 'Cross-reference table of content vs competence framework, certifier habilitation or partnership agreement', cellNotes: { af: { status: 'confirmed', note: 'Actions certifiantes seulement.' } } },
  { n: 8, c: 2, title: 'Positionnement et évaluation des acquis à l’entrée', en: 'Set entry positioning and prior-learning assessment procedures', level: 'Show that positioning and entry assessment procedures are implemented and suited to the audience and modality', levelSrc: G7, cats: { af: [], cfa: [] }, evidence: 'Diagnostic, interview, entry quiz/practical test, self-positioning, stated access conditions' },
  { n: 9, c: 3, title: 'Information sur les conditions de déroulement', en: 'Inform beneficiaries how the service will run', level: 'Welcome arrangements and delivery conditions are formalised and communicated', levelSrc: G7, cats: ALL, evidence: 'Internal rules, welcome booklet, convocation, referents; FOAD: LMS access and assistance; minors: guardians informed; BC: deontology (L. 6313-4)' },
  { n: 10, c: 3, title: 'Adaptation de la prestation, de l’accompagnement et du suivi', en: 'Deliver and adapt the service, support and follow-up to the beneficiaries', level: 'The service is adapted to each profile: contents, support, follow-up (duration, timetable, pace)', levelSrc: G7, cats: ALL, evidence: 'Timetables, level groups, pedagogical referent, follow-up booklet, traceability of technical and pedagogical support; BC: convention with the 3 phases' },
  { n: 11, c: 3, title: 'Évaluation de l’atteinte des objectifs', en: 'Assess whether beneficiaries reached the objectives', level: 'An assessment process exists, is formalised and applied, and shows whether objectives were met', levelSrc: G7, cats: ALL, evidence: 'Assessments during and at the end, self-assessment, pass rates, proof of certification awarded; VAE: candidate progress file' },
  { n: 12, c: 3, title: 'Engagement des bénéficiaires, prévention des ruptures', en: 'Describe and apply measures that foster engagement and prevent dropouts (V9: trainings longer than 2 days)', level: 'Formalised measures exist and are applied', levelSrc: G7, cats: { af: ['long-trainings'], bc: ['long-trainings'], vae: ['long-trainings'], cfa: ['long-trainings'] }, evidence: 'Dropout procedure with follow-up calls, call log, engagement tools; alternance: company visits' },
  { n: 13, c: 3, title: 'Coordination centre/entreprise en alternance', en: "For alternance: with the company, plan the apprentice's missions and coordinate progressive learning between centre and company", level: 'A formalised process links learning at the centre with learning at the company, and it is applied', levelSrc: G7, cats: { af: ['alternance'], cfa: [] }, evidence: 'Follow-up booklet, tutor dialogue, plannings, company-visit reports', cellNotes: { af: { status: 'confirmed', note: "Coché pour les actions de formation (1°) par l'annexe, dans les termes de l'indicateur : « Pour les formations en alternance »." } } },
  { n: 14, c: 3, title: 'Accompagnement socio-professionnel, éducatif, citoyenneté', en: 'Provide socio-professional, educational and citizenship support', level: 'Support is formalised and delivered through specific projects', levelSrc: G7, cats: { cfa: [] }, evidence: 'Sports/cultural projects, citizenship actions, financial aid, social workers, housing support' },
  { n: 15, c: 3, title: 'Droits et devoirs de l’apprenti, santé-sécurité', en: 'Inform apprentices of their rights and duties and of occupational health and safety rules', level: 'Apprentices are informed of their rights/duties and of health and safety rules', levelSrc: G7, cats: { cfa: [] }, evidence: 'CFA internal rules, information media, welcome booklet' },
  { n: 16, c: 3, title: 'Conditions de présentation à la certification', en: "For certifying training: ensure candidates are presented to the certification in line with the certifier's formal requirements", level: "The certifier's formal requirements are met whenever candidates are presented", levelSrc: G7, cats: { af: ['certifying'], vae: [], cfa: [] }, evidence: 'Exam registration proof, habilitation or partnership, exam rules, PV; VAE: jury calendars requested' },
  { n: 17, c: 4, title: 'Moyens humains, techniques, locaux', en: 'Provide adequate human and technical means and a suitable environment', level: 'Premises, equipment and people are suited to the service(s)', levelSrc: G7, cats: ALL, evidence: 'Lease, accessibility register, DUERP, equipment/LMS, CVs, subcontracting contracts; BC: confidential setting' },
  { n: 18, c: 4, title: 'Coordination des intervenants', en: 'Mobilise and coordinate internal/external staff', level: 'The functions needed for the service are coordinated', levelSrc: G7, cats: ALL, evidence: 'Organigram, list of contributors and referents, contracts, team-meeting minutes (an independent may hold every function)' },
  { n: 19, c: 4, title: 'Ressources pédagogiques et appropriation', en: 'Provide learning resources and make sure beneficiaries can use them', level: 'Resources exist, are current and available, and there are arrangements so learners can use them', levelSrc: G7, cats: ALL, evidence: 'Course materials, access modalities, tutorials/hotline, traceability of remote pedagogical support; FOAD: assistance required by D. 6313-3-1' },
  { n: 20, c: 4, title: 'Mobilité, référent handicap, conseil de perfectionnement', en: 'Have staff dedicated to mobility, a disability referent, and a « conseil de perfectionnement »', level: "Produce the council's member list and last minutes, the mobility staff and their actions, and the disability referent's name, contact and actions", levelSrc: 'guide-v9', cats: { cfa: [] }, evidence: 'Council members and last minutes; mobility staff and actions; disability referent appointment and actions' },
  { n: 21, c: 5, title: 'Compétences des intervenants', en: 'Define, mobilise and evaluate the competences of internal/external staff', level: 'Required competences are defined upfront and suited to the service; the provider verifies they are mastered', levelSrc: 'guide-v9', cats: ALL, evidence: 'Competence needs, CVs, initial and continuing training, disability awareness; BC: psychometric-test certifications; VAE: accompanists trained' },
  { n: 22, c: 5, title: 'Développement des compétences des salariés', en: "Maintain and develop employees' competences", level: 'A competence development plan covers all staff', levelSrc: G7, cats: ALL, evidence: 'Skills development plan, professional interviews; independents show their own CPD' },
  { n: 23, c: 6, title: 'Veille légale et réglementaire', en: 'Monitor training law and regulation and use the findings', level: 'Legal and regulatory watch is in place, taken into account and communicated internally', levelSrc: 'guide-v9', cats: ALL, evidence: 'Subscriptions, memberships, updated contracts/CGV after legal change, disability regulation watch' },
  { n: 24, c: 6, title: 'Veille métiers, emplois, compétences', en: 'Monitor changes in skills, jobs and employment in one\'s sectors and use the findings', level: 'Watch on the indicator\'s topics is in place, with its possible impact on the services', levelSrc: 'guide-v9', cats: ALL, evidence: 'Watch file, conferences, networks, journals, resulting changes to offers' },
  { n: 25, c: 6, title: 'Veille innovations pédagogiques et technologiques', en: 'Monitor pedagogical and technological innovation and use the findings', level: 'Same as 24, for pedagogical and technological innovation', levelSrc: 'guide-v9', cats: ALL, evidence: 'Watch evidence plus feasibility analysis of innovations and changes to tools' },
  { n: 26, c: 6, title: 'Réseau handicap', en: 'Mobilise the expertise, tools and networks needed to welcome, train or refer people with disabilities', level: 'A network of disability partners and experts is in place; when PSH are welcomed, the specific measures are shown', levelSrc: G7, cats: ALL, evidence: 'Local partners (Agefiph, Cap emploi, MDPH), disability referent, accessibility charter' },
  { n: 27, c: 6, title: 'Sous-traitance / portage salarial', en: 'When using subcontracting or wage portage, ensure the subcontractor complies with the RNQ', level: 'Show the arrangements used to check that the subcontractor or ported worker complies with the RNQ', levelSrc: 'guide-v9', cats: { af: ['subcontracting'], bc: ['subcontracting'], vae: ['subcontracting'], cfa: ['subcontracting'] }, evidence: 'Subcontracting contracts, selection and steering process, quality charter, documents from subcontractors' },
  { n: 28, c: 6, title: 'Réseau de partenaires (situation de travail)', en: 'When the service includes work-based periods, mobilise socio-economic partners to co-design the training and help host learners', level: 'A network of socio-economic partners is mobilised throughout the service', levelSrc: G7, cats: { af: ['work-based-periods'], cfa: [] }, evidence: 'Steering committees, partner companies, partnership conventions, alternance booklet' },
  { n: 29, c: 6, title: 'Insertion professionnelle, poursuite d’études', en: 'Run actions that help learners into work or further study', level: 'Actions supporting employment or further study exist', levelSrc: G7, cats: { cfa: [] }, evidence: 'Orientation fairs, CV workshops, job-search help, alumni network' },
  { n: 30, c: 7, title: 'Recueil des appréciations', en: 'Collect appreciations from stakeholders: beneficiaries, funders, teaching teams, companies', level: 'A system collects appreciations at a relevant frequency, with reminders, and lets people speak freely', levelSrc: G7, cats: ALL, evidence: 'Satisfaction surveys (hot/cold); funders at least once a year; BC: end and 6 months; learning assessments are not valid evidence', cellNotes: { bc: { status: 'confirmed', note: 'BC : seules les appréciations des bénéficiaires et des équipes pédagogiques sont exigées (guide V9).' } } },
  { n: 31, c: 7, title: 'Traitement des difficultés, réclamations, aléas', en: "Handle stakeholders' difficulties and complaints, and incidents arising during the service", level: 'Arrangements for handling incidents, difficulties and complaints are in place', levelSrc: G7, cats: ALL, evidence: 'Complaint procedure (acknowledgement + answer), complaint log, mediation' },
  { n: 32, c: 7, title: 'Mesures d’amélioration', en: 'Implement improvement measures based on the analysis of appreciations and complaints', level: 'A continuous-improvement approach is in place', levelSrc: G7, cats: ALL, evidence: 'Analysis of dropout/dissatisfaction causes, improvement action plan, tracking table' },
];

/**
 * Where the guide de lecture V9 prints an énoncé that differs from the annex (the annex is the law):
 * `../shared/domain/rnq-wordings.md` §2, « Differences between the annex and the guide V9 énoncé ».
 */
const GUIDE_V9_VARIANTS: Readonly<Record<number, string>> = {
  9: "Le guide de lecture V9 écrit « informe les publics bénéficiaires des conditions de déroulement » ; l'annexe, qui fait foi, écrit « sur les conditions ».",
  28: "Le guide de lecture V9 écrit « coconstruire » ; l'annexe, qui fait foi, écrit « co-construire ».",
  30: "Le guide de lecture V9 écrit « entreprise concernées » (au singulier) ; l'annexe, qui fait foi, écrit « entreprises concernées ».",
};

function cellsOf(
  row: Row,
  law: LawFacts,
  version: 'v9' | '2026',
  extra: Partial<Record<Key, readonly Condition[]>> = {},
): Partial<Record<Category, CategoryApplicability>> {
  const ticked = new Set(law.columns[row.n] ?? []);
  const out: Partial<Record<Category, CategoryApplicability>> = {};
  for (const k of KEYS) {
    const inColumns = ticked.has(KEY[k]);
    const conds = inColumns ? (row.cats[k] ?? []) : extra[k];
    if (conds === undefined) continue;
    const cell = row.cellNotes?.[k];
    const base: ParameterStatus = version === '2026' && law.columnsStatus === 'confirmed' ? 'provisional' : law.columnsStatus;
    const status: ParameterStatus = cell?.status === 'disputed' ? 'disputed' : base === 'confirmed' ? (cell?.status ?? 'confirmed') : base;
    out[KEY[k]] = {
      conditions: conds,
      status,
      ...(cell?.option !== undefined ? { option: cell.option } : {}),
      ...(cell?.note !== undefined ? { note: cell.note } : {}),
    };
  }
  return out;
}

function grade(law: LawFacts, n: number): NonConformityGrade {
  return law.majorOnly.includes(n) ? 'major-only' : 'minor-or-major';
}

function refsOf(n: number, base: LegalRef[]): LegalRef[] {
  const references = [...base];
  if (n === 19) references.push(REF.d6313_3_1);
  if (n === 2) references.push(REF.l6111_8);
  if (n === 27) references.push(REF.r6333_6_2, REF.r6333_6_3);
  return references;
}

/** The 32 indicators of the 2019 RNQ (énoncés and columns of the annex), read with guide V9. */
export function buildIndicatorsV9(law: LawFacts): Indicator[] {
  return ROWS_V9.map((row) => {
    const raw = WORDING_2019[row.n];
    const wording = raw !== undefined ? typography(raw) : null;
    const wordingNote = GUIDE_V9_VARIANTS[row.n];
    return {
      number: row.n,
      criterion: row.c,
      title: row.title,
      wording,
      wordingStatus: wording !== null ? 'legal-text' : 'not-in-notes',
      ...(wordingNote !== undefined ? { wordingNote } : {}),
      summaryEn: row.en,
      expectedLevelEn: row.level,
      expectedLevelSource: row.levelSrc,
      applicability: cellsOf(row, law, 'v9'),
      nonConformity: grade(law, row.n),
      newEntrant: law.newEntrant[row.n] ?? null,
      typicalEvidenceEn: row.evidence,
      status: law.columnsStatus,
      disputes: [],
      references: refsOf(row.n, [REF.rnqAnnex, REF.decret2019_565, REF.guideV9, REF.arreteArt5]),
    } satisfies Indicator;
  });
}

const TITLES_2026: Readonly<Record<number, string>> = {
  1: 'Information du public, sans mention trompeuse',
  2: 'Indicateurs de résultats et modalités de calcul',
  7: 'Adéquation à la certification et capacité à la délivrer',
  12: 'Engagement, prévention des ruptures et des violences',
  14: 'Accompagnement socio-professionnel et traitement des ruptures',
  15: 'Droits et devoirs de l’apprenti, signalement, médiateur',
  19: 'Ressources pédagogiques, suivi effectif à distance, référent pédagogique',
  20: 'Mobilité, référent handicap, conseil de perfectionnement, gouvernance',
  27: 'Sous-traitance / portage : conformité tracée dans les contrats',
  32: 'Amélioration continue et analyse des risques',
};

/** The 33 indicators of the référentiel of décret n° 2026-728 (every cell provisional). */
export function buildIndicators2026(law: LawFacts): Indicator[] {
  const base = ROWS_V9.map((row): Indicator => {
    const disputes: Dispute[] = [];
    let r: Row = row;
    let extra: Partial<Record<Key, readonly Condition[]>> = {};
    if (row.n === 12) {
      // The 2026 text adds « la prévention et le traitement de toute situation de violence … dans le
      // cadre de leur formation » with no duration limit; guide V9's "trainings longer than 2 days"
      // reading (rnq-v9.md §2.2, §8) was written for the 2019 text and no guide V10 exists
      // (rnq-2026.md §4). Strictest reading of the text by default: every training.
      r = { ...row, cats: ALL };
      disputes.push({
        option: 'indicator12Scope2026',
        field: 'applicability',
        defaultReading: "all-trainings : le texte de 2026 (prévention des violences « dans le cadre de leur formation ») ne limite pas l'indicateur 12 aux formations de plus de 2 jours.",
        alternativeReading: "longer-than-2-days : la lecture du guide V9 (formations de plus de 2 jours), toujours en vigueur faute de guide V10, continue de s'appliquer.",
        status: 'disputed',
        references: [REF.decret2026_728, REF.guideV9],
      });
    }
    if (row.n === 8) {
      // Not a conflict between texts but between transcriptions of one text: [G] (annex ticks, the
      // source the notes use for every column) gives AF + CFA, like the 2019 annex, the certifiers
      // ([S12], [S13]) and [C]'s and [A]'s own statement that the columns of 1–32 are unchanged;
      // only [C]'s seed data applies 8 to all categories. The better-sourced reading is the default
      // (house rule); [C]'s reading stays an option. ../shared/domain/rnq-2026.md §5 point 4, §6.
      const note = "Colonnes 2026 discutées : [G] AF + apprentissage seulement (comme l'annexe de 2019, et comme le disent [C] et [A] : colonnes 1–32 inchangées), alors que les données de [C] l'appliquent aux quatre catégories. Lecture la mieux sourcée (AF + apprentissage) retenue par défaut ; option indicator8Scope2026 = 'all-categories' pour l'autre lecture.";
      r = { ...row, cellNotes: { bc: { status: 'disputed', option: 'indicator8Scope2026', note }, vae: { status: 'disputed', option: 'indicator8Scope2026', note } } };
      extra = { bc: [], vae: [] };
      disputes.push({
        option: 'indicator8Scope2026',
        field: 'applicability',
        defaultReading: "af-and-apprenticeship : actions de formation et apprentissage seulement (lecture [G], identique à l'annexe de 2019 ; [C] et [A] déclarent les colonnes 1–32 inchangées).",
        alternativeReading: "all-categories : l'indicateur 8 s'applique aussi au bilan de compétences et à la VAE (données de [C]).",
        status: 'disputed',
        references: [REF.decret2026_728, REF.guideV9],
      });
    }
    const raw = WORDING_2026[row.n];
    const wording = raw !== undefined ? typography(raw) : null;
    return {
      number: row.n,
      criterion: row.c,
      title: TITLES_2026[row.n] ?? row.title,
      wording,
      wordingStatus: wording !== null ? 'transcribed-unverified' : 'not-in-notes',
      summaryEn: row.en,
      expectedLevelEn: row.level,
      expectedLevelSource: row.levelSrc,
      applicability: cellsOf(r, law, '2026', extra),
      nonConformity: grade(law, row.n),
      newEntrant: law.newEntrant[row.n] ?? null,
      typicalEvidenceEn: row.evidence,
      changeVsV9: law.changes2026[row.n] ?? 'none',
      status: disputes.length > 0 ? 'disputed' : 'provisional',
      disputes,
      references: refsOf(row.n, [REF.decret2026_728, REF.rnqAnnex, REF.guideV9, REF.arreteArt5]),
    };
  });
  const row33: Row = { n: 33, c: 7, title: 'Évaluation des contenus et enseignements par les apprenants', en: '', level: '', levelSrc: 'not-set', cats: {}, evidence: '' };
  const raw33 = WORDING_2026[33];
  const i33: Indicator = {
    number: 33,
    criterion: 7,
    title: row33.title,
    wording: raw33 !== undefined ? typography(raw33) : null,
    wordingStatus: 'transcribed-unverified',
    summaryEn: 'A system for learners to evaluate contents and teaching, separate from general satisfaction surveys; results shared with teaching teams, feeding a formalised and periodically measured improvement process',
    expectedLevelEn: null,
    expectedLevelSource: 'not-set',
    applicability: cellsOf(row33, law, '2026'),
    nonConformity: 'major-only',
    newEntrant: null,
    typicalEvidenceEn: 'Learner evaluation of contents and teaching (distinct from satisfaction surveys), sharing with teaching teams, improvement process and its periodic effectiveness measurement (no guide example yet)',
    changeVsV9: law.changes2026[33] ?? 'new-indicator',
    status: 'disputed',
    disputes: [
      {
        option: 'indicator33Grade',
        field: 'nonConformity',
        defaultReading: "major-only : l'indicateur 33 n'admet que des NC majeures, car il ne figure pas dans la liste des indicateurs gradables (lecture [C] ; logique du guide V9 : tout indicateur non gradable est « majeure seulement »).",
        alternativeReading: "minor-or-major : l'indicateur 33 peut donner lieu à une NC mineure, car la liste « majeure seulement » de l'arrêté ne le nomme pas (lecture [A]).",
        status: 'disputed',
        references: [REF.arreteArt5, REF.decret2026_728],
      },
      {
        option: 'indicator33NewEntrant',
        field: 'newEntrant',
        defaultReading: "none : aucun traitement « nouvel entrant » (audité dès l'audit initial).",
        alternativeReading: 'partial : processus formalisé à l’audit initial, mise en œuvre à la surveillance.',
        status: 'disputed',
        references: [REF.guideV9, REF.decret2026_728],
      },
    ],
    references: [REF.decret2026_728, REF.l6313_1],
  };
  return [...base, i33];
}
