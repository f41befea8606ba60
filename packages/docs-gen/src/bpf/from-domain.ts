/**
 * Bridge from the shared domain model of `@ofkit/core` (Organisation, Training, Session, Learner,
 * Trainer, Enrolment, AttendanceRecord, FunderType) to the input of {@link computeBpf}.
 *
 * Every mapping follows ../shared/domain/documents.md §7.2 and §7.4. Where the domain records do not
 * determine a BPF field, the field is left unset, so that `computeBpf` lists it in its missing data
 * (never a guess, never a default line).
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import {
  AttendanceRecordSchema,
  CertificationRefSchema,
  TrainingCategorySchema,
  CivilDateSchema,
  EnrolmentSchema,
  FunderTypeSchema,
  LearnerSchema,
  OfkitError,
  OrganisationSchema,
  SessionSchema,
  TrainerSchema,
  TrainingSchema,
  parseInput,
  slotHours,
  hasValueAt,
  valueAt,
  type Parameter,
  type FunderType,
  type LearnerType,
  type OfkitIssue,
  type Training,
} from '@ofkit/core';
import { bilingual, issue } from '@ofkit/core/internal';
import { BPF_C_LINES, BPF_OBJECTIVES, F1_BY_LEARNER_TYPE_17, bpfRules, type BpfCLine, type BpfObjective, type BpfRncpLevel, type BpfRules, type BpfTraineeType } from './layout.js';
import { BpfChargesSchema, BpfHoursSchema, BpfInvoiceSchema, BpfManagerSchema, BpfOrganisationSchema, type BpfInput } from './schema.js';
import { PairIndex, StringIndex } from './string-index.js';

const Id = /* @__PURE__ */ (() => z.string().min(1))();
const CLineSchema = /* @__PURE__ */ (() => z.enum(BPF_C_LINES as [BpfCLine, ...BpfCLine[]]).describe('A line of cadre C: 1, 2a to 2h, or 3 to 11.'))();

/**
 * An invoice or credit note as the OF's invoicing records it. Its line of cadre C comes from, in this
 * order: `payer.cLine`; the funder type `payer.funder` through `bpfRules.cLineByFunder`; the funder
 * type shared by every funding source of the enrolments it bills (`enrolmentIds`). If none applies,
 * the line stays unset and `computeBpf` reports the invoice (never line 11 by default).
 */
export const BpfDomainInvoiceSchema = /* @__PURE__ */ (() => BpfInvoiceSchema.omit({ payerId: true, cLine: true }).extend({
  /** Who pays the invoice; absent, its line comes from the funder type of the enrolments it bills (enrolmentIds). */
  payer: z
    .object({
      /** Name of the payer (OPCO, company, person…); invoices with the same name share one payer in the computeBpf input. */
      name: z.string().min(1).optional().describe('Name of the payer (OPCO, company, person…); invoices with the same name share one payer in the computeBpf input.'),
      /** Funder type (e.g. opco-plan, cpf-cdc, employer), whose cadre C line bpfRules.cLineByFunder gives at the end of the financial year. */
      funder: FunderTypeSchema.optional().describe('Funder type (e.g. opco-plan, cpf-cdc, employer), whose cadre C line bpfRules.cLineByFunder gives at the end of the financial year.'),
      /** Explicit line of cadre C (1, 2a to 2h, 3 to 11); wins over `funder`. */
      cLine: CLineSchema.optional().describe('Explicit line of cadre C (1, 2a to 2h, 3 to 11); wins over `funder`.'),
    })
    .optional()
    .describe('Who pays the invoice; absent, its line comes from the funder type of the enrolments it bills (enrolmentIds).'),
  /** Ids of the enrolments this invoice bills, read only when the payer has neither funder nor cLine: the funder type shared by all their funding sources gives the line. */
  enrolmentIds: z.array(Id).optional().describe('Ids of the enrolments this invoice bills, read only when the payer has neither funder nor cLine: the funder type shared by all their funding sources gives the line.'),
}).describe('An invoice or credit note as the invoicing records it; its cadre C line comes from payer.cLine, else payer.funder, else the funder type of the enrolments it bills.'))();

