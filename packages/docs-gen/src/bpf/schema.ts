/**
 * Input of {@link computeBpf}: zod schemas (exported, also as JSON Schema) and a hand-written
 * validator for the enrolment rows, the hot path (a million rows must validate in well under a
 * second; it reports every issue with its path, like zod, and a test checks both agree).
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import {
  CivilDateSchema,
  MoneyInputSchema,
  NonNegativeMoneyInputSchema,
  isCivilDate,
  validateNda,
  validateNsfCode,
  validateSiret,
  type OfkitIssue,
} from '@ofkit/core';
import { bilingual, issue } from '@ofkit/core/internal';
import { shown, unreadable } from '../model/guard.js';
import type { StringIndex } from './string-index.js';
import { BPF_C_LINES, BPF_OBJECTIVES, BPF_TRAINEE_TYPES, type BpfCLine, type BpfObjective, type BpfTraineeType } from './layout.js';

const Id = /* @__PURE__ */ (() => z.string().min(1))();

const identifier = (check: (v: unknown) => { ok: true; value: string } | { ok: false }, fr: string, en: string, code: string) =>
  z
    .string()
    .refine((v) => check(v).ok, { message: bilingual(fr, en), params: { code } })
    .overwrite((v) => {
      const r = check(v);
      return r.ok ? r.value : v;
    });

const AMOUNT_RE = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * An amount HT of an invoice: a non-negative decimal string (`"1296.80"`) or number with at most two
 * decimals, below a thousand billion euros. Checked without building a decimal (invoices can be
 * numerous); summed as integer cents.
 */
export const BpfAmountSchema = /* @__PURE__ */ (() => z.union([
  z.string().regex(AMOUNT_RE, {
    message: bilingual('Montant HT invalide : positif, au plus deux décimales, ex. "1296.80".', 'Invalid amount: non-negative, at most two decimals, e.g. "1296.80".'),
  }),
  z.number().refine((n) => Number.isFinite(n) && AMOUNT_RE.test(String(n)), {
    message: bilingual('Montant HT invalide : positif, au plus deux décimales.', 'Invalid amount: non-negative, at most two decimals.'),
    params: { code: 'invalid_amount' },
  }),
]).describe('An amount in euros HT: a non-negative decimal string ("1296.80") or number, at most two decimals.'))();

/** @internal An amount accepted by {@link BpfAmountSchema} as integer cents. */
export function amountToCents(v: string | number): bigint {
  const s = typeof v === 'number' ? String(v) : v;
  const dot = s.indexOf('.');
  if (dot < 0) return BigInt(s) * 100n;
  return BigInt(s.slice(0, dot) + s.slice(dot + 1).padEnd(2, '0'));
}

/** Hours: a finite number ≥ 0 (rounded to the hundredth on entry). */
export const BpfHoursSchema = /* @__PURE__ */ (() => z.number().min(0).max(100000).refine(Number.isFinite, { message: bilingual('Nombre d’heures non fini.', 'Hours are not finite.') }).describe('Hours: a number from 0 to 100000, counted to the hundredth.'))();

/** One dated quantity of hours (attendance actually done, or a planned slot). */
export const BpfDatedHoursSchema = /* @__PURE__ */ (() => z.object({
  /** Date of the hours (YYYY-MM-DD): it decides the financial year they count in. */
  date: CivilDateSchema.describe('Date of the hours (YYYY-MM-DD): it decides the financial year they count in.'),
  /** Hours on that date, 0 to 100000 (counted to the hundredth). */
  hours: BpfHoursSchema.describe('Hours on that date, 0 to 100000 (counted to the hundredth).'),
}).describe('Hours on one date (attendance actually done, or a planned slot).'))();

