/**
 * End-of-training documents: attestation de fin de formation (L. 6353-1), certificat de
 * réalisation (ministry model) and questionnaire de satisfaction (hot and cold).
 * ../shared/domain/documents.md §5.1, §5.3.
 */
import * as z from '@ofkit/core/internal/zod';
import {
  CivilDateSchema,
  HoursSchema,
  NonEmptyStringSchema,
  OrganisationSchema,
  PersonSchema,
  TRAINING_CATEGORIES,
} from '@ofkit/core';
import { bilingual } from '@ofkit/core/internal';
import { checklist, frenchDate, heading, keyValue, list, paragraph, section, signatures, strong, table } from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import { CATEGORY_LABELS, MODALITY_LABELS, MentionTextSchema, NamedPersonSchema, hours, issuerOf, TrainingBlockSchema,
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

function fullName(p: { civility?: string | undefined; firstName: string; lastName: string }): string {
  return `${p.civility ? `${p.civility} ` : ''}${p.firstName} ${p.lastName}`;
}

// ---------------------------------------------------------------- attestation de fin de formation

/**
 * Input schema of the `attestation-fin-formation` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { AttestationSchema } from '@ofkit/docs-gen';
 * AttestationSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const AttestationSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** The learner (core Learner record). */
  learner: LearnerBlockSchema.describe('The learner (core Learner record).'),
  /** The training (core's Training record). */
  training: TrainingBlockSchema.default({}).describe('The training (core\'s Training record).'),
  /** The session (core's Session record): dates, slots, modality, place. */
  session: SessionBlockSchema.default({}).describe('The session (core\'s Session record): dates, slots, modality, place.'),
  /** Hours actually followed (default: the training's duration). */
  hoursAttended: HoursSchema.optional().describe("Hours actually followed (default: the training's durationHours)."),
  /** Whether the programme planned an assessment, and its results per objective. */
  assessmentResults: z
    .object({
      /** Whether the programme planned an assessment of what was learnt. */
      planned: z.boolean().describe('Whether the programme planned an assessment of what was learnt.'),
      /** Result per objective. */
      results: z
        .array(
          z.object({
            /** The objective assessed. */
            objective: z.string().max(10_000).describe('The objective assessed.'),
            /** Its result, e.g. « acquis », « en cours d’acquisition ». */
            result: NonEmptyStringSchema.max(1000).describe('Its result, e.g. « acquis », « en cours d’acquisition ».'),
          }),
        )
        .optional()
        .describe('Result per objective.'),
    })
    .optional()
    .describe("Results of the assessment of what was learnt (L. 6353-1), only when the programme planned one. The training's `assessment` says how it is assessed."),
  /** Who signs for the OF (name and capacity). */
  signatory: NamedPersonSchema.optional().describe('Who signs for the OF (name and capacity).'),
  /** Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date. */
  date: CivilDateSchema,
  /** Town where the document is signed (« Fait à … »). */
  signaturePlace: z.string().max(1000).optional().describe('Town where the document is signed (« Fait à … »).'),
}))();

/**
 * Input of an `attestation-fin-formation` document.
 *
 * @interface
 */
export type AttestationInput = z.input<typeof AttestationSchema>;

