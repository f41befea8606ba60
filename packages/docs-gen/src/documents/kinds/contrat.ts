/**
 * Contrat de formation professionnelle with an individual paying themself (L. 6353-3 to -7).
 * ../shared/domain/documents.md §2.
 */
import * as z from '@ofkit/core/internal/zod';
import {
  CivilDateSchema,
  NonNegativeMoneyInputSchema,
  OrganisationSchema,
  PersonSchema,
  addDays,
  formatEur,
  money,
  sumMoney,
} from '@ofkit/core';
import { frenchDate, heading, keyValue, list, paragraph, section, signatures, strong, table } from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import { MentionTextSchema, NamedPersonSchema, PriceSchema, addressLines, checkNda, issuerOf, present, priceLines, TrainingBlockSchema,
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
import { actionBlocks, checkFoad } from './convention.js';
import { defineKind } from './spec.js';

/**
 * Input schema of the `contrat-formation` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { ContratSchema } from '@ofkit/docs-gen';
 * ContratSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const ContratSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** The learner (core Learner record). */
  learner: LearnerBlockSchema.describe('The learner (core Learner record).'),
  /** The training (core's Training record). */
  training: TrainingBlockSchema.default({}).describe('The training (core\'s Training record).'),
  /** The session (core's Session record): dates, slots, modality, place. */
  session: SessionBlockSchema.default({}).describe('The session (core\'s Session record): dates, slots, modality, place.'),
  /** Effectifs concernés (L. 6353-4 1°). */
  headcount: z.number().int().positive().optional().describe('Effectifs concernés (L. 6353-4 1°).'),
  /** Trainers with their diplomas, titles or references (L. 6353-4 4°). */
  trainers: z.array(TrainerBlockSchema).optional().describe('Trainers with their diplomas, titles or references (L. 6353-4 4°).'),
  /** Free clauses printed after the legal articles. */
  clauses: ClausesSchema.describe('Free clauses printed after the legal articles.'),
  /** Price of the action: amountExclTax and, when the OF charges VAT, vatRate. */
  price: PriceSchema.default({}).describe('Price of the action: amountExclTax and, when the OF charges VAT, vatRate.'),
  /** Payment terms (modalités de règlement). */
  paymentTerms: MentionTextSchema.optional().describe('Payment terms (modalités de règlement).'),
  /** Financial conditions in case of early termination or abandonment (L. 6353-4 5°). */
  earlyTerminationTerms: MentionTextSchema.optional().describe('Financial conditions in case of early termination or abandonment (L. 6353-4 5°).'),
  /** Payment schedule: every instalment with its due date (L. 6353-6 is checked on it). */
  paymentSchedule: z.array(z.object({ /** Due date (YYYY-MM-DD). */ dueDate: CivilDateSchema.describe('Due date (YYYY-MM-DD).'), /** Amount of the instalment ("360.00"). */ amount: NonNegativeMoneyInputSchema.describe('Amount of the instalment ("360.00").'), /** Label printed, e.g. « Solde ». */ label: z.string().max(1000).optional().describe('Label printed, e.g. « Solde ».') })).optional().describe('Payment schedule: every instalment with its due date (L. 6353-6 is checked on it).'),
  /** Date the contract is signed (the withdrawal period runs from it). */
  /** Date of the document (its mentions and parameters are read at this date). */
  date: CivilDateSchema.describe('Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date.'),
  /** Signed at a distance or off-premises (consumer-code withdrawal period, see options). */
  signedAtDistance: z.boolean().default(false).describe('Signed at a distance or off-premises (consumer-code withdrawal period, see options).'),
  /** Town where the document is signed (« Fait à … »). */
  signaturePlace: z.string().max(1000).optional().describe('Town where the document is signed (« Fait à … »).'),
}))();

/**
 * Input of a `contrat-formation` document.
 *
 * @interface
 */
export type ContratInput = z.input<typeof ContratSchema>;

