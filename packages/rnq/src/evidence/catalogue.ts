import type { LegalRef } from '@ofkit/core';
import type { ReferentialId } from '../referential/types.js';
import { Guard, isIndicatorNumber, isReferentialId, show } from '../shared/guard.js';
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
  'veille-reglementaire',
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
export const EVIDENCE_CATALOGUE: Readonly<Record<EvidenceKind, EvidenceKindInfo>> = /* @__PURE__ */ (() => ({
  programme: /* @__PURE__ */ k('programme', 'Programme de formation', 'Training programme', /* @__PURE__ */ both(1, 5, 6)),
  'public-information': /* @__PURE__ */ k('public-information', 'Information publique (site, plaquette)', 'Public information (website, brochure)', /* @__PURE__ */ both(1)),
  'accessibility-policy': /* @__PURE__ */ k('accessibility-policy', 'Politique d’accessibilité (handicap)', 'Accessibility policy', /* @__PURE__ */ both(1, 26)),
  'result-publication': /* @__PURE__ */ k('result-publication', 'Publication des indicateurs de résultats', 'Published result indicators', /* @__PURE__ */ both(2, 3)),
  'needs-analysis': /* @__PURE__ */ k('needs-analysis', 'Analyse du besoin', 'Needs analysis', /* @__PURE__ */ both(4)),
  convention: /* @__PURE__ */ k('convention', 'Convention de formation / de bilan', 'Training or bilan agreement', /* @__PURE__ */ both(1, 4, 10)),
  contract: /* @__PURE__ */ k('contract', 'Contrat (formation, apprentissage, accompagnement VAE)', 'Contract', /* @__PURE__ */ both(1, 4, 5, 10)),
  'positioning-test': /* @__PURE__ */ k('positioning-test', 'Test de positionnement à l’entrée', 'Entry positioning test', /* @__PURE__ */ both(8), 'learner'),
  convocation: /* @__PURE__ */ k('convocation', 'Convocation', 'Joining instructions', /* @__PURE__ */ both(9), 'session'),
  'welcome-booklet': /* @__PURE__ */ k('welcome-booklet', 'Livret d’accueil', 'Welcome booklet', /* @__PURE__ */ both(9)),
  'internal-rules': /* @__PURE__ */ k('internal-rules', 'Règlement intérieur', 'Internal rules', /* @__PURE__ */ both(9, 15)),
  emargement: /* @__PURE__ */ k('emargement', 'Feuille d’émargement', 'Attendance sheet (émargement)', /* @__PURE__ */ both(10, 12), 'session', 'law', [REF.l6353_1, REF.caaNantes2021]),
  assessment: /* @__PURE__ */ k('assessment', 'Évaluation des acquis', 'Learning assessment', /* @__PURE__ */ both(11), 'learner'),
  attestation: /* @__PURE__ */ k('attestation', 'Attestation de fin de formation', 'Attendance/completion attestation', /* @__PURE__ */ both(11), 'learner', 'practice', [REF.practice]),
  'certificat-de-realisation': /* @__PURE__ */ k('certificat-de-realisation', 'Certificat de réalisation', 'Certificate of completion (certificat de réalisation)', /* @__PURE__ */ both(10), 'learner', 'practice', [REF.practice]),
  'satisfaction-hot': /* @__PURE__ */ k('satisfaction-hot', 'Questionnaire de satisfaction à chaud', 'Hot satisfaction survey', /* @__PURE__ */ both(30, 2), 'session'),
  'satisfaction-cold': /* @__PURE__ */ k('satisfaction-cold', 'Questionnaire de satisfaction à froid', 'Cold satisfaction survey', /* @__PURE__ */ both(30, 2), 'session'),
  'funder-feedback': /* @__PURE__ */ k('funder-feedback', 'Appréciation des financeurs', 'Funder feedback', /* @__PURE__ */ both(30)),
  'complaint-log': /* @__PURE__ */ k('complaint-log', 'Registre des réclamations', 'Complaint log', /* @__PURE__ */ both(31)),
  'improvement-plan': /* @__PURE__ */ k('improvement-plan', 'Plan d’amélioration', 'Improvement plan', /* @__PURE__ */ both(32)),
  'risk-analysis': /* @__PURE__ */ k('risk-analysis', 'Analyse des risques sur la qualité', 'Quality risk analysis', { 'rnq-2019-v9': [], 'rnq-2026': [32] }, 'organisation', 'law', [REF.decret2026_728]),
  'legal-watch': /* @__PURE__ */ k('legal-watch', 'Veille légale et réglementaire', 'Legal and regulatory watch', /* @__PURE__ */ both(23)),
  'jobs-watch': /* @__PURE__ */ k('jobs-watch', 'Veille métiers, emplois, compétences', 'Jobs and skills watch', /* @__PURE__ */ both(24)),
  'veille-reglementaire': /* @__PURE__ */ k(
    'veille-reglementaire',
    'Synthèse datée de veille réglementaire (changements de la période et points ouverts)',
    'Dated regulatory-watch digest (changes of the period and open points)',
    /* @__PURE__ */ both(23),
    'organisation',
    'practice',
    [REF.guideV9, REF.practice],
  ),
  'pedagogical-watch': /* @__PURE__ */ k('pedagogical-watch', 'Veille innovations pédagogiques et technologiques', 'Pedagogical and technological watch', /* @__PURE__ */ both(25)),
  'trainer-cv': /* @__PURE__ */ k('trainer-cv', 'CV d’intervenant', 'Trainer CV', /* @__PURE__ */ both(17, 21)),
  'trainer-training': /* @__PURE__ */ k('trainer-training', 'Formation des intervenants', 'Trainer training record', /* @__PURE__ */ both(21, 22)),
  'competence-framework': /* @__PURE__ */ k('competence-framework', 'Compétences requises des intervenants', 'Required trainer competences', /* @__PURE__ */ both(21)),
  'skills-development-plan': /* @__PURE__ */ k('skills-development-plan', 'Plan de développement des compétences', 'Skills development plan', /* @__PURE__ */ both(22)),
  organigram: /* @__PURE__ */ k('organigram', 'Organigramme fonctionnel', 'Functional organigram', /* @__PURE__ */ both(18)),
  'premises-equipment': /* @__PURE__ */ k('premises-equipment', 'Locaux, équipements, plateaux techniques', 'Premises and equipment', /* @__PURE__ */ both(17)),
  'learning-resources': /* @__PURE__ */ k('learning-resources', 'Ressources pédagogiques', 'Learning resources', /* @__PURE__ */ both(19)),
  'disability-partner-network': /* @__PURE__ */ k('disability-partner-network', 'Réseau de partenaires handicap', 'Disability partner network', /* @__PURE__ */ both(26)),
  'disability-referent': /* @__PURE__ */ k('disability-referent', 'Référent handicap', 'Disability referent', /* @__PURE__ */ both(20, 26)),
  'certification-registration': /* @__PURE__ */ k('certification-registration', 'Habilitation / inscription à la certification', 'Certification registration or habilitation', /* @__PURE__ */ both(7, 16)),
  'certification-results': /* @__PURE__ */ k('certification-results', 'Résultats aux certifications', 'Certification results', /* @__PURE__ */ both(3, 11)),
  'subcontracting-contract': /* @__PURE__ */ k('subcontracting-contract', 'Contrat de sous-traitance', 'Subcontracting contract', /* @__PURE__ */ both(17, 27), 'organisation', 'law', [REF.guideV9, REF.r6333_6_2]),
  'subcontractor-certificate': /* @__PURE__ */ k('subcontractor-certificate', 'Certificat Qualiopi du sous-traitant', 'Subcontractor Qualiopi certificate', /* @__PURE__ */ both(27), 'organisation', 'law', [REF.r6333_6_3]),
  'lms-connection-log': /* @__PURE__ */ k('lms-connection-log', 'Relevé de connexions (plateforme)', 'LMS connection log', { 'rnq-2019-v9': [10, 19], 'rnq-2026': [10, 19] }, 'session', 'law', [REF.d6313_3_1, REF.l6353_1]),
  'lms-assistance-log': /* @__PURE__ */ k('lms-assistance-log', 'Traces d’assistance technique et pédagogique', 'Technical and pedagogical assistance log', /* @__PURE__ */ both(10, 19), 'session', 'law', [REF.d6313_3_1, REF.guideV9]),
  'lms-completion-report': /* @__PURE__ */ k('lms-completion-report', 'Suivi de réalisation des activités à distance', 'Distance-activity completion report', { 'rnq-2019-v9': [11], 'rnq-2026': [11, 19] }, 'session', 'law', [REF.d6313_3_1, REF.decret2026_728]),
  'dropout-procedure': /* @__PURE__ */ k('dropout-procedure', 'Procédure de prévention des abandons', 'Dropout-prevention procedure', /* @__PURE__ */ both(12)),
  'violence-prevention-procedure': /* @__PURE__ */ k('violence-prevention-procedure', 'Prévention et traitement des violences, harcèlement, discriminations', 'Violence, harassment and discrimination procedure', { 'rnq-2019-v9': [], 'rnq-2026': [12, 14] }, 'organisation', 'law', [REF.decret2026_728]),
  'alternance-liaison': /* @__PURE__ */ k('alternance-liaison', 'Livret de liaison centre/entreprise', 'Centre/company liaison booklet', /* @__PURE__ */ both(13, 28)),
  'partner-network': /* @__PURE__ */ k('partner-network', 'Réseau de partenaires socio-économiques', 'Socio-economic partner network', /* @__PURE__ */ both(28)),
  'socio-professional-support': /* @__PURE__ */ k('socio-professional-support', 'Accompagnement socio-professionnel', 'Socio-professional support', /* @__PURE__ */ both(14)),
  'apprentice-rights-information': /* @__PURE__ */ k('apprentice-rights-information', 'Information des apprentis (droits, santé-sécurité)', 'Apprentice rights and safety information', /* @__PURE__ */ both(15)),
  'improvement-council': /* @__PURE__ */ k('improvement-council', 'Conseil de perfectionnement (composition, compte rendu)', 'Conseil de perfectionnement', /* @__PURE__ */ both(20)),
  'mobility-referent': /* @__PURE__ */ k('mobility-referent', 'Personnel dédié à la mobilité', 'Mobility staff', /* @__PURE__ */ both(20)),
  'employability-actions': /* @__PURE__ */ k('employability-actions', 'Actions d’insertion et de poursuite d’études', 'Employability actions', /* @__PURE__ */ both(29)),
  'learner-content-evaluation': /* @__PURE__ */ k('learner-content-evaluation', 'Évaluation des contenus et enseignements par les apprenants', 'Learner evaluation of contents and teaching', { 'rnq-2019-v9': [], 'rnq-2026': [33] }, 'session', 'law', [REF.decret2026_728]),
  other: /* @__PURE__ */ k('other', 'Autre preuve (liée explicitement à des indicateurs)', 'Other evidence (linked explicitly)', /* @__PURE__ */ both(), 'organisation', 'practice', [REF.practice]),
}))();

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
  new Guard()
    .check(isIndicatorNumber(indicator), ['indicator'], 'invalid_indicator', `Numéro d'indicateur attendu (1 à 33) : ${show(indicator)}.`, `Indicator number expected (1 to 33): ${show(indicator)}.`)
    .check(isReferentialId(version), ['version'], 'invalid_enum_value', 'Version attendue : rnq-2019-v9 ou rnq-2026.', 'Expected version: rnq-2019-v9 or rnq-2026.')
    .done();
  return EVIDENCE_KINDS.filter((kind) => EVIDENCE_CATALOGUE[kind].indicators[version].includes(indicator));
}
