/**
 * Convention de formation (D. 6353-1 I) and the action/price blocks shared with the devis.
 * ../shared/domain/documents.md §1.
 */
import * as z from '@ofkit/core/internal/zod';
import { CivilDateSchema, NonEmptyStringSchema, OrganisationSchema, type Organisation } from '@ofkit/core';
import {
  heading,
  keyValue,
  list,
  paragraph,
  section,
  signatures,
  strong,
  frenchDate,
} from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import {
  BuildContext,
  CATEGORY_LABELS,
  MODALITY_LABELS,
  MentionList,
  MentionTextSchema,
  PartySchema,
  PriceSchema,
  addressLines,
  checkNda,
  hours,
  issuerOf,
  present,
  priceLines,
  type Action,
  type Party,
  type Price,
  certificationText,
  TrainingBlockSchema,
  SessionBlockSchema,
  LearnerBlockSchema,
  TrainerBlockSchema,
  ClientSchema,
  ClausesSchema,
  actionOf,
  personName,
} from '../common.js';
import { frDate, frGendered, frHours, frNumber, frPercent, frSalutation, frSiret, frText, frTime, frTimeRange } from '../../typography/index.js';
import { REFS } from '../refs.js';
import { defineKind } from './spec.js';


/** Checks the D. 6353-1 I mentions of an action, its price and payment terms (convention, devis). */
export function checkD6353Mentions(
  m: MentionList,
  action: Action | undefined,
  price: Price | undefined,
  paymentTerms: string | undefined,
  org: Organisation,
  pricePath: readonly (string | number)[] = ['price', 'amountExclTax'],
): void {
  const a = action ?? {};
  m.need('action.title', ['training', 'title'], a.title);
  m.need('action.objectives', ['training', 'objectives'], a.objectives);
  m.need('action.content', ['training', 'content'], a.content);
  m.need('action.means', ['training', 'methods'], a.means);
  m.need('action.durationHours', ['training', 'durationHours'], a.durationHours);
  m.need('action.period', ['session', 'startDate'], a.period);
  m.need('action.modality', ['session', 'modality'], a.modality);
  m.need('action.followUp', ['training', 'followUp'], a.followUp);
  m.need('action.sanction', ['training', 'sanction'], a.sanction);
  if (a.modality === 'distance' || a.modality === 'mixte') {
    // D. 6353-1 I 1° since 1 July 2025 (décret 2025-586): the distance rate; the mention list dates it.
    m.need('session.distanceRate', ['session', 'distanceRatePercent'], a.distanceRatePercent);
    checkFoad(m, a);
  }
  m.need('price.amountExclTax', pricePath, price?.amountExclTax);
  if (org.vat.regime === 'subject' && present(price?.amountExclTax)) {
    m.need('price.vatRate', pricePath.length === 2 ? ['price', 'vatRate'] : ['vatRate'], price?.vatRate);
  }
  m.need('paymentTerms', ['paymentTerms'], paymentTerms);
  checkNda(m, org);
}

/** D. 6313-3-1 mentions for an action delivered (partly) at a distance. */
export function checkFoad(m: MentionList, a: Action, base: readonly string[] = ['session']): void {
  const f = a.foad ?? {};
  m.need('action.foad.assistance', [...base, 'foad', 'assistance'], f.assistance);
  m.need('action.foad.activities', [...base, 'foad', 'activities'], f.activities);
  m.need('action.foad.assessments', [...base, 'foad', 'assessments'], f.assessments);
}

