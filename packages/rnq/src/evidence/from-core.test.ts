import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../readiness/readiness.js';
import { evidenceFromCore } from './from-core.js';

const sign = { method: 'handwritten' as const };
const slot = (date: string, halfDay: 'morning' | 'afternoon', trainerSigned: boolean, learnerSigned: boolean) => ({
  sessionId: 'S1',
  slot: { date, halfDay },
  trainer: trainerSigned ? { trainerId: 'T1', signature: sign } : { trainerId: 'T1' },
  learners: [
    learnerSigned ? { learnerId: 'L1', status: 'present' as const, signature: sign } : { learnerId: 'L1', status: 'present' as const },
    { learnerId: 'L2', status: 'excused' as const },
  ],
});
const session = {
  id: 'S1', trainingId: 'TR', startDate: '2026-03-02', endDate: '2026-03-02', modality: 'presentiel' as const,
  place: { name: 'Salle 1' }, trainerIds: ['T1'],
  slots: [
    { date: '2026-03-02', halfDay: 'morning' as const, start: '09:00', end: '12:30' },
    { date: '2026-03-02', halfDay: 'afternoon' as const, start: '13:30', end: '17:00' },
  ],
};

describe('evidenceFromCore', () => {
  it('turns core attendance records into an émargement that the half-day rule checks', () => {
    const rule = (pmTrainer: boolean, pmLearner: boolean) => {
      const ev = evidenceFromCore({ sessions: [session], attendance: [slot('2026-03-02', 'morning', true, true), slot('2026-03-02', 'afternoon', pmTrainer, pmLearner)] });
      expect(ev.sessions?.[0]?.halfDays).toBe(2);
      return assessReadiness({ categories: ['action-de-formation'] }, ev, { auditDate: '2026-06-15' }).rules.find((r) => r.id === 'emargement-every-half-day')?.status;
    };
    expect(rule(true, true)).toBe('pass');
    expect(rule(false, true)).toBe('fail');
    expect(rule(true, false)).toBe('fail');
  });

  it('validates with the core schemas', () => {
    expect(() => evidenceFromCore({ attendance: [{ sessionId: 'S1', slot: { date: '2026-02-30', halfDay: 'noon' } } as never] })).toThrowError(OfkitError);
  });
});
