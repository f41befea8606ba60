/**
 * The CPF platform deadlines accept every public-holiday zone of core's calendar, including the
 * zones added in issue 9 (Saint-Martin, Saint-Barthélemy), and count their own holidays.
 */
import { HOLIDAY_ZONES } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { cpfPlatformDeadlines } from './deadlines.js';

describe('cpfPlatformDeadlines zones', () => {
  it.each(HOLIDAY_ZONES.map((z) => [z]))('accepts the zone %s', (zone) => {
    expect(cpfPlatformDeadlines({ proposalDate: '2026-03-02', zone }).earliestStart).toMatch(/^2026-03-\d\d$/);
  });

  it('counts 9 October (abolition of slavery, Saint-Barthélemy, from 2012) as a holiday there only', () => {
    // Proposal Monday 5 Oct 2026; 11 working days: 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 20 Oct in
    // metropolitan France; in Saint-Barthélemy Friday 9 Oct is a holiday, so the 11th is 21 Oct.
    expect(cpfPlatformDeadlines({ proposalDate: '2026-10-05' }).earliestStart).toBe('2026-10-20');
    expect(cpfPlatformDeadlines({ proposalDate: '2026-10-05', zone: 'saint-barthelemy' }).earliestStart).toBe('2026-10-21');
  });

  it('counts 27 May (abolition of slavery, Saint-Martin) as a holiday there', () => {
    // Proposal Monday 1 June 2026 is after 27 May: both zones agree. Proposal Monday 18 May 2026:
    // 19, 20, 21, 22, (25 Whit Monday is a holiday in both), 26, 27, 28, 29, 1, 2, 3 June in
    // metropolitan France → 3 June; Saint-Martin skips Wednesday 27 May → 4 June.
    expect(cpfPlatformDeadlines({ proposalDate: '2026-06-01', zone: 'saint-martin' }).earliestStart).toBe(cpfPlatformDeadlines({ proposalDate: '2026-06-01' }).earliestStart);
    expect(cpfPlatformDeadlines({ proposalDate: '2026-05-18' }).earliestStart).toBe('2026-06-03');
    expect(cpfPlatformDeadlines({ proposalDate: '2026-05-18', zone: 'saint-martin' }).earliestStart).toBe('2026-06-04');
  });
});
