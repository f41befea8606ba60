/**
 * `documentInputsFromSession`: the input of every document kind that applies to a session, built
 * from core's records (organisation, training, session, enrolments, learners, trainers,
 * attendance), with what is missing per document instead of a guess.
 *
 * @module
 */
import * as z from 'zod';
import {
  AttendanceRecordSchema,
  EnrolmentSchema,
  LearnerSchema,
  OrganisationSchema,
  SessionSchema,
  TrainerSchema,
  TrainingSchema,
  CivilDateSchema,
  isOfkitError,
  parseInput,
  slotHours,
  type Enrolment,
  type Learner,
} from '@ofkit/core';
import { checkMentions, type DocumentInput } from './create.js';
import { BankAccountSchema, ClientSchema, NamedPersonSchema, TrainingBlockSchema } from './common.js';
import type { DocumentKind } from './kinds/index.js';

/** The records {@link documentInputsFromSession} starts from. */
export const SessionRecordsSchema = /* @__PURE__ */ (() => z.object({
  organisation: OrganisationSchema.describe('The training organisation (core Organisation).'),
  training: TrainingSchema.describe('The training (core Training).'),
  session: SessionSchema.describe('The session (core Session).'),
  learners: z.array(LearnerSchema).describe('The learners (core Learner), matched to enrolments by id.'),
  enrolments: z.array(EnrolmentSchema).describe('The enrolments of the session (core Enrolment).'),
  trainers: z.array(TrainerSchema).default([]).describe('The trainers (core Trainer).'),
  attendance: z.array(AttendanceRecordSchema).default([]).describe('Attendance per half-day (core AttendanceRecord).'),
  client: ClientSchema.optional().describe('The client company for the convention and the invoice (none: those documents report it missing).'),
  date: CivilDateSchema.describe('Date of the documents issued before the session (convention, convocations, programme).'),
  signatory: NamedPersonSchema.optional().describe("Who signs for the OF (default: the organisation's legal representative)."),
  documentFields: z
    .object({
      followUp: z.string().optional(),
      sanction: z.string().optional(),
      paymentTerms: z.string().optional(),
      invoiceNumber: z.string().optional(),
      bankAccount: BankAccountSchema.optional(),
    })
    .default({})
    .describe('Document fields core records do not hold (follow-up and sanction arrangements, payment terms, invoice number, bank details).'),
}))();

/** Input of {@link documentInputsFromSession}. */
export type SessionRecords = z.input<typeof SessionRecordsSchema>;

/** One document that applies to the session: its kind, a key (the learner for per-learner kinds), its input, and what is missing. */
export interface SessionDocument<K extends DocumentKind = DocumentKind> {
  readonly kind: K;
  /** `kind` or `kind:learnerId`. */
  readonly key: string;
  readonly input: DocumentInput<K>;
  /** Paths of the mandatory mentions or fields missing (empty: the document can be built). */
  readonly missing: readonly string[];
}

function missingOf(kind: DocumentKind, input: unknown): string[] {
  try {
    return checkMentions(kind, input as never).map((c) => c.path.join('.') || c.code);
  } catch (e) {
    if (isOfkitError(e)) return e.issues.map((i) => i.path.join('.'));
    throw e;
  }
}

/**
 * Builds the input of every kind that applies to a session from core's records: programme,
 * convention (with a `client`), convocation and attestation and certificat per learner, feuille
 * d'émargement, questionnaire (hot), facture (with a `client`), contrat de formation for a learner
 * who pays themself. Nothing is guessed: each document says which mentions are still missing
 * (`missing`, the paths `checkMentions` reports). Throws `OfkitError` `INVALID_INPUT` for
 * malformed records.
 *
 * @example
 * ```ts
 * import { documentInputsFromSession, createDocument } from '@ofkit/docs-gen';
 * const organisation = { name: 'Forma SAS', siret: '73282932000074', nda: '11755555575',
 *   address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris' }, vat: { regime: 'exempt-261-4-4a' as const } };
 * const training = { id: 'T', title: 'SST', category: 'action-de-formation' as const, objectives: ['Porter secours'], durationHours: 7 };
 * const session = { id: 'S', trainingId: 'T', startDate: '2026-11-16', endDate: '2026-11-16', modality: 'presentiel' as const,
 *   place: { name: 'Salle 1' }, slots: [{ date: '2026-11-16', halfDay: 'morning' as const, start: '09:00', end: '12:30' }] };
 * const docs = documentInputsFromSession({ organisation, training, session, date: '2026-11-02',
 *   learners: [{ id: 'L1', firstName: 'Ana', lastName: 'Silva' }],
 *   enrolments: [{ id: 'E1', learnerId: 'L1', sessionId: 'S', hoursPlanned: 3.5 }] });
 * docs.map((d) => d.key).includes('convocation:L1'); // true
 * docs.find((d) => d.kind === 'convention')?.missing.includes('client'); // true
 * ```
 */
