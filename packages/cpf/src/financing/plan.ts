import type { LegalRef, OfkitIssue, Step, Warning } from '@ofkit/core';
import { OfkitError } from '@ofkit/core/internal/base';
import { centsToFr, centsToString } from '../internal/cents.js';
import { REF } from '../internal/refs.js';
import { planRefsAt, type PlanRefs } from './plan-refs.js';
import { need, needOrder, rulesAt, type CompiledOrder, type CompiledRules, type InForce } from './compiled.js';
import type { ParticipationExemptions } from './participation.js';
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

/** The resources in the order of mobilisation: by tier, credits before top-ups in a tier, then request order. */
function ordered(list: readonly Candidate[], order: CompiledOrder): Array<{ c: Candidate; tier: number }> {
  return list
    .map((c) => ({ c, tier: order.tier(c.kind, c.basis, c.funder) }))
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
  /** The facts of the sentences, and the references of the allocation step (the acquired rights not used). */
  readonly facts: { readonly article: string; readonly what: string; readonly whatEn: string };
  readonly allocationRefs: readonly LegalRef[];
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
    step: step('ACQUIRED_RIGHTS_BARRED', W.STEP_BAR_OTHERS_PAY, facts, refs),
    stepNothingElse: step(code === 'recent_public_bilan' ? 'INELIGIBLE_RECENT_BILAN' : 'INELIGIBLE_VALID_LICENCE', W.STEP_BAR_NOTHING_ELSE, facts, refs),
    facts,
    allocationRefs: Object.freeze([ref, REF.L6333_1]),
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
    /** The plan's steps and references; absent for a run that only decides who pays. */
    readonly steps: Step[] | undefined,
    readonly refs: LegalRef[] | undefined,
    /** D. 6323-6 or D. 6323-8 bars the acquired rights (default, literal reading). */
    readonly bar: AcquiredRightsBar | undefined,
    /** The plan's own reference lists at the purchase date (the versions in force of the articles it cites itself, plan-refs.ts). */
    readonly planRefs: PlanRefs,
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
    const steps = this.steps;
    if (steps === undefined) return;
    const pr = this.planRefs;
    const ref = c.kind === 'credit' ? pr.creditRefs[c.basis] : pr.topUpRefs[c.basis];
    const credit = c.kind === 'credit';
    if (take > 0) {
      this.lines.push({ level, source: c.id, amount: fmt(take) });
      steps.push(
        step(
          credit ? 'CREDIT_USED' : 'TOP_UP_USED',
          W.STEP_RESOURCE_USED,
          { credit, id: c.id, basis: c.basis, funder: c.funder, used: take, available: c.cents, remaining: this.remaining, capLimited },
          (credit ? pr.creditRefLists[c.basis] : pr.topUpRefLists[c.basis]) ?? NO_REFS,
        ),
      );
    } else {
      steps.push(step(credit ? 'CREDIT_NOT_NEEDED' : 'TOP_UP_NOT_NEEDED', W.STEP_RESOURCE_NOT_NEEDED, { credit, id: c.id, basis: c.basis, covered: this.remaining === 0, available: c.cents }));
    }
    if (ref) this.refs!.push(ref);
  }

  takeAcquired(): void {
    const { req, cap } = this;
    if (this.bar) {
      const b = this.bar;
      this.steps?.push(step('ACQUIRED_RIGHTS_BARRED', W.STEP_BAR_ALLOCATION, { bar: b.facts, used: 0, available: req.acquiredRights, remaining: this.remaining }, b.allocationRefs));
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
    const steps = this.steps;
    if (steps === undefined) return;
    if (take > 0) this.lines.push({ level: 2, source: ACQUIRED_RIGHTS_SOURCE, amount: fmt(take) });
    steps.push(
      step(
        capBound ? 'ACQUIRED_RIGHTS_CAPPED' : 'ACQUIRED_RIGHTS',
        W.STEP_ACQUIRED_RIGHTS,
        { capBound, used: take, available: rights, remaining: this.remaining, cap: cap !== INF ? cap : undefined, action: req.action.type },
        cap !== INF ? REFS_ACQUIRED_CAPPED : this.planRefs.acquired,
      ),
    );
  }
}

const REFS_VALID_LICENCE: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.D6323_8]))();
const REFS_RECENT_BILAN: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.D6323_6]))();
/** Explanation steps and reference lists that are the same in every plan: shared, frozen constants. */
const REFS_LEVELS: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.R6333_3_2025]))();
const STEP_LEVEL_1: Step = /* @__PURE__ */ (() => step('LEVEL_1', W.STEP_LEVEL_1, undefined, REFS_LEVELS))();
const STEP_LEVEL_2: Step = /* @__PURE__ */ (() => step('LEVEL_2', W.STEP_LEVEL_2, undefined, REFS_LEVELS))();
const STEP_LEVEL_3: Step = /* @__PURE__ */ (() => step('LEVEL_3', W.STEP_LEVEL_3, undefined, REFS_LEVELS))();
const STEP_COMPLEMENTARY: Step = /* @__PURE__ */ (() => step('COMPLEMENTARY', W.STEP_COMPLEMENTARY, undefined, Object.freeze([REF.ARRETE_2020_07_30])))();
const NO_REFS: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([]))();

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
  return planRequest(req, options);
}

