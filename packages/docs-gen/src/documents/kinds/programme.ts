/**
 * Programme de formation (L. 6353-1, Qualiopi indicators 1, 5, 26), devis (quote) and
 * convocation. ../shared/domain/documents.md §3, §6.1, §6.2.
 */
import * as z from '@ofkit/core/internal/zod';
import {
  CivilDateSchema,
  NonEmptyStringSchema,
  NonNegativeMoneyInputSchema,
  OrganisationSchema,
  PersonSchema,
  TimeSlotSchema,
  formatEur,
  money,
  sumMoney,
} from '@ofkit/core';
import { bilingual } from '@ofkit/core/internal';
import { frenchDate, heading, keyValue, list, paragraph, section, signatures, strong, table } from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import {
  MentionTextSchema,
  NamedPersonSchema,
  PartySchema,
  PriceSchema,
  hours,
  issuerOf,
  present,
  priceLines,
  checkNda,
  MODALITY_LABELS,
  CATEGORY_LABELS,
  certificationText,
  TrainingBlockSchema,
  SessionBlockSchema,
  LearnerBlockSchema,
  TrainerBlockSchema,
  ClientSchema,
  ClausesSchema,
  actionOf,
  personName,
  placeText,
  scheduleText,
} from '../common.js';
import { frDate, frGendered, frHours, frNumber, frPercent, frSalutation, frSiret, frText, frTime, frTimeRange } from '../../typography/index.js';
import { REFS } from '../refs.js';
import { actionBlocks, checkD6353Mentions, checkFoad, partiesBlocks } from './convention.js';
import { defineKind } from './spec.js';

// ---------------------------------------------------------------- programme

/**
 * Input schema of the `programme` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { ProgrammeSchema } from '@ofkit/docs-gen';
 * ProgrammeSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const ProgrammeSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** The training (core's Training record). */
  training: TrainingBlockSchema.default({}).describe('The training (core\'s Training record).'),
  /** The session (core's Session record): dates, slots, modality, place. */
  session: SessionBlockSchema.default({}).describe('The session (core\'s Session record): dates, slots, modality, place.'),
  /** Modalités d'accès (positioning, admission). */
  accessArrangements: MentionTextSchema.optional().describe('Modalités d\'accès (positioning, admission).'),
  /** Délai d'accès (lead time between request and start). */
  accessLeadTime: MentionTextSchema.optional().describe('Délai d\'accès (lead time between request and start).'),
  /** Tarifs (free text, e.g. « 1 200 € net de taxe par stagiaire », or an amount). */
  prices: MentionTextSchema.optional().describe('Tarifs (free text, e.g. « 1 200 € net de taxe par stagiaire », or an amount).'),
  /** Contacts of the OF (name, capacity, e-mail, phone). */
  contacts: z.array(NamedPersonSchema).optional().describe('Contacts of the OF (name, capacity, e-mail, phone).'),
  /** Référent handicap (Qualiopi indicator 26; mandatory for a CFA under L. 6231-2). */
  disabilityContact: NamedPersonSchema.optional().describe('Référent handicap (Qualiopi indicator 26; mandatory for a CFA under L. 6231-2).'),
  /** Accessibility to people with disabilities. */
  /** Result indicators (Qualiopi indicator 2), e.g. satisfaction and pass rates. */
  resultIndicators: MentionTextSchema.optional().describe('Result indicators (Qualiopi indicator 2), e.g. satisfaction and pass rates.'),
  /** Date of the last update of the programme (good practice: auditors check it). */
  /** Date of the document (its mentions and parameters are read at this date). */
  date: CivilDateSchema.describe('Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date.'),
  /** The OF is a CFA (the référent handicap is then a legal obligation). */
  isCfa: z.boolean().default(false).describe('The OF is a CFA (the référent handicap is then a legal obligation).'),
}))();

/**
 * Input of a `programme` document.
 *
 * @interface
 */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;

