/**
 * Shared input schemas and helpers of the document builders.
 *
 * Fields that carry a **mandatory mention** are optional in the schemas: when one is absent,
 * the mention checker reports it with its legal reference (instead of a bare "required" error).
 * The schemas reject only what is malformed (bad dates, SIRET, amounts…).
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import {
  AddressSchema,
  CertificationRefSchema,
  CivilDateSchema,
  FrVatNumberSchema,
  HoursSchema,
  ModalitySchema,
  NonEmptyStringSchema,
  NonNegativeMoneyInputSchema,
  SiretSchema,
  TrainingCategorySchema,
  TimeSlotSchema,
  formatEur,
  money,
  validateSiren,
  valueAt,
  warningFor,
  type Address,
  type CivilDate,
  type LegalRef,
  type Organisation,
  type Parameter,
  type ParameterValue,
  type RuleSet,
  type Step,
  type TrainingCategory,
  type Warning,
} from '@ofkit/core';
import { bilingual, identifierSchema } from '@ofkit/core/internal';
import type { IssuerIdentity, MentionCheck } from '../model/types.js';
import type { DocumentRules } from './rules.js';
import { REFS } from './refs.js';
import { mentionInForce, type MentionRule } from './mentions.js';
import { frTimeRange } from '../typography/index.js';

/**
 * Free text of a mention: any string (an empty one counts as missing), at most 100 000 characters.
 */
export const MentionTextSchema = /* @__PURE__ */ (() => z.string().max(100_000))();
/**
 * Optional list of texts (objectives, modules…).
 */
export const TextListSchema = /* @__PURE__ */ (() => z.array(z.string().max(100_000)))();

/**
 * SIREN (9 digits, Luhn).
 */
export const SirenSchema = /* @__PURE__ */ (() => identifierSchema(validateSiren, 'SIREN: 9 digits'))();

/**
 * A person named on a document by name and capacity (signatory, contact).
 */
export const NamedPersonSchema = /* @__PURE__ */ (() => z.object({
  /** Full name as printed, e.g. « Claire Martin ». */
  name: NonEmptyStringSchema.max(1000).describe('Full name as printed, e.g. « Claire Martin ».'),
  /** Capacity, e.g. « Gérante », « Formateur SST ». */
  title: z.string().max(1000).optional().describe('Capacity, e.g. « Gérante », « Responsable pédagogique ».'),
  /** E-mail address. */
  email: z.string().max(320).optional().describe('E-mail address.'),
  /** Phone number as printed. */
  phone: z.string().max(50).optional().describe('Phone number as printed.'),
}).describe('A person named on the document (signatory, contact).'))();
/**
 * The NamedPerson record (validated by `NamedPersonSchema`).
 *
 * @interface
 */
export type NamedPerson = z.output<typeof NamedPersonSchema>;

/**
 * The client: the company, public body or person that buys the training (`client` in every kind).
 */
export const ClientSchema = /* @__PURE__ */ (() => z.object({
  /** Company name, or the person's full name. */
  name: NonEmptyStringSchema.max(1000).describe('Company name (raison sociale), or the full name of a person.'),
  /** `business` (B2B: late-payment mentions apply), `individual` (a person), `public` (public body). */
  type: z.enum(['business', 'individual', 'public']).default('business').describe('business: a company (B2B); individual: a person paying for themself; public: a public body.'),
  /** Postal address. */
  address: AddressSchema.optional().describe('Postal address of the client.'),
  /** SIRET of the client's establishment. */
  siret: SiretSchema.optional().describe('SIRET of the client establishment (14 digits).'),
  /** SIREN of the client (e-invoicing mention). */
  siren: SirenSchema.optional().describe('SIREN of the client (9 digits), printed on invoices for e-invoicing.'),
  /** Intra-EU VAT number. */
  vatNumber: FrVatNumberSchema.optional().describe('French intra-EU VAT number of the client.'),
  /** Who signs for the client. */
  signatory: NamedPersonSchema.optional().describe('Who signs for the client.'),
  /** E-mail address. */
  email: z.string().max(320).optional().describe('E-mail address of the client.'),
}).describe('The client: a company, a public body or a person.'))();
/**
 * The Client record (validated by `ClientSchema`).
 *
 * @interface
 */
export type Client = z.output<typeof ClientSchema>;
/** @deprecated Renamed {@link ClientSchema}. */
export const PartySchema = ClientSchema;
export type Party = Client;

/**
 * Distance-learning (FOAD) arrangements required by D. 6313-3-1.
 */
