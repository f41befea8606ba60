import { OfkitError, overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { cpfDotationRules, dotationStatus, type DotationStatusResult } from './status.js';

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

/*
 * Wording, references and boundaries of the dotation lifecycle (R. 6323-42-1 created by décret
 * 2025-341 from 17 April 2025; CDC EDEF help page: refunds only with an end-of-validity date and
 * from December 2026; R. 6333-3: an expired dotation no longer pays for a purchase).
 */

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const articles = (refs: readonly { article: string }[] | undefined) => (refs ?? []).map((r) => r.article);
/** Each step as [code, French, English, amounts, references]. */
const steps = (r: DotationStatusResult) => r.explanation.map((s) => [s.code, s.label, s.labelEn, s.amounts, articles(s.references)]);
const RULE_REFS = ['R6323-42-1', '2025-341', 'EDEF aide — remboursement des dotations'];

describe('dotationStatus: every state explained', () => {
  it('exhausted: nothing to use or refund, and no refund rule read', () => {
    const r = dotationStatus({ id: 'dot', amount: 0 }, '2027-01-01');
    expect(r).toMatchObject({ status: 'exhausted', usable: false, refundable: false, amount: '0.00', warnings: [] });
    expect(r).not.toHaveProperty('refundableFrom');
    expect(r.reasons).toEqual(['« dot » est entièrement consommée : rien à utiliser ni à rembourser.']);
    expect(steps(r)).toEqual([['DOTATION_EXHAUSTED', '« dot » est entièrement consommée : rien à utiliser ni à rembourser.', 'Fully used: nothing to use or refund.', { amount: '0.00' }, ['EDEF aide — remboursement des dotations']]]);
    expect(articles(r.references)).toEqual(['R6323-42-1']);
  });

  it('no end date: usable without limit; a refund asked for is impossible (CDC)', () => {
    const plain = dotationStatus({ amount: 300 }, '2030-01-01');
    const noEnd = `La dotation n'a pas de date de fin de validité : utilisable sans limite de durée (300,00${NBSP}€).`;
    expect(plain).toMatchObject({ status: 'usable', usable: true, refundable: false, reasons: [noEnd], warnings: [] });
    expect(plain).not.toHaveProperty('refundableFrom');
    expect(steps(plain)).toEqual([['DOTATION_NO_END_DATE', noEnd, 'No end of validity: usable without time limit.', { amount: '300.00' }, ['R6323-42-1']]]);
    expect(articles(plain.references)).toEqual(RULE_REFS);

    const asked = dotationStatus({ amount: '1300.5', refundable: true }, '2030-01-01');
    expect(steps(asked)).toEqual([
      ['DOTATION_NO_END_DATE', `La dotation n'a pas de date de fin de validité : utilisable sans limite de durée (1${NNBSP}300,50${NBSP}€).`, 'No end of validity: usable without time limit.', { amount: '1300.50' }, ['R6323-42-1']],
      ['REFUND_IMPOSSIBLE_WITHOUT_END_DATE', 'Remboursement demandé par le financeur mais impossible sans date de fin de validité (Caisse des dépôts).', 'Refund asked for but impossible without an end-of-validity date (CDC).', { amount: '1300.50' }, ['EDEF aide — remboursement des dotations']],
    ]);
  });

  it('usable up to its end date; the later refund date is given only when the funder opted for it', () => {
    const usable = ['DOTATION_USABLE', `« dot » est utilisable jusqu'au 2026-06-30 inclus (500,00${NBSP}€).`, 'Usable until 2026-06-30 included.', { amount: '500.00' }, ['R6323-42-1']];
    const notOpted = dotationStatus({ id: 'dot', amount: '500.00', validUntil: '2026-06-30' }, '2026-06-30');
    expect(notOpted).toMatchObject({ status: 'usable', usable: true, refundable: false });
    expect(notOpted).not.toHaveProperty('refundableFrom');
    expect(steps(notOpted)).toEqual([usable]);

    // Refunds open on 1 Dec 2026 (CDC), later than the day after the end date (1 Jul 2026).
    const opted = dotationStatus({ id: 'dot', amount: '500.00', validUntil: '2026-06-30', refundable: true }, '2026-06-30');
    expect(opted.refundableFrom).toBe('2026-12-01');
    expect(steps(opted)).toEqual([
      usable,
      ['REFUND_LATER', 'Le solde non consommé pourra être remboursé au financeur à partir du 2026-12-01.', 'The unused balance may be refunded to the funder from 2026-12-01.', { amount: '500.00' }, ['EDEF aide — remboursement des dotations']],
    ]);
    expect(articles(opted.references)).toEqual(RULE_REFS);
  });

  const expired = (until: string, amount = '500.00') => ['DOTATION_EXPIRED', `« dot » a expiré le ${until} : elle ne peut plus financer d'achat.`, `Expired on ${until}: it can no longer pay for a purchase.`, { amount }, ['R6323-42-1', 'R6333-3']];

  it('expired without a refund when the funder did not opt for one', () => {
    const r = dotationStatus({ id: 'dot', amount: '500.00', validUntil: '2026-06-30' }, '2026-07-01');
    expect(r).toMatchObject({ status: 'expired', usable: false, refundable: false, warnings: [] });
    expect(r).not.toHaveProperty('refundableFrom');
    expect(steps(r)).toEqual([
      expired('2026-06-30'),
      ['REFUND_NOT_OPTED', "Le financeur n'a pas demandé le remboursement du solde non consommé : pas de remboursement.", 'The funder did not opt for a refund of the unused balance.', { amount: '500.00' }, ['R6323-42-1']],
    ]);
  });

  it('expired before 17 April 2025: no refund rule in force (R. 6323-42-1 created by décret 2025-341)', () => {
    const d = { id: 'dot', amount: '500.00', validUntil: '2025-01-31', refundable: true };
    const before = dotationStatus(d, '2025-04-16');
    expect(before).toMatchObject({ status: 'expired', refundable: false, warnings: [] });
    expect(before).not.toHaveProperty('refundableFrom');
    expect(steps(before)).toEqual([
      expired('2025-01-31'),
      ['REFUND_RULE_NOT_IN_FORCE', 'Aucune règle de remboursement en vigueur au 2025-04-16 (R. 6323-42-1 créé le 17 avril 2025).', 'No refund rule in force on 2025-04-16.', { amount: '500.00' }, ['2025-341']],
    ]);
    expect(articles(before.references)).toEqual(['R6323-42-1']);

    // From 17 April 2025 the rule is in force, but refunds only open on 1 December 2026.
    const from = dotationStatus(d, '2025-04-17');
    expect(from).toMatchObject({ status: 'expired', refundable: false, refundableFrom: '2026-12-01' });
    expect(steps(from)).toEqual([
      expired('2025-01-31'),
      ['REFUND_NOT_OPEN', 'Remboursement possible à partir du 2026-12-01 seulement (premières demandes en décembre 2026 selon la Caisse des dépôts).', 'Refund possible only from 2026-12-01.', { amount: '500.00' }, ['EDEF aide — remboursement des dotations']],
    ]);
    expect(articles(from.references)).toEqual(RULE_REFS);
  });

  it('refundable from 1 December 2026, with the warning that R. 6323-42-1 sets no figure for the delay', () => {
    const r = dotationStatus({ id: 'dot', amount: '1500.00', validUntil: '2026-06-30', refundable: true }, '2026-12-01');
    expect(r).toMatchObject({ status: 'refundable', usable: false, refundable: true, refundableFrom: '2026-12-01', amount: '1500.00' });
    expect(steps(r)).toEqual([
      expired('2026-06-30', '1500.00'),
      ['DOTATION_REFUNDABLE', `Le financeur peut demander le remboursement du solde de 1${NNBSP}500,00${NBSP}€ depuis le 2026-12-01.`, 'The funder may ask for the refund of the balance since 2026-12-01.', { amount: '1500.00' }, ['EDEF aide — remboursement des dotations', 'R6323-42-1']],
    ]);
    expect(r.reasons).toEqual(r.explanation.map((s) => s.label));
    // The rule itself is confirmed: this is the only warning.
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      code: 'REFUND_DELAY_NOT_FIXED',
      message: "R. 6323-42-1 ne permet d'exiger le remboursement qu'après un délai « qui tient compte des modalités d'organisation des actions », sans le chiffrer : la date de remboursement effective peut être plus tardive.",
      messageEn: 'R. 6323-42-1 allows a refund only after a delay "taking into account how the actions are organised", with no figure: the actual refund date may be later.',
      status: 'provisional',
    });
    expect(articles(r.warnings[0]?.references)).toEqual(['R6323-42-1']);
    expect(articles(r.references)).toEqual(RULE_REFS);
  });
});