/** Exemptions no longer granted, because the allocation would not mobilise their source. */
interface Blocked {
  /** Top-ups that would exempt (strict reading of an unused top-up). */
  readonly topUps?: readonly string[];
  /** Employer dotations that would exempt under option `employerDotationExempts`. */
  readonly dotations?: readonly string[];
}
const NOTHING_BLOCKED: Blocked = /* @__PURE__ */ ((): Blocked => Object.freeze({}))();

/** What the participation decision found: the exemption, the sources it rests on, and its warnings in order. */
interface ParticipationDecision {
  readonly exemptReason: W.Reason | undefined;
  /** The top-up the exemption rests on (strict reading: it must be mobilised). */
  readonly exemptTopUp: string | undefined;
  /** Every top-up that would exempt in the same way. */
  readonly exemptingTopUps: readonly string[];
  /** The employer dotations the exemption rests on (option `employerDotationExempts`: they must be mobilised). */
  readonly exemptingDotations: readonly string[];
  readonly warnings: readonly Warning[];
}

const REFS_PUBLIC_SERVANT: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.PRACTICE_PUBLIC_SERVANTS]))();
const REFS_CAP_SCOPE: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.D6323_1_A, REF.L6323_11]))();
const REFS_ORDER_2020: readonly LegalRef[] = /* @__PURE__ */ ((): readonly LegalRef[] => Object.freeze([REF.ARRETE_2020_07_30]))();

/**
 * Who is exempt from the participation forfaitaire (L. 6323-7) and on what, when `pCents > 0`: status,
 * then an exempting top-up (unless blocked), then the disputed readings (options), each with the
 * warning that says which reading was applied. Pure: nothing is written to the plan.
 */