export const attestationKind = /* @__PURE__ */ (() => defineKind({
  kind: 'attestation-fin-formation',
  label: 'Attestation de fin de formation',
  schema: AttestationSchema,
  dateOf: (d) => d.date,
  mentions: (d, m) => {
    const a = actionOf(d);
    // L. 6353-1: alinéa numbering and current wording not re-read (documents.md §12.3): provisional.
    m.need('attestation.title', ['training', 'title'], a.title);
    m.need('attestation.objectives', ['training', 'objectives'], a.objectives);
    m.need('attestation.nature', ['training', 'category'], a.category);
    m.need('attestation.duration', ['training', 'durationHours'], d.hoursAttended ?? a.durationHours);
    m.need('attestation.assessmentPlanned', ['assessmentResults'], d.assessmentResults);
    if (d.assessmentResults?.planned) {
      m.need('attestation.results', ['assessmentResults', 'results'], d.assessmentResults.results);
    }
  },
  build: (d) => {
    const a = actionOf(d);
    const h = d.hoursAttended ?? a.durationHours;
    const blocks: Block[] = [
      heading(1, 'Attestation de fin de formation'),
      paragraph('Article L. 6353-1 du code du travail', { size: 'small' }),
      paragraph([`L'organisme de formation ${d.organisation.name} atteste que `, strong(fullName(d.learner)), ' a suivi l’action suivante :']),
      keyValue([
        ['Intitulé', a.title],
        ['Nature', a.category ? CATEGORY_LABELS[a.category] : undefined],
        ['Période', a.period ? `du ${frDate(a.period.start)} au ${frDate(a.period.end)}` : undefined],
        ['Durée suivie', h !== undefined ? frHours(h) : undefined],
        ['Modalité', a.modality ? MODALITY_LABELS[a.modality] : undefined],
      ]),
      heading(2, 'Objectifs'),
      list(a.objectives ?? []),
      heading(2, "Résultats de l'évaluation des acquis"),
    ];
    if (d.assessmentResults?.planned && d.assessmentResults.results?.length) {
      blocks.push(table([{ header: 'Objectif', width: 3 }, { header: 'Résultat', width: 1 }], d.assessmentResults.results.map((r) => [r.objective, r.result])));
    } else {
      blocks.push(paragraph("Aucune évaluation des acquis n'était prévue au programme."));
    }
    blocks.push(
      section([signatures([{ role: "Pour l'organisme de formation", ...(d.signatory ? { name: `${d.signatory.name}${d.signatory.title ? `, ${d.signatory.title}` : ''}` } : {}), stamp: true }], { ...(d.signaturePlace ? { place: d.signaturePlace } : {}), date: d.date })], {
        keepTogether: true,
      }),
    );
    return { title: `Attestation de fin de formation — ${fullName(d.learner)}`, issuer: issuerOf(d.organisation), blocks };
  },
}))();

// ---------------------------------------------------------------- certificat de réalisation

/**
 * Input schema of the `certificat-realisation` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { CertificatSchema } from '@ofkit/docs-gen';
 * CertificatSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const CertificatSchema = /* @__PURE__ */ (() => z
  .object({
    /** The training organisation (core Organisation record). */
    organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
    /** The OF's legal representative (or delegate) signing. */
    signatory: NamedPersonSchema.optional().describe('The OF\'s legal representative (or delegate) signing.'),
    learner: LearnerBlockSchema,
    /** The training: its title and nature (category) are printed. */
    training: TrainingBlockSchema.default({}).describe('The training: its title and nature (category) are printed.'),
    /** The session: its first and last days are printed. */
    session: SessionBlockSchema.default({}).describe('The session: its first and last days are printed.'),
    /** Hours completed (for apprenticeship: use `monthsDone`). */
    hoursDone: HoursSchema.optional().describe('Hours completed (for apprenticeship: use `monthsDone`).'),
    /** Months completed (apprenticeship). */
    monthsDone: z.number().int().min(0).max(600).optional().describe('Months completed (apprenticeship).'),
    /**
     * Distance learning: the duration counts completed activities × their estimated time. The
     * model's footnote ² that says so is printed on every certificate (as on the ministry model).
     */
    foad: z.boolean().default(false).describe('Distance learning: the duration counts completed activities (the model footnote).'),
    /** Town where the document is signed (« Fait à … »). */
    signaturePlace: z.string().max(1000).optional().describe('Town where the document is signed (« Fait à … »).'),
    date: CivilDateSchema,
  }))();

/**
 * Input of a `certificat-realisation` document.
 *
 * @interface
 */
export type CertificatInput = z.input<typeof CertificatSchema>;

