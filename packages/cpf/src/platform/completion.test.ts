/**
 * Wording, explanation and validation of the taux de réalisation and of the payment of a partial
 * completion (CDC help page « comment calculer le taux de réalisation »; payment bands reported from
 * the Mon Compte Formation flowcharts, cpf.md §5.8, provisional).
 */
import { OfkitError, overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { completionRate, partialCompletionPayment } from './completion.js';
import { cpfPlatformRules } from './deadlines.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** The issues of the OfkitError thrown by `f`, or fails. */
function issuesOf(f: () => unknown): { code: string; path: string; message: string; messageEn: string }[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return (e as OfkitError).issues.map((i) => ({ code: i.code, path: i.path.join('.'), message: i.message, messageEn: i.messageEn }));
  }
  throw new Error('no error thrown');
}

describe('completionRate: explanation and warning', () => {
  it('explains an inexact rate in French and English and warns that it was rounded down', () => {
    // 27.5 h / 35 h = 78.57… %: the CDC publishes no rounding method, ofkit declares 78 (never more
    // than was done). Hours print with their cents unless whole ("27.50", "35").
    const r = completionRate({ hoursDone: '27.5', hoursPlanned: 35 });
    expect(r.explanation).toHaveLength(1);
    expect(r.explanation[0]).toMatchObject({
      code: 'COMPLETION_RATE',
      label: 'Taux de réalisation = 27.50 h ÷ 35 h × 100 = 78 %.',
      labelEn: 'Completion rate = 27.50 h ÷ 35 h × 100 = 78%.',
      amounts: { hoursDone: '27.50', hoursPlanned: '35', rate: '78' },
    });
    expect(r.explanation[0]?.references?.map((x) => x.article)).toEqual(['Aide OF — taux de réalisation']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      code: 'COMPLETION_RATE_ROUNDED_DOWN',
      message: "Taux de 27.50 h / 35 h arrondi à l'entier inférieur (78 %) : la méthode d'arrondi de la Caisse des dépôts n'est pas publiée.",
      messageEn: "Rate 27.50 h / 35 h rounded down to 78%: the CDC's rounding method is not published.",
      status: 'provisional',
    });
    expect(r.warnings[0]?.references?.map((x) => x.article)).toEqual(['Aide OF — taux de réalisation']);
    expect(r.references.map((x) => x.article)).toEqual(['Aide OF — taux de réalisation']);
  });

  it('prints whole hours without decimals and fractional hours with their cents', () => {
    // 21 h / 35 h = 60 % exactly: no warning.
    expect(completionRate({ hoursDone: 21, hoursPlanned: 35 }).explanation[0]?.label).toBe('Taux de réalisation = 21 h ÷ 35 h × 100 = 60 %.');
    // 10.05 h / 20.10 h = 50 % exactly.
    const r = completionRate({ hoursDone: '10.05', hoursPlanned: '20.1' });
    expect(r.rate).toBe(50);
    expect(r.warnings).toEqual([]);
    expect(r.explanation[0]?.labelEn).toBe('Completion rate = 10.05 h ÷ 20.10 h × 100 = 50%.');
  });
});

describe('completionRate: validation messages', () => {
  it('names hours, not an amount, in the messages of a bad duration', () => {
    expect(issuesOf(() => completionRate({ hoursDone: 'abc', hoursPlanned: 35 }))).toEqual([
      { code: 'invalid_amount', path: 'hoursDone', message: 'Durée invalide (chiffres et point décimal, ex. "1296.80").', messageEn: 'Invalid duration (digits and a decimal point, e.g. "1296.80").' },
    ]);
    // « durée » is feminine: not « Le durée ne peut pas être négatif » (the amount's sentence patched).
    expect(issuesOf(() => completionRate({ hoursDone: '-1', hoursPlanned: 35 }))).toEqual([
      { code: 'negative_amount', path: 'hoursDone', message: 'La durée ne peut pas être négative.', messageEn: 'The duration cannot be negative.' },
    ]);
    // 10^13 h: past the 13 significant digits of an amount.
    expect(issuesOf(() => completionRate({ hoursDone: 1, hoursPlanned: '10000000000000' }))).toEqual([
      { code: 'too_large', path: 'hoursPlanned', message: 'Durée hors limites (maximum 1000000000000.00).', messageEn: 'Duration out of range (maximum 1000000000000.00).' },
    ]);
  });

  it('says why the hours are impossible, in French and English', () => {
    expect(issuesOf(() => completionRate({ hoursDone: 0, hoursPlanned: 0 }))).toEqual([
      { code: 'zero_planned', path: 'hoursPlanned', message: 'La durée prévue doit être positive.', messageEn: 'Planned hours must be positive.' },
    ]);
    expect(issuesOf(() => completionRate({ hoursDone: '35.01', hoursPlanned: 35 }))).toEqual([
      { code: 'done_exceeds_planned', path: 'hoursDone', message: 'Les heures réalisées dépassent les heures prévues.', messageEn: 'Hours done exceed planned hours.' },
    ]);
  });
});

