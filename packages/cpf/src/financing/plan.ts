import { OfkitError, warningFor, type DatedValue, type LegalRef, type OfkitIssue, type Parameter, type ResolvedValue, type Step, type Warning } from '@ofkit/core';
import { centsToFr, centsToString, parseCents } from '../internal/cents.js';
import { REF } from '../internal/refs.js';
import { pick, resolved, warningOf } from '../internal/resolve.js';
import type { PriorityTiers } from './order.js';
import { RANKED_TIERS_2020 } from './order.js';
import { cpfFinancingRules } from './rules.js';
import { ACQUIRED_RIGHTS_SOURCE, parseRequest, type ParsedRequest } from './schema.js';
import { parseOptions } from './options.js';
import { hostileIssues, unreadableIssue } from '../internal/hostile.js';
import type { CpfFinancingLine, CpfFinancingOptions, CpfFinancingPlan, CpfFinancingRequest } from './types.js';
import * as W from './wording.js';
import { PlanStep, step, warning } from './wording.js';

type Credit = NonNullable<ParsedRequest['credits']>[number];
type TopUp = NonNullable<ParsedRequest['topUps']>[number];

/** The resources that made a light-group licence eligible, and the minimum they had to reach. */
interface Cofinancing {
  readonly ids: string[];
  min: number;
}

/** A resource that may pay: a usable credit or a top-up. */
interface Candidate {
  readonly kind: 'credit' | 'top-up';
  readonly id: string;
  readonly basis: string;
  readonly funder: string | undefined;
  readonly cents: number;
  readonly index: number;
  used: number;
}

const fmt = centsToString;

/** The participation with its reason in French and English (`reason`, `reasonEn`). */
function withReason(p: { amount: string; exempt: boolean }, r: W.Reason): CpfFinancingPlan['participation'] {
  return { amount: p.amount, exempt: p.exempt, reason: W.reasonFr(r), reasonEn: W.reasonEn(r) };
}
const eur = centsToFr;
const INF = Number.POSITIVE_INFINITY;

const PURCHASE_DATE = ['purchaseDate'] as const;

/** Resolves a parameter at the purchase date; a missing value is reported on `purchaseDate`. */
function at<T>(parameter: Parameter<T>, date: string): ResolvedValue<T> {
  return resolved(parameter, pick(parameter, date, PURCHASE_DATE));
}

function normCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

function actionCode(req: ParsedRequest): string | undefined {
  const a = req.action;
  return 'code' in a && typeof a.code === 'string' ? a.code : undefined;
}

/** Why a credit cannot pay for this purchase, or `undefined` when it can. */
function creditProblem(c: Credit, req: ParsedRequest): 'empty' | 'expired' | 'reserved' | undefined {
  if (c.amount === 0) return 'empty';
  if (c.validUntil !== undefined && req.purchaseDate > c.validUntil) return 'expired';
  const r = c.reservedFor;
  if (r) {
    if (r.actionTypes && !r.actionTypes.includes(req.action.type)) return 'reserved';
    if (r.codes) {
      const code = actionCode(req);
      if (code === undefined || !r.codes.some((x) => normCode(x) === normCode(code))) return 'reserved';
    }
  }
  return undefined;
}

function tierOf(tiers: PriorityTiers, c: Candidate): number {
  for (let t = 0; t < tiers.length; t++) {
    for (const s of tiers[t]!) {
      if (s.kind !== c.kind) continue;
      if (s.bases && !(s.bases as readonly string[]).includes(c.basis)) continue;
      if (s.funders && (c.funder === undefined || !s.funders.includes(c.funder))) continue;
      return t;
    }
  }
  return tiers.length;
}

function ordered(list: Candidate[], tiers: PriorityTiers): Array<{ c: Candidate; tier: number }> {
  return list
    .map((c) => ({ c, tier: tierOf(tiers, c) }))
    .sort((a, b) => a.tier - b.tier || (a.c.kind === b.c.kind ? 0 : a.c.kind === 'credit' ? -1 : 1) || a.c.index - b.c.index);
}

/** True when the order among `group` changed who pays: ≥ 2 resources, something used, one not used fully. */
function orderMattered(group: readonly Candidate[]): boolean {
  if (group.length < 2) return false;
  let used = 0;
  let short = false;
  for (const c of group) {
    used += c.used;
    if (c.used < c.cents) short = true;
  }
  return used > 0 && short;
}

const CREDIT_REFS: Record<string, LegalRef> = {
  'L6323-4-III': REF.L6323_4,
  'L2254-2-VI': { source: 'code-du-travail', article: 'L2254-2', title: 'Abondement du salarié licencié après refus d’un accord de performance collective' },
  'L6323-14': REF.L6323_14,
  'L6323-11-accord': REF.L6323_11,
  'L6323-13': { source: 'code-du-travail', article: 'L6323-13', title: 'Abondement correctif (3 000 €)' },
  'L7342-3': { source: 'code-du-travail', article: 'L7342-3', title: 'Abondement des plateformes pour les travailleurs indépendants' },
  'sapin-ii': { source: 'loi', article: '2016-1691 art. 12 II', title: 'Loi Sapin II : abondement des lanceurs d’alerte' },
};
const TOP_UP_REFS: Record<string, LegalRef> = {
  'L6323-4-II': REF.L6323_4,
  'L4163-8': REF.L4163_8,
  'L6323-14': REF.L6323_14,
  'L6323-29': { source: 'code-du-travail', article: 'L6323-29', title: 'Abondements des FAF et chambres de métiers' },
  'L6323-37': { source: 'code-du-travail', article: 'L6323-37', title: 'Abondement des entreprises accueillant des travailleurs d’ESAT' },
  'L6323-43': { source: 'code-du-travail', article: 'L6323-43', title: 'DIF des élus locaux' },
  'CSS-L432-12': REF.CSS_L432_12,
};

function disputed<A>(code: string, option: string, wording: W.Wording<A>, facts: A, references: readonly LegalRef[]): Warning {
  return warning(code, wording, facts, 'disputed', references, option);
}

