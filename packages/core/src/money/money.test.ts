import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers.js';
import { parseInput } from '../errors/validate.js';
import { MAX_AMOUNT, Money, MoneyInputSchema, NonNegativeMoneyInputSchema, formatEur, maxMoney, minMoney, money, splitMoney, sumMoney } from './money.js';

const s = (m: Money) => m.toString();

describe('money: parsing', () => {
  it('accepts numbers and decimal strings, always printing two decimals', () => {
    expect(s(money('1296.8'))).toBe('1296.80');
    expect(s(money('1296.80'))).toBe('1296.80');
    expect(s(money(1296.8))).toBe('1296.80');
    expect(s(money(0))).toBe('0.00');
    expect(s(money('7'))).toBe('7.00');
    expect(s(money('-12.5'))).toBe('-12.50');
    expect(s(money('  42.10 '))).toBe('42.10');
    expect(s(money('007.5'))).toBe('7.50');
    expect(s(money('1.000'))).toBe('1.00'); // trailing zeros are not extra decimals
    expect(money(money('3'))).toBeInstanceOf(Money);
  });

  it('prints -0 as 0.00', () => {
    expect(s(money('-0'))).toBe('0.00');
    expect(s(money(-0))).toBe('0.00');
    expect(s(money('-0.00'))).toBe('0.00');
    expect(s(money('-0.004', { rounding: 'half-up' }))).toBe('0.00');
    expect(s(money('5').minus('5'))).toBe('0.00');
    expect(s(money('0').negate())).toBe('0.00');
    expect(money('-0').isNegative()).toBe(false);
  });

  it('rejects NaN and Infinity', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      const e = thrown(() => money(v, { path: ['price'] }));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]).toMatchObject({ path: ['price'], code: 'not_finite' });
      expect(e.issues[0]!.message).toContain('non fini');
      expect(e.issues[0]!.messageEn).toContain('not finite');
    }
  });

  it('rejects malformed strings, exponents included', () => {
    for (const v of ['1e3', '1E3', '1.5e2', '', ' ', 'abc', '1,50', '1 000', '+5', '.5', '5.', '--1', 'Infinity', 'NaN', '0x10', '1.2.3']) {
      const e = thrown(() => money(v, { path: ['amount'] }));
      expect(e.issues[0]).toMatchObject({ path: ['amount'], code: 'invalid_amount' });
      expect(e.issues[0]!.messageEn).toContain('Invalid amount');
    }
  });

  it('rejects other types', () => {
    for (const v of [null, undefined, true, {}, [], 10n]) {
      expect(thrown(() => money(v as never)).issues[0]!.code).toBe('invalid_type');
    }
  });

  it('rejects more than two decimals unless a rounding is given', () => {
    const e = thrown(() => money('10.005', { path: ['x'] }));
    expect(e.issues[0]).toMatchObject({ path: ['x'], code: 'too_many_decimals' });
    expect(e.issues[0]!.message).toContain('10.005');
    expect(thrown(() => money(0.1 + 0.2)).issues[0]!.code).toBe('too_many_decimals');
    expect(thrown(() => money(1e-7)).issues[0]!.code).toBe('too_many_decimals');
    expect(s(money('10.005', { rounding: 'half-up' }))).toBe('10.01');
    expect(s(money('10.005', { rounding: 'half-even' }))).toBe('10.00');
    expect(s(money('10.015', { rounding: 'half-even' }))).toBe('10.02');
    expect(s(money('10.005', { rounding: 'half-down' }))).toBe('10.00');
    expect(s(money('10.001', { rounding: 'up' }))).toBe('10.01');
    expect(s(money('10.009', { rounding: 'down' }))).toBe('10.00');
    expect(s(money('-10.001', { rounding: 'ceil' }))).toBe('-10.00');
    expect(s(money('-10.001', { rounding: 'floor' }))).toBe('-10.01');
    expect(s(money('-10.005', { rounding: 'half-up' }))).toBe('-10.01'); // half away from zero
    expect(s(money(0.1 + 0.2, { rounding: 'half-up' }))).toBe('0.30');
  });

  it('bounds amounts at MAX_AMOUNT', () => {
    expect(s(money(MAX_AMOUNT))).toBe('1000000000000.00');
    expect(s(money(`-${MAX_AMOUNT}`))).toBe('-1000000000000.00');
    expect(thrown(() => money('1000000000000.01')).issues[0]!.code).toBe('too_large');
    expect(thrown(() => money(1e21)).issues[0]!.code).toBe('too_large');
  });

  it('fromCents and toCents', () => {
    expect(s(Money.fromCents(129680))).toBe('1296.80');
    expect(s(Money.fromCents(-5))).toBe('-0.05');
    expect(s(Money.fromCents(12345678901234n))).toBe('123456789012.34');
    expect(money('1296.80').toCents()).toBe(129680);
    expect(money('-0.01').toCents()).toBe(-1);
    expect(thrown(() => Money.fromCents(1.5)).issues[0]!.code).toBe('not_integer');
  });
});

