import * as z from '@ofkit/core/internal/zod';
import type { LegalRef, Parameter, RuleSet, Step, Warning } from '@ofkit/core';
import { addDays, hasValueAt, parseInput, valueAt, warningFor } from '@ofkit/core/internal/base';
import { DateSchema } from '../internal/date.js';
import { CentsSchema, centsToFr, centsToString } from '../internal/cents.js';
import { REF } from '../internal/refs.js';
import { dotationRefundRule, type DotationRefundRule } from './refund.js';
import { lazy, shippedRuleSet } from '@ofkit/core/internal';

/** Parameters of {@link dotationStatus}. */
export type CpfDotationRules = {
  /** Refund rule of dotations, `cpf.dotation.refund`. */
  readonly dotationRefundRule: Parameter<DotationRefundRule>;
};
const parameters: CpfDotationRules = { dotationRefundRule };

/**
 * The law {@link dotationStatus} applies; derive a corrected set with `overrideRules`.
 *
 * @example
 * ```ts
 * import { overrideRules } from '@ofkit/core';
 * import { cpfDotationRules, dotationStatus } from '@ofkit/cpf';
 * const rules = overrideRules(cpfDotationRules, {
 *   dotationRefundRule: [{ from: '2026-06-01', value: { refundsOpenFrom: '2027-01-01', requiresEndOfValidity: true }, status: 'confirmed', references: [] }],
 * });
 * dotationStatus({ amount: 100, validUntil: '2026-06-30', refundable: true }, '2026-12-15', { rules }).status; // 'expired'
 * ```
 */
export const cpfDotationRules = /* @__PURE__ */ (() => shippedRuleSet(parameters))();

/** A dotation (credit) on the account, as {@link dotationStatus} reads it. */
export interface DotationInput {
  /** Optional identifier (non-empty); it names the dotation in the French `reasons` and explanation labels. */
  readonly id?: string;
  /** Unused balance, in euros, ≥ 0: a decimal string such as `"1296.80"` or a number, at most two decimals. */
  readonly amount: string | number;
  /** End of validity set by the funder (R. 6323-42-1), an ISO date `YYYY-MM-DD`: usable while `date <= validUntil`; absent = no end. */
  readonly validUntil?: string;
  /** The funder asked for the unused part to be refunded. */
  readonly refundable?: boolean;
}

/** Where a dotation stands at a date. */
export type DotationState = 'usable' | 'exhausted' | 'expired' | 'refundable';

/** Result of {@link dotationStatus}. */
export interface DotationStatusResult {
  readonly status: DotationState;
  /** The holder can still use it (for matching actions, if reserved). */
  readonly usable: boolean;
  /** The funder can ask for the unused balance back at this date. */
  readonly refundable: boolean;
  /** First day a refund can be asked for, when one will be possible. */
  readonly refundableFrom?: string;
  /** The unused balance. */
  readonly amount: string;
  /** Why, in French. */
  readonly reasons: string[];
  readonly explanation: Step[];
  readonly warnings: Warning[];
  readonly references: LegalRef[];
}

const InputSchema = /* @__PURE__ */ lazy(() => z.strictObject({
  id: z.string().min(1).optional(),
  amount: CentsSchema,
  validUntil: z.optional(DateSchema),
  refundable: z.boolean().optional(),
}));

/** The two arguments of {@link dotationStatus}, checked together (every issue in one error). */
const CallSchema = /* @__PURE__ */ lazy(() => z.object({ dotation: InputSchema(), date: DateSchema }));

/**
 * The lifecycle state of a dotation at `date`: `usable` (no end date, or `date <= validUntil`),
 * `exhausted` (nothing left), `expired` (past its end date and not refundable now: the funder did not
 * opt for a refund, or refunds are not open yet) or `refundable` (past its end date, the funder opted
 * for a refund, and refunds are open — from December 2026 per the CDC). A dotation without an end
 * date is never refundable.
 *
 * @example
 * ```ts
 * import { dotationStatus } from '@ofkit/cpf';
 * dotationStatus({ amount: '500.00', validUntil: '2026-06-30', refundable: true }, '2026-09-01').status; // 'expired'
 * dotationStatus({ amount: '500.00', validUntil: '2026-06-30', refundable: true }, '2026-09-01').refundableFrom; // '2026-12-01'
 * dotationStatus({ amount: '500.00', validUntil: '2026-06-30', refundable: true }, '2026-12-01').status; // 'refundable'
 * dotationStatus({ amount: '500.00' }, '2030-01-01').status; // 'usable'
 * ```
 */
