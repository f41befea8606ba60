import type { LegalRef } from '@ofkit/core';
import type { ReferentialId } from '../referential/types.js';
import { REF } from '../shared/references.js';

/** Every evidence kind known to the catalogue (`other` = anything else, linked explicitly to indicators). */
export const EVIDENCE_KINDS = [
  'programme',
  'public-information',
  'accessibility-policy',
  'result-publication',
  'needs-analysis',
  'convention',
  'contract',
  'positioning-test',
  'convocation',
  'welcome-booklet',
  'internal-rules',
  'emargement',
  'assessment',
  'attestation',
  'certificat-de-realisation',
  'satisfaction-hot',
  'satisfaction-cold',
  'funder-feedback',
  'complaint-log',
  'improvement-plan',
  'risk-analysis',
  'legal-watch',
  'jobs-watch',
  'pedagogical-watch',
  'trainer-cv',
  'trainer-training',
  'competence-framework',
  'skills-development-plan',
  'organigram',
  'premises-equipment',
  'learning-resources',
  'disability-partner-network',
  'disability-referent',
  'certification-registration',
  'certification-results',
  'subcontracting-contract',
  'subcontractor-certificate',
  'lms-connection-log',
  'lms-assistance-log',
  'lms-completion-report',
  'dropout-procedure',
  'violence-prevention-procedure',
  'alternance-liaison',
  'partner-network',
  'socio-professional-support',
  'apprentice-rights-information',
  'improvement-council',
  'mobility-referent',
  'employability-actions',
  'learner-content-evaluation',
  'other',
] as const;

/** A kind of evidence item. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What a kind of evidence is and which indicators it can evidence, per référentiel version. */
export interface EvidenceKindInfo {
  readonly kind: EvidenceKind;
  readonly label: string;
  readonly labelEn: string;
  /** Indicators this kind can evidence, per version. */
  readonly indicators: Readonly<Record<ReferentialId, readonly number[]>>;
  /** `session` kinds are expected per session (émargement, satisfaction…); `organisation` kinds once. */
  readonly scope: 'organisation' | 'session' | 'learner';
  /** Where the link comes from: the guide's examples, a legal text, or practice. */
  readonly basis: 'guide-v9' | 'law' | 'practice';
  readonly references: readonly LegalRef[];
}

const both = (...n: number[]): Record<ReferentialId, readonly number[]> => ({ 'rnq-2019-v9': n, 'rnq-2026': n });
const k = (
  kind: EvidenceKind,
  label: string,
  labelEn: string,
  indicators: Record<ReferentialId, readonly number[]>,
  scope: EvidenceKindInfo['scope'] = 'organisation',
  basis: EvidenceKindInfo['basis'] = 'guide-v9',
  references: readonly LegalRef[] = [REF.guideV9],
): EvidenceKindInfo => ({ kind, label, labelEn, indicators, scope, basis, references });

/**
 * The catalogue of evidence kinds (guide V9 examples, `../shared/domain/rnq-v9.md` §2, and
 * practice where marked), with the indicators each can evidence in each version.
 */
