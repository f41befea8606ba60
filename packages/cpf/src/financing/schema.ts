import * as z from '@ofkit/core/internal/zod-mini';
import type { OfkitIssue } from '@ofkit/core';
import { OfkitError, parseInput, validateRncpCode, validateRsCode } from '@ofkit/core/internal/base';
import { bilingual, issue } from '@ofkit/core/internal';
import { DateSchema } from '../internal/date.js';
import { CentsSchema } from '../internal/cents.js';
import { fastParseRequest } from './fast-parse.js';

/** Action types of {@link CpfFinancingRequestSchema}. */
export const CPF_ACTION_TYPES = ['rncp', 'rncp-block', 'rs', 'vae', 'bilan', 'driving-licence'] as const;
export const CREDIT_BASES = ['L6323-4-III', 'L2254-2-VI', 'L6323-14', 'L6323-11-accord', 'L6323-13', 'L7342-3', 'sapin-ii'] as const;
export const CREDIT_FUNDERS = ['employer', 'opco', 'state', 'region', 'france-travail', 'agefiph', 'other'] as const;
export const TOP_UP_BASES = ['L6323-4-II', 'L4163-8', 'L6323-14', 'L6323-29', 'L6323-37', 'L6323-43', 'CSS-L432-12'] as const;
export const TOP_UP_FUNDERS = ['holder', ...CREDIT_FUNDERS] as const;
export const HOLDER_STATUSES = ['employee', 'jobseeker', 'self-employed', 'public-servant', 'other'] as const;

/** Sources of lines that are not credit or top-up ids. */
export const ACQUIRED_RIGHTS_SOURCE = 'acquired-rights';

const codeSchema = (validate: (v: unknown) => ReturnType<typeof validateRsCode>, description: string) =>
  z
    .pipe(
      z.string(),
      z.transform((v: string, ctx) => {
        const r = validate(v);
        if (r.ok) return r.value;
        for (const i of r.issues) ctx.issues.push({ code: 'custom', message: bilingual(i.message, i.messageEn), params: { code: i.code }, input: v });
        return z.NEVER;
      }),
    )
    .register(z.globalRegistry, { description });

const RncpCode = /* @__PURE__ */ (() => codeSchema(validateRncpCode, 'RNCP code, e.g. RNCP37274'))();
const RncpBlockCode = /* @__PURE__ */ (() => codeSchema((v) => validateRncpCode(v, { block: true }), 'RNCP block code, e.g. RNCP37274BC01'))();
const RsCode = /* @__PURE__ */ (() => codeSchema(validateRsCode, 'RS code, e.g. RS5678'))();

const ActionSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('rncp'), code: RncpCode }),
  z.strictObject({ type: z.literal('rncp-block'), code: RncpBlockCode }),
  z.strictObject({ type: z.literal('rs'), code: RsCode, clea: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('vae'), code: z.optional(RncpCode) }),
  z.strictObject({ type: z.literal('bilan') }),
  z.strictObject({ type: z.literal('driving-licence'), group: z.enum(['light', 'heavy']), category: z.optional(z.string().check(z.minLength(1), z.maxLength(20))) }),
], {
  error: (iss) =>
    iss.code === 'invalid_union'
      ? bilingual(
          "Type d'action inconnu ou absent : attendu rncp, rncp-block, rs, vae, bilan ou driving-licence.",
          'Unknown or missing action type: expected rncp, rncp-block, rs, vae, bilan or driving-licence.',
        )
      : undefined,
}))();

const Id = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(200)))();

const CreditSchema = /* @__PURE__ */ (() => z.strictObject({
  id: Id,
  basis: z.enum(CREDIT_BASES),
  funder: z.optional(z.enum(CREDIT_FUNDERS)),
  amount: CentsSchema,
  reservedFor: z.optional(
    z.strictObject({
      actionTypes: z.optional(z.array(z.enum(CPF_ACTION_TYPES))),
      codes: z.optional(z.array(z.string().check(z.minLength(1)))),
    }),
  ),
  validUntil: z.optional(DateSchema),
  refundable: z.optional(z.boolean()),
}))();

const TopUpSchema = /* @__PURE__ */ (() => z.strictObject({
  id: Id,
  basis: z.enum(TOP_UP_BASES),
  funder: z.enum(TOP_UP_FUNDERS),
  amount: CentsSchema,
}))();

