import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, formatEur, money, splitMoney, sumMoney } from './money.js';

// Amounts as whole cents within ±10^14 cents (the MAX_AMOUNT bound), built without floating point.
const cents = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
const amount = cents.map((c) => Money.fromCents(c));

describe('money properties', () => {
  it('parse(toString(x)) equals x, and toCents round-trips', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const m = Money.fromCents(c);
        const back = money(m.toString());
        expect(back.eq(m)).toBe(true);
        expect(back.toString()).toBe(m.toString());
        expect(BigInt(m.toCents())).toBe(c);
        expect(money(JSON.parse(JSON.stringify(m)) as string).eq(m)).toBe(true);
      }),
    );
  });

  it('the French format is the toString with a comma, grouped digits and the sign', () => {
    fc.assert(
      fc.property(amount, (m) => {
        const f = formatEur(m, { asciiSpaces: true, symbol: false });
        expect(f.replace(/ /g, '').replace(',', '.')).toBe(m.toString());
        expect(f).toMatch(/^-?\d{1,3}( \d{3})*,\d{2}$/);
      }),
    );
  });

  // Half the range, so that sums and differences stay within MAX_AMOUNT.
  const half = fc.bigInt({ min: -(5n * 10n ** 13n), max: 5n * 10n ** 13n });
  it('add and subtract are inverse, exact, and commutative', () => {
    fc.assert(
      fc.property(half, half, (a, b) => {
        const x = Money.fromCents(a);
        const y = Money.fromCents(b);
        expect(x.plus(y).minus(y).eq(x)).toBe(true);
        expect(x.plus(y).eq(y.plus(x))).toBe(true);
        expect(x.plus(y).toString()).toBe(Money.fromCents(a + b).toString());
        expect(x.minus(y).plus(y).eq(x)).toBe(true);
        expect(x.cmp(y)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('a result beyond MAX_AMOUNT is refused, never returned', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 14n }), (c) => {
        const top = Money.fromCents(10n ** 14n);
        expect(() => top.plus(Money.fromCents(c))).toThrow(/hors limites/);
        expect(() => top.negate().minus(Money.fromCents(c))).toThrow(/hors limites/);
      }),
    );
  });

  it('splitting into n parts sums exactly, parts differ by at most a cent', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 60 }), (c, n) => {
        const m = Money.fromCents(c);
        const parts = splitMoney(m, n);
        expect(parts).toHaveLength(n);
        expect(sumMoney(parts).eq(m)).toBe(true);
        const all = parts.map((p) => BigInt(p.toCents()));
        const max = all.reduce((a, b) => (a > b ? a : b));
        const min = all.reduce((a, b) => (a < b ? a : b));
        expect(max - min <= 1n).toBe(true);
      }),
    );
  });

  it('the equal parts share two frozen amounts: nothing set on one part shows on another', () => {
    const parts = splitMoney('100.00', 3);
    expect(parts.map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(parts[1]).toBe(parts[2]);
    expect(parts.every((p) => Object.isFrozen(p))).toBe(true);
    expect(() => Object.assign(parts[1]!, { note: 'x' })).toThrow(TypeError);
    expect((parts[2] as unknown as { note?: string }).note).toBeUndefined();
  });

  it('splitting into n parts gives what splitting by n weights of 1 gives (the equal split has its own integer path)', () => {
    // The weighted path (decimal shares, largest remainders first, ties to the earlier part) is the
    // reference; the equal split computes q = ⌊c / n⌋ and gives the c mod n leftover cents to the
    // first parts. Amounts up to the bound (10^14 cents), n up to 3 000 and beyond the number of cents.
    fc.assert(
      fc.property(fc.oneof(cents, fc.bigInt({ min: -50n, max: 50n }), fc.constantFrom(10n ** 14n, -(10n ** 14n))), fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 61, max: 3000 })), (c, n) => {
        const m = Money.fromCents(c);
        expect(splitMoney(m, n).map(String)).toEqual(splitMoney(m, Array.from({ length: n }, () => 1)).map(String));
      }),
      { numRuns: 300 },
    );
  });

  it('splitting by weights sums exactly, zero weights get nothing, signs follow the amount', () => {
    const weights = fc
      .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 10 ** 6 })), { minLength: 1, maxLength: 25 })
      .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(cents, weights, (c, w) => {
        const m = Money.fromCents(c);
        const parts = splitMoney(m, w);
        expect(parts).toHaveLength(w.length);
        expect(sumMoney(parts).eq(m)).toBe(true);
        parts.forEach((p, i) => {
          if (w[i] === 0) expect(p.isZero()).toBe(true);
          if (m.isNegative()) expect(p.isPositive()).toBe(false);
          else expect(p.isNegative()).toBe(false);
        });
        // each part is within one cent of its exact share
        const total = w.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => {
          const exactTimesTotal = c * BigInt(w[i]!); // share × total, in cents
          const diff = BigInt(p.toCents()) * BigInt(total) - exactTimesTotal;
          expect(diff < 0n ? -diff : diff).toBeLessThan(BigInt(total));
        });
      }),
    );
  });
});