/** The blocks describing an action (title, nature, objectives, content, means, dates…). */
export function actionBlocks(a: Action, first = 1): Block[] {
  let n = first;
  const art = (t: string): Block => heading(2, `Article ${n++} — ${t}`);
  const out: Block[] = [];
  out.push(art("Objet et nature de l'action"));
  out.push(
    keyValue([
      ['Intitulé', a.title],
      ['Nature (art. L. 6313-1)', a.category ? CATEGORY_LABELS[a.category] : undefined],
      ['Certification visée', a.certification ? certificationText(a.certification, true) : undefined],
      ['Public visé', a.audience],
      ['Prérequis', a.prerequisites],
    ]),
  );
  if (a.objectives && a.objectives.length > 0) {
    out.push(paragraph(strong('Objectifs')), list(a.objectives));
  }
  if (a.content && a.content.length > 0) {
    out.push(paragraph(strong('Contenu')), list(a.content));
  }
  out.push(art('Organisation de l’action'));
  out.push(
    keyValue([
      ['Durée', a.durationHours !== undefined ? frHours(a.durationHours) : undefined],
      ['Période', a.period ? `du ${frDate(a.period.start)} au ${frDate(a.period.end)}` : undefined],
      ['Modalité', a.modality ? MODALITY_LABELS[a.modality] : undefined],
      ['Lieu', a.place],
      ['Horaires', a.schedule],
      ['Moyens pédagogiques, techniques et d’encadrement', a.means],
      ['Suivi de l’exécution', a.followUp],
      ['Évaluation', a.assessment],
      ['Sanction de la formation', a.sanction],
    ]),
  );
  if (a.foad && (a.modality === 'distance' || a.modality === 'mixte')) {
    out.push(paragraph(strong('Formation à distance (art. D. 6313-3-1)')));
    out.push(
      keyValue([
        ['Assistance technique et pédagogique', a.foad.assistance],
        ['Activités à distance et durée estimée', a.foad.activities],
        ['Évaluations', a.foad.assessments],
      ]),
    );
  }
  return out;
}

/** Parties block: the OF and the other party. */
export function partiesBlocks(org: Organisation, other: Party, otherLabel: string): Block[] {
  const ofLines = [
    ...addressLines(org.address),
    `SIRET ${frSiret(org.siret)}`,
    org.nda && org.ndaStatus !== 'pending'
      ? `Déclaration d'activité n° ${org.nda}${org.ndaRegion ? ` (préfet de région ${org.ndaRegion})` : ''}`
      : "Déclaration d'activité en cours d'enregistrement",
    ...(org.legalRepresentative ? [`Représenté par ${org.legalRepresentative.firstName} ${org.legalRepresentative.lastName}, ${org.legalRepresentative.title}`] : []),
  ].join('\n');
  const otherLines = [
    ...addressLines(other.address),
    ...(other.siret ? [`SIRET ${frSiret(other.siret)}`] : other.siren ? [`SIREN ${other.siren}`] : []),
    ...(other.signatory ? [`Représenté par ${other.signatory.name}${other.signatory.title ? `, ${other.signatory.title}` : ''}`] : []),
  ].join('\n');
  return [
    heading(2, 'Entre les soussignés'),
    keyValue([
      ["L'organisme de formation", [strong(org.name), ...(ofLines ? [`\n${ofLines}`] : [])]],
      [otherLabel, [strong(other.name), ...(otherLines ? [`\n${otherLines}`] : [])]],
    ]),
  ];
}

/**
 * Input schema of the `convention` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { ConventionSchema } from '@ofkit/docs-gen';
 * ConventionSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const ConventionSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** The client (company, public body or person). */
  client: ClientSchema.describe('The client (company, public body or person).'),
  /** The training (core's Training record). */
  training: TrainingBlockSchema.default({}).describe('The training (core\'s Training record).'),
  /** The session (core's Session record): dates, slots, modality, place. */
  session: SessionBlockSchema.default({}).describe('The session (core\'s Session record): dates, slots, modality, place.'),
  /** Learners covered (core's Learner records): customary, not in D. 6353-1. */
  learners: z.array(LearnerBlockSchema).optional().describe('Learners covered (customary, not a D. 6353-1 mention).'),
  /** Headcount when the learners are not named yet. */
  headcount: z.number().int().positive().optional().describe('Headcount when the learners are not named yet.'),
  /** Price of the action: amountExclTax and, when the OF charges VAT, vatRate. */
  price: PriceSchema.default({}).describe('Price of the action: amountExclTax and, when the OF charges VAT, vatRate.'),
  /** Payment terms (modalités de règlement). */
  paymentTerms: MentionTextSchema.optional().describe('Payment terms (modalités de règlement).'),
  /** Non-performance, cancellation and dédit clauses (recommended; a dédit is invoiced separately). */
  cancellationTerms: MentionTextSchema.optional().describe('Non-performance, cancellation and dédit clauses (recommended; a dédit is invoiced separately).'),
  /** Number of the document. */
  number: z.string().max(100).optional().describe('Number of the document.'),
  /** Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date. */
  date: CivilDateSchema,
  /** Town where the document is signed (« Fait à … »). */
  signaturePlace: z.string().max(1000).optional().describe('Town where the document is signed (« Fait à … »).'),
  /** Three-party convention: the (single) learner of `learners` also signs. */
  tripartite: z.boolean().default(false).describe('Three-party convention: the first learner of `learners` also signs.'),
  /** Free clauses printed after the legal articles. */
  clauses: ClausesSchema.describe('Free clauses printed after the legal articles.'),
}))();

