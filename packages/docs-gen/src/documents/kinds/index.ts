import { conventionKind } from './convention.js';
import { contratKind } from './contrat.js';
import { convocationKind, devisKind, programmeKind } from './programme.js';
import { reglementKind } from './reglement.js';
import { emargementKind } from './emargement.js';
import { attestationKind, certificatKind, questionnaireKind } from './end-of-training.js';
import { factureKind } from './facture.js';
import { cpfPlanKind, readinessKind } from './reports.js';
import { veilleKind, type VeilleSchema } from './veille.js';
import type { KindSpec } from './spec.js';
import type { ConventionSchema } from './convention.js';
import type { ContratSchema } from './contrat.js';
import type { ConvocationSchema, DevisSchema, ProgrammeSchema } from './programme.js';
import type { ReglementSchema } from './reglement.js';
import type { EmargementSchema } from './emargement.js';
import type { AttestationSchema, CertificatSchema, QuestionnaireSchema } from './end-of-training.js';
import type { FactureSchema } from './facture.js';
import type { CpfPlanDocSchema, ReadinessDocSchema } from './reports.js';

/**
 * The input schema of each document kind, by kind name.
 *
 * @example
 * ```ts
 * import type { DocumentSchemaMap } from '@ofkit/docs-gen';
 * type FactureSchemaType = DocumentSchemaMap['facture'];
 * ```
 */
export interface DocumentSchemaMap {
  convention: typeof ConventionSchema;
  'contrat-formation': typeof ContratSchema;
  programme: typeof ProgrammeSchema;
  devis: typeof DevisSchema;
  convocation: typeof ConvocationSchema;
  'reglement-interieur': typeof ReglementSchema;
  'feuille-emargement': typeof EmargementSchema;
  'attestation-fin-formation': typeof AttestationSchema;
  'certificat-realisation': typeof CertificatSchema;
  'questionnaire-satisfaction': typeof QuestionnaireSchema;
  facture: typeof FactureSchema;
  'cpf-plan': typeof CpfPlanDocSchema;
  'audit-readiness': typeof ReadinessDocSchema;
  'veille-reglementaire': typeof VeilleSchema;
}

/**
 * The name of a document kind of `createDocument`.
 *
 * @example
 * ```ts
 * import type { DocumentKind } from '@ofkit/docs-gen';
 * const kind: DocumentKind = 'certificat-realisation';
 * ```
 */
export type DocumentKind = keyof DocumentSchemaMap;

/** Every document kind of `createDocument`, by name. */
export const KINDS: { readonly [K in DocumentKind]: KindSpec<DocumentSchemaMap[K]> } = {
  convention: conventionKind,
  'contrat-formation': contratKind,
  programme: programmeKind,
  devis: devisKind,
  convocation: convocationKind,
  'reglement-interieur': reglementKind,
  'feuille-emargement': emargementKind,
  'attestation-fin-formation': attestationKind,
  'certificat-realisation': certificatKind,
  'questionnaire-satisfaction': questionnaireKind,
  facture: factureKind,
  'cpf-plan': cpfPlanKind,
  'audit-readiness': readinessKind,
  'veille-reglementaire': veilleKind,
};