/**
 * zod schema of a `CpfFinancingRequest`, for callers who validate before calling (amounts come out
 * as whole cents, codes normalised). It is a `zod/mini` schema (so that zod's classic API stays out
 * of a bundle that imports `planCpfFinancing`): call `.safeParse()` / `.parse()` on it; a failure is
 * zod's core `$ZodError` (`z.flattenError(err)`, `z.treeifyError(err)`; no `.flatten()`), and it is
 * wrapped with zod's functions (`z.optional(CpfFinancingRequestSchema)` in classic zod or `zod/mini`;
 * `z.extend`, `z.pick`… in `zod/mini`), not with classic methods such as `.optional()`. For a JSON
 * Schema of the input, use zod's `z.toJSONSchema(CpfFinancingRequestSchema, { io: 'input' })`.
 *
 * @example
 * ```ts
 * import { CpfFinancingRequestSchema } from '@ofkit/cpf';
 * const r = CpfFinancingRequestSchema.safeParse({
 *   purchaseDate: '2026-03-10', price: '1400.00', action: { type: 'rncp', code: 'rncp 37274' },
 *   holder: { status: 'employee' }, acquiredRights: 800,
 * });
 * r.success; // true
 * r.data?.price; // 140000
 * r.data?.action; // { type: 'rncp', code: 'RNCP37274' }
 * ```
 */
export const CpfFinancingRequestSchema = /* @__PURE__ */ (() => z.strictObject({
  purchaseDate: DateSchema,
  price: CentsSchema,
  action: ActionSchema,
  holder: z.strictObject({
    status: z.enum(HOLDER_STATUSES),
    hasValidLightLicence: z.optional(z.boolean()),
    publiclyFundedBilanWithin5Years: z.optional(z.boolean()),
    meetsRetirementConditions: z.optional(z.boolean()),
  }),
  acquiredRights: CentsSchema,
  credits: z.optional(z.array(CreditSchema).check(z.maxLength(1000))),
  topUps: z.optional(z.array(TopUpSchema).check(z.maxLength(1000))),
}))();

/** A request after validation: amounts in whole cents. @internal */
export type ParsedRequest = z.output<typeof CpfFinancingRequestSchema>;

/** Ids must be unique across credits and top-ups, and differ from `acquired-rights`. */
function idIssues(input: unknown): OfkitIssue[] {
  const out: OfkitIssue[] = [];
  if (typeof input !== 'object' || input === null) return out;
  const credits = (input as Record<string, unknown>)['credits'];
  const topUps = (input as Record<string, unknown>)['topUps'];
  const nc = Array.isArray(credits) ? credits.length : 0;
  const nt = Array.isArray(topUps) ? topUps.length : 0;
  if (nc + nt === 0) return out;
  // Position of the first use of each id: credits are 0..nc-1, top-ups nc.. (strings only on error).
  // A few resources (the usual request) are compared with the earlier ids; more go through a Map.
  const idAt = (k: number): unknown => {
    const item: unknown = k < nc ? (credits as unknown[])[k] : (topUps as unknown[])[k - nc];
    return typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  };
  const seen = nc + nt > 8 ? new Map<string, number>() : undefined;
  for (let k = 0; k < nc + nt; k++) {
    const id = idAt(k);
    if (typeof id !== 'string') continue;
    const key = k < nc ? 'credits' : 'topUps';
    const i = k < nc ? k : k - nc;
    if (id === ACQUIRED_RIGHTS_SOURCE) {
      out.push(issue([key, i, 'id'], 'reserved_id', `L'identifiant « ${id} » est réservé aux droits acquis.`, `Id "${id}" is reserved for the acquired rights.`));
      continue;
    }
    let first: number | undefined;
    if (seen) {
      first = seen.get(id);
      if (first === undefined) seen.set(id, k);
    } else {
      for (let j = 0; j < k && first === undefined; j++) if (idAt(j) === id) first = j;
    }
    if (first === undefined) continue;
    const where = first < nc ? `credits[${first}]` : `topUps[${first - nc}]`;
    out.push(issue([key, i, 'id'], 'duplicate_id', `Identifiant en double : « ${id} » (déjà utilisé en ${where}).`, `Duplicate id: "${id}" (already used at ${where}).`));
  }
  return out;
}

/**
 * Validates a request: every problem (zod issues and duplicate ids) in one {@link OfkitError}.
 * @internal
 */
export function parseRequest(input: unknown): ParsedRequest {
  // Fast path: a valid request is parsed once. Only when something is wrong is it parsed again
  // through core's parseInput, which words every issue in French and English.
  // Fastest path: the hand-written twin of the schema accepts a plainly valid request; anything else
  // goes through zod (see fast-parse.ts).
  const quick = fastParseRequest(input);
  if (quick !== undefined) {
    const dupQuick = idIssues(input);
    if (dupQuick.length === 0) return quick;
    throw new OfkitError('INVALID_INPUT', dupQuick);
  }
  const fast = CpfFinancingRequestSchema.safeParse(input);
  const dup = idIssues(input);
  if (fast.success && dup.length === 0) return fast.data;
  let issues: OfkitIssue[] = [];
  if (!fast.success) {
    try {
      parseInput(CpfFinancingRequestSchema, input);
    } catch (e) {
      if (!(e instanceof OfkitError)) throw e;
      issues = [...e.issues];
    }
  }
  throw new OfkitError('INVALID_INPUT', [...issues, ...dup]);
}
