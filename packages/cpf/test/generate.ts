/**
 * A seeded, deterministic generator of varied CPF purchase requests, shared by the recorded-plans
 * test (`recorded.test.ts`) and the benchmark (`bench/cpf.bench.ts`). It covers what issue 13 calls
 * the realistic mix: purchase dates across 2025–2026 (both orders of R. 6333-3, before and after the
 * D. 6323-1 A caps, the LFI 2026 licence rules and the unread 2026 versions), employees, jobseekers,
 * self-employed (and a few public servants and others), RNCP, blocks, RS (CléA or not), VAE, bilans,
 * light (B, BE) and heavy licences, 0–3 credits with `validUntil` and `reservedFor` (types and codes),
 * 0–3 top-ups of every basis, and amounts given as decimal strings or as numbers.
 *
 * Not part of the package (lives in `test/`, never bundled).
 */
import type { CpfFinancingOptions, CpfFinancingRequest } from '../src/index.js';

/** A seeded LCG (Numerical Recipes constants) and helpers over it. */
export function rng(seed: number) {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const ACTIONS: CpfFinancingRequest['action'][] = [
  { type: 'rncp', code: 'RNCP37274' },
  { type: 'rncp', code: 'RNCP35185' },
  { type: 'rncp-block', code: 'RNCP37274BC01' },
  { type: 'rs', code: 'RS5678' },
  { type: 'rs', code: 'RS5080', clea: true },
  { type: 'vae', code: 'RNCP37274' },
  { type: 'vae' },
  { type: 'bilan' },
  { type: 'bilan' },
  { type: 'driving-licence', group: 'light', category: 'B' },
  { type: 'driving-licence', group: 'light', category: 'BE' },
  { type: 'driving-licence', group: 'light' },
  { type: 'driving-licence', group: 'heavy', category: 'C' },
];
const CREDIT_BASES = ['L6323-4-III', 'L6323-4-III', 'L2254-2-VI', 'L6323-14', 'L6323-11-accord', 'L6323-13', 'L7342-3', 'sapin-ii'] as const;
const CREDIT_FUNDERS = ['employer', 'employer', 'opco', 'state', 'region', 'france-travail', 'agefiph', 'other'] as const;
const TOP_UP_BASES = ['L6323-4-II', 'L6323-4-II', 'L6323-4-II', 'L4163-8', 'L6323-14', 'L6323-29', 'L6323-37', 'L6323-43', 'CSS-L432-12'] as const;
const TOP_UP_FUNDERS = ['holder', 'employer', 'employer', 'opco', 'state', 'region', 'france-travail', 'agefiph', 'other'] as const;
const STATUSES = ['employee', 'employee', 'employee', 'jobseeker', 'jobseeker', 'self-employed', 'public-servant', 'other'] as const;
const RESERVED_TYPES = ['rncp', 'rncp-block', 'rs', 'vae', 'bilan', 'driving-licence'] as const;
const RESERVED_CODES = ['RNCP37274', 'rncp 37274', 'RNCP35185', 'RS5678', 'RNCP37274BC01'] as const;
/** Dates that matter to the rules (a change of law on or around each), sampled more often. */
const PIVOTS = ['2025-01-01', '2025-12-04', '2025-12-05', '2026-01-01', '2026-02-20', '2026-02-21', '2026-02-25', '2026-02-26', '2026-04-01', '2026-04-02', '2026-06-29', '2026-06-30', '2026-08-18', '2026-08-19', '2026-12-31'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** A date of 2025 or 2026 (days 1–28 of any month), or a pivot date. */
function date(r: ReturnType<typeof rng>): string {
  if (r.next() < 0.15) return r.pick(PIVOTS);
  return `${2025 + r.int(2)}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;
}

/** An amount in [min, max) euros: a decimal string, or a number (integer or with cents). */
function amount(r: ReturnType<typeof rng>, min: number, max: number): string | number {
  const c = min * 100 + r.int((max - min) * 100);
  const u = r.next();
  if (u < 0.15) return Math.round(c / 100); // whole euros as a number
  if (u < 0.3) return c / 100; // a number with cents
  return `${Math.floor(c / 100)}.${pad(c % 100)}`;
}

/** One generated request. */
export function generateRequest(r: ReturnType<typeof rng>): CpfFinancingRequest {
  const purchaseDate = date(r);
  const action = r.pick(ACTIONS);
  const nCredits = r.int(4);
  const nTopUps = r.int(4);
  const credits = Array.from({ length: nCredits }, (_, i) => {
    const c: Record<string, unknown> = { id: `c${i}`, basis: r.pick(CREDIT_BASES), amount: r.next() < 0.05 ? '0.00' : amount(r, 0, 3000) };
    if (r.next() < 0.8) c['funder'] = r.pick(CREDIT_FUNDERS);
    if (r.next() < 0.3) c['validUntil'] = date(r);
    const u = r.next();
    if (u < 0.15) c['reservedFor'] = { actionTypes: [r.pick(RESERVED_TYPES), ...(r.next() < 0.3 ? [r.pick(RESERVED_TYPES)] : [])] };
    else if (u < 0.25) c['reservedFor'] = { codes: [r.pick(RESERVED_CODES)] };
    else if (u < 0.3) c['reservedFor'] = { actionTypes: [r.pick(RESERVED_TYPES)], codes: [r.pick(RESERVED_CODES)] };
    if (r.next() < 0.1) c['refundable'] = r.next() < 0.5;
    return c;
  });
  const topUps = Array.from({ length: nTopUps }, (_, i) => ({
    id: `t${i}`,
    basis: r.pick(TOP_UP_BASES),
    funder: r.pick(TOP_UP_FUNDERS),
    amount: r.next() < 0.05 ? 0 : amount(r, 0, 2000),
  }));
  const holder: Record<string, unknown> = { status: r.pick(STATUSES) };
  if (r.next() < 0.5) holder['hasValidLightLicence'] = r.next() < 0.5;
  if (r.next() < 0.4) holder['publiclyFundedBilanWithin5Years'] = r.next() < 0.5;
  if (r.next() < 0.02) holder['meetsRetirementConditions'] = true;
  return {
    purchaseDate,
    price: r.next() < 0.05 ? amount(r, 1, 150) : amount(r, 50, 6000),
    action,
    holder,
    acquiredRights: r.next() < 0.1 ? 0 : amount(r, 0, 5000),
    ...(nCredits ? { credits } : {}),
    ...(nTopUps ? { topUps } : {}),
  } as unknown as CpfFinancingRequest;
}

const OPTION_KEYS = ['employerDotationExempts', 'opcoTopUpExempts', 'unusedTopUpExempts', 'publicServantExempt', 'capAlsoLimitsAgreementCredits', 'licenceCofinancingMayBeDotation'] as const;

/** Options for a generated request: none for most, one or two named readings for some. */
export function generateOptions(r: ReturnType<typeof rng>): CpfFinancingOptions | undefined {
  if (r.next() < 0.8) return undefined;
  const o: Record<string, boolean> = {};
  o[r.pick(OPTION_KEYS)] = true;
  if (r.next() < 0.3) o[r.pick(OPTION_KEYS)] = true;
  return o as CpfFinancingOptions;
}

/** `n` requests (with options for some) from `seed`: the same on every run. */
export function generateCases(n: number, seed: number, withOptions = true): Array<{ request: CpfFinancingRequest; options?: CpfFinancingOptions }> {
  const r = rng(seed);
  const out: Array<{ request: CpfFinancingRequest; options?: CpfFinancingOptions }> = [];
  for (let i = 0; i < n; i++) {
    const request = generateRequest(r);
    const options = withOptions ? generateOptions(r) : undefined;
    out.push(options ? { request, options } : { request });
  }
  return out;
}
