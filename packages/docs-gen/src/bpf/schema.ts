/**
 * Input of {@link computeBpf}: zod schemas (exported, also as JSON Schema) and a hand-written
 * validator for the enrolment rows, the hot path (a million rows must validate in well under a
 * second; it reports every issue with its path, like zod, and a test checks both agree).
 *
 * @module
 */
import * as z from 'zod';
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
]))();

/** @internal An amount accepted by {@link BpfAmountSchema} as integer cents. */
export function amountToCents(v: string | number): bigint {
  const s = typeof v === 'number' ? String(v) : v;
  const dot = s.indexOf('.');
  if (dot < 0) return BigInt(s) * 100n;
  return BigInt(s.slice(0, dot) + s.slice(dot + 1).padEnd(2, '0'));
}

/** Hours: a finite number ≥ 0 (rounded to the hundredth on entry). */
export const BpfHoursSchema = /* @__PURE__ */ (() => z.number().min(0).max(100000).refine(Number.isFinite, { message: bilingual('Nombre d’heures non fini.', 'Hours are not finite.') }))();

/** One dated quantity of hours (attendance actually done, or a planned slot). */
export const BpfDatedHoursSchema = /* @__PURE__ */ (() => z.object({ date: CivilDateSchema, hours: BpfHoursSchema }))();

/** Cadre A: identification of the organisation (all optional; what is missing is reported). */
export const BpfOrganisationSchema = /* @__PURE__ */ (() => z.object({
  name: z.string().min(1).optional(),
  nda: identifier(validateNda, 'Numéro de déclaration d’activité invalide (11 chiffres).', 'Invalid activity declaration number (11 digits).', 'invalid_nda').optional(),
  siret: identifier(validateSiret, 'SIRET invalide.', 'Invalid SIRET.', 'invalid_siret').optional(),
  legalForm: z.string().min(1).optional(),
  naf: z.string().regex(/^\d{4}[A-Z]$/, { message: bilingual('Code NAF attendu (4 chiffres + 1 lettre, ex. 8559A).', 'NAF code expected (4 digits + 1 letter, e.g. 8559A).') }).optional(),
  address: z.object({ lines: z.array(z.string().min(1)).min(1).max(4), postalCode: z.string().min(1), city: z.string().min(1) }).optional(),
  addressPublic: z.boolean().optional(),
  phone: z.string().min(1).optional(),
  email: z.string().min(1).optional(),
  /** Total turnover of the organisation (all activities), HT, for the "% of turnover" of cadre C. */
  totalRevenueHT: NonNegativeMoneyInputSchema.optional(),
}))();

/** A training (programme): its general objective (F-3) and NSF speciality (F-4). */
export const BpfTrainingSchema = /* @__PURE__ */ (() => z.object({
  id: Id,
  title: z.string().min(1),
  objective: z.enum(BPF_OBJECTIVES as [BpfObjective, ...BpfObjective[]]).optional(),
  /** Level of the RNCP certification (F-3 a.1 to a.6); expected when `objective` is `rncp`. */
  rncpLevel: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal('cqp-sans-niveau')]).optional(),
  /** NSF speciality group, 3 digits (F-4). */
  nsfCode: identifier(validateNsfCode, 'Code NSF invalide (3 chiffres).', 'Invalid NSF code (3 digits).', 'invalid_nsf').optional(),
  /** Plain-text speciality name printed on F-4 beside the code. */
  nsfLabel: z.string().min(1).optional(),
}))();

/** Subcontracting of a session: `out` = entrusted by you to another OF (F-2); `in` = entrusted to you (G, C line 10). */
export const BpfSubcontractingSchema = /* @__PURE__ */ (() => z.enum(['none', 'out', 'in']))();

