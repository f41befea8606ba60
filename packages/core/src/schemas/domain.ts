import type * as z from 'zod';
import { MoneyInputSchema } from '../money/money.js';
import {
  TrainingCategorySchemaLazy,
  AddressSchemaLazy,
  VatRegimeSchemaLazy,
  QualiopiCertificateSchemaLazy,
  PersonSchemaLazy,
  OrganisationSchemaLazy,
  LearnerTypeSchemaLazy,
  LearnerSchemaLazy,
  TrainerSchemaLazy,
  CertificationRefSchemaLazy,
  TrainingSchemaLazy,
  ModalitySchemaLazy,
  HalfDaySchemaLazy,
  TimeSlotSchemaLazy,
  SessionSchemaLazy,
  FunderTypeSchemaLazy,
  FundingSourceSchemaLazy,
  EnrolmentSchemaLazy,
  SignatureSchemaLazy,
  AttendanceRecordSchemaLazy,
} from './domain-defs.js';

// The schemas are built by the builders of `./domain-defs.ts` (one instance each, shared with
// `@ofkit/core/internal`); each constant below is marked pure, so a bundler drops those a user does
// not import.

export { TRAINING_CATEGORIES } from './domain-defs.js';
/** One of {@link TRAINING_CATEGORIES}. */
export const TrainingCategorySchema = /* @__PURE__ */ TrainingCategorySchemaLazy();
export type TrainingCategory = z.infer<typeof TrainingCategorySchema>;

/** A postal address. */
export const AddressSchema = /* @__PURE__ */ AddressSchemaLazy();
/**
 * The Address record (validated by `AddressSchema`).
 *
 * @interface
 */
export type Address = z.output<typeof AddressSchema>;

/** VAT status of an OF: exempt under CGI art. 261-4-4° a, subject to VAT, or franchise en base (CGI art. 293 B). */
export const VatRegimeSchema = /* @__PURE__ */ VatRegimeSchemaLazy();
export type VatRegime = z.infer<typeof VatRegimeSchema>;

/** A Qualiopi certificate: no national number format exists; validity is checked in the public list (L. 6351-7-1). */
export const QualiopiCertificateSchema = /* @__PURE__ */ QualiopiCertificateSchemaLazy();
/**
 * The QualiopiCertificate record (validated by `QualiopiCertificateSchema`).
 *
 * @interface
 */
export type QualiopiCertificate = z.output<typeof QualiopiCertificateSchema>;

/** A natural person (learner, trainer, signatory). */
export const PersonSchema = /* @__PURE__ */ PersonSchemaLazy();
/**
 * The Person record (validated by `PersonSchema`).
 *
 * @interface
 */
export type Person = z.output<typeof PersonSchema>;

/** The training organisation (OF). */
export const OrganisationSchema = /* @__PURE__ */ OrganisationSchemaLazy();
/**
 * The Organisation record (validated by `OrganisationSchema`).
 *
 * @interface
 */
export type Organisation = z.output<typeof OrganisationSchema>;

/**
 * Type of learner, as in frame F-1 of the BPF (Cerfa 10443*17): a private employee (not an
 * apprentice), an apprentice, a jobseeker, an individual paying for themself, or another learner
 * (public-sector employee, self-employed…).
 */
export const LearnerTypeSchema = /* @__PURE__ */ LearnerTypeSchemaLazy();
export type LearnerType = z.infer<typeof LearnerTypeSchema>;

/** A learner ("stagiaire", "apprenti"). */
export const LearnerSchema = /* @__PURE__ */ LearnerSchemaLazy();
/**
 * The Learner record (validated by `LearnerSchema`).
 *
 * @interface
 */
export type Learner = z.output<typeof LearnerSchema>;

/** A trainer: internal to the OF or an external subcontractor (BPF frame E). */
export const TrainerSchema = /* @__PURE__ */ TrainerSchemaLazy();
/**
 * The Trainer record (validated by `TrainerSchema`).
 *
 * @interface
 */
export type Trainer = z.output<typeof TrainerSchema>;

/**
 * The certification a training prepares: RNCP (or a block of it), répertoire spécifique, or a
 * certificat de qualification professionnelle (CQP) registered in neither. These are the lines of
 * frame F-3 of the BPF: RNCP by level (a.1–a.5), a CQP registered at the RNCP without a level (a.6,
 * `cqp: true` and no `level`), RS (b), CQP not registered (c).
 */
export const CertificationRefSchema = /* @__PURE__ */ CertificationRefSchemaLazy();
/** A certification reference: an RNCP certification or one of its blocks, an RS certification, or a CQP (a union on `type`). */
export type CertificationRef = z.output<typeof CertificationRefSchema>;

/** A training (the offer), with what the programme and the BPF need. */
export const TrainingSchema = /* @__PURE__ */ TrainingSchemaLazy();
/**
 * The Training record (validated by `TrainingSchema`).
 *
 * @interface
 */
export type Training = z.output<typeof TrainingSchema>;

/** Delivery modality. `situation-de-travail` is the AFEST (R. 6313-3-2). */
export const ModalitySchema = /* @__PURE__ */ ModalitySchemaLazy();
export type Modality = z.infer<typeof ModalitySchema>;

/** Morning or afternoon. */
export const HalfDaySchema = /* @__PURE__ */ HalfDaySchemaLazy();

/** A half-day slot of a session, with its wall-clock times in Europe/Paris. */
export const TimeSlotSchema = /* @__PURE__ */ TimeSlotSchemaLazy();
/**
 * The TimeSlot record (validated by `TimeSlotSchema`).
 *
 * @interface
 */
export type TimeSlot = z.output<typeof TimeSlotSchema>;
export { slotHours } from './domain-defs.js';

/** A session of a training: its dates, half-day slots, modality and place. */
export const SessionSchema = /* @__PURE__ */ SessionSchemaLazy();
/**
 * The Session record (validated by `SessionSchema`).
 *
 * @interface
 */
export type Session = z.output<typeof SessionSchema>;
export { FUNDER_TYPES } from './domain-defs.js';
export const FunderTypeSchema = /* @__PURE__ */ FunderTypeSchemaLazy();
export type FunderType = z.infer<typeof FunderTypeSchema>;
export { BPF_C_LINE_BY_FUNDER } from './domain-defs.js';

/** One source of funding of an enrolment. */
export const FundingSourceSchema = /* @__PURE__ */ FundingSourceSchemaLazy();
/**
 * The FundingSource record (validated by `FundingSourceSchema`).
 *
 * @interface
 */
export type FundingSource = z.output<typeof FundingSourceSchema>;

/** A learner's enrolment in a session, with its funding and hours. */
export const EnrolmentSchema = /* @__PURE__ */ EnrolmentSchemaLazy();
/**
 * The Enrolment record (validated by `EnrolmentSchema`).
 *
 * @interface
 */
export type Enrolment = z.output<typeof EnrolmentSchema>;

/** How a signature was given, with its evidence for an e-signature. */
export const SignatureSchema = /* @__PURE__ */ SignatureSchemaLazy();
/**
 * The Signature record (validated by `SignatureSchema`).
 *
 * @interface
 */
export type Signature = z.output<typeof SignatureSchema>;

/** Attendance for one half-day of a session: the trainer's and each learner's signature or absence. */
export const AttendanceRecordSchema = /* @__PURE__ */ AttendanceRecordSchemaLazy();
/**
 * The AttendanceRecord record (validated by `AttendanceRecordSchema`).
 *
 * @interface
 */
export type AttendanceRecord = z.output<typeof AttendanceRecordSchema>;

/** Re-exported for schemas of other packages. */
export { MoneyInputSchema };