/** Cadre A: identification of the organisation (all optional; what is missing is reported). */
export const BpfOrganisationSchema = /* @__PURE__ */ (() => z.object({
  /** Name (dénomination) of the organisation, cadre A. */
  name: z.string().min(1).optional().describe('Name (dénomination) of the organisation, cadre A.'),
  /** Numéro de déclaration d'activité (NDA), 11 digits, spaces removed; cadre A. */
  nda: identifier(validateNda, 'Numéro de déclaration d’activité invalide (11 chiffres).', 'Invalid activity declaration number (11 digits).', 'invalid_nda').optional().describe("Numéro de déclaration d'activité (NDA), 11 digits, spaces removed; cadre A."),
  /** SIRET of the organisation, 14 digits (checksum verified, spaces removed); cadre A. */
  siret: identifier(validateSiret, 'SIRET invalide.', 'Invalid SIRET.', 'invalid_siret').optional().describe('SIRET of the organisation, 14 digits (checksum verified, spaces removed); cadre A.'),
  /** Legal form as printed in cadre A, e.g. « SARL », « Association loi 1901 ». */
  legalForm: z.string().min(1).optional().describe('Legal form as printed in cadre A, e.g. « SARL », « Association loi 1901 ».'),
  /** NAF (APE) code: 4 digits and a capital letter, e.g. 8559A; cadre A. */
  naf: z.string().regex(/^\d{4}[A-Z]$/, { message: bilingual('Code NAF attendu (4 chiffres + 1 lettre, ex. 8559A).', 'NAF code expected (4 digits + 1 letter, e.g. 8559A).') }).optional().describe('NAF (APE) code: 4 digits and a capital letter, e.g. 8559A; cadre A.'),
  /** Postal address of the organisation, cadre A. */
  address: z.object({
    /** 1 to 4 address lines (number and street, complement). */
    lines: z.array(z.string().min(1)).min(1).max(4).describe('1 to 4 address lines (number and street, complement).'),
    /** Postal code as printed, e.g. 75011. */
    postalCode: z.string().min(1).describe('Postal code as printed, e.g. 75011.'),
    /** Town. */
    city: z.string().min(1).describe('Town.'),
  }).optional().describe('Postal address of the organisation, cadre A.'),
  /** Cadre A question: do you agree that this address be made public? */
  addressPublic: z.boolean().optional().describe('Cadre A question: do you agree that this address be made public?'),
  /** Contact phone number as printed, cadre A. */
  phone: z.string().min(1).optional().describe('Contact phone number as printed, cadre A.'),
  /** Contact e-mail address, cadre A (any non-empty text; its format is not checked). */
  email: z.string().min(1).optional().describe('Contact e-mail address, cadre A (any non-empty text; its format is not checked).'),
  /** Global turnover of the organisation (all activities) over the financial year, in euros HT, not negative: gives the cadre C share made in vocational training (%). */
  totalRevenueHT: NonNegativeMoneyInputSchema.optional().describe('Global turnover of the organisation (all activities) over the financial year, in euros HT, not negative: gives the cadre C share made in vocational training (%).'),
}).describe('Cadre A: identification of the organisation; every field is optional and each one missing is listed in missingData.A (turnover in missingData.C).'))();

/** A training (programme): its general objective (F-3) and NSF speciality (F-4). */
export const BpfTrainingSchema = /* @__PURE__ */ (() => z.object({
  /** Identifier of the training, unique; sessions refer to it by trainingId. */
  id: Id.describe('Identifier of the training, unique; sessions refer to it by trainingId.'),
  /** Title of the training, for your records (computeBpf does not print it). */
  title: z.string().min(1).describe('Title of the training, for your records (computeBpf does not print it).'),
  /** General objective, the F-3 line: rncp (a), rs (b), cqp-hors-repertoire (c), autre (d), bilan-de-competences (e), vae (f); absent: hours go to an unclassified line and missingData.F-3. */
  objective: z.enum(BPF_OBJECTIVES as [BpfObjective, ...BpfObjective[]]).optional().describe('General objective, the F-3 line: rncp (a), rs (b), cqp-hors-repertoire (c), autre (d), bilan-de-competences (e), vae (f); absent: hours go to an unclassified line and missingData.F-3.'),
  /** Level of the RNCP certification for the F-3 sub-lines: 6 to 8 (a.1), 5 (a.2), 4 (a.3), 3 (a.4), 2 (a.5), cqp-sans-niveau (a.6); read only when objective is rncp, where it is expected. */
  rncpLevel: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal('cqp-sans-niveau')]).optional().describe('Level of the RNCP certification for the F-3 sub-lines: 6 to 8 (a.1), 5 (a.2), 4 (a.3), 3 (a.4), 2 (a.5), cqp-sans-niveau (a.6); read only when objective is rncp, where it is expected.'),
  /** NSF speciality code for F-4: 3 digits (domain 1 to 4), optionally a letter (326t); only the 3-digit group counts. */
  nsfCode: identifier(validateNsfCode, 'Code NSF invalide (3 chiffres).', 'Invalid NSF code (3 digits).', 'invalid_nsf').optional().describe('NSF speciality code for F-4: 3 digits (domain 1 to 4), optionally a letter (326t); only the 3-digit group counts.'),
  /** Plain-text name of the NSF group printed on F-4 beside the code, e.g. « Informatique » (the first training that gives one for a group wins). */
  nsfLabel: z.string().min(1).optional().describe('Plain-text name of the NSF group printed on F-4 beside the code, e.g. « Informatique » (the first training that gives one for a group wins).'),
}).describe('A training (programme): its general objective (F-3) and NSF speciality (F-4).'))();

