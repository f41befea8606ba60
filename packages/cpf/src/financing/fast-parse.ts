/**
 * A hand-written fast path of {@link CpfFinancingRequestSchema} for the hot loop of
 * `planCpfFinancing`. It applies the same checks as the zod schema (types, strict keys, enums,
 * lengths, dates that exist, amounts to the cent, codes through the same `@ofkit/core` validators)
 * and builds the same output. It never reports errors: on anything it does not accept (an invalid
 * request, but also an unusual one, such as a key present with the value `undefined` or an object
 * that is not a plain object) it returns `undefined` and the caller runs the zod schema, which gives
 * the answer and every issue. A test checks that whatever this accepts, zod accepts with the same
 * output (`fast-parse.test.ts`).
 *
 * @internal
 */
import { isCivilDate, validateRncpCode, validateRsCode } from '@ofkit/core/internal/base';
import { parseCents } from '../internal/cents.js';
import type { ParsedRequest } from './schema.js';

type Obj = Record<string, unknown>;

function plain(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Every own enumerable key of `o` is in `allowed`, and none holds `undefined`. */
function keysIn(o: Obj, allowed: readonly string[]): boolean {
  for (const k in o) {
    if (!Object.prototype.hasOwnProperty.call(o, k)) return false;
    if (!allowed.includes(k) || o[k] === undefined) return false;
  }
  return true;
}

const cents = (v: unknown): number | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const r = parseCents(v);
  return typeof r === 'number' ? r : undefined;
};

const ACTION_TYPES = ['rncp', 'rncp-block', 'rs', 'vae', 'bilan', 'driving-licence'];
const CREDIT_BASES = ['L6323-4-III', 'L2254-2-VI', 'L6323-14', 'L6323-11-accord', 'L6323-13', 'L7342-3', 'sapin-ii'];
const CREDIT_FUNDERS = ['employer', 'opco', 'state', 'region', 'france-travail', 'agefiph', 'other'];
const TOP_UP_BASES = ['L6323-4-II', 'L4163-8', 'L6323-14', 'L6323-29', 'L6323-37', 'L6323-43', 'CSS-L432-12'];
const TOP_UP_FUNDERS = ['holder', ...CREDIT_FUNDERS];
const STATUSES = ['employee', 'jobseeker', 'self-employed', 'public-servant', 'other'];
const REQUEST_KEYS = ['purchaseDate', 'price', 'action', 'holder', 'acquiredRights', 'credits', 'topUps'];
const HOLDER_KEYS = ['status', 'hasValidLightLicence', 'publiclyFundedBilanWithin5Years', 'meetsRetirementConditions'];
const CREDIT_KEYS = ['id', 'basis', 'funder', 'amount', 'reservedFor', 'validUntil', 'refundable'];
const TOP_UP_KEYS = ['id', 'basis', 'funder', 'amount'];
const RESERVED_KEYS = ['actionTypes', 'codes'];
const K_CODE = ['type', 'code'];
const K_RS = ['type', 'code', 'clea'];
const K_BILAN = ['type'];
const K_LICENCE = ['type', 'group', 'category'];

const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 200;
const optBool = (o: Obj, k: string): boolean => !(k in o) || typeof o[k] === 'boolean';

function action(v: unknown): ParsedRequest['action'] | undefined {
  if (!plain(v)) return undefined;
  const type = v['type'];
  switch (type) {
    case 'rncp':
    case 'rncp-block': {
      if (!keysIn(v, K_CODE) || typeof v['code'] !== 'string') return undefined;
      const r = validateRncpCode(v['code'], { block: type === 'rncp-block' });
      return r.ok ? { type, code: r.value } : undefined;
    }
    case 'rs': {
      if (!keysIn(v, K_RS) || typeof v['code'] !== 'string' || !optBool(v, 'clea')) return undefined;
      const r = validateRsCode(v['code']);
      if (!r.ok) return undefined;
      return 'clea' in v ? { type, code: r.value, clea: v['clea'] as boolean } : { type, code: r.value };
    }
    case 'vae': {
      if (!keysIn(v, K_CODE)) return undefined;
      if (!('code' in v)) return { type };
      if (typeof v['code'] !== 'string') return undefined;
      const r = validateRncpCode(v['code']);
      return r.ok ? { type, code: r.value } : undefined;
    }
    case 'bilan':
      return keysIn(v, K_BILAN) ? { type } : undefined;
    case 'driving-licence': {
      if (!keysIn(v, K_LICENCE)) return undefined;
      const group = v['group'];
      if (group !== 'light' && group !== 'heavy') return undefined;
      if (!('category' in v)) return { type, group };
      const category = v['category'];
      if (typeof category !== 'string' || category.length < 1 || category.length > 20) return undefined;
      return { type, group, category };
    }
    default:
      return undefined;
  }
}

type Credit = NonNullable<ParsedRequest['credits']>[number];
type TopUp = NonNullable<ParsedRequest['topUps']>[number];

