import fc from 'fast-check';
import { Money } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '@ofkit/core';
import { CentsSchema, centsToFr, centsToString, fixedToFr, parseCents } from './cents.js';

describe('parseCents', () => {
  it('reads decimal strings and numbers exactly', () => {
    expect(parseCents('1296.80')).toBe(129680);
    expect(parseCents('1296.8')).toBe(129680);
    expect(parseCents(' 12 ')).toBe(1200);
    expect(parseCents('0012.50')).toBe(1250);
    expect(parseCents('3.000')).toBe(300);
    expect(parseCents(0.1)).toBe(10);
    expect(parseCents(1296.8)).toBe(129680);
    expect(parseCents('-0.00')).toBe(0);
    expect(parseCents('-5', true)).toBe(-500);
    expect(parseCents('1000000000000.00')).toBe(100_000_000_000_000);
  });
  it('names every problem', () => {
    expect(parseCents('-5')).toBe('negative_amount');
    expect(parseCents('1.234')).toBe('too_many_decimals');
    expect(parseCents('1.2.3')).toBe('invalid_amount');
    expect(parseCents('1.')).toBe('invalid_amount');
    expect(parseCents('.5')).toBe('invalid_amount');
    expect(parseCents('')).toBe('invalid_amount');
    expect(parseCents('-')).toBe('invalid_amount');
    expect(parseCents('1e3')).toBe('invalid_amount');
    expect(parseCents('12,50')).toBe('invalid_amount');
    expect(parseCents('1000000000000.01')).toBe('too_large');
    expect(parseCents('99999999999999')).toBe('too_large');
    expect(parseCents(1e21)).toBe('too_large');
    expect(parseCents(1e-7)).toBe('too_many_decimals');
    expect(parseCents(Number.NaN)).toBe('not_finite');
    expect(parseCents(null)).toBe('invalid_type');
  });
  it('agrees with core Money (decimal.js) on every amount with two decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 100_000_000_000_000n }), (c) => {
        const m = Money.fromCents(c);
        expect(parseCents(m.toString())).toBe(Number(c));
        expect(centsToString(Number(c))).toBe(m.toString());
        expect(centsToFr(Number(c))).toBe(m.format());
      }),
    );
  });
});

describe('fixedToFr', () => {
  it('gives the same French text as centsToFr, from the printed amount', () => {
    for (const c of [0, 5, 99, 100, 99999, 100000, 123456, 99999999, 100000000, -123456789, 100_000_000_000_000]) expect(fixedToFr(centsToString(c))).toBe(centsToFr(c));
    fc.assert(fc.property(fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }), (c) => fixedToFr(centsToString(c)) === centsToFr(c)), { numRuns: 2000 });
    expect(fixedToFr('1296.80')).toBe('1\u202F296,80\u00A0€');
  });
});

describe('CentsSchema messages', () => {
  it('an absent amount is missing; a value of another type is « Montant attendu »', () => {
    const Schema = z.object({ amount: CentsSchema });
    const issues = (v: unknown) => {
      try {
        parseInput(Schema, v);
      } catch (e) {
        return (e as { issues: Array<{ path: unknown[]; message: string; messageEn: string }> }).issues;
      }
      throw new Error('no error');
    };
    expect(issues({})).toEqual([expect.objectContaining({ path: ['amount'], message: 'Valeur manquante (champ obligatoire).', messageEn: 'Missing value (required field).' })]);
    expect(issues({ amount: null })).toEqual([expect.objectContaining({ path: ['amount'], message: 'Montant attendu : nombre fini ou chaîne décimale (ex. "1296.80").' })]);
    expect(parseInput(Schema, { amount: '12.30' })).toEqual({ amount: 1230 });
  });
});