/** Subcontracting of a session: `out` = entrusted by you to another OF (F-2); `in` = entrusted to you (G, C line 10). */
export const BpfSubcontractingSchema = /* @__PURE__ */ (() => z.enum(['none', 'out', 'in']).describe('Subcontracting of the session: none; out, entrusted by you to another OF (counted in F and F-2); in, entrusted to you by another OF (cadre G; its income belongs on C line 10).'))();

/** A session of a training. */
export const BpfSessionSchema = /* @__PURE__ */ (() => z
  .object({
    /** Identifier of the session, unique; enrolments and trainer hours refer to it by sessionId. */
    id: Id.describe('Identifier of the session, unique; enrolments and trainer hours refer to it by sessionId.'),
    /** Id of its training (trainings[].id), which gives the F-3 objective and F-4 speciality of its hours. */
    trainingId: Id.describe('Id of its training (trainings[].id), which gives the F-3 objective and F-4 speciality of its hours.'),
    /** First day (YYYY-MM-DD); with end, it places hours given as a total in or outside the financial year. */
    start: CivilDateSchema.describe('First day (YYYY-MM-DD); with end, it places hours given as a total in or outside the financial year.'),
    /** Last day (YYYY-MM-DD), not before start. */
    end: CivilDateSchema.describe('Last day (YYYY-MM-DD), not before start.'),
    /** none (default); out, entrusted by you to another OF (F-2); in, entrusted to you by another OF (cadre G, not counted in F by default). */
    subcontracting: BpfSubcontractingSchema.optional().describe('none (default); out, entrusted by you to another OF (F-2); in, entrusted to you by another OF (cadre G, not counted in F by default).'),
    /** Planned slots; used to split the hours of an enrolment given only as a total when the session spans two financial years. */
    slots: z.array(BpfDatedHoursSchema).optional().describe('Planned slots; used to split the hours of an enrolment given only as a total when the session spans two financial years.'),
  })
  .refine((s) => !(isCivilDate(s.start) && isCivilDate(s.end)) || s.start <= s.end, {
    message: bilingual('La fin de session précède son début.', 'Session end is before its start.'),
    path: ['end'],
    params: { code: 'end_before_start' },
  })
  .describe('A session of a training.'))();

/** Status of an enrolment: a cancellation before start counts nothing; an abandonment counts the hours done. */
export const BpfEnrolmentStatusSchema = /* @__PURE__ */ (() => z.enum(['completed', 'in-progress', 'abandoned', 'cancelled']).describe('Status of the enrolment: cancelled counts nothing; completed, in-progress and abandoned count the hours followed.'))();

/** One enrolment row: a learner in a session. Give `attendance` (hours by date) or `hours` (total followed). */
export const BpfEnrolmentSchema = /* @__PURE__ */ (() => z
  .object({
    /** Identifier of the enrolment, unique; listed in the sources of the cadre F and G lines. */
    id: Id.describe('Identifier of the enrolment, unique; listed in the sources of the cadre F and G lines.'),
    /** Identifier of the person: a person with several enrolments counts once per financial year, on the line of the enrolment with the most hours. */
    learnerId: Id.describe('Identifier of the person: a person with several enrolments counts once per financial year, on the line of the enrolment with the most hours.'),
    /** Id of the session (sessions[].id). */
    sessionId: Id.describe('Id of the session (sessions[].id).'),
    /** Type of trainee, the F-1 line: salarie-prive (a), apprenti (b), demandeur-emploi (c), particulier (d), autre (e); absent: unclassified and listed in missingData.F-1. */
    traineeType: z.enum(BPF_TRAINEE_TYPES as [BpfTraineeType, ...BpfTraineeType[]]).optional().describe('Type of trainee, the F-1 line: salarie-prive (a), apprenti (b), demandeur-emploi (c), particulier (d), autre (e); absent: unclassified and listed in missingData.F-1.'),
    /** Status: cancelled counts nothing; completed, in-progress and abandoned (or none) count the hours followed. */
    status: BpfEnrolmentStatusSchema.optional().describe('Status: cancelled counts nothing; completed, in-progress and abandoned (or none) count the hours followed.'),
    /** Total hours followed (0 to 100000), used when attendance is not given; split by the session's slots when the session spans two financial years. */
    hours: BpfHoursSchema.optional().describe("Total hours followed (0 to 100000), used when attendance is not given; split by the session's slots when the session spans two financial years."),
    /** Hours followed by date; when given, it wins over hours and only the dates inside the financial year count. */
    attendance: z.array(BpfDatedHoursSchema).optional().describe('Hours followed by date; when given, it wins over hours and only the dates inside the financial year count.'),
  })
  .refine((e) => e.hours !== undefined || e.attendance !== undefined, {
    message: bilingual('Donnez « hours » (heures suivies) ou « attendance » (heures par date).', 'Give "hours" (hours followed) or "attendance" (hours by date).'),
    path: ['hours'],
    params: { code: 'hours_or_attendance_required' },
  })
  .describe('One enrolment row: a learner in a session, with attendance (hours by date) or hours (total followed).'))();