function credit(v: unknown): Credit | undefined {
  if (!plain(v) || !keysIn(v, CREDIT_KEYS)) return undefined;
  const { id, basis, funder } = v;
  if (!isId(id) || typeof basis !== 'string' || !CREDIT_BASES.includes(basis)) return undefined;
  const amount = cents(v['amount']);
  if (amount === undefined) return undefined;
  const out: { -readonly [K in keyof Credit]: Credit[K] } = { id, basis: basis as Credit['basis'], amount };
  if (funder !== undefined) {
    if (typeof funder !== 'string' || !CREDIT_FUNDERS.includes(funder)) return undefined;
    out.funder = funder as NonNullable<Credit['funder']>;
  }
  const r = v['reservedFor'];
  if (r !== undefined) {
    if (!plain(r) || !keysIn(r, RESERVED_KEYS)) return undefined;
    const res: { actionTypes?: Array<(typeof ACTION_TYPES)[number]>; codes?: string[] } = {};
    const types = r['actionTypes'];
    if (types !== undefined) {
      if (!Array.isArray(types)) return undefined;
      const t: string[] = [];
      for (let i = 0; i < types.length; i++) {
        const x: unknown = types[i];
        if (typeof x !== 'string' || !ACTION_TYPES.includes(x)) return undefined;
        t.push(x);
      }
      res.actionTypes = t;
    }
    const codes = r['codes'];
    if (codes !== undefined) {
      if (!Array.isArray(codes)) return undefined;
      const c: string[] = [];
      for (let i = 0; i < codes.length; i++) {
        const x: unknown = codes[i];
        if (typeof x !== 'string' || x.length < 1) return undefined;
        c.push(x);
      }
      res.codes = c;
    }
    out.reservedFor = res as NonNullable<Credit['reservedFor']>;
  }
  const validUntil = v['validUntil'];
  if (validUntil !== undefined) {
    if (!isCivilDate(validUntil)) return undefined;
    out.validUntil = validUntil;
  }
  const refundable = v['refundable'];
  if (refundable !== undefined) {
    if (typeof refundable !== 'boolean') return undefined;
    out.refundable = refundable;
  }
  return out as Credit;
}

function topUp(v: unknown): TopUp | undefined {
  if (!plain(v) || !keysIn(v, TOP_UP_KEYS)) return undefined;
  const { id, basis, funder } = v;
  if (!isId(id) || typeof basis !== 'string' || !TOP_UP_BASES.includes(basis)) return undefined;
  if (typeof funder !== 'string' || !TOP_UP_FUNDERS.includes(funder)) return undefined;
  const amount = cents(v['amount']);
  if (amount === undefined) return undefined;
  return { id, basis: basis as TopUp['basis'], funder: funder as TopUp['funder'], amount };
}

function list<T>(v: unknown, item: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v) || v.length > 1000) return undefined;
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    if (!(i in v)) return undefined;
    const x = item(v[i]);
    if (x === undefined) return undefined;
    out.push(x);
  }
  return out;
}

/** The parsed request when the input is plainly valid, else `undefined` (run the zod schema). */
export function fastParseRequest(input: unknown): ParsedRequest | undefined {
  if (!plain(input) || !keysIn(input, REQUEST_KEYS)) return undefined;
  const purchaseDate = input['purchaseDate'];
  if (!isCivilDate(purchaseDate)) return undefined;
  const price = cents(input['price']);
  const acquiredRights = cents(input['acquiredRights']);
  if (price === undefined || acquiredRights === undefined) return undefined;
  const a = action(input['action']);
  if (a === undefined) return undefined;
  const h = input['holder'];
  if (!plain(h) || !keysIn(h, HOLDER_KEYS)) return undefined;
  const status = h['status'];
  if (typeof status !== 'string' || !STATUSES.includes(status)) return undefined;
  if (!optBool(h, 'hasValidLightLicence') || !optBool(h, 'publiclyFundedBilanWithin5Years') || !optBool(h, 'meetsRetirementConditions')) return undefined;
  const holder: { -readonly [K in keyof ParsedRequest['holder']]: ParsedRequest['holder'][K] } = { status: status as ParsedRequest['holder']['status'] };
  if ('hasValidLightLicence' in h) holder.hasValidLightLicence = h['hasValidLightLicence'] as boolean;
  if ('publiclyFundedBilanWithin5Years' in h) holder.publiclyFundedBilanWithin5Years = h['publiclyFundedBilanWithin5Years'] as boolean;
  if ('meetsRetirementConditions' in h) holder.meetsRetirementConditions = h['meetsRetirementConditions'] as boolean;
  const out: { -readonly [K in keyof ParsedRequest]: ParsedRequest[K] } = { purchaseDate, price, action: a, holder, acquiredRights };
  if ('credits' in input) {
    const c = list(input['credits'], credit);
    if (c === undefined) return undefined;
    out.credits = c;
  }
  if ('topUps' in input) {
    const t = list(input['topUps'], topUp);
    if (t === undefined) return undefined;
    out.topUps = t;
  }
  return out;
}