export const EVIDENCE_CATALOGUE: Readonly<Record<EvidenceKind, EvidenceKindInfo>> = {
  programme: k('programme', 'Programme de formation', 'Training programme', both(1, 5, 6)),
  'public-information': k('public-information', 'Information publique (site, plaquette)', 'Public information (website, brochure)', both(1)),
  'accessibility-policy': k('accessibility-policy', 'Politique d’accessibilité (handicap)', 'Accessibility policy', both(1, 26)),
  'result-publication': k('result-publication', 'Publication des indicateurs de résultats', 'Published result indicators', both(2, 3)),
  'needs-analysis': k('needs-analysis', 'Analyse du besoin', 'Needs analysis', both(4)),
  convention: k('convention', 'Convention de formation / de bilan', 'Training or bilan agreement', both(1, 4, 10)),
  contract: k('contract', 'Contrat (formation, apprentissage, accompagnement VAE)', 'Contract', both(1, 4, 5, 10)),
  'positioning-test': k('positioning-test', 'Test de positionnement à l’entrée', 'Entry positioning test', both(8), 'learner'),
  convocation: k('convocation', 'Convocation', 'Joining instructions', both(9), 'session'),
  'welcome-booklet': k('welcome-booklet', 'Livret d’accueil', 'Welcome booklet', both(9)),
  'internal-rules': k('internal-rules', 'Règlement intérieur', 'Internal rules', both(9, 15)),
  emargement: k('emargement', 'Feuille d’émargement', 'Attendance sheet (émargement)', both(10, 12), 'session', 'law', [REF.l6353_1, REF.caaNantes2021]),
  assessment: k('assessment', 'Évaluation des acquis', 'Learning assessment', both(11), 'learner'),
  attestation: k('attestation', 'Attestation de fin de formation', 'Attendance/completion attestation', both(11), 'learner', 'practice', [REF.practice]),
  'certificat-de-realisation': k('certificat-de-realisation', 'Certificat de réalisation', 'Certificate of completion (certificat de réalisation)', both(10), 'learner', 'practice', [REF.practice]),
  'satisfaction-hot': k('satisfaction-hot', 'Questionnaire de satisfaction à chaud', 'Hot satisfaction survey', both(30, 2), 'session'),
  'satisfaction-cold': k('satisfaction-cold', 'Questionnaire de satisfaction à froid', 'Cold satisfaction survey', both(30, 2), 'session'),
  'funder-feedback': k('funder-feedback', 'Appréciation des financeurs', 'Funder feedback', both(30)),
  'complaint-log': k('complaint-log', 'Registre des réclamations', 'Complaint log', both(31)),
  'improvement-plan': k('improvement-plan', 'Plan d’amélioration', 'Improvement plan', both(32)),
  'risk-analysis': k('risk-analysis', 'Analyse des risques sur la qualité', 'Quality risk analysis', { 'rnq-2019-v9': [], 'rnq-2026': [32] }, 'organisation', 'law', [REF.decret2026_728]),
  'legal-watch': k('legal-watch', 'Veille légale et réglementaire', 'Legal and regulatory watch', both(23)),
  'jobs-watch': k('jobs-watch', 'Veille métiers, emplois, compétences', 'Jobs and skills watch', both(24)),
  'pedagogical-watch': k('pedagogical-watch', 'Veille innovations pédagogiques et technologiques', 'Pedagogical and technological watch', both(25)),
  'trainer-cv': k('trainer-cv', 'CV d’intervenant', 'Trainer CV', both(17, 21)),
  'trainer-training': k('trainer-training', 'Formation des intervenants', 'Trainer training record', both(21, 22)),
  'competence-framework': k('competence-framework', 'Compétences requises des intervenants', 'Required trainer competences', both(21)),
  'skills-development-plan': k('skills-development-plan', 'Plan de développement des compétences', 'Skills development plan', both(22)),
  organigram: k('organigram', 'Organigramme fonctionnel', 'Functional organigram', both(18)),
  'premises-equipment': k('premises-equipment', 'Locaux, équipements, plateaux techniques', 'Premises and equipment', both(17)),
  'learning-resources': k('learning-resources', 'Ressources pédagogiques', 'Learning resources', both(19)),
  'disability-partner-network': k('disability-partner-network', 'Réseau de partenaires handicap', 'Disability partner network', both(26)),
  'disability-referent': k('disability-referent', 'Référent handicap', 'Disability referent', both(20, 26)),
  'certification-registration': k('certification-registration', 'Habilitation / inscription à la certification', 'Certification registration or habilitation', both(7, 16)),
  'certification-results': k('certification-results', 'Résultats aux certifications', 'Certification results', both(3, 11)),
  'subcontracting-contract': k('subcontracting-contract', 'Contrat de sous-traitance', 'Subcontracting contract', both(17, 27), 'organisation', 'law', [REF.guideV9, REF.r6333_6_2]),
  'subcontractor-certificate': k('subcontractor-certificate', 'Certificat Qualiopi du sous-traitant', 'Subcontractor Qualiopi certificate', both(27), 'organisation', 'law', [REF.r6333_6_3]),
  'lms-connection-log': k('lms-connection-log', 'Relevé de connexions (plateforme)', 'LMS connection log', { 'rnq-2019-v9': [10, 19], 'rnq-2026': [10, 19] }, 'session', 'law', [REF.d6313_3_1, REF.l6353_1]),
  'lms-assistance-log': k('lms-assistance-log', 'Traces d’assistance technique et pédagogique', 'Technical and pedagogical assistance log', both(10, 19), 'session', 'law', [REF.d6313_3_1, REF.guideV9]),
  'lms-completion-report': k('lms-completion-report', 'Suivi de réalisation des activités à distance', 'Distance-activity completion report', { 'rnq-2019-v9': [11], 'rnq-2026': [11, 19] }, 'session', 'law', [REF.d6313_3_1, REF.decret2026_728]),
  'dropout-procedure': k('dropout-procedure', 'Procédure de prévention des abandons', 'Dropout-prevention procedure', both(12)),
  'violence-prevention-procedure': k('violence-prevention-procedure', 'Prévention et traitement des violences, harcèlement, discriminations', 'Violence, harassment and discrimination procedure', { 'rnq-2019-v9': [], 'rnq-2026': [12, 14] }, 'organisation', 'law', [REF.decret2026_728]),
  'alternance-liaison': k('alternance-liaison', 'Livret de liaison centre/entreprise', 'Centre/company liaison booklet', both(13, 28)),
  'partner-network': k('partner-network', 'Réseau de partenaires socio-économiques', 'Socio-economic partner network', both(28)),
  'socio-professional-support': k('socio-professional-support', 'Accompagnement socio-professionnel', 'Socio-professional support', both(14)),
  'apprentice-rights-information': k('apprentice-rights-information', 'Information des apprentis (droits, santé-sécurité)', 'Apprentice rights and safety information', both(15)),
  'improvement-council': k('improvement-council', 'Conseil de perfectionnement (composition, compte rendu)', 'Conseil de perfectionnement', both(20)),
  'mobility-referent': k('mobility-referent', 'Personnel dédié à la mobilité', 'Mobility staff', both(20)),
  'employability-actions': k('employability-actions', 'Actions d’insertion et de poursuite d’études', 'Employability actions', both(29)),
  'learner-content-evaluation': k('learner-content-evaluation', 'Évaluation des contenus et enseignements par les apprenants', 'Learner evaluation of contents and teaching', { 'rnq-2019-v9': [], 'rnq-2026': [33] }, 'session', 'law', [REF.decret2026_728]),
  other: k('other', 'Autre preuve (liée explicitement à des indicateurs)', 'Other evidence (linked explicitly)', both(), 'organisation', 'practice', [REF.practice]),
};

/**
 * The evidence kinds that can prove an indicator in a version.
 *
 * @example
 * ```ts
 * import { evidenceKindsFor } from '@ofkit/rnq';
 * evidenceKindsFor(31, 'rnq-2026'); // ['complaint-log']
 * ```
 */
export function evidenceKindsFor(indicator: number, version: ReferentialId): EvidenceKind[] {
  return EVIDENCE_KINDS.filter((kind) => EVIDENCE_CATALOGUE[kind].indicators[version].includes(indicator));
}