/** A trainer (cadre E). */
export const BpfTrainerSchema = /* @__PURE__ */ (() => z.object({
  /** Identifier of the trainer, unique; trainer hours refer to it by trainerId, and cadre E counts distinct ids. */
  id: Id.describe('Identifier of the trainer, unique; trainer hours refer to it by trainerId, and cadre E counts distinct ids.'),
  /** Name of the trainer, for your records (computeBpf lists trainers by id). */
  name: z.string().min(1).optional().describe('Name of the trainer, for your records (computeBpf lists trainers by id).'),
  /** internal, your own staff (E-1); external, a subcontracted person (E-2); absent: unclassified and listed in missingData.E. */
  kind: z.enum(['internal', 'external']).optional().describe('internal, your own staff (E-1); external, a subcontracted person (E-2); absent: unclassified and listed in missingData.E.'),
}).describe('A trainer (cadre E).'))();

/** Hours delivered by a trainer: dated, or tied to a session (then attributed by the session's dates). */
export const BpfTrainerHoursSchema = /* @__PURE__ */ (() => z
  .object({
    /** Identifier of the entry, unique, listed in the sources of cadre E (default: trainerHours[index]). */
    id: Id.optional().describe('Identifier of the entry, unique, listed in the sources of cadre E (default: trainerHours[index]).'),
    /** Id of the trainer (trainers[].id). */
    trainerId: Id.describe('Id of the trainer (trainers[].id).'),
    /** Id of the session taught (sessions[].id); without a date, the hours count if the session lies in the financial year (split by its slots when it spans two). */
    sessionId: Id.optional().describe('Id of the session taught (sessions[].id); without a date, the hours count if the session lies in the financial year (split by its slots when it spans two).'),
    /** Date the hours were delivered (YYYY-MM-DD); when given, it alone decides the financial year. */
    date: CivilDateSchema.optional().describe('Date the hours were delivered (YYYY-MM-DD); when given, it alone decides the financial year.'),
    /** Hours of training delivered (0 to 100000, counted to the hundredth), cadre E. */
    hours: BpfHoursSchema.describe('Hours of training delivered (0 to 100000, counted to the hundredth), cadre E.'),
  })
  .refine((r) => r.date !== undefined || r.sessionId !== undefined, {
    message: bilingual('Donnez « date » ou « sessionId ».', 'Give "date" or "sessionId".'),
    path: ['date'],
    params: { code: 'date_or_session_required' },
  })
  .describe('Hours delivered by a trainer: dated, or tied to a session (then placed by the dates of the session).'))();

const CLineSchema = /* @__PURE__ */ (() => z.enum(BPF_C_LINES as [BpfCLine, ...BpfCLine[]]).describe('A line of cadre C: 1, 2a to 2h, or 3 to 11.'))();

/** Who pays the organisation; `cLine` is the line of cadre C its invoices go to. */
export const BpfPayerSchema = /* @__PURE__ */ (() => z.object({
  /** Identifier of the payer, unique; invoices refer to it by payerId. */
  id: Id.describe('Identifier of the payer, unique; invoices refer to it by payerId.'),
  /** Name of the payer (company, OPCO, person…), for your records (computeBpf does not print it). */
  name: z.string().min(1).describe('Name of the payer (company, OPCO, person…), for your records (computeBpf does not print it).'),
  /** Line of cadre C its invoices go to (1, 2a to 2h, 3 to 11); absent: its invoices are an UNMAPPED_PAYER anomaly, never line 11. */
  cLine: CLineSchema.optional().describe('Line of cadre C its invoices go to (1, 2a to 2h, 3 to 11); absent: its invoices are an UNMAPPED_PAYER anomaly, never line 11.'),
}).describe('Who pays the organisation; cLine is the line of cadre C its invoices go to.'))();

