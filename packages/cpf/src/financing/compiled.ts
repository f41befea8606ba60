/**
 * The rules of `planCpfFinancing` compiled per date window (issue 13 item 2).
 *
 * Every dated value of every parameter of a rule set starts and ends on known days; between two
 * consecutive boundaries the value in force of each parameter is the same. A window is resolved once,
 * the first time a purchase falls in it: the value in force of each parameter with its references and
 * its warning (built once, shared), amounts parsed to cents, tiers of priority looked up by resource.
 * The public rule sets stay as they are (frozen data a caller can read and override with
 * `overrideRules`); the compiled form is private and keyed by the rule set object, so an overriding
 * rule set (a new frozen object, checked by `parseOptions`) gets its own windows.
 *
 * Semantics are those of `pick`: an override first, then the law; a parameter without a value in force
 * at the date is reported (`NO_VALUE_IN_FORCE`, on `purchaseDate`) only when the plan reads it, as
 * before.
 *
 * @internal
 */
import type { DatedValue, LegalRef, Parameter, ResolvedValue, RuleSet, Warning } from '@ofkit/core';
import { daysInMonth, warningFor } from '@ofkit/core/internal/base';
import { parseCents, type AmountProblem } from '../internal/cents.js';
import { findInForce, pick, resolved, warningOf } from '../internal/resolve.js';
import type { AcquiredRightsCaps } from './caps.js';
import type { LightLicenceRule } from './eligibility-rules.js';
import type { MobilisationScheme, PriorityTiers } from './order.js';
import type { ParticipationExemptions } from './participation.js';
import type { CpfFinancingRules } from './rules.js';

const PURCHASE_DATE = ['purchaseDate'] as const;

/** The value of one parameter in force in a window: what the plan reads, its references and its warning. */
export interface InForce<T> {
  readonly parameter: Parameter<T>;
  readonly dated: DatedValue<T>;
  readonly value: T;
  readonly references: readonly LegalRef[];
  /** The warning of a provisional, disputed or overriding value (`warningOf`), or `undefined`. */
  readonly warning: Warning | undefined;
}

/** A parameter with no value in force in the window: reading it throws `NO_VALUE_IN_FORCE`. */
interface Missing<T> {
  readonly parameter: Parameter<T>;
  readonly dated: undefined;
}

type Slot<T> = InForce<T> | Missing<T>;

/** A priority order in force, with the tier of each resource looked up once. */
export interface CompiledOrder {
  readonly inForce: InForce<PriorityTiers>;
  /** `warningFor` of the resolved value (only for a provisional, disputed or overriding value). */
  readonly warning: Warning | undefined;
  /** The tier of a resource (`kind`, `basis`, `funder`): the first tier with a matching selector, else the number of tiers. */
  tier(kind: 'credit' | 'top-up', basis: string, funder: string | undefined): number;
}

/** Everything `planCpfFinancing` reads at a date, resolved. */
export interface CompiledRules {
  /** The first day of the window (not the purchase date: errors name the purchase date given to `need`). */
  readonly from: string;
  readonly mobilisationScheme: Slot<MobilisationScheme>;
  readonly participationAmount: Slot<string>;
  /** The participation in cents, or the problem of its text. */
  readonly participationCents: number | AmountProblem | undefined;
  readonly participationExemptions: Slot<ParticipationExemptions>;
  readonly financingText: Slot<string>;
  readonly acquiredRightsCaps: Slot<AcquiredRightsCaps>;
  /** The caps in cents (`null`: no cap for that action), or the problem of their text. */
  readonly capCents: { readonly rsExceptClea: number | AmountProblem | null; readonly bilan: number | AmountProblem | null; readonly lightDrivingLicence: number | AmountProblem | null } | undefined;
  readonly lightLicenceRule: Slot<LightLicenceRule>;
  /** `minCofinancing` in cents (`0.01` when absent). */
  readonly minCofinancingCents: number | undefined;
  readonly bilanFiveYearRule: Slot<boolean>;
  readonly eligibleActionsText: Slot<string>;
  readonly eligibilityArticle: Slot<string>;
  readonly level1Order: CompiledOrder | Missing<PriorityTiers>;
  readonly level3Order: CompiledOrder | Missing<PriorityTiers>;
  readonly complementaryOrder2020: CompiledOrder | Missing<PriorityTiers>;
}

/** The value in force, or the `NO_VALUE_IN_FORCE` error at `date` (exactly `pick`'s). */
export function need<T>(slot: Slot<T>, date: string): InForce<T> {
  if (slot.dated === undefined) pick(slot.parameter, date, PURCHASE_DATE); // throws
  return slot as InForce<T>;
}

/** The compiled order, or the `NO_VALUE_IN_FORCE` error at `date`. */
export function needOrder(order: CompiledOrder | Missing<PriorityTiers>, date: string): CompiledOrder {
  if ('dated' in order && order.dated === undefined) pick(order.parameter, date, PURCHASE_DATE); // throws
  return order as CompiledOrder;
}

function slot<T>(parameter: Parameter<T>, date: string): Slot<T> {
  const dated = findInForce(parameter, date);
  if (dated === undefined) return { parameter, dated };
  return { parameter, dated, value: dated.value, references: dated.references, warning: warningOf(parameter, dated) };
}