export const programmeKind = /* @__PURE__ */ (() => defineKind({
  kind: 'programme',
  label: 'Programme de formation',
  schema: ProgrammeSchema,
  dateOf: (d) => d.date,
  mentions: (d, m, ctx) => {
    const a = actionOf(d);
    const Q1 = [REFS.QUALIOPI_1];
    const L1 = [REFS.L6353_1, REFS.QUALIOPI_1];
    m.need('programme.title', ['training', 'title'], a.title);
    m.need('programme.objectives', ['training', 'objectives'], a.objectives);
    m.need('programme.audience', ['training', 'audience'], a.audience);
    m.need('programme.prerequisites', ['training', 'prerequisites'], a.prerequisites);
    m.need('programme.duration', ['training', 'durationHours'], a.durationHours);
    m.need('programme.access', ['accessArrangements'], d.accessArrangements);
    m.need('programme.leadTime', ['accessLeadTime'], d.accessLeadTime);
    m.need('programme.prices', ['prices'], d.prices);
    m.need('programme.contacts', ['contacts'], d.contacts);
    m.need('programme.content', ['training', 'content'], a.content);
    m.need('programme.means', ['training', 'methods'], a.means);
    m.need('programme.assessment', ['training', 'assessment'], a.assessment);
    m.need('programme.followUp', ['training', 'followUp'], a.followUp);
    // §3.4: the sanction of the action (attestation de fin, RNCP/RS certification and its code).
    m.need('programme.sanction', ['training', 'sanction'], a.sanction);
    m.need('programme.accessibility', ['training', 'accessibility'], d.training.accessibility);
    if (a.modality === 'distance' || a.modality === 'mixte') checkFoad(m, a);
    if (d.isCfa) {
      m.need('programme.disabilityContact', ['disabilityContact'], d.disabilityContact);
    } else if (!d.disabilityContact) {
      ctx.warnings.push({
        code: 'RECOMMENDED_MENTION',
        message: "Référent handicap non indiqué : attendu par les auditeurs au titre de l'indicateur 26 (pas une obligation légale hors CFA).",
        messageEn: 'No disability officer named: auditors expect one under indicator 26 (not a legal duty outside CFAs).',
        references: [REFS.QUALIOPI_26],
      });
    }
  },
  build: (d) => {
    const a = actionOf(d);
    const blocks: Block[] = [
      heading(1, a.title ?? 'Programme de formation'),
      paragraph(`Programme de formation — mis à jour le ${frDate(d.date)}`, { size: 'small' }),
      keyValue([
        ['Public visé', a.audience],
        ['Prérequis', a.prerequisites],
        ['Durée', a.durationHours !== undefined ? frHours(a.durationHours) : undefined],
        ['Modalité', a.modality ? MODALITY_LABELS[a.modality] : undefined],
        ["Modalités d'accès", d.accessArrangements],
        ["Délais d'accès", d.accessLeadTime],
        ['Tarifs', d.prices],
        ['Certification', a.certification ? certificationText(a.certification, false) : undefined],
      ]),
    ];
    if (a.objectives?.length) blocks.push(heading(2, 'Objectifs'), list(a.objectives));
    if (a.content?.length) blocks.push(heading(2, 'Contenu'), list(a.content));
    blocks.push(heading(2, 'Méthodes, évaluation et suivi'));
    blocks.push(
      keyValue([
        ['Méthodes mobilisées et moyens', a.means],
        ["Modalités d'évaluation", a.assessment],
        ["Suivi de l'exécution", a.followUp],
        ['Sanction', a.sanction],
      ]),
    );
    if (a.foad && (a.modality === 'distance' || a.modality === 'mixte')) {
      blocks.push(
        heading(3, 'Formation à distance'),
        keyValue([
          ['Assistance technique et pédagogique', a.foad.assistance],
          ['Activités à distance et durée estimée', a.foad.activities],
          ['Évaluations', a.foad.assessments],
        ]),
      );
    }
    blocks.push(heading(2, 'Accessibilité'));
    blocks.push(keyValue([['Accessibilité', d.training.accessibility], ['Référent handicap', d.disabilityContact ? personLine(d.disabilityContact) : undefined]]));
    if (d.resultIndicators) blocks.push(heading(2, 'Indicateurs de résultats'), paragraph(d.resultIndicators));
    if (d.contacts?.length) blocks.push(heading(2, 'Contacts'), list(d.contacts.map(personLine)));
    return { title: `Programme — ${a.title ?? ''}`.trim(), issuer: issuerOf(d.organisation), blocks };
  },
}))();