/** Hours a trainer delivered, when they are not read from the attendance records. */
export const BpfDomainTrainerHoursSchema = /* @__PURE__ */ (() => z
  .object({
    /** Id of the trainer (trainers[].id). */
    trainerId: Id.describe('Id of the trainer (trainers[].id).'),
    /** Id of the session taught (sessions[].id): a session with any entry here takes none of its trainer hours from the attendance records; without a date, the hours count if the session lies in the financial year. */
    sessionId: Id.optional().describe('Id of the session taught (sessions[].id): a session with any entry here takes none of its trainer hours from the attendance records; without a date, the hours count if the session lies in the financial year.'),
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
  .describe('Hours a trainer delivered, given by hand instead of being read from the attendance records.'))();

/**
 * Input of {@link bpfInputFromDomain}: the core domain records of the OF over its financial year.
 * Lists hold the core schemas (`TrainingSchema`, `SessionSchema`, `LearnerSchema`, `TrainerSchema`,
 * `EnrolmentSchema`, `AttendanceRecordSchema`); the BPF-only facts that the domain model does not
 * carry are optional extras.
 */
export const BpfDomainInputSchema = /* @__PURE__ */ (() => z.object({
  /** The financial year declared (cadre B); with the default rules it must end in 2023 or later (only Cerfa 10443*17 is encoded). */
  financialYear: z
    .object({
      /** First day of the financial year (YYYY-MM-DD); it need not be 1 January. */
      start: CivilDateSchema.describe('First day of the financial year (YYYY-MM-DD); it need not be 1 January.'),
      /** Last day of the financial year (YYYY-MM-DD), not before start: the mappings in force on that day apply. */
      end: CivilDateSchema.describe('Last day of the financial year (YYYY-MM-DD), not before start: the mappings in force on that day apply.'),
    })
    .describe('The financial year declared (cadre B); with the default rules it must end in 2023 or later (only Cerfa 10443*17 is encoded).'),
  /** The organisation, for cadre A (name, SIRET, NDA when registered, legal form, address, phone, e-mail) and, without manager, cadre H (its legal representative). */
  organisation: OrganisationSchema.optional().describe('The organisation, for cadre A (name, SIRET, NDA when registered, legal form, address, phone, e-mail) and, without manager, cadre H (its legal representative).'),
  /** Cadre A facts the core Organisation does not carry (NAF code, consent to publish the address, global turnover); they win over the organisation's. */
  organisationDetails: BpfOrganisationSchema.pick({ naf: true, addressPublic: true, totalRevenueHT: true })
    .optional()
    .describe("Cadre A facts the core Organisation does not carry (NAF code, consent to publish the address, global turnover); they win over the organisation's."),
  /** Cadre B. When absent, derived from the modality of the sessions held in the year (distance or mixte → yes). */
  distanceActions: z.boolean().optional().describe('Cadre B. When absent, derived from the modality of the sessions held in the year (distance or mixte → yes).'),
  /** Trainings: category and certification give the F-3 objective, nsfCode the F-4 group. */
  trainings: z.array(TrainingSchema).describe('Trainings: category and certification give the F-3 objective, nsfCode the F-4 group.'),
  /** Sessions: dates, half-day slots (the hours of each attendance record), modality (cadre B) and subcontracting (F-2, G). */
  sessions: z.array(SessionSchema).describe('Sessions: dates, half-day slots (the hours of each attendance record), modality (cadre B) and subcontracting (F-2, G).'),
  /** Learners: learnerType gives the F-1 line of an enrolment that has none. */
  learners: z.array(LearnerSchema).describe('Learners: learnerType gives the F-1 line of an enrolment that has none.'),
  /** Trainers: kind internal goes to E-1, subcontractor to E-2. */
  trainers: z.array(TrainerSchema).optional().describe('Trainers: kind internal goes to E-1, subcontractor to E-2.'),
  /** Trainer hours given by hand; sessions without any such entry take their trainer hours from the attendance records. */
  trainerHours: z.array(BpfDomainTrainerHoursSchema).optional().describe('Trainer hours given by hand; sessions without any such entry take their trainer hours from the attendance records.'),
  /** Enrolments: status, learnerType (F-1), hoursAttended (used when the learner has no attendance record in the session) and funding (for invoices that give enrolmentIds). */
  enrolments: z.array(EnrolmentSchema).describe('Enrolments: status, learnerType (F-1), hoursAttended (used when the learner has no attendance record in the session) and funding (for invoices that give enrolmentIds).'),
  /** Attendance records: each half-day a learner is present counts the hours of that slot of the session, and gives them to the trainer named (cadre E) unless the session has trainerHours. */
  attendance: z.array(AttendanceRecordSchema).optional().describe('Attendance records: each half-day a learner is present counts the hours of that slot of the session, and gives them to the trainer named (cadre E) unless the session has trainerHours.'),
  /** Invoices and credit notes issued by the organisation (cadre C). */
  invoices: z.array(BpfDomainInvoiceSchema).optional().describe('Invoices and credit notes issued by the organisation (cadre C).'),
  /** Cadre D: charges of the organisation, from its accounts. */
  charges: BpfChargesSchema.optional().describe('Cadre D: charges of the organisation, from its accounts.'),
  /** Cadre H; defaults to the organisation's legal representative. */
  manager: BpfManagerSchema.optional().describe("Cadre H; defaults to the organisation's legal representative."),
  /** Plain-text name of each NSF group printed on F-4 (key: 3-digit group), e.g. `{ "326": "Informatique" }`. */
  nsfLabels: z.record(z.string().regex(/^\d{3}$/), z.string().min(1)).optional().describe('Plain-text name of each NSF group printed on F-4 (key: 3-digit group), e.g. `{ "326": "Informatique" }`.'),
  /**
   * F-3 objective of a training (key: training id) where the domain record does not determine it,
   * e.g. `cqp-hors-repertoire`, an RNCP block, or a CQP without level (`rncpLevel: 'cqp-sans-niveau'`).
   */
  trainingObjectives: z
    .record(
      Id,
      z
        .object({
          /** General objective, the F-3 line: rncp (a), rs (b), cqp-hors-repertoire (c), autre (d), bilan-de-competences (e), vae (f). */
          objective: z.enum(BPF_OBJECTIVES as [BpfObjective, ...BpfObjective[]]).describe('General objective, the F-3 line: rncp (a), rs (b), cqp-hors-repertoire (c), autre (d), bilan-de-competences (e), vae (f).'),
          /** Level of the RNCP certification: 6 to 8 (a.1), 5 (a.2), 4 (a.3), 3 (a.4), 2 (a.5), cqp-sans-niveau (a.6); read only with objective rncp. */
          rncpLevel: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal('cqp-sans-niveau')]).optional().describe('Level of the RNCP certification: 6 to 8 (a.1), 5 (a.2), 4 (a.3), 3 (a.4), 2 (a.5), cqp-sans-niveau (a.6); read only with objective rncp.'),
        })
        .describe('The F-3 objective of one training, used instead of the one derived from its record.'),
    )
    .optional()
    .describe("F-3 objective of a training (key: training id) where the domain record does not determine it, e.g. `cqp-hors-repertoire`, an RNCP block, or a CQP without level (`rncpLevel: 'cqp-sans-niveau'`)."),
}))();

