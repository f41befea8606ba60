import * as z from '@ofkit/core/internal/zod';
import type { LegalRef, RuleSet, Step, Warning } from '@ofkit/core';
import { OfkitError, parseInput, valueAt, warningFor } from '@ofkit/core/internal/base';
import { ratioCents } from '../internal/euros.js';
import { bilingual } from '@ofkit/core/internal';
import { CentsSchema, amountMessage, centsToFr, centsToString, parseCents } from '../internal/cents.js';
import { DateSchema } from '../internal/date.js';
import { REF } from '../internal/refs.js';
import { cpfPlatformRules, type CpfPlatformRules } from './deadlines.js';
import { lazy } from '@ofkit/core/internal';

/** Hours as a number or decimal string with at most two decimals, ≥ 0; output in hundredths of an hour. */
const HoursSchema = /* @__PURE__ */ lazy(() => z.union([z.string(), z.number()]).transform((v, ctx) => {
  const r = parseCents(v);
  if (typeof r === 'number') return r;
  const [fr, en] = amountMessage(r);
  // « durée » is feminine: the amount's « Le montant … négatif » cannot be patched word for word.
  const frHours = r === 'negative_amount' ? 'La durée ne peut pas être négative.' : fr.replace('Montant', 'Durée');
  ctx.issues.push({ code: 'custom', message: bilingual(frHours, en.replace('Amount', 'Duration').replace('amount', 'duration')), params: { code: r }, input: v });
  return z.NEVER;
}));

const RateInput = /* @__PURE__ */ lazy(() => z
  .strictObject({ hoursDone: HoursSchema(), hoursPlanned: HoursSchema() })
  .superRefine((v, ctx) => {
    if (v.hoursPlanned === 0) ctx.addIssue({ code: 'custom', path: ['hoursPlanned'], message: bilingual('La durée prévue doit être positive.', 'Planned hours must be positive.'), params: { code: 'zero_planned' } });
    else if (v.hoursDone > v.hoursPlanned) ctx.addIssue({ code: 'custom', path: ['hoursDone'], message: bilingual('Les heures réalisées dépassent les heures prévues.', 'Hours done exceed planned hours.'), params: { code: 'done_exceeds_planned' } });
  }));

/** Input of {@link completionRate}. */
export interface CompletionInput {
  /** Hours attended (from the attendance evidence). */
  readonly hoursDone: number | string;
  /** Total hours of the order. */
  readonly hoursPlanned: number | string;
}

/** Result of {@link completionRate}. */
export interface CompletionRateResult {
  /** Taux de réalisation, integer 0–100. */
  readonly rate: number;
  readonly explanation: Step[];
  readonly warnings: Warning[];
  readonly references: LegalRef[];
}

/**
 * The *taux de réalisation* the provider declares with the service fait: hours done ÷ hours
 * planned × 100 as an integer (CDC help page). The CDC does not say how to round: ofkit rounds
 * down (never declares more than was done) and says so in a warning when the division is not exact.
 *
 * @example
 * ```ts
 * import { completionRate } from '@ofkit/cpf';
 * completionRate({ hoursDone: 21, hoursPlanned: 35 }).rate; // 60
 * completionRate({ hoursDone: '27.5', hoursPlanned: 35 }).rate; // 78 (78.57… rounded down)
 * ```
 */
export function completionRate(input: CompletionInput): CompletionRateResult {
  const v = parseInput(RateInput(), input);
  return rateOf(v.hoursDone, v.hoursPlanned);
}

function rateOf(done: number, planned: number): CompletionRateResult {
  // Hundredths of an hour: exact integers.
  const num = done * 100;
  const rate = (num - (num % planned)) / planned;
  const exact = num % planned === 0;
  const h = (x: number) => centsToString(x).replace(/\.00$/, '');
  const warnings: Warning[] = exact
    ? []
    : [{ code: 'COMPLETION_RATE_ROUNDED_DOWN', message: `Taux de ${h(done)} h / ${h(planned)} h arrondi à l'entier inférieur (${rate} %) : la méthode d'arrondi de la Caisse des dépôts n'est pas publiée.`, messageEn: `Rate ${h(done)} h / ${h(planned)} h rounded down to ${rate}%: the CDC's rounding method is not published.`, status: 'provisional', references: [REF.CDC_COMPLETION] }];
  return {
    rate,
    explanation: [{ code: 'COMPLETION_RATE', label: `Taux de réalisation = ${h(done)} h ÷ ${h(planned)} h × 100 = ${rate} %.`, labelEn: `Completion rate = ${h(done)} h ÷ ${h(planned)} h × 100 = ${rate}%.`, amounts: { hoursDone: h(done), hoursPlanned: h(planned), rate: String(rate) }, references: [REF.CDC_COMPLETION] }],
    warnings,
    references: [REF.CDC_COMPLETION],
  };
}