export const certificatKind = /* @__PURE__ */ (() => defineKind({
  kind: 'certificat-realisation',
  label: 'Certificat de réalisation',
  schema: CertificatSchema,
  dateOf: (d) => d.date,
  mentions: (d, m) => {
    m.need('certificat.signatory', ['signatory'], d.signatory);
    m.need('certificat.actionTitle', ['training', 'title'], d.training.title);
    m.need('certificat.nature', ['training', 'category'], d.training.category);
    m.need('certificat.period', ['session', 'startDate'], d.session.startDate && d.session.endDate ? d.session : undefined);
    if (d.training.category === 'apprentissage') {
      m.need('certificat.months', ['monthsDone'], d.monthsDone);
    } else {
      m.need('certificat.hours', ['hoursDone'], d.hoursDone);
    }
  },
  build: (d, ctx) => {
    const years = ctx.param('certificatRetentionYears');
    const signer = d.signatory ? `${d.signatory.name}${d.signatory.title ? `, ${d.signatory.title}` : ''}` : '…';
    const duration =
      d.training.category === 'apprentissage'
        ? `${d.monthsDone ?? '…'} mois ²`
        : `${d.hoursDone !== undefined ? String(d.hoursDone).replace('.', ',') : '…'} heures ²`;
    const blocks: Block[] = [
      heading(1, 'Certificat de réalisation'),
      paragraph([
        'Je soussigné(e) ',
        strong(signer),
        ", représentant légal du dispensateur de l'action concourant au développement des compétences ",
        strong(d.organisation.name),
        ',',
      ]),
      paragraph(['atteste que ', strong(fullName(d.learner)), d.learner.employer ? `, ${frGendered(d.learner.civility, 'salarié', 'salariée', 'membre du personnel')} de l’entreprise ${d.learner.employer.name},` : ',']),
      paragraph(['a suivi l’action ', strong(d.training.title ?? '…')]),
      paragraph('Nature de l’action concourant au développement des compétences :'),
      checklist(
        TRAINING_CATEGORIES.map((c) => ({
          text: `${CATEGORY_LABELS[c]}${c === 'action-de-formation' ? ' ¹' : ''}`,
          checked: d.training.category === c,
        })),
      ),
      paragraph(
        d.session.startDate && d.session.endDate
          ? `qui s’est déroulée du ${frDate(d.session.startDate)} au ${frDate(d.session.endDate)}, pour une durée de ${duration}.`
          : `pour une durée de ${duration}.`,
      ),
      paragraph(
        `Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je m’engage à conserver l’ensemble des pièces justificatives qui ont permis d’établir le présent certificat pendant une durée de ${years} ans à compter de la fin de l’année du dernier paiement. En cas de cofinancement des fonds européens, la durée de conservation est étendue conformément aux obligations conventionnelles spécifiques.`,
      ),
      section(
        [
          signatures([{ role: 'Cachet et signature du responsable du dispensateur de formation', name: signer, stamp: true }], {
            ...(d.signaturePlace ? { place: d.signaturePlace } : {}),
            date: d.date,
          }),
        ],
        { keepTogether: true },
      ),
      paragraph('¹ Dans le cadre d’un projet de transition professionnelle, le certificat est transmis mensuellement.', { size: 'small' }),
      paragraph(
        '² Pour les formations à distance, prendre en compte la réalisation des activités pédagogiques et le temps estimé pour les réaliser.',
        { size: 'small' },
      ),
    ];
    return { title: `Certificat de réalisation — ${fullName(d.learner)}`, issuer: issuerOf(d.organisation), blocks };
  },
}))();

// ---------------------------------------------------------------- questionnaire de satisfaction

const DEFAULT_QUESTIONS = {
  hot: [
    'Les objectifs de la formation ont-ils été atteints ?',
    'Le contenu correspondait-il à vos attentes ?',
    'Les méthodes et supports pédagogiques étaient-ils adaptés ?',
    "La qualité de l'animation du formateur",
    "L'organisation (accueil, horaires, locaux ou outils à distance)",
    'Recommanderiez-vous cette formation ?',
  ],
  cold: [
    'Mettez-vous en œuvre les compétences acquises dans votre activité ?',
    'La formation a-t-elle eu un effet sur votre situation professionnelle ?',
    'Avec le recul, la formation répondait-elle à vos besoins ?',
    'Recommanderiez-vous cette formation ?',
  ],
} as const;

