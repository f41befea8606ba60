import type { AttendanceRecordSchema, SessionSchema } from '@ofkit/core';
import { parseInput } from '@ofkit/core/internal/base';
import * as z from '@ofkit/core/internal/zod';
import type { EvidenceItem, EvidenceSession, EvidenceSet } from './model.js';
import { AttendanceRecordSchemaLazy, SessionSchemaLazy, lazy } from '@ofkit/core/internal';

/** Input of {@link evidenceFromCore}: the shared domain records of `@ofkit/core`. */
export interface CoreRecordsInput {
  /** Sessions as `@ofkit/core`'s `SessionSchema` accepts them; each becomes an {@link EvidenceSession} (one planned half-day per slot; a `situation-de-travail` session is treated as on-site). */
  readonly sessions?: ReadonlyArray<z.input<typeof SessionSchema>>;
  /** Attendance records as `@ofkit/core`'s `AttendanceRecordSchema` accepts them; they become one `emargement` item per session, dated its latest half-day. */
  readonly attendance?: ReadonlyArray<z.input<typeof AttendanceRecordSchema>>;
}

// Core's schemas through `@ofkit/core/internal`, built on first use: importing rnq does not build core's public schemas.
const Input = /* @__PURE__ */ lazy(() => z.object({ sessions: z.array(SessionSchemaLazy()).optional(), attendance: z.array(AttendanceRecordSchemaLazy()).optional() }));

/**
 * Builds the sessions and émargement evidence that `assessReadiness` reads from the shared domain
 * records of `@ofkit/core` (`SessionSchema`, `AttendanceRecordSchema`): one émargement item per
 * session, one entry per half-day slot, signed by the learners when every learner marked present
 * has a signature (absent or excused learners do not sign), and by the trainer when the trainer's
 * signature is recorded.
 *
 * @example
 * ```ts
 * import { evidenceFromCore } from '@ofkit/rnq';
 * const ev = evidenceFromCore({
 *   attendance: [{ sessionId: 'S1', slot: { date: '2026-03-02', halfDay: 'morning' },
 *     trainer: { trainerId: 'T1', signature: { method: 'handwritten' } },
 *     learners: [{ learnerId: 'L1', status: 'present', signature: { method: 'handwritten' } }, { learnerId: 'L2', status: 'absent' }] }],
 * });
 * ev.items[0]?.kind; // 'emargement'
 * ```
 */
export function evidenceFromCore(input: CoreRecordsInput): EvidenceSet {
  const i = parseInput(Input(), input);
  const sessions: EvidenceSession[] = (i.sessions ?? []).map((s) => ({
    id: s.id,
    startDate: s.startDate,
    endDate: s.endDate,
    halfDays: s.slots.length,
    ...(s.trainerIds !== undefined ? { trainers: s.trainerIds } : {}),
    // A work-situation session (AFEST) is signed like an on-site one.
    modality: s.modality === 'situation-de-travail' ? 'presentiel' : s.modality,
  }));
  const bySession = new Map<string, Array<{ date: string; period: 'morning' | 'afternoon'; learnerSigned: boolean; trainerSigned: boolean }>>();
  for (const r of i.attendance ?? []) {
    const present = r.learners.filter((l) => l.status === 'present');
    const entry = {
      date: r.slot.date,
      period: r.slot.halfDay,
      learnerSigned: present.length > 0 && present.every((l) => l.signature !== undefined),
      trainerSigned: r.trainer.signature !== undefined,
    };
    const list = bySession.get(r.sessionId);
    if (list) list.push(entry);
    else bySession.set(r.sessionId, [entry]);
  }
  const items: EvidenceItem[] = [];
  for (const [sessionId, halfDays] of bySession) {
    const date = halfDays.reduce((m, h) => (h.date > m ? h.date : m), halfDays[0]!.date);
    items.push({ id: `${sessionId}:emargement`, kind: 'emargement', date, sessionId, metadata: { halfDays, source: 'evidenceFromCore' } });
  }
  return { sessions, items };
}
