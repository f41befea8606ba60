// Mutation-testing tests (issue 14): they pin the observable contract of money.ts that the other tests left
// loose — the exact issues (path, code, French and English message) of every rejection, and rounding at .5 cents.
import { describe, expect, it } from 'vitest';
import { OfkitError } from '../errors/ofkit-error.js';
import { Money, formatEur, maxMoney, minMoney, money, splitMoney, sumMoney } from './money.js';

/** The error a call throws, as plain data (fails the test if it does not throw an OfkitError). */
function err(fn: () => unknown): { code: string; issues: unknown[] } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    const o = e as OfkitError;
    return { code: o.code, issues: o.issues.map((i) => ({ ...i, path: [...i.path] })) };
  }
  throw new Error('expected a throw');
}

describe('money: bad input throws OfkitError naming the field, in French and English', () => {
  // Contract (docs/contributing.md): bad input throws OfkitError with every issue naming the field.
  it.each([
    ['options not an object', () => money('1', 'x' as never)],
    ['options null', () => money('1', null as never)],
    ['options an array', () => money('1', [] as never)],
    ['unknown rounding mode', () => money('1.005', { rounding: 'nearest' as never })],
    ['rounding not a string', () => money('1.005', { rounding: 1 as never })],
    ['path not an array', () => money('1', { path: 'amount' as never })],
    ['path of objects', () => money('1', { path: [{}] as never })],
    ['NaN', () => money(Number.NaN, { path: ['price'] })],
    ['malformed string', () => money('1,5', { path: ['price'] })],
    ['boolean', () => money(true as never, { path: ['price'] })],
    ['too large', () => money('1000000000000.01', { path: ['price'] })],
    ['three decimals', () => money('1.005', { path: ['price'] })],
    ['fromCents not integer', () => Money.fromCents(1.5)],
    ['sum beyond the maximum', () => money('1000000000000').plus('1')],
    ['times by a bad factor', () => money('1').times('abc')],
    ['times by Infinity', () => money('1').times(Number.POSITIVE_INFINITY)],
    ['ratio by zero', () => money('1').ratio(1, 0)],
    ['ratio by a bad numerator', () => money('1').ratio('x', 1)],
    ['sumMoney of a non-list', () => sumMoney(5 as never)],
    ['sumMoney with a bad item', () => sumMoney(['1', 'x'])],
    ['minMoney with a bad item', () => minMoney('1', 'x')],
    ['maxMoney with a bad item', () => maxMoney('1', '2', 'x')],
  ])('%s', (_name, fn) => {
    expect(err(fn)).toMatchSnapshot();
  });

  it('a non-object options is rejected with its path ["options"]', () => {
    expect(err(() => money('1', 7 as never)).issues).toEqual([
      {
        path: ['options'],
        code: 'invalid_type',
        message: 'Options attendues : un objet { rounding?, path? }.',
        messageEn: 'Options expected: an object { rounding?, path? }.',
      },
    ]);
  });

  it('a path mixing strings and numbers is accepted and reported as given', () => {
    expect(err(() => money('x', { path: ['lines', 2, 'price'] })).issues[0]).toMatchObject({ path: ['lines', 2, 'price'] });
  });

  it('without a path the issue is at the root', () => {
    expect(err(() => money('x')).issues[0]).toMatchObject({ path: [], code: 'invalid_amount' });
  });
});

describe('money: rounding at half a cent (the usual French rule is half-up)', () => {
  it.each([
    // mode, input, expected
    ['half-up', '10.005', '10.01'],
    ['half-up', '-10.005', '-10.01'],
    ['half-even', '10.005', '10.00'],
    ['half-even', '10.015', '10.02'],
    ['half-down', '10.005', '10.00'],
    ['half-down', '-10.005', '-10.00'],
    ['up', '10.001', '10.01'],
    ['up', '-10.001', '-10.01'],
    ['down', '10.009', '10.00'],
    ['down', '-10.009', '-10.00'],
    ['ceil', '-10.009', '-10.00'],
    ['ceil', '10.001', '10.01'],
    ['floor', '10.009', '10.00'],
    ['floor', '-10.001', '-10.01'],
  ] as const)('%s rounds %s to %s', (mode, input, expected) => {
    expect(money(input, { rounding: mode }).toString()).toBe(expected);
  });

  it('times and ratio default to half-up and honour the mode given', () => {
    expect(money('0.01').times('0.5').toString()).toBe('0.01');
    expect(money('0.01').times('0.5', 'half-even').toString()).toBe('0.00');
    expect(money('0.03').ratio(1, 2).toString()).toBe('0.02');
    expect(money('0.03').ratio(1, 2, 'down').toString()).toBe('0.01');
  });
});

describe('money: comparisons, zero and negatives', () => {
  it('eq / lte / gte hold on equality and fail strictly the other way', () => {
    const a = money('5.00');
    expect(a.eq('5')).toBe(true);
    expect(a.eq('5.01')).toBe(false);
    expect(a.lte('5')).toBe(true);
    expect(a.lte('4.99')).toBe(false);
    expect(a.gte('5')).toBe(true);
    expect(a.gte('5.01')).toBe(false);
    expect(a.lt('5')).toBe(false);
    expect(a.gt('5')).toBe(false);
  });

  it('zero is neither negative nor positive; -0 prints as 0.00', () => {
    expect(money(-0).toString()).toBe('0.00');
    expect(money('-0.00').isNegative()).toBe(false);
    expect(money('0').isPositive()).toBe(false);
    expect(money('-0.01').isNegative()).toBe(true);
    expect(money('-0.01').abs().toString()).toBe('0.01');
    expect(money('0.01').negate().toString()).toBe('-0.01');
  });

  it('sumMoney accepts any iterable and sums exactly', () => {
    expect(sumMoney(new Set(['0.10', '0.20'])).toString()).toBe('0.30');
    expect(sumMoney([]).toString()).toBe('0.00');
  });

  it('splitMoney gives the remainder cents to the first parts and keeps the total', () => {
    expect(splitMoney('100', 3).map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(splitMoney('-100', 3).map(String)).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(splitMoney('0.05', [1, 1]).map(String)).toEqual(['0.03', '0.02']);
  });

  it('formatEur writes French amounts', () => {
    expect(formatEur('-1296.8', { asciiSpaces: true })).toBe('-1 296,80 €');
    expect(formatEur('0', { asciiSpaces: true })).toBe('0,00 €');
  });
});
