/**
 * The mandatory mentions of every document kind, as dated data (issue 8 §1): one list per kind,
 * each mention with its `from`/`to`, references (Légifrance ids in `refs.ts`), status and note.
 * The builders only decide *whether a mention applies* (a distance modality, a company seller…);
 * *what the law asks, since when and on what basis* lives here and is read at the document's date
 * through the parameters `<kind>.mentions` of {@link documentRules} (override them with
 * `overrideRules`). Sources: ../shared/domain/documents.md, ../shared/domain/corrections-2026-12.md
 * §2–§3.
 *
 * @module
 */
import type { CivilDate, LegalRef, ParameterStatus } from '@ofkit/core';
import { REFS } from './refs.js';

/**
 * One mandatory mention of a document kind, as law-as-data.
 *
 * @example
 * ```ts
 * import type { MentionRule } from '@ofkit/docs-gen';
 * const rule: MentionRule = {
 *   code: 'convention.insurance', label: 'Assurance', labelEn: 'Insurance',
 *   from: '2027-01-01', references: [], status: 'provisional',
 * };
 * rule.from; // '2027-01-01'
 * ```
 */
export interface MentionRule {
  /** Stable code of the mention (the `code` of a `MentionCheck`). */
  readonly code: string;
  /** French label; `{name}` placeholders are filled from other parameters (e.g. `{months}`). */
  readonly label: string;
  /** English label. */
  readonly labelEn: string;
  /** First day the mention is required (inclusive); absent: since the text the references cite. */
  readonly from?: CivilDate;
  /** Last day the mention is required (inclusive); absent: still required. */
  readonly to?: CivilDate;
  /** Legal basis. */
  readonly references: readonly LegalRef[];
  /** How sure the requirement is (a `provisional` or `disputed` one adds a warning). */
  readonly status: ParameterStatus;
  /** Why, and what is uncertain. */
  readonly note?: string;
}

