import type { EvidenceKind } from '../evidence/catalogue.js';
import type { ReferentialId } from '../referential/types.js';
import { Guard, isIndicatorNumber, isReferentialId, show } from '../shared/guard.js';

/**
 * What "covered" means for each indicator: groups of evidence kinds, all groups required, any kind
 * within a group. This is practice (a minimal file an auditor expects to see, after the guide V9
 * examples), not law; the substance rules (`EVIDENCE_RULES`) then check content.
 */
const BASE: Readonly<Record<number, readonly (readonly EvidenceKind[])[]>> = {
  1: [['programme', 'public-information']],
  2: [['result-publication']],
  3: [['result-publication']],
  4: [['needs-analysis', 'contract']],
  5: [['programme', 'contract']],
  6: [['programme']],
  7: [['certification-registration']],
  8: [['positioning-test']],
  9: [['internal-rules', 'welcome-booklet', 'convocation']],
  10: [['emargement', 'lms-assistance-log', 'lms-connection-log', 'convention', 'contract', 'certificat-de-realisation']],
  11: [['assessment', 'certification-results', 'lms-completion-report', 'attestation']],
  12: [['dropout-procedure']],
  13: [['alternance-liaison']],
  14: [['socio-professional-support']],
  15: [['apprentice-rights-information', 'internal-rules']],
  16: [['certification-registration']],
  17: [['premises-equipment', 'trainer-cv', 'subcontracting-contract']],
  18: [['organigram']],
  19: [['learning-resources']],
  20: [['improvement-council'], ['disability-referent'], ['mobility-referent']],
  21: [['trainer-cv']],
  22: [['skills-development-plan', 'trainer-training']],
  23: [['legal-watch', 'veille-reglementaire']],
  24: [['jobs-watch']],
  25: [['pedagogical-watch']],
  26: [['disability-partner-network', 'disability-referent']],
  27: [['subcontracting-contract']],
  28: [['partner-network', 'alternance-liaison']],
  29: [['employability-actions']],
  30: [['satisfaction-hot', 'satisfaction-cold']],
  31: [['complaint-log']],
  32: [['improvement-plan']],
  33: [['learner-content-evaluation']],
};

const EXTRA_2026: Readonly<Record<number, readonly (readonly EvidenceKind[])[]>> = {
  12: [['violence-prevention-procedure']],
  14: [['violence-prevention-procedure']],
  32: [['risk-analysis']],
};

/**
 * The evidence groups required to call an indicator covered (all groups; any kind within a group).
 *
 * @example
 * ```ts
 * import { requirementGroups } from '@ofkit/rnq';
 * requirementGroups(32, 'rnq-2019-v9', false); // [['improvement-plan']]
 * requirementGroups(32, 'rnq-2026', false).length; // 2 (the 2026 risk analysis)
 * ```
 */
export function requirementGroups(indicator: number, version: ReferentialId, distanceLearning: boolean): (readonly EvidenceKind[])[] {
  new Guard()
    .check(isIndicatorNumber(indicator) && !(indicator === 33 && version === 'rnq-2019-v9'), ['indicator'], 'invalid_indicator', `Indicateur inconnu dans ${show(version)} : ${show(indicator)}.`, `Unknown indicator in ${show(version)}: ${show(indicator)}.`)
    .check(isReferentialId(version), ['version'], 'invalid_enum_value', 'Version attendue : rnq-2019-v9 ou rnq-2026.', 'Expected version: rnq-2019-v9 or rnq-2026.')
    .check(typeof distanceLearning === 'boolean', ['distanceLearning'], 'invalid_type', 'Booléen attendu.', 'Boolean expected.')
    .done();
  const groups = [...(BASE[indicator] ?? [])];
  if (version === 'rnq-2026') groups.push(...(EXTRA_2026[indicator] ?? []));
  if (indicator === 19 && distanceLearning) groups.push(['lms-assistance-log']);
  return groups;
}

/**
 * Indicators small OFs most often fail (practice, after certifiers' feedback summarised in the
 * issue): public information, adaptation of means, trainers' competences, feedback, complaints,
 * improvement. Used to order the to-do list after the major risks.
 */
export const FREQUENT_FAILURES: readonly number[] = [1, 2, 3, 17, 19, 10, 21, 22, 30, 31, 32];
