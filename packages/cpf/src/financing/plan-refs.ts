/**
 * The reference lists `planCpfFinancing` adds itself (not those of the dated parameters) that cite a
 * versioned article — L. 6323-4, R. 6323, R. 6333-3, L. 6333-1, L. 5421-4, R. 6323-42-1, D. 6323-8,
 * L. 6323-6 (see `VERSIONS` in ../internal/refs.ts). The rule: each cites the version in force at the
 * purchase date, even when its text was not read (its title says so: the 2026 versions of R. 6323,
 * L. 6323-6 and L. 6323-4), and none cites an article before it existed (R. 6323 before 2 May 2024,
 * R. 6323-42-1 before 17 Apr 2025). Which version the rules were read from is said by the dated
 * parameters (`cpf.financing.l6323-4-version`, `cpf.eligibility.l6323-6-version`,
 * `cpf.participation.amount`), provisional from the day an unread version took over.
 *
 * Issue 13 (≥ 100k plans/s, ≤ 2 KB kept per plan): no list is built per plan. The lists are resolved
 * once per combination of versions in force, frozen, and shared by every plan of that combination; a
 * plan only looks up eight version indices (a few text comparisons each). The references are the
 * constant `REF` objects; `uniqueRefs` merges them with the same references cited by the parameters
 * (by their fields: the shipped rule sets hold copies).
 *
 * @internal
 */
import type { LegalRef } from '@ofkit/core';
import { REF, refOfVersion, versionIndexAt, versionStarts, type VersionedArticle } from '../internal/refs.js';

/** The plan's own reference lists at one purchase date. */
export interface PlanRefs {
  /** Step `CPF_COVERAGE_LIMIT`: L. 6323-4, R. 6323. */
  readonly coverage: readonly LegalRef[];
  /** Warnings on the employer dotation exemption (option `employerDotationExempts`): L. 6323-7, R. 6323, L. 6323-4. */
  readonly dotation: readonly LegalRef[];
  /** Warning `EXEMPTION_DOTATION_NOT_MOBILISED`: L. 6323-7, L. 6323-4. */
  readonly dotationNotMobilised: readonly LegalRef[];
  /** Warnings on the OPCO top-up exemption: R. 6323, L. 6323-7. */
  readonly opco: readonly LegalRef[];
  /** Warning on an OPCO top-up under an agreement: L. 6323-7, L. 6323-14, R. 6323. */
  readonly opcoAgreement: readonly LegalRef[];
  /** Warnings `EXEMPTION_TOP_UP_NOT_MOBILISED`: L. 6323-7, R. 6323, R. 6333-3. */
  readonly topUpUnused: readonly LegalRef[];
  /** Warning `COFINANCING_FUNDER_UNCLEAR`: L. 6323-4. */
  readonly funderUnclear: readonly LegalRef[];
  /** Step `HOLDER_PAYS`: R. 6333-3 (what the rights mobilised do not cover stays with the holder). */
  readonly holderPays: readonly LegalRef[];
  /** Steps `CREDIT_SKIPPED_EXPIRED` / `CREDIT_SKIPPED_RESERVED`: R. 6323-42-1 (from 17 Apr 2025), R. 6333-3. */
  readonly skipped: readonly LegalRef[];
  /** Step `ACQUIRED_RIGHTS` without a cap: L. 6333-1. */
  readonly acquired: readonly LegalRef[];
  /** Step `INELIGIBLE_RETIREMENT`: L. 6323-3, L. 5421-4. */
  readonly retirement: readonly LegalRef[];
  /** Step `LICENCE_COFINANCING` and the warnings on a dotation as co-financing: L. 6323-6, D. 6323-8. */
  readonly licenceCofinancing: readonly LegalRef[];
  /** Warning `LICENCE_COFINANCING_NOT_MOBILISED`: D. 6323-8, R. 6333-3. */
  readonly cofinancingUnused: readonly LegalRef[];
  /** The reference of each credit basis (pushed to the plan's references when the credit is considered). */
  readonly creditRefs: Readonly<Record<string, LegalRef>>;
  readonly topUpRefs: Readonly<Record<string, LegalRef>>;
  /** The same, as one-reference lists (the references of the step that uses the resource). */
  readonly creditRefLists: Readonly<Record<string, readonly LegalRef[]>>;
  readonly topUpRefLists: Readonly<Record<string, readonly LegalRef[]>>;
}

/** The credit and top-up bases whose reference is not versioned here (one constant each). */
const CREDIT_REFS_FIXED: Readonly<Record<string, LegalRef>> = /* @__PURE__ */ (() =>
  Object.freeze({
    'L2254-2-VI': REF.L2254_2,
    'L6323-14': REF.L6323_14,
    'L6323-11-accord': REF.L6323_11,
    'L6323-13': REF.L6323_13,
    'L7342-3': REF.L7342_3,
    'sapin-ii': REF.LOI_2016_1691_ART_12,
  }))();
