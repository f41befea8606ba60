import { conventionKind } from './convention.js';
import { contratKind } from './contrat.js';
import { convocationKind, devisKind, programmeKind } from './programme.js';
import { reglementKind } from './reglement.js';
import { emargementKind } from './emargement.js';
import { attestationKind, certificatKind, questionnaireKind } from './end-of-training.js';
import { factureKind } from './facture.js';
import { cpfPlanKind, readinessKind } from './reports.js';

/** Every document kind of `createDocument`, by name. */
export const KINDS = {
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
} as const;

/** The name of a document kind. */
export type DocumentKind = keyof typeof KINDS;