describe('money: arithmetic and comparison', () => {
  it('adds and subtracts exactly', () => {
    expect(s(money('0.10').plus('0.20'))).toBe('0.30');
    expect(s(money('1400').minus('103.20'))).toBe('1296.80');
    expect(s(money('0.01').minus('0.02'))).toBe('-0.01');
    expect(s(sumMoney(['0.10', '0.20', 0.3, money('0.40')]))).toBe('1.00');
    expect(s(sumMoney([]))).toBe('0.00');
    expect(s(sumMoney(Array.from({ length: 10 }, () => '0.10')))).toBe('1.00');
  });

  it('rejects bad operands with OfkitError', () => {
    expect(thrown(() => money('1').plus('abc')).issues[0]!.code).toBe('invalid_amount');
    expect(thrown(() => money('1').plus('0.001')).issues[0]!.code).toBe('too_many_decimals');
    expect(thrown(() => sumMoney(['1', NaN])).issues[0]!.code).toBe('not_finite');
  });

  it('refuses a sum or difference beyond MAX_AMOUNT (its string could not be parsed back)', () => {
    expect(thrown(() => money(MAX_AMOUNT).plus('0.01')).issues[0]!.code).toBe('too_large');
    expect(thrown(() => money(`-${MAX_AMOUNT}`).minus('0.01')).issues[0]!.messageEn).toContain('Result out of range');
  });

  it('multiplies with rounding to the cent', () => {
    expect(s(money('100').times('0.333'))).toBe('33.30');
    expect(s(money('10.05').times('0.5'))).toBe('5.03'); // 5.025 half-up
    expect(s(money('10.05').times('0.5', 'half-even'))).toBe('5.02');
    expect(s(money('10.05').times(0.5, 'down'))).toBe('5.02');
    expect(s(money('-10.05').times('0.5'))).toBe('-5.03');
    expect(s(money('3').times(0))).toBe('0.00');
  });

  it('ratio rounds once at the end', () => {
    expect(s(money('1000').ratio(7, 35))).toBe('200.00');
    expect(s(money('100').ratio(1, 3))).toBe('33.33');
    expect(s(money('100').ratio(2, 3))).toBe('66.67');
    // rounding each step (×(1/3) then ×2) would give 66.66
    expect(s(money('100').times(1 / 3, 'half-up').times(2))).toBe('66.66');
  });

  it('times and ratio reject bad factors with OfkitError (never a DecimalError or NaN)', () => {
    expect(thrown(() => money('10').times(Infinity)).issues[0]).toMatchObject({ path: ['factor'], code: 'not_finite' });
    expect(thrown(() => money('10').times(NaN)).issues[0]).toMatchObject({ path: ['factor'], code: 'not_finite' });
    expect(thrown(() => money('10').times('abc')).issues[0]).toMatchObject({ path: ['factor'], code: 'invalid_factor' });
    expect(thrown(() => money('10').ratio(1, 0)).issues[0]).toMatchObject({ path: ['denominator'], code: 'division_by_zero' });
    expect(thrown(() => money('10').ratio(NaN, 3)).issues[0]).toMatchObject({ path: ['numerator'], code: 'not_finite' });
    expect(thrown(() => money('10').ratio('x', 3)).issues[0]).toMatchObject({ path: ['numerator'], code: 'invalid_factor' });
    expect(thrown(() => money('10').ratio(1, 'y')).issues[0]).toMatchObject({ path: ['denominator'], code: 'invalid_factor' });
    expect(thrown(() => money('1000').times('1e30')).issues[0]!.code).toBe('too_large');
  });

  it('negate, abs and signs', () => {
    expect(s(money('12.5').negate())).toBe('-12.50');
    expect(s(money('-12.5').abs())).toBe('12.50');
    expect(money('0').isZero()).toBe(true);
    expect(money('0').isPositive()).toBe(false);
    expect(money('0').isNegative()).toBe(false);
    expect(money('-0.01').isNegative()).toBe(true);
    expect(money('0.01').isPositive()).toBe(true);
  });

  it('compares', () => {
    const a = money('10.00');
    expect(a.cmp('10')).toBe(0);
    expect(a.cmp('10.01')).toBe(-1);
    expect(a.cmp(9.99)).toBe(1);
    expect(a.eq(10)).toBe(true);
    expect(a.lt('10.01')).toBe(true);
    expect(a.lte('10')).toBe(true);
    expect(a.gt('-10')).toBe(true);
    expect(a.gte('10.00')).toBe(true);
    expect(a.gt('10')).toBe(false);
    expect(a.lt('10')).toBe(false);
  });

  it('min and max', () => {
    expect(s(minMoney('1500', '1296.80'))).toBe('1296.80');
    expect(s(maxMoney('0', '-12.50'))).toBe('0.00');
    expect(s(minMoney('3'))).toBe('3.00');
    expect(s(minMoney('-1', '-1.01', '5'))).toBe('-1.01');
    expect(s(maxMoney('-1', '-1.01', '5'))).toBe('5.00');
    expect(thrown(() => maxMoney('1', 'x')).issues[0]!.code).toBe('invalid_amount');
  });

  it('is immutable', () => {
    const a = money('10');
    a.plus('5');
    a.times(3);
    a.negate();
    expect(s(a)).toBe('10.00');
  });
});

