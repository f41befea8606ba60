/**
 * The two encoded référentiels as data. Sources: `../shared/domain/rnq-v9.md` §1–§5 (2019 RNQ read
 * with guide de lecture V9) and `../shared/domain/rnq-2026.md` §1–§5 (décret n° 2026-728, UNVERIFIED).
 * Every cell the notes flag as uncertain carries a `provisional` or `disputed` status and, where the
 * other reading changes a result, a named option (see `options.ts`).
 */
import type { LegalRef, ParameterStatus } from '@ofkit/core';
import { REF } from '../shared/references.js';
import type {
  Category,
  CategoryApplicability,
  Condition,
  Criterion,
  Dispute,
  Indicator,
  NewEntrantTreatment,
  NonConformityGrade,
  WordingStatus,
} from './types.js';
import { WORDING_2026 } from './wording-2026.js';

export const CRITERIA: readonly Criterion[] = [
  { number: 1, heading: "Les conditions d'information du public sur les prestations proposées, les délais pour y accéder et les résultats obtenus", headingEn: 'Public information: offer, access lead times, results' },
  { number: 2, heading: "L'identification précise des objectifs des prestations proposées et l'adaptation de ces prestations aux publics bénéficiaires lors de la conception des prestations", headingEn: 'Objectives and design adapted to the learners' },
  { number: 3, heading: "L'adaptation aux publics bénéficiaires des prestations et des modalités d'accueil, d'accompagnement, de suivi et d'évaluation mises en œuvre", headingEn: 'Delivery: welcome, support, follow-up, assessment' },
  { number: 4, heading: "L'adéquation des moyens pédagogiques, techniques et d'encadrement aux prestations mises en œuvre", headingEn: 'Adequate teaching, technical and supervisory resources' },
  { number: 5, heading: 'La qualification et le développement des connaissances et compétences des personnels chargés de mettre en œuvre les prestations', headingEn: 'Staff qualification and development' },
  { number: 6, heading: "L'inscription et l'investissement du prestataire dans son environnement professionnel", headingEn: 'Engagement with the professional environment' },
  { number: 7, heading: 'Le recueil et la prise en compte des appréciations et des réclamations formulées par les parties prenantes aux prestations délivrées', headingEn: 'Feedback, complaints, continuous improvement' },
];

/** Indicators that can only give rise to a major non-conformity (arrêté art. 5; guide V9 préambule). */
export const MAJOR_ONLY_V9: readonly number[] = [4, 5, 6, 7, 10, 11, 14, 15, 16, 20, 21, 22, 26, 27, 29, 31, 32];
/** New-entrant treatment (guide V9 préambule): 22 and 32 deferred, the others partial. */
export const NEW_ENTRANT_V9: Readonly<Record<number, Exclude<NewEntrantTreatment, null>>> = {
  2: 'partial', 3: 'partial', 11: 'partial', 13: 'partial', 14: 'partial', 19: 'partial',
  22: 'deferred', 24: 'partial', 25: 'partial', 26: 'partial', 32: 'deferred',
};

type Cats = Partial<Record<'af' | 'bc' | 'vae' | 'cfa', readonly Condition[]>>;
const KEY: Record<'af' | 'bc' | 'vae' | 'cfa', Category> = {
  af: 'action-de-formation', bc: 'bilan-de-competences', vae: 'vae', cfa: 'apprentissage',
};
const ALL: Cats = { af: [], bc: [], vae: [], cfa: [] };

interface Row {
  n: number;
  c: Indicator['criterion'];
  title: string;
  en: string;
  level: string;
  levelSrc: Indicator['expectedLevelSource'];
  cats: Cats;
  evidence: string;
  /** Per-category extra status/notes. */
  cellNotes?: Partial<Record<'af' | 'bc' | 'vae' | 'cfa', { status: ParameterStatus; note: string; option?: CategoryApplicability['option'] }>>;
}

