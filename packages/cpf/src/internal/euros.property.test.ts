import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '@ofkit/core';
import { checkedCents, eurosToCents, ratioCents } from './euros.js';

// `euros.ts` replaces core's `Money` in the accrual projection and the partial-completion payment
// (so that importing @ofkit/cpf loads neither core's money module nor decimal.js). Reference: `Money`
// itself, on the values those functions meet (amounts from rule sets, possibly overridden by a caller,
// cents from validated input, pro rata factors), including the errors, compared code and messages.
// Deviations (euros.ts's header): beyond MAX_AMOUNT a result is refused with the same code and
// path, but Money wrote the figure rounded to 40 significant digits and euros.ts writes it exactly,
// so the figures of out-of-range messages are compared masked; a factor that is not a number, and an
// amount given as a Money object, are refused (tested apart below).
function huge(o: unknown): unknown {
  return JSON.parse(JSON.stringify(o ?? null).replace(/(hors limites :|out of range:) -?[\d.]+/g, '$1 (figure)'));
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
const amount = fc.oneof(amountText, amountNumber, fc.constantFrom(null, undefined, true, {}, [], '1000000000000.00', '0001000000000000.50', '-0.00', '\u00a012.50\u2003'));
const cents = fc.oneof(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), fc.constantFrom(0, 10 ** 14, -(10 ** 14), 1, -1));
// Number factors of every magnitude (exponents to ±324), as the rule sets' types allow.
const factor = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double(),
  fc.constantFrom(0, -0, 1, 100, 12.5, 33.333333333333336, 1e-7, 1e21, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity, -5),
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
          const ours = outcome(() => ratioCents(c, n, d, rounding));
          const money = outcome(() => Money.fromCents(c).ratio(n, d, rounding));
          expect(huge(ours), `${c} × ${String(n)} / ${String(d)} ${rounding}`).toEqual(huge(money));
          // Within MAX_AMOUNT the figures are exact on both sides: compared unmasked.
          if ((money as { ok?: unknown }).ok !== undefined) expect(ours).toEqual(money);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('a factor that is not a number, or an amount given as a Money object, is refused with an OfkitError (deviations from Money, see euros.ts)', () => {
    const odd: unknown[] = ['12.5', '0x19', '2_5', 'Infinity', 'NaN', '1e9999999999999999', '1e-9999999999999999', 25n, { toString: () => '25' }, null, undefined, Money.of('25')];
    for (const f of odd) {
      for (const [n, d] of [[f, 100], [25, f]] as const) {
        expect(outcome(() => ratioCents(150_000, n as never, d as never, 'half-up')), String(f)).toMatchObject({ name: 'OfkitError', code: 'INVALID_INPUT', issues: [{ code: 'invalid_factor' }] });
      }
    }
    expect(outcome(() => eurosToCents(Money.of('500')))).toMatchObject({ name: 'OfkitError', issues: [{ code: 'invalid_type' }] });
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