function order(parameter: Parameter<PriorityTiers>, date: string): CompiledOrder | Missing<PriorityTiers> {
  const s = slot(parameter, date);
  if (s.dated === undefined) return s;
  const inForce = s as InForce<PriorityTiers>;
  const r: ResolvedValue<PriorityTiers> = resolved(parameter, inForce.dated);
  const w = warningFor(r);
  const tiers = inForce.value;
  // Tier by kind, basis and funder (`undefined` kept apart from any funder name), filled as resources come.
  const memo: Record<string, Map<string, Map<string | undefined, number>>> = { credit: new Map(), 'top-up': new Map() };
  return {
    inForce,
    warning: w === undefined ? undefined : Object.freeze(w),
    tier(kind, basis, funder) {
      const byBasis = memo[kind]!;
      let byFunder = byBasis.get(basis);
      if (byFunder === undefined) byBasis.set(basis, (byFunder = new Map()));
      let t = byFunder.get(funder);
      if (t === undefined) {
        t = tierOf(tiers, kind, basis, funder);
        byFunder.set(funder, t);
      }
      return t;
    },
  };
}

/** The first tier with a selector matching the resource, else the number of tiers. */
function tierOf(tiers: PriorityTiers, kind: string, basis: string, funder: string | undefined): number {
  for (let t = 0; t < tiers.length; t++) {
    for (const s of tiers[t]!) {
      if (s.kind !== kind) continue;
      if (s.bases && !(s.bases as readonly string[]).includes(basis)) continue;
      if (s.funders && (funder === undefined || !(s.funders as readonly string[]).includes(funder))) continue;
      return t;
    }
  }
  return tiers.length;
}

const cents = (text: string | null): number | AmountProblem | null => (text === null ? null : parseCents(text));

function compile(rules: CpfFinancingRules, date: string): CompiledRules {
  const participationAmount = slot(rules.participationAmount, date);
  const acquiredRightsCaps = slot(rules.acquiredRightsCaps, date);
  const lightLicenceRule = slot(rules.lightLicenceRule, date);
  const caps = acquiredRightsCaps.dated?.value;
  const light = lightLicenceRule.dated?.value;
  return {
    from: date,
    mobilisationScheme: slot(rules.mobilisationScheme, date),
    participationAmount,
    participationCents: participationAmount.dated === undefined ? undefined : parseCents(participationAmount.dated.value),
    participationExemptions: slot(rules.participationExemptions, date),
    financingText: slot(rules.financingText, date),
    acquiredRightsCaps,
    capCents: caps === undefined ? undefined : { rsExceptClea: cents(caps.rsExceptClea), bilan: cents(caps.bilan), lightDrivingLicence: cents(caps.lightDrivingLicence) },
    lightLicenceRule,
    minCofinancingCents: light === undefined ? undefined : (parseCents(light.minCofinancing ?? '0.01') as number),
    bilanFiveYearRule: slot(rules.bilanFiveYearRule, date),
    eligibleActionsText: slot(rules.eligibleActionsText, date),
    eligibilityArticle: slot(rules.eligibilityArticle, date),
    level1Order: order(rules.level1Order, date),
    level3Order: order(rules.level3Order, date),
    complementaryOrder2020: order(rules.complementaryOrder2020, date),
  };
}

/**
 * The day after an ISO date (`YYYY-MM-DD`, years 0001–9999), or `undefined` after 9999-12-31. Plain
 * calendar arithmetic on the text (no `Date`: it reads years below 100 as 19xx).
 */
export function dayAfter(date: string): string | undefined {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  if (d < daysInMonth(y, m)) return `${date.slice(0, 8)}${pad(d + 1, 2)}`;
  if (m < 12) return `${date.slice(0, 5)}${pad(m + 1, 2)}-01`;
  return y < 9999 ? `${pad(y + 1, 4)}-01-01` : undefined;
}

/** The windows of one rule set: sorted start days, and each window's compiled rules once built. */
interface Windows {
  /** The first day of each window, sorted (a date before the first has no value in force: compiled per call, never cached). */
  readonly starts: string[];
  readonly compiled: Array<CompiledRules | undefined>;
}

const WINDOWS = new WeakMap<object, Windows>();

function windowsOf(rules: CpfFinancingRules): Windows {
  const days = new Set<string>();
  for (const key of Object.keys(rules) as Array<keyof CpfFinancingRules>) {
    const p = rules[key] as Parameter<unknown> | undefined;
    if (p === undefined) continue;
    for (const v of p.values) {
      days.add(v.from);
      const next = v.to === undefined ? undefined : dayAfter(v.to);
      if (next !== undefined) days.add(next);
    }
  }
  const starts = [...days].sort();
  return { starts, compiled: new Array<CompiledRules | undefined>(starts.length).fill(undefined) };
}

/**
 * The rules in force at `date` (a valid ISO date), compiled once per window of `rules`. A date before
 * every value gets its own uncached compilation (every parameter missing: the plan reports the first it
 * reads).
 */
export function rulesAt(rules: RuleSet<CpfFinancingRules> | CpfFinancingRules, date: string): CompiledRules {
  let w = WINDOWS.get(rules);
  if (w === undefined) {
    w = windowsOf(rules as CpfFinancingRules);
    WINDOWS.set(rules, w);
  }
  const { starts } = w;
  // The last start <= date (binary search).
  let lo = 0;
  let hi = starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= date) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (at < 0) return compile(rules as CpfFinancingRules, date);
  let c = w.compiled[at];
  if (c === undefined) {
    c = compile(rules as CpfFinancingRules, starts[at]!);
    w.compiled[at] = c;
  }
  return c;
}