function personLine(p: { name: string; title?: string | undefined; email?: string | undefined; phone?: string | undefined }): string {
  return [p.name, p.title, p.email, p.phone].filter((x): x is string => !!x).join(' — ');
}

// ---------------------------------------------------------------- devis

const QuoteLineSchema = /* @__PURE__ */ (() => z.object({
  /** What is quoted, as printed on the line. */
  description: NonEmptyStringSchema.max(10_000).describe('What is quoted, as printed on the line.'),
  /** Quantity (days, learners, hours…). */
  quantity: z.number().positive().max(1_000_000).describe('Quantity (days, learners, hours…).'),
  /** Unit price excluding VAT, as a decimal string ("800.00"). */
  unitPrice: NonNegativeMoneyInputSchema.describe('Unit price excluding VAT, as a decimal string ("800.00").'),
}))();

/**
 * Input schema of the `devis` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { DevisSchema } from '@ofkit/docs-gen';
 * DevisSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const DevisSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** The client (company, public body or person). */
  client: ClientSchema.describe('The client (company, public body or person).'),
  /** Number of the document. */
  number: z.string().max(100).optional().describe('Number of the document.'),
  /** Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date. */
  date: CivilDateSchema,
  /** Last day the offer is valid. */
  validUntil: CivilDateSchema.optional().describe('Last day the offer is valid.'),
  /** The training (core's Training record). */
  training: TrainingBlockSchema.default({}).describe('The training (core\'s Training record).'),
  /** The session (core's Session record): dates, slots, modality, place. */
  session: SessionBlockSchema.default({}).describe('The session (core\'s Session record): dates, slots, modality, place.'),
  /** Lines: description, quantity, unit price excluding VAT. */
  lines: z.array(QuoteLineSchema).min(1, { message: bilingual('Au moins une ligne.', 'At least one line.') }).describe('Lines: description, quantity, unit price excluding VAT.'),
  /** VAT rate in percent when the OF is subject to VAT. */
  vatRate: PriceSchema.shape.vatRate.describe('VAT rate in percent when the OF is subject to VAT.'),
  /** Payment terms (modalités de règlement). */
  paymentTerms: MentionTextSchema.optional().describe('Payment terms (modalités de règlement).'),
  /**
   * The approved quote stands in for the convention (D. 6353-1 II): every convention mention is
   * then required. Default `true`.
   */
  replacesConvention: z.boolean().default(true).describe('The accepted quote stands in for the convention (D. 6353-1 II): every convention mention is then required.'),
  /** Free clauses printed after the legal articles. */
  clauses: ClausesSchema.describe('Free clauses printed after the legal articles.'),
  /** Town where the document is signed (« Fait à … »). */
  signaturePlace: z.string().max(1000).optional().describe('Town where the document is signed (« Fait à … »).'),
}))();

/**
 * Input of a `devis` document.
 *
 * @interface
 */
export type DevisInput = z.input<typeof DevisSchema>;

function quoteTotal(lines: readonly { quantity: number; unitPrice: string | number }[]) {
  return sumMoney(lines.map((l) => money(l.unitPrice).times(l.quantity)));
}

