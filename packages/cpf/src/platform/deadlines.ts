import * as z from '@ofkit/core/internal/zod';
import type { HolidayZone, LegalRef, OfkitIssue, Parameter, RuleSet, Step, Warning } from '@ofkit/core';
import { OfkitError, addWorkingDays, countWorkingDays, parseInput, valueAt, warningFor } from '@ofkit/core/internal/base';
import { DateSchema } from '../internal/date.js';
import { REF } from '../internal/refs.js';
import { earliestStartWorkingDays, entryDeclarationWorkingDays, freeCancellationWorkingDays, partialCompletionBands, type PartialCompletionBands } from './cgu.js';
import { lazy, shippedRuleSet } from '@ofkit/core/internal';

/** Parameters of the platform functions. */
export type CpfPlatformRules = {
  /** `cpf.platform.earliest-start` (working days). */
  readonly earliestStartWorkingDays: Parameter<number>;
  /** `cpf.platform.free-cancellation` (working days). */
  readonly freeCancellationWorkingDays: Parameter<number>;
  /** `cpf.platform.entry-declaration` (working days). */
  readonly entryDeclarationWorkingDays: Parameter<number>;
  /** `cpf.platform.partial-completion`. */
  readonly partialCompletionBands: Parameter<PartialCompletionBands>;
};
const parameters: CpfPlatformRules = { earliestStartWorkingDays, freeCancellationWorkingDays, entryDeclarationWorkingDays, partialCompletionBands };

/**
 * The platform rules {@link cpfPlatformDeadlines} and {@link partialCompletionPayment} apply;
 * derive a corrected set with `overrideRules`.
 *
 * @example
 * ```ts
 * import { overrideRules } from '@ofkit/core';
 * import { cpfPlatformRules, cpfPlatformDeadlines } from '@ofkit/cpf';
 * const rules = overrideRules(cpfPlatformRules, {
 *   freeCancellationWorkingDays: [{ from: '2026-01-01', value: 5, status: 'confirmed', references: [] }],
 * });
 * cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-12-07' }, { rules }).lastFreeCancellation; // '2026-11-30'
 * ```
 */
export const cpfPlatformRules = /* @__PURE__ */ (() => shippedRuleSet(parameters))();

// Every zone of core's calendar (a test checks this list equals `HOLIDAY_ZONES`).
const ZONES = ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte', 'saint-martin', 'saint-barthelemy'] as const satisfies readonly HolidayZone[];

const DeadlinesInput = /* @__PURE__ */ lazy(() => z.strictObject({
  proposalDate: DateSchema,
  startDate: z.optional(DateSchema),
  zone: z.enum(ZONES).optional(),
}));

/** Input of {@link cpfPlatformDeadlines}. */
export interface CpfDeadlinesInput {
  /** Day the provider sends the proposition de commande. */
  readonly proposalDate: string;
  /** Planned start of the training, if known. */
  readonly startDate?: string;
  /** Public-holiday zone for working days (default `metropole`). */
  readonly zone?: HolidayZone;
}

/** Result of {@link cpfPlatformDeadlines}. */
export interface CpfDeadlines {
  /** Earliest start date: 11 working days after the proposal. */
  readonly earliestStart: string;
  readonly startDate?: string;
  /** `false` when `startDate` is before `earliestStart`. */
  readonly startRespectsMinimumDelay?: boolean;
  /** Last day the holder can cancel free of charge (7 working days before the start). */
  readonly lastFreeCancellation?: string;
  /** Last day for the provider to declare the entry into training (3 working days after the start). */
  readonly entryDeclarationDeadline?: string;
  readonly explanation: Step[];
  readonly warnings: Warning[];
  readonly references: LegalRef[];
}

/**
 * Platform deadlines around a CPF order, in jours ouvrés (Monday–Friday, not a public holiday of the
 * zone), from `@ofkit/core`'s calendar: earliest start (11 working days after the proposal),
 * last free cancellation (7 working days before the start) and entry-declaration deadline (3 working
 * days after the start). Figures quoted from the platform conditions by secondary sources are
 * `provisional` and the result says so.
 *
 * @example
 * ```ts
 * import { cpfPlatformDeadlines } from '@ofkit/cpf';
 * const d = cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-12-07' });
 * d.earliestStart; // '2026-11-18' (11 Nov is a holiday)
 * d.lastFreeCancellation; // '2026-11-26'
 * d.entryDeclarationDeadline; // '2026-12-10'
 * ```
 */