/**
 * Input of {@link bpfInputFromDomain}.
 *
 * @interface
 */
export type BpfDomainInput = z.input<typeof BpfDomainInputSchema>;

/** Options of {@link bpfInputFromDomain}. */
export interface BpfDomainOptions {
  /** A rule set derived with `overrideRules(bpfRules, …)` (its `cLineByFunder` and `traineeTypeByLearnerType` are used). */
  readonly rules?: BpfRules;
}

/**
 * F-1 line of each core learner type on Cerfa 10443*17 (../shared/domain/documents.md §7.2 F-1).
 * `bpfInputFromDomain` reads the dated parameter `bpfRules.traineeTypeByLearnerType`, whose value
 * for financial years from 2023 is this table.
 *
 * @example
 * ```ts
 * import { BPF_TRAINEE_TYPE_BY_LEARNER_TYPE } from '@ofkit/docs-gen';
 * BPF_TRAINEE_TYPE_BY_LEARNER_TYPE.jobseeker; // 'demandeur-emploi'
 * ```
 */
export const BPF_TRAINEE_TYPE_BY_LEARNER_TYPE: Readonly<Record<LearnerType, BpfTraineeType>> = F1_BY_LEARNER_TYPE_17;

/**
 * F-3 objective of a core training, or `undefined` when its record does not determine it:
 * bilan de compétences → e; VAE → f; an RNCP certification → a (a.1–a.5 by its level; a.6 for a
 * CQP registered at the RNCP without a level, `cqp: true`; unset if the level is missing otherwise);
 * an RS certification → b; a CQP registered in neither repertory (`type: 'cqp'`) → c; an action de
 * formation with no certification → d. An RNCP block, or an apprenticeship with no certification
 * recorded, is left unset (give it in `trainingObjectives`). Throws `OfkitError` `INVALID_INPUT`
 * when `category` or `certification` is not valid.
 *
 * @example
 * ```ts
 * import { bpfObjectiveOfTraining } from '@ofkit/docs-gen';
 * bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'rncp', code: 'RNCP37274', level: 5 } });
 * // { objective: 'rncp', rncpLevel: 5 }
 * bpfObjectiveOfTraining({ category: 'action-de-formation' }).objective; // 'autre'
 * bpfObjectiveOfTraining({ category: 'apprentissage' }).objective; // undefined
 * bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'cqp', title: 'CQP Opérateur logistique' } }).objective; // 'cqp-hors-repertoire'
 * bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'rncp', code: 'RNCP1234', cqp: true } }); // { objective: 'rncp', rncpLevel: 'cqp-sans-niveau' }
 * ```
 */
export function bpfObjectiveOfTraining(t: Pick<Training, 'category'> & { readonly certification?: Training['certification'] | undefined }): {
  objective?: BpfObjective;
  rncpLevel?: BpfRncpLevel;
} {
  return objectiveOf(parseInput(ObjectiveInputSchema, t));
}

// Only what the objective depends on (other fields of a Training are ignored).
const ObjectiveInputSchema = /* @__PURE__ */ (() => z.object({ category: TrainingCategorySchema, certification: CertificationRefSchema.optional() }))();