const ROWS_V9: readonly Row[] = [
  { n: 1, c: 1, title: 'Information du public sur les prestations', en: 'Publish accessible, detailed, verifiable information on each offer: prerequisites, objectives, duration, access modalities and lead time, price, contacts, methods, assessment modalities, disability accessibility', level: 'Information that is accessible and exhaustive (every listed item), dated and kept up to date', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Brochure, website, social media, quotes/contracts, CGV; accessibility policy; for BC a document recalling the legal frame, aims and funding; for certifying training: exact title, RNCP/RS code, certifier, registration date' },
  { n: 2, c: 1, title: 'Indicateurs de résultats', en: 'Publish result indicators suited to the service and the audience', level: 'Quantified information on the performance and completion of the service', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Satisfaction rate, number of trainees, dropout rate and causes, survey response rate, interruption rate, alternance-contract rupture rate, employment rate; BC: 6-month follow-up; VAE: success rates; CFA: the L. 6111-8 indicators (InserJeunes)' },
  { n: 3, c: 1, title: 'Taux d’obtention, blocs, passerelles, débouchés', en: 'For certifying services: publish certification pass rates, block-by-block validation, equivalences, bridges, further studies, job outcomes', level: 'Information for the public that is accessible, exhaustive and up to date (an absent pass rate cannot be a minor NC)', levelSrc: 'guide-v7-era-seed', cats: { af: ['certifying'], vae: [], cfa: [] }, evidence: 'Pass rate shown relative to the rate of presentation to the exam, blocks, bridges, outcomes (employment rate and rate in the target job, per the RNCP sheet)', cellNotes: { cfa: { status: 'confirmed', note: "Colonne apprentissage cochée (« Y (cert) ») : l'apprentissage prépare une certification." } } },
  { n: 4, c: 2, title: 'Analyse du besoin', en: "Analyse the beneficiary's need together with the company and/or funder", level: 'Show how the need is analysed with regard to the purpose of the service', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Needs-analysis grid, prior diagnosis, admission file, interview notes; VAE: accompaniment contract; BC: preliminary-phase tool; CFA: analysis before the contract' },
  { n: 5, c: 2, title: 'Objectifs opérationnels et évaluables', en: 'Define operational and assessable objectives', level: 'Show that the objectives are operational and assessable', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Objectives sheet, targeted competences, certification reference; VAE: work programme with planned durations' },
  { n: 6, c: 2, title: 'Contenus et modalités adaptés', en: 'Set contents and delivery modalities fitted to the objectives and the audience', level: 'Show that contents and modalities fit the objectives for the beneficiaries concerned', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Course outline, evaluation grids, on-site/remote/blended modalities, calendar; disability adaptations' },
  { n: 7, c: 2, title: 'Adéquation du contenu à la certification', en: 'For certifying services: ensure content matches the requirements of the targeted certification', level: "Show that the content matches the targeted competences and the certification's assessment tests", levelSrc: 'guide-v7-era-seed', cats: { af: ['certifying'], cfa: [] }, evidence: 'Cross-reference table of content vs competence framework, certifier habilitation or partnership agreement', cellNotes: { af: { status: 'confirmed', note: 'Actions certifiantes seulement.' } } },
  { n: 8, c: 2, title: 'Positionnement et évaluation des acquis à l’entrée', en: 'Set entry positioning and prior-learning assessment procedures', level: 'Show that positioning and entry assessment procedures are implemented and suited to the audience and modality', levelSrc: 'guide-v7-era-seed', cats: { af: [], cfa: [] }, evidence: 'Diagnostic, interview, entry quiz/practical test, self-positioning, stated access conditions' },
  { n: 9, c: 3, title: 'Information sur les conditions de déroulement', en: 'Inform beneficiaries how the service will run', level: 'Welcome arrangements and delivery conditions are formalised and communicated', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Internal rules, welcome booklet, convocation, referents; FOAD: LMS access and assistance; minors: guardians informed; BC: deontology (L. 6313-4)' },
  { n: 10, c: 3, title: 'Adaptation de la prestation, de l’accompagnement et du suivi', en: 'Deliver and adapt the service, support and follow-up to the beneficiaries', level: 'The service is adapted to each profile: contents, support, follow-up (duration, timetable, pace)', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Timetables, level groups, pedagogical referent, follow-up booklet, traceability of technical and pedagogical support; BC: convention with the 3 phases' },
  { n: 11, c: 3, title: 'Évaluation de l’atteinte des objectifs', en: 'Assess whether beneficiaries reached the objectives', level: 'An assessment process exists, is formalised and applied, and shows whether objectives were met', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Assessments during and at the end, self-assessment, pass rates, proof of certification awarded; VAE: candidate progress file' },
  { n: 12, c: 3, title: 'Engagement des bénéficiaires, prévention des ruptures', en: 'Describe and apply measures that foster engagement and prevent dropouts (V9: trainings longer than 2 days)', level: 'Formalised measures exist and are applied', levelSrc: 'guide-v7-era-seed', cats: { af: ['long-trainings'], bc: ['long-trainings'], vae: ['long-trainings'], cfa: ['long-trainings'] }, evidence: 'Dropout procedure with follow-up calls, call log, engagement tools; alternance: company visits' },
  { n: 13, c: 3, title: 'Coordination centre/entreprise en alternance', en: "For alternance: with the company, plan the apprentice's missions and coordinate progressive learning between centre and company", level: 'A formalised process links learning at the centre with learning at the company, and it is applied', levelSrc: 'guide-v7-era-seed', cats: { af: ['alternance'], cfa: [] }, evidence: 'Follow-up booklet, tutor dialogue, plannings, company-visit reports', cellNotes: { af: { status: 'disputed', option: 'indicator13Scope', note: "Colonne AF discutée : des dépôts lisant l'annexe ne cochent que l'apprentissage ; des consultants l'appliquent aux formations en alternance (contrat de professionnalisation). Lecture la plus stricte retenue." } } },
  { n: 14, c: 3, title: 'Accompagnement socio-professionnel, éducatif, citoyenneté', en: 'Provide socio-professional, educational and citizenship support', level: 'Support is formalised and delivered through specific projects', levelSrc: 'guide-v7-era-seed', cats: { cfa: [] }, evidence: 'Sports/cultural projects, citizenship actions, financial aid, social workers, housing support' },
  { n: 15, c: 3, title: 'Droits et devoirs de l’apprenti, santé-sécurité', en: 'Inform apprentices of their rights and duties and of occupational health and safety rules', level: 'Apprentices are informed of their rights/duties and of health and safety rules', levelSrc: 'guide-v7-era-seed', cats: { cfa: [] }, evidence: 'CFA internal rules, information media, welcome booklet' },
  { n: 16, c: 3, title: 'Conditions de présentation à la certification', en: "For certifying training: ensure candidates are presented to the certification in line with the certifier's formal requirements", level: "The certifier's formal requirements are met whenever candidates are presented", levelSrc: 'guide-v7-era-seed', cats: { af: ['certifying'], vae: [], cfa: [] }, evidence: 'Exam registration proof, habilitation or partnership, exam rules, PV; VAE: jury calendars requested' },
  { n: 17, c: 4, title: 'Moyens humains, techniques, locaux', en: 'Provide adequate human and technical means and a suitable environment', level: 'Premises, equipment and people are suited to the service(s)', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Lease, accessibility register, DUERP, equipment/LMS, CVs, subcontracting contracts; BC: confidential setting' },
  { n: 18, c: 4, title: 'Coordination des intervenants', en: 'Mobilise and coordinate internal/external staff', level: 'The functions needed for the service are coordinated', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Organigram, list of contributors and referents, contracts, team-meeting minutes (an independent may hold every function)' },
  { n: 19, c: 4, title: 'Ressources pédagogiques et appropriation', en: 'Provide learning resources and make sure beneficiaries can use them', level: 'Resources exist, are current and available, and there are arrangements so learners can use them', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Course materials, access modalities, tutorials/hotline, traceability of remote pedagogical support; FOAD: assistance required by D. 6313-3-1' },
  { n: 20, c: 4, title: 'Mobilité, référent handicap, conseil de perfectionnement', en: 'Have staff dedicated to mobility, a disability referent, and a « conseil de perfectionnement »', level: "Produce the council's member list and last minutes, the mobility staff and their actions, and the disability referent's name, contact and actions", levelSrc: 'guide-v9', cats: { cfa: [] }, evidence: 'Council members and last minutes; mobility staff and actions; disability referent appointment and actions' },
  { n: 21, c: 5, title: 'Compétences des intervenants', en: 'Define, mobilise and evaluate the competences of internal/external staff', level: 'Required competences are defined upfront and suited to the service; the provider verifies they are mastered', levelSrc: 'guide-v9', cats: ALL, evidence: 'Competence needs, CVs, initial and continuing training, disability awareness; BC: psychometric-test certifications; VAE: accompanists trained' },
  { n: 22, c: 5, title: 'Développement des compétences des salariés', en: "Maintain and develop employees' competences", level: 'A competence development plan covers all staff', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Skills development plan, professional interviews; independents show their own CPD' },
  { n: 23, c: 6, title: 'Veille légale et réglementaire', en: 'Monitor training law and regulation and use the findings', level: 'Legal and regulatory watch is in place, taken into account and communicated internally', levelSrc: 'guide-v9', cats: ALL, evidence: 'Subscriptions, memberships, updated contracts/CGV after legal change, disability regulation watch' },
  { n: 24, c: 6, title: 'Veille métiers, emplois, compétences', en: 'Monitor changes in skills, jobs and employment in one\'s sectors and use the findings', level: 'Watch on the indicator\'s topics is in place, with its possible impact on the services', levelSrc: 'guide-v9', cats: ALL, evidence: 'Watch file, conferences, networks, journals, resulting changes to offers' },
  { n: 25, c: 6, title: 'Veille innovations pédagogiques et technologiques', en: 'Monitor pedagogical and technological innovation and use the findings', level: 'Same as 24, for pedagogical and technological innovation', levelSrc: 'guide-v9', cats: ALL, evidence: 'Watch evidence plus feasibility analysis of innovations and changes to tools' },
  { n: 26, c: 6, title: 'Réseau handicap', en: 'Mobilise the expertise, tools and networks needed to welcome, train or refer people with disabilities', level: 'A network of disability partners and experts is in place; when PSH are welcomed, the specific measures are shown', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Local partners (Agefiph, Cap emploi, MDPH), disability referent, accessibility charter' },
  { n: 27, c: 6, title: 'Sous-traitance / portage salarial', en: 'When using subcontracting or wage portage, ensure the subcontractor complies with the RNQ', level: 'Show the arrangements used to check that the subcontractor or ported worker complies with the RNQ', levelSrc: 'guide-v9', cats: { af: ['subcontracting'], bc: ['subcontracting'], vae: ['subcontracting'], cfa: ['subcontracting'] }, evidence: 'Subcontracting contracts, selection and steering process, quality charter, documents from subcontractors' },
  { n: 28, c: 6, title: 'Réseau de partenaires (situation de travail)', en: 'When the service includes work-based periods, mobilise socio-economic partners to co-design the training and help host learners', level: 'A network of socio-economic partners is mobilised throughout the service', levelSrc: 'guide-v7-era-seed', cats: { af: ['work-based-periods'], cfa: [] }, evidence: 'Steering committees, partner companies, partnership conventions, alternance booklet' },
  { n: 29, c: 6, title: 'Insertion professionnelle, poursuite d’études', en: 'Run actions that help learners into work or further study', level: 'Actions supporting employment or further study exist', levelSrc: 'guide-v7-era-seed', cats: { cfa: [] }, evidence: 'Orientation fairs, CV workshops, job-search help, alumni network' },
  { n: 30, c: 7, title: 'Recueil des appréciations', en: 'Collect appreciations from stakeholders: beneficiaries, funders, teaching teams, companies', level: 'A system collects appreciations at a relevant frequency, with reminders, and lets people speak freely', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Satisfaction surveys (hot/cold); funders at least once a year; BC: end and 6 months; learning assessments are not valid evidence', cellNotes: { bc: { status: 'confirmed', note: 'BC : seules les appréciations des bénéficiaires et des équipes pédagogiques sont exigées (guide V9).' } } },
  { n: 31, c: 7, title: 'Traitement des difficultés, réclamations, aléas', en: "Handle stakeholders' difficulties and complaints, and incidents arising during the service", level: 'Arrangements for handling incidents, difficulties and complaints are in place', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Complaint procedure (acknowledgement + answer), complaint log, mediation' },
  { n: 32, c: 7, title: 'Mesures d’amélioration', en: 'Implement improvement measures based on the analysis of appreciations and complaints', level: 'A continuous-improvement approach is in place', levelSrc: 'guide-v7-era-seed', cats: ALL, evidence: 'Analysis of dropout/dissatisfaction causes, improvement action plan, tracking table' },
];

/** Indicators whose 2019 wording the notes give as unchanged in 2026 (rnq-2026.md §1, [A], [C]). */
const UNCHANGED_2026: ReadonlySet<number> = /* @__PURE__ */ (() => new Set([4, 5, 6, 8, 9, 10, 11, 13, 16, 17, 18, 21, 22, 23, 24, 25, 26, 28, 29]))();

/**
 * Where the 2019 wording we show (taken from the 2026 transcription) may differ from the guide V9
 * énoncé: ../shared/domain/rnq-2026.md §1 (indicators 9 and 28) and §5 points 2 and 9.
 */
const WORDING_NOTES_V9: Readonly<Record<number, string>> = {
  9: "Le guide V9 écrit « informe les publics bénéficiaires des conditions de déroulement » ; la comparaison d'annexe à annexe de [C] ne relève aucun changement, ce qui suggère que l'annexe de 2019 écrit déjà « sur les conditions » (rnq-2026.md §5, point 2).",
  28: "Le guide V9 écrit « coconstruire » ; la transcription de 2026 écrit « co-construire » (typographie seulement ; rnq-2026.md §5, point 9).",
};

/** Change vs guide V9 per 2026 indicator (rnq-2026.md §1 tallies). */
const CHANGE_2026: Readonly<Record<number, NonNullable<Indicator['changeVsV9']>>> = {
  1: 'new-requirement', 2: 'new-requirement', 3: 'reworded', 7: 'new-requirement', 9: 'form-only', 12: 'new-requirement',
  14: 'new-requirement', 15: 'new-requirement', 19: 'new-requirement', 20: 'new-requirement', 27: 'new-requirement',
  28: 'form-only', 30: 'reworded', 31: 'form-only', 32: 'new-requirement', 33: 'new-indicator',
};

const DISPUTE_13: Dispute = {
  option: 'indicator13Scope',
  field: 'applicability',
  defaultReading: "alternance-training : l'indicateur 13 s'applique aussi aux actions de formation en alternance (contrat de professionnalisation).",
  alternativeReading: "apprenticeship-only : l'indicateur 13 n'est coché que pour l'apprentissage (4°).",
  status: 'disputed',
  references: [REF.d6316_1_1, REF.guideV9],
};

function cellsOf(row: Row, version: 'v9' | '2026'): Partial<Record<Category, CategoryApplicability>> {
  const out: Partial<Record<Category, CategoryApplicability>> = {};
  for (const k of ['af', 'bc', 'vae', 'cfa'] as const) {
    const conds = row.cats[k];
    if (!conds) continue;
    const cell = row.cellNotes?.[k];
    const status: ParameterStatus = cell?.status === 'disputed' ? 'disputed' : version === '2026' ? 'provisional' : (cell?.status ?? 'confirmed');
    out[KEY[k]] = {
      conditions: conds,
      status,
      ...(cell?.option !== undefined ? { option: cell.option } : {}),
      ...(cell?.note !== undefined ? { note: cell.note } : {}),
    };
  }
  return out;
}

function gradeV9(n: number): NonConformityGrade {
  return MAJOR_ONLY_V9.includes(n) ? 'major-only' : 'minor-or-major';
}

/** The 32 indicators of the 2019 RNQ read with guide V9. */
export function buildIndicatorsV9(): Indicator[] {
  return ROWS_V9.map((row) => {
    const unchanged = UNCHANGED_2026.has(row.n);
    const wording = unchanged ? (WORDING_2026[row.n] ?? null) : null;
    const wordingStatus: WordingStatus = wording !== null ? 'unchanged-per-2026-notes' : 'not-in-notes';
    const disputes: Dispute[] = row.n === 13 ? [DISPUTE_13] : [];
    const status: ParameterStatus = row.n === 13 ? 'disputed' : 'confirmed';
    const wordingNote = wording !== null ? WORDING_NOTES_V9[row.n] : undefined;
    const references: LegalRef[] = [REF.decret2019_565, REF.guideV9, REF.arreteArt5];
    if (row.n === 19) references.push(REF.d6313_3_1);
    if (row.n === 2) references.push(REF.l6111_8);
    if (row.n === 27) references.push(REF.r6333_6_2, REF.r6333_6_3);
    return {
      number: row.n,
      criterion: row.c,
      title: row.title,
      wording,
      wordingStatus,
      ...(wordingNote !== undefined ? { wordingNote } : {}),
      summaryEn: row.en,
      expectedLevelEn: row.level,
      expectedLevelSource: row.levelSrc,
      applicability: cellsOf(row, 'v9'),
      nonConformity: gradeV9(row.n),
      newEntrant: NEW_ENTRANT_V9[row.n] ?? null,
      typicalEvidenceEn: row.evidence,
      status,
      disputes,
      references,
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
export function buildIndicators2026(): Indicator[] {
  const base = ROWS_V9.map((row): Indicator => {
    const disputes: Dispute[] = [];
    let cats = row.cats;
    let cellNotes = row.cellNotes;
    if (row.n === 13) disputes.push({ ...DISPUTE_13, references: [REF.decret2026_728, REF.guideV9] });
    if (row.n === 12) {
      // The 2026 text adds « la prévention et le traitement de toute situation de violence … dans le
      // cadre de leur formation » with no duration limit; guide V9's "trainings longer than 2 days"
      // reading (rnq-v9.md §2.2, §8) was written for the 2019 text and no guide V10 exists
      // (rnq-2026.md §4). Strictest reading of the text by default: every training.
      const all = { af: [], bc: [], vae: [], cfa: [] } as const;
      cats = all;
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
      cats = { af: [], bc: [], vae: [], cfa: [] };
      // Not a conflict between texts but between transcriptions of one text: [G] (annex ticks, the
      // source the notes use for every column) gives AF + CFA, like the V9 table, the certifiers
      // ([S12], [S13]) and [C]'s and [A]'s own statement that the columns of 1–32 are unchanged;
      // only [C]'s seed data applies 8 to all categories. The better-sourced reading is the default
      // (house rule); [C]'s reading stays an option. ../shared/domain/rnq-2026.md §5 point 4, §6.
      const note = "Colonnes 2026 discutées : [G] AF + apprentissage seulement (comme en V9, et comme le disent [C] et [A] : colonnes 1–32 inchangées), alors que les données de [C] l'appliquent aux quatre catégories. Lecture la mieux sourcée (AF + apprentissage) retenue par défaut ; option indicator8Scope2026 = 'all-categories' pour l'autre lecture.";
      cellNotes = {
        bc: { status: 'disputed', option: 'indicator8Scope2026', note },
        vae: { status: 'disputed', option: 'indicator8Scope2026', note },
      };
      disputes.push({
        option: 'indicator8Scope2026',
        field: 'applicability',
        defaultReading: "af-and-apprenticeship : actions de formation et apprentissage seulement (lecture [G], identique à la V9 ; [C] et [A] déclarent les colonnes 1–32 inchangées).",
        alternativeReading: "all-categories : l'indicateur 8 s'applique aussi au bilan de compétences et à la VAE (données de [C]).",
        status: 'disputed',
        references: [REF.decret2026_728, REF.guideV9],
      });
    }
    const references: LegalRef[] = [REF.decret2026_728, REF.guideV9, REF.arreteArt5];
    if (row.n === 19) references.push(REF.d6313_3_1);
    if (row.n === 2) references.push(REF.l6111_8);
    if (row.n === 27) references.push(REF.r6333_6_2, REF.r6333_6_3);
    const wording = WORDING_2026[row.n] ?? null;
    return {
      number: row.n,
      criterion: row.c,
      title: TITLES_2026[row.n] ?? row.title,
      wording,
      wordingStatus: wording !== null ? 'transcribed-unverified' : 'not-in-notes',
      summaryEn: row.en,
      expectedLevelEn: row.level,
      expectedLevelSource: row.levelSrc,
      applicability: cellsOf({ ...row, cats, ...(cellNotes !== undefined ? { cellNotes } : {}) }, '2026'),
      nonConformity: gradeV9(row.n),
      newEntrant: NEW_ENTRANT_V9[row.n] ?? null,
      typicalEvidenceEn: row.evidence,
      changeVsV9: CHANGE_2026[row.n] ?? 'none',
      status: disputes.length > 0 ? 'disputed' : 'provisional',
      disputes,
      references,
    };
  });
  const i33: Indicator = {
    number: 33,
    criterion: 7,
    title: 'Évaluation des contenus et enseignements par les apprenants',
    wording: WORDING_2026[33] ?? null,
    wordingStatus: 'transcribed-unverified',
    summaryEn: 'A system for learners to evaluate contents and teaching, separate from general satisfaction surveys; results shared with teaching teams, feeding a formalised and periodically measured improvement process',
    expectedLevelEn: null,
    expectedLevelSource: 'not-set',
    applicability: { apprentissage: { conditions: [], status: 'provisional' } },
    nonConformity: 'major-only',
    newEntrant: null,
    typicalEvidenceEn: 'Learner evaluation of contents and teaching (distinct from satisfaction surveys), sharing with teaching teams, improvement process and its periodic effectiveness measurement (no guide example yet)',
    changeVsV9: 'new-indicator',
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