/**
 * A condition of D. 6323-6 (bilan within five years of a funded one) or D. 6323-8 (light licence for
 * a holder of a valid one). Both condition « la mobilisation des droits inscrits sur le compte … en
 * application des articles L. 6323-11, L. 6323-27 et L. 6323-34 » (../shared/domain/corrections-2026-12.md
 * §4, issue 8 §3): by default they bar the acquired rights only; option
 * `acquiredRightsConditionsBlockPurchase` for the reading where the platform refuses the purchase.
 */
interface AcquiredRightsBar {
  readonly issue: OfkitIssue;
  readonly step: Step;
  readonly stepNothingElse: Step;
  readonly allocationStep: PlanStep;
  readonly warning: Warning;
  readonly warningApplied: Warning;
}

const REFS_BAR_COMMON: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => [REF.L6323_11, REF.L6323_27, REF.L6323_34])();

function bar(article: 'D. 6323-6' | 'D. 6323-8', ref: LegalRef, path: OfkitIssue['path'], code: string, what: string, whatEn: string): AcquiredRightsBar {
  const refs = [ref, ...REFS_BAR_COMMON];
  const option = 'acquiredRightsConditionsBlockPurchase';
  const facts = { article, what, whatEn };
  return {
    issue: {
      path,
      code,
      message: `${what} : les droits acquis ne peuvent pas être mobilisés (${article}) et aucune autre ressource (ressource inscrite sur le compte, abondement) ne peut payer : non éligible.`,
      messageEn: `${whatEn}: the acquired rights cannot be used (${article}) and no other resource (account credit, top-up) can pay: not eligible.`,
    },
    step: step('ACQUIRED_RIGHTS_BARRED', W.STEP_BAR_OTHERS_PAY, facts, undefined, refs),
    stepNothingElse: step(code === 'recent_public_bilan' ? 'INELIGIBLE_RECENT_BILAN' : 'INELIGIBLE_VALID_LICENCE', W.STEP_BAR_NOTHING_ELSE, facts, undefined, refs),
    allocationStep: step('ACQUIRED_RIGHTS_BARRED', W.STEP_BAR_ALLOCATION, facts, undefined, [ref, REF.L6333_1]),
    warning: warning('DISPUTED_ACQUIRED_RIGHTS_ONLY', W.WARN_BAR_ACQUIRED_RIGHTS_ONLY, facts, 'disputed', refs, option),
    warningApplied: warning('DISPUTED_PURCHASE_BLOCKED_APPLIED', W.WARN_BAR_PURCHASE_BLOCKED, facts, 'disputed', refs, option),
  };
}

const BAR_BILAN: AcquiredRightsBar = /* @__PURE__ */ (() =>
  bar('D. 6323-6', REF.D6323_6, ['holder', 'publiclyFundedBilanWithin5Years'], 'recent_public_bilan', 'Bilan de compétences, un bilan financé par un organisme financeur a eu lieu dans les 5 années précédentes', 'Skills assessment (bilan de compétences): a bilan funded by a funding body took place in the previous 5 years'))();
const BAR_LICENCE: AcquiredRightsBar = /* @__PURE__ */ (() =>
  bar('D. 6323-8', REF.D6323_8, ['holder', 'hasValidLightLicence'], 'holds_valid_light_licence', 'Permis du groupe léger, le titulaire détient déjà un permis valide en France', 'Light-vehicle group licence: the holder already has a licence valid in France'))();

/** The running state of an allocation (methods, not per-call closures, to keep the hot path lean). */
class Allocation {
  remaining: number;
  capLeft: number;
  acquiredUsed = 0;
  accordUsed = 0;
  capBound = false;
  readonly lines: CpfFinancingLine[] = [];

  constructor(
    readonly req: ParsedRequest,
    maxCpf: number,
    readonly cap: number,
    readonly capCoversAgreements: boolean,
    readonly steps: Step[],
    readonly refs: LegalRef[],
    /** D. 6323-6 or D. 6323-8 bars the acquired rights (default, literal reading). */
    readonly bar: AcquiredRightsBar | undefined,
  ) {
    this.remaining = maxCpf;
    this.capLeft = cap;
  }

  take(c: Candidate, level: 1 | 3): void {
    let limit = c.cents;
    const capped = c.kind === 'credit' && c.basis === 'L6323-11-accord' && this.capCoversAgreements;
    if (capped && this.capLeft < limit) limit = this.capLeft;
    const before = this.remaining;
    const take = before < limit ? before : limit;
    const capLimited = capped && limit < c.cents && before > limit;
    c.used = take;
    this.remaining -= take;
    if (capped) this.capLeft -= take;
    if (c.basis === 'L6323-11-accord') this.accordUsed += take;
    const ref = c.kind === 'credit' ? CREDIT_REFS[c.basis] : TOP_UP_REFS[c.basis];
    const credit = c.kind === 'credit';
    const sAvail = fmt(c.cents);
    if (take > 0) {
      const sTake = fmt(take);
      this.lines.push({ level, source: c.id, amount: sTake });
      this.steps.push(
        step(
          credit ? 'CREDIT_USED' : 'TOP_UP_USED',
          W.STEP_RESOURCE_USED,
          { credit, id: c.id, basis: c.basis, funder: c.funder, used: sTake, available: sAvail, capLimited },
          { used: sTake, available: sAvail, remaining: fmt(this.remaining) },
          (credit ? CREDIT_REF_LISTS[c.basis] : TOP_UP_REF_LISTS[c.basis]) ?? NO_REFS,
        ),
      );
    } else {
      this.steps.push(step(credit ? 'CREDIT_NOT_NEEDED' : 'TOP_UP_NOT_NEEDED', W.STEP_RESOURCE_NOT_NEEDED, { credit, id: c.id, basis: c.basis, covered: this.remaining === 0 }, { available: sAvail }));
    }
    if (ref) this.refs.push(ref);
  }