/** {@link bpfObjectiveOfTraining} of a training already validated. */
function objectiveOf(t: Pick<Training, 'category'> & { readonly certification?: Training['certification'] | undefined }): {
  objective?: BpfObjective;
  rncpLevel?: BpfRncpLevel;
} {
  if (t.category === 'bilan-de-competences') return { objective: 'bilan-de-competences' };
  if (t.category === 'vae') return { objective: 'vae' };
  const c = t.certification;
  if (c?.type === 'rncp') {
    if (c.level !== undefined) return { objective: 'rncp', rncpLevel: c.level as BpfRncpLevel };
    return c.cqp === true ? { objective: 'rncp', rncpLevel: 'cqp-sans-niveau' } : { objective: 'rncp' };
  }
  if (c?.type === 'rs') return { objective: 'rs' };
  if (c?.type === 'cqp') return { objective: 'cqp-hors-repertoire' };
  if (c === undefined && t.category === 'action-de-formation') return { objective: 'autre' };
  return {};
}

/** @internal Also read by the law catalogue (../law-catalogue.ts), which names funders as the BPF does. */
export const FUNDER_LABEL: Readonly<Record<FunderType, string>> = {
  employer: 'Employeur',
  'opco-apprentissage': 'OPCO (apprentissage)',
  'opco-professionnalisation': 'OPCO (professionnalisation)',
  'opco-pro-a': 'OPCO (Pro-A)',
  'transitions-pro': 'Transitions Pro',
  'cpf-cdc': 'Caisse des dépôts (CPF)',
  'fund-jobseekers': 'Dispositif demandeurs d’emploi',
  'faf-non-salaries': 'FAF des non-salariés',
  'opco-plan': 'OPCO (plan de développement des compétences)',
  'public-employer': 'Employeur public',
  europe: 'Instances européennes',
  state: 'État',
  region: 'Conseil régional',
  'france-travail': 'France Travail',
  'other-public': 'Autre ressource publique',
  individual: 'Particulier',
  'other-of': 'Autre organisme de formation',
  other: 'Autre',
};

const isCLine = (v: string): v is BpfCLine => (BPF_C_LINES as readonly string[]).includes(v);
const centi = (h: number) => Math.round(h * 100) / 100;

/** Adds `h` hours on `date` to a list of hours by date (one entry per date, in the order dates first come). */
function addHours(m: Array<{ date: string; hours: number }>, date: string, h: number): void {
  for (let k = 0; k < m.length; k++) {
    const x = m[k]!;
    if (x.date === date) {
      x.hours = centi(x.hours + h);
      return;
    }
  }
  m.push({ date, hours: centi(0 + h) });
}

/**
 * Builds the input of {@link computeBpf} from the core domain records of one financial year.
 *
 * - F-1: the enrolment's `learnerType`, else the learner's, through `bpfRules.traineeTypeByLearnerType`
 *   read at the end of the financial year; none → unset.
 * - F-3: {@link bpfObjectiveOfTraining}, or `trainingObjectives[trainingId]`; F-4: the NSF group (3 digits) of the training.
 * - Hours followed: the half-days where the learner is `present` in the attendance records, each
 *   worth `slotHours` of the session's slot on that date (so a session spanning two years is split by
 *   date); without any attendance record of the learner in that session, `hoursAttended` (split by the
 *   session's planned slots); a cancelled enrolment counts nothing.
 * - Cadre E: trainer kind internal → E-1, subcontractor → E-2; hours from `trainerHours`, else the
 *   slots each trainer is named on in the attendance records.
 * - F-2 / G: the session's `subcontracting` (`out` / `in`).
 * - Cadre C: see {@link BpfDomainInvoiceSchema} (funder type → line through `bpfRules.cLineByFunder`,
 *   read at the end of the financial year). Enrolment funding amounts are not invoices (no
 *   issue date) and are never summed into cadre C.
 * - Cadre H: `manager`, else the organisation's legal representative.
 *
 * Throws `OfkitError` `INVALID_INPUT` with every issue (schema errors, unknown references, an
 * attendance half-day that is not a slot of its session, a learner present without an enrolment in
 * that session, a learner enrolled twice in one session, an enrolment of a session held in the year
 * with neither attendance records nor `hoursAttended`).
 *
 * @example
 * ```ts
 * import { bpfInputFromDomain, computeBpf } from '@ofkit/docs-gen';
 * const input = bpfInputFromDomain({
 *   financialYear: { start: '2025-01-01', end: '2025-12-31' },
 *   trainings: [{ id: 'T1', title: 'Excel', category: 'action-de-formation', nsfCode: '326', objectives: ['Construire un tableau croisé'], durationHours: 7 }],
 *   sessions: [{ id: 'S1', trainingId: 'T1', startDate: '2025-03-10', endDate: '2025-03-10', modality: 'distance', slots: [
 *     { date: '2025-03-10', halfDay: 'morning', start: '09:00', end: '12:30' },
 *     { date: '2025-03-10', halfDay: 'afternoon', start: '13:30', end: '17:00' }] }],
 *   learners: [{ id: 'L1', firstName: 'Ana', lastName: 'Petit', learnerType: 'private-employee' }],
 *   enrolments: [{ id: 'E1', learnerId: 'L1', sessionId: 'S1', status: 'completed', hoursPlanned: 7, hoursAttended: 7 }],
 *   invoices: [{ id: 'F1', issueDate: '2025-03-31', amountHT: '700.00', payer: { name: 'OPCO Atlas', funder: 'opco-plan' } }],
 *   nsfLabels: { '326': 'Informatique' },
 * });
 * input.enrolments[0]?.traineeType; // 'salarie-prive'
 * input.distanceActions; // true
 * const bpf = computeBpf(input);
 * bpf.frameC.lines.find((l) => l.code === '2h')?.amount; // '700.00'
 * bpf.frameF.f3.lines.find((l) => l.code === 'd')?.hours; // 7
 * ```
 */