const TOP_UP_REFS_FIXED: Readonly<Record<string, LegalRef>> = /* @__PURE__ */ (() =>
  Object.freeze({
    'L4163-8': REF.L4163_8,
    'L6323-14': REF.L6323_14,
    'L6323-29': REF.L6323_29,
    'L6323-37': REF.L6323_37,
    'L6323-43': REF.L6323_43,
    'CSS-L432-12': REF.CSS_L432_12,
  }))();

/** A frozen list of the references given, without the versions not in force (`undefined`). */
function list(...refs: Array<LegalRef | undefined>): readonly LegalRef[] {
  return Object.freeze(refs.filter((r): r is LegalRef => r !== undefined));
}

/** One-reference lists of the fixed bases, built once and shared by every version pair. */
const FIXED_LISTS = new Map<LegalRef, readonly LegalRef[]>();
function one(r: LegalRef): readonly LegalRef[] {
  let l = FIXED_LISTS.get(r);
  if (l === undefined) FIXED_LISTS.set(r, (l = Object.freeze([r])));
  return l;
}

/** The table of a version-dependent basis (`basis` → `versioned`, absent when no version is in force) and its lists. */
function table(fixed: Readonly<Record<string, LegalRef>>, basis: string, versioned: LegalRef | undefined): { refs: Readonly<Record<string, LegalRef>>; lists: Readonly<Record<string, readonly LegalRef[]>> } {
  const refs: Record<string, LegalRef> = versioned === undefined ? { ...fixed } : { [basis]: versioned, ...fixed };
  const lists: Record<string, readonly LegalRef[]> = {};
  for (const [k, r] of Object.entries(refs)) lists[k] = one(r);
  return { refs: Object.freeze(refs), lists: Object.freeze(lists) };
}

/** The articles whose version in force the plan's own lists follow, in the order of `build`'s arguments. */
const ARTICLES = ['L6323-4', 'R6323', 'R6333-3', 'L6333-1', 'L5421-4', 'R6323-42-1', 'D6323-8', 'L6323-6'] as const satisfies readonly VersionedArticle[];

function build(l6323_4: LegalRef | undefined, r6323: LegalRef | undefined, r6333_3: LegalRef | undefined, l6333_1: LegalRef | undefined, l5421_4: LegalRef | undefined, r6323_42_1: LegalRef | undefined, d6323_8: LegalRef | undefined, l6323_6: LegalRef | undefined): PlanRefs {
  const credit = table(CREDIT_REFS_FIXED, 'L6323-4-III', l6323_4);
  const topUp = table(TOP_UP_REFS_FIXED, 'L6323-4-II', l6323_4);
  return Object.freeze({
    coverage: list(l6323_4, r6323),
    dotation: list(REF.L6323_7, r6323, l6323_4),
    dotationNotMobilised: list(REF.L6323_7, l6323_4),
    opco: list(r6323, REF.L6323_7),
    opcoAgreement: list(REF.L6323_7, REF.L6323_14, r6323),
    topUpUnused: list(REF.L6323_7, r6323, r6333_3),
    funderUnclear: list(l6323_4),
    holderPays: list(r6333_3),
    skipped: list(r6323_42_1, r6333_3),
    acquired: list(l6333_1),
    retirement: list(REF.L6323_3, l5421_4),
    licenceCofinancing: list(l6323_6, d6323_8),
    cofinancingUnused: list(d6323_8, r6333_3),
    creditRefs: credit.refs,
    topUpRefs: topUp.refs,
    creditRefLists: credit.lists,
    topUpRefLists: topUp.lists,
  });
}

/** The resolved lists by the versions in force (one index per article, mixed radix), built when first needed. */
const CACHE = new Map<number, PlanRefs>();
/** Versions of each article plus one (index -1, none in force): the radix of its digit in the cache key. */
const RADIX: readonly number[] = /* @__PURE__ */ (() => ARTICLES.map((a) => versionStarts(a).length + 1))();

/** The plan's own reference lists at `date` (`YYYY-MM-DD`), shared by every plan with the same versions in force. */
export function planRefsAt(date: string): PlanRefs {
  let key = 0;
  for (let k = 0; k < ARTICLES.length; k++) key = key * RADIX[k]! + versionIndexAt(ARTICLES[k]!, date) + 1;
  let r = CACHE.get(key);
  if (r === undefined) {
    const [a, b, c, d, e, f, g, h] = ARTICLES.map((x) => refOfVersion(x, versionIndexAt(x, date)));
    r = build(a, b, c, d, e, f, g, h);
    CACHE.set(key, r);
  }
  return r;
}