export const FoadSchema = /* @__PURE__ */ (() => z.object({
  /** Technical and pedagogical assistance (who, how, when). */
  assistance: MentionTextSchema.optional().describe('Technical and pedagogical assistance: who, how, within what time (D. 6313-3-1 1°).'),
  /** Information on the distance activities and their estimated average duration. */
  activities: MentionTextSchema.optional().describe('The distance activities and their estimated average duration (D. 6313-3-1 2°).'),
  /** Assessments that mark out or conclude the action. */
  assessments: MentionTextSchema.optional().describe('Assessments that mark out or conclude the action (D. 6313-3-1 3°).'),
}).describe('Distance-learning arrangements (D. 6313-3-1), for a distance or blended session.'))();

/**
 * The training (`training` in every kind): core's `Training` record, every field optional here
 * (a missing one that a document needs is reported as a missing mention), plus `followUp` and
 * `sanction`. A core `Training` passes as it is.
 */
export const TrainingBlockSchema = /* @__PURE__ */ (() => z.object({
  /** Id of core's Training record. */
  id: z.string().max(200).optional().describe("Id of core's Training record (not printed)."),
  /** Title (intitulé) of the training. */
  title: MentionTextSchema.optional().describe('Title (intitulé) of the training.'),
  /** Nature of the action among the 4 categories of L. 6313-1. */
  category: TrainingCategorySchema.optional().describe('Nature of the action among the four categories of L. 6313-1.'),
  /** Certification prepared (RNCP, RS, CQP). */
  certification: CertificationRefSchema.optional().describe('Certification prepared (RNCP, RS or CQP).'),
  /** Main NSF speciality. */
  nsfCode: z.string().max(10).optional().describe('Main NSF speciality code (not printed).'),
  /** Formacodes, the main one first. */
  formacodes: z.array(z.string().max(10)).optional().describe('Formacodes, the main one first (not printed).'),
  /** Operational, assessable objectives. */
  objectives: TextListSchema.optional().describe('Operational and assessable objectives, one per item.'),
  /** Prior knowledge required. */
  prerequisites: MentionTextSchema.optional().describe('Prerequisites: prior knowledge required.'),
  /** Who the training is for. */
  audience: MentionTextSchema.optional().describe('Audience: who the training is for.'),
  /** Duration in hours. */
  durationHours: HoursSchema.optional().describe('Duration of the training, in hours.'),
  /** Content: modules or sequences (or « voir programme en annexe »). */
  content: TextListSchema.optional().describe('Content: modules or sequences, one per item (or « voir programme en annexe »).'),
  /** Pedagogical, technical and supervision means (moyens pédagogiques, techniques et d'encadrement). */
  methods: MentionTextSchema.optional().describe("Pedagogical, technical and supervision means (moyens pédagogiques, techniques et d'encadrement)."),
  /** How what was learnt is assessed (modalités d'évaluation). */
  assessment: MentionTextSchema.optional().describe("How what was learnt is assessed (modalités d'évaluation)."),
  /** How the delivery is followed (émargement per half-day, connection logs…). */
  followUp: MentionTextSchema.optional().describe("How the delivery is followed (modalités de suivi de l'exécution): émargement per half-day, connection logs…"),
  /** What the training leads to (attestation, certification). */
  sanction: MentionTextSchema.optional().describe("What the training leads to (modalités de sanction): attestation de fin de formation, certification…"),
  /** Accessibility to people with disabilities. */
  accessibility: MentionTextSchema.optional().describe('Accessibility to people with disabilities (RNQ indicators 1 and 26).'),
  /** List price excluding VAT. */
  price: NonNegativeMoneyInputSchema.optional().describe('List price excluding VAT, in euros (not printed unless a kind asks for it).'),
}).describe("The training: core's Training record, every field optional."))();
/**
 * The TrainingBlock record (validated by `TrainingBlockSchema`).
 *
 * @interface
 */
export type TrainingBlock = z.output<typeof TrainingBlockSchema>;

/** Where a session takes place (core's `Session.place`). */
export const SessionPlaceSchema = /* @__PURE__ */ (() => z.object({
  /** Name of the place, e.g. « Salle Bellecour ». */
  name: z.string().max(1000).optional().describe('Name of the place, e.g. « Salle Bellecour ».'),
  /** Postal address. */
  address: AddressSchema.optional().describe('Postal address of the place.'),
}).describe('Where the session takes place.'))();

/**
 * The session (`session` in every kind): core's `Session` record, every field optional here, plus
 * `schedule`, `foad` and `distanceRatePercent`. A core `Session` passes as it is.
 */