/**
 * True when `rule` is required on `date` (`from`/`to` inclusive).
 *
 * @example
 * ```ts
 * import { mentionInForce } from '@ofkit/docs-gen/internal';
 * const r = { code: 'x', label: 'x', labelEn: 'x', from: '2025-07-01', references: [], status: 'confirmed' as const };
 * mentionInForce(r, '2025-06-30'); // false
 * mentionInForce(r, '2025-07-01'); // true
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function mentionInForce(rule: MentionRule, date: CivilDate): boolean {
  return (rule.from === undefined || rule.from <= date) && (rule.to === undefined || date <= rule.to);
}

const D6353: readonly MentionRule[] = [
  { code: 'action.title', label: "Intitulé de l'action", labelEn: 'Title of the action', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'action.objectives', label: 'Objectif(s) de l’action', labelEn: 'Objective(s)', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'action.content', label: "Contenu de l'action (ou programme annexé)", labelEn: 'Content (or annexed programme)', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'action.means', label: 'Moyens pédagogiques, techniques et d’encadrement', labelEn: 'Pedagogical, technical and supervision means', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'action.durationHours', label: 'Durée (heures)', labelEn: 'Duration (hours)', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'action.period', label: 'Période de réalisation', labelEn: 'Period of delivery', references: [REFS.D6353_1], status: 'confirmed' },
  {
    code: 'session.distanceRate',
    label: 'Taux des enseignements dispensés à distance sur la durée totale',
    labelEn: 'Share of the teaching delivered at a distance in the total duration',
    from: '2025-07-01',
    references: [REFS.D6353_1_2025],
    status: 'confirmed',
    note: 'D. 6353-1 I 1° modifié par le décret 2025-586 du 27 juin 2025, en vigueur le 1er juillet 2025 (corrections-2026-12 §3) ; exigé ici pour une action à distance ou mixte.',
  },
  { code: 'action.modality', label: 'Modalités de déroulement (présentiel, distance, mixte)', labelEn: 'Delivery arrangements', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'action.followUp', label: "Modalités de suivi de l'exécution", labelEn: 'Follow-up arrangements', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'action.sanction', label: "Modalités de sanction de l'action", labelEn: 'How the action is sanctioned (attestation, certification)', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'price.amountExclTax', label: "Prix de l'action", labelEn: 'Price of the action', references: [REFS.D6353_1], status: 'confirmed' },
  { code: 'price.vatRate', label: 'Taux de TVA (organisme assujetti)', labelEn: 'VAT rate (OF subject to VAT)', references: [REFS.CGI_242_NONIES_A], status: 'confirmed' },
  { code: 'paymentTerms', label: 'Modalités de règlement', labelEn: 'Payment terms', references: [REFS.D6353_1], status: 'confirmed' },
];
const FOAD: readonly MentionRule[] = [
  { code: 'action.foad.assistance', label: 'FOAD : assistance technique et pédagogique', labelEn: 'Distance learning: technical and pedagogical assistance', references: [REFS.D6313_3_1], status: 'confirmed' },
  { code: 'action.foad.activities', label: 'FOAD : activités à distance et leur durée moyenne estimée', labelEn: 'Distance learning: activities and estimated average duration', references: [REFS.D6313_3_1], status: 'confirmed' },
  { code: 'action.foad.assessments', label: "FOAD : évaluations qui jalonnent ou concluent l'action", labelEn: 'Distance learning: assessments', references: [REFS.D6313_3_1], status: 'confirmed' },
];
const NDA: readonly MentionRule[] = [
  { code: 'organisation.nda', label: "Numéro de déclaration d'activité (ou « en cours d'enregistrement »)", labelEn: 'Training declaration number (or "registration pending")', references: [REFS.PRACTICE_NDA, REFS.L6351_1], status: 'provisional' },
];
const CLIENT: readonly MentionRule[] = [
  { code: 'client.address', label: 'Adresse du client', labelEn: "Client's address", references: [REFS.PRACTICE_CONTRACT], status: 'provisional' },
];
const CONVENTION: readonly MentionRule[] = [
  { code: 'convention.notForIndividual', label: 'Client personne morale ou financeur (une personne physique à ses frais signe un contrat de formation)', labelEn: 'Client is an organisation or funder (an individual paying themself signs a contrat de formation)', references: [REFS.L6353_3], status: 'confirmed' },
];
const CONTRAT: readonly MentionRule[] = [
  { code: 'contrat.nature', label: "Nature de l'action (L. 6313-1)", labelEn: 'Nature of the action', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.title', label: "Intitulé et objet de l'action", labelEn: 'Title and purpose', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.objectives', label: "Objet : objectifs de l'action", labelEn: 'Purpose: objectives', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.duration', label: 'Durée', labelEn: 'Duration', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.programme', label: 'Programme (contenu)', labelEn: 'Programme (content)', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.headcount', label: 'Effectifs concernés', labelEn: 'Headcount concerned', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.prerequisites', label: 'Niveau de connaissances préalables requis', labelEn: 'Prior knowledge required', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.modality', label: 'Modalités de déroulement', labelEn: 'Delivery arrangements', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.means', label: 'Moyens pédagogiques et techniques', labelEn: 'Pedagogical and technical means', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.assessment', label: 'Modalités de contrôle des connaissances', labelEn: 'Assessment of knowledge', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.sanction', label: 'Nature de la sanction éventuelle', labelEn: 'Nature of the possible sanction', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.trainers', label: 'Diplômes, titres ou références des formateurs', labelEn: "Trainers' diplomas, titles or references", references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.price', label: 'Prix', labelEn: 'Price', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.paymentTerms', label: 'Modalités de paiement', labelEn: 'Payment terms', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.earlyTermination', label: 'Conditions financières en cas de cessation anticipée ou d’abandon', labelEn: 'Financial conditions on early termination or abandonment', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.paymentSchedule', label: 'Échéancier des paiements', labelEn: 'Payment schedule', references: [REFS.L6353_6, REFS.L6353_5, REFS.CONSO_L221_18], status: 'confirmed' },
  { code: 'contrat.noPaymentBeforeWithdrawalEnd', label: 'Aucun paiement avant la fin du délai de rétractation', labelEn: 'No payment before the withdrawal period ends', references: [REFS.L6353_6, REFS.L6353_5, REFS.CONSO_L221_18], status: 'confirmed' },
  { code: 'contrat.scheduleTotal', label: 'Échéancier égal au prix convenu', labelEn: 'Schedule equals the agreed price', references: [REFS.L6353_4], status: 'confirmed' },
  { code: 'contrat.maxAdvance', label: 'Au plus {percent} % du prix avant le début de l’action, le solde échelonné pendant son déroulement', labelEn: 'At most {percent} % of the price before the action starts, the rest spread over it', references: [REFS.L6353_6], status: 'confirmed' },
];
const PROGRAMME: readonly MentionRule[] = [
  { code: 'programme.title', label: 'Intitulé', labelEn: 'Title', references: [REFS.L6353_1], status: 'confirmed' },
  { code: 'programme.objectives', label: 'Objectifs opérationnels et évaluables', labelEn: 'Operational, assessable objectives', references: [REFS.L6353_1, REFS.QUALIOPI_1, REFS.QUALIOPI_5], status: 'confirmed' },
  { code: 'programme.audience', label: 'Public visé', labelEn: 'Target audience', references: [REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.prerequisites', label: 'Prérequis', labelEn: 'Prerequisites', references: [REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.duration', label: 'Durée', labelEn: 'Duration', references: [REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.access', label: "Modalités d'accès", labelEn: 'Access arrangements', references: [REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.leadTime', label: "Délais d'accès", labelEn: 'Access lead time', references: [REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.prices', label: 'Tarifs', labelEn: 'Prices', references: [REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.contacts', label: 'Contacts', labelEn: 'Contacts', references: [REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.content', label: 'Contenu (déroulé)', labelEn: 'Content', references: [REFS.L6353_1], status: 'confirmed' },
  { code: 'programme.means', label: 'Méthodes mobilisées et moyens pédagogiques, techniques et d’encadrement', labelEn: 'Methods and means', references: [REFS.L6353_1, REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.assessment', label: "Modalités d'évaluation", labelEn: 'Assessment', references: [REFS.L6353_1, REFS.QUALIOPI_1], status: 'confirmed' },
  { code: 'programme.followUp', label: "Moyens de suivi de l'exécution", labelEn: 'Follow-up means', references: [REFS.L6353_1], status: 'confirmed' },
  { code: 'programme.sanction', label: 'Sanction de la formation (attestation, certification et son code)', labelEn: 'Sanction of the training (attestation, certification and its code)', references: [REFS.L6353_1], status: 'confirmed' },
  { code: 'programme.accessibility', label: 'Accessibilité aux personnes en situation de handicap', labelEn: 'Accessibility to people with disabilities', references: [REFS.QUALIOPI_1, REFS.QUALIOPI_26], status: 'confirmed' },
  { code: 'programme.disabilityContact', label: 'Référent handicap (CFA)', labelEn: 'Disability officer (CFA)', references: [REFS.L6231_2], status: 'confirmed' },
];
const DEVIS: readonly MentionRule[] = [
  { code: 'devis.number', label: 'Numéro du devis', labelEn: 'Quote number', references: [REFS.PRACTICE_CONTRACT], status: 'provisional' },
  { code: 'devis.validUntil', label: 'Durée de validité de l’offre', labelEn: 'Validity of the offer', references: [REFS.PRACTICE_CONTRACT], status: 'provisional' },
  { code: 'devis.replacesConventionScope', label: 'Devis tenant lieu de convention : action de formation uniquement', labelEn: 'Quote standing in for the convention: training action only', references: [REFS.D6353_1, REFS.L6313_1], status: 'confirmed' },
  { code: 'devis.description', label: "Désignation de l'action", labelEn: 'Description of the action', references: [REFS.PRACTICE_CONTRACT], status: 'provisional' },
];
const CONVOCATION: readonly MentionRule[] = [
  { code: 'convocation.title', label: 'Intitulé de la formation', labelEn: 'Training title', references: [REFS.L6353_8, REFS.QUALIOPI_9, REFS.PRACTICE_CONVOCATION], status: 'provisional' },
  { code: 'convocation.dates', label: 'Dates', labelEn: 'Dates', references: [REFS.L6353_8, REFS.QUALIOPI_9, REFS.PRACTICE_CONVOCATION], status: 'provisional' },
  { code: 'convocation.times', label: 'Horaires', labelEn: 'Times', references: [REFS.L6353_8, REFS.QUALIOPI_9, REFS.PRACTICE_CONVOCATION], status: 'provisional' },
  { code: 'convocation.place', label: 'Lieu ou lien de connexion', labelEn: 'Place or connection link', references: [REFS.L6353_8, REFS.QUALIOPI_9, REFS.PRACTICE_CONVOCATION], status: 'provisional' },
  { code: 'convocation.contacts', label: 'Contacts', labelEn: 'Contacts', references: [REFS.L6353_8, REFS.QUALIOPI_9, REFS.PRACTICE_CONVOCATION], status: 'provisional' },
  { code: 'convocation.rules', label: 'Règlement intérieur remis', labelEn: 'Internal rules provided', references: [REFS.L6353_8, REFS.PRACTICE_CONVOCATION], status: 'provisional' },
];
const RI: readonly MentionRule[] = [
  { code: 'ri.healthSafety', label: "Principales mesures d'hygiène et de sécurité", labelEn: 'Main health and safety measures', references: [REFS.L6352_3], status: 'confirmed' },
  { code: 'ri.discipline', label: 'Règles disciplinaires', labelEn: 'Disciplinary rules', references: [REFS.L6352_3], status: 'confirmed' },
  { code: 'ri.sanctions', label: 'Nature et échelle des sanctions', labelEn: 'Nature and scale of sanctions', references: [REFS.L6352_3, REFS.R6352_3], status: 'confirmed' },
  { code: 'ri.noPecuniarySanction', label: 'Aucune amende ni sanction pécuniaire', labelEn: 'No fine or pecuniary sanction', references: [REFS.R6352_3], status: 'confirmed' },
  { code: 'ri.procedure', label: 'Garanties de procédure disciplinaire', labelEn: 'Disciplinary procedure guarantees', references: [REFS.R6352_4, REFS.R6352_5], status: 'confirmed' },
  { code: 'ri.sanctionTiming', label: 'Délai de la sanction après l’entretien', labelEn: 'Time limits of the sanction after the interview', references: [REFS.R6352_6], status: 'confirmed' },
  { code: 'ri.representation', label: 'Représentation des stagiaires (sessions de plus de 500 h)', labelEn: 'Learner representation (sessions over 500 h)', references: [REFS.L6352_3, REFS.R6352_9], status: 'confirmed' },
  { code: 'ri.representationElection', label: 'Organisation de l’élection, carence, fin des mandats, rôle des délégués', labelEn: 'Election, failure report, end of mandates, role of delegates', references: [REFS.R6352_10], status: 'confirmed' },
  { code: 'ri.deadline', label: 'Établi dans les {months} mois du début de l’activité', labelEn: 'Drawn up within {months} months of the start of activity', references: [REFS.R6352_2], status: 'confirmed', note: 'R. 6352-2 : « établi dans les trois mois suivant le début de l’activité » (corrections-2026-12 §2 ; R. 6352-1 dit seulement où il s’applique).' },
];
const EMARGEMENT: readonly MentionRule[] = [
  { code: 'emargement.slots', label: 'Horaires de chaque demi-journée', labelEn: 'Timetable of each half-day', references: [REFS.CAA_NANTES_2021, REFS.R6313_3], status: 'provisional' },
  { code: 'emargement.learners', label: 'Liste des stagiaires', labelEn: 'List of learners', references: [REFS.CAA_NANTES_2021, REFS.R6313_3], status: 'provisional' },
  { code: 'emargement.trainer', label: 'Nom du formateur', labelEn: "Trainer's name", references: [REFS.CAA_NANTES_2021, REFS.R6313_3], status: 'provisional' },
  { code: 'emargement.trainerKnown', label: 'Formateur connu', labelEn: 'Known trainer', references: [REFS.CAA_NANTES_2021, REFS.R6313_3], status: 'provisional' },
  { code: 'emargement.noPublicHoliday', label: 'Aucune demi-journée un jour férié', labelEn: 'No half-day on a public holiday', references: [REFS.CAA_NANTES_2021, REFS.R6313_3], status: 'provisional' },
  { code: 'emargement.capacity', label: "Effectif compatible avec la capacité d'accueil", labelEn: 'Headcount within capacity', references: [REFS.CAA_NANTES_2021, REFS.R6313_3], status: 'provisional' },
  {
    code: 'emargement.learnerSignatures',
    label: 'Signature de chaque stagiaire présent, par demi-journée',
    labelEn: 'Signature of each learner present, per half-day',
    references: [REFS.CAA_NANTES_2021, REFS.R6313_3],
    status: 'provisional',
    note: 'R. 6313-3 admet « tout élément probant » ; la jurisprudence (CAA Nantes, 1er juin 2021) attend une signature par demi-journée (corrections-2026-12 §3). Une autre preuve acceptée se déclare dans attendanceProofs.',
  },
  {
    code: 'emargement.trainerSignatures',
    label: 'Signature du formateur, par demi-journée',
    labelEn: 'Signature of the trainer, per half-day',
    references: [REFS.CAA_NANTES_2021, REFS.R6313_3],
    status: 'provisional',
    note: 'Même fondement que la signature des stagiaires (CAA Nantes, 1er juin 2021).',
  },
  { code: 'emargement.recordConsistent', label: 'Relevé de présence cohérent avec la session', labelEn: 'Attendance record consistent with the session', references: [REFS.CAA_NANTES_2021, REFS.R6313_3], status: 'provisional' },
];
const ATTESTATION: readonly MentionRule[] = [
  { code: 'attestation.title', label: "Intitulé de l'action", labelEn: 'Title of the action', references: [REFS.L6353_1], status: 'provisional' },
  { code: 'attestation.objectives', label: "Objectifs de l'action", labelEn: 'Objectives', references: [REFS.L6353_1], status: 'provisional' },
  { code: 'attestation.nature', label: "Nature de l'action", labelEn: 'Nature of the action', references: [REFS.L6353_1], status: 'provisional' },
  { code: 'attestation.duration', label: "Durée de l'action", labelEn: 'Duration', references: [REFS.L6353_1], status: 'provisional' },
  { code: 'attestation.assessmentPlanned', label: "Évaluation prévue ou non (pour les résultats de l'évaluation des acquis)", labelEn: 'Whether an assessment was planned', references: [REFS.L6353_1, REFS.REPONSE_91021], status: 'provisional' },
  { code: 'attestation.results', label: "Résultats de l'évaluation des acquis", labelEn: 'Results of the assessment', references: [REFS.L6353_1, REFS.REPONSE_91021], status: 'provisional' },
];
const CERTIFICAT: readonly MentionRule[] = [
  { code: 'certificat.signatory', label: 'Nom du représentant légal du dispensateur (signataire)', labelEn: "Name of the provider's legal representative", references: [REFS.CERTIFICAT_MODEL, REFS.R6332_26], status: 'confirmed' },
  { code: 'certificat.actionTitle', label: "Intitulé de l'action", labelEn: 'Title of the action', references: [REFS.CERTIFICAT_MODEL, REFS.R6332_26], status: 'confirmed' },
  { code: 'certificat.nature', label: "Nature de l'action (une des 4 catégories de L. 6313-1)", labelEn: 'Nature of the action (one of the 4 categories)', references: [REFS.CERTIFICAT_MODEL, REFS.R6332_26, REFS.L6313_1], status: 'confirmed' },
  { code: 'certificat.period', label: 'Dates de réalisation (du … au …)', labelEn: 'Dates of delivery', references: [REFS.CERTIFICAT_MODEL, REFS.R6332_26], status: 'confirmed' },
  { code: 'certificat.months', label: 'Durée en mois réalisés (apprentissage)', labelEn: 'Duration in months (apprenticeship)', references: [REFS.CERTIFICAT_MODEL, REFS.R6332_26], status: 'confirmed' },
  { code: 'certificat.hours', label: 'Durée réalisée (heures)', labelEn: 'Hours done', references: [REFS.CERTIFICAT_MODEL, REFS.R6332_26], status: 'confirmed' },
];
const QUESTIONNAIRE: readonly MentionRule[] = [
  { code: 'questionnaire.title', label: 'Intitulé de la formation', labelEn: 'Training title', references: [REFS.QUALIOPI_30, REFS.PRACTICE_QUESTIONNAIRE], status: 'provisional' },
  { code: 'questionnaire.session', label: 'Dates de la session', labelEn: 'Session dates', references: [REFS.QUALIOPI_30, REFS.PRACTICE_QUESTIONNAIRE], status: 'provisional' },
  { code: 'questionnaire.coldAfterEnd', label: 'Évaluation à froid postérieure à la fin de la session', labelEn: 'Cold evaluation after the session ended', references: [REFS.QUALIOPI_30, REFS.PRACTICE_QUESTIONNAIRE], status: 'provisional' },
];
const FACTURE: readonly MentionRule[] = [
  { code: 'facture.number', label: 'Numéro de facture', labelEn: 'Invoice number', references: [REFS.CGI_289, REFS.CGI_242_NONIES_A], status: 'confirmed' },
  { code: 'facture.numberFormat', label: 'Numéro fondé sur une séquence chronologique continue', labelEn: 'Number from a continuous chronological sequence', references: [REFS.CGI_289], status: 'provisional' },
  { code: 'facture.numberSequence', label: 'Numéro suivant immédiatement la facture précédente (sans trou)', labelEn: 'Number immediately following the previous invoice (no gap)', references: [REFS.CGI_289], status: 'provisional' },
  { code: 'facture.clientAddress', label: 'Adresse du client', labelEn: "Client's address", references: [REFS.CCOM_L441_9, REFS.CGI_242_NONIES_A], status: 'confirmed' },
  { code: 'facture.sellerVatNumber', label: 'Numéro de TVA intracommunautaire du vendeur', labelEn: "Seller's VAT number", references: [REFS.CGI_242_NONIES_A], status: 'confirmed' },
  { code: 'facture.vatRate', label: 'Taux de TVA de la ligne', labelEn: 'VAT rate of the line', references: [REFS.CGI_242_NONIES_A], status: 'confirmed' },
  { code: 'facture.sellerRcs', label: 'Immatriculation RCS et ville du greffe (société)', labelEn: 'RCS registration (company)', references: [REFS.CCOM_L441_9, REFS.CGI_242_NONIES_A], status: 'provisional' },
  { code: 'facture.sellerCapital', label: 'Capital social (société)', labelEn: 'Share capital (company)', references: [REFS.CCOM_L441_9, REFS.CGI_242_NONIES_A], status: 'provisional' },
  { code: 'facture.dueDate', label: "Date d'échéance du paiement", labelEn: 'Payment due date', references: [REFS.CCOM_L441_9, REFS.CCOM_L441_10], status: 'confirmed' },
  { code: 'facture.latePenaltyRate', label: 'Taux des pénalités de retard', labelEn: 'Late-payment penalty rate', references: [REFS.CCOM_L441_9, REFS.CCOM_L441_10], status: 'confirmed' },
  { code: 'facture.earlyPaymentDiscount', label: "Conditions d'escompte pour paiement anticipé", labelEn: 'Early-payment discount conditions', references: [REFS.CCOM_L441_9, REFS.CCOM_L441_10], status: 'confirmed' },
  { code: 'facture.clientSiren', label: 'SIREN du client (facturation électronique)', labelEn: "Client's SIREN (e-invoicing)", references: [REFS.DECRET_2022_1299], status: 'provisional' },
  { code: 'facture.paymentTerms', label: 'Date ou conditions de paiement', labelEn: 'Payment date or terms', references: [REFS.CCOM_L441_9], status: 'provisional' },
  { code: 'facture.dueAfterIssue', label: "Échéance postérieure à l'émission", labelEn: 'Due date after the issue date', references: [REFS.CCOM_L441_9], status: 'confirmed' },
];

/** The mention list of each kind (the value of its `<kind>.mentions` parameter). */
export const MENTION_LISTS = /* @__PURE__ */ (() => ({
  convention: [...D6353, ...FOAD, ...NDA, ...CLIENT, ...CONVENTION],
  'contrat-formation': [...CONTRAT, ...FOAD, ...NDA],
  programme: [...PROGRAMME, ...FOAD],
  devis: [...DEVIS, ...D6353, ...FOAD, ...NDA],
  convocation: [...CONVOCATION],
  'reglement-interieur': [...RI],
  'feuille-emargement': [...EMARGEMENT],
  'attestation-fin-formation': [...ATTESTATION],
  'certificat-realisation': [...CERTIFICAT],
  'questionnaire-satisfaction': [...QUESTIONNAIRE],
  facture: [...FACTURE, ...NDA],
  'cpf-plan': [] as MentionRule[],
  'audit-readiness': [] as MentionRule[],
  // A watch digest has no mandatory mention (see MENTION_LIST_BASIS).
  'veille-reglementaire': [] as MentionRule[],
}) satisfies Record<string, readonly MentionRule[]>)();

/**
 * Why a kind's list is what it is, when the mentions alone do not say it (the note and references of
 * its `<kind>.mentions` parameter). Source: ../shared/domain/rnq-2026.md (indicator 23, wording of the
 * décret n° 2026-728), ../shared/domain/rnq-v9.md (evidence of indicator 23).
 */
export const MENTION_LIST_BASIS: { readonly [K in keyof typeof MENTION_LISTS]?: { readonly note: string; readonly noteEn: string; readonly references: readonly LegalRef[] } } = {
  'veille-reglementaire': {
    note:
      'Aucune mention obligatoire : le code du travail n’impose ni ce document ni son contenu. L’indicateur 23 du référentiel national qualité demande seulement que le prestataire « réalise une veille légale et réglementaire sur le champ de la formation professionnelle et en exploite les enseignements » ; ce relevé en est une preuve possible, avec les actions décidées.',
    noteEn:
      'No mandatory mention: the Code du travail requires neither this document nor its content. Indicator 23 of the référentiel national qualité (the Qualiopi framework) only asks the provider to "carry out a legal and regulatory watch on the field of vocational training and make use of what it learns"; this record is one possible piece of evidence of it, with the actions decided.',
    references: [REFS.QUALIOPI_23],
  },
};
