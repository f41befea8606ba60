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
export { defineParameter, valueAt, hasValueAt, warningFor } from './parameters.js';
export { defineRuleSet, overrideRules } from './rule-set.js';
export type { RuleSet, RuleOverrides, ParameterValue } from './rule-set.js';
export { lawChanges } from './changes.js';
export type { LawChange, LawChangeKind, LawChangeValue, LawChangesOptions } from './changes.js';
export { lawCatalogue, mergeLawCatalogues, lawRuleSets } from './catalogue.js';
export type { LawCatalogue, LawCatalogueEntry, LawCatalogueValue, LawSource, LawOption, LawTheme } from './catalogue.js';
export { coreLawCatalogue } from './core-catalogue.js';