/** A session of a training. */
export const BpfSessionSchema = /* @__PURE__ */ (() => z
  .object({
    id: Id,
    trainingId: Id,
    start: CivilDateSchema,
    end: CivilDateSchema,
    subcontracting: BpfSubcontractingSchema.optional(),
    /** Planned slots; used to split the hours of an enrolment given only as a total when the session spans two financial years. */
    slots: z.array(BpfDatedHoursSchema).optional(),
  })
  .refine((s) => !(isCivilDate(s.start) && isCivilDate(s.end)) || s.start <= s.end, {
    message: bilingual('La fin de session précède son début.', 'Session end is before its start.'),
    path: ['end'],
    params: { code: 'end_before_start' },
  }))();

/** Status of an enrolment: a cancellation before start counts nothing; an abandonment counts the hours done. */
export const BpfEnrolmentStatusSchema = /* @__PURE__ */ (() => z.enum(['completed', 'in-progress', 'abandoned', 'cancelled']))();

/** One enrolment row: a learner in a session. Give `attendance` (hours by date) or `hours` (total followed). */
export const BpfEnrolmentSchema = /* @__PURE__ */ (() => z
  .object({
    id: Id,
    learnerId: Id,
    sessionId: Id,
    traineeType: z.enum(BPF_TRAINEE_TYPES as [BpfTraineeType, ...BpfTraineeType[]]).optional(),
    status: BpfEnrolmentStatusSchema.optional(),
    hours: BpfHoursSchema.optional(),
    attendance: z.array(BpfDatedHoursSchema).optional(),
  })
  .refine((e) => e.hours !== undefined || e.attendance !== undefined, {
    message: bilingual('Donnez « hours » (heures suivies) ou « attendance » (heures par date).', 'Give "hours" (hours followed) or "attendance" (hours by date).'),
    path: ['hours'],
    params: { code: 'hours_or_attendance_required' },
  }))();

/** A trainer (cadre E). */
export const BpfTrainerSchema = /* @__PURE__ */ (() => z.object({
  id: Id,
  name: z.string().min(1).optional(),
  /** `internal` = your own staff (E-1); `external` = subcontracted person (E-2). */
  kind: z.enum(['internal', 'external']).optional(),
}))();

/** Hours delivered by a trainer: dated, or tied to a session (then attributed by the session's dates). */
export const BpfTrainerHoursSchema = /* @__PURE__ */ (() => z
  .object({
    id: Id.optional(),
    trainerId: Id,
    sessionId: Id.optional(),
    date: CivilDateSchema.optional(),
    hours: BpfHoursSchema,
  })
  .refine((r) => r.date !== undefined || r.sessionId !== undefined, {
    message: bilingual('Donnez « date » ou « sessionId ».', 'Give "date" or "sessionId".'),
    path: ['date'],
    params: { code: 'date_or_session_required' },
  }))();

const CLineSchema = /* @__PURE__ */ (() => z.enum(BPF_C_LINES as [BpfCLine, ...BpfCLine[]]))();

/** Who pays the organisation; `cLine` is the line of cadre C its invoices go to. */
export const BpfPayerSchema = /* @__PURE__ */ (() => z.object({
  id: Id,
  name: z.string().min(1),
  cLine: CLineSchema.optional(),
}))();

/** An invoice or credit note issued by the organisation. Amounts HT, positive (a credit note is deducted). */
export const BpfInvoiceSchema = /* @__PURE__ */ (() => z.object({
  id: Id,
  number: z.string().min(1).optional(),
  kind: z.enum(['invoice', 'credit-note']).optional(),
  status: z.enum(['issued', 'cancelled']).optional(),
  issueDate: CivilDateSchema,
  amountHT: BpfAmountSchema,
  payerId: Id,
  /** Overrides the payer's line (e.g. an OPCO paying for an apprenticeship and for a professionalisation contract). */
  cLine: CLineSchema.optional(),
  /** For a credit note: the invoice it credits (its line is used if the credit note has none). */
  creditedInvoiceId: Id.optional(),
}))();

/** Cadre D: charges (from accounting). */
export const BpfChargesSchema = /* @__PURE__ */ (() => z.object({
  total: MoneyInputSchema,
  trainerSalaries: NonNegativeMoneyInputSchema,
  purchasedTraining: NonNegativeMoneyInputSchema,
}))();

