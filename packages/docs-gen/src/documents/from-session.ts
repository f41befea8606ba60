/**
 * `documentInputsFromSession`: the input of every document kind that applies to a session, built
 * from core's records (organisation, training, session, enrolments, learners, trainers,
 * attendance), with what is missing per document instead of a guess.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
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
import { BankAccountSchema, ClausesSchema, ClientSchema, NamedPersonSchema, PriceSchema, TrainingBlockSchema } from './common.js';
import { ContratSchema } from './kinds/contrat.js';
import { FactureSchema } from './kinds/facture.js';
import { AttestationSchema } from './kinds/end-of-training.js';
import type { DocumentKind } from './kinds/index.js';

/**
 * What the documents of a session need and core's records never hold: prices and terms agreed with
 * the client or the learner, the programme's and the convocation's practical details, the invoice's
 * details, the assessment results of each learner. Every field is optional: a document whose
 * mandatory mention is not given lists it in `missing`.
 *
 * @example
 * ```ts
 * import { DocumentFieldsSchema } from '@ofkit/docs-gen';
 * DocumentFieldsSchema.safeParse({ invoiceNumber: 'F-2026-0042', rulesAttached: true }).success; // true
 * DocumentFieldsSchema.safeParse({ invoice: { dueDate: '2027-02-30' } }).success; // false (no such day)
 * ```
 */
export const DocumentFieldsSchema = /* @__PURE__ */ (() => z.object({
  /** How attendance and progress are followed (programme, convention, contrat), when the training record does not say it. */
  followUp: z.string().max(100_000).optional().describe("How attendance and progress are followed (programme, convention, contrat), when the training record does not say it."),
  /** What the learner receives at the end (attestation, certificate…), when the training record does not say it. */
  sanction: z.string().max(100_000).optional().describe('What the learner receives at the end (attestation, certificate…), when the training record does not say it.'),
  /** Payment terms printed on the convention, the contrat (unless `contract.paymentTerms`) and the invoice. */
  paymentTerms: z.string().max(100_000).optional().describe('Payment terms printed on the convention, the contrat (unless `contract.paymentTerms`) and the invoice.'),
  /** Number of the invoice: unique, in a continuous chronological sequence. */
  invoiceNumber: z.string().max(100).optional().describe('Number of the invoice: unique, in a continuous chronological sequence.'),
  /** Bank details printed on the invoice. */
  bankAccount: BankAccountSchema.optional().describe('Bank details printed on the invoice.'),
  /** Programme: modalités d'accès (positioning, admission). */
  accessArrangements: z.string().max(100_000).optional().describe("Programme: modalités d'accès (positioning, admission)."),
  /** Programme: délai d'accès, the lead time between the request and the start. */
  accessLeadTime: z.string().max(100_000).optional().describe("Programme: délai d'accès, the lead time between the request and the start."),
  /** Programme: prices as printed, e.g. « 1 200 € net de taxe par stagiaire ». */
  prices: z.string().max(100_000).optional().describe('Programme: prices as printed, e.g. « 1 200 € net de taxe par stagiaire ».'),
  /** Programme: result indicators (Qualiopi indicator 2), e.g. satisfaction and completion rates. */
  resultIndicators: z.string().max(100_000).optional().describe('Programme: result indicators (Qualiopi indicator 2), e.g. satisfaction and completion rates.'),
  /** Contacts of the OF printed on the programme and the convocations. */
  contacts: z.array(NamedPersonSchema).optional().describe('Contacts of the OF printed on the programme and the convocations.'),
  /** Référent handicap printed on the programme and the convocations (Qualiopi indicator 26). */
  disabilityContact: NamedPersonSchema.optional().describe('Référent handicap printed on the programme and the convocations (Qualiopi indicator 26).'),
  /** Convocation: equipment to bring, practical information. */
  equipment: z.string().max(100_000).optional().describe('Convocation: equipment to bring, practical information.'),
  /** Convocation: the règlement intérieur is attached (or was given). */
  rulesAttached: z.boolean().optional().describe('Convocation: the règlement intérieur is attached (or was given).'),
  /** Convocation: the programme is attached. */
  programmeAttached: z.boolean().optional().describe('Convocation: the programme is attached.'),
  /** Convention de formation: what is agreed with the client. */
  convention: z.object({
    /** Number of the convention. */
    number: z.string().max(100).optional().describe('Number of the convention.'),
    /** Price agreed with the client (default: the training record's price). */
    price: PriceSchema.optional().describe("Price agreed with the client (default: the training record's price)."),
    /** Non-performance, cancellation and dédit clauses. */
    cancellationTerms: z.string().max(100_000).optional().describe('Non-performance, cancellation and dédit clauses.'),
    clauses: ClausesSchema,
  }).optional().describe('Convention de formation: what is agreed with the client.'),
  /** Contrat de formation of a learner who pays themself. */
  contract: z.object({
    /** Price the learner pays (default: the training record's price). */
    price: PriceSchema.optional().describe("Price the learner pays (default: the training record's price)."),
    /** Payment terms of the contrat (default: `paymentTerms`). */
    paymentTerms: z.string().max(100_000).optional().describe('Payment terms of the contrat (default: `paymentTerms`).'),
    /** Financial conditions if the learner stops early (L. 6353-7). */
    earlyTerminationTerms: z.string().max(100_000).optional().describe('Financial conditions if the learner stops early (L. 6353-7).'),
    paymentSchedule: ContratSchema.shape.paymentSchedule,
    clauses: ClausesSchema,
  }).optional().describe('Contrat de formation of a learner who pays themself.'),
  /** Invoice details beyond its number, payment terms and bank details. */
  invoice: z.object({
    /** Number of the previous invoice, to check the sequence. */
    previousNumber: z.string().max(100).optional().describe('Number of the previous invoice, to check the sequence.'),
    /** Date of the invoice (default: the session's last day). */
    date: CivilDateSchema.optional().describe("Date of the invoice (default: the session's last day)."),
    /** Due date of the payment. */
    dueDate: CivilDateSchema.optional().describe('Due date of the payment.'),
    /** Lines invoiced (default: one line at the training record's price). */
    lines: FactureSchema.shape.lines.optional().describe("Lines invoiced (default: one line at the training record's price)."),
    /** Registration details required of a company: RCS with its city, share capital. */
    seller: FactureSchema.shape.seller.optional().describe('Registration details required of a company: RCS with its city, share capital.'),
    /** The funder’s file reference (OPCO agreement number…). */
    funderReference: z.string().max(200).optional().describe('The funder’s file reference (OPCO agreement number…).'),
    /** Late-payment penalty rate (B2B), e.g. « trois fois le taux d’intérêt légal ». */
    latePenaltyRate: z.string().max(100_000).optional().describe('Late-payment penalty rate (B2B), e.g. « trois fois le taux d’intérêt légal ».'),
    /** Early-payment discount conditions (B2B). */
    earlyPaymentDiscount: z.string().max(100_000).optional().describe('Early-payment discount conditions (B2B).'),
  }).optional().describe('Invoice details beyond its number, payment terms and bank details.'),
  /** Attestation de fin de formation: each learner's assessment results, by learner id. */
  assessmentResults: z.record(z.string(), AttestationSchema.shape.assessmentResults.unwrap()).optional().describe("Attestation de fin de formation: each learner's assessment results, by learner id."),
}))();