  takeAcquired(): void {
    const { req, cap } = this;
    if (this.bar) {
      const b = this.bar;
      this.steps.push(b.allocationStep.withAmounts({ used: '0.00', available: fmt(req.acquiredRights), remaining: fmt(this.remaining) }));
      return;
    }
    const rights = req.acquiredRights;
    const limit = rights < this.capLeft ? rights : this.capLeft;
    const take = this.remaining < limit ? this.remaining : limit;
    this.acquiredUsed = take;
    this.remaining -= take;
    if (cap !== INF) {
      this.capBound = take === this.capLeft && take < rights && this.remaining > 0;
      this.capLeft -= take;
    }
    const capBound = this.capBound;
    const sTake = fmt(take);
    const sRights = fmt(rights);
    const sCap = cap !== INF ? fmt(cap) : '';
    if (take > 0) this.lines.push({ level: 2, source: ACQUIRED_RIGHTS_SOURCE, amount: sTake });
    const amounts: Record<string, string> = { used: sTake, available: sRights, remaining: fmt(this.remaining) };
    if (cap !== INF) amounts['cap'] = sCap;
    this.steps.push(
      step(
        capBound ? 'ACQUIRED_RIGHTS_CAPPED' : 'ACQUIRED_RIGHTS',
        W.STEP_ACQUIRED_RIGHTS,
        { capBound, used: sTake, available: sRights, remaining: amounts['remaining']!, cap: sCap, action: req.action.type },
        amounts,
        cap !== INF ? REFS_ACQUIRED_CAPPED : REFS_ACQUIRED,
      ),
    );
  }
}

const REFS_ACQUIRED: readonly LegalRef[] = [REF.L6333_1];
/** Explanation steps and reference lists that are the same in every plan: shared, frozen constants. */
const REFS_LEVELS: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.R6333_3_2025]))();
const STEP_LEVEL_1: Step = /* @__PURE__ */ (() => step('LEVEL_1', W.STEP_LEVEL_1, undefined, undefined, REFS_LEVELS))();
const STEP_LEVEL_2: Step = /* @__PURE__ */ (() => step('LEVEL_2', W.STEP_LEVEL_2, undefined, undefined, REFS_LEVELS))();
const STEP_LEVEL_3: Step = /* @__PURE__ */ (() => step('LEVEL_3', W.STEP_LEVEL_3, undefined, undefined, REFS_LEVELS))();
const STEP_COMPLEMENTARY: Step = /* @__PURE__ */ (() => step('COMPLEMENTARY', W.STEP_COMPLEMENTARY, undefined, undefined, Object.freeze([REF.ARRETE_2020_07_30])))();
const NO_REFS: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([]))();
const REFS_SKIPPED: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.R6323_42_1, REF.R6333_3_2025]))();
const REFS_COVERAGE: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.L6323_4, REF.R6323_2024]))();
const REFS_HOLDER_PAYS: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.R6333_3_2025]))();
const listsOf = (refs: Record<string, LegalRef>): Record<string, readonly LegalRef[]> =>
  Object.freeze(Object.fromEntries(Object.entries(refs).map(([k, r]) => [k, Object.freeze([r])])));
/** One-reference lists per basis, built once. */
const CREDIT_REF_LISTS = /* @__PURE__ */ (() => listsOf(CREDIT_REFS))();
const TOP_UP_REF_LISTS = /* @__PURE__ */ (() => listsOf(TOP_UP_REFS))();

const REFS_ACQUIRED_CAPPED: readonly LegalRef[] = [REF.L6333_1, REF.D6323_1_A];
const REFS_RULES_2025: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.R6333_3_2025, REF.DECRET_2025_1156]))();
const REFS_RULES_2018: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.R6333_3_2018]))();

/**
 * The financing plan of one purchase on Mon Compte Formation: which money pays what, what the
 * holder pays, and why, under the rules in force at `purchaseDate`.
 *
 * - From 5 Dec 2025 (décret 2025-1156, R. 6333-3): level 1 credits whose conditions are met (order:
 *   parameter `level1Order`, provisional), level 2 droits acquis (within the D. 6323-1 A caps),
 *   level 3 top-ups for what remains (order: `level3Order`, provisional).
 * - Before: droits acquis first, then the complementary resources in the order of the arrêté du
 *   30 juillet 2020.
 * - CPF money and top-ups cover at most `price − participation`; the holder pays the rest.
 *
 * Throws `OfkitError` (from `@ofkit/core`) `INVALID_INPUT` (every problem, with its path) on invalid input, and
 * `NO_VALUE_IN_FORCE` (path `purchaseDate`) for a date the rules do not cover (before 2020).
 * An ineligible purchase is not an error: `eligible: false`, the reasons in `issues`, no lines.
 *
 * @example
 * ```ts
 * import { planCpfFinancing } from '@ofkit/cpf';
 * const plan = planCpfFinancing({
 *   purchaseDate: '2026-03-10',
 *   price: '1400.00',
 *   action: { type: 'rncp', code: 'RNCP37274' },
 *   holder: { status: 'employee' },
 *   acquiredRights: '800.00',
 *   credits: [{ id: 'dotation-employeur', basis: 'L6323-4-III', funder: 'employer', amount: '300.00' }],
 *   topUps: [{ id: 'opco', basis: 'L6323-4-II', funder: 'opco', amount: '1000.00' }],
 * });
 * plan.lines.map((l) => [l.level, l.source, l.amount]); // [[1, 'dotation-employeur', '300.00'], [2, 'acquired-rights', '800.00'], [3, 'opco', '196.80']]
 * plan.participation; // { amount: '103.20', exempt: false }
 * plan.holderPays; // '103.20'
 * ```
 */