export const SessionBlockSchema = /* @__PURE__ */ (() => z.object({
  /** Id of core's Session record. */
  id: z.string().max(200).optional().describe("Id of core's Session record."),
  /** Id of the training. */
  trainingId: z.string().max(200).optional().describe('Id of the training (not printed).'),
  /** First day. */
  startDate: CivilDateSchema.optional().describe('First day of the session (YYYY-MM-DD).'),
  /** Last day. */
  endDate: CivilDateSchema.optional().describe('Last day of the session (YYYY-MM-DD).'),
  /** Half-day slots with their times (Europe/Paris). */
  slots: z.array(TimeSlotSchema).optional().describe('Half-day slots with their wall-clock times (Europe/Paris).'),
  /** Delivery modality. */
  modality: ModalitySchema.optional().describe('presentiel, distance, mixte (blended) or situation-de-travail (AFEST).'),
  /** Where. */
  place: SessionPlaceSchema.optional().describe('Where.'),
  /** Link of a distance session. */
  remoteUrl: z.string().max(2000).optional().describe('Connection link of a distance session.'),
  /** Trainers assigned (ids of `trainers`). */
  trainerIds: z.array(z.string().max(200)).optional().describe('Ids of the trainers assigned (entries of `trainers`).'),
  /** Maximum number of learners. */
  capacity: z.number().int().positive().optional().describe('Maximum number of learners.'),
  /** Subcontracting (BPF). */
  subcontracting: z.enum(['none', 'out', 'in']).optional().describe('Subcontracting for the BPF (not printed).'),
  /** Timetable as text when there are no slots, e.g. « 9 h 00 – 12 h 30 et 13 h 30 – 17 h 00 ». */
  schedule: MentionTextSchema.optional().describe('Timetable as text when slots are not given, e.g. « 9 h 00 – 12 h 30 et 13 h 30 – 17 h 00 ».'),
  /** FOAD arrangements (D. 6313-3-1) for a distance or blended session. */
  foad: FoadSchema.optional().describe('FOAD arrangements (D. 6313-3-1) for a distance or blended session.'),
  /**
   * Share of the teaching delivered at a distance in the total duration, in percent (0–100): a
   * mandatory mention of a convention (or a devis standing in for one) for a distance or blended
   * action since 1 July 2025 (D. 6353-1 I 1°, décret 2025-586).
   */
  distanceRatePercent: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Share of the teaching delivered at a distance in the total duration, in percent (0–100). Mandatory on a convention or a devis standing in for one, for a distance or blended action, since 1 July 2025 (D. 6353-1 I 1°, décret 2025-586).'),
}).refine((s) => s.startDate === undefined || s.endDate === undefined || s.endDate >= s.startDate, {
  message: bilingual('La date de fin précède la date de début.', 'End date is before start date.'),
  path: ['endDate'],
}).describe("The session: core's Session record, every field optional."))();
/**
 * The SessionBlock record (validated by `SessionBlockSchema`).
 *
 * @interface
 */
export type SessionBlock = z.output<typeof SessionBlockSchema>;

/**
 * A learner (`learner`, `learners`): core's `Learner` record, the id optional.
 */
export const LearnerBlockSchema = /* @__PURE__ */ (() => z.object({
  /** Id of core's Learner record. */
  id: z.string().max(200).optional().describe("Id of core's Learner record (not printed)."),
  /** M., Mme or Mx; absent: wording that presumes no gender. */
  civility: z.enum(['M.', 'Mme', 'Mx']).optional().describe('M., Mme or Mx; when absent the documents use wording that presumes no gender.'),
  /** First name. */
  firstName: NonEmptyStringSchema.max(1000).describe('First name.'),
  /** Last name. */
  lastName: NonEmptyStringSchema.max(1000).describe('Last name.'),
  /** E-mail address. */
  email: z.string().max(320).optional().describe('E-mail address.'),
  /** Phone number. */
  phone: z.string().max(50).optional().describe('Phone number.'),
  /** Birth date (not printed). */
  birthDate: CivilDateSchema.optional().describe('Birth date (not printed).'),
  /** Postal address (printed on a contrat de formation). */
  address: AddressSchema.optional().describe('Postal address (printed on a contrat de formation).'),
  /** BPF learner type (not printed). */
  learnerType: z.enum(['private-employee', 'apprentice', 'jobseeker', 'individual', 'other']).optional().describe('Learner type of the BPF (not printed).'),
  /** Employer, printed on the certificat de réalisation and the émargement. */
  employer: z.object({
    /** Name of the employer. */
    name: NonEmptyStringSchema.max(1000).describe('Name of the employer.'),
    /** SIRET of the employer. */
    siret: SiretSchema.optional().describe('SIRET of the employer.'),
  }).optional().describe('Employer of the learner.'),
  /** Declared disability (not printed). */
  disability: z.boolean().optional().describe('Declared disability (not printed; accommodations are arranged with the disability contact).'),
}).describe("A learner: core's Learner record, the id optional."))();
/**
 * The LearnerBlock record (validated by `LearnerBlockSchema`).
 *
 * @interface
 */