const PaymentInput = /* @__PURE__ */ lazy(() => z.strictObject({ price: CentsSchema, hoursDone: HoursSchema(), hoursPlanned: HoursSchema(), date: DateSchema }).superRefine((v, ctx) => {
  if (v.hoursPlanned === 0) ctx.addIssue({ code: 'custom', path: ['hoursPlanned'], message: bilingual('La durée prévue doit être positive.', 'Planned hours must be positive.'), params: { code: 'zero_planned' } });
  else if (v.hoursDone > v.hoursPlanned) ctx.addIssue({ code: 'custom', path: ['hoursDone'], message: bilingual('Les heures réalisées dépassent les heures prévues.', 'Hours done exceed planned hours.'), params: { code: 'done_exceeds_planned' } });
}));

/** Input of {@link partialCompletionPayment}. */
export interface PartialCompletionInput extends CompletionInput {
  /** Price of the order (EUR). */
  readonly price: number | string;
  /** Date of the service fait (selects the rules in force). */
  readonly date: string;
}

/** Result of {@link partialCompletionPayment}. */
export interface PartialCompletionResult {
  readonly rate: number;
  /** Which band applied. */
  readonly band: 'floor' | 'pro-rata' | 'full';
  /** What the CDC pays the provider (EUR). */
  readonly amount: string;
  readonly explanation: Step[];
  readonly warnings: Warning[];
  readonly references: LegalRef[];
}

/**
 * What the provider is paid for a partial completion (drop-out without valid reason), by the bands
 * reported from the platform's flowcharts: below 25 % done, 25 % of the price; from 25 % to below
 * 80 %, the price × rate; from 80 %, the whole price. The bands are `provisional` (not confirmed
 * in the current CGU): every result carries the warning. Pro rata amounts are rounded half-up to
 * the cent.
 *
 * @example
 * ```ts
 * import { partialCompletionPayment } from '@ofkit/cpf';
 * partialCompletionPayment({ price: '1500.00', hoursDone: 21, hoursPlanned: 35, date: '2026-11-20' }).amount; // '900.00'
 * partialCompletionPayment({ price: '1500.00', hoursDone: 5, hoursPlanned: 35, date: '2026-11-20' }).amount; // '375.00'
 * partialCompletionPayment({ price: '1500.00', hoursDone: 28, hoursPlanned: 35, date: '2026-11-20' }).amount; // '1500.00'
 * ```
 */
export function partialCompletionPayment(input: PartialCompletionInput, options: { readonly rules?: RuleSet<CpfPlatformRules> } = {}): PartialCompletionResult {
  const v = parseInput(PaymentInput(), input);
  const rules = options.rules ?? cpfPlatformRules;
  const r = valueAt(rules.partialCompletionBands, v.date);
  const bands = r.value;
  if (!(bands.floorBelow <= bands.fullFrom)) throw new OfkitError('INVALID_PARAMETER', [{ path: ['partialCompletionBands'], code: 'invalid_bands', message: 'Tranches incohérentes.', messageEn: 'Inconsistent bands.' }]);
  const rateResult = rateOf(v.hoursDone, v.hoursPlanned);
  const rate = rateResult.rate;
  const price = v.price;
  let band: PartialCompletionResult['band'];
  let cents: number;
  if (rate >= bands.fullFrom) {
    band = 'full';
    cents = price;
  } else if (rate < bands.floorBelow) {
    band = 'floor';
    cents = ratioCents(price, bands.floorPercent, 100, 'half-up');
  } else {
    band = 'pro-rata';
    cents = ratioCents(price, rate, 100, 'half-up');
  }
  const amount = centsToString(cents);
  const label =
    band === 'full'
      ? `Taux ${rate} % ≥ ${bands.fullFrom} % : l'organisme est payé du prix entier, ${centsToFr(cents)}.`
      : band === 'floor'
        ? `Taux ${rate} % < ${bands.floorBelow} % : l'organisme est payé ${bands.floorPercent} % du prix, ${centsToFr(cents)}.`
        : `Taux ${rate} % entre ${bands.floorBelow} % et ${bands.fullFrom} % : paiement au prorata, ${centsToFr(v.price)} × ${rate} % = ${centsToFr(cents)}.`;
  const w = warningFor(r);
  return {
    rate,
    band,
    amount,
    explanation: [...rateResult.explanation, { code: 'PARTIAL_COMPLETION_PAYMENT', label, labelEn: `Band ${band}: provider paid EUR ${amount}.`, amounts: { price: centsToString(v.price), rate: String(rate), amount }, references: r.references }],
    warnings: [...rateResult.warnings, ...(w ? [w] : [])],
    references: [REF.CDC_COMPLETION, ...r.references],
  };
}