/**
 * Input schema of the `questionnaire-satisfaction` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { QuestionnaireSchema } from '@ofkit/docs-gen';
 * QuestionnaireSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const QuestionnaireSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** `hot`: at the end of the session; `cold`: some months later. */
  variant: z.enum(['hot', 'cold']).describe('`hot`: at the end of the session; `cold`: some months later.'),
  /** The training (core Training record). */
  training: z.object({ /** Title (intitulé) of the training. */ title: MentionTextSchema.optional().describe('Title (intitulé) of the training.') }).default({}).describe('The training (core Training record).'),
  /** The session (core Session record). */
  session: z.object({ /** First day (YYYY-MM-DD). */ startDate: CivilDateSchema.optional().describe('First day (YYYY-MM-DD).'), /** Last day (YYYY-MM-DD). */ endDate: CivilDateSchema.optional().describe('Last day (YYYY-MM-DD).'), /** Id of core's Session record (not printed). */ id: z.string().max(200).optional().describe("Id of core's Session record (not printed).") }).default({}).describe('The session (core Session record).'),
  /** Named questionnaire (absent: anonymous). */
  learner: LearnerBlockSchema.optional().describe('Named questionnaire (absent: anonymous).'),
  /** Custom rated questions (default set by variant). */
  questions: z.array(NonEmptyStringSchema.max(10_000)).optional().describe('Custom rated questions (default set by variant).'),
  /** Rating scale labels, worst to best. */
  scale: z.array(NonEmptyStringSchema.max(200)).min(2).max(10).default(['Pas du tout satisfait', 'Peu satisfait', 'Satisfait', 'Très satisfait']).describe('Rating scale labels, worst to best.'),
  /** Open questions. */
  openQuestions: z.array(NonEmptyStringSchema.max(10_000)).default(['Points forts', "Points d'amélioration", 'Commentaires']).describe('Open questions.'),
  /** Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date. */
  date: CivilDateSchema,
}))();

/**
 * Input of a `questionnaire-satisfaction` document.
 *
 * @interface
 */
export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;

export const questionnaireKind = /* @__PURE__ */ (() => defineKind({
  kind: 'questionnaire-satisfaction',
  label: 'Questionnaire de satisfaction',
  schema: QuestionnaireSchema,
  dateOf: (d) => d.date,
  mentions: (d, m) => {
    m.need('questionnaire.title', ['training', 'title'], d.training.title);
    m.need('questionnaire.session', ['session', 'endDate'], d.session.endDate);
    if (d.variant === 'cold' && d.session.endDate) {
      m.valid('questionnaire.coldAfterEnd', ['date'], d.date <= d.session.endDate ? { fr: 'Une évaluation à froid se fait après la fin de la session.', en: 'A cold evaluation comes after the session ends.' } : undefined
      );
    }
  },
  build: (d) => {
    const questions = d.questions ?? [...DEFAULT_QUESTIONS[d.variant]];
    const blocks: Block[] = [
      heading(1, d.variant === 'hot' ? 'Questionnaire de satisfaction — évaluation à chaud' : 'Questionnaire de satisfaction — évaluation à froid'),
      keyValue([
        ['Formation', d.training.title],
        ['Session', d.session.startDate && d.session.endDate ? `du ${frDate(d.session.startDate)} au ${frDate(d.session.endDate)}` : d.session.endDate ? frDate(d.session.endDate) : undefined],
        ['Stagiaire', d.learner ? fullName(d.learner) : 'questionnaire anonyme'],
        ['Date', frDate(d.date)],
      ]),
      paragraph('Cochez une case par question.', { size: 'small' }),
      table(
        [{ header: 'Question', width: 3 }, ...d.scale.map((s) => ({ header: s, width: 1, align: 'center' as const }))],
        questions.map((q) => [q, ...d.scale.map(() => '☐')]),
      ),
    ];
    for (const q of d.openQuestions) blocks.push(heading(3, q), table([{ header: ' ' }], [['']], { minRowHeightMm: 25 }));
    blocks.push(paragraph('Merci pour votre participation. Vos réponses contribuent à l’amélioration continue de nos formations.', { size: 'small' }));
    return { title: `Questionnaire de satisfaction (${d.variant === 'hot' ? 'à chaud' : 'à froid'}) — ${d.training.title ?? ''}`.trim(), issuer: issuerOf(d.organisation), blocks };
  },
}))();