export const contratKind = /* @__PURE__ */ (() => defineKind({
  kind: 'contrat-formation',
  label: 'Contrat de formation professionnelle',
  schema: ContratSchema,
  dateOf: (d) => d.date,
  mentions: (d, m, ctx) => {
    const a = actionOf(d);
    m.need('contrat.nature', ['training', 'category'], a.category);
    m.need('contrat.title', ['training', 'title'], a.title);
    m.need('contrat.objectives', ['training', 'objectives'], a.objectives);
    m.need('contrat.duration', ['training', 'durationHours'], a.durationHours);
    m.need('contrat.programme', ['training', 'content'], a.content);
    m.need('contrat.headcount', ['headcount'], d.headcount);
    m.need('contrat.prerequisites', ['training', 'prerequisites'], a.prerequisites);
    m.need('contrat.modality', ['session', 'modality'], a.modality);
    m.need('contrat.means', ['training', 'methods'], a.means);
    m.need('contrat.assessment', ['training', 'assessment'], a.assessment);
    m.need('contrat.sanction', ['training', 'sanction'], a.sanction);
    if (a.modality === 'distance' || a.modality === 'mixte') checkFoad(m, a);
    m.need('contrat.trainers', ['trainers'], d.trainers?.filter((t) => present(t.qualifications)));
    m.need('contrat.price', ['price', 'amountExclTax'], d.price.amountExclTax);
    m.need('contrat.paymentTerms', ['paymentTerms'], d.paymentTerms);
    m.need('contrat.earlyTermination', ['earlyTerminationTerms'], d.earlyTerminationTerms
    );
    checkNda(m, d.organisation);

    // L. 6353-5 / L. 6353-6 on the payment schedule.
    const distance = d.signedAtDistance && ctx.options.withdrawalAtDistance !== 'labour-code';
    const days = distance ? ctx.param('withdrawalDaysDistance', 'withdrawalAtDistance') : ctx.param('withdrawalDays');
    const share = ctx.param('maxAdvanceShare');
    const sched = d.paymentSchedule;
    const L6 = [REFS.L6353_6, ...(distance ? [REFS.CONSO_L221_18] : [REFS.L6353_5])];
    m.need('contrat.paymentSchedule', ['paymentSchedule'], sched);
    if (sched && sched.length > 0) {
      // Strict reading: the period of N days runs from the signature; it has expired only after day N.
      const firstAllowed = addDays(d.date, days + 1);
      sched.forEach((p, i) => {
        const problem =
          p.dueDate < firstAllowed
            ? {
                fr: `Paiement exigé le ${frDate(p.dueDate)}, avant la fin du délai de rétractation de ${days} jours (premier jour possible : ${frDate(firstAllowed)}).`,
                en: `Payment due on ${p.dueDate}, before the ${days}-day withdrawal period ends (first possible day: ${firstAllowed}).`,
              }
            : undefined;
        m.valid('contrat.noPaymentBeforeWithdrawalEnd', ['paymentSchedule', i, 'dueDate'], problem);
      });
      const price = d.price.amountExclTax !== undefined ? priceTotal(d) : undefined;
      if (price) {
        const total = sumMoney(sched.map((p) => money(p.amount)));
        m.valid('contrat.scheduleTotal', ['paymentSchedule'], total.eq(price)
            ? undefined
            : { fr: `L'échéancier totalise ${formatEur(total)} pour un prix de ${formatEur(price)}.`, en: `The schedule totals ${total.toString()} for a price of ${price.toString()}.` }
        );
        const start = actionOf(d).period?.start;
        if (start) {
          const advance = sumMoney(sched.filter((p) => p.dueDate <= start).map((p) => money(p.amount)));
          const cap = price.times(share, 'down');
          m.valid('contrat.maxAdvance', ['paymentSchedule'], advance.gt(cap)
              ? {
                  fr: `${formatEur(advance)} exigés au plus tard le premier jour de formation, au-delà de ${Number(share) * 100} % du prix (${formatEur(cap)}).`,
                  en: `${advance.toString()} due by the first training day, more than ${Number(share) * 100} % of the price (${cap.toString()}).`,
                }
              : undefined,
            { percent: Number(share) * 100 },
          );
        }
      }
    }
  },
  build: (d, ctx) => {
    const org = d.organisation;
    const distance = d.signedAtDistance && ctx.options.withdrawalAtDistance !== 'labour-code';
    const days = distance ? ctx.param('withdrawalDaysDistance', 'withdrawalAtDistance') : ctx.param('withdrawalDays');
    const share = Number(ctx.param('maxAdvanceShare')) * 100;
    const learner = `${d.learner.civility ? `${d.learner.civility} ` : ''}${d.learner.firstName} ${d.learner.lastName}`;
    const blocks: Block[] = [
      heading(1, 'Contrat de formation professionnelle'),
      paragraph('Articles L. 6353-3 à L. 6353-7 du code du travail', { size: 'small' }),
      heading(2, 'Entre les soussignés'),
      keyValue([
        ["L'organisme de formation", [strong(org.name), `\n${[...addressLines(org.address), `SIRET ${frSiret(org.siret)}`, org.nda ? `Déclaration d'activité n° ${org.nda}` : "Déclaration d'activité en cours d'enregistrement"].join('\n')}`]],
        ['Le stagiaire', [strong(learner), ...(d.learner.address ? [`\n${addressLines(d.learner.address).join('\n')}`] : [])]],
      ]),
      ...actionBlocks(actionOf(d)),
      keyValue([['Effectifs concernés', d.headcount !== undefined ? String(d.headcount) : undefined]]),
    ];
    if (d.trainers?.length) {
      blocks.push(heading(2, 'Article 3 — Formateurs'));
      blocks.push(list(d.trainers.map((t) => `${personName(t)}${t.title ? `, ${t.title}` : ''}${t.qualifications?.length ? ` — ${t.qualifications.join(' ; ')}` : ''}`)));
    }
    blocks.push(heading(2, 'Article 4 — Délai de rétractation'));
    blocks.push(
      paragraph(
        `À compter de la date de signature du présent contrat, le stagiaire dispose d'un délai de ${days} jours pour se rétracter. Il en informe l'organisme de formation par lettre recommandée avec avis de réception. Dans ce cas, aucune somme ne peut être exigée du stagiaire.`,
      ),
    );
    blocks.push(heading(2, 'Article 5 — Prix et modalités de paiement'));
    if (d.price.amountExclTax !== undefined) blocks.push(keyValue(priceLines(String(d.price.amountExclTax), d.price.vatRate, org, ctx).lines));
    blocks.push(
      paragraph(
        `Aucune somme ne peut être exigée avant l'expiration du délai de rétractation. À son expiration, le stagiaire effectue un premier versement d'un montant qui ne peut excéder ${share} % du prix convenu ; le solde donne lieu à un échelonnement des paiements au fur et à mesure du déroulement de l'action de formation.`,
      ),
    );
    if (d.paymentTerms) blocks.push(paragraph(d.paymentTerms));
    if (d.paymentSchedule?.length) {
      blocks.push(
        table(
          [{ header: 'Échéance', width: 1 }, { header: 'Objet', width: 2 }, { header: 'Montant', width: 1, align: 'right' }],
          d.paymentSchedule.map((p) => [frDate(p.dueDate), p.label ?? '', formatEur(p.amount)]),
        ),
      );
    }
    blocks.push(heading(2, 'Article 6 — Interruption de la formation'));
    blocks.push(
      paragraph(
        "Si, par suite de force majeure dûment reconnue, le stagiaire est empêché de suivre la formation, le contrat est résilié ; seules les prestations effectivement dispensées sont dues au prorata temporis de leur valeur prévue au contrat (art. L. 6353-7).",
      ),
    );
    if (d.earlyTerminationTerms) blocks.push(paragraph([strong('Cessation anticipée ou abandon : '), d.earlyTerminationTerms]));
    blocks.push(paragraph('Le dédit éventuel fait l’objet d’une facturation distincte de la formation.', { size: 'small' }));
    for (const c of d.clauses ?? []) {
      blocks.push(heading(2, c.title), ...c.text.split(/\n\s*\n/).map((t) => paragraph(t)));
    }
    blocks.push(
      section(
        [
          paragraph('Fait en deux exemplaires originaux. Le stagiaire reconnaît avoir reçu, avant la signature, le programme, le règlement intérieur et les informations prévues à l’article L. 6353-8.'),
          signatures(
            [
              { role: "Pour l'organisme de formation", ...(org.legalRepresentative ? { name: `${org.legalRepresentative.firstName} ${org.legalRepresentative.lastName}, ${org.legalRepresentative.title}` } : {}), stamp: true },
              { role: 'Le stagiaire', name: learner, mention: 'Lu et approuvé' },
            ],
            { ...(d.signaturePlace ? { place: d.signaturePlace } : {}), date: d.date },
          ),
        ],
        { keepTogether: true },
      ),
    );
    return { title: `Contrat de formation — ${actionOf(d).title ?? ''}`.trim(), issuer: issuerOf(org), blocks };
  },
}))();

function priceTotal(d: z.output<typeof ContratSchema>) {
  const ht = money(String(d.price.amountExclTax));
  if (d.organisation.vat.regime === 'subject' && d.price.vatRate) return ht.plus(ht.ratio(d.price.vatRate, 100));
  return ht;
}