export const devisKind = /* @__PURE__ */ (() => defineKind({
  kind: 'devis',
  label: 'Devis',
  schema: DevisSchema,
  dateOf: (d) => d.date,
  mentions: (d, m) => {
    m.need('devis.number', ['number'], d.number);
    m.need('devis.validUntil', ['validUntil'], d.validUntil);
    if (d.replacesConvention) {
      // D. 6353-1 II: only for « actions de formation » (1° of L. 6313-1) may an approved quote stand
      // in for the convention (../shared/domain/documents.md §1.1); not for a bilan, a VAE or apprenticeship.
      const cat = actionOf(d).category;
      m.valid('devis.replacesConventionScope', ['training', 'category'], cat !== undefined && cat !== 'action-de-formation'
          ? {
              fr: `Un devis ne tient lieu de convention que pour une action de formation (art. D. 6353-1 II), pas pour : ${CATEGORY_LABELS[cat]}. Établissez une convention, ou replacesConvention: false.`,
              en: `A quote stands in for the convention only for a training action (D. 6353-1 II), not for: ${cat}. Issue a convention, or set replacesConvention: false.`,
            }
          : undefined
      );
      const total = quoteTotal(d.lines).toString();
      checkD6353Mentions(m, actionOf(d), { amountExclTax: total, ...(d.vatRate ? { vatRate: d.vatRate } : {}) }, d.paymentTerms, d.organisation, ['lines']);
    } else {
      m.need('devis.description', ['training', 'title'], actionOf(d).title);
      checkNda(m, d.organisation);
      if (d.organisation.vat.regime === 'subject') m.need('price.vatRate', ['vatRate'], d.vatRate);
    }
  },
  build: (d, ctx) => {
    const total = quoteTotal(d.lines);
    const blocks: Block[] = [
      heading(1, `Devis${d.number ? ` n° ${d.number}` : ''}`),
      keyValue([
        ['Date', frDate(d.date)],
        ['Valable jusqu’au', d.validUntil ? frDate(d.validUntil) : undefined],
      ]),
      ...partiesBlocks(d.organisation, d.client, 'Le client'),
      table(
        [{ header: 'Désignation', width: 4 }, { header: 'Quantité', width: 1, align: 'right' }, { header: 'Prix unitaire HT', width: 1.5, align: 'right' }, { header: 'Total HT', width: 1.5, align: 'right' }],
        d.lines.map((l) => [l.description, String(l.quantity).replace('.', ','), formatEur(l.unitPrice), formatEur(money(l.unitPrice).times(l.quantity))]),
      ),
      keyValue(priceLines(total.toString(), d.vatRate, d.organisation, ctx).lines),
    ];
    if (d.paymentTerms) blocks.push(paragraph([strong('Modalités de règlement : '), d.paymentTerms]));
    if (d.replacesConvention) {
      blocks.push(paragraph('Le présent devis, une fois accepté, tient lieu de convention de formation (art. D. 6353-1 II du code du travail).', { size: 'small' }));
      blocks.push(...actionBlocks(actionOf(d)));
    }
    for (const c of d.clauses ?? []) {
      blocks.push(heading(2, c.title), ...c.text.split(/\n\s*\n/).map((t) => paragraph(t)));
    }
    blocks.push(
      section(
        [
          signatures(
            [
              { role: "Pour l'organisme de formation", stamp: true },
              { role: 'Pour le client', mention: 'Bon pour accord', ...(d.client.signatory ? { name: d.client.signatory.name } : {}), stamp: true },
            ],
            { ...(d.signaturePlace ? { place: d.signaturePlace } : {}), date: d.date },
          ),
        ],
        { keepTogether: true },
      ),
    );
    return { title: `Devis${d.number ? ` ${d.number}` : ''}`, ...(d.number ? { reference: d.number } : {}), issuer: issuerOf(d.organisation), blocks };
  },
}))();

// ---------------------------------------------------------------- convocation

/**
 * Input schema of the `convocation` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { ConvocationSchema } from '@ofkit/docs-gen';
 * ConvocationSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const ConvocationSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** The learner (core Learner record). */
  learner: LearnerBlockSchema.describe('The learner (core Learner record).'),
  /** Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date. */
  date: CivilDateSchema,
  /** The training: its title and prerequisites are printed. */
  training: TrainingBlockSchema.default({}).describe('The training: its title and prerequisites are printed.'),
  /** The session: dates, slots (or schedule), place or connection link. */
  session: SessionBlockSchema.default({}).describe('The session: dates, slots (or schedule), place or connection link.'),
  /** Contacts of the OF (name, capacity, e-mail, phone). */
  contacts: z.array(NamedPersonSchema).optional().describe('Contacts of the OF (name, capacity, e-mail, phone).'),
  /** Disability contact (référent handicap). */
  disabilityContact: NamedPersonSchema.optional().describe('Disability contact (référent handicap).'),
  /** Equipment to bring, practical information. */
  equipment: MentionTextSchema.optional().describe('Equipment to bring, practical information.'),
  /** The règlement intérieur is attached (or was given). */
  rulesAttached: z.boolean().optional().describe('The règlement intérieur is attached (or was given).'),
  /** The programme is attached. */
  programmeAttached: z.boolean().optional().describe('The programme is attached.'),
  /** Town where the document is signed (« Fait à … »). */
  signaturePlace: z.string().max(1000).optional().describe('Town where the document is signed (« Fait à … »).'),
}))();

