/**
 * @packageDocumentation
 * `@ofkit/cpf`: the CPF financing engine. Order of mobilisation (R. 6333-3), dotations and their
 * conditions, participation forfaitaire and its exemptions, caps and eligibility (2026), rights
 * accrual, dotation lifecycle and the platform (CGU) deadlines — each rule dated, referenced and
 * explained. Facts: ../shared/domain/cpf.md.
 */
export { planCpfFinancing } from './financing/plan.js';
export { cpfFinancingRules } from './financing/rules.js';
export type { CpfFinancingRules } from './financing/rules.js';
export { CpfFinancingRequestSchema } from './financing/schema.js';
export type {
  CpfFinancingRequest,
  CpfFinancingPlan,
  CpfFinancingLine,
  CpfFinancingOptions,
  CpfAction,
  CpfActionType,
  CpfCredit,
  CpfTopUp,
  CreditBasis,
  CreditFunder,
  TopUpBasis,
  TopUpFunder,
  HolderStatus,
} from './financing/types.js';
export type { MobilisationScheme, ResourceSelector, PriorityTiers } from './financing/order.js';
export type { AcquiredRightsCaps } from './financing/caps.js';
export type { LightLicenceRule } from './financing/eligibility-rules.js';
export type { ParticipationExemptions } from './financing/participation.js';
export { dotationStatus, cpfDotationRules } from './dotation/status.js';
export type { CpfDotationRules, DotationInput, DotationState, DotationStatusResult } from './dotation/status.js';
export type { DotationRefundRule } from './dotation/refund.js';
export { cpfPlatformDeadlines, cpfPlatformRules } from './platform/deadlines.js';
export type { CpfPlatformRules, CpfDeadlinesInput, CpfDeadlines } from './platform/deadlines.js';
export { completionRate, partialCompletionPayment } from './platform/completion.js';
export type { CompletionInput, CompletionRateResult, PartialCompletionInput, PartialCompletionResult } from './platform/completion.js';
export type { PartialCompletionBands } from './platform/cgu.js';
export { projectCpfRights, cpfAccrualRules } from './accrual/project.js';
export type { CpfAccrualRules, CpfActivityYear, CpfRightsHistory, CpfRightsYear, CpfRightsProjection, OutsideCeilingBasis } from './accrual/project.js';
export type { AccrualAmount, ReferenceDurations, SpendingOrder } from './accrual/amounts.js';
export { cpfLawCatalogue } from './law-catalogue.js';