/** Cadre H: the manager. */
export const BpfManagerSchema = /* @__PURE__ */ (() => z.object({ lastName: z.string().min(1), firstName: z.string().min(1), title: z.string().min(1) }))();

const FinancialYearSchema = /* @__PURE__ */ (() => z
  .object({ start: CivilDateSchema, end: CivilDateSchema })
  .refine((f) => !(isCivilDate(f.start) && isCivilDate(f.end)) || f.start <= f.end, {
    message: bilingual('La fin de l’exercice précède son début.', 'Financial year end is before its start.'),
    path: ['end'],
    params: { code: 'end_before_start' },
  }))();

const shape = /* @__PURE__ */ (() => ({
  financialYear: FinancialYearSchema,
  organisation: BpfOrganisationSchema.optional(),
  /** Cadre B: did you run actions wholly or partly at a distance during the year? */
  distanceActions: z.boolean().optional(),
  trainings: z.array(BpfTrainingSchema),
  sessions: z.array(BpfSessionSchema),
  trainers: z.array(BpfTrainerSchema).optional(),
  trainerHours: z.array(BpfTrainerHoursSchema).optional(),
  payers: z.array(BpfPayerSchema).optional(),
  invoices: z.array(BpfInvoiceSchema).optional(),
  charges: BpfChargesSchema.optional(),
  manager: BpfManagerSchema.optional(),
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
export const BpfInputSchema = /* @__PURE__ */ (() => z.object({ ...shape, enrolments: z.array(BpfEnrolmentSchema) }))();

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

const TRAINEE_TYPE_SET = /* @__PURE__ */ (() => new Set<string>(BPF_TRAINEE_TYPES))();
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

/** @internal Referential checks {@link validateEnrolmentRows} can make in the same pass. */
export interface EnrolmentRowRefs {
  /** Ids of the sessions: a row's `sessionId` must be one of them. */
  readonly sessionIds: ReadonlySet<string>;
  /** When given, row ids are checked unique (the set is filled). */
  readonly enrolmentIds?: Set<string> | undefined;
  /** Where the referential issues go. */
  readonly out: OfkitIssue[];
}

/**
 * @internal Validates enrolment rows in one loop, pushing every issue (with its path, under
 * `enrolments`) to `out`. Same rules as {@link BpfEnrolmentSchema}. With `refs`, also checks each
 * row's session reference and id uniqueness in the same pass (issues to `refs.out`).
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
  {
    const r = rows[i];
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      out.push(issue(['enrolments', i], 'invalid_type', 'Inscription (objet) attendue.', 'Expected an enrolment (object).'));
      return;
    }
    const e = r as Record<string, unknown>;
    if (refs !== undefined) {
      // Referential checks in the same pass (their issues go to refs.out: the caller reports them
      // only when every row is well formed, as a separate pass would).
      const sid = e['sessionId'];
      if (typeof sid === 'string' && !refs.sessionIds.has(sid)) refs.out.push(issue(['enrolments', i, 'sessionId'], 'unknown_reference', `Session inconnue : ${sid}.`, `Unknown session: ${sid}.`));
      const id = e['id'];
      if (refs.enrolmentIds !== undefined && typeof id === 'string') {
        const before = refs.enrolmentIds.size;
        refs.enrolmentIds.add(id);
        if (refs.enrolmentIds.size === before) refs.out.push(issue(['enrolments', i, 'id'], 'duplicate_id', `Identifiant en double : ${id}.`, `Duplicate id: ${id}.`));
      }
    }
    // Paths are built only for an issue: a valid row allocates nothing here (issue 13 item 5).
    if (!idOk(e['id'])) idIssue(e['id'], ['enrolments', i, 'id'], out);
    if (!idOk(e['learnerId'])) idIssue(e['learnerId'], ['enrolments', i, 'learnerId'], out);
    if (!idOk(e['sessionId'])) idIssue(e['sessionId'], ['enrolments', i, 'sessionId'], out);
    const t = e['traineeType'];
    if (t !== undefined && !(typeof t === 'string' && TRAINEE_TYPE_SET.has(t))) {
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
  }
}