/**
 * Input of a `convocation` document.
 *
 * @interface
 */
export type ConvocationInput = z.input<typeof ConvocationSchema>;

export const convocationKind = /* @__PURE__ */ (() => defineKind({
  kind: 'convocation',
  label: 'Convocation',
  schema: ConvocationSchema,
  dateOf: (d) => d.date,
  mentions: (d, m) => {
    const s = d.session;
    m.need('convocation.title', ['training', 'title'], d.training.title);
    m.need('convocation.dates', ['session', 'startDate'], s.startDate);
    m.need('convocation.times', ['session', 'schedule'], scheduleText(s));
    m.need('convocation.place', ['session', 'place'], placeText(s.place) ?? s.remoteUrl);
    m.need('convocation.contacts', ['contacts'], d.contacts);
    // No Code article prescribes the convocation (../shared/domain/documents.md §6.1, practice): the
    // règlement intérieur is owed before final registration (L. 6353-8), handing it over with the
    // convocation is practice — provisional like the convocation's other mentions.
    m.need('convocation.rules', ['rulesAttached'], d.rulesAttached === true ? true : undefined);
  },
  build: (d) => {
    const s = d.session;
    const name = personName(d.learner);
    const blocks: Block[] = [
      heading(1, 'Convocation'),
      paragraph(frSalutation(d.learner)),
      paragraph(['Nous avons le plaisir de vous convier à la formation ', strong(d.training.title ?? ''), '.']),
      keyValue([
        ['Dates', s.startDate ? (s.endDate && s.endDate !== s.startDate ? `du ${frDate(s.startDate)} au ${frDate(s.endDate)}` : `le ${frDate(s.startDate)}`) : undefined],
        ['Horaires', scheduleText(s)],
        ['Lieu', placeText(s.place)],
        ['Lien de connexion', s.remoteUrl],
        ['Prérequis', d.training.prerequisites],
        ['À prévoir', d.equipment],
      ]),
    ];
    if (s.slots?.length) {
      blocks.push(
        table(
          [{ header: 'Date', width: 1 }, { header: 'Demi-journée', width: 1 }, { header: 'Horaires', width: 1 }, { header: 'Module', width: 3 }],
          s.slots.map((sl) => [frDate(sl.date), sl.halfDay === 'morning' ? 'matin' : 'après-midi', frTimeRange(sl.start, sl.end), sl.module ?? '']),
          { caption: 'Planning' },
        ),
      );
    }
    if (d.contacts?.length) blocks.push(heading(2, 'Vos contacts'), list(d.contacts.map(personLine)));
    if (d.disabilityContact) {
      blocks.push(paragraph(['Besoin d’un aménagement ? Votre référent handicap : ', strong(personLine(d.disabilityContact))]));
    }
    const attached = [d.rulesAttached ? 'le règlement intérieur' : undefined, d.programmeAttached ? 'le programme' : undefined].filter((x): x is string => !!x);
    if (attached.length) blocks.push(paragraph(`Vous trouverez ci-joint ${attached.join(' et ')}.`));
    blocks.push(paragraph('Nous vous remercions de votre confiance et vous prions d’agréer nos salutations distinguées.'));
    blocks.push(signatures([{ role: "L'organisme de formation", ...(d.organisation.legalRepresentative ? { name: `${d.organisation.legalRepresentative.firstName} ${d.organisation.legalRepresentative.lastName}` } : {}) }], { ...(d.signaturePlace ? { place: d.signaturePlace } : {}), date: d.date }));
    return { title: `Convocation — ${d.training.title ?? ''} — ${name}`, issuer: issuerOf(d.organisation), blocks };
  },
}))();