function decideParticipation(req: ParsedRequest, usable: readonly Candidate[], exemptions: ParticipationExemptions, options: CpfFinancingOptions, blocked: Blocked, pr: PlanRefs): ParticipationDecision {
  const topUps = req.topUps ?? [];
  const warnings: Warning[] = [];
  const exemptingTopUps: string[] = [];
  const exemptingDotations: string[] = [];
  let exemptReason: W.Reason | undefined;
  let exemptTopUp: string | undefined;
  const status = req.holder.status;
  if (exemptions.holderStatuses.includes(status)) {
    exemptReason = status === 'jobseeker' ? W.reason(W.REASON_JOBSEEKER, undefined) : W.reason(W.REASON_STATUS, { status });
  }
  if (exemptReason === undefined && blocked.topUps === undefined) {
    for (const t of topUps) {
      if (t.amount === 0) continue;
      const hit = exemptions.topUps.find((e) => e.basis === t.basis && (!e.funders || e.funders.includes(t.funder)));
      if (hit === undefined) continue;
      exemptingTopUps.push(t.id);
      if (exemptTopUp === undefined) {
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
  const employerDotation = usable.find((c) => c.basis === 'L6323-4-III' && c.funder === 'employer' && !blocked.dotations?.includes(c.id));
  if (blocked.dotations !== undefined) {
    warnings.push(disputed('EXEMPTION_DOTATION_NOT_MOBILISED', 'employerDotationExempts', W.WARN_DOTATION_NOT_MOBILISED, { ids: blocked.dotations }, pr.dotationNotMobilised));
  }
  const isOpcoTopUp = (t: TopUp): boolean => t.funder === 'opco' && t.amount > 0 && (t.basis === 'L6323-4-II' || t.basis === 'L6323-14') && !blocked.topUps?.includes(t.id);
  const opcoTopUp = topUps.find(isOpcoTopUp);
  if (exemptReason === undefined && employerDotation) {
    if (options.employerDotationExempts) {
      exemptReason = W.reason(W.REASON_DOTATION_OPTION, { id: employerDotation.id });
      for (const c of usable) if (c.basis === 'L6323-4-III' && c.funder === 'employer') exemptingDotations.push(c.id);
      warnings.push(disputed('DISPUTED_EXEMPTION_APPLIED', 'employerDotationExempts', W.WARN_DOTATION_EXEMPTION_APPLIED, undefined, pr.dotation));
    } else {
      warnings.push(disputed('DISPUTED_EXEMPTION_NOT_APPLIED', 'employerDotationExempts', W.WARN_DOTATION_EXEMPTION_NOT_APPLIED, { id: employerDotation.id }, pr.dotation));
    }
  }
  if (exemptReason === undefined && opcoTopUp) {
    if (options.opcoTopUpExempts) {
      exemptReason = W.reason(W.REASON_OPCO_OPTION, { id: opcoTopUp.id });
      // Like the other exempting top-ups: it must be mobilised unless option unusedTopUpExempts.
      exemptTopUp = opcoTopUp.id;
      for (const t of topUps) if (isOpcoTopUp(t)) exemptingTopUps.push(t.id);
      warnings.push(disputed('DISPUTED_EXEMPTION_APPLIED', 'opcoTopUpExempts', W.WARN_OPCO_EXEMPTION_APPLIED, undefined, pr.opco));
    } else {
      warnings.push(
        opcoTopUp.basis === 'L6323-14'
          ? disputed('DISPUTED_EXEMPTION_NOT_APPLIED', 'opcoTopUpExempts', W.WARN_OPCO_AGREEMENT_EXEMPTION_NOT_APPLIED, { id: opcoTopUp.id }, pr.opcoAgreement)
          : disputed('DISPUTED_EXEMPTION_NOT_APPLIED', 'opcoTopUpExempts', W.WARN_OPCO_EXEMPTION_NOT_APPLIED, { id: opcoTopUp.id }, pr.opco),
      );
    }
  }
  if (exemptReason === undefined && status === 'public-servant') {
    if (options.publicServantExempt) {
      exemptReason = W.reason(W.REASON_PUBLIC_SERVANT, undefined);
      warnings.push(warning('PRACTICE_EXEMPTION_APPLIED', W.WARN_PRACTICE_EXEMPTION_APPLIED, undefined, 'provisional', REFS_PUBLIC_SERVANT, 'publicServantExempt'));
    } else {
      warnings.push(warning('PRACTICE_EXEMPTION_NOT_APPLIED', W.WARN_PRACTICE_EXEMPTION_NOT_APPLIED, undefined, 'provisional', REFS_PUBLIC_SERVANT, 'publicServantExempt'));
    }
  }
  return { exemptReason, exemptTopUp, exemptingTopUps, exemptingDotations, warnings };
}

const NO_EXEMPTION: ParticipationDecision = /* @__PURE__ */ ((): ParticipationDecision => Object.freeze({ exemptReason: undefined, exemptTopUp: undefined, exemptingTopUps: [], exemptingDotations: [], warnings: [] }))();

/** True when one of `ids` pays something in the allocation just run. */
function mobilised(cands: readonly Candidate[], ids: readonly string[]): boolean {
  for (const c of cands) if (c.used > 0 && ids.includes(c.id)) return true;
  return false;
}

/** What the allocation needs, read once per plan (the orders sorted once, when first needed). */
class Mobilisation {
  private seq1: Candidate[] | undefined;
  private seq3: Candidate[] | undefined;
  private seq2020: Array<{ c: Candidate; tier: number }> | undefined;
  constructor(
    readonly req: ParsedRequest,
    readonly win: CompiledRules,
    readonly creditsFirst: boolean,
    readonly usable: Candidate[],
    readonly topUps: Candidate[],
    readonly cap: number,
    readonly capCoversAgreements: boolean,
    readonly bar: AcquiredRightsBar | undefined,
    readonly planRefs: PlanRefs,
  ) {}

  /**
   * Runs the allocation of `maxCpf` in the order of R. 6333-3 in force. With `plan` (the steps,
   * references and warnings of the plan) it writes its steps; without, it only decides who pays (used by
   * the participation decision, which must know whether an exempting source is mobilised).
   */
  run(maxCpf: number, plan?: PlanOutput): Allocation {
    const { req, win, usable, topUps } = this;
    const date = req.purchaseDate;
    for (const c of usable) c.used = 0;
    for (const c of topUps) c.used = 0;
    const al = new Allocation(req, maxCpf, this.cap, this.capCoversAgreements, plan?.steps, plan?.refs, this.bar, this.planRefs);
    if (maxCpf === 0) {
      if (plan) {
        for (const c of usable) plan.steps.push(step('CREDIT_NOT_NEEDED', W.STEP_NOTHING_TO_FINANCE, { credit: true, id: c.id }));
        for (const t of topUps) plan.steps.push(step('TOP_UP_NOT_NEEDED', W.STEP_NOTHING_TO_FINANCE, { credit: false, id: t.id }));
      }
      return al;
    }
    if (this.creditsFirst) {
      const o1 = usable.length > 0 ? needOrder(win.level1Order, date) : undefined;
      if (o1) takeLevelOf(al, 1, (this.seq1 ??= ordered(usable, o1).map((x) => x.c)), o1, STEP_LEVEL_1, plan);
      plan?.steps.push(STEP_LEVEL_2);
      al.takeAcquired();
      const o3 = topUps.length > 0 ? needOrder(win.level3Order, date) : undefined;
      if (o3) takeLevelOf(al, 3, (this.seq3 ??= ordered(topUps, o3).map((x) => x.c)), o3, STEP_LEVEL_3, plan);
      if (plan) {
        if (o1 && orderMattered(usable)) pushOrderWarning(plan.warnings, o1, 1);
        if (o3 && orderMattered(topUps)) pushOrderWarning(plan.warnings, o3, 3);
      }
      return al;
    }
    al.takeAcquired();
    if (usable.length + topUps.length === 0) return al;
    const o = needOrder(win.complementaryOrder2020, date);
    this.seq2020 ??= ordered([...usable, ...topUps], o);
    if (plan) {
      for (const x of o.inForce.references) plan.refs.push(x);
      plan.steps.push(STEP_COMPLEMENTARY);
    }
    for (const { c } of this.seq2020) al.take(c, c.kind === 'credit' ? 1 : 3);
    if (plan) {
      // The arrêté ranks the first tiers; the order inside a tier and among the rest is ofkit's.
      const groups: Array<Candidate[] | undefined> = [];
      for (const { c, tier } of this.seq2020) {
        const key = tier < RANKED_TIERS_2020 ? tier : RANKED_TIERS_2020;
        const g = groups[key];
        if (g) g.push(c);
        else groups[key] = [c];
      }
      let mattered = o.inForce.dated.origin === 'override';
      if (!mattered) for (const g of groups) if (g && orderMattered(g)) mattered = true;
      if (mattered) plan.warnings.push(o.warning ?? orderNotSetByText(o));
    }
    return al;
  }
}

/** Level 1 or 3 of R. 6333-3 (from 5 Dec 2025): its order's references and step, then each resource in order. */
function takeLevelOf(al: Allocation, level: 1 | 3, seq: readonly Candidate[], order: CompiledOrder, levelStep: Step, plan: PlanOutput | undefined): void {
  if (plan) {
    for (const x of order.inForce.references) plan.refs.push(x);
    plan.steps.push(levelStep);
  }
  for (const c of seq) al.take(c, level);
}

/** The steps, references and warnings a run writes to. */
interface PlanOutput {
  readonly steps: Step[];
  readonly refs: LegalRef[];
  readonly warnings: Warning[];
}

/** The warning of an order among complementary resources the arrêté does not rank, built once per compiled order. */
const ORDER_NOT_SET_WARNINGS = /* @__PURE__ */ new WeakMap<object, Warning>();
function orderNotSetByText(o: CompiledOrder): Warning {
  let w = ORDER_NOT_SET_WARNINGS.get(o);
  if (w === undefined) {
    w = warning('ORDER_NOT_SET_BY_TEXT', W.WARN_ORDER_NOT_SET_BY_TEXT, undefined, 'provisional', REFS_ORDER_2020, undefined, o.inForce.parameter.id);
    ORDER_NOT_SET_WARNINGS.set(o, w);
  }
  return w;
}

/**
 * The plan, in one pass over the request: rules in force, credits screened, eligibility,
 * participation (the exemption decided before the allocation: when it rests on a source that must be
 * mobilised and the order would not reach it, it is not granted), the D. 6323-1 A cap, the allocation
 * with its steps, the warnings that depend on the result, and what the holder pays.
 */
function planRequest(req: ParsedRequest, options: CpfFinancingOptions): CpfFinancingPlan {
  const rules = options.rules ?? cpfFinancingRules;
  const date = req.purchaseDate;
  const win = rulesAt(rules, date);
  const pr = planRefsAt(date);
  const price = req.price;
  const steps: Step[] = [];
  const warnings: Warning[] = [];
  const refs: LegalRef[] = [];

  const scheme = use(refs, warnings, need(win.mobilisationScheme, date));
  const creditsFirst = scheme === 'credits-first';
  // The plan-wide figures, one object read by the steps that state them (rules in force, coverage
  // limit, what the holder pays): each step's wording names the ones it shows. Filled as the plan goes,
  // read only when a step's text or amounts are read, after the plan is returned.
  const figures: PlanFigures = { date, creditsFirst, price, participation: 0, maxCpf: 0, covered: 0, holderPays: 0 };
  steps.push(step('RULES_IN_FORCE', W.STEP_RULES_IN_FORCE, figures, creditsFirst ? REFS_RULES_2025 : REFS_RULES_2018));

  const { usable, screening } = screenCredits(req, pr);

  // Eligibility.
  const cofinancing: Cofinancing = { ids: [], min: 0 };
  const bars: AcquiredRightsBar[] = [];
  const issues = eligibilityIssues(req, win, usable, options, steps, warnings, refs, cofinancing, bars, pr);
  if (issues.length > 0) {
    for (const x of screening) steps.push(x);
    steps.push(step('NOT_ELIGIBLE', W.STEP_NOT_ELIGIBLE, figures));
    return finish(false, issues, withReason({ amount: '0.00', exempt: false }, W.reason(W.REASON_NOT_ELIGIBLE, undefined)), figures, [], 0, steps, warnings, refs, pr);
  }

  // Participation forfaitaire: the amount, the exemptions in force, the version of L. 6323-4 read
  // (funders, II and III; a newer, unread one exists from 19 Aug 2026).
  const pIn = need(win.participationAmount, date);
  const pCents = win.participationCents;
  if (typeof pCents !== 'number') throw new OfkitError('INVALID_PARAMETER', [{ path: ['participationAmount'], code: pCents ?? 'invalid_amount', message: `Montant de participation invalide : ${pIn.value}.`, messageEn: `Invalid participation amount: ${pIn.value}.` }]);
  for (const x of pIn.references) refs.push(x);
  // The exemptions are read only when a contribution is due: they exist from 2 May 2024 (décret 2024-394).
  const exIn = pCents > 0 ? need(win.participationExemptions, date) : undefined;
  use(refs, warnings, need(win.financingText, date));

  // The D. 6323-1 A cap on acquired rights for this action (read before the allocation).
  const capsIn = need(win.acquiredRightsCaps, date);
  const a = req.action;
  const capKey = a.type === 'rs' && !a.clea ? 'rsExceptClea' : a.type === 'bilan' ? 'bilan' : a.type === 'driving-licence' && a.group === 'light' ? 'lightDrivingLicence' : undefined;
  const capText = capKey === undefined ? null : capsIn.value[capKey];
  let cap = INF;
  if (capText !== null) {
    const c = win.capCents![capKey!];
    if (typeof c !== 'number') throw new OfkitError('INVALID_PARAMETER', [{ path: ['acquiredRightsCaps'], code: c ?? 'invalid_amount', message: `Plafond invalide : ${capText}.`, messageEn: `Invalid cap: ${capText}.` }]);
    cap = c;
  }
  const capCoversAgreements = options.capAlsoLimitsAgreementCredits === true && cap !== INF;
  const topUpCands: Candidate[] = (req.topUps ?? []).map((t, index) => ({ kind: 'top-up', id: t.id, basis: t.basis, funder: t.funder, cents: t.amount, index, used: 0 }));
  const mob = new Mobilisation(req, win, creditsFirst, usable, topUpCands, cap, capCoversAgreements, bars[0], pr);

  // The exemption, decided once: when it rests on top-ups (strict reading, option
  // `unusedTopUpExempts` off) or on employer dotations (option `employerDotationExempts`) that the
  // order would not mobilise with the participation waived, those sources do not exempt, and the
  // decision is taken again without them (less money is then needed, so they stay unused).
  let blocked = NOTHING_BLOCKED;
  let d = NO_EXEMPTION;
  if (pCents > 0) {
    for (;;) {
      d = decideParticipation(req, usable, exIn!.value, options, blocked, pr);
      const mustBeUsed = d.exemptingDotations.length > 0 ? d.exemptingDotations : d.exemptTopUp !== undefined && !options.unusedTopUpExempts ? d.exemptingTopUps : undefined;
      if (mustBeUsed === undefined) break;
      mob.run(price);
      if (mobilised(d.exemptingDotations.length > 0 ? usable : topUpCands, mustBeUsed)) break;
      blocked = d.exemptingDotations.length > 0 ? { ...blocked, dotations: d.exemptingDotations } : { ...blocked, topUps: [...(blocked.topUps ?? []), ...d.exemptingTopUps] };
    }
  }
  for (const w of d.warnings) warnings.push(w);
  const exemptReason = d.exemptReason;
  const exempt = exemptReason !== undefined;
  if (exempt) use(refs, warnings, exIn!);
  const pEff = exempt ? 0 : Math.min(pCents, price);
  if (!exempt && pEff > 0 && pIn.warning) warnings.push(pIn.warning);
  const participation: CpfFinancingPlan['participation'] = exempt
    ? withReason({ amount: '0.00', exempt: true }, exemptReason)
    : pCents === 0
      ? withReason({ amount: '0.00', exempt: false }, W.reason(W.REASON_NONE_AT_DATE, undefined))
      : price <= pCents
        ? withReason({ amount: fmt(pEff), exempt: false }, W.reason(W.REASON_PRICE_AT_MOST, undefined))
        : { amount: fmt(pEff), exempt: false };
  steps.push(
    exempt
      ? step('PARTICIPATION_EXEMPT', W.STEP_PARTICIPATION_EXEMPT, { reason: exemptReason, participation: 0, parameter: pIn.value }, exemptRefs(pIn.references))
      : step('PARTICIPATION', W.STEP_PARTICIPATION, { cents: pCents, value: pIn.value, limited: price < pCents, participation: pEff }, pIn.references),
  );

  const maxCpf = price - pEff;
  figures.participation = pEff;
  figures.maxCpf = maxCpf;
  steps.push(step('CPF_COVERAGE_LIMIT', W.STEP_CPF_COVERAGE_LIMIT, figures, pr.coverage));
  if (capText !== null) use(refs, warnings, capsIn);

  // Allocation, with its steps.
  for (const x of screening) steps.push(x);
  const al = mob.run(maxCpf, { steps, refs, warnings });

  // Warnings on disputed cap scope, on co-financing not mobilised, and on an exemption resting on an unused top-up.
  if (cap !== INF && al.accordUsed > 0) {
    if (!capCoversAgreements && al.accordUsed + al.acquiredUsed > cap) {
      warnings.push(disputed('DISPUTED_CAP_SCOPE', 'capAlsoLimitsAgreementCredits', W.WARN_CAP_SCOPE, { cap }, REFS_CAP_SCOPE));
    } else if (capCoversAgreements) {
      warnings.push(disputed('DISPUTED_CAP_SCOPE_APPLIED', 'capAlsoLimitsAgreementCredits', W.WARN_CAP_SCOPE_APPLIED, { cap }, REFS_CAP_SCOPE));
    }
  }
  if (cofinancing.ids.length > 0) {
    let used = 0;
    for (const c of usable) if (cofinancing.ids.includes(c.id)) used += c.used;
    for (const c of topUpCands) if (cofinancing.ids.includes(c.id)) used += c.used;
    if (used < cofinancing.min) {
      warnings.push(warning('LICENCE_COFINANCING_NOT_MOBILISED', W.WARN_LICENCE_COFINANCING_NOT_MOBILISED, { used, min: cofinancing.min }, 'provisional', pr.cofinancingUnused));
    }
  }
  if (d.exemptTopUp !== undefined && options.unusedTopUpExempts && !mobilised(topUpCands, d.exemptingTopUps)) {
    // Option unusedTopUpExempts: the exemption stands although the order did not need the top-up.
    warnings.push(disputed('EXEMPTION_TOP_UP_NOT_MOBILISED', 'unusedTopUpExempts', W.WARN_EXEMPTING_TOP_UP_UNUSED_APPLIED, { id: d.exemptTopUp }, pr.topUpUnused));
  }
  if (blocked.topUps !== undefined) {
    // Strict reading (default): the training did not "receive" the abondement (L. 6323-7), the holder
    // did not "use" the C2P points or the AT/MP top-up (R. 6323): the participation is due.
    warnings.push(disputed('EXEMPTION_TOP_UP_NOT_MOBILISED', 'unusedTopUpExempts', W.WARN_EXEMPTING_TOP_UP_UNUSED, { ids: blocked.topUps }, pr.topUpUnused));
  }

  return finish(true, [], participation, figures, al.lines, price - pEff - al.remaining, steps, warnings, refs, pr);
}

/** `[L. 6323-7, ...the participation's references]`, one shared array per reference list. */
const EXEMPT_REFS = /* @__PURE__ */ new WeakMap<readonly LegalRef[], readonly LegalRef[]>();
function exemptRefs(refs: readonly LegalRef[]): readonly LegalRef[] {
  let r = EXEMPT_REFS.get(refs);
  if (r === undefined) {
    r = Object.freeze([REF.L6323_7, ...refs]);
    EXEMPT_REFS.set(refs, r);
  }
  return r;
}

/** The credits that may pay for this purchase, and the steps that say why the others may not (told before the allocation). */
function screenCredits(req: ParsedRequest, pr: PlanRefs): { usable: Candidate[]; screening: Step[] } {
  const screening: Step[] = [];
  const usable: Candidate[] = [];
  const credits = req.credits;
  if (credits === undefined) return { usable, screening };
  const date = req.purchaseDate;
  for (let index = 0; index < credits.length; index++) {
    const c = credits[index]!;
    const problem = creditProblem(c, req);
    if (problem === undefined) usable.push({ kind: 'credit', id: c.id, basis: c.basis, funder: c.funder, cents: c.amount, index, used: 0 });
    else if (problem === 'empty') screening.push(step('CREDIT_EMPTY', W.STEP_CREDIT_EMPTY, { id: c.id, basis: c.basis }));
    else if (problem === 'expired') {
      screening.push(step('CREDIT_SKIPPED_EXPIRED', W.STEP_CREDIT_SKIPPED_EXPIRED, { id: c.id, basis: c.basis, validUntil: c.validUntil!, date, available: c.amount }, pr.skipped));
    } else {
      const r = c.reservedFor!;
      screening.push(step('CREDIT_SKIPPED_RESERVED', W.STEP_CREDIT_SKIPPED_RESERVED, { id: c.id, basis: c.basis, actionTypes: r.actionTypes, codes: r.codes, action: req.action.type, available: c.amount }, pr.skipped));
    }
  }
  return { usable, screening };
}

/** Removes repeated references (the same object, or the same fields: {@link sameRef}), keeping the first; small arrays, so a linear scan. */
function uniqueRefs(refs: readonly LegalRef[]): LegalRef[] {
  const out: LegalRef[] = [];
  for (const r of refs) if (!out.some((o) => sameRef(o, r))) out.push(r);
  // A copy of exactly its length: the pushes leave spare capacity, which a kept plan would carry.
  return out.slice();
}

/**
 * The same reference: the same object, or the same fields. The shipped rule sets hold copies of the
 * reference objects the plan cites itself, so identity alone listed L. 6323-6 or R. 6333-3 twice in
 * 2 761 of the 3 000 recorded plans' `references`.
 */
function sameRef(a: LegalRef, b: LegalRef): boolean {
  return a === b || (a.article === b.article && a.source === b.source && a.title === b.title && a.legifranceId === b.legifranceId && a.url === b.url);
}

/** Reads a value in force: keeps its references and, when it is not settled law, its warning. */
function use<T>(refs: LegalRef[], warnings: Warning[], v: InForce<T>): T {
  for (const x of v.references) refs.push(x);
  if (v.warning) warnings.push(v.warning);
  return v.value;
}

/** The order's warning, saying that the order at this level changed the result; built once per order and level. */
const ORDER_CHANGED = /* @__PURE__ */ new WeakMap<Warning, Warning[]>();
function pushOrderWarning(warnings: Warning[], o: CompiledOrder, level: 1 | 3): void {
  const w = o.warning;
  if (!w) return;
  let byLevel = ORDER_CHANGED.get(w);
  if (byLevel === undefined) ORDER_CHANGED.set(w, (byLevel = []));
  let changed = byLevel[level];
  if (changed === undefined) {
    changed = Object.freeze({ ...w, code: w.code, message: W.WARN_ORDER_CHANGED_RESULT.fr({ base: w.message, level }), messageEn: W.WARN_ORDER_CHANGED_RESULT.en({ base: w.messageEn, level }) });
    byLevel[level] = changed;
  }
  warnings.push(changed);
}

/** The figures of the whole plan, in cents (see `figures` in {@link planRequest}). */
interface PlanFigures {
  readonly date: string;
  readonly creditsFirst: boolean;
  readonly price: number;
  /** The participation charged (0 when exempt or not eligible). */
  participation: number;
  maxCpf: number;
  covered: number;
  holderPays: number;
}

function finish(
  eligible: boolean,
  issues: OfkitIssue[],
  participation: CpfFinancingPlan['participation'],
  figures: PlanFigures,
  lines: CpfFinancingLine[],
  covered: number,
  steps: Step[],
  warnings: Warning[],
  refs: LegalRef[],
  pr: PlanRefs,
): CpfFinancingPlan {
  const holderPays = figures.price - covered;
  figures.covered = covered;
  figures.holderPays = holderPays;
  steps.push(step('HOLDER_PAYS', W.STEP_HOLDER_PAYS, figures, pr.holderPays));
  // Arrays built by `push` keep spare capacity (17 slots at least): the plan keeps exact-size copies.
  return {
    eligible,
    issues,
    participation,
    lines: lines.slice(),
    holderPays: fmt(holderPays),
    explanation: steps.slice(),
    warnings: dedupeWarnings(warnings),
    references: uniqueRefs(refs),
  };
}

/**
 * The warnings without repeats, in order (same rule as core's `dedupeWarnings`: code, parameter and
 * option; the message only when neither names the point). A plan has a few: a linear scan.
 */
function dedupeWarnings(warnings: readonly Warning[]): Warning[] {
  const out: Warning[] = [];
  for (const w of warnings) {
    let seen = false;
    for (const k of out) {
      if (k.code !== w.code) continue;
      const named = w.parameter !== undefined || w.option !== undefined;
      const kNamed = k.parameter !== undefined || k.option !== undefined;
      if (named ? kNamed && (k.parameter ?? '') === (w.parameter ?? '') && (k.option ?? '') === (w.option ?? '') : !kNamed && k.message === w.message) {
        seen = true;
        break;
      }
    }
    if (!seen) out.push(w);
  }
  return out.slice();
}

function eligibilityIssues(
  req: ParsedRequest,
  win: CompiledRules,
  usableCredits: readonly Candidate[],
  options: CpfFinancingOptions,
  steps: Step[],
  warnings: Warning[],
  refs: LegalRef[],
  cofinancing: Cofinancing,
  bars: AcquiredRightsBar[],
  pr: PlanRefs,
): OfkitIssue[] {
  const out: OfkitIssue[] = [];
  const date = req.purchaseDate;
  const barAt: number[] = [];
  const a = req.action;
  if (req.holder.meetsRetirementConditions) {
    out.push({ path: ['holder', 'meetsRetirementConditions'], code: 'retirement_conditions_met', message: 'Le titulaire remplit les conditions de retraite (L. 5421-4) : ses droits ne peuvent plus être mobilisés (L. 6323-3).', messageEn: 'The holder meets the retirement conditions (L. 5421-4): the rights can no longer be used (L. 6323-3).' });
    steps.push(step('INELIGIBLE_RETIREMENT', W.STEP_INELIGIBLE_RETIREMENT, undefined, pr.retirement));
  }
  if (a.type === 'driving-licence' && a.group === 'light') {
    const rule = use(refs, warnings, need(win.lightLicenceRule, date));
    if (rule.excludeValidLicenceHolders && req.holder.hasValidLightLicence === true && !(rule.validLicenceExceptCategories ?? []).includes(normCode(a.category ?? ''))) {
      bars.push(BAR_LICENCE);
      barAt.push(out.length);
      if (options.acquiredRightsConditionsBlockPurchase === true) {
        out.push({ path: ['holder', 'hasValidLightLicence'], code: 'holds_valid_light_licence', message: 'Permis du groupe léger : non éligible pour un titulaire déjà détenteur d’un permis valide en France (D. 6323-8).', messageEn: 'Light-group licence: not eligible for a holder of a licence valid in France (D. 6323-8).' });
        steps.push(step('INELIGIBLE_VALID_LICENCE', W.STEP_INELIGIBLE_VALID_LICENCE, undefined, REFS_VALID_LICENCE));
      }
    }
    if (rule.jobseekerOrCofinancing && req.holder.status !== 'jobseeker') {
      const min = win.minCofinancingCents!;
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
      steps.push(step('LICENCE_COFINANCING', W.STEP_LICENCE_COFINANCING, { cofinancing: effective, minimum: min }, pr.licenceCofinancing));
      if (effective < min) {
        out.push({ path: ['topUps'], code: 'light_licence_cofinancing', message: `Permis du groupe léger : éligible seulement pour un demandeur d'emploi ou avec au moins ${eur(min)} de cofinancement par un financeur des 2° à 12° du II de L. 6323-4 (reçu ${eur(effective)}).`, messageEn: `Light-group licence: eligible only for a jobseeker or with at least EUR ${fmt(min)} of co-financing by funders 2°–12° of L. 6323-4 II (got EUR ${fmt(effective)}).` });
        if (!options.licenceCofinancingMayBeDotation && withDotations >= min) {
          warnings.push(disputed('DISPUTED_COFINANCING_DOTATION', 'licenceCofinancingMayBeDotation', W.WARN_COFINANCING_DOTATION, undefined, pr.licenceCofinancing));
        }
        if (effective + other >= min) {
          warnings.push(warning('COFINANCING_FUNDER_UNCLEAR', W.WARN_COFINANCING_FUNDER_UNCLEAR, undefined, 'provisional', pr.funderUnclear));
        }
      } else if (options.licenceCofinancingMayBeDotation && cofin < min) {
        warnings.push(disputed('DISPUTED_COFINANCING_DOTATION_APPLIED', 'licenceCofinancingMayBeDotation', W.WARN_COFINANCING_DOTATION_APPLIED, undefined, pr.licenceCofinancing));
      }
    }
  }
  if (a.type === 'bilan') {
    const rule = use(refs, warnings, need(win.bilanFiveYearRule, date));
    if (rule && req.holder.publiclyFundedBilanWithin5Years === true) {
      bars.push(BAR_BILAN);
      barAt.push(out.length);
    }
    if (rule && req.holder.publiclyFundedBilanWithin5Years === true && options.acquiredRightsConditionsBlockPurchase === true) {
      out.push({ path: ['holder', 'publiclyFundedBilanWithin5Years'], code: 'recent_public_bilan', message: 'Bilan de compétences : non éligible, un bilan financé par un organisme financeur a eu lieu dans les 5 années précédentes (D. 6323-6).', messageEn: 'Bilan de compétences: not eligible, a publicly funded bilan took place in the previous 5 years (D. 6323-6).' });
      steps.push(step('INELIGIBLE_RECENT_BILAN', W.STEP_INELIGIBLE_RECENT_BILAN, undefined, REFS_RECENT_BILAN));
    }
  }
  // The version of L. 6323-6 these rules follow (a newer, unread one exists from 30 June 2026).
  use(refs, warnings, need(win.eligibleActionsText, date));
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
    steps.push(step('ELIGIBLE', W.STEP_ELIGIBLE, { type: a.type, code: 'code' in a && typeof a.code === 'string' ? a.code : undefined }, need(win.eligibilityArticle, date).references));
  }
  return out;
}
