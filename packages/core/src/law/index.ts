export type {
  LegalRef,
  LegalSource,
  ParameterStatus,
  ValueOrigin,
  DatedValue,
  Parameter,
  ResolvedValue,
  Step,
  Explanation,
  Warning,
  WarningCode,
} from './types.js';
export { defineParameter, valueAt, hasValueAt, warningFor, dedupeWarnings, dedupeReferences } from './parameters.js';
export { defineRuleSet, overrideRules } from './rule-set.js';
export type { RuleSet, RuleOverrides, ParameterValue } from './rule-set.js';
