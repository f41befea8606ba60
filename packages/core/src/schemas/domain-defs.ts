import * as z from 'zod';
import { CivilDateSchema } from '../calendar/civil-date.js';
import { bilingual } from '../errors/validate.js';
import { OfkitError, issue } from '../errors/ofkit-error.js';
import { NonNegativeMoneyInputSchemaLazy } from '../money/input.js';
import {
  FormacodeSchemaLazy,
  FrVatNumberSchemaLazy,
  HoursSchemaLazy,
  InstantSchemaLazy,
  NdaSchemaLazy,
  NonEmptyStringSchemaLazy,
  NsfCodeSchemaLazy,
  RecordIdSchemaLazy,
  RncpBlockCodeSchemaLazy,
  RncpCodeSchemaLazy,
  RsCodeSchemaLazy,
  SiretSchemaLazy,
  TimeOfDaySchemaLazy,
  UaiSchemaLazy,
} from './primitives-defs.js';
import { lazy } from '../errors/lazy.js';

// Each schema is built by a `lazy` builder, on first use (issue 13, cold start): `./domain.ts` builds
// them all at import, as the public constants of `@ofkit/core`, while a package that needs one or two
// and reaches them through `@ofkit/core/internal` (rnq's `evidenceFromCore`) builds only those, and the
// same instance either way. Builders marked pure: a bundler drops those nobody calls.

/**
 * The four kinds of "actions concourant au développement des compétences" of article L. 6313-1
 * of the Code du travail. They are also the four Qualiopi categories and the four boxes of the
 * certificat de réalisation.
 */
export const TRAINING_CATEGORIES = ['action-de-formation', 'bilan-de-competences', 'vae', 'apprentissage'] as const;
/** Builds `TrainingCategorySchema` on first use (see ./domain.ts). */
export const TrainingCategorySchemaLazy = /* @__PURE__ */ lazy(() => z.enum(TRAINING_CATEGORIES).meta({ description: 'Category under L. 6313-1' }));
/** Builds `AddressSchema` on first use (see ./domain.ts). */
export const AddressSchemaLazy = /* @__PURE__ */ lazy(() => z.object({
  /** First address line (number and street). */
  line1: NonEmptyStringSchemaLazy().describe('First address line (number and street).'),
  /** Second address line. */
  line2: z.string().optional().describe('Second address line.'),
  /** Postal code (5 digits). */
  postalCode: z.string().regex(/^\d{5}$/, { message: bilingual('Code postal : 5 chiffres attendus.', 'Postal code: expected 5 digits.') }).describe('Postal code (5 digits).'),
  /** Town. */
  city: NonEmptyStringSchemaLazy().describe('Town.'),
  /** ISO 3166-1 alpha-2, default FR. */
  country: z.string().length(2).default('FR').describe('ISO 3166-1 alpha-2, default FR.'),
}));
/** Builds `VatRegimeSchema` on first use (see ./domain.ts). */
export const VatRegimeSchemaLazy = /* @__PURE__ */ lazy(() => z.enum(['exempt-261-4-4a', 'subject', 'franchise-293B']).meta({
  description: 'exempt-261-4-4a: training exempt under CGI 261-4-4° a; subject: VAT charged; franchise-293B: VAT not applicable',
}));
/** Builds `QualiopiCertificateSchema` on first use (see ./domain.ts). */
export const QualiopiCertificateSchemaLazy = /* @__PURE__ */ lazy(() => z
  .object({
    /** Number. */
    number: NonEmptyStringSchemaLazy().describe('Number.'),
    /** Certification body. */
    certifier: NonEmptyStringSchemaLazy().describe('Certification body.'),
    /** Categories of actions certified (L. 6313-1). */
    categories: z.array(TrainingCategorySchemaLazy()).min(1).describe('Categories of actions certified (L. 6313-1).'),
    /** Issue date. */
    issuedOn: CivilDateSchema.describe('Issue date.'),
    /** Last day of validity. */
    validUntil: CivilDateSchema.describe('Last day of validity.'),
  })
  .refine((c) => c.validUntil >= c.issuedOn, {
    message: bilingual('La fin de validité précède la date de délivrance.', 'Validity ends before the issue date.'),
    path: ['validUntil'],
  }));