export function cpfPlatformDeadlines(input: CpfDeadlinesInput, options: { readonly rules?: RuleSet<CpfPlatformRules> } = {}): CpfDeadlines {
  const inp = parseInput(DeadlinesInput(), input);
  if (inp.startDate !== undefined && inp.startDate < inp.proposalDate) {
    const i: OfkitIssue = { path: ['startDate'], code: 'start_before_proposal', message: 'La date de début précède la proposition de commande.', messageEn: 'The start date is before the proposal.' };
    throw new OfkitError('INVALID_INPUT', [i]);
  }
  const rules = options.rules ?? cpfPlatformRules;
  const zone = inp.zone ?? 'metropole';
  const steps: Step[] = [];
  const warnings: Warning[] = [];
  const refs: LegalRef[] = [];
  const use = <T>(r: ReturnType<typeof valueAt<T>>): T => {
    refs.push(...r.references);
    const w = warningFor(r);
    if (w) warnings.push(w);
    return r.value;
  };
  const n11 = use(valueAt(rules.earliestStartWorkingDays, inp.proposalDate));
  const earliestStart = addWorkingDays(inp.proposalDate, n11, zone);
  steps.push({ code: 'EARLIEST_START', label: `Entrée en formation au plus tôt ${n11} jours ouvrés après la proposition du ${inp.proposalDate} : le ${earliestStart}.`, labelEn: `Earliest start ${n11} working days after the proposal: ${earliestStart}.`, amounts: { workingDays: String(n11) }, references: [REF.PRACTICE_DEADLINE_11] });
  if (inp.startDate === undefined) return { earliestStart, explanation: steps, warnings, references: dedupe(refs) };

  const start = inp.startDate;
  const ok = start >= earliestStart;
  steps.push(
    ok
      ? { code: 'START_OK', label: `Début le ${start} : délai minimal respecté (${countWorkingDays(inp.proposalDate, start, zone)} jours ouvrés).`, labelEn: `Start on ${start}: minimum delay respected.` }
      : { code: 'START_TOO_EARLY', label: `Début le ${start} : trop tôt, seulement ${countWorkingDays(inp.proposalDate, start, zone)} jours ouvrés après la proposition (minimum ${n11}).`, labelEn: `Start on ${start}: too early (minimum ${n11} working days).` },
  );
  const n7 = use(valueAt(rules.freeCancellationWorkingDays, start));
  const lastFreeCancellation = addWorkingDays(start, -n7, zone);
  steps.push({ code: 'FREE_CANCELLATION', label: `Annulation sans frais par le titulaire jusqu'au ${lastFreeCancellation} (${n7} jours ouvrés avant le début) ; au-delà, ou en cas d'absence, le prix est débité.`, labelEn: `Free cancellation until ${lastFreeCancellation} (${n7} working days before the start).`, references: [REF.PRACTICE_CANCELLATION] });
  const n3 = use(valueAt(rules.entryDeclarationWorkingDays, start));
  const entryDeclarationDeadline = addWorkingDays(start, n3, zone);
  steps.push({ code: 'ENTRY_DECLARATION', label: `Déclaration d'entrée en formation par l'organisme au plus tard le ${entryDeclarationDeadline} (${n3} jours ouvrés après le début) ; les droits sont débités à cette déclaration.`, labelEn: `Entry declaration by ${entryDeclarationDeadline} (${n3} working days after the start).`, references: [REF.CDC_ENTRY] });
  return { earliestStart, startDate: start, startRespectsMinimumDelay: ok, lastFreeCancellation, entryDeclarationDeadline, explanation: steps, warnings, references: dedupe(refs) };
}

function dedupe(refs: LegalRef[]): LegalRef[] {
  return [...new Map(refs.map((r) => [`${r.source}|${r.article}|${r.title}`, r])).values()];
}