export type LearnerBlock = z.output<typeof LearnerBlockSchema>;

/**
 * A trainer (`trainers`): core's `Trainer` record, id and kind optional, plus the capacity printed.
 */
export const TrainerBlockSchema = /* @__PURE__ */ (() => z.object({
  /** Id of core's Trainer record. */
  id: z.string().max(200).optional().describe("Id of core's Trainer record."),
  /** M., Mme or Mx. */
  civility: z.enum(['M.', 'Mme', 'Mx']).optional().describe('M., Mme or Mx.'),
  /** First name. */
  firstName: NonEmptyStringSchema.max(1000).describe('First name.'),
  /** Last name. */
  lastName: NonEmptyStringSchema.max(1000).describe('Last name.'),
  /** E-mail address. */
  email: z.string().max(320).optional().describe('E-mail address.'),
  /** Phone number. */
  phone: z.string().max(50).optional().describe('Phone number.'),
  /** Internal or subcontractor (not printed). */
  kind: z.enum(['internal', 'subcontractor']).optional().describe('internal or subcontractor (BPF; not printed).'),
  /** Diplomas, titles or references (L. 6353-4 4° on a contrat). */
  qualifications: z.array(z.string().max(1000)).optional().describe('Diplomas, titles or references of the trainer (L. 6353-4 4° on a contrat de formation).'),
  /** Capacity printed, e.g. « Formatrice consultante ». */
  title: z.string().max(1000).optional().describe('Capacity printed, e.g. « Formatrice consultante ».'),
}).describe("A trainer: core's Trainer record, id and kind optional."))();
/**
 * The TrainerBlock record (validated by `TrainerBlockSchema`).
 *
 * @interface
 */
export type TrainerBlock = z.output<typeof TrainerBlockSchema>;

/**
 * True when `iban` passes the ISO 13616 check (country, key, mod 97 = 1). Never throws: any other
 * value (not a string, too long) is `false`.
 *
 * @example
 * ```ts
 * import { isValidIban } from '@ofkit/docs-gen';
 * isValidIban('FR76 3000 6000 0112 3456 7890 189'); // true
 * isValidIban('FR76 3000 6000 0112 3456 7890 188'); // false
 * ```
 */
export function isValidIban(iban: string): boolean {
  // An identifier check never throws: anything but a string of plausible length is not an IBAN.
  if (typeof iban !== 'string' || iban.length > 200) return false;
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  if (s.startsWith('FR') && s.length !== 27) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of r) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dgt of v) rem = (rem * 10 + Number(dgt)) % 97;
  }
  return rem === 1;
}