export function dotationStatus(dotation: DotationInput, date: string, options: { readonly rules?: RuleSet<CpfDotationRules> } = {}): DotationStatusResult {
  const { dotation: d, date: at } = parseInput(CallSchema(), { dotation, date });
  const rules = options.rules ?? cpfDotationRules;
  const name = d.id ? `« ${d.id} »` : 'La dotation';
  const amount = centsToString(d.amount);
  const steps: Step[] = [];
  const warnings: Warning[] = [];
  const refs: LegalRef[] = [REF.R6323_42_1];
  const reasons: string[] = [];
  const done = (status: DotationState, refundableFrom?: string): DotationStatusResult => ({
    status,
    usable: status === 'usable',
    refundable: status === 'refundable',
    ...(refundableFrom !== undefined ? { refundableFrom } : {}),
    amount,
    reasons,
    explanation: steps,
    warnings,
    references: [...new Map(refs.map((r) => [`${r.source}|${r.article}|${r.title}`, r])).values()],
  });
  const say = (code: string, fr: string, en: string, references: readonly LegalRef[] = []) => {
    reasons.push(fr);
    steps.push({ code, label: fr, labelEn: en, amounts: { amount }, references });
  };

  if (d.amount === 0) {
    say('DOTATION_EXHAUSTED', `${name} est entièrement consommée : rien à utiliser ni à rembourser.`, 'Fully used: nothing to use or refund.', [REF.CDC_REFUND]);
    return done('exhausted');
  }
  const rule = hasValueAt(rules.dotationRefundRule, at) ? valueAt(rules.dotationRefundRule, at) : undefined;
  if (rule) for (const r of rule.references) refs.push(r);
  if (d.validUntil === undefined) {
    say('DOTATION_NO_END_DATE', `${name} n'a pas de date de fin de validité : utilisable sans limite de durée (${centsToFr(d.amount)}).`, 'No end of validity: usable without time limit.', [REF.R6323_42_1]);
    if (d.refundable) {
      say('REFUND_IMPOSSIBLE_WITHOUT_END_DATE', 'Remboursement demandé par le financeur mais impossible sans date de fin de validité (Caisse des dépôts).', 'Refund asked for but impossible without an end-of-validity date (CDC).', [REF.CDC_REFUND]);
    }
    return done('usable');
  }
  const refundableFrom =
    d.refundable && rule ? [addDays(d.validUntil, 1), rule.value.refundsOpenFrom].sort()[1]! : undefined;
  if (at <= d.validUntil) {
    say('DOTATION_USABLE', `${name} est utilisable jusqu'au ${d.validUntil} inclus (${centsToFr(d.amount)}).`, `Usable until ${d.validUntil} included.`, [REF.R6323_42_1]);
    if (refundableFrom) say('REFUND_LATER', `Le solde non consommé pourra être remboursé au financeur à partir du ${refundableFrom}.`, `The unused balance may be refunded to the funder from ${refundableFrom}.`, [REF.CDC_REFUND]);
    return done('usable', refundableFrom);
  }
  say('DOTATION_EXPIRED', `${name} a expiré le ${d.validUntil} : elle ne peut plus financer d'achat.`, `Expired on ${d.validUntil}: it can no longer pay for a purchase.`, [REF.R6323_42_1, REF.R6333_3_2025]);
  if (!d.refundable) {
    say('REFUND_NOT_OPTED', "Le financeur n'a pas demandé le remboursement du solde non consommé : pas de remboursement.", 'The funder did not opt for a refund of the unused balance.', [REF.R6323_42_1]);
    return done('expired');
  }
  if (!rule || refundableFrom === undefined) {
    say('REFUND_RULE_NOT_IN_FORCE', `Aucune règle de remboursement en vigueur au ${at} (R. 6323-42-1 créé le 17 avril 2025).`, `No refund rule in force on ${at}.`, [REF.DECRET_2025_341]);
    return done('expired');
  }
  if (at < refundableFrom) {
    say('REFUND_NOT_OPEN', `Remboursement possible à partir du ${refundableFrom} seulement (premières demandes en décembre 2026 selon la Caisse des dépôts).`, `Refund possible only from ${refundableFrom}.`, [REF.CDC_REFUND]);
    return done('expired', refundableFrom);
  }
  say('DOTATION_REFUNDABLE', `Le financeur peut demander le remboursement du solde de ${centsToFr(d.amount)} depuis le ${refundableFrom}.`, `The funder may ask for the refund of the balance since ${refundableFrom}.`, [REF.CDC_REFUND, REF.R6323_42_1]);
  warnings.push({
    code: 'REFUND_DELAY_NOT_FIXED',
    message: "R. 6323-42-1 ne permet d'exiger le remboursement qu'après un délai « qui tient compte des modalités d'organisation des actions », sans le chiffrer : la date de remboursement effective peut être plus tardive.",
    messageEn: 'R. 6323-42-1 allows a refund only after a delay "taking into account how the actions are organised", with no figure: the actual refund date may be later.',
    status: 'provisional',
    references: [REF.R6323_42_1],
  });
  const w = warningFor(rule);
  if (w) warnings.push(w);
  return done('refundable', refundableFrom);
}