/** An invoice or credit note issued by the organisation. Amounts HT, positive (a credit note is deducted). */
export const BpfInvoiceSchema = /* @__PURE__ */ (() => z.object({
  /** Identifier of the invoice, unique; listed in the sources of its cadre C line. */
  id: Id.describe('Identifier of the invoice, unique; listed in the sources of its cadre C line.'),
  /** Invoice number as issued, for your records (computeBpf does not read it). */
  number: z.string().min(1).optional().describe('Invoice number as issued, for your records (computeBpf does not read it).'),
  /** invoice (default) or credit-note (deducted from its line in the financial year it is issued). */
  kind: z.enum(['invoice', 'credit-note']).optional().describe('invoice (default) or credit-note (deducted from its line in the financial year it is issued).'),
  /** issued (default) or cancelled (ignored). */
  status: z.enum(['issued', 'cancelled']).optional().describe('issued (default) or cancelled (ignored).'),
  /** Issue date (YYYY-MM-DD): only invoices issued within the financial year count. */
  issueDate: CivilDateSchema.describe('Issue date (YYYY-MM-DD): only invoices issued within the financial year count.'),
  /** Amount in euros HT, positive even for a credit note: a decimal string ("1296.80") or a number, at most two decimals. */
  amountHT: BpfAmountSchema.describe('Amount in euros HT, positive even for a credit note: a decimal string ("1296.80") or a number, at most two decimals.'),
  /** Id of the payer billed (payers[].id), whose cLine places the invoice in cadre C. */
  payerId: Id.describe('Id of the payer billed (payers[].id), whose cLine places the invoice in cadre C.'),
  /** Overrides the payer's line (e.g. an OPCO paying for an apprenticeship and for a professionalisation contract). */
  cLine: CLineSchema.optional().describe("Overrides the payer's line (e.g. an OPCO paying for an apprenticeship and for a professionalisation contract)."),
  /** For a credit note only: the id of the invoice it credits (its line is used if the credit note has none). */
  creditedInvoiceId: Id.optional().describe('For a credit note only: the id of the invoice it credits (its line is used if the credit note has none).'),
}).describe('An invoice or credit note issued by the organisation; amounts HT and positive (a credit note is deducted).'))();

/** Cadre D: charges (from accounting). */
export const BpfChargesSchema = /* @__PURE__ */ (() => z.object({
  /** Total charges of the organisation related to its training activity, in euros HT (cadre D). */
  total: MoneyInputSchema.describe('Total charges of the organisation related to its training activity, in euros HT (cadre D).'),
  /** Of which trainers' salaries, in euros HT, not negative (cadre D). */
  trainerSalaries: NonNegativeMoneyInputSchema.describe("Of which trainers' salaries, in euros HT, not negative (cadre D)."),
  /** Of which purchases of training services and training fees (subcontracting included), in euros HT, not negative (cadre D). */
  purchasedTraining: NonNegativeMoneyInputSchema.describe('Of which purchases of training services and training fees (subcontracting included), in euros HT, not negative (cadre D).'),
}).describe('Cadre D: charges of the organisation, from its accounts.'))();

/** Cadre H: the manager. */
export const BpfManagerSchema = /* @__PURE__ */ (() => z.object({
  /** Last name of the manager (cadre H). */
  lastName: z.string().min(1).describe('Last name of the manager (cadre H).'),
  /** First name of the manager (cadre H). */
  firstName: z.string().min(1).describe('First name of the manager (cadre H).'),
  /** Capacity (qualité) of the manager, e.g. « Gérante » (cadre H). */
  title: z.string().min(1).describe('Capacity (qualité) of the manager, e.g. « Gérante » (cadre H).'),
}).describe('Cadre H: the manager of the organisation.'))();

const FinancialYearSchema = /* @__PURE__ */ (() => z
  .object({
    /** First day of the financial year (YYYY-MM-DD); it need not be 1 January. */
    start: CivilDateSchema.describe('First day of the financial year (YYYY-MM-DD); it need not be 1 January.'),
    /** Last day of the financial year (YYYY-MM-DD): the rules in force on that day apply, and the filing deadline is in the next year. */
    end: CivilDateSchema.describe('Last day of the financial year (YYYY-MM-DD): the rules in force on that day apply, and the filing deadline is in the next year.'),
  })
  .refine((f) => !(isCivilDate(f.start) && isCivilDate(f.end)) || f.start <= f.end, {
    message: bilingual('La fin de l’exercice précède son début.', 'Financial year end is before its start.'),
    path: ['end'],
    params: { code: 'end_before_start' },
  })
  .describe('The financial year declared (cadre B), which need not be a calendar year.'))();