/**
 * Input of a `convention` document.
 *
 * @interface
 */
export type ConventionInput = z.input<typeof ConventionSchema>;

export const conventionKind = /* @__PURE__ */ (() => defineKind({
  kind: 'convention',
  label: 'Convention de formation professionnelle',
  schema: ConventionSchema,
  dateOf: (d) => d.date,
  mentions: (d, m) => {
    checkD6353Mentions(m, actionOf(d), d.price, d.paymentTerms, d.organisation);
    m.need('client.address', ['client', 'address'], d.client.address);
    m.valid('convention.notForIndividual', ['client', 'type'], d.client.type === 'individual'
        ? {
            fr: "Un particulier qui finance sa formation à ses frais signe un contrat de formation professionnelle (type « contrat-formation »), pas une convention.",
            en: "An individual paying for their own training signs a contrat de formation professionnelle (kind 'contrat-formation'), not a convention.",
          }
        : undefined
    );
  },
  build: (d, ctx: BuildContext) => {
    const blocks: Block[] = [
      heading(1, 'Convention de formation professionnelle'),
      paragraph(`Articles L. 6353-1 et D. 6353-1 du code du travail${d.number ? ` — n° ${d.number}` : ''}`, { size: 'small' }),
      ...partiesBlocks(d.organisation, d.client, 'Le client'),
      paragraph('Il est convenu ce qui suit.'),
      ...actionBlocks(actionOf(d)),
    ];
    let n = 3;
    if (d.learners?.length || d.headcount) {
      blocks.push(heading(2, `Article ${n++} — Effectif`));
      if (d.learners?.length) blocks.push(list(d.learners.map(personName)));
      else blocks.push(paragraph(`Nombre de stagiaires : ${d.headcount}.`));
    }
    blocks.push(heading(2, `Article ${n++} — Prix et modalités de règlement`));
    if (d.price.amountExclTax !== undefined) {
      blocks.push(keyValue(priceLines(String(d.price.amountExclTax), d.price.vatRate, d.organisation, ctx).lines));
    }
    if (d.paymentTerms) blocks.push(paragraph(d.paymentTerms));
    if (d.cancellationTerms) {
      blocks.push(heading(2, `Article ${n++} — Inexécution, annulation, dédit`), paragraph(d.cancellationTerms));
      blocks.push(paragraph('Le dédit éventuel fait l’objet d’une facturation distincte et ne constitue pas une dépense de formation.', { size: 'small' }));
    }
    for (const c of d.clauses ?? []) {
      blocks.push(heading(2, `Article ${n++} — ${c.title}`), ...c.text.split(/\n\s*\n/).map((t) => paragraph(t)));
    }
    blocks.push(
      section(
        [
          paragraph('Fait en deux exemplaires originaux, dont un remis à chaque partie.'),
          signatures(
            [
              {
                role: "Pour l'organisme de formation",
                ...(d.organisation.legalRepresentative
                  ? { name: `${d.organisation.legalRepresentative.firstName} ${d.organisation.legalRepresentative.lastName}, ${d.organisation.legalRepresentative.title}` }
                  : {}),
                stamp: true,
              },
              {
                role: 'Pour le client',
                ...(d.client.signatory ? { name: `${d.client.signatory.name}${d.client.signatory.title ? `, ${d.client.signatory.title}` : ''}` } : {}),
                stamp: true,
              },
              ...(d.tripartite && d.learners?.[0] ? [{ role: 'Le stagiaire', name: personName(d.learners[0]) }] : []),
            ],
            { ...(d.signaturePlace ? { place: d.signaturePlace } : {}), date: d.date },
          ),
        ],
        { keepTogether: true },
      ),
    );
    return {
      title: `Convention de formation — ${actionOf(d).title ?? ''}`.trim(),
      ...(d.number ? { reference: d.number } : {}),
      issuer: issuerOf(d.organisation),
      blocks,
    };
  },
}))();