/**
 * Input of `documentFields` in {@link documentInputsFromSession}.
 *
 * @interface
 */
export type DocumentFields = z.input<typeof DocumentFieldsSchema>;

/** The records {@link documentInputsFromSession} starts from. */
export const SessionRecordsSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation).'),
  /** The training (core Training). */
  training: TrainingSchema.describe('The training (core Training).'),
  /** The session (core Session). */
  session: SessionSchema.describe('The session (core Session).'),
  /** The learners (core Learner), matched to enrolments by id. */
  learners: z.array(LearnerSchema).describe('The learners (core Learner), matched to enrolments by id.'),
  /** The enrolments of the session (core Enrolment). */
  enrolments: z.array(EnrolmentSchema).describe('The enrolments of the session (core Enrolment).'),
  /** The trainers (core Trainer). */
  trainers: z.array(TrainerSchema).default([]).describe('The trainers (core Trainer).'),
  /** Attendance per half-day (core AttendanceRecord). */
  attendance: z.array(AttendanceRecordSchema).default([]).describe('Attendance per half-day (core AttendanceRecord).'),
  /** The client company for the convention and the invoice (none: those documents report it missing). */
  client: ClientSchema.optional().describe('The client company for the convention and the invoice (none: those documents report it missing).'),
  /** Date of the documents issued before the session (convention, convocations, programme). */
  date: CivilDateSchema.describe('Date of the documents issued before the session (convention, convocations, programme).'),
  /** Who signs for the OF (default: the organisation's legal representative). */
  signatory: NamedPersonSchema.optional().describe("Who signs for the OF (default: the organisation's legal representative)."),
  /** Document fields core records do not hold: follow-up and sanction arrangements, programme and convocation details, prices, payment terms and schedule, invoice details, bank details, assessment results. */
  documentFields: DocumentFieldsSchema.default({}).describe(
    'Document fields core records do not hold: follow-up and sanction arrangements, programme and convocation details, prices, payment terms and schedule, invoice details, bank details, assessment results.',
  ),
}))();