const shape = /* @__PURE__ */ (() => ({
  /** The financial year declared (cadre B), which need not be a calendar year. */
  financialYear: FinancialYearSchema.describe('The financial year declared (cadre B), which need not be a calendar year.'),
  /** Cadre A: identification of the organisation. */
  organisation: BpfOrganisationSchema.optional().describe('Cadre A: identification of the organisation.'),
  /** Cadre B: did you run actions wholly or partly at a distance during the year? */
  distanceActions: z.boolean().optional().describe('Cadre B: did you run actions wholly or partly at a distance during the year?'),
  /** Trainings (programmes): their F-3 objective and F-4 speciality. */
  trainings: z.array(BpfTrainingSchema).describe('Trainings (programmes): their F-3 objective and F-4 speciality.'),
  /** Sessions of the trainings: their dates, planned slots and subcontracting (F-2, G). */
  sessions: z.array(BpfSessionSchema).describe('Sessions of the trainings: their dates, planned slots and subcontracting (F-2, G).'),
  /** Trainers (cadre E): internal or external. */
  trainers: z.array(BpfTrainerSchema).optional().describe('Trainers (cadre E): internal or external.'),
  /** Hours of training delivered by the trainers (cadre E). */
  trainerHours: z.array(BpfTrainerHoursSchema).optional().describe('Hours of training delivered by the trainers (cadre E).'),
  /** Who pays the organisation, with the cadre C line of each. */
  payers: z.array(BpfPayerSchema).optional().describe('Who pays the organisation, with the cadre C line of each.'),
  /** Invoices and credit notes issued by the organisation (cadre C). */
  invoices: z.array(BpfInvoiceSchema).optional().describe('Invoices and credit notes issued by the organisation (cadre C).'),
  /** Cadre D: charges of the organisation, from its accounts. */
  charges: BpfChargesSchema.optional().describe('Cadre D: charges of the organisation, from its accounts.'),
  /** Cadre H: the manager of the organisation. */
  manager: BpfManagerSchema.optional().describe('Cadre H: the manager of the organisation.'),
}))();

/**
 * The full input of {@link computeBpf} as a zod schema (for documentation, JSON Schema and callers
 * who want to validate first). `computeBpf` validates the enrolment rows with a hand-written
 * equivalent for speed.
 *
 * @example
 * ```ts
 * import { BpfInputSchema } from '@ofkit/docs-gen';
 * BpfInputSchema.safeParse({ financialYear: { start: '2025-01-01', end: '2025-12-31' }, trainings: [], sessions: [], enrolments: [] }).success; // true
 * ```
 */
export const BpfInputSchema = /* @__PURE__ */ (() => z.object({
  ...shape,
  /** Enrolment rows (cadres F and G): one per learner and session. */
  enrolments: z.array(BpfEnrolmentSchema).describe('Enrolment rows (cadres F and G): one per learner and session.'),
}))();

/**
 * Input of {@link computeBpf}.
 *
 * @interface
 */
export type BpfInput = z.input<typeof BpfInputSchema>;
/**
 * One enrolment row.
 *
 * @interface
 */
export type BpfEnrolmentInput = z.input<typeof BpfEnrolmentSchema>;

/** @internal The schema used by computeBpf: everything but the enrolment rows. */
export const BpfInputLeanSchema = /* @__PURE__ */ (() => z.object({ ...shape, enrolments: z.array(z.unknown()) }))();

/** @internal A validated enrolment row (the input object itself, not a copy). */
export interface EnrolmentRow {
  readonly id: string;
  readonly learnerId: string;
  readonly sessionId: string;
  readonly traineeType?: BpfTraineeType;
  readonly status?: 'completed' | 'in-progress' | 'abandoned' | 'cancelled';
  readonly hours?: number;
  readonly attendance?: ReadonlyArray<{ readonly date: string; readonly hours: number }>;
}

/**
 * The JSON Schema of {@link BpfInputSchema} (draft 2020-12), for callers outside TypeScript.
 *
 * @example
 * ```ts
 * import { bpfInputJsonSchema } from '@ofkit/docs-gen';
 * (bpfInputJsonSchema().required as string[]).includes('enrolments'); // true
 * ```
 */