/** Builds `PersonSchema` on first use (see ./domain.ts). */
export const PersonSchemaLazy = /* @__PURE__ */ lazy(() => z.object({
  /** Identifier of the person in the caller's records. */
  id: RecordIdSchemaLazy().optional().describe('Identifier of the person in the caller\'s records.'),
  /** M., Mme or Mx (absent: wording that presumes no gender). */
  civility: z.enum(['M.', 'Mme', 'Mx']).optional().describe('M., Mme or Mx (absent: wording that presumes no gender).'),
  /** First name. */
  firstName: NonEmptyStringSchemaLazy().describe('First name.'),
  /** Last name. */
  lastName: NonEmptyStringSchemaLazy().describe('Last name.'),
  /** E-mail address. */
  email: z.email().optional().describe('E-mail address.'),
  /** Phone number as printed. */
  phone: z.string().optional().describe('Phone number as printed.'),
  /** Birth date (YYYY-MM-DD). */
  birthDate: CivilDateSchema.optional().describe('Birth date (YYYY-MM-DD).'),
  /** Postal address. */
  address: AddressSchemaLazy().optional().describe('Postal address.'),
}));
/** Builds `OrganisationSchema` on first use (see ./domain.ts). */
export const OrganisationSchemaLazy = /* @__PURE__ */ lazy(() => z
  .object({
    /** Identifier of the organisation in the caller's records. */
    id: RecordIdSchemaLazy().optional().describe('Identifier of the organisation in the caller\'s records.'),
    /** Raison sociale. */
    name: NonEmptyStringSchemaLazy().describe('Raison sociale.'),
    /** Legal form, e.g. SAS. */
    legalForm: z.string().optional().describe('Legal form, e.g. SAS.'),
    /** SIRET of the establishment that delivers the training (14 digits). */
    siret: SiretSchemaLazy().describe('SIRET of the establishment that delivers the training (14 digits).'),
    /** Numéro de déclaration d'activité; absent while registration is pending. */
    nda: NdaSchemaLazy().optional().describe('Numéro de déclaration d\'activité; absent while registration is pending.'),
    /** `pending` prints « en cours d'enregistrement » (allowed for a first convention). */
    ndaStatus: z.enum(['registered', 'pending']).default('registered').describe('`pending` prints « en cours d\'enregistrement » (allowed for a first convention).'),
    /** Region whose préfet registered the NDA (printed on documents). */
    ndaRegion: z.string().optional().describe('Region whose préfet registered the NDA (printed on documents).'),
    /** Postal address. */
    address: AddressSchemaLazy().describe('Postal address.'),
    /** E-mail address. */
    email: z.email().optional().describe('E-mail address.'),
    /** Phone number as printed. */
    phone: z.string().optional().describe('Phone number as printed.'),
    /** Website. */
    website: z.string().optional().describe('Website.'),
    /** Legal representative of the organisation; signs for it by default. */
    legalRepresentative: PersonSchemaLazy().extend({
      /** Title or office, e.g. Présidente, Gérant. */
      title: NonEmptyStringSchemaLazy().describe('Title or office, e.g. Présidente, Gérant.'),
    }).optional().describe('Legal representative of the organisation; signs for it by default.'),
    /** Qualiopi certificate, when the organisation holds one. */
    qualiopi: QualiopiCertificateSchemaLazy().optional().describe('Qualiopi certificate, when the organisation holds one.'),
    /** VAT status of the organisation. */
    vat: z.object({
      /** VAT regime of the training invoices. */
      regime: VatRegimeSchemaLazy().describe('VAT regime of the training invoices.'),
      /** Intra-Community VAT number (FR + 11 characters). */
      number: FrVatNumberSchemaLazy().optional().describe('Intra-Community VAT number (FR + 11 characters).'),
    }).describe('VAT status of the organisation.'),
    /** UAI, for a CFA. */
    uai: UaiSchemaLazy().optional().describe('UAI, for a CFA.'),
  })
  .refine((o) => o.ndaStatus === 'pending' || o.nda !== undefined, {
    message: bilingual("Numéro de déclaration d'activité requis (ou ndaStatus « pending »).", "Training declaration number required (or ndaStatus 'pending')."),
    path: ['nda'],
    params: { code: 'required' },
  }));
