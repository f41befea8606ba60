/**
 * The BPF (bilan pédagogique et financier, Cerfa 10443): figures, checks, missing data, exports.
 * Source: ../shared/domain/documents.md §7.
 *
 * @module
 */
export { computeBpf } from './compute.js';
export type {
  BpfResult,
  BpfOptions,
  BpfFrameId,
  BpfMoneyLine,
  BpfTraineeLine,
  BpfTrainerLine,
  BpfTraineeTable,
  BpfTraineeTotal,
  BpfMissing,
  BpfAnomaly,
  BpfCheck,
} from './compute.js';
export {
  bpfRules,
  CERFA_10443_17,
  BPF_C_LINES,
  BPF_TRAINEE_TYPES,
  BPF_OBJECTIVES,
  BPF_REFERENCES,
} from './layout.js';
export type { BpfRules, BpfLayout, BpfLineDef, BpfCLine, BpfTraineeType, BpfObjective, BpfRncpLevel, BpfF4Rule, BpfDeadlineRule } from './layout.js';
export {
  BpfInputSchema,
  BpfEnrolmentSchema,
  BpfSessionSchema,
  BpfTrainingSchema,
  BpfInvoiceSchema,
  BpfPayerSchema,
  BpfTrainerSchema,
  BpfTrainerHoursSchema,
  BpfOrganisationSchema,
  BpfChargesSchema,
  BpfManagerSchema,
  BpfDatedHoursSchema,
  BpfHoursSchema,
  BpfSubcontractingSchema,
  BpfEnrolmentStatusSchema,
  bpfInputJsonSchema,
} from './schema.js';
export type { BpfInput, BpfEnrolmentInput } from './schema.js';
export {
  bpfInputFromDomain,
  bpfObjectiveOfTraining,
  BpfDomainInputSchema,
  BpfDomainInvoiceSchema,
  BpfDomainTrainerHoursSchema,
  BPF_TRAINEE_TYPE_BY_LEARNER_TYPE,
} from './from-domain.js';
export type { BpfDomainInput, BpfDomainOptions } from './from-domain.js';
export { bpfToCsv, bpfToJson, BPF_CSV_COLUMNS } from './export.js';
export type { BpfCsvOptions, BpfJsonOptions } from './export.js';
export { bpfToDocument, formatHoursFr } from './document.js';
export type { BpfDocumentOptions } from './document.js';