export function bpfInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(BpfInputSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
}

const STATUS_SET = /* @__PURE__ */ (() => new Set<string>(['completed', 'in-progress', 'abandoned', 'cancelled']))();

/** Whether `v` is a valid number of hours (NaN and ±Infinity fail both comparisons); no allocation. */
const hoursOk = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 100000;

/** Pushes the issue of an invalid number of hours (called only when {@link hoursOk} is false). */
function hoursIssue(v: unknown, path: ReadonlyArray<string | number>, out: OfkitIssue[]): void {
  if (typeof v !== 'number') {
    out.push(issue(path, 'invalid_type', `Nombre d’heures attendu, reçu ${v === null ? 'null' : typeof v}.`, `Expected a number of hours, got ${v === null ? 'null' : typeof v}.`));
  } else if (!Number.isFinite(v)) {
    out.push(issue(path, 'invalid_type', 'Nombre d’heures non fini.', 'Hours are not finite.'));
  } else if (v < 0) {
    out.push(issue(path, 'too_small', 'Le nombre d’heures doit être positif ou nul.', 'Hours must be zero or more.'));
  } else if (v > 100000) {
    out.push(issue(path, 'too_big', 'Nombre d’heures trop grand (maximum 100000).', 'Too many hours (maximum 100000).'));
  }
}

/** Pushes the issue of an identifier that is not a non-empty string (callers test first, so no path is built for valid rows). */
function idIssue(v: unknown, path: ReadonlyArray<string | number>, out: OfkitIssue[]): void {
  if (typeof v !== 'string') {
    out.push(issue(path, 'invalid_type', `Identifiant (chaîne) attendu, reçu ${v === null ? 'null' : typeof v}.`, `Expected an identifier (string), got ${v === null ? 'null' : typeof v}.`));
  } else if (v.length === 0) {
    out.push(issue(path, 'too_small', 'Identifiant vide.', 'Empty identifier.'));
  }
}

const idOk = (v: unknown): boolean => typeof v === 'string' && v.length > 0;

/**
 * @internal Receives each row found well formed during {@link validateEnrolmentRows}, with the
 * values already read, while no issue at all has been found (the computation of `computeBpf` runs in
 * the validation pass: validation and aggregation fused, issue 13).
 */
export interface EnrolmentRowSink {
  /**
   * @param session the session's number in `sessionIds`
   * @param traineeType the position of the trainee type in `BPF_TRAINEE_TYPES`, 5 when there is none
   */
  row(id: string, learnerId: string, session: number, traineeType: number, status: EnrolmentRow['status'], hours: number | undefined, attendance: EnrolmentRow['attendance']): void;
}

/** @internal Referential checks {@link validateEnrolmentRows} can make in the same pass. */
export interface EnrolmentRowRefs {
  /** Ids of the sessions, each numbered by its position: a row's `sessionId` must be one of them. */
  readonly sessionIds: StringIndex;
  /** When given, row ids are checked unique (the index is filled). */
  readonly enrolmentIds?: StringIndex | undefined;
  /** Where the referential issues go. */
  readonly out: OfkitIssue[];
  /** When given, receives each well-formed row (with its session's number) while there is no issue. */
  readonly sink?: EnrolmentRowSink | undefined;
}

/**
 * @internal Validates enrolment rows in one loop, pushing every issue (with its path, under
 * `enrolments`) to `out`. Same rules as {@link BpfEnrolmentSchema}. With `refs`, also checks each
 * row's session reference and id uniqueness in the same pass (issues to `refs.out`), and hands each
 * row to `refs.sink` while no issue is found. Each property of a row is read once.
 */
export function validateEnrolmentRows(rows: readonly unknown[], out: OfkitIssue[], refs?: EnrolmentRowRefs): void {
  let n: number;
  try {
    n = rows.length;
  } catch (e) {
    out.push(unreadable(['enrolments'], e).issues[0]);
    return;
  }
  for (let i = 0; i < n; i++) {
    try {
      checkRow(rows, i, out, refs);
    } catch (e) {
      // A row that cannot be read (a getter or a proxy that throws): one issue at the row.
      out.push(unreadable(['enrolments', i], e).issues[0]);
    }
  }
}

