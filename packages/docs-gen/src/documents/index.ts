/**
 * Legal documents of a training organisation: `createDocument`, `checkMentions`, their schemas
 * and the dated rules they apply.
 *
 * @module
 */
export { createDocument, checkMentions, DOCUMENT_KINDS } from './create.js';
export type { DocumentInput } from './create.js';
export type { DocumentKind, DocumentSchemaMap } from './kinds/index.js';
export type { DocumentOptions } from './common.js';
export { documentSchemas, documentJsonSchema, documentJsonSchemas } from './schemas.js';
export { documentRules } from './rules.js';
export type { DocumentRules, IssuerSize, MentionParameterKey, MentionKind } from './rules.js';
export { MENTION_LISTS } from './mentions.js';
export type { MentionRule } from './mentions.js';
export { REFS as DOCUMENT_REFERENCES } from './refs.js';
export type { ConventionInput } from './kinds/convention.js';
export type { ContratInput } from './kinds/contrat.js';
export type { ProgrammeInput, DevisInput, ConvocationInput } from './kinds/programme.js';
export type { ReglementInput } from './kinds/reglement.js';
export type { EmargementInput } from './kinds/emargement.js';
export type { AttestationInput, CertificatInput, QuestionnaireInput } from './kinds/end-of-training.js';
export type { FactureInput } from './kinds/facture.js';
export type { CpfPlanDocInput, ReadinessDocInput } from './kinds/reports.js';
export { CpfPlanDataSchema, ReadinessDataSchema, CpfPlanDocSchema, ReadinessDocSchema } from './kinds/reports.js';
export { ConventionSchema } from './kinds/convention.js';
export { ContratSchema } from './kinds/contrat.js';
export { ProgrammeSchema, DevisSchema, ConvocationSchema } from './kinds/programme.js';
export { ReglementSchema } from './kinds/reglement.js';
export { EmargementSchema } from './kinds/emargement.js';
export { AttestationSchema, CertificatSchema, QuestionnaireSchema } from './kinds/end-of-training.js';
export { FactureSchema } from './kinds/facture.js';
export {
  ClientSchema,
  TrainingBlockSchema,
  SessionBlockSchema,
  LearnerBlockSchema,
  TrainerBlockSchema,
  NamedPersonSchema,
  ClauseSchema,
  BankAccountSchema,
  isValidIban,
} from './common.js';
export type { Client, TrainingBlock, SessionBlock, LearnerBlock, TrainerBlock, NamedPerson } from './common.js';
export { documentInputsFromSession, SessionRecordsSchema, DocumentFieldsSchema } from './from-session.js';
export type { SessionRecords, SessionDocument, DocumentFields } from './from-session.js';
export { documentJsonSchema as documentInputJsonSchema } from './schemas.js';
export { DocumentOptionsSchema } from './common.js';