/** Builds `LearnerTypeSchema` on first use (see ./domain.ts). */
export const LearnerTypeSchemaLazy = /* @__PURE__ */ lazy(() => z.enum(['private-employee', 'apprentice', 'jobseeker', 'individual', 'other']));
/** Builds `LearnerSchema` on first use (see ./domain.ts). */
export const LearnerSchemaLazy = /* @__PURE__ */ lazy(() => PersonSchemaLazy().extend({
  /** Identifier of the learner in the caller's records. */
  id: RecordIdSchemaLazy().describe('Identifier of the learner in the caller\'s records.'),
  /** Type of learner (BPF frame F-1): private-employee, apprentice, jobseeker, individual or other. */
  learnerType: LearnerTypeSchemaLazy().optional().describe('Type of learner (BPF frame F-1): private-employee, apprentice, jobseeker, individual or other.'),
  /** Employer of a learner in employment. */
  employer: z.object({
    /** Name of the employer. */
    name: NonEmptyStringSchemaLazy().describe('Name of the employer.'),
    /** SIRET of the employer. */
    siret: SiretSchemaLazy().optional().describe('SIRET of the employer.'),
  }).optional().describe('Employer of a learner in employment.'),
  /** Declared disability (reasonable accommodations, Qualiopi indicator 26). */
  disability: z.boolean().optional().describe('Declared disability (reasonable accommodations, Qualiopi indicator 26).'),
}));
/** Builds `TrainerSchema` on first use (see ./domain.ts). */
export const TrainerSchemaLazy = /* @__PURE__ */ lazy(() => PersonSchemaLazy().extend({
  /** Identifier of the trainer in the caller's records. */
  id: RecordIdSchemaLazy().describe('Identifier of the trainer in the caller\'s records.'),
  /** internal: employed by the organisation; subcontractor: external trainer (BPF frame E). */
  kind: z.enum(['internal', 'subcontractor']).describe('internal: employed by the organisation; subcontractor: external trainer (BPF frame E).'),
  /** Diplomas, certifications and experience that qualify the trainer (Qualiopi indicator 21). */
  qualifications: z.array(NonEmptyStringSchemaLazy()).optional().describe('Diplomas, certifications and experience that qualify the trainer (Qualiopi indicator 21).'),
}));
/** Builds `CertificationRefSchema` on first use (see ./domain.ts). */
export const CertificationRefSchemaLazy = /* @__PURE__ */ lazy(() => z.discriminatedUnion('type', [
  z.object({
    /** Kind of certification: rncp, rncp-block, rs or cqp. */
    type: z.literal('rncp').describe('Kind of certification: rncp, rncp-block, rs or cqp.'),
    /** Code of the certification. */
    code: RncpCodeSchemaLazy().describe('Code of the certification.'),
    /** Level of the certification (2 to 8). */
    level: z.number().int().min(2).max(8).optional().describe('Level of the certification (2 to 8).'),
    /** The RNCP certification is a CQP (BPF F-3 a.6 when it has no level). */
    cqp: z.boolean().optional().describe('The RNCP certification is a CQP (BPF F-3 a.6 when it has no level).'),
    /** Title of the certification. */
    title: z.string().optional().describe('Title of the certification.'),
  }),
  z.object({
    /** Kind of certification: rncp, rncp-block, rs or cqp. */
    type: z.literal('rncp-block').describe('Kind of certification: rncp, rncp-block, rs or cqp.'),
    /** Code of the block of skills (RNCP…BC…). */
    code: RncpBlockCodeSchemaLazy().describe('Code of the block of skills (RNCP…BC…).'),
    /** Level of the certification the block belongs to (2 to 8). */
    level: z.number().int().min(2).max(8).optional().describe('Level of the certification the block belongs to (2 to 8).'),
    /** Title of the block of skills. */
    title: z.string().optional().describe('Title of the block of skills.'),
  }),
  z.object({
    /** Kind of certification: rncp, rncp-block, rs or cqp. */
    type: z.literal('rs').describe('Kind of certification: rncp, rncp-block, rs or cqp.'),
    /** Code in the répertoire spécifique (RS…). */
    code: RsCodeSchemaLazy().describe('Code in the répertoire spécifique (RS…).'),
    /** Title of the certification. */
    title: z.string().optional().describe('Title of the certification.'),
  }),
  z.object({
    /** Kind of certification: rncp, rncp-block, rs or cqp. */
    type: z.literal('cqp').describe('Kind of certification: rncp, rncp-block, rs or cqp.'),
    /** Name of the CQP and of the branch that issues it. */
    title: NonEmptyStringSchemaLazy().describe('Name of the CQP and of the branch that issues it.'),
    /** The branch's own reference of the CQP, if any (no national code exists outside the RNCP/RS). */
    code: z.string().optional().describe('The branch\'s own reference of the CQP, if any (no national code exists outside the RNCP/RS).'),
  }),
]));
/** Builds `TrainingSchema` on first use (see ./domain.ts). */
export const TrainingSchemaLazy = /* @__PURE__ */ lazy(() => z.object({
  /** Identifier of the training in the caller's records. */
  id: RecordIdSchemaLazy().describe('Identifier of the training in the caller\'s records.'),
  /** Title of the training. */
  title: NonEmptyStringSchemaLazy().describe('Title of the training.'),
  /** Category of the action under L. 6313-1. */
  category: TrainingCategorySchemaLazy().describe('Category of the action under L. 6313-1.'),
  /** Certification the training prepares, if any. */
  certification: CertificationRefSchemaLazy().optional().describe('Certification the training prepares, if any.'),
  /** Main NSF speciality (BPF F-4, LHÉO). */
  nsfCode: NsfCodeSchemaLazy().optional().describe('Main NSF speciality (BPF F-4, LHÉO).'),
  /** Formacodes, the main one first. */
  formacodes: z.array(FormacodeSchemaLazy()).optional().describe('Formacodes, the main one first.'),
  /** Operational objectives, as skills the learner will have (D. 6353-1). */
  objectives: z.array(NonEmptyStringSchemaLazy()).min(1, { message: bilingual('Au moins un objectif est requis.', 'At least one objective is required.') }).describe('Operational objectives, as skills the learner will have (D. 6353-1).'),
  /** Prerequisites for entry. */
  prerequisites: z.string().optional().describe('Prerequisites for entry.'),
  /** Audience the training is meant for. */
  audience: z.string().optional().describe('Audience the training is meant for.'),
  /** Duration in hours. */
  durationHours: HoursSchemaLazy().refine((h) => h > 0, { message: bilingual('La durée doit être positive.', 'Duration must be positive.') }).describe('Duration in hours.'),
  /** Content, one item per module or part. */
  content: z.array(NonEmptyStringSchemaLazy()).optional().describe('Content, one item per module or part.'),
  /** Teaching methods and technical means. */
  methods: z.string().optional().describe('Teaching methods and technical means.'),
  /** How the learning is assessed. */
  assessment: z.string().optional().describe('How the learning is assessed.'),
  /** Accessibility to people with disabilities. */
  accessibility: z.string().optional().describe('Accessibility to people with disabilities.'),
  /** Price excluding VAT, as a decimal string ("1200.00"). */
  price: NonNegativeMoneyInputSchemaLazy().optional().describe('Price excluding VAT, as a decimal string ("1200.00").'),
}));
/** Builds `ModalitySchema` on first use (see ./domain.ts). */
export const ModalitySchemaLazy = /* @__PURE__ */ lazy(() => z.enum(['presentiel', 'distance', 'mixte', 'situation-de-travail']));
/** Builds `HalfDaySchema` on first use (see ./domain.ts). */
export const HalfDaySchemaLazy = /* @__PURE__ */ lazy(() => z.enum(['morning', 'afternoon']));
/** Builds `TimeSlotSchema` on first use (see ./domain.ts). */
export const TimeSlotSchemaLazy = /* @__PURE__ */ lazy(() => z
  .object({
    /** Date (YYYY-MM-DD). */
    date: CivilDateSchema.describe('Date (YYYY-MM-DD).'),
    /** morning or afternoon. */
    halfDay: HalfDaySchemaLazy().describe('morning or afternoon.'),
    /** Start time (HH:MM, Europe/Paris). */
    start: TimeOfDaySchemaLazy().describe('Start time (HH:MM, Europe/Paris).'),
    /** End time (HH:MM, Europe/Paris). */
    end: TimeOfDaySchemaLazy().describe('End time (HH:MM, Europe/Paris).'),
    /** Module or sequence taught in the slot. */
    module: z.string().optional().describe('Module or sequence taught in the slot.'),
  })
  .refine((s) => s.start < s.end, { message: bilingual("L'heure de fin doit suivre l'heure de début.", 'End time must be after start time.'), path: ['end'] }));

