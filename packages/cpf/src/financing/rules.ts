import { defineRuleSet } from '@ofkit/core';
import { acquiredRightsCaps } from './caps.js';
import { bilanFiveYearRule, lightLicenceRule } from './eligibility-rules.js';
import { complementaryOrder2020, level1Order, level3Order, mobilisationScheme } from './order.js';
import { participationAmount, participationExemptions } from './participation.js';

const parameters = {
  participationAmount,
  participationExemptions,
  mobilisationScheme,
  level1Order,
  level3Order,
  complementaryOrder2020,
  acquiredRightsCaps,
  lightLicenceRule,
  bilanFiveYearRule,
};

/** The parameters {@link planCpfFinancing} reads, by key (the keys `overrideRules` accepts). */
export type CpfFinancingRules = typeof parameters;

/**
 * The law {@link planCpfFinancing} applies by default: every amount, order and condition as dated
 * values with references and status. Derive a corrected set with `overrideRules` from `@ofkit/core`.
 *
 * @example
 * ```ts
 * import { overrideRules } from '@ofkit/core';
 * import { cpfFinancingRules, planCpfFinancing } from '@ofkit/cpf';
 * const rules = overrideRules(cpfFinancingRules, {
 *   participationAmount: [{ from: '2026-04-02', value: '150.00', status: 'confirmed', references: [] }],
 * });
 * const plan = planCpfFinancing(
 *   { purchaseDate: '2026-06-01', price: 1000, action: { type: 'rncp', code: 'RNCP37274' },
 *     holder: { status: 'employee' }, acquiredRights: 2000 },
 *   { rules },
 * );
 * plan.participation.amount; // '150.00'
 * ```
 */
export const cpfFinancingRules = defineRuleSet(parameters);