/** An IBAN in groups of four: « FR76 3000 6000 0112 3456 7890 189 ». */
export function formatIban(iban: string): string {
  return iban.replace(/\s/g, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}

/** Bank details printed on an invoice. */
export const BankAccountSchema = /* @__PURE__ */ (() => z.object({
  /** Account holder (default: the organisation's name). */
  holder: z.string().max(1000).optional().describe("Account holder (default: the organisation's name)."),
  /** Name of the bank. */
  bank: z.string().max(1000).optional().describe('Name of the bank.'),
  /** IBAN, spaces allowed; checked (ISO 13616, mod 97). */
  iban: z.string().max(50).refine(isValidIban, { message: bilingual('IBAN invalide (clé de contrôle ou longueur).', 'Invalid IBAN (check digits or length).') }).describe('IBAN, spaces allowed; checked with its mod-97 key.'),
  /** BIC (8 or 11 characters). */
  bic: z.string().regex(/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { message: bilingual('BIC : 8 ou 11 caractères attendus.', 'BIC: 8 or 11 characters expected.') }).describe('BIC (SWIFT code), 8 or 11 characters.'),
}).describe('Bank details for a payment by transfer.'))();

/**
 * A free clause (`clauses` of the convention, the contrat and the devis): a titled paragraph
 * printed after the legal articles.
 */
export const ClauseSchema = /* @__PURE__ */ (() => z.object({
  /** Title of the clause, e.g. « Confidentialité ». */
  title: NonEmptyStringSchema.max(1000).describe('Title of the clause, e.g. « Confidentialité ».'),
  /** Text of the clause (paragraphs separated by blank lines). */
  text: NonEmptyStringSchema.max(100_000).describe('Text of the clause; paragraphs separated by a blank line.'),
}).describe('A free clause: a titled paragraph printed after the legal articles.'))();
export const ClausesSchema = /* @__PURE__ */ (() => z.array(ClauseSchema).max(100).optional().describe('Free clauses (titled paragraphs) printed after the legal articles.'))();

/** The internal view of a training action the builders print (training + session). */
export interface Action {
  readonly title?: string | undefined;
  readonly category?: TrainingCategory | undefined;
  readonly objectives?: readonly string[] | undefined;
  readonly content?: readonly string[] | undefined;
  readonly means?: string | undefined;
  readonly durationHours?: number | undefined;
  readonly period?: { readonly start: CivilDate; readonly end: CivilDate } | undefined;
  readonly modality?: z.infer<typeof ModalitySchema> | undefined;
  readonly place?: string | undefined;
  readonly schedule?: string | undefined;
  readonly followUp?: string | undefined;
  readonly assessment?: string | undefined;
  readonly sanction?: string | undefined;
  readonly foad?: z.output<typeof FoadSchema> | undefined;
  readonly distanceRatePercent?: number | undefined;
  readonly certification?: z.output<typeof CertificationRefSchema> | undefined;
  readonly prerequisites?: string | undefined;
  readonly audience?: string | undefined;
}

/** Where each field of {@link Action} comes from in the input (paths of mention checks). */
export const ACTION_PATH = {
  title: ['training', 'title'],
  category: ['training', 'category'],
  objectives: ['training', 'objectives'],
  content: ['training', 'content'],
  means: ['training', 'methods'],
  durationHours: ['training', 'durationHours'],
  period: ['session', 'startDate'],
  modality: ['session', 'modality'],
  place: ['session', 'place'],
  schedule: ['session', 'schedule'],
  followUp: ['training', 'followUp'],
  assessment: ['training', 'assessment'],
  sanction: ['training', 'sanction'],
  foad: ['session', 'foad'],
  distanceRatePercent: ['session', 'distanceRatePercent'],
  certification: ['training', 'certification'],
  prerequisites: ['training', 'prerequisites'],
  audience: ['training', 'audience'],
} as const;

/** The place of a session on one line: « Salle Bellecour, 12 rue de la République, 69002 Lyon ». */
export function placeText(place: z.output<typeof SessionPlaceSchema> | undefined, remoteUrl?: string): string | undefined {
  if (!place) return remoteUrl ? `À distance : ${remoteUrl}` : undefined;
  const parts = [place.name, place.address ? `${[place.address.line1, place.address.line2].filter(Boolean).join(', ')}, ${place.address.postalCode} ${place.address.city}` : undefined].filter((x): x is string => !!x);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The timetable of a session: its text, or the distinct times of its slots (« 9 h 00 – 12 h 30 et 13 h 30 – 17 h 00 »). */
export function scheduleText(session: SessionBlock | undefined): string | undefined {
  if (!session) return undefined;
  if (session.schedule && session.schedule.trim() !== '') return session.schedule;
  const slots = session.slots ?? [];
  if (slots.length === 0) return undefined;
  const ranges: string[] = [];
  for (const sl of [...slots].sort((a, b) => (a.halfDay === b.halfDay ? 0 : a.halfDay === 'morning' ? -1 : 1))) {
    const r = frTimeRange(sl.start, sl.end);
    if (!ranges.includes(r)) ranges.push(r);
  }
  return ranges.join(' et ');
}

/** The action a document prints, from its `training` and `session` blocks. */
export function actionOf(d: { readonly training?: TrainingBlock | undefined; readonly session?: SessionBlock | undefined }): Action {
  const t = d.training ?? {};
  const s = d.session ?? {};
  const period = s.startDate && s.endDate ? { start: s.startDate, end: s.endDate } : s.startDate ? { start: s.startDate, end: s.startDate } : undefined;
  return {
    title: t.title,
    category: t.category,
    objectives: t.objectives,
    content: t.content,
    means: t.methods,
    durationHours: t.durationHours,
    period,
    modality: s.modality,
    place: placeText(s.place, s.remoteUrl),
    schedule: scheduleText(s),
    followUp: t.followUp,
    assessment: t.assessment,
    sanction: t.sanction,
    foad: s.foad,
    distanceRatePercent: s.distanceRatePercent,
    certification: t.certification,
    prerequisites: t.prerequisites,
    audience: t.audience,
  };
}

/** Full name of a person, with the civility when given. */
export function personName(p: { readonly civility?: string | undefined; readonly firstName: string; readonly lastName: string }): string {
  return `${p.civility ? `${p.civility} ` : ''}${p.firstName} ${p.lastName}`;
}

/**
 * Price of an action: amount excluding VAT, and the VAT rate (percent) when the OF charges VAT.
 */
export const PriceSchema = /* @__PURE__ */ (() => z.object({
  /** Price excluding VAT, as a decimal string ("2400.00"). */
  amountExclTax: NonNegativeMoneyInputSchema.optional().describe('Price excluding VAT, as a decimal string ("2400.00").'),
  /** VAT rate in percent as a decimal string, e.g. `"20"`; only when the OF is subject to VAT. */
  vatRate: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,2})?$/, { message: bilingual('Taux de TVA en pourcentage attendu (ex. "20").', 'VAT rate in percent expected (e.g. "20").') })
    .optional()
    .describe('VAT rate in percent as a decimal string ("20"), only when the OF is subject to VAT.'),
}))();
/**
 * The Price record (validated by `PriceSchema`).
 *
 * @interface
 */