function checkRow(rows: readonly unknown[], i: number, out: OfkitIssue[], refs: EnrolmentRowRefs | undefined): void {
  const r = rows[i];
  if (typeof r !== 'object' || r === null || Array.isArray(r)) {
    out.push(issue(['enrolments', i], 'invalid_type', 'Inscription (objet) attendue.', 'Expected an enrolment (object).'));
    return;
  }
  const e = r as Record<string, unknown>;
  // Each property is read once, in the order the checks need them (sessionId and id first with refs).
  let sid: unknown;
  let id: unknown;
  let session = -1;
  if (refs !== undefined) {
    // Referential checks in the same pass (their issues go to refs.out: the caller reports them
    // only when every row is well formed, as a separate pass would).
    sid = e['sessionId'];
    if (typeof sid === 'string') {
      session = refs.sessionIds.get(sid);
      if (session < 0) refs.out.push(issue(['enrolments', i, 'sessionId'], 'unknown_reference', `Session inconnue : ${sid}.`, `Unknown session: ${sid}.`));
    }
    id = e['id'];
    if (refs.enrolmentIds !== undefined && typeof id === 'string') {
      const before = refs.enrolmentIds.size;
      refs.enrolmentIds.add(id);
      if (refs.enrolmentIds.size === before) refs.out.push(issue(['enrolments', i, 'id'], 'duplicate_id', `Identifiant en double : ${id}.`, `Duplicate id: ${id}.`));
    }
  } else {
    id = e['id'];
  }
  // Paths are built only for an issue: a valid row allocates nothing here (issue 13 item 5).
  if (!idOk(id)) idIssue(id, ['enrolments', i, 'id'], out);
  const lid = e['learnerId'];
  if (!idOk(lid)) idIssue(lid, ['enrolments', i, 'learnerId'], out);
  if (refs === undefined) sid = e['sessionId'];
  if (!idOk(sid)) idIssue(sid, ['enrolments', i, 'sessionId'], out);
  const t = e['traineeType'];
  const type = t === undefined ? 5 : typeof t === 'string' ? (BPF_TRAINEE_TYPES as readonly string[]).indexOf(t) : -1;
  if (type < 0) {
    out.push(issue(['enrolments', i, 'traineeType'], 'invalid_value', `Type de stagiaire inconnu : ${shown(t)} (attendu : ${BPF_TRAINEE_TYPES.join(', ')}).`, `Unknown trainee type: ${shown(t)} (expected: ${BPF_TRAINEE_TYPES.join(', ')}).`));
  }
  const s = e['status'];
  if (s !== undefined && !(typeof s === 'string' && STATUS_SET.has(s))) {
    out.push(issue(['enrolments', i, 'status'], 'invalid_value', `Statut inconnu : ${shown(s)}.`, `Unknown status: ${shown(s)}.`));
  }
  const h = e['hours'];
  if (h !== undefined && !hoursOk(h)) hoursIssue(h, ['enrolments', i, 'hours'], out);
  const a = e['attendance'];
  if (a !== undefined) {
    if (!Array.isArray(a)) {
      out.push(issue(['enrolments', i, 'attendance'], 'invalid_type', 'Liste de présences attendue.', 'Expected a list of attendance entries.'));
    } else {
      for (let k = 0; k < a.length; k++) {
        const x = a[k] as unknown;
        if (typeof x !== 'object' || x === null) {
          out.push(issue(['enrolments', i, 'attendance', k], 'invalid_type', 'Présence (objet) attendue.', 'Expected an attendance entry (object).'));
          continue;
        }
        const d = (x as Record<string, unknown>)['date'];
        if (!isCivilDate(d)) {
          out.push(issue(['enrolments', i, 'attendance', k, 'date'], 'invalid_date', `Date invalide : ${shown(d)} (attendu AAAA-MM-JJ).`, `Invalid date: ${shown(d)} (expected YYYY-MM-DD).`));
        }
        const xh = (x as Record<string, unknown>)['hours'];
        if (!hoursOk(xh)) hoursIssue(xh, ['enrolments', i, 'attendance', k, 'hours'], out);
      }
    }
  }
  if (h === undefined && a === undefined) {
    out.push(issue(['enrolments', i, 'hours'], 'hours_or_attendance_required', 'Donnez « hours » (heures suivies) ou « attendance » (heures par date).', 'Give "hours" (hours followed) or "attendance" (hours by date).'));
  }
  // Well formed and no issue anywhere so far: aggregated now (refs.sink exists only when the rest of
  // the input is valid, so nothing was pushed before the rows).
  if (refs?.sink !== undefined && out.length === 0 && refs.out.length === 0) {
    refs.sink.row(id as string, lid as string, session, type, s as EnrolmentRow['status'], h as number | undefined, a as EnrolmentRow['attendance']);
  }
}
