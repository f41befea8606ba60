/**
 * Règlement intérieur (L. 6352-3 to -5, R. 6352-1 to -15). ../shared/domain/documents.md §4.
 */
import * as z from '@ofkit/core/internal/zod';
import { CivilDateSchema, NonEmptyStringSchema, OrganisationSchema, addMonths } from '@ofkit/core';
import { bilingual } from '@ofkit/core/internal';
import { frenchDate, heading, list, paragraph, signatures } from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import { MentionTextSchema, TextListSchema, issuerOf, TrainingBlockSchema,
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

/** Words that reveal a fine or another pecuniary sanction (forbidden by R. 6352-3). */
const PECUNIARY = /\b(amendes?|p[ée]cuniaires?|retenues?\s+sur|p[ée]nalit[ée]s?\s+financi[èe]res?|sanctions?\s+financi[èe]res?|paiement\s+d['’]une\s+somme)\b/i;

/**
 * Input schema of the `reglement-interieur` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { ReglementSchema } from '@ofkit/docs-gen';
 * ReglementSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const ReglementSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** Date the RI was drawn up. */
  /** Date of the document (its mentions and parameters are read at this date). */
  date: CivilDateSchema.describe('Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date.'),
  /** Date it comes into force (default: establishedOn). */
  inForceFrom: CivilDateSchema.optional().describe('Date it comes into force (default: establishedOn).'),
  /** Start of the OF's activity, to check the 3-month deadline of R. 6352-1. */
  activityStartDate: CivilDateSchema.optional().describe('Start of the OF\'s activity, to check the 3-month deadline of R. 6352-1.'),
  /** Who and where it applies to. */
  scope: MentionTextSchema.optional().describe('Who and where it applies to.'),
  /** Main health and safety measures (L. 6352-3). */
  healthSafety: TextListSchema.optional().describe('Main health and safety measures (L. 6352-3).'),
  /** Fire instructions and evacuation plan. */
  fireInstructions: MentionTextSchema.optional().describe('Fire instructions and evacuation plan.'),
  /** Disciplinary rules (L. 6352-3). */
  disciplineRules: TextListSchema.optional().describe('Disciplinary rules (L. 6352-3).'),
  /** Nature and scale of sanctions, mildest first (L. 6352-3, R. 6352-3: no fine). */
  sanctions: z.array(z.object({ /** Name of the sanction, e.g. « Avertissement écrit ». */ name: NonEmptyStringSchema.max(1000).describe('Name of the sanction, e.g. « Avertissement écrit ».'), /** Details: duration, conditions. */ description: z.string().max(10_000).optional().describe('Details: duration, conditions.') })).optional().describe('Nature and scale of sanctions, mildest first (L. 6352-3, R. 6352-3: no fine).'),
  /** The OF runs sessions totalling more than 500 hours (representation required, R. 6352-9). */
  hasSessionsOver500h: z.boolean().describe('The OF runs sessions totalling more than 500 hours (representation required, R. 6352-9).'),
  /** Representation arrangements, if any beyond the legal text generated. */
  representation: MentionTextSchema.optional().describe('Representation arrangements, if any beyond the legal text generated.'),
  /** Town where the document is signed (« Fait à … »). */
  signaturePlace: z.string().max(1000).optional().describe('Town where the document is signed (« Fait à … »).'),
  /** Who signs for the OF (name and capacity). */
  signatory: z.object({ /** Full name as printed. */ name: NonEmptyStringSchema.max(1000).describe('Full name as printed.'), /** Capacity, e.g. « Directrice ». */ title: z.string().max(1000).optional().describe('Capacity, e.g. « Directrice ».') }).optional().describe('Who signs for the OF (name and capacity).'),
}).refine((r) => !r.inForceFrom || r.inForceFrom >= r.date, {
  message: bilingual("L'entrée en vigueur précède l'établissement.", 'In force before being drawn up.'),
  path: ['inForceFrom'],
}))();

/**
 * Input of a `reglement-interieur` document.
 *
 * @interface
 */
export type ReglementInput = z.input<typeof ReglementSchema>;

