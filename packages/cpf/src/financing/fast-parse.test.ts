import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParseRequest } from './fast-parse.js';
import { CpfFinancingRequestSchema } from './schema.js';

// Values per field, valid and invalid, so that the generated requests sit on both sides of every
// check (mostly valid values, so that whole requests are often valid).
const anyOf = <T>(...xs: T[]) => fc.constantFrom(...xs);
const mix = (valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const amount = mix(anyOf<unknown>('1000.00', 1000, '0', 0, '12.5', ' 7.10 ', -0, '1000000000000.00', '007.1'), anyOf<unknown>('12.345', '-5', '1e3', 'abc', '', Number.NaN, Number.POSITIVE_INFINITY, 0.1 + 0.2, '1000000000000.01', null, true, {}, '1.', '.5', '+1'));
const date = mix(anyOf<unknown>('2026-03-10', '2025-12-05', '2024-02-29'), anyOf<unknown>('2023-02-29', '2026-3-10', '10/03/2026', '', 20260310, null, '2026-13-01'));
const id = mix(anyOf<unknown>('a', 'b', 'c', 'd', 'x'.repeat(200)), anyOf<unknown>('acquired-rights', '', 'x'.repeat(201), 3));
const absent = Symbol('absent');
type Field = [string, fc.Arbitrary<unknown>];
/** An object whose keys may be absent, present with `undefined`, or carry a generated value; plus an unknown key sometimes. */
const obj = (fields: Field[]) =>
  fc
    .tuple(
      ...fields.map(([, arb]) => fc.oneof({ weight: 40, arbitrary: arb }, { weight: 1, arbitrary: fc.constant<unknown>(absent) }, { weight: 1, arbitrary: fc.constant<unknown>(undefined) })),
      fc.integer({ min: 0, max: 40 }),
    )
    .map((vals) => {
      const o: Record<string, unknown> = {};
      fields.forEach(([k], i) => {
        if (vals[i] !== absent) o[k] = vals[i];
      });
      if (vals[fields.length] === 0) o['extra'] = 1;
      return o;
    });
const action = fc.oneof(
  obj([['type', mix(anyOf('rncp', 'vae'), anyOf('rncp-block', 'formation'))], ['code', mix(anyOf<unknown>('RNCP37274', 'rncp 37274'), anyOf<unknown>('RNCP37274BC01', 'RS5678', '', 5))]]),
  obj([['type', fc.constant('rncp-block')], ['code', mix(anyOf<unknown>('RNCP37274BC01'), anyOf<unknown>('RNCP37274'))]]),
  obj([['type', fc.constant('rs')], ['code', mix(anyOf<unknown>('RS5678', 'rs 5678'), anyOf<unknown>('RNCP1'))], ['clea', mix(anyOf<unknown>(true, false), anyOf<unknown>('yes'))]]),
  obj([['type', fc.constant('bilan')]]),
  obj([['type', fc.constant('driving-licence')], ['group', mix(anyOf<unknown>('light', 'heavy'), anyOf<unknown>('medium'))], ['category', mix(anyOf<unknown>('B', 'BE', 'x'.repeat(20)), anyOf<unknown>('', 'x'.repeat(21), 1))]]),
);
const bool = mix(anyOf<unknown>(true, false), anyOf<unknown>(1, 'no', null));
const holder = obj([
  ['status', mix(anyOf<unknown>('employee', 'jobseeker', 'self-employed', 'public-servant', 'other'), anyOf<unknown>('retired'))],
  ['hasValidLightLicence', bool],
  ['publiclyFundedBilanWithin5Years', bool],
  ['meetsRetirementConditions', bool],
]);
const credit = obj([
  ['id', id],
  ['basis', mix(anyOf<unknown>('L6323-4-III', 'L6323-13', 'sapin-ii'), anyOf<unknown>('L6323-4-II', 'x'))],
  ['funder', mix(anyOf<unknown>('employer', 'opco'), anyOf<unknown>('holder', 'bank'))],
  ['amount', amount],
  ['reservedFor', mix(obj([['actionTypes', fc.array(mix(anyOf<unknown>('rncp', 'bilan'), anyOf<unknown>('cours', 1)), { maxLength: 2 })], ['codes', fc.array(mix(anyOf<unknown>('RNCP37274'), anyOf<unknown>('', 2)), { maxLength: 2 })]]), anyOf<unknown>(null, [], 'rncp'))],
  ['validUntil', date],
  ['refundable', bool],
]);
const topUp = obj([
  ['id', id],
  ['basis', mix(anyOf<unknown>('L6323-4-II', 'L4163-8', 'CSS-L432-12'), anyOf<unknown>('L6323-4-III'))],
  ['funder', mix(anyOf<unknown>('holder', 'employer', 'opco', 'agefiph'), anyOf<unknown>('bank'))],
  ['amount', amount],
]);
const request = obj([
  ['purchaseDate', date],
  ['price', amount],
  ['action', mix(action, anyOf<unknown>(null, 'rncp', []))],
  ['holder', mix(holder, anyOf<unknown>(null, 'employee'))],
  ['acquiredRights', amount],
  ['credits', mix(fc.array(credit, { maxLength: 2 }), anyOf<unknown>(null, {}, 'x'))],
  ['topUps', mix(fc.array(topUp, { maxLength: 2 }), anyOf<unknown>(null, {}))],
]);

/** No key anywhere holds `undefined` (the one ordinary-looking shape the fast path leaves to zod). */
const ordinary = (v: unknown): boolean => {
  if (typeof v !== 'object' || v === null) return true;
  return Object.values(v).every((x) => x !== undefined && ordinary(x));
};

describe('fastParseRequest (hand-written twin of CpfFinancingRequestSchema)', () => {
  it('accepts every ordinary request the zod schema accepts (plain objects, dense arrays, no key holding undefined): the fast path is not skipped for nothing', () => {
    let checked = 0;
    fc.assert(
      fc.property(request, (input) => {
        if (!ordinary(input)) return;
        const zod = CpfFinancingRequestSchema.safeParse(input);
        if (!zod.success) return;
        checked++;
        expect(fastParseRequest(input)).toEqual(zod.data);
      }),
      { numRuns: 20000, seed: 20261206 },
    );
    expect(checked).toBeGreaterThan(1000);
  });

  it('accepts only what the zod schema accepts, with the same output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(request, (input) => {
        const quick = fastParseRequest(input);
        const zod = CpfFinancingRequestSchema.safeParse(input);
        if (quick !== undefined) {
          accepted++;
          expect(zod.success).toBe(true);
          expect(quick).toEqual(zod.data);
        }
      }),
      { numRuns: 20000, seed: 20261122 },
    );
    // The generator reaches the accepting side often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('accepts a plainly valid request, and leaves unusual ones to zod', () => {
    const valid = {
      purchaseDate: '2026-03-10',
      price: '1400.00',
      action: { type: 'rs', code: 'rs 5678', clea: false },
      holder: { status: 'employee', hasValidLightLicence: false },
      acquiredRights: 800,
      credits: [{ id: 'c', basis: 'L6323-4-III', funder: 'employer', amount: '300', reservedFor: { actionTypes: ['rs'], codes: ['RS5678'] }, validUntil: '2026-12-31', refundable: true }],
      topUps: [{ id: 't', basis: 'L6323-4-II', funder: 'opco', amount: '1000.00' }],
    };
    expect(fastParseRequest(valid)).toEqual(CpfFinancingRequestSchema.parse(valid));
    expect(fastParseRequest({ ...valid, topUps: undefined })).toBeUndefined(); // zod decides
    expect(fastParseRequest(Object.assign(Object.create({ inherited: 1 }) as object, valid))).toBeUndefined();
    const sparse = [valid.topUps[0], , valid.topUps[0]]; // eslint-disable-line no-sparse-arrays
    expect(fastParseRequest({ ...valid, topUps: sparse })).toBeUndefined();
  });
});
