import type { Parameter } from '@ofkit/core';
import { shippedRuleSet } from '@ofkit/core/internal';
import { acquiredRightsCaps, type AcquiredRightsCaps } from './caps.js';
import { bilanFiveYearRule, eligibilityArticle, eligibleActionsText, lightLicenceRule, type LightLicenceRule } from './eligibility-rules.js';
import { complementaryOrder2020, level1Order, level3Order, mobilisationScheme, type MobilisationScheme, type PriorityTiers } from './order.js';
import { financingText, participationAmount, participationExemptions, type ParticipationExemptions } from './participation.js';

const parameters: CpfFinancingRules = {
  participationAmount,
  participationExemptions,
  mobilisationScheme,
  level1Order,
  level3Order,
  complementaryOrder2020,
  acquiredRightsCaps,
  lightLicenceRule,
  bilanFiveYearRule,
  eligibleActionsText,
  eligibilityArticle,
  financingText,
};

/** The parameters {@link planCpfFinancing} reads, by key (the keys `overrideRules` accepts). */
export type CpfFinancingRules = {
  /** Participation forfaitaire per purchase (EUR), `cpf.participation.amount`. */
  readonly participationAmount: Parameter<string>;
  /** Exemptions from the participation, `cpf.participation.exemptions`. */
  readonly participationExemptions: Parameter<ParticipationExemptions>;
  /** Structure of R. 6333-3 at the purchase date, `cpf.order.scheme`. */
  readonly mobilisationScheme: Parameter<MobilisationScheme>;
  /** Order inside level 1 (provisional), `cpf.order.level1`. */
  readonly level1Order: Parameter<PriorityTiers>;
  /** Order inside level 3 (provisional), `cpf.order.level3`. */
  readonly level3Order: Parameter<PriorityTiers>;
  /** Order of complementary resources before 5 Dec 2025, `cpf.order.complementary-2020`. */
  readonly complementaryOrder2020: Parameter<PriorityTiers>;
  /** Caps of D. 6323-1 A, `cpf.caps.acquired-rights`. */
  readonly acquiredRightsCaps: Parameter<AcquiredRightsCaps>;
  /** Light-group driving-licence conditions, `cpf.eligibility.light-licence`. */
  readonly lightLicenceRule: Parameter<LightLicenceRule>;
  /** Bilan 5-year rule, `cpf.eligibility.bilan-5-years`. */
  readonly bilanFiveYearRule: Parameter<boolean>;
  /** Version of L. 6323-6 applied (provisional from 30 Jun 2026: newer text not read), `cpf.eligibility.l6323-6-version`. */
  readonly eligibleActionsText: Parameter<string>;
  /** The article the eligibility step cites (L. 6323-6 before, then in the LFI 2026 version from 21 Feb 2026), `cpf.eligibility.l6323-6-article`. */
  readonly eligibilityArticle: Parameter<string>;
  /** Version of L. 6323-4 applied (provisional from 19 Aug 2026: newer text not read), `cpf.financing.l6323-4-version`. */
  readonly financingText: Parameter<string>;
};

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
export const cpfFinancingRules = /* @__PURE__ */ (() => shippedRuleSet(parameters))();