export function planCpfFinancing(request: CpfFinancingRequest, options?: CpfFinancingOptions): CpfFinancingPlan {
  let req: ParsedRequest;
  let opts: CpfFinancingOptions;
  try {
    let optionIssues: readonly OfkitIssue[] = [];
    try {
      opts = parseOptions(options);
    } catch (e) {
      if (!(e instanceof OfkitError)) throw e;
      optionIssues = e.issues;
      opts = {};
    }
    try {
      req = parseRequest(request);
    } catch (e) {
      if (!(e instanceof OfkitError) || optionIssues.length === 0) throw e;
      throw new OfkitError('INVALID_INPUT', [...e.issues, ...optionIssues]);
    }
    if (optionIssues.length > 0) throw new OfkitError('INVALID_INPUT', optionIssues);
  } catch (e) {
    if (e instanceof OfkitError) throw e;
    // A getter or a Proxy trap threw, or a value zod cannot even look at: say where, in one OfkitError.
    const issues = [...hostileIssues(request), ...hostileIssues(options, ['options'])];
    throw new OfkitError('INVALID_INPUT', issues.length > 0 ? issues : [unreadableIssue()]);
  }
  return planParsed(req, opts);
}

/** The plan of an already validated request (amounts in cents). Used by the benchmark to show where the time goes. @internal */
export function planParsed(req: ParsedRequest, options: CpfFinancingOptions = {}): CpfFinancingPlan {
  return planOnce(req, options, NOTHING_BLOCKED);
}

/** Exemptions a second pass no longer grants, because the first pass did not mobilise their source. */
interface Blocked {
  /** Top-ups that would exempt (strict reading of an unused top-up). */
  readonly topUps?: readonly string[];
  /** Employer dotations that would exempt under option `employerDotationExempts`. */
  readonly dotations?: readonly string[];
}
const NOTHING_BLOCKED: Blocked = /* @__PURE__ */ ((): Blocked => Object.freeze({}))();

/**
 * One pass of the plan. `blocked` is set on a second pass, when the first one found that the source
 * of the exemption was not mobilised: no exempting top-up used while the strict reading applies
 * (option `unusedTopUpExempts` off), or no employer dotation used under option
 * `employerDotationExempts` (whose reading is a dotation *used* for the purchase). Those sources
 * then do not exempt. Less money is then needed, so they stay unused: two passes at most.
 */