/** Hours of a slot (end − start), e.g. 09:00–12:30 → 3.5. */
export function slotHours(slot: { readonly start: string; readonly end: string }): number {
  const m = (key: 'start' | 'end'): number => {
    let t: unknown;
    try {
      t = slot[key];
    } catch {
      t = undefined; // a getter or a proxy that throws
    }
    if (typeof t !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(t)) {
      throw new OfkitError('INVALID_INPUT', [issue(['slot', key], 'invalid_time', 'Heure HH:MM attendue.', 'Expected a time HH:MM.')]);
    }
    return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  };
  if (slot === null || typeof slot !== 'object') {
    throw new OfkitError('INVALID_INPUT', [issue(['slot'], 'invalid_type', 'Créneau { start, end } attendu.', 'Slot { start, end } expected.')]);
  }
  const start = m('start');
  return (m('end') - start) / 60;
}
/** Builds `SessionSchema` on first use (see ./domain.ts). */
export const SessionSchemaLazy = /* @__PURE__ */ lazy(() => z
  .object({
    /** Identifier of the session in the caller's records. */
    id: RecordIdSchemaLazy().describe('Identifier of the session in the caller\'s records.'),
    /** Identifier of the training the session delivers. */
    trainingId: RecordIdSchemaLazy().describe('Identifier of the training the session delivers.'),
    /** First day (YYYY-MM-DD). */
    startDate: CivilDateSchema.describe('First day (YYYY-MM-DD).'),
    /** Last day (YYYY-MM-DD). */
    endDate: CivilDateSchema.describe('Last day (YYYY-MM-DD).'),
    /** Half-day slots, with their times in Europe/Paris. */
    slots: z.array(TimeSlotSchemaLazy()).describe('Half-day slots, with their times in Europe/Paris.'),
    /** Delivery modality: presentiel, distance, mixte or situation-de-travail (AFEST). */
    modality: ModalitySchemaLazy().describe('Delivery modality: presentiel, distance, mixte or situation-de-travail (AFEST).'),
    /** Where the session takes place (required in person or blended). */
    place: z.object({
      /** Name of the room or site. */
      name: z.string().optional().describe('Name of the room or site.'),
      /** Address of the place. */
      address: AddressSchemaLazy().optional().describe('Address of the place.'),
    }).optional().describe('Where the session takes place (required in person or blended).'),
    /** Address of the virtual classroom or platform, for distance learning. */
    remoteUrl: z.string().optional().describe('Address of the virtual classroom or platform, for distance learning.'),
    /** Identifiers of the trainers of the session. */
    trainerIds: z.array(RecordIdSchemaLazy()).optional().describe('Identifiers of the trainers of the session.'),
    /** Maximum number of learners. */
    capacity: z.number().int().positive().optional().describe('Maximum number of learners.'),
    /** `out`: entrusted by this OF to another one (BPF F-2); `in`: entrusted to this OF by another (BPF G, C-10). */
    subcontracting: z.enum(['none', 'out', 'in']).default('none').describe('`out`: entrusted by this OF to another one (BPF F-2); `in`: entrusted to this OF by another (BPF G, C-10).'),
  })
  .superRefine((s, ctx) => {
    if (s.endDate < s.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: bilingual('La date de fin précède la date de début.', 'End date is before start date.') });
    }
    const seen = new Set<string>();
    s.slots.forEach((slot, i) => {
      if (slot.date < s.startDate || slot.date > s.endDate) {
        ctx.addIssue({ code: 'custom', path: ['slots', i, 'date'], message: bilingual('Créneau hors des dates de la session.', 'Slot outside the session dates.') });
      }
      const key = `${slot.date}|${slot.halfDay}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['slots', i], message: bilingual('Demi-journée en double.', 'Duplicate half-day.'), params: { code: 'duplicate_slot' } });
      }
      seen.add(key);
    });
    if ((s.modality === 'presentiel' || s.modality === 'mixte') && s.place === undefined) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: bilingual('Lieu requis pour une session en présentiel ou mixte.', 'Place required for an in-person or blended session.'), params: { code: 'required' } });
    }
  }));

/**
 * Who pays the OF, matching the lines of frame C of the BPF (Cerfa 10443*17): the line is decided
 * by the invoiced payer (../shared/domain/documents.md §7.2). See {@link BPF_C_LINE_BY_FUNDER}.
 */
export const FUNDER_TYPES = [
  'employer',
  'opco-apprentissage',
  'opco-professionnalisation',
  'opco-pro-a',
  'transitions-pro',
  'cpf-cdc',
  'fund-jobseekers',
  'faf-non-salaries',
  'opco-plan',
  'public-employer',
  'europe',
  'state',
  'region',
  'france-travail',
  'other-public',
  'individual',
  'other-of',
  'other',
] as const;
/** Builds `FunderTypeSchema` on first use (see ./domain.ts). */
export const FunderTypeSchemaLazy = /* @__PURE__ */ lazy(() => z.enum(FUNDER_TYPES));

/**
 * The BPF frame C line of each funder type (Cerfa 10443*17). `other` goes to line 11 « Autres
 * produits au titre de la formation professionnelle » only because the caller chose it explicitly:
 * an unknown payer must stay unmapped (the BPF then reports an anomaly), never default to `other`.
 */
export const BPF_C_LINE_BY_FUNDER: Readonly<Record<(typeof FUNDER_TYPES)[number], string>> = {
  employer: '1',
  'opco-apprentissage': '2a',
  'opco-professionnalisation': '2b',
  'opco-pro-a': '2c',
  'transitions-pro': '2d',
  'cpf-cdc': '2e',
  'fund-jobseekers': '2f',
  'faf-non-salaries': '2g',
  'opco-plan': '2h',
  'public-employer': '3',
  europe: '4',
  state: '5',
  region: '6',
  'france-travail': '7',
  'other-public': '8',
  individual: '9',
  'other-of': '10',
  other: '11',
};
/** Builds `FundingSourceSchema` on first use (see ./domain.ts). */
export const FundingSourceSchemaLazy = /* @__PURE__ */ lazy(() => z.object({
  /** Type of payer, matching a line of BPF frame C. */
  funder: FunderTypeSchemaLazy().describe('Type of payer, matching a line of BPF frame C.'),
  /** Name of the payer (e.g. "OPCO Atlas", the employer's name). */
  name: z.string().optional().describe('Name of the payer (e.g. "OPCO Atlas", the employer\'s name).'),
  /** Amount paid by this funder, excluding VAT ("800.00"). */
  amount: NonNegativeMoneyInputSchemaLazy().describe('Amount paid by this funder, excluding VAT ("800.00").'),
  /** The funder's reference (agreement or file number). */
  reference: z.string().optional().describe('The funder\'s reference (agreement or file number).'),
}));
/** Builds `EnrolmentSchema` on first use (see ./domain.ts). */
export const EnrolmentSchemaLazy = /* @__PURE__ */ lazy(() => z
  .object({
    /** Identifier of the enrolment in the caller's records. */
    id: RecordIdSchemaLazy().describe('Identifier of the enrolment in the caller\'s records.'),
    /** Identifier of the enrolled learner. */
    learnerId: RecordIdSchemaLazy().describe('Identifier of the enrolled learner.'),
    /** Identifier of the session. */
    sessionId: RecordIdSchemaLazy().describe('Identifier of the session.'),
    /** Status: registered, in-progress, completed, abandoned or cancelled. */
    status: z.enum(['registered', 'in-progress', 'completed', 'abandoned', 'cancelled']).default('registered').describe('Status: registered, in-progress, completed, abandoned or cancelled.'),
    /** Type of learner for this enrolment, when it differs from the learner record (BPF frame F-1). */
    learnerType: LearnerTypeSchemaLazy().optional().describe('Type of learner for this enrolment, when it differs from the learner record (BPF frame F-1).'),
    /** Who pays, and how much. */
    funding: z.array(FundingSourceSchemaLazy()).default([]).describe('Who pays, and how much.'),
    /** Hours planned for this learner. */
    hoursPlanned: HoursSchemaLazy().describe('Hours planned for this learner.'),
    /** Hours attended (absent: computed from attendance where needed). */
    hoursAttended: HoursSchemaLazy().optional().describe('Hours attended (absent: computed from attendance where needed).'),
  })
  .refine((e) => e.status !== 'cancelled' || (e.hoursAttended ?? 0) === 0, {
    message: bilingual("Une inscription annulée ne peut pas avoir d'heures suivies.", 'A cancelled enrolment cannot have attended hours.'),
    path: ['hoursAttended'],
    params: { code: 'cancelled_with_hours' },
  }));
/** Builds `SignatureSchema` on first use (see ./domain.ts). */
export const SignatureSchemaLazy = /* @__PURE__ */ lazy(() => z
  .object({
    /** handwritten or electronic. */
    method: z.enum(['handwritten', 'electronic']).describe('handwritten or electronic.'),
    /** When it was signed (ISO 8601 with offset); required for an electronic signature. */
    signedAt: InstantSchemaLazy().optional().describe('When it was signed (ISO 8601 with offset); required for an electronic signature.'),
    /** Evidence of an e-signature (IP, one-time code, hash of the signed content…). */
    evidence: z.record(z.string(), z.string()).optional().describe('Evidence of an e-signature (IP, one-time code, hash of the signed content…).'),
  })
  .refine((s) => s.method !== 'electronic' || s.signedAt !== undefined, {
    message: bilingual('Une signature électronique doit être horodatée (signedAt).', 'An electronic signature must carry its timestamp (signedAt).'),
    path: ['signedAt'],
    params: { code: 'required' },
  }));
/** Builds `AttendanceRecordSchema` on first use (see ./domain.ts). */
export const AttendanceRecordSchemaLazy = /* @__PURE__ */ lazy(() => z
  .object({
    /** Identifier of the session. */
    sessionId: RecordIdSchemaLazy().describe('Identifier of the session.'),
    /** The half-day this record covers. */
    slot: z.object({
      /** Date of the half-day (YYYY-MM-DD). */
      date: CivilDateSchema.describe('Date of the half-day (YYYY-MM-DD).'),
      /** morning or afternoon. */
      halfDay: HalfDaySchemaLazy().describe('morning or afternoon.'),
    }).describe('The half-day this record covers.'),
    /** The trainer who taught the half-day. */
    trainer: z.object({
      /** Identifier of the trainer. */
      trainerId: RecordIdSchemaLazy().describe('Identifier of the trainer.'),
      /** The trainer's signature for the half-day. */
      signature: SignatureSchemaLazy().optional().describe('The trainer\'s signature for the half-day.'),
    }).describe('The trainer who taught the half-day.'),
    /** Each learner's presence and signature. */
    learners: z.array(
      z.object({
        /** Identifier of the learner. */
        learnerId: RecordIdSchemaLazy().describe('Identifier of the learner.'),
        /** present, absent or excused. */
        status: z.enum(['present', 'absent', 'excused']).describe('present, absent or excused.'),
        /** The learner's signature (present learners only). */
        signature: SignatureSchemaLazy().optional().describe('The learner\'s signature (present learners only).'),
      }),
    ).describe('Each learner\'s presence and signature.'),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.learners.forEach((l, i) => {
      if (seen.has(l.learnerId)) {
        ctx.addIssue({ code: 'custom', path: ['learners', i, 'learnerId'], message: bilingual('Stagiaire en double sur ce créneau.', 'Learner listed twice on this slot.'), params: { code: 'duplicate_learner' } });
      }
      seen.add(l.learnerId);
      if (l.status !== 'present' && l.signature !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['learners', i, 'signature'], message: bilingual('Un stagiaire absent ne peut pas avoir signé.', 'An absent learner cannot have signed.'), params: { code: 'signature_while_absent' } });
      }
    });
  }));