export function documentInputsFromSession(records: SessionRecords): SessionDocument[] {
  const r = parseInput(SessionRecordsSchema, records);
  const org = r.organisation;
  const training = { ...TrainingBlockSchema.parse(r.training), ...(r.documentFields.followUp ? { followUp: r.documentFields.followUp } : {}), ...(r.documentFields.sanction ? { sanction: r.documentFields.sanction } : {}) };
  const session = r.session;
  const enrolled = r.enrolments.filter((e) => e.sessionId === session.id && e.status !== 'cancelled');
  const byId = new Map(r.learners.map((l) => [l.id, l]));
  const pairs = enrolled.map((e) => [e, byId.get(e.learnerId)] as const).filter((p): p is readonly [Enrolment, Learner] => p[1] !== undefined);
  const learners = pairs.map(([, l]) => l);
  const trainers = r.trainers.filter((t) => !session.trainerIds || session.trainerIds.includes(t.id));
  const signatory = r.signatory ?? (org.legalRepresentative ? { name: `${org.legalRepresentative.firstName} ${org.legalRepresentative.lastName}`, title: org.legalRepresentative.title } : undefined);
  const sessionBlock = { ...session };
  const out: SessionDocument[] = [];
  const add = <K extends DocumentKind>(kind: K, key: string, input: Record<string, unknown>, extraMissing: string[] = []) => {
    out.push({ kind, key, input: input as DocumentInput<K>, missing: [...new Set([...extraMissing, ...missingOf(kind, input)])] } as SessionDocument);
  };
  const place = org.address.city;

  add('programme', 'programme', { organisation: org, training, session: { modality: session.modality, place: session.place }, date: r.date });
  const companyPaid = enrolled.some((e) => e.funding.some((f) => f.funder !== 'individual' && f.funder !== 'cpf-cdc'));
  if (companyPaid || r.client) {
    add('convention', 'convention', {
      organisation: org,
      ...(r.client ? { client: r.client } : {}),
      training,
      session: sessionBlock,
      learners,
      price: training.price !== undefined ? { amountExclTax: String(training.price) } : {},
      ...(r.documentFields.paymentTerms ? { paymentTerms: r.documentFields.paymentTerms } : {}),
      date: r.date,
      signaturePlace: place,
    });
  }
  for (const [e, l] of pairs) {
    add('convocation', `convocation:${l.id}`, { organisation: org, learner: l, training, session: sessionBlock, date: r.date, signaturePlace: place });
    if (e.funding.length > 0 && e.funding.every((f) => f.funder === 'individual')) {
      add('contrat-formation', `contrat-formation:${l.id}`, { organisation: org, learner: l, training, session: sessionBlock, trainers, headcount: learners.length, date: r.date, signaturePlace: place });
    }
  }
  add('feuille-emargement', 'feuille-emargement', { organisation: org, training, session, learners, trainers, attendance: r.attendance });
  // Hours attended: the enrolment's, else the half-days the attendance records show the learner present.
  const attended = (e: Enrolment): number | undefined => {
    if (e.hoursAttended !== undefined) return e.hoursAttended;
    const recs = r.attendance.filter((a) => a.sessionId === session.id);
    if (recs.length === 0) return undefined;
    return recs.reduce((h, a) => {
      const present = a.learners.some((x) => x.learnerId === e.learnerId && x.status === 'present');
      const slot = session.slots.find((sl) => sl.date === a.slot.date && sl.halfDay === a.slot.halfDay);
      return present && slot ? h + slotHours(slot) : h;
    }, 0);
  };
  for (const [e, l] of pairs) {
    if (e.status === 'abandoned') continue;
    const hours = attended(e);
    add('attestation-fin-formation', `attestation-fin-formation:${l.id}`, {
      organisation: org, learner: l, training, session: sessionBlock,
      ...(hours !== undefined ? { hoursAttended: hours } : {}),
      ...(signatory ? { signatory } : {}), date: session.endDate, signaturePlace: place,
    }, ['assessmentResults']);
    add('certificat-realisation', `certificat-realisation:${l.id}`, {
      organisation: org, learner: l, training, session: sessionBlock,
      ...(hours !== undefined ? { hoursDone: hours } : {}),
      ...(signatory ? { signatory } : {}), date: session.endDate, signaturePlace: place,
    });
  }
  add('questionnaire-satisfaction', 'questionnaire-satisfaction', { organisation: org, variant: 'hot', training, session: sessionBlock, date: session.endDate });
  if (companyPaid || r.client) {
    add('facture', 'facture', {
      organisation: org,
      ...(r.client ? { client: r.client } : {}),
      ...(r.documentFields.invoiceNumber ? { number: r.documentFields.invoiceNumber } : {}),
      date: session.endDate,
      lines: training.price !== undefined ? [{ description: `${training.title} — ${learners.length} stagiaire(s)`, quantity: 1, unitPrice: String(training.price) }] : [],
      training, session: sessionBlock, learners,
      ...(r.documentFields.paymentTerms ? { paymentTerms: r.documentFields.paymentTerms } : {}),
      ...(r.documentFields.bankAccount ? { bankAccount: r.documentFields.bankAccount } : {}),
    });
  }
  return out;
}