function planOnce(req: ParsedRequest, options: CpfFinancingOptions, blocked: Blocked): CpfFinancingPlan {
  const unusedExemptingTopUps = blocked.topUps;
  const rules = options.rules ?? cpfFinancingRules;
  const date = req.purchaseDate;
  const price = req.price;
  const credits = req.credits ?? [];
  const topUps = req.topUps ?? [];
  const steps: Step[] = [];
  const warnings: Warning[] = [];
  const refs: LegalRef[] = [];

  const scheme = use(refs, warnings, rules.mobilisationScheme, date);
  steps.push(step('RULES_IN_FORCE', W.STEP_RULES_IN_FORCE, { date, creditsFirst: scheme === 'credits-first' }, { price: fmt(price) }, scheme === 'credits-first' ? REFS_RULES_2025 : REFS_RULES_2018));

  // Credits: which ones may pay for this purchase (their steps are told before the allocation).
  const screening: Step[] = [];
  const usableCredits: Candidate[] = [];
  credits.forEach((c, index) => {
    const problem = creditProblem(c, req);
    if (problem === undefined) {
      usableCredits.push({ kind: 'credit', id: c.id, basis: c.basis, funder: c.funder, cents: c.amount, index, used: 0 });
      return;
    }
    if (problem === 'empty') {
      screening.push(step('CREDIT_EMPTY', W.STEP_CREDIT_EMPTY, { id: c.id, basis: c.basis }));
    } else if (problem === 'expired') {
      screening.push(step('CREDIT_SKIPPED_EXPIRED', W.STEP_CREDIT_SKIPPED_EXPIRED, { id: c.id, basis: c.basis, validUntil: c.validUntil!, date }, { available: fmt(c.amount) }, REFS_SKIPPED));
    } else {
      const r = c.reservedFor!;
      screening.push(step('CREDIT_SKIPPED_RESERVED', W.STEP_CREDIT_SKIPPED_RESERVED, { id: c.id, basis: c.basis, actionTypes: r.actionTypes, codes: r.codes, action: req.action.type }, { available: fmt(c.amount) }, REFS_SKIPPED));
    }
  });

  // Eligibility.
  const cofinancing: Cofinancing = { ids: [], min: 0 };
  const bars: AcquiredRightsBar[] = [];
  const issues = eligibilityIssues(req, rules, date, usableCredits, options, steps, warnings, refs, cofinancing, bars);
  if (issues.length > 0) {
    for (const x of screening) steps.push(x);
    steps.push(step('NOT_ELIGIBLE', W.STEP_NOT_ELIGIBLE, undefined, { price: fmt(price) }));
    return finish(false, issues, withReason({ amount: '0.00', exempt: false }, W.reason(W.REASON_NOT_ELIGIBLE, undefined)), [], 0, price, steps, warnings, refs);
  }

  // Participation forfaitaire.
  const pResolved = pick(rules.participationAmount, date, PURCHASE_DATE);
  const pCents = parseCents(pResolved.value);
  if (typeof pCents !== 'number') throw new OfkitError('INVALID_PARAMETER', [{ path: ['participationAmount'], code: pCents, message: `Montant de participation invalide : ${pResolved.value}.`, messageEn: `Invalid participation amount: ${pResolved.value}.` }]);
  for (const x of pResolved.references) refs.push(x);
  const exemptionsR = pick(rules.participationExemptions, date, PURCHASE_DATE);
  // The version of L. 6323-4 (funders, II and III) these rules follow (a newer, unread one exists from 19 Aug 2026).
  use(refs, warnings, rules.financingText, date);
  const exemptions = exemptionsR.value;
  let exemptReason: W.Reason | undefined;
  let exemptTopUp: string | undefined;
  const exemptingTopUps: string[] = [];
  const exemptingDotations: string[] = [];
  if (pCents > 0) {
    if (exemptions.holderStatuses.includes(req.holder.status)) {
      exemptReason = req.holder.status === 'jobseeker' ? W.reason(W.REASON_JOBSEEKER, undefined) : W.reason(W.REASON_STATUS, { status: req.holder.status });
    }
    if (exemptReason === undefined && unusedExemptingTopUps === undefined) {
      for (const t of topUps) {
        if (t.amount === 0) continue;
        const hit = exemptions.topUps.find((e) => e.basis === t.basis && (!e.funders || e.funders.includes(t.funder)));
        if (hit) exemptingTopUps.push(t.id);
        if (hit && exemptTopUp === undefined) {
          exemptTopUp = t.id;
          exemptReason =
            t.basis === 'L4163-8'
              ? W.reason(W.REASON_C2P, { id: t.id })
              : t.basis === 'CSS-L432-12'
                ? W.reason(W.REASON_ATMP, { id: t.id })
                : W.reason(W.REASON_EMPLOYER_TOP_UP, { id: t.id, agreement: t.basis === 'L6323-14' });
        }
      }
    }
    // Disputed exemptions: options, with a warning when they could change the result.
    const employerDotation = usableCredits.find((c) => c.basis === 'L6323-4-III' && c.funder === 'employer' && !blocked.dotations?.includes(c.id));
    if (blocked.dotations !== undefined) {
      warnings.push(disputed('EXEMPTION_DOTATION_NOT_MOBILISED', 'employerDotationExempts', W.WARN_DOTATION_NOT_MOBILISED, { ids: blocked.dotations }, [REF.L6323_7, REF.L6323_4]));
    }
    const isOpcoTopUp = (t: TopUp) => t.funder === 'opco' && t.amount > 0 && (t.basis === 'L6323-4-II' || t.basis === 'L6323-14') && !blocked.topUps?.includes(t.id);
    const opcoTopUp = topUps.find(isOpcoTopUp);
    const dotationRefs = [REF.L6323_7, REF.R6323_2024, REF.L6323_4];
    if (exemptReason === undefined && employerDotation) {
      if (options.employerDotationExempts) {
        exemptReason = W.reason(W.REASON_DOTATION_OPTION, { id: employerDotation.id });
        for (const c of usableCredits) if (c.basis === 'L6323-4-III' && c.funder === 'employer') exemptingDotations.push(c.id);
        warnings.push(disputed('DISPUTED_EXEMPTION_APPLIED', 'employerDotationExempts', W.WARN_DOTATION_EXEMPTION_APPLIED, undefined, dotationRefs));
      } else {
        warnings.push(disputed('DISPUTED_EXEMPTION_NOT_APPLIED', 'employerDotationExempts', W.WARN_DOTATION_EXEMPTION_NOT_APPLIED, { id: employerDotation.id }, dotationRefs));
      }
    }
    if (exemptReason === undefined && opcoTopUp) {
      if (options.opcoTopUpExempts) {
        exemptReason = W.reason(W.REASON_OPCO_OPTION, { id: opcoTopUp.id });
        // Like the other exempting top-ups: it must be mobilised unless option unusedTopUpExempts.
        exemptTopUp = opcoTopUp.id;
        for (const t of topUps) if (isOpcoTopUp(t)) exemptingTopUps.push(t.id);
        warnings.push(disputed('DISPUTED_EXEMPTION_APPLIED', 'opcoTopUpExempts', W.WARN_OPCO_EXEMPTION_APPLIED, undefined, [REF.R6323_2024, REF.L6323_7]));
      } else {
        warnings.push(
          opcoTopUp.basis === 'L6323-14'
            ? disputed('DISPUTED_EXEMPTION_NOT_APPLIED', 'opcoTopUpExempts', W.WARN_OPCO_AGREEMENT_EXEMPTION_NOT_APPLIED, { id: opcoTopUp.id }, [REF.L6323_7, REF.L6323_14, REF.R6323_2024])
            : disputed('DISPUTED_EXEMPTION_NOT_APPLIED', 'opcoTopUpExempts', W.WARN_OPCO_EXEMPTION_NOT_APPLIED, { id: opcoTopUp.id }, [REF.R6323_2024, REF.L6323_7]),
        );
      }
    }
    if (exemptReason === undefined && req.holder.status === 'public-servant') {
      const ref = REF.PRACTICE_PUBLIC_SERVANTS;
      if (options.publicServantExempt) {
        exemptReason = W.reason(W.REASON_PUBLIC_SERVANT, undefined);
        warnings.push(warning('PRACTICE_EXEMPTION_APPLIED', W.WARN_PRACTICE_EXEMPTION_APPLIED, undefined, 'provisional', [ref], 'publicServantExempt'));
      } else {
        warnings.push(warning('PRACTICE_EXEMPTION_NOT_APPLIED', W.WARN_PRACTICE_EXEMPTION_NOT_APPLIED, undefined, 'provisional', [ref], 'publicServantExempt'));
      }
    }
  }
  const exempt = exemptReason !== undefined;
  if (exempt) useDated(refs, warnings, rules.participationExemptions, exemptionsR);
  const pEff = exempt ? 0 : Math.min(pCents, price);
  if (!exempt && pEff > 0) {
    const w = warningOf(rules.participationAmount, pResolved);
    if (w) warnings.push(w);
  }
  const participation: CpfFinancingPlan['participation'] = exempt
    ? withReason({ amount: '0.00', exempt: true }, exemptReason!)
    : pCents === 0
      ? withReason({ amount: '0.00', exempt: false }, W.reason(W.REASON_NONE_AT_DATE, undefined))
      : price <= pCents
        ? withReason({ amount: fmt(pEff), exempt: false }, W.reason(W.REASON_PRICE_AT_MOST, undefined))
        : { amount: fmt(pEff), exempt: false };
  steps.push(
    exempt
      ? step('PARTICIPATION_EXEMPT', W.STEP_PARTICIPATION_EXEMPT, { reason: exemptReason! }, { participation: '0.00', parameter: pResolved.value }, [REF.L6323_7, ...pResolved.references])
      : step('PARTICIPATION', W.STEP_PARTICIPATION, { cents: pCents, value: pResolved.value, limited: price < pCents }, { participation: fmt(pEff) }, pResolved.references),
  );

  const maxCpf = price - pEff;
  steps.push(step('CPF_COVERAGE_LIMIT', W.STEP_CPF_COVERAGE_LIMIT, { maxCpf }, { price: fmt(price), participation: fmt(pEff), maxCpf: fmt(maxCpf) }, REFS_COVERAGE));

  // Cap on acquired rights (D. 6323-1 A).
  const capsR = pick(rules.acquiredRightsCaps, date, PURCHASE_DATE);
  const caps = capsR.value;
  const a = req.action;
  const capText = a.type === 'rs' && !a.clea ? caps.rsExceptClea : a.type === 'bilan' ? caps.bilan : a.type === 'driving-licence' && a.group === 'light' ? caps.lightDrivingLicence : null;
  let cap = INF;
  if (capText !== null) {
    useDated(refs, warnings, rules.acquiredRightsCaps, capsR);
    const c = parseCents(capText);
    if (typeof c !== 'number') throw new OfkitError('INVALID_PARAMETER', [{ path: ['acquiredRightsCaps'], code: c, message: `Plafond invalide : ${capText}.`, messageEn: `Invalid cap: ${capText}.` }]);
    cap = c;
  }
  const capCoversAgreements = options.capAlsoLimitsAgreementCredits === true && cap !== INF;

  // Allocation.
  for (const x of screening) steps.push(x);
  const al = new Allocation(req, maxCpf, cap, capCoversAgreements, steps, refs, bars[0]);
  const lines = al.lines;
  const topUpCands: Candidate[] = topUps.map((t, index) => ({ kind: 'top-up', id: t.id, basis: t.basis, funder: t.funder, cents: t.amount, index, used: 0 }));

  if (maxCpf > 0) {
    if (scheme === 'credits-first') {
      let l1: Array<{ c: Candidate; tier: number }> = [];
      let o1: ResolvedValue<PriorityTiers> | undefined;
      if (usableCredits.length > 0) {
        o1 = at(rules.level1Order, date);
        useValue(refs, warnings, o1, false);
        l1 = ordered(usableCredits, o1.value);
        steps.push(STEP_LEVEL_1);
        for (const { c } of l1) al.take(c, 1);
      }
      steps.push(STEP_LEVEL_2);
      al.takeAcquired();
      let o3: ResolvedValue<PriorityTiers> | undefined;
      if (topUpCands.length > 0) {
        o3 = at(rules.level3Order, date);
        useValue(refs, warnings, o3, false);
        steps.push(STEP_LEVEL_3);
        for (const { c } of ordered(topUpCands, o3.value)) al.take(c, 3);
      }
      if (o1 && orderMattered(usableCredits)) pushOrderWarning(warnings, o1, 1);
      if (o3 && orderMattered(topUpCands)) pushOrderWarning(warnings, o3, 3);
    } else {
      al.takeAcquired();
      const all = [...usableCredits, ...topUpCands];
      if (all.length > 0) {
        const o = at(rules.complementaryOrder2020, date);
        useValue(refs, warnings, o, false);
        steps.push(STEP_COMPLEMENTARY);
        const seq = ordered(all, o.value);
        for (const { c } of seq) al.take(c, c.kind === 'credit' ? 1 : 3);
        // The arrêté ranks the first tiers; the order inside a tier and among the rest is ofkit's.
        const groups = new Map<number, Candidate[]>();
        for (const { c, tier } of seq) {
          const key = tier < RANKED_TIERS_2020 ? tier : RANKED_TIERS_2020;
          const g = groups.get(key) ?? [];
          g.push(c);
          groups.set(key, g);
        }
        if ([...groups.values()].some(orderMattered) || o.origin === 'override') {
          const w = warningFor(o);
          warnings.push(
            w ?? warning('ORDER_NOT_SET_BY_TEXT', W.WARN_ORDER_NOT_SET_BY_TEXT, undefined, 'provisional', [REF.ARRETE_2020_07_30], undefined, o.parameter),
          );
        }
      }
    }
  } else {
    for (const c of usableCredits) steps.push(step('CREDIT_NOT_NEEDED', W.STEP_NOTHING_TO_FINANCE, { credit: true, id: c.id }));
    for (const t of topUpCands) steps.push(step('TOP_UP_NOT_NEEDED', W.STEP_NOTHING_TO_FINANCE, { credit: false, id: t.id }));
  }

  // Warnings on disputed cap scope and on an exemption resting on an unused top-up.
  if (cap !== INF && al.accordUsed > 0) {
    if (!capCoversAgreements && al.accordUsed + al.acquiredUsed > cap) {
      warnings.push(disputed('DISPUTED_CAP_SCOPE', 'capAlsoLimitsAgreementCredits', W.WARN_CAP_SCOPE, { cap }, [REF.D6323_1_A, REF.L6323_11]));
    } else if (capCoversAgreements) {
      warnings.push(disputed('DISPUTED_CAP_SCOPE_APPLIED', 'capAlsoLimitsAgreementCredits', W.WARN_CAP_SCOPE_APPLIED, { cap }, [REF.D6323_1_A, REF.L6323_11]));
    }
  }
  if (cofinancing.ids.length > 0) {
    let used = 0;
    for (const l of lines) if (cofinancing.ids.includes(l.source)) used += parseCents(l.amount) as number;
    if (used < cofinancing.min) {
      warnings.push(warning('LICENCE_COFINANCING_NOT_MOBILISED', W.WARN_LICENCE_COFINANCING_NOT_MOBILISED, { used, min: cofinancing.min }, 'provisional', [REF.D6323_8, REF.R6333_3_2025]));
    }
  }
  if (exemptingDotations.length > 0 && !lines.some((l) => exemptingDotations.includes(l.source))) {
    return planOnce(req, options, { ...blocked, dotations: exemptingDotations });
  }
  if (exemptTopUp !== undefined && !lines.some((l) => exemptingTopUps.includes(l.source))) {
    // The exemption rests on top-ups attached to the purchase that the order of mobilisation did not
    // need. Strict reading (default): the training did not "receive" the abondement (L. 6323-7), the
    // holder did not "use" the C2P points or the AT/MP top-up (R. 6323): the participation is due.
    if (!options.unusedTopUpExempts) return planOnce(req, options, { ...blocked, topUps: [...(blocked.topUps ?? []), ...exemptingTopUps] });
    warnings.push(disputed('EXEMPTION_TOP_UP_NOT_MOBILISED', 'unusedTopUpExempts', W.WARN_EXEMPTING_TOP_UP_UNUSED_APPLIED, { id: exemptTopUp }, [REF.L6323_7, REF.R6323_2024, REF.R6333_3_2025]));
  }
  if (unusedExemptingTopUps !== undefined) {
    warnings.push(disputed('EXEMPTION_TOP_UP_NOT_MOBILISED', 'unusedTopUpExempts', W.WARN_EXEMPTING_TOP_UP_UNUSED, { ids: unusedExemptingTopUps }, [REF.L6323_7, REF.R6323_2024, REF.R6333_3_2025]));
  }

  return finish(true, [], participation, lines, price - pEff - al.remaining, price, steps, warnings, refs);
}

