import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, MoneyInputSchemaLazy, NonNegativeMoneyInputSchemaLazy, amountDigits, decimalPlaces, isNegativeAmount, withinMax } from './input.js';
import { MoneyInputSchema, NonNegativeMoneyInputSchema } from './money.js';

// The money input schemas read decimal places, size and sign from an amount's digits (./input.ts)
// instead of through decimal.js, so that the domain schemas do not load decimal.js (issue 13, cold
// start). Reference: what the schemas computed before, with decimal.js configured as `Money`'s private
// constructor (precision 40, toExpNeg -40, toExpPos 40).
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
const STRING_RE = /^-?\d+(\.\d+)?$/;
function reference(v: unknown): { dp: number; withinMax: boolean; negative: boolean } | undefined {
  let d: InstanceType<typeof D>;
  try {
    if (typeof v === 'string') {
      if (!STRING_RE.test(v.trim())) return undefined;
      d = new D(v.trim());
    } else if (typeof v === 'number' && Number.isFinite(v)) d = new D(v);
    else return undefined;
  } catch {
    return undefined;
  }
  return { dp: d.decimalPlaces(), withinMax: d.abs().lte(new D(MAX_AMOUNT)), negative: d.isNegative() && !d.isZero() };
}
function ours(v: unknown): ReturnType<typeof reference> {
  const d = amountDigits(v);
  return d && { dp: decimalPlaces(d), withinMax: withinMax(d), negative: isNegativeAmount(d) };
}

// Decimal strings of every shape: leading and trailing zeros, long fractions, around 10^12.
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const decimalString = fc
  .tuple(fc.constantFrom('', '-'), digits(1, 16), fc.option(digits(1, 12), { nil: undefined }), fc.constantFrom('', ' ', '\t'))
  .map(([sign, int, frac, pad]) => `${pad}${sign}${int}${frac === undefined ? '' : `.${frac}`}${pad}`);
const nearMax = fc
  .tuple(fc.constantFrom('', '-'), fc.constantFrom('999999999999', '1000000000000', '1000000000001', '0001000000000000', '10000000000000'), fc.option(digits(1, 4), { nil: undefined }))
  .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);
// Numbers: doubles of every magnitude (exponent forms 1e-7, 1e+21), cents, and the boundary.
const numbers = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((c) => c / 100),
  fc.integer({ min: -40, max: 40 }).chain((e) => fc.integer({ min: -999, max: 999 }).map((m) => m * 10 ** e)),
  fc.constantFrom(0, -0, 1e12, -1e12, 1e12 + 0.01, 1e12 - 0.01, 1e12 + 1, 1e-7, 5e-324, Number.MAX_VALUE, 0.1 + 0.2, 1e21, 123.456),
);
const anything = fc.oneof(decimalString, nearMax, numbers, fc.anything(), fc.string());

describe('money input schemas without decimal.js', () => {
  it('decimal places, size and sign agree with decimal.js on strings, numbers and anything else', () => {
    fc.assert(fc.property(anything, (v) => {
      expect(ours(v)).toEqual(reference(v));
    }), { numRuns: 20_000 });
  });

  it('the boundary cases, written out', () => {
    // [input, decimal places, within 10^12, negative]
    const cases: Array<[string | number, number, boolean, boolean]> = [
      ['1296.80', 1, true, false], // a trailing zero is not a decimal place
      ['0.001', 3, true, false],
      ['-0', 0, true, false], // -0 is zero, not negative
      ['-0.00', 0, true, false],
      ['-0.01', 2, true, true],
      ['1000000000000.00', 0, true, false], // MAX_AMOUNT itself
      ['1000000000000.01', 2, false, false],
      ['-1000000000000', 0, true, true],
      ['0001000000000000', 0, true, false], // leading zeros
      ['999999999999.999', 3, true, false],
      [1e-7, 7, true, false], // String(1e-7) is '1e-7'
      [1e21, 0, false, false], // String(1e21) is '1e+21'
      [0.1 + 0.2, 17, true, false], // 0.30000000000000004
      [-0, 0, true, false],
    ];
    for (const [v, dp, within, negative] of cases) {
      expect(ours(v), String(v)).toEqual({ dp, withinMax: within, negative });
      expect(reference(v), String(v)).toEqual({ dp, withinMax: within, negative });
    }
  });

  it('the public schemas are the builders\' instances, and accept and refuse as decimal.js decided', () => {
    expect(MoneyInputSchema).toBe(MoneyInputSchemaLazy());
    expect(NonNegativeMoneyInputSchema).toBe(NonNegativeMoneyInputSchemaLazy());
    fc.assert(
      fc.property(anything, (v) => {
        const r = reference(v);
        const valid = (typeof v === 'string' && STRING_RE.test(v)) || (typeof v === 'number' && Number.isFinite(v));
        const expected = valid && r !== undefined && r.dp <= 2 && r.withinMax;
        expect(MoneyInputSchema.safeParse(v).success).toBe(expected);
        expect(NonNegativeMoneyInputSchema.safeParse(v).success).toBe(expected && !r!.negative);
      }),
      { numRuns: 5_000 },
    );
  });
});