describe('splitMoney', () => {
  const parts = (x: Money[]) => x.map(s);
  it('splits into equal parts, extra cents first', () => {
    expect(parts(splitMoney('100.00', 3))).toEqual(['33.34', '33.33', '33.33']);
    expect(parts(splitMoney('0.02', 3))).toEqual(['0.01', '0.01', '0.00']);
    expect(parts(splitMoney('10', 1))).toEqual(['10.00']);
    expect(parts(splitMoney('0', 4))).toEqual(['0.00', '0.00', '0.00', '0.00']);
  });
  it('splits by weights, largest remainders first', () => {
    expect(parts(splitMoney('10.00', [1, 1, 2]))).toEqual(['2.50', '2.50', '5.00']);
    expect(parts(splitMoney('100', [1, 2]))).toEqual(['33.33', '66.67']);
    expect(parts(splitMoney('100', ['0.5', '0.25', '0.25']))).toEqual(['50.00', '25.00', '25.00']);
    expect(parts(splitMoney('0.05', [0, 1, 0, 1]))).toEqual(['0.00', '0.03', '0.00', '0.02']);
  });
  it('splits negative amounts symmetrically', () => {
    expect(parts(splitMoney('-100.00', 3))).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(parts(splitMoney('-0.05', [0, 1, 0, 1]))).toEqual(['0.00', '-0.03', '0.00', '-0.02']);
  });
  it('always sums exactly to the amount', () => {
    for (const [amount, w] of [
      ['1296.80', [3, 3, 1]],
      ['-1296.81', [7, 0, 13]],
      ['0.01', [1, 1, 1, 1, 1]],
      ['999999999.99', 7],
    ] as const) {
      const split = splitMoney(amount, w as never);
      expect(s(sumMoney(split))).toBe(s(money(amount)));
    }
  });
  it('rejects bad parts and weights, naming each', () => {
    expect(thrown(() => splitMoney('10', 0)).issues[0]).toMatchObject({ path: ['parts'], code: 'invalid_parts' });
    expect(thrown(() => splitMoney('10', 1.5)).issues[0]).toMatchObject({ path: ['parts'], code: 'invalid_parts' });
    expect(thrown(() => splitMoney('10', [])).issues[0]).toMatchObject({ path: ['weights'], code: 'empty' });
    expect(thrown(() => splitMoney('10', [0, 0])).issues[0]).toMatchObject({ path: ['weights'], code: 'zero_weights' });
    const e = thrown(() => splitMoney('10', [1, 'abc', -1, NaN, Infinity]));
    expect(e.issues.map((i) => i.path)).toEqual([
      ['weights', 1],
      ['weights', 2],
      ['weights', 3],
      ['weights', 4],
    ]);
    expect(thrown(() => splitMoney('10.001', 2)).issues[0]).toMatchObject({ path: ['amount'], code: 'too_many_decimals' });
  });
});

