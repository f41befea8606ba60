import { OfkitError, overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { cpfDotationRules, dotationStatus } from './status.js';

describe('dotationStatus', () => {
  const d = { id: 'dot', amount: '500.00', validUntil: '2026-06-30', refundable: true };

  it('is usable up to and including its end date', () => {
    const r = dotationStatus(d, '2026-06-30');
    expect(r).toMatchObject({ status: 'usable', usable: true, refundable: false, refundableFrom: '2026-12-01', amount: '500.00' });
  });

  it('expires the day after, and is refundable only once refunds open (December 2026)', () => {
    expect(dotationStatus(d, '2026-07-01')).toMatchObject({ status: 'expired', usable: false, refundable: false, refundableFrom: '2026-12-01' });
    expect(dotationStatus(d, '2026-11-30').status).toBe('expired');
    const r = dotationStatus(d, '2026-12-01');
    expect(r).toMatchObject({ status: 'refundable', refundable: true, refundableFrom: '2026-12-01' });
    expect(r.warnings.map((w) => w.code)).toContain('REFUND_DELAY_NOT_FIXED');
  });

  it('is refundable the day after a late end date', () => {
    const late = { ...d, validUntil: '2027-02-28' };
    expect(dotationStatus(late, '2027-02-28').status).toBe('usable');
    expect(dotationStatus(late, '2027-03-01')).toMatchObject({ status: 'refundable', refundableFrom: '2027-03-01' });
    // Leap year: end date 29 Feb 2028.
    expect(dotationStatus({ ...d, validUntil: '2028-02-29' }, '2028-03-01').refundableFrom).toBe('2028-03-01');
  });

  it('never refunds when the funder did not opt for it, or set no end date', () => {
    expect(dotationStatus({ ...d, refundable: false }, '2027-01-01').status).toBe('expired');
    const noEnd = dotationStatus({ amount: 300, refundable: true }, '2030-01-01');
    expect(noEnd.status).toBe('usable');
    expect(noEnd.refundableFrom).toBeUndefined();
    expect(noEnd.explanation.map((s) => s.code)).toContain('REFUND_IMPOSSIBLE_WITHOUT_END_DATE');
  });

  it('reports an exhausted dotation', () => {
    expect(dotationStatus({ ...d, amount: 0 }, '2027-01-01').status).toBe('exhausted');
  });

  it('follows an overridden opening date', () => {
    const rules = overrideRules(cpfDotationRules, { dotationRefundRule: [{ from: '2026-06-01', value: { refundsOpenFrom: '2027-01-01', requiresEndOfValidity: true }, status: 'confirmed', references: [] }] });
    expect(dotationStatus(d, '2026-12-15', { rules }).status).toBe('expired');
    const r = dotationStatus(d, '2027-01-01', { rules });
    expect(r.status).toBe('refundable');
    expect(r.warnings.map((w) => w.code)).toContain('OVERRIDDEN_VALUE');
  });

  it('rejects bad input with every issue', () => {
    try {
      dotationStatus({ amount: '-1', validUntil: '2026-02-30' }, 'demain');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      expect((e as OfkitError).issues.map((i) => i.path.join('.')).sort()).toEqual(['date', 'dotation.amount', 'dotation.validUntil']);
    }
  });
});