/** Removes repeated references (the same constant object), keeping the first; small arrays, so a linear scan. */
function uniqueRefs(refs: readonly LegalRef[]): LegalRef[] {
  const out: LegalRef[] = [];
  for (const r of refs) if (!out.includes(r)) out.push(r);
  return out;
}

/** Reads a parameter at the purchase date, keeps its references and, when it is not settled law, its warning. */
function use<T>(refs: LegalRef[], warnings: Warning[], parameter: Parameter<T>, date: string): T {
  return useDated(refs, warnings, parameter, pick(parameter, date, PURCHASE_DATE));
}

function useDated<T>(refs: LegalRef[], warnings: Warning[], parameter: Parameter<T>, v: DatedValue<T>): T {
  for (const x of v.references) refs.push(x);
  const w = warningOf(parameter, v);
  if (w) warnings.push(w);
  return v.value;
}

function useValue<T>(refs: LegalRef[], warnings: Warning[], r: ResolvedValue<T>, warn = true): T {
  for (const x of r.references) refs.push(x);
  if (warn) {
    const w = warningFor(r);
    if (w) warnings.push(w);
  }
  return r.value;
}

function pushOrderWarning(warnings: Warning[], o: ResolvedValue<PriorityTiers>, level: 1 | 3): void {
  const w = warningFor(o);
  if (w) warnings.push({ ...w, code: w.code, message: W.WARN_ORDER_CHANGED_RESULT.fr({ base: w.message, level }), messageEn: W.WARN_ORDER_CHANGED_RESULT.en({ base: w.messageEn, level }) });
}

