/**
 * @packageDocumentation
 * `@ofkit/rnq`: the Qualiopi référentiels (RNQ) as versioned, dated data — which indicators apply
 * to an OF, what proves each one, how ready it is for its audit, when things are due, its result
 * indicators, and the evidence an LMS can produce for distance learning.
 */
export { getReferential } from './referential/referential.js';
export { rnqRules, RnqRulesSchema } from './referential/rules.js';
export type { RnqRules, RnqRuleParameters } from './referential/rules.js';
export { RnqOptionsSchema, AuditTypeSchema } from './referential/options.js';
export type { RnqOptions, AuditType } from './referential/options.js';
export { CATEGORIES } from './referential/types.js';
export type {
  Category,
  CategoryApplicability,
  ChangeVs2019,
  Condition,
  Criterion,
  Dispute,
  DisputedOptionName,
  Indicator,
  NewEntrantTreatment,
  NonConformityGrade,
  Referential,
  ReferentialId,
  WordingStatus,
} from './referential/types.js';
export { applicableIndicators, ApplicabilityOptionsSchema } from './applicability/applicable.js';
export type { ApplicabilityOptions, ApplicabilityResult, ApplicableIndicator, ExcludedIndicator, AuditScope } from './applicability/applicable.js';
export { OfProfileSchema, CategorySchema } from './applicability/profile.js';
export type { OfProfile } from './applicability/profile.js';
export { assessReadiness, percent } from './readiness/readiness.js';
export type { ReadinessOptions, ReadinessResult, IndicatorReadiness, ReadinessStatus, Risk, Gap, TodoItem } from './readiness/readiness.js';
export { readinessToMarkdown } from './readiness/markdown.js';
export type { MarkdownOptions } from './readiness/markdown.js';
export { EVIDENCE_CATALOGUE, EVIDENCE_KINDS, evidenceKindsFor } from './evidence/catalogue.js';
export type { EvidenceKind, EvidenceKindInfo } from './evidence/catalogue.js';
export { EvidenceItemSchema, EvidenceSessionSchema, EvidenceSetSchema, PUBLIC_INFORMATION_FIELDS, PUBLIC_INFORMATION_LABELS } from './evidence/model.js';
export type { EvidenceItem, EvidenceSession, EvidenceSet, EmargementHalfDay } from './evidence/model.js';
export { EVIDENCE_RULES } from './evidence/rules.js';
export type { EvidenceRule, RuleOutcome, RuleBasis, RuleContext } from './evidence/rules.js';
export type { EvidenceIndex } from './evidence/index-evidence.js';
export { requirementGroups, FREQUENT_FAILURES } from './readiness/requirements.js';
export { auditCycle } from './calendar/audit-cycle.js';
export type { AuditCycleInput, AuditCycleResult, SurveillanceWindowReading } from './calendar/audit-cycle.js';
export { nonConformityDeadlines } from './calendar/non-conformity.js';
export type { NonConformityInput, NonConformityDeadlines } from './calendar/non-conformity.js';
export { computeResultIndicators } from './results/result-indicators.js';
export type { ResultIndicatorsInput, ResultIndicators, ResultEnrolment, Rate } from './results/result-indicators.js';
export { assessDistanceLearning, assessDistanceLearningAsync, parseIsoDuration } from './distance/distance.js';
export type { Trace, TraceInput, AsyncTraceInput, XapiStatementResult, RejectedTrace, XapiStatement, XapiAgent, ConnectionLog, DistanceSession, PlannedActivity, DistanceOptions, DistanceLearningResult, LearnerActivity } from './distance/distance.js';
export { xapiAgentId } from './distance/agent.js';
export type { IfiKind } from './distance/agent.js';
export { rnqJsonSchema } from './evidence/json-schema.js';
export { EVIDENCE_METADATA_SCHEMAS } from './evidence/metadata.js';
export type { RnqSchemaName } from './evidence/json-schema.js';
export { evidenceFromCore } from './evidence/from-core.js';
export type { CoreRecordsInput } from './evidence/from-core.js';
export { rnqLawCatalogue } from './law-catalogue.js';
