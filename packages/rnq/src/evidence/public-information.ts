/**
 * French labels of the {@link PUBLIC_INFORMATION_FIELDS} codes, for reports.
 *
 * @example
 * ```ts
 * import { PUBLIC_INFORMATION_LABELS } from '@ofkit/rnq';
 * PUBLIC_INFORMATION_LABELS['delais-acces']; // 'délais d’accès'
 * ```
 */
export const PUBLIC_INFORMATION_LABELS: Readonly<Record<string, string>> = {
  prerequis: 'prérequis',
  objectifs: 'objectifs',
  'type-reconnaissance': 'type de reconnaissance de la formation (certification, attestation…)',
  duree: 'durée',
  'modalites-acces': 'modalités d’accès',
  'modalites-pedagogiques': 'modalités pédagogiques',
  'modalites-financement': 'modalités de financement',
  'delais-acces': 'délais d’accès',
  tarifs: 'tarifs',
  contacts: 'contacts',
  methodes: 'méthodes mobilisées',
  'modalites-evaluation': 'modalités d’évaluation',
  'accessibilite-handicap': 'accessibilité aux personnes en situation de handicap',
};

/** The information items indicator 1 requires, by version (annex wording; 2026 adds three). */
export const PUBLIC_INFORMATION_FIELDS = {
  'rnq-2019-v9': ['prerequis', 'objectifs', 'duree', 'modalites-acces', 'delais-acces', 'tarifs', 'contacts', 'methodes', 'modalites-evaluation', 'accessibilite-handicap'],
  'rnq-2026': ['prerequis', 'objectifs', 'type-reconnaissance', 'duree', 'modalites-pedagogiques', 'modalites-financement', 'delais-acces', 'tarifs', 'contacts', 'methodes', 'modalites-evaluation', 'accessibilite-handicap'],
} as const;