function finish(
  eligible: boolean,
  issues: OfkitIssue[],
  participation: CpfFinancingPlan['participation'],
  lines: CpfFinancingLine[],
  covered: number,
  price: number,
  steps: Step[],
  warnings: Warning[],
  refs: LegalRef[],
): CpfFinancingPlan {
  const holderPays = price - covered;
  const sHolder = fmt(holderPays);
  const sCovered = fmt(covered);
  const sPrice = fmt(price);
  steps.push(step('HOLDER_PAYS', W.STEP_HOLDER_PAYS, { holderPays: sHolder, participation: participation.amount, covered: sCovered }, { price: sPrice, covered: sCovered, holderPays: sHolder, participation: participation.amount }, REFS_HOLDER_PAYS));
  let ws = warnings;
  if (warnings.length > 1) {
    const seen = new Set<string>();
    ws = [];
    for (const w of warnings) {
      // Same rule as core's dedupeWarnings: code, parameter and option; the message only when neither names the point.
      const key = w.parameter !== undefined || w.option !== undefined ? `${w.code}|${w.parameter ?? ''}|${w.option ?? ''}` : `${w.code}||${w.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ws.push(w);
    }
  }
  // References are shared constants: dedupe by identity (two versions of one article stay distinct).
  return { eligible, issues, participation, lines, holderPays: sHolder, explanation: steps, warnings: ws, references: uniqueRefs(refs) };
}

function eligibilityIssues(
  req: ParsedRequest,
  rules: NonNullable<CpfFinancingOptions['rules']>,
  date: string,
  usableCredits: readonly Candidate[],
  options: CpfFinancingOptions,
  steps: Step[],
  warnings: Warning[],
  refs: LegalRef[],
  cofinancing: Cofinancing,
  bars: AcquiredRightsBar[],
): OfkitIssue[] {
  const out: OfkitIssue[] = [];
  const barAt: number[] = [];
  const a = req.action;
  if (req.holder.meetsRetirementConditions) {
    out.push({ path: ['holder', 'meetsRetirementConditions'], code: 'retirement_conditions_met', message: 'Le titulaire remplit les conditions de retraite (L. 5421-4) : ses droits ne peuvent plus être mobilisés (L. 6323-3).', messageEn: 'The holder meets the retirement conditions (L. 5421-4): the rights can no longer be used (L. 6323-3).' });
    steps.push(step('INELIGIBLE_RETIREMENT', W.STEP_INELIGIBLE_RETIREMENT, undefined, undefined, [REF.L6323_3, REF.L5421_4]));
  }
  if (a.type === 'driving-licence' && a.group === 'light') {
    const rule = use(refs, warnings, rules.lightLicenceRule, date);
    if (rule.excludeValidLicenceHolders && req.holder.hasValidLightLicence === true && !(rule.validLicenceExceptCategories ?? []).includes(normCode(a.category ?? ''))) {
      bars.push(BAR_LICENCE);
      barAt.push(out.length);
      if (options.acquiredRightsConditionsBlockPurchase === true) {
        out.push({ path: ['holder', 'hasValidLightLicence'], code: 'holds_valid_light_licence', message: 'Permis du groupe léger : non éligible pour un titulaire déjà détenteur d’un permis valide en France (D. 6323-8).', messageEn: 'Light-group licence: not eligible for a holder of a licence valid in France (D. 6323-8).' });
        steps.push(step('INELIGIBLE_VALID_LICENCE', W.STEP_INELIGIBLE_VALID_LICENCE, undefined, undefined, [REF.D6323_8]));
      }
    }
    if (rule.jobseekerOrCofinancing && req.holder.status !== 'jobseeker') {
      const min = parseCents(rule.minCofinancing ?? '0.01') as number;
      const counts = (t: TopUp) => t.funder !== 'holder' && (rule.cofinancingFunders.includes(t.funder) || rule.cofinancingBases.includes(t.basis));
      let cofin = 0;
      let other = 0;
      for (const t of req.topUps ?? []) {
        if (counts(t)) cofin += t.amount;
        else if (t.funder === 'other') other += t.amount;
      }
      let dotations = 0;
      for (const c of usableCredits) if (c.basis === 'L6323-4-III' && c.funder !== undefined && rule.cofinancingFunders.includes(c.funder as TopUp['funder'])) dotations += c.cents;
      const withDotations = cofin + dotations;
      const effective = options.licenceCofinancingMayBeDotation ? withDotations : cofin;
      cofinancing.min = min;
      for (const t of req.topUps ?? []) if (counts(t)) cofinancing.ids.push(t.id);
      if (options.licenceCofinancingMayBeDotation) for (const c of usableCredits) if (c.basis === 'L6323-4-III' && c.funder !== undefined && rule.cofinancingFunders.includes(c.funder as TopUp['funder'])) cofinancing.ids.push(c.id);
      steps.push(step('LICENCE_COFINANCING', W.STEP_LICENCE_COFINANCING, { effective, min }, { cofinancing: fmt(effective), minimum: fmt(min) }, [REF.L6323_6, REF.D6323_8]));
      if (effective < min) {
        out.push({ path: ['topUps'], code: 'light_licence_cofinancing', message: `Permis du groupe léger : éligible seulement pour un demandeur d'emploi ou avec au moins ${eur(min)} de cofinancement par un financeur des 2° à 12° du II de L. 6323-4 (reçu ${eur(effective)}).`, messageEn: `Light-group licence: eligible only for a jobseeker or with at least EUR ${fmt(min)} of co-financing by funders 2°–12° of L. 6323-4 II (got EUR ${fmt(effective)}).` });
        if (!options.licenceCofinancingMayBeDotation && withDotations >= min) {
          warnings.push(disputed('DISPUTED_COFINANCING_DOTATION', 'licenceCofinancingMayBeDotation', W.WARN_COFINANCING_DOTATION, undefined, [REF.L6323_6, REF.D6323_8]));
        }
        if (effective + other >= min) {
          warnings.push(warning('COFINANCING_FUNDER_UNCLEAR', W.WARN_COFINANCING_FUNDER_UNCLEAR, undefined, 'provisional', [REF.L6323_4]));
        }
      } else if (options.licenceCofinancingMayBeDotation && cofin < min) {
        warnings.push(disputed('DISPUTED_COFINANCING_DOTATION_APPLIED', 'licenceCofinancingMayBeDotation', W.WARN_COFINANCING_DOTATION_APPLIED, undefined, [REF.L6323_6, REF.D6323_8]));
      }
    }
  }
  if (a.type === 'bilan') {
    const rule = use(refs, warnings, rules.bilanFiveYearRule, date);
    if (rule && req.holder.publiclyFundedBilanWithin5Years === true) {
      bars.push(BAR_BILAN);
      barAt.push(out.length);
    }
    if (rule && req.holder.publiclyFundedBilanWithin5Years === true && options.acquiredRightsConditionsBlockPurchase === true) {
      out.push({ path: ['holder', 'publiclyFundedBilanWithin5Years'], code: 'recent_public_bilan', message: 'Bilan de compétences : non éligible, un bilan financé par un organisme financeur a eu lieu dans les 5 années précédentes (D. 6323-6).', messageEn: 'Bilan de compétences: not eligible, a publicly funded bilan took place in the previous 5 years (D. 6323-6).' });
      steps.push(step('INELIGIBLE_RECENT_BILAN', W.STEP_INELIGIBLE_RECENT_BILAN, undefined, undefined, [REF.D6323_6]));
    }
  }
  // The version of L. 6323-6 these rules follow (a newer, unread one exists from 30 June 2026).
  use(refs, warnings, rules.eligibleActionsText, date);
  if (bars.length > 0 && options.acquiredRightsConditionsBlockPurchase !== true) {
    // Default, literal reading of D. 6323-6 and D. 6323-8 (corrections-2026-12 §4): only the rights
    // credited under L. 6323-11, L. 6323-27 and L. 6323-34 are barred; level-1 credits and level-3
    // top-ups still pay. Not eligible only when nothing else can pay.
    const othersCanPay = usableCredits.length > 0 || (req.topUps ?? []).some((t) => t.amount > 0);
    for (let k = bars.length - 1; k >= 0; k--) {
      const b = bars[k]!;
      warnings.push(b.warning);
      // At the place the issue had when it barred the whole purchase.
      if (!othersCanPay) out.splice(barAt[k]!, 0, b.issue);
      steps.push(othersCanPay ? b.step : b.stepNothingElse);
    }
  } else if (bars.length > 0) {
    for (const b of bars) warnings.push(b.warningApplied);
  }
  if (out.length === 0) {
    steps.push(step('ELIGIBLE', W.STEP_ELIGIBLE, { type: a.type, code: 'code' in a && typeof a.code === 'string' ? a.code : undefined }, undefined, pick(rules.eligibilityArticle, date, PURCHASE_DATE).references));
  }
  return out;
}