export type Price = z.output<typeof PriceSchema>;


/**
 * Options of {@link createDocument} and {@link checkMentions}.
 *
 * @example
 * ```ts
 * import type { DocumentOptions } from '@ofkit/docs-gen';
 * const options: DocumentOptions = { draft: true, withdrawalAtDistance: 'labour-code', issuerSize: 'pme' };
 * // createDocument('contrat-formation', data, options)
 * ```
 */
export interface DocumentOptions {
  /**
   * Build even when mandatory mentions are missing: each missing mention becomes a warning
   * (`MISSING_MENTION`) and the title is prefixed with « PROJET ». Default `false`: throw.
   */
  readonly draft?: boolean;
  /** The law to apply (default {@link documentRules}); derive one with `overrideRules`. */
  readonly rules?: RuleSet<DocumentRules>;
  /**
   * Contrat de formation signed at a distance or off-premises: `'consumer-code'` (default,
   * strictest: 14 days, C. consom. L221-18 as practitioners apply it) or `'labour-code'`
   * (10 days of L. 6353-5 in every case).
   */
  readonly withdrawalAtDistance?: 'consumer-code' | 'labour-code';
  /**
   * Size of the invoicing OF for the e-invoicing calendar (décret 2022-1299 mentions). Default
   * `'large'` (strictest: mentions required from 1 September 2026).
   */
  readonly issuerSize?: 'large' | 'eti' | 'pme' | 'micro';
  /**
   * Append an internal annex (« Annexe interne — ne pas transmettre ») listing every mention
   * checked with its code and reference, and every warning. Default `false`: what a client or
   * learner receives shows no machine code and no note about sources.
   */
  readonly internalAnnex?: boolean;
}

/** The zod schema of {@link DocumentOptions} (options are validated like data). */
export const DocumentOptionsSchema = /* @__PURE__ */ (() => z.object({
  draft: z.boolean().optional(),
  rules: z.custom<RuleSet<DocumentRules>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { message: bilingual('Jeu de règles attendu (documentRules ou overrideRules(...)).', 'A rule set expected (documentRules or overrideRules(...)).') }).optional(),
  withdrawalAtDistance: z.enum(['consumer-code', 'labour-code']).optional(),
  issuerSize: z.enum(['large', 'eti', 'pme', 'micro']).optional(),
  internalAnnex: z.boolean().optional(),
}))();

/**
 * The context a builder works in: the date of the document, the rules, and what it relied on.
 */
export class BuildContext {
  readonly warnings: Warning[] = [];
  readonly references: LegalRef[] = [];
  readonly explanation: Step[] = [];
  readonly #read = new Set<string>();
  constructor(
    readonly date: CivilDate,
    readonly rules: RuleSet<DocumentRules>,
    readonly options: DocumentOptions,
  ) {}