export const reglementKind = /* @__PURE__ */ (() => defineKind({
  kind: 'reglement-interieur',
  label: 'Règlement intérieur',
  schema: ReglementSchema,
  dateOf: (d) => d.date,
  mentions: (d, m, ctx) => {
    m.need('ri.healthSafety', ['healthSafety'], d.healthSafety);
    m.need('ri.discipline', ['disciplineRules'], d.disciplineRules);
    m.need('ri.sanctions', ['sanctions'], d.sanctions);
    (d.sanctions ?? []).forEach((s, i) => {
      const text = `${s.name} ${s.description ?? ''}`;
      m.valid('ri.noPecuniarySanction', ['sanctions', i], PECUNIARY.test(text)
          ? { fr: `Sanction pécuniaire interdite : « ${s.name} ».`, en: `Pecuniary sanction forbidden: "${s.name}".` }
          : undefined,
      );
    });
    // The procedure (R. 6352-4 to -6) is printed by the builder: it is always present.
    m.need('ri.procedure', [], 'generated');
    // R. 6352-6 (one clear day / 15 days), confirmed by the text (corrections-2026-12 §2).
    m.need('ri.sanctionTiming', [], 'generated');
    if (d.hasSessionsOver500h) {
      ctx.param('representationThresholdHours');
      m.need('ri.representation', ['hasSessionsOver500h'], 'generated');
      // Election timing (R. 6352-10, confirmed, corrections-2026-12 §2), PV de carence, end of mandates, delegates' role.
      m.need('ri.representationElection', ['hasSessionsOver500h'], 'generated');
      ctx.param('electionWindowHours');
    }
    if (d.activityStartDate) {
      const months = ctx.param('riDeadlineMonths');
      const deadline = addMonths(d.activityStartDate, months, { endOfMonth: 'clamp' });
      m.valid('ri.deadline', ['date'], d.date > deadline
          ? { fr: `Établi le ${frDate(d.date)}, après la limite du ${frDate(deadline)}.`, en: `Drawn up on ${d.date}, after the ${deadline} limit.` }
          : undefined,
        { months },
      );
    }
  },
  build: (d, ctx) => {
    const timing = ctx.param('sanctionTiming');
    const blocks: Block[] = [
      heading(1, 'Règlement intérieur'),
      paragraph(`Établi le ${frDate(d.date)} en application des articles L. 6352-3 à L. 6352-5 et R. 6352-1 à R. 6352-15 du code du travail.`, { size: 'small' }),
      heading(2, 'Article 1 — Champ d’application'),
      paragraph(d.scope ?? 'Le présent règlement s’applique à toutes les personnes inscrites à une action organisée par l’organisme de formation, pour toute sa durée.'),
      heading(2, 'Article 2 — Hygiène et sécurité'),
      list(d.healthSafety ?? []),
      paragraph('Lorsque la formation se déroule dans une entreprise ou un établissement déjà doté d’un règlement intérieur, les mesures d’hygiène et de sécurité applicables sont celles de ce dernier règlement (art. R. 6352-1).'),
    ];
    if (d.fireInstructions) blocks.push(paragraph(d.fireInstructions));
    blocks.push(heading(2, 'Article 3 — Discipline'), list(d.disciplineRules ?? []));
    blocks.push(heading(2, 'Article 4 — Sanctions'));
    blocks.push(
      paragraph(
        'Constitue une sanction toute mesure, autre que les observations verbales, prise par le directeur de l’organisme ou son représentant à la suite d’un agissement du stagiaire considéré par lui comme fautif. Les amendes et autres sanctions pécuniaires sont interdites (art. R. 6352-3). Selon la gravité, la sanction peut être :',
      ),
      list((d.sanctions ?? []).map((s) => (s.description ? `${s.name} : ${s.description}` : s.name)), { ordered: true }),
    );
    blocks.push(heading(2, 'Article 5 — Procédure disciplinaire'));
    blocks.push(
      list([
        'Aucune sanction ne peut être prise sans que le stagiaire ait été informé au préalable des griefs retenus contre lui (art. R. 6352-4).',
        'Lorsque la sanction envisagée a une incidence sur la présence du stagiaire, celui-ci est convoqué par lettre recommandée ou remise contre décharge, indiquant l’objet, la date, l’heure et le lieu de l’entretien ; il peut se faire assister d’une personne de son choix, notamment le délégué de stage ; au cours de l’entretien, le motif de la sanction est indiqué et ses explications sont recueillies (art. R. 6352-5).',
        `La sanction intervient au moins ${timing.minClearDays} jour franc et au plus ${timing.maxDays} jours après l’entretien ; elle fait l’objet d’une notification écrite et motivée (art. R. 6352-6).`,
        'Lorsque l’agissement a rendu indispensable une mesure conservatoire d’exclusion temporaire à effet immédiat, aucune sanction définitive ne peut être prise sans que cette procédure ait été respectée.',
        'Le directeur informe l’employeur, et le cas échéant l’organisme financeur, de la sanction prise.',
      ]),
    );
    if (d.hasSessionsOver500h) {
      const w = ctx.param('electionWindowHours');
      blocks.push(heading(2, 'Article 6 — Représentation des stagiaires'));
      blocks.push(
        paragraph(
          `Pour chaque action d’une durée totale supérieure à 500 heures, un délégué titulaire et un délégué suppléant sont élus simultanément au scrutin uninominal à deux tours ; tous les stagiaires sont électeurs et éligibles (art. R. 6352-9). Le scrutin a lieu pendant les heures de formation, au plus tôt ${w.notBefore} heures et au plus tard ${w.notAfter} heures après le début de la première session ; le directeur en assure l’organisation. Lorsque la représentation ne peut être assurée, un procès-verbal de carence est établi. Les mandats prennent fin avec la session. Les délégués font toute suggestion pour améliorer le déroulement des stages et les conditions de vie des stagiaires et présentent les réclamations individuelles ou collectives.`,
        ),
      );
      if (d.representation) blocks.push(paragraph(d.representation));
    }
    blocks.push(paragraph(`Entrée en vigueur : ${frDate(d.inForceFrom ?? d.date)}.`));
    blocks.push(signatures([{ role: 'Le directeur', ...(d.signatory ? { name: `${d.signatory.name}${d.signatory.title ? `, ${d.signatory.title}` : ''}` } : {}) }], { ...(d.signaturePlace ? { place: d.signaturePlace } : {}), date: d.date }));
    return { title: `Règlement intérieur — ${d.organisation.name}`, issuer: issuerOf(d.organisation), blocks };
  },
}))();
