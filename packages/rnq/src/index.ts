/**
 * @packageDocumentation
 * @ofkit/rnq: Qualiopi référentiels (RNQ) as versioned data: applicability, evidence rules, audit readiness, audit calendar, result indicators, distance-learning evidence.
 */
export {};