  /** Reads a parameter at the document's date, recording its references and warning. */
  param<K extends keyof DocumentRules>(key: K, option?: string): ParameterValue<DocumentRules[K]> {
    const resolved = valueAt(this.rules[key] as Parameter<unknown>, this.date);
    if (this.#read.has(String(key))) return resolved.value as ParameterValue<DocumentRules[K]>;
    this.#read.add(String(key));
    const w = warningFor(resolved, option);
    if (w) this.warnings.push(w);
    this.references.push(...resolved.references);
    this.explanation.push({
      code: `PARAM_${String(key)}`,
      label: `${resolved.label} : ${typeof resolved.value === 'object' ? JSON.stringify(resolved.value) : String(resolved.value)} (en vigueur au ${this.date})`,
      labelEn: `${resolved.labelEn ?? resolved.label}: ${typeof resolved.value === 'object' ? JSON.stringify(resolved.value) : String(resolved.value)} (in force on ${this.date})`,
      references: resolved.references,
    });
    return resolved.value as ParameterValue<DocumentRules[K]>;
  }
}

/**
 * True when a mention value is present: non-blank string, non-empty array, any other defined value.
 */
export function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0 && v.some((x) => present(x));
  return true;
}

/**
 * Collects the mention checks of one document. The kind's mention list (law as data, see
 * `mentions.ts`) is read at the document's date: a check whose mention is not in force on that date,
 * or that an override removed, is skipped; its label, references and status come from the list.
 */
export class MentionList {
  readonly checks: MentionCheck[] = [];
  readonly #rules: ReadonlyMap<string, MentionRule>;

  /** `rules`: the kind's mention list in force; `date`: the document's date. */
  constructor(rules: readonly MentionRule[] = [], readonly date?: CivilDate) {
    this.#rules = new Map(rules.filter((r) => date === undefined || mentionInForce(r, date)).map((r) => [r.code, r]));
  }

  /** The mention rule of `code` in force, if any. */
  rule(code: string): MentionRule | undefined {
    return this.#rules.get(code);
  }

  #resolve(args: readonly unknown[], kind: 'need' | 'valid'): { code: string; label: string; labelEn: string; path: (string | number)[]; value: unknown; references: LegalRef[]; status: MentionCheck['ruleStatus']; note?: string } | undefined {
    if (args.length >= 6 && typeof args[1] === 'string') {
      // Inline form (code, label, labelEn, path, value, references, status?): kept for kinds not yet in the lists.
      const [code, label, labelEn, path, value, references, status] = args as [string, string, string, (string | number)[], unknown, LegalRef[], MentionCheck['ruleStatus'] | undefined];
      return { code, label, labelEn, path: [...path], value, references: [...references], status: status ?? 'confirmed' };
    }
    const [code, path, value, vars] = args as [string, (string | number)[], unknown, Readonly<Record<string, string | number>> | undefined];
    const r = this.#rules.get(code);
    if (!r) return undefined;
    const fill = (t: string) => t.replace(/\{(\w+)\}/g, (all, k: string) => (vars && k in vars ? String(vars[k]) : all));
    void kind;
    return { code, label: fill(r.label), labelEn: fill(r.labelEn), path: [...path], value, references: [...r.references], status: r.status, ...(r.note ? { note: r.note } : {}) };
  }

  /**
   * A mention that must be present at `path`: `need(code, path, value, vars?)`, the label,
   * references and status read from the kind's mention list (`vars` fills `{name}` placeholders).
   * Returns true when present or when the mention is not required on the document's date.
   */
  need(code: string, path: readonly (string | number)[], value: unknown, vars?: Readonly<Record<string, string | number>>): boolean;
  /** Inline form, for a kind whose mentions are not (yet) in {@link documentRules}. */
  need(code: string, label: string, labelEn: string, path: readonly (string | number)[], value: unknown, references: readonly LegalRef[], ruleStatus?: MentionCheck['ruleStatus']): boolean;
  need(...args: unknown[]): boolean {
    const r = this.#resolve(args, 'need');
    if (!r) return true;
    const ok = present(r.value);
    this.checks.push({
      code: r.code,
      label: r.label,
      labelEn: r.labelEn,
      path: r.path,
      status: ok ? 'present' : 'missing',
      check: 'presence',
      ...(ok ? {} : { message: `Mention obligatoire manquante : ${r.label}.`, messageEn: `Mandatory mention missing: ${r.labelEn}.` }),
      references: r.references,
      ruleStatus: r.status,
    });
    return ok;
  }

  /**
   * A mention that is present but wrong (or right: `problem` undefined): `valid(code, path, problem, vars?)`.
   */
  valid(code: string, path: readonly (string | number)[], problem: { fr: string; en: string } | undefined, vars?: Readonly<Record<string, string | number>>): boolean;
  /** Inline form, for a kind whose mentions are not (yet) in {@link documentRules}. */
  valid(code: string, label: string, labelEn: string, path: readonly (string | number)[], problem: { fr: string; en: string } | undefined, references: readonly LegalRef[], ruleStatus?: MentionCheck['ruleStatus']): boolean;
  valid(...args: unknown[]): boolean {
    const r = this.#resolve(args, 'valid');
    if (!r) return true;
    const problem = r.value as { fr: string; en: string } | undefined;
    this.checks.push({
      code: r.code,
      label: r.label,
      labelEn: r.labelEn,
      path: r.path,
      status: problem ? 'invalid' : 'present',
      check: 'validity',
      ...(problem ? { message: problem.fr, messageEn: problem.en } : {}),
      references: r.references,
      ruleStatus: r.status,
    });
    return !problem;
  }
}

