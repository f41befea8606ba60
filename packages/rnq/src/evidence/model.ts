import type { CivilDate } from '@ofkit/core';
import { CivilDateSchema } from '@ofkit/core/internal/base';
import { bilingual } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { EVIDENCE_KINDS, type EvidenceKind } from './catalogue.js';
import { checkMetadata } from './metadata.js';

/** One half-day of an émargement: signed by the learner(s) and by the trainer? */
export interface EmargementHalfDay {
  /** Day of the half-day, an ISO date `YYYY-MM-DD`; it counts only between the session's `startDate` and `endDate`. */
  readonly date: CivilDate;
  /** `morning` or `afternoon`. */
  readonly period: 'morning' | 'afternoon';
  /** The learner (or, on a collective sheet, the learners) signed this half-day. */
  readonly learnerSigned: boolean;
  /** The trainer signed this half-day; a half-day counts only when both signatures are there. */
  readonly trainerSigned: boolean;
}

/**
 * One piece of evidence: a kind, a date (of the document or record), optional links to a session,
 * a learner and explicit indicators, and free metadata read by the evidence rules:
 * - `emargement`: `halfDays: EmargementHalfDay[]` (per learner when `learnerId` is set, else collective);
 * - `programme` / `public-information`: `fields: string[]` (see `PUBLIC_INFORMATION_FIELDS`);
 * - `result-publication`: `calculationMethod?: string`, `existingScheme?: string` (e.g. `'InserJeunes'`),
 *   `l6111_8?: true` (a CFA's own computation of the L. 6111-8 indicators), `passRate?`, `presentationRate?`;
 * - `complaint-log`: `complaints: Array<{ id?, receivedOn, answeredOn? }>`;
 * - `subcontracting-contract`: `cpf?: boolean`, `signedOn?`, `written?: boolean`,
 *   `subcontractorCertified?: boolean`, `microEntrepreneur?: boolean`, `subcontractorRevenue?: string`,
 *   `rnqComplianceClause?: boolean`;
 * - `trainer-cv`: `trainerId: string`.
 */
export interface EvidenceItem {
  /** Optional identifier (non-empty); failures name the item by it, or by its `date` when absent. */
  readonly id?: string;
  /** What the item is, one of `EVIDENCE_KINDS`; the kind decides the indicators it evidences (`EVIDENCE_CATALOGUE`) and the `metadata` it may carry. */
  readonly kind: EvidenceKind;
  /** Date of the document or record, an ISO date `YYYY-MM-DD`; items dated after the audit date are ignored, and recency rules compare it to the audit date. */
  readonly date: CivilDate;
  /** The `id` of the {@link EvidenceSession} it belongs to, for the per-session rules. */
  readonly sessionId?: string;
  /** The learner it concerns; an `emargement` with a `learnerId` is that learner's own sheet (else collective). */
  readonly learnerId?: string;
  /** Indicators this item is explicitly linked to (in addition to those of its kind). */
  readonly indicators?: readonly number[];
  /** Facts the evidence rules read, by kind (see the list above); checked against the schema of its kind in `EVIDENCE_METADATA_SCHEMAS`. */
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/** A session (one run of an action) as far as evidence is concerned. */
export interface EvidenceSession {
  /** Identifier of the session (non-empty), referenced by the items' `sessionId`. */
  readonly id: string;
  /** First day of the session, an ISO date `YYYY-MM-DD`. */
  readonly startDate: CivilDate;
  /** Last day of the session, an ISO date `YYYY-MM-DD`, not before `startDate`. */
  readonly endDate: CivilDate;
  /** Planned number of half-days (for the émargement rule). */
  readonly halfDays?: number;
  /** Learner identifiers (for per-learner émargements). */
  readonly learners?: readonly string[];
  /** Trainer identifiers (for the trainer-CV rule). */
  readonly trainers?: readonly string[];
  /** `presentiel` (default), `distance` or `mixte`. */
  readonly modality?: 'presentiel' | 'distance' | 'mixte';
  /** Whether the session is finished; default: `endDate` before the audit date. */
  readonly finished?: boolean;
}

/** What `assessReadiness` reads: sessions (optional) and evidence items. */
export interface EvidenceSet {
  /** The sessions (runs of an action) the per-session rules check; default none. */
  readonly sessions?: readonly EvidenceSession[];
  /** Every piece of evidence the OF holds. */
  readonly items: readonly EvidenceItem[];
}

const Id = /* @__PURE__ */ (() => z.string().min(1))();

/** Zod schema of {@link EvidenceItem}; `metadata` is checked against the schema of its kind (`EVIDENCE_METADATA_SCHEMAS`). */
export const EvidenceItemSchema = /* @__PURE__ */ (() => z
  .object({
    id: Id.optional(),
    kind: z.enum(EVIDENCE_KINDS),
    date: CivilDateSchema,
    sessionId: Id.optional(),
    learnerId: Id.optional(),
    indicators: z.array(z.number().int().min(1).max(33)).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((it, ctx) => {
    if (it.metadata === undefined) return;
    checkMetadata(it.kind, it.metadata, ['metadata'], (i) => ctx.addIssue({ code: 'custom', path: [...i.path], message: bilingual(i.message, i.messageEn), params: { code: i.code } }));
  }))();

export const EvidenceSessionSchema = /* @__PURE__ */ (() => z
  .object({
    id: Id,
    startDate: CivilDateSchema,
    endDate: CivilDateSchema,
    halfDays: z.number().int().min(0).optional(),
    learners: z.array(Id).optional(),
    trainers: z.array(Id).optional(),
    modality: z.enum(['presentiel', 'distance', 'mixte']).optional(),
    finished: z.boolean().optional(),
  })
  .refine((s) => s.endDate >= s.startDate, {
    message: bilingual('La date de fin précède la date de début.', 'End date is before start date.'),
    path: ['endDate'],
    params: { code: 'end_before_start' },
  }))();

/** Zod schema of {@link EvidenceSet}. */
export const EvidenceSetSchema = /* @__PURE__ */ (() => z.object({
  sessions: z.array(EvidenceSessionSchema).optional(),
  items: z.array(EvidenceItemSchema),
}))();

export { PUBLIC_INFORMATION_FIELDS, PUBLIC_INFORMATION_LABELS } from './public-information.js';
