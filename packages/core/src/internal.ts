/**
 * @packageDocumentation
 * @internal
 * `@ofkit/core/internal`: helpers the ofkit packages share among themselves (input validation
 * plumbing, bilingual messages, warning and reference de-duplication, law-value formatting, day
 * numbers). Not part of the documented contract and not covered by semver: any of them may change or
 * disappear in a minor release. The public API is listed in the README (`## Public API`); see
 * issue 14 §1.
 */
export { issue, formatPath } from './errors/ofkit-error.js';
export { issuesFromZod, bilingual } from './errors/validate.js';
export { toPlainInputAt } from './errors/plain.js';
export { lazy } from './errors/lazy.js';
export { luhnValid } from './identifiers/identifiers.js';
export { dedupeWarnings, dedupeReferences } from './law/parameters.js';
export { shippedRuleSet } from './law/rule-set.js';
export { MAX_AMOUNT, amountDigits, decimalPlaces, withinMax, type AmountDigits } from './money/input.js';
export { lawValueText, formatLawValue } from './law/catalogue.js';
export { toJsonSchema } from './schemas/to-json-schema.js';
export { identifierSchema } from './schemas/identifier-schema.js';
/** `SessionSchema` and `AttendanceRecordSchema`, built on first use (the same instances as the public ones). */
export { SessionSchemaLazy, AttendanceRecordSchemaLazy } from './schemas/domain-defs.js';
export { dateParts, toDayNumber, fromDayNumber } from './calendar/civil-date.js';