export function bpfInputFromDomain(input: BpfDomainInput, options: BpfDomainOptions = {}): BpfInput {
  const d = parseInput(BpfDomainInputSchema, input);
  const issues: OfkitIssue[] = [];
  const fyStart = d.financialYear.start;
  const fyEnd = d.financialYear.end;
  const rules = options.rules ?? bpfRules;
  // The mappings are law as dated data, read at the end of the financial year like computeBpf's rules.
  const mapping = <T,>(p: Parameter<T>): T | undefined => {
    if (!hasValueAt(p, fyEnd)) {
      issues.push(issue(['financialYear', 'end'], 'no_value_in_force', `Aucune valeur de « ${p.label} » pour un exercice clos le ${fyEnd} (seul le Cerfa 10443*17, exercices 2023 et suivants, est encodé).`, `No value of ${p.id} for a financial year ending on ${fyEnd} (only Cerfa 10443*17, financial years 2023 onwards, is encoded).`));
      return undefined;
    }
    return valueAt(p, fyEnd).value;
  };
  const traineeTypeOf = mapping(rules.traineeTypeByLearnerType);
  const cLineOf = mapping(rules.cLineByFunder);
  if (fyEnd < fyStart) issues.push(issue(['financialYear', 'end'], 'end_before_start', 'La fin de l’exercice précède son début.', 'Financial year end is before its start.'));

  const trainingIds = new Set(d.trainings.map((t) => t.id));
  const trainers = d.trainers ?? [];
  const trainerIds = new Set(trainers.map((t) => t.id));
  // Enrolments by id, for the invoices that name theirs (made on the first such invoice).
  let enrolmentById: Map<string, (typeof d.enrolments)[number]> | undefined;

  d.sessions.forEach((s, i) => {
    if (!trainingIds.has(s.trainingId)) issues.push(issue(['sessions', i, 'trainingId'], 'unknown_reference', `Formation inconnue : ${s.trainingId}.`, `Unknown training: ${s.trainingId}.`));
  });
  for (const k of Object.keys(d.trainingObjectives ?? {})) {
    if (!trainingIds.has(k)) issues.push(issue(['trainingObjectives', k], 'unknown_reference', `Formation inconnue : ${k}.`, `Unknown training: ${k}.`));
  }

  // Sessions and learners numbered (no composite "session|learner" string per lookup, issue 13):
  // those of the records first, so that a number below `knownSessions` / `knownLearners` is a known
  // id (when an id repeats, the last record is the one read, as with a Map); then each other id the
  // attendance records and enrolments name (an issue, but it takes part in the checks below).
  const sessionNo = new StringIndex(d.sessions.length);
  const sessionAt: Array<(typeof d.sessions)[number]> = [];
  for (const s of d.sessions) sessionAt[sessionNo.add(s.id)] = s;
  const knownSessions = sessionNo.size;
  const learnerNo = new StringIndex(d.learners.length);
  const learnerAt: Array<(typeof d.learners)[number]> = [];
  for (const l of d.learners) learnerAt[learnerNo.add(l.id)] = l;
  const knownLearners = learnerNo.size;
  const attendance = d.attendance ?? [];
  let bar = false;
  const numberSession = (id: string): number => {
    const before = sessionNo.size;
    const k = sessionNo.add(id);
    if (k === before && id.includes('|')) bar = true;
    return k;
  };
  const numberLearner = (id: string): number => {
    const before = learnerNo.size;
    const k = learnerNo.add(id);
    if (k === before && id.includes('|')) bar = true;
    return k;
  };
  for (const s of d.sessions) if (s.id.includes('|')) bar = true;
  for (const l of d.learners) if (l.id.includes('|')) bar = true;
  const recordSession = new Int32Array(attendance.length);
  let entries = 0;
  for (let i = 0; i < attendance.length; i++) {
    recordSession[i] = numberSession(attendance[i]!.sessionId);
    entries += attendance[i]!.learners.length;
  }
  const entryLearner = new Int32Array(entries);
  for (let i = 0, j = 0; i < attendance.length; i++) for (const l of attendance[i]!.learners) entryLearner[j++] = numberLearner(l.learnerId);
  const enrolmentSession = new Int32Array(d.enrolments.length);
  const enrolmentLearner = new Int32Array(d.enrolments.length);
  d.enrolments.forEach((e, i) => {
    enrolmentSession[i] = numberSession(e.sessionId);
    enrolmentLearner[i] = numberLearner(e.learnerId);
  });
  // (session, learner) pairs numbered. Were an id to contain '|', the pair is the text
  // "session|learner", as it always was (two pairs can then share one text).
  const pairNo = new PairIndex(d.enrolments.length);
  const pairText = new StringIndex(0);
  /** Per pair: an attendance record names the learner in the session (1). */
  const seen: number[] = [];
  /** Per pair: its first live enrolment (-1: none). */
  const enrolledAt: number[] = [];
  /**
   * Per pair: hours present by date, in the order the dates first appear: the attendance of the
   * pair's enrolment as it is (a pair has one live enrolment, or the input is refused).
   */
  const presence: Array<Array<{ date: string; hours: number }> | undefined> = [];
  const pair = (s: number, l: number): number => {
    const p = bar ? pairText.add(`${sessionNo.key(s)}|${learnerNo.key(l)}`) : pairNo.add(s, l);
    if (p === seen.length) {
      seen.push(0);
      enrolledAt.push(-1);
      presence.push(undefined);
    }
    return p;
  };

  // Hours of each slot of each session: the session's slot at that date and half-day (the last one,
  // if the session lists it twice).
  const slotHoursOf = (s: (typeof d.sessions)[number], date: string, half: string): number | undefined => {
    for (let k = s.slots.length - 1; k >= 0; k--) {
      const sl = s.slots[k]!;
      if (sl.date === date && sl.halfDay === half) return slotHours(sl);
    }
    return undefined;
  };

  // Attendance: hours by date per (session, learner), trainer hours by date per (session, trainer).
  // Keyed by a text that no two (session, trainer) pairs share, whatever their ids hold ('|' included:
  // the length of the session id goes first); the ids themselves are kept, never read back from the key.
  const trainerFromAttendance = new Map<string, { readonly sessionId: string; readonly trainerId: string; readonly byDate: Map<string, number> }>();
  for (let i = 0, j = 0; i < attendance.length; j += attendance[i]!.learners.length, i++) {
    const r = attendance[i]!;
    const sk = recordSession[i]!;
    if (sk >= knownSessions) {
      issues.push(issue(['attendance', i, 'sessionId'], 'unknown_reference', `Session inconnue : ${r.sessionId}.`, `Unknown session: ${r.sessionId}.`));
      continue;
    }
    const h = slotHoursOf(sessionAt[sk]!, r.slot.date, r.slot.halfDay);
    if (h === undefined) {
      issues.push(
        issue(['attendance', i, 'slot'], 'unknown_slot', `La demi-journée ${r.slot.date} (${r.slot.halfDay === 'morning' ? 'matin' : 'après-midi'}) n’est pas un créneau de la session ${r.sessionId}.`, `Half-day ${r.slot.date} ${r.slot.halfDay} is not a slot of session ${r.sessionId}.`),
      );
      continue;
    }
    if (!trainerIds.has(r.trainer.trainerId)) issues.push(issue(['attendance', i, 'trainer', 'trainerId'], 'unknown_reference', `Formateur inconnu : ${r.trainer.trainerId}.`, `Unknown trainer: ${r.trainer.trainerId}.`));
    const tk = `${r.sessionId.length}:${r.sessionId}|${r.trainer.trainerId}`;
    let te = trainerFromAttendance.get(tk);
    if (te === undefined) trainerFromAttendance.set(tk, (te = { sessionId: r.sessionId, trainerId: r.trainer.trainerId, byDate: new Map<string, number>() }));
    te.byDate.set(r.slot.date, centi((te.byDate.get(r.slot.date) ?? 0) + h));
    const date = r.slot.date;
    r.learners.forEach((l, jj) => {
      const lk = entryLearner[j + jj]!;
      if (lk >= knownLearners) issues.push(issue(['attendance', i, 'learners', jj, 'learnerId'], 'unknown_reference', `Stagiaire inconnu : ${l.learnerId}.`, `Unknown learner: ${l.learnerId}.`));
      const p = pair(sk, lk);
      seen[p] = 1;
      if (l.status !== 'present') return;
      let m = presence[p];
      if (m === undefined) presence[p] = m = [];
      addHours(m, date, h);
    });
  }

  // Trainings.
  const objectives = d.trainingObjectives ?? {};
  const nsfLabels = d.nsfLabels ?? {};
  const trainings: BpfInput['trainings'] = d.trainings.map((t) => {
    const o = objectives[t.id] ?? objectiveOf(t);
    const nsf = t.nsfCode?.slice(0, 3);
    const label = nsf === undefined ? undefined : nsfLabels[nsf];
    return {
      id: t.id,
      title: t.title,
      ...(o.objective !== undefined ? { objective: o.objective } : {}),
      ...(o.rncpLevel !== undefined ? { rncpLevel: o.rncpLevel } : {}),
      ...(nsf !== undefined ? { nsfCode: nsf } : {}),
      ...(label !== undefined ? { nsfLabel: label } : {}),
    };
  });

  // Sessions, with their planned slots (to split a total of hours across two years).
  const inYear = (s: { startDate: string; endDate: string }) => s.startDate <= fyEnd && s.endDate >= fyStart;
  const bpfSessions: BpfInput['sessions'] = d.sessions.map((s) => {
    const byDate = new Map<string, number>();
    for (const sl of s.slots) byDate.set(sl.date, centi((byDate.get(sl.date) ?? 0) + slotHours(sl)));
    return { id: s.id, trainingId: s.trainingId, start: s.startDate, end: s.endDate, subcontracting: s.subcontracting, slots: [...byDate].map(([date, hours]) => ({ date, hours })) };
  });

  // One live enrolment per learner and session (hours are read per learner and session), and no
  // presence on a sheet without an enrolment (its hours would be lost silently).
  d.enrolments.forEach((e, i) => {
    if (e.status === 'cancelled') return;
    const p = pair(enrolmentSession[i]!, enrolmentLearner[i]!);
    const first = enrolledAt[p]!;
    if (first < 0) enrolledAt[p] = i;
    else
      issues.push(
        issue(['enrolments', i, 'learnerId'], 'duplicate_enrolment', `Stagiaire ${e.learnerId} inscrit deux fois à la session ${e.sessionId} (inscriptions ${d.enrolments[first]!.id} et ${e.id}).`, `Learner ${e.learnerId} enrolled twice in session ${e.sessionId} (enrolments ${d.enrolments[first]!.id} and ${e.id}).`),
      );
  });
  for (let i = 0, j = 0; i < attendance.length; j += attendance[i]!.learners.length, i++) {
    const r = attendance[i]!;
    const sk = recordSession[i]!;
    if (sk >= knownSessions) continue;
    r.learners.forEach((l, jj) => {
      const lk = entryLearner[j + jj]!;
      if (l.status === 'present' && lk < knownLearners && enrolledAt[pair(sk, lk)]! < 0) {
        issues.push(issue(['attendance', i, 'learners', jj, 'learnerId'], 'not_enrolled', `Stagiaire ${l.learnerId} présent sans inscription à la session ${r.sessionId}.`, `Learner ${l.learnerId} present without an enrolment in session ${r.sessionId}.`));
      }
    });
  }

  // Enrolments.
  const enrolments: BpfInput['enrolments'] = [];
  d.enrolments.forEach((e, i) => {
    const lk = enrolmentLearner[i]!;
    const learner = lk < knownLearners ? learnerAt[lk] : undefined;
    if (learner === undefined) issues.push(issue(['enrolments', i, 'learnerId'], 'unknown_reference', `Stagiaire inconnu : ${e.learnerId}.`, `Unknown learner: ${e.learnerId}.`));
    const sk = enrolmentSession[i]!;
    const s = sk < knownSessions ? sessionAt[sk] : undefined;
    if (s === undefined) {
      issues.push(issue(['enrolments', i, 'sessionId'], 'unknown_reference', `Session inconnue : ${e.sessionId}.`, `Unknown session: ${e.sessionId}.`));
      return;
    }
    const lt = e.learnerType ?? learner?.learnerType;
    const p = pair(sk, lk);
    // Built key by key (same keys, same order as spreading a base object; no copy per row).
    const row: { -readonly [K in keyof BpfInput['enrolments'][number]]: BpfInput['enrolments'][number][K] } = { id: e.id, learnerId: e.learnerId, sessionId: e.sessionId };
    if (lt !== undefined && traineeTypeOf !== undefined) row.traineeType = traineeTypeOf[lt];
    if (e.status === 'completed' || e.status === 'in-progress' || e.status === 'abandoned' || e.status === 'cancelled') row.status = e.status;
    if (e.status === 'cancelled') {
      row.hours = 0;
      enrolments.push(row);
    } else if (seen[p] === 1) {
      row.attendance = presence[p] ?? [];
      enrolments.push(row);
    } else if (e.hoursAttended !== undefined) {
      row.hours = e.hoursAttended;
      enrolments.push(row);
    } else if (!inYear(s)) {
      row.hours = 0;
      enrolments.push(row);
    } else {
      issues.push(
        issue(
          ['enrolments', i, 'hoursAttended'],
          'hours_unknown',
          `Heures suivies inconnues pour l’inscription ${e.id} : aucune feuille d’émargement de ce stagiaire dans la session ${e.sessionId} et pas de « hoursAttended ».`,
          `Hours followed unknown for enrolment ${e.id}: no attendance record of this learner in session ${e.sessionId} and no "hoursAttended".`,
        ),
      );
    }
  });

  // Trainer hours: by hand, else from the attendance records of sessions with no hand entry.
  const manual = d.trainerHours ?? [];
  manual.forEach((r, i) => {
    if (!trainerIds.has(r.trainerId)) issues.push(issue(['trainerHours', i, 'trainerId'], 'unknown_reference', `Formateur inconnu : ${r.trainerId}.`, `Unknown trainer: ${r.trainerId}.`));
    if (r.sessionId !== undefined && !(sessionNo.get(r.sessionId) >= 0 && sessionNo.get(r.sessionId) < knownSessions)) issues.push(issue(['trainerHours', i, 'sessionId'], 'unknown_reference', `Session inconnue : ${r.sessionId}.`, `Unknown session: ${r.sessionId}.`));
  });
  const manualSessions = new Set(manual.flatMap((r) => (r.sessionId === undefined ? [] : [r.sessionId])));
  const trainerHours: NonNullable<BpfInput['trainerHours']> = manual.map((r, i) => ({ id: `trainerHours[${i}]`, ...r }));
  for (const { sessionId, trainerId, byDate } of trainerFromAttendance.values()) {
    if (manualSessions.has(sessionId)) continue;
    for (const [date, hours] of byDate) trainerHours.push({ id: `${sessionId}:${trainerId}:${date}`, trainerId, sessionId, date, hours });
  }

  // Invoices and payers.
  const payers = new Map<string, { id: string; name: string }>();
  const invoices: NonNullable<BpfInput['invoices']> = [];
  (d.invoices ?? []).forEach((inv, i) => {
    let funder: FunderType | undefined = inv.payer?.funder;
    if (funder === undefined && inv.payer?.cLine === undefined && inv.enrolmentIds !== undefined) {
      const types = new Set<FunderType>();
      inv.enrolmentIds.forEach((id, j) => {
        enrolmentById ??= new Map(d.enrolments.map((x) => [x.id, x]));
        const e = enrolmentById.get(id);
        if (e === undefined) issues.push(issue(['invoices', i, 'enrolmentIds', j], 'unknown_reference', `Inscription inconnue : ${id}.`, `Unknown enrolment: ${id}.`));
        else for (const f of e.funding) types.add(f.funder);
      });
      if (types.size === 1) funder = [...types][0];
    }
    const fromFunder: string | undefined = funder === undefined ? undefined : cLineOf?.[funder];
    const cLine = inv.payer?.cLine ?? (fromFunder !== undefined && isCLine(fromFunder) ? fromFunder : undefined);
    const payerId = inv.payer?.name ?? funder ?? 'payeur-non-precise';
    if (!payers.has(payerId)) payers.set(payerId, { id: payerId, name: inv.payer?.name ?? (funder !== undefined ? FUNDER_LABEL[funder] : 'Payeur non précisé') });
    invoices.push({
      id: inv.id,
      ...(inv.number !== undefined ? { number: inv.number } : {}),
      ...(inv.kind !== undefined ? { kind: inv.kind } : {}),
      ...(inv.status !== undefined ? { status: inv.status } : {}),
      issueDate: inv.issueDate,
      amountHT: inv.amountHT,
      payerId,
      ...(cLine !== undefined ? { cLine } : {}),
      ...(inv.creditedInvoiceId !== undefined ? { creditedInvoiceId: inv.creditedInvoiceId } : {}),
    });
  });

  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);

  // Cadre A, B, H.
  const o = d.organisation;
  const organisation: NonNullable<BpfInput['organisation']> | undefined =
    o === undefined && d.organisationDetails === undefined
      ? undefined
      : {
          ...(o !== undefined
            ? {
                name: o.name,
                siret: o.siret,
                ...(o.nda !== undefined && o.ndaStatus === 'registered' ? { nda: o.nda } : {}),
                ...(o.legalForm !== undefined ? { legalForm: o.legalForm } : {}),
                address: { lines: [o.address.line1, ...(o.address.line2 ? [o.address.line2] : [])], postalCode: o.address.postalCode, city: o.address.city },
                ...(o.phone !== undefined ? { phone: o.phone } : {}),
                ...(o.email !== undefined ? { email: o.email } : {}),
              }
            : {}),
          ...(d.organisationDetails ?? {}),
        };
  const yearSessions = d.sessions.filter(inYear);
  const distanceActions = d.distanceActions ?? (yearSessions.length > 0 ? yearSessions.some((s) => s.modality === 'distance' || s.modality === 'mixte') : undefined);
  const rep = o?.legalRepresentative;
  const manager = d.manager ?? (rep !== undefined ? { lastName: rep.lastName, firstName: rep.firstName, title: rep.title } : undefined);

  return {
    financialYear: { start: fyStart, end: fyEnd },
    ...(organisation !== undefined ? { organisation } : {}),
    ...(distanceActions !== undefined ? { distanceActions } : {}),
    trainings,
    sessions: bpfSessions,
    trainers: trainers.map((t) => ({ id: t.id, name: `${t.firstName} ${t.lastName}`, kind: t.kind === 'internal' ? 'internal' : 'external' })),
    trainerHours,
    payers: [...payers.values()],
    invoices,
    ...(d.charges !== undefined ? { charges: d.charges } : {}),
    ...(manager !== undefined ? { manager } : {}),
    enrolments,
  };
}