describe('partialCompletionPayment: validation', () => {
  const base = { price: '1500.00', date: '2026-11-20' };
  it('refuses zero planned hours and more hours done than planned, and accepts all hours done', () => {
    expect(issuesOf(() => partialCompletionPayment({ ...base, hoursDone: 0, hoursPlanned: 0 }))).toEqual([
      { code: 'zero_planned', path: 'hoursPlanned', message: 'La durée prévue doit être positive.', messageEn: 'Planned hours must be positive.' },
    ]);
    expect(issuesOf(() => partialCompletionPayment({ ...base, hoursDone: '35.01', hoursPlanned: 35 }))).toEqual([
      { code: 'done_exceeds_planned', path: 'hoursDone', message: 'Les heures réalisées dépassent les heures prévues.', messageEn: 'Hours done exceed planned hours.' },
    ]);
    // Done = planned is a full completion (100 %), not an error.
    expect(partialCompletionPayment({ ...base, hoursDone: 35, hoursPlanned: 35 })).toMatchObject({ rate: 100, band: 'full', amount: '1500.00' });
  });
});

describe('partialCompletionPayment: bands from the rules', () => {
  const base = { price: '1500.00', hoursPlanned: 100, date: '2026-11-20' };
  const bands = (value: { floorBelow: number; floorPercent: number; fullFrom: number }, status: 'confirmed' | 'provisional' = 'confirmed') =>
    overrideRules(cpfPlatformRules, { partialCompletionBands: [{ from: '2020-01-01', value, status, references: [] }] });

  it('refuses bands whose floor is above the full-payment rate', () => {
    const rules = bands({ floorBelow: 81, floorPercent: 25, fullFrom: 80 });
    let error: unknown;
    try {
      partialCompletionPayment({ ...base, hoursDone: 50 }, { rules });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OfkitError);
    expect((error as OfkitError).code).toBe('INVALID_PARAMETER');
    expect((error as OfkitError).issues).toEqual([{ path: ['partialCompletionBands'], code: 'invalid_bands', message: 'Tranches incohérentes.', messageEn: 'Inconsistent bands.' }]);
  });

  it('accepts a floor equal to the full-payment rate (no pro rata band)', () => {
    const rules = bands({ floorBelow: 50, floorPercent: 30, fullFrom: 50 });
    expect(partialCompletionPayment({ ...base, hoursDone: 50 }, { rules })).toMatchObject({ band: 'full', amount: '1500.00' });
    expect(partialCompletionPayment({ ...base, hoursDone: 49 }, { rules })).toMatchObject({ band: 'floor', amount: '450.00' });
  });

  it('warns only of the override when the bands supplied are confirmed and the rate is exact', () => {
    const r = partialCompletionPayment({ ...base, hoursDone: 60 }, { rules: bands({ floorBelow: 25, floorPercent: 25, fullFrom: 80 }) });
    expect(r.warnings.map((w) => `${w.code}:${w.parameter}`)).toEqual(['OVERRIDDEN_VALUE:cpf.platform.partial-completion']);
  });

  it('has no warning once the shipped bands are confirmed (a later release reading them in the CGU)', () => {
    const shipped = cpfPlatformRules.partialCompletionBands;
    const rules = { ...cpfPlatformRules, partialCompletionBands: { ...shipped, values: shipped.values.map((v) => ({ ...v, status: 'confirmed' as const })) } };
    expect(partialCompletionPayment({ ...base, hoursDone: 60 }, { rules }).warnings).toEqual([]);
  });
});

describe('partialCompletionPayment: explanation', () => {
  const base = { price: '1500.00', hoursPlanned: 35, date: '2026-11-20' };
  const articles = (refs: readonly { article: string }[]) => refs.map((x) => x.article);

  it('explains the full band', () => {
    const r = partialCompletionPayment({ ...base, hoursDone: 28 });
    expect(r.explanation.map((s) => s.code)).toEqual(['COMPLETION_RATE', 'PARTIAL_COMPLETION_PAYMENT']);
    expect(r.explanation[1]).toMatchObject({
      label: `Taux 80 % ≥ 80 % : l'organisme est payé du prix entier, 1${NNBSP}500,00${NBSP}€.`,
      labelEn: 'Band full: provider paid EUR 1500.00.',
      amounts: { price: '1500.00', rate: '80', amount: '1500.00' },
    });
  });

  it('explains the floor band', () => {
    const r = partialCompletionPayment({ ...base, hoursDone: 7 });
    expect(r.explanation[1]).toMatchObject({
      label: `Taux 20 % < 25 % : l'organisme est payé 25 % du prix, 375,00${NBSP}€.`,
      labelEn: 'Band floor: provider paid EUR 375.00.',
      amounts: { price: '1500.00', rate: '20', amount: '375.00' },
    });
  });

  it('explains the pro rata band, with the rate step first and the references of the bands', () => {
    const r = partialCompletionPayment({ ...base, hoursDone: 21 });
    expect(r.explanation[0]?.label).toBe('Taux de réalisation = 21 h ÷ 35 h × 100 = 60 %.');
    expect(r.explanation[1]).toMatchObject({
      code: 'PARTIAL_COMPLETION_PAYMENT',
      label: `Taux 60 % entre 25 % et 80 % : paiement au prorata, 1${NNBSP}500,00${NBSP}€ × 60 % = 900,00${NBSP}€.`,
      labelEn: 'Band pro-rata: provider paid EUR 900.00.',
      amounts: { price: '1500.00', rate: '60', amount: '900.00' },
    });
    // The bands come from secondary sources quoting the MCF flowcharts, and the CGU.
    expect(articles(r.explanation[1]?.references ?? [])).toEqual(['Logigrammes MCF (cités)', 'CGU Mon Compte Formation (V14, 4 déc. 2025)']);
    expect(articles(r.references)).toEqual(['Aide OF — taux de réalisation', 'Logigrammes MCF (cités)', 'CGU Mon Compte Formation (V14, 4 déc. 2025)']);
  });
});