describe('formatEur', () => {
  const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  it('prints what Intl.NumberFormat fr-FR EUR prints', () => {
    const values = ['0', '0.01', '0.5', '-0.5', '1', '9.99', '10', '99.9', '100', '999.99', '1000', '1296.8', '-1296.80', '10000', '12345.67', '100000', '999999.99', '1000000', '-1000000', '123456789.12', '999999999999.99', '1000000000000'];
    for (const v of values) expect(formatEur(v)).toBe(intl.format(Number(v)));
    for (let cents = -250_000; cents <= 250_000; cents += 1_237) {
      const m = Money.fromCents(cents);
      expect(m.format()).toBe(intl.format(cents / 100));
    }
  });
  it('has an ASCII-space form and a form without symbol', () => {
    expect(formatEur('1296.8', { asciiSpaces: true })).toBe('1 296,80 €');
    expect(formatEur('-0.5', { asciiSpaces: true })).toBe('-0,50 €');
    expect(formatEur('1234567', { asciiSpaces: true, symbol: false })).toBe('1 234 567,00');
    expect(formatEur('1234567', { symbol: false })).toBe('1\u202F234\u202F567,00');
    expect(formatEur('-0')).toBe('0,00\u00A0€');
  });
  it('rejects what money rejects', () => {
    expect(thrown(() => formatEur('1e3')).issues[0]!.code).toBe('invalid_amount');
  });
});

describe('JSON', () => {
  it('serialises as a string with two decimals', () => {
    expect(JSON.stringify({ rest: money('1296.8') })).toBe('{"rest":"1296.80"}');
    expect(JSON.stringify([money(-0), money('-3.1')])).toBe('["0.00","-3.10"]');
    expect(money(JSON.parse(JSON.stringify(money('42.42'))) as string).eq('42.42')).toBe(true);
  });
});

describe('MoneyInputSchema', () => {
  it('accepts at most two decimals, finite numbers and decimal strings', () => {
    expect(parseInput(MoneyInputSchema, '1296.80')).toBe('1296.80');
    expect(parseInput(MoneyInputSchema, 12.5)).toBe(12.5);
    expect(parseInput(MoneyInputSchema, '-3')).toBe('-3');
  });
  it('reports the code and the path', () => {
    const cases: Array<[unknown, string]> = [
      ['1.234', 'too_many_decimals'],
      [1.234, 'too_many_decimals'],
      ['1e3', 'invalid_format'],
      [Infinity, 'invalid_union'],
      [null, 'invalid_union'],
      ['2000000000000', 'too_large'],
    ];
    for (const [input, code] of cases) {
      const e = thrown(() => parseInput(MoneyInputSchema, input, ['price']));
      expect(e.issues.some((i) => i.code === code && i.path[0] === 'price')).toBe(true);
      for (const i of e.issues) expect(i.message.length * i.messageEn.length).toBeGreaterThan(0);
    }
  });
  it('an absent amount is reported as missing, not as a wrong amount', () => {
    const e = thrown(() => parseInput(z.object({ price: MoneyInputSchema }), {}));
    expect(e.issues).toEqual([
      { path: ['price'], code: 'invalid_union', message: 'Valeur manquante (champ obligatoire).', messageEn: 'Missing value (required field).' },
    ]);
  });
  it('a value that is neither a number nor a string gets an explicit bilingual message', () => {
    for (const v of [null, Infinity, {}, true]) {
      const e = thrown(() => parseInput(MoneyInputSchema, v, ['price']));
      expect(e.issues).toEqual([
        {
          path: ['price'],
          code: 'invalid_union',
          message: 'Montant attendu : nombre fini ou chaîne décimale (ex. "1296.80").',
          messageEn: 'Expected an amount: a finite number or a decimal string (e.g. "1296.80").',
        },
      ]);
    }
  });
  it('non-negative variant refuses negative amounts but not -0', () => {
    expect(parseInput(NonNegativeMoneyInputSchema, '0')).toBe('0');
    expect(parseInput(NonNegativeMoneyInputSchema, '-0')).toBe('-0');
    const e = thrown(() => parseInput(NonNegativeMoneyInputSchema, '-0.01', ['amount']));
    expect(e.issues[0]).toMatchObject({ path: ['amount'], code: 'negative_amount', message: 'Le montant ne peut pas être négatif.', messageEn: 'The amount cannot be negative.' });
  });
});
