import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '@ofkit/core';
import { checkedCents, eurosToCents, ratioCents } from './euros.js';

// `euros.ts` replaces core's `Money` in the accrual projection and the partial-completion payment
// (so that importing @ofkit/cpf loads neither core's money module nor decimal.js). Reference: `Money`
// itself, on the values those functions meet (amounts from rule sets, possibly overridden by a caller,
// cents from validated input, pro rata factors), including the errors, compared code and messages.
// One deviation: a result beyond 10^30 euros (factors of extreme magnitude) is refused by both with
// the same code and path, but Money rounds it at 40 significant digits and writes that in the message,
// euros.ts writes the exact value; such messages are compared up to the number.
function huge(o: unknown): unknown {
  return JSON.parse(JSON.stringify(o ?? null).replace(/(hors limites :|out of range:) -?\d{30,}(\.\d+)?/g, '$1 (huge)'));
}
function outcome(f: () => unknown): unknown {
  try {
    const v = f();
    return { ok: v instanceof Money ? v.toCents() : v };
  } catch (e) {
    const o = e as { name?: string; code?: string; issues?: unknown };
    return { name: o.name, code: o.code, issues: o.issues };
  }
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const amountText = fc
  .tuple(fc.constantFrom('', '-', ' ', '+'), digits(0, 15), fc.option(digits(0, 4), { nil: undefined }), fc.constantFrom('', ' ', 'e2', 'x'))
  .map(([a, i, f, z]) => `${a}${i}${f === undefined ? '' : `.${f}`}${z}`);
const amountNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((c) => c / 100),
  fc.constantFrom(0, -0, 1e12, -1e12, 1e12 + 0.01, 1e13, 1e-7, 0.1 + 0.2, 500, NaN, Infinity),
);
const amount = fc.oneof(amountText, amountNumber, fc.constantFrom(null, undefined, true, {}, [], '1000000000000.00', '0001000000000000.50', '-0.00'));
const cents = fc.oneof(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), fc.constantFrom(0, 10 ** 14, -(10 ** 14), 1, -1));
const factor = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 1, 100, 12.5, 33.333333333333336, 1e-7, 1e21, NaN, Infinity, -5),
  fc.constantFrom('12.5', '100', '.5', '5.', '+3', '1e2', 'abc', '', ' 7 '),
);

describe('cents arithmetic of the accrual projection = core Money', () => {
  it('eurosToCents reads an amount as Money.of does (value or error)', () => {
    fc.assert(
      fc.property(amount, (v) => {
        expect(outcome(() => eurosToCents(v))).toEqual(outcome(() => Money.of(v as never)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('checkedCents of a sum or difference = Money plus / minus (value or the out-of-range error)', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        expect(outcome(() => checkedCents(a + b))).toEqual(outcome(() => Money.fromCents(a).plus(Money.fromCents(b))));
        expect(outcome(() => checkedCents(a - b))).toEqual(outcome(() => Money.fromCents(a).minus(Money.fromCents(b))));
      }),
      { numRuns: 20_000 },
    );
  });

  it('ratioCents = Money.ratio, rounded up or half-up, for whole and decimal factors', () => {
    const small = fc.integer({ min: 0, max: 10 ** 9 });
    fc.assert(
      fc.property(fc.oneof(small, cents), factor, factor, (c, n, d) => {
        for (const rounding of ['ceil', 'half-up'] as const) {
          expect(huge(outcome(() => ratioCents(c, n as never, d as never, rounding))), `${c} × ${String(n)} / ${String(d)} ${rounding}`).toEqual(
            huge(outcome(() => Money.fromCents(c).ratio(n as never, d as never, rounding))),
          );
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('the cases the accrual projection meets, written out', () => {
    // 700 h of 1 607 h at 500 €: 217.797… rounded up to 217.80 € (R. 6323-1 II, vector of projectCpfRights).
    expect(ratioCents(50_000, 70_000, 160_700, 'ceil')).toBe(21_780);
    // 25 % of 1 500 € (partial completion, floor band); 60 % of 1 500 €.
    expect(ratioCents(150_000, 25, 100, 'half-up')).toBe(37_500);
    expect(ratioCents(150_000, 60, 100, 'half-up')).toBe(90_000);
    // Half a cent rounds away from zero.
    expect(ratioCents(1, 1, 2, 'half-up')).toBe(1);
    expect(ratioCents(-1, 1, 2, 'half-up')).toBe(-1);
    expect(ratioCents(-1, 1, 2, 'ceil')).toBe(0);
    expect(eurosToCents('500.00')).toBe(50_000);
    expect(eurosToCents(' 12.5 ')).toBe(1_250);
    expect(() => eurosToCents('12.345')).toThrow(/plus de deux décimales/);
    expect(() => checkedCents(10 ** 14 + 1)).toThrow(/Résultat hors limites : 1000000000000.01/);
  });
});
