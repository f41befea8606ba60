/**
 * Wording, references and boundaries of the CPF platform deadlines (cpf.md §5.8: 11 working days
 * between the proposal and the start since 10 June 2021, free cancellation up to 7 working days
 * before the start, entry declared within 3 working days; jours ouvrés = Monday–Friday, not a
 * public holiday of the zone).
 */
import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { cpfPlatformDeadlines } from './deadlines.js';

const articles = (refs: readonly { article: string }[] | undefined) => (refs ?? []).map((r) => r.article);

describe('cpfPlatformDeadlines: boundaries', () => {
  // Proposal Monday 2 Nov 2026; 11 working days: 3, 4, 5, 6, 9, 10, (11 Nov is a holiday), 12, 13,
  // 16, 17, 18 → earliest start Wednesday 18 Nov.
  it('accepts a start on the earliest day itself', () => {
    const d = cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-11-18' });
    expect(d.startRespectsMinimumDelay).toBe(true);
    // 7 working days before 18 Nov: 17, 16, 13, 12, 10, 9, 6 (11 Nov skipped) → 6 Nov.
    expect(d.lastFreeCancellation).toBe('2026-11-06');
    // 3 working days after: 19, 20, 23 → Monday 23 Nov.
    expect(d.entryDeclarationDeadline).toBe('2026-11-23');
    expect(d.explanation[1]).toEqual({ code: 'START_OK', label: 'Début le 2026-11-18 : délai minimal respecté (11 jours ouvrés).', labelEn: 'Start on 2026-11-18: minimum delay respected.' });
  });

  it('flags a start one working day early, saying how many working days there were', () => {
    const d = cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-11-17' });
    expect(d.startRespectsMinimumDelay).toBe(false);
    expect(d.explanation[1]).toEqual({
      code: 'START_TOO_EARLY',
      label: 'Début le 2026-11-17 : trop tôt, seulement 10 jours ouvrés après la proposition (minimum 11).',
      labelEn: 'Start on 2026-11-17: too early (minimum 11 working days).',
    });
    // The other deadlines are still given: 16, 13, 12, 10, 9, 6, 5 → 5 Nov; 18, 19, 20 → 20 Nov.
    expect(d).toMatchObject({ lastFreeCancellation: '2026-11-05', entryDeclarationDeadline: '2026-11-20' });
  });

  it('accepts a start on the day of the proposal (too early, not invalid)', () => {
    const d = cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-11-02' });
    expect(d.startRespectsMinimumDelay).toBe(false);
    expect(d.explanation[1]?.label).toBe('Début le 2026-11-02 : trop tôt, seulement 0 jours ouvrés après la proposition (minimum 11).');
  });

  it('refuses a start before the proposal, with the path and a bilingual message', () => {
    let error: unknown;
    try {
      cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-11-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OfkitError);
    expect((error as OfkitError).code).toBe('INVALID_INPUT');
    expect((error as OfkitError).issues).toEqual([
      { path: ['startDate'], code: 'start_before_proposal', message: 'La date de début précède la proposition de commande.', messageEn: 'The start date is before the proposal.' },
    ]);
  });
});

describe('cpfPlatformDeadlines: explanation and references', () => {
  it('explains each deadline in French and English with its own reference', () => {
    const d = cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-12-07' });
    expect(d.explanation.map((s) => s.code)).toEqual(['EARLIEST_START', 'START_OK', 'FREE_CANCELLATION', 'ENTRY_DECLARATION']);
    expect(d.explanation[0]).toMatchObject({
      label: 'Entrée en formation au plus tôt 11 jours ouvrés après la proposition du 2026-11-02 : le 2026-11-18.',
      labelEn: 'Earliest start 11 working days after the proposal: 2026-11-18.',
      amounts: { workingDays: '11' },
    });
    expect(articles(d.explanation[0]?.references)).toEqual(['Délai de 11 jours ouvrés (depuis le 10 juin 2021)']);
    // 2 Nov → 7 Dec: 24 working days (11 Nov is the only holiday in between).
    expect(d.explanation[1]?.label).toBe('Début le 2026-12-07 : délai minimal respecté (24 jours ouvrés).');
    expect(d.explanation[2]).toMatchObject({
      label: "Annulation sans frais par le titulaire jusqu'au 2026-11-26 (7 jours ouvrés avant le début) ; au-delà, ou en cas d'absence, le prix est débité.",
      labelEn: 'Free cancellation until 2026-11-26 (7 working days before the start).',
    });
    expect(articles(d.explanation[2]?.references)).toEqual(['CP Titulaires (citées 2019–2020)']);
    expect(d.explanation[3]).toMatchObject({
      label: "Déclaration d'entrée en formation par l'organisme au plus tard le 2026-12-10 (3 jours ouvrés après le début) ; les droits sont débités à cette déclaration.",
      labelEn: 'Entry declaration by 2026-12-10 (3 working days after the start).',
    });
    expect(articles(d.explanation[3]?.references)).toEqual(["Aide OF — déclarer l'entrée en formation"]);
  });

  it('lists each reference of the parameters used once, in order of use, and warns of the provisional ones only', () => {
    // The CGU is cited by all three parameters; the entry-declaration delay (CDC help page) is confirmed.
    const d = cpfPlatformDeadlines({ proposalDate: '2026-11-02', startDate: '2026-12-07' });
    expect(articles(d.references)).toEqual([
      'CGU Mon Compte Formation (V14, 4 déc. 2025)',
      'Délai de 11 jours ouvrés (depuis le 10 juin 2021)',
      'CP Titulaires (citées 2019–2020)',
      "Aide OF — déclarer l'entrée en formation",
    ]);
    expect(d.warnings.map((w) => `${w.code}:${w.parameter}`)).toEqual(['PROVISIONAL_VALUE:cpf.platform.earliest-start', 'PROVISIONAL_VALUE:cpf.platform.free-cancellation']);
  });

  it('without a start date, gives the earliest start only, with its own references and warning', () => {
    const d = cpfPlatformDeadlines({ proposalDate: '2026-11-02' });
    expect(d).toEqual({ earliestStart: '2026-11-18', explanation: [expect.objectContaining({ code: 'EARLIEST_START' })], warnings: [expect.objectContaining({ code: 'PROVISIONAL_VALUE', parameter: 'cpf.platform.earliest-start' })], references: expect.any(Array) });
    expect(articles(d.references)).toEqual(['CGU Mon Compte Formation (V14, 4 déc. 2025)', 'Délai de 11 jours ouvrés (depuis le 10 juin 2021)']);
  });
});