/**
 * Input of {@link documentInputsFromSession}.
 *
 * @interface
 */
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
  const f = r.documentFields;
  /** The fields of `f` named in `keys` that are given. */
  const pick = <T extends object>(o: T | undefined, keys: readonly (keyof T)[]): Record<string, unknown> =>
    Object.fromEntries(keys.filter((k) => o?.[k] !== undefined).map((k) => [k, o![k]]));
  const trainingPrice = training.price !== undefined ? { amountExclTax: String(training.price) } : {};

  add('programme', 'programme', {
    organisation: org, training, session: { modality: session.modality, place: session.place },
    ...pick(f, ['accessArrangements', 'accessLeadTime', 'prices', 'contacts', 'disabilityContact', 'resultIndicators']),
    date: r.date,
  });
  const paidByOthers = (e: Enrolment) => e.funding.some((x) => x.funder !== 'individual' && x.funder !== 'cpf-cdc');
  const companyPaid = enrolled.some(paidByOthers);
  // The convention and the invoice name the learners the client pays for (all of them when no enrolment says who pays).
  const clientLearners = pairs.some(([e]) => paidByOthers(e)) ? pairs.filter(([e]) => paidByOthers(e) || e.funding.length === 0).map(([, l]) => l) : learners;
  if (companyPaid || r.client) {
    add('convention', 'convention', {
      organisation: org,
      ...(r.client ? { client: r.client } : {}),
      training,
      session: sessionBlock,
      learners: clientLearners,
      price: f.convention?.price ?? trainingPrice,
      ...pick(f, ['paymentTerms']),
      ...pick(f.convention, ['number', 'cancellationTerms', 'clauses']),
      date: r.date,
      signaturePlace: place,
    });
  }
  for (const [e, l] of pairs) {
    add('convocation', `convocation:${l.id}`, {
      organisation: org, learner: l, training, session: sessionBlock,
      ...pick(f, ['contacts', 'disabilityContact', 'equipment', 'rulesAttached', 'programmeAttached']),
      date: r.date, signaturePlace: place,
    });
    if (e.funding.length > 0 && e.funding.every((x) => x.funder === 'individual')) {
      add('contrat-formation', `contrat-formation:${l.id}`, {
        organisation: org, learner: l, training, session: sessionBlock, trainers, headcount: learners.length,
        price: f.contract?.price ?? trainingPrice,
        ...pick(f, ['paymentTerms']),
        ...pick(f.contract, ['paymentTerms', 'earlyTerminationTerms', 'paymentSchedule', 'clauses']),
        date: r.date, signaturePlace: place,
      });
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
    const results = f.assessmentResults?.[l.id];
    add('attestation-fin-formation', `attestation-fin-formation:${l.id}`, {
      organisation: org, learner: l, training, session: sessionBlock,
      ...(hours !== undefined ? { hoursAttended: hours } : {}),
      ...(results ? { assessmentResults: results } : {}),
      ...(signatory ? { signatory } : {}), date: session.endDate, signaturePlace: place,
    }, results ? [] : ['assessmentResults']);
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
      ...(f.invoiceNumber ? { number: f.invoiceNumber } : {}),
      ...pick(f.invoice, ['previousNumber', 'seller', 'dueDate', 'funderReference', 'latePenaltyRate', 'earlyPaymentDiscount']),
      date: f.invoice?.date ?? session.endDate,
      lines: f.invoice?.lines ?? (training.price !== undefined ? [{ description: `${training.title} — ${clientLearners.length} stagiaire(s)`, quantity: 1, unitPrice: String(training.price) }] : []),
      training, session: sessionBlock, learners: clientLearners,
      ...pick(f, ['paymentTerms', 'bankAccount']),
    });
  }
  return out;
}