/**
 * Address on lines.
 */
export function addressLines(a: Address | undefined): string[] {
  if (!a) return [];
  return [a.line1, ...(a.line2 ? [a.line2] : []), `${a.postalCode} ${a.city}${a.country && a.country !== 'FR' ? ` (${a.country})` : ''}`];
}

/**
 * The OF's identity for headers and footers.
 */
export function issuerOf(org: Organisation): IssuerIdentity {
  return {
    name: org.name,
    address: addressLines(org.address),
    siret: org.siret,
    nda: org.ndaStatus === 'pending' || !org.nda ? "en cours d'enregistrement" : org.nda,
    ...(org.ndaRegion ? { ndaRegion: org.ndaRegion } : {}),
    ...(org.vat.number ? { vatNumber: org.vat.number } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { phone: org.phone } : {}),
    ...(org.website ? { website: org.website } : {}),
  };
}

/**
 * The NDA mention check, common to conventions, contracts, quotes and invoices (practice, §0).
 */
export function checkNda(m: MentionList, org: Organisation): void {
  m.need('organisation.nda', ['organisation', 'nda'], org.nda ?? (org.ndaStatus === 'pending' ? 'pending' : undefined)
  );
}


/**
 * French label of a category (L. 6313-1).
 */
export const CATEGORY_LABELS: Readonly<Record<TrainingCategory, string>> = {
  'action-de-formation': 'action de formation',
  'bilan-de-competences': 'bilan de compétences',
  vae: 'action de validation des acquis de l’expérience (VAE)',
  apprentissage: 'action de formation par apprentissage',
};

/**
 * French label of a modality.
 */
export const MODALITY_LABELS: Readonly<Record<z.infer<typeof ModalitySchema>, string>> = {
  presentiel: 'présentiel',
  distance: 'à distance (FOAD)',
  mixte: 'mixte (présentiel et distance)',
  'situation-de-travail': 'en situation de travail (AFEST)',
};

/**
 * Formats hours the French way: 14 → « 14 h », 3.5 → « 3,5 h ».
 */
export function hours(h: number): string {
  return `${String(h).replace('.', ',')} h`;
}

/**
 * Price lines (HT, VAT or exemption mention, TTC) for an amount, by the OF's VAT regime.
 */
export function priceLines(
  amountExclTax: string,
  vatRate: string | undefined,
  org: Organisation,
  ctx: BuildContext,
): { lines: [string, string][]; totalInclTax: string } {
  const ht = money(amountExclTax);
  if (org.vat.regime === 'subject') {
    const rate = vatRate ?? '0';
    const vat = ht.ratio(rate, 100);
    const ttc = ht.plus(vat);
    return {
      lines: [
        ['Prix HT', formatEur(ht)],
        [`TVA (${rate.replace('.', ',')} %)`, formatEur(vat)],
        ['Prix TTC', formatEur(ttc)],
      ],
      totalInclTax: ttc.toString(),
    };
  }
  const mentions = ctx.param('vatMentions');
  return {
    lines: [
      ['Prix net de taxe', formatEur(ht)],
      ['TVA', mentions[org.vat.regime]],
    ],
    totalInclTax: ht.toString(),
  };
}

/**
 * How a certification is printed on a document: its code (and title when `withTitle`), or, for a CQP
 * registered in neither repertory, « CQP » with its name (and the branch's reference if any).
 *
 * @example
 * ```ts
 * import { certificationText } from '@ofkit/docs-gen/internal';
 * certificationText({ type: 'rs', code: 'RS5678', title: 'TOEIC' }, true); // 'RS5678 — TOEIC'
 * certificationText({ type: 'cqp', title: 'CQP Opérateur logistique' }, false); // 'CQP Opérateur logistique'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function certificationText(
  c: { readonly type: string; readonly code?: string | undefined; readonly title?: string | undefined },
  withTitle: boolean,
): string {
  if (c.type === 'cqp') return c.code ? `${c.title ?? ''} (${c.code})` : (c.title ?? '');
  return withTitle && c.title ? `${c.code ?? ''} — ${c.title}` : (c.code ?? '');
}
