/**
 * Reports built from the other packages: the CPF financing plan (`planCpfFinancing` of
 * `@ofkit/cpf`) and the Qualiopi audit-readiness result (`assessReadiness` of `@ofkit/rnq`).
 *
 * The schemas are structural: they accept the plain data those functions return
 * (`CpfFinancingPlan`, `ReadinessResult`), or the same shape from JSON, without importing the
 * packages at run time. The test suite checks at compile time that the real types fit.
 */
import * as z from 'zod';
import { CivilDateSchema, OrganisationSchema, PersonSchema, formatEur } from '@ofkit/core';
import { frenchDate, heading, keyValue, list, paragraph, strong, table } from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import { issuerOf, TrainingBlockSchema,
  SessionBlockSchema,
  LearnerBlockSchema,
  TrainerBlockSchema,
  ClientSchema,
  ClausesSchema,
  actionOf,
  personName,
} from '../common.js';
import { frDate, frGendered, frHours, frNumber, frPercent, frSalutation, frSiret, frText, frTime, frTimeRange } from '../../typography/index.js';
import { defineKind } from './spec.js';

const Amount = /* @__PURE__ */ (() => z.string().regex(/^-?\d+\.\d{2}$/))();
const LegalRefSchema = /* @__PURE__ */ (() => z.object({
  /** Source of the reference: code, decree, arrêté, CGU… */
  source: z.string().describe('Source of the reference: code, decree, arrêté, CGU…'),
  /** Article, e.g. L. 6323-4. */
  article: z.string().describe('Article, e.g. L. 6323-4.'),
  /** What the reference says, in a few words. */
  title: z.string().describe('What the reference says, in a few words.'),
  /** Légifrance or official address of the text. */
  url: z.string().optional().describe('Légifrance or official address of the text.'),
}))();
const StepSchema = /* @__PURE__ */ (() => z.object({
  /** Machine code of the step (internal annex only, never shown to the client). */
  code: z.string().describe('Machine code of the step (internal annex only, never shown to the client).'),
  /** French wording of the step. */
  label: z.string().describe('French wording of the step.'),
  /** English wording of the step. */
  labelEn: z.string().optional().describe('English wording of the step.'),
  /** Amounts the step used, by name, as decimal strings. */
  amounts: z.record(z.string(), z.string()).readonly().optional().describe('Amounts the step used, by name, as decimal strings.'),
}))();
const WarningSchema = /* @__PURE__ */ (() => z.object({
  /** Machine code of the warning. */
  code: z.string().describe('Machine code of the warning.'),
  /** French text of the warning. */
  message: z.string().describe('French text of the warning.'),
  /** English text of the warning. */
  messageEn: z.string().describe('English text of the warning.'),
}))();
const IssueSchema = /* @__PURE__ */ (() => z.object({
  /** Path of the input field concerned. */
  path: z.array(z.union([z.string(), z.number()])).readonly().describe('Path of the input field concerned.'),
  /** Machine code of the issue. */
  code: z.string().describe('Machine code of the issue.'),
  /** French text of the issue. */
  message: z.string().describe('French text of the issue.'),
}))();

/**
 * The plain data of a `CpfFinancingPlan` (`@ofkit/cpf`).
 *
 * @example
 * ```ts
 * import { CpfPlanDataSchema } from '@ofkit/docs-gen';
 * CpfPlanDataSchema.safeParse({ eligible: true }).success; // false (incomplete plan)
 * ```
 */
export const CpfPlanDataSchema = /* @__PURE__ */ (() => z.object({
  /** Whether the CPF can finance the training. */
  eligible: z.boolean().describe('Whether the CPF can finance the training.'),
  /** Why the plan could not be made (empty when eligible). */
  issues: z.array(IssueSchema).readonly().describe('Why the plan could not be made (empty when eligible).'),
  participation: z.object({
    /** Flat participation the holder pays ("103.20"). */
    amount: Amount.describe('Flat participation the holder pays ("103.20").'),
    /** Whether the holder is exempt from the participation. */
    exempt: z.boolean().describe('Whether the holder is exempt from the participation.'),
    /** Why the holder is exempt. */
    reason: z.string().optional().describe('Why the holder is exempt.'),
  }).describe('The holder\'s flat participation (L. 6323-4).'),
  lines: z.array(z.object({
    /** Rank of the source in the spending order (1 first). */
    level: z.number().int().describe('Rank of the source in the spending order (1 first).'),
    /** Source of funds: acquired-rights, a dotation, an abondement… */
    source: z.string().describe('Source of funds: acquired-rights, a dotation, an abondement…'),
    /** Amount taken from this source ("900.00"). */
    amount: Amount.describe('Amount taken from this source ("900.00").'),
  })).readonly().describe('Financing lines: level, source, amount.'),
  /** What is left for the holder to pay ("300.00"). */
  holderPays: Amount.describe('What is left for the holder to pay ("300.00").'),
  /** Steps of the computation, in order. */
  explanation: z.array(StepSchema).readonly().describe('Steps of the computation, in order.'),
  /** Points of attention on the plan. */
  warnings: z.array(WarningSchema).readonly().describe('Points of attention on the plan.'),
  /** Legal references the plan applied. */
  references: z.array(LegalRefSchema).readonly().describe('Legal references the plan applied.'),
}))();

/**
 * Input schema of the `cpf-plan` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { CpfPlanDocSchema } from '@ofkit/docs-gen';
 * CpfPlanDocSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const CpfPlanDocSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  date: CivilDateSchema,
  /** The account holder (titulaire du compte). */
  learner: LearnerBlockSchema.optional().describe('The account holder (titulaire du compte CPF).'),
  /** The training: its title and price are printed. */
  training: TrainingBlockSchema.optional().describe('The training: its title and price are printed.'),
  /** The CpfFinancingPlan returned by planCpfFinancing. */
  plan: CpfPlanDataSchema.describe('The CpfFinancingPlan returned by planCpfFinancing.'),
}))();

/**
 * Input of a `cpf-plan` document.
 */
export type CpfPlanDocInput = z.input<typeof CpfPlanDocSchema>;

const SOURCE_LABELS: Readonly<Record<string, string>> = { 'acquired-rights': 'Droits acquis CPF' };

function refsBlock(refs: readonly { article: string; title: string }[]): Block[] {
  if (refs.length === 0) return [];
  return [heading(2, 'Références'), list(refs.map((r) => `${r.article} — ${r.title}`))];
}

/** Steps that only say which rules were applied: shown in the internal annex, not to the learner. */
const INTERNAL_STEPS: ReadonlySet<string> = new Set(['RULES_IN_FORCE', 'ORDER_NOT_SET_BY_TEXT', 'COMPLETION_RATE_ROUNDED_DOWN', 'SPENDING_ORDER_CHANGED_IN_YEAR']);

/** Learner wording of the CPF plan steps, by step code; other steps keep their label. */
const LEARNER_WORDING: Readonly<Record<string, string>> = {
  ELIGIBLE: 'Votre formation peut être financée par votre compte personnel de formation.',
  NOT_ELIGIBLE: 'Votre compte personnel de formation ne peut pas financer cette formation.',
  PARTICIPATION_EXEMPT: 'Vous n’avez pas de participation forfaitaire à payer.',
  HOLDER_PAYS: 'Ce qui reste à votre charge est indiqué ci-dessus.',
  CPF_COVERAGE_LIMIT: 'Votre compte ne couvre pas tout le prix : le reste est à votre charge ou à celle d’un cofinanceur.',
};

/** One step in plain French: the learner wording, or the label without notes about our sources. */
function learnerStep(code: string, label: string): string | undefined {
  const text = LEARNER_WORDING[code] ?? label;
  const cleaned = text
    .replace(/\s*\((?:[^()]*\b(?:ofkit|texte non lu|non relu|non confirmé|UNCONFIRMED|provisoire)\b[^()]*)\)/giu, '')
    .replace(/\s*[;—-]\s*(?:ofkit|texte non lu)[^.;]*/giu, '')
    .trim();
  if (/\bofkit\b/i.test(cleaned)) return undefined;
  return cleaned === '' ? undefined : cleaned;
}

function warningsBlock(ws: readonly { message: string }[]): Block[] {
  if (ws.length === 0) return [];
  return [heading(2, 'Points d’attention'), list(ws.map((w) => w.message))];
}

export const cpfPlanKind = /* @__PURE__ */ (() => defineKind({
  kind: 'cpf-plan',
  label: 'Plan de financement CPF',
  schema: CpfPlanDocSchema,
  dateOf: (d) => d.date,
  mentions: () => undefined,
  build: (d) => {
    const p = d.plan;
    const blocks: Block[] = [
      heading(1, 'Plan de financement CPF'),
      keyValue([
        ['Titulaire', d.learner ? personName(d.learner) : undefined],
        ['Formation', d.training?.title],
        ['Prix', d.training?.price ? formatEur(d.training.price) : undefined],
        ['Date', frDate(d.date)],
        ['Éligibilité', p.eligible ? 'éligible' : 'non éligible'],
      ]),
    ];
    if (!p.eligible && p.issues.length) blocks.push(heading(2, 'Motifs de non-éligibilité'), list(p.issues.map((i) => i.message)));
    blocks.push(
      heading(2, 'Financement'),
      table(
        [{ header: 'Niveau', width: 1, align: 'center' }, { header: 'Source', width: 4 }, { header: 'Montant', width: 1.5, align: 'right' }],
        p.lines.map((l) => [String(l.level), SOURCE_LABELS[l.source] ?? l.source, formatEur(l.amount)]),
      ),
      keyValue([
        ['Participation forfaitaire', p.participation.exempt ? `exonéré${p.participation.reason ? ` (${p.participation.reason})` : ''}` : formatEur(p.participation.amount)],
        ['Reste à charge du titulaire', [strong(formatEur(p.holderPays))]],
      ]),
    );
    // What the learner reads: plain French steps, no machine codes, no notes about sources.
    const steps = p.explanation.filter((st) => !INTERNAL_STEPS.has(st.code)).map((st) => learnerStep(st.code, st.label)).filter((x): x is string => !!x);
    if (steps.length) blocks.push(heading(2, 'Comment votre formation est financée'), list(steps, { ordered: true }));
    if (p.references.length) blocks.push(heading(2, 'Textes de référence'), list(p.references.map((r) => `${r.article} — ${learnerStep('', r.title) ?? r.title}`)));
    return { title: `Plan de financement CPF${d.training ? ` — ${d.training.title}` : ''}`, issuer: issuerOf(d.organisation), blocks };
  },
}))();

/**
 * The plain data of a `ReadinessResult` (`@ofkit/rnq`).
 *
 * @example
 * ```ts
 * import { ReadinessDataSchema } from '@ofkit/docs-gen';
 * ReadinessDataSchema.safeParse({}).success; // false
 * ```
 */
export const ReadinessDataSchema = /* @__PURE__ */ (() => z.object({
  /** The Qualiopi référentiel (RNQ version) applied. */
  referential: z.object({ id: z.string().describe('Identifier of the référentiel version.'), label: z.string().describe('Name of the référentiel version.') }).describe('The Qualiopi référentiel (RNQ version) applied.'),
  /** Date of the audit (YYYY-MM-DD). */
  auditDate: CivilDateSchema.describe('Date of the audit (YYYY-MM-DD).'),
  /** Type of audit: initial, surveillance or renewal. */
  auditType: z.string().describe('Type of audit: initial, surveillance or renewal.'),
  summary: z.object({
    /** Number of applicable indicators. */
    applicable: z.number().describe('Number of applicable indicators.'),
    /** Indicators with every expected proof. */
    covered: z.number().describe('Indicators with every expected proof.'),
    /** Indicators with some of the expected proofs. */
    partial: z.number().describe('Indicators with some of the expected proofs.'),
    /** Indicators with no proof. */
    missing: z.number().describe('Indicators with no proof.'),
    /** Indicators not yet auditable (new entrant). */
    deferred: z.number().describe('Indicators not yet auditable (new entrant).'),
    /** Indicators at risk of a major non-conformity. */
    majorRisks: z.number().describe('Indicators at risk of a major non-conformity.'),
    /** Indicators at risk of a minor non-conformity. */
    minorRisks: z.number().describe('Indicators at risk of a minor non-conformity.'),
    /** Covered indicators over audited ones, in percent with one decimal, as a string ("87.5"). */
    readinessPercent: z.string().describe('Covered indicators over audited ones, in percent with one decimal, as a string ("87.5").'),
  }).describe('Counts over the applicable indicators.'),
  indicators: z
    .array(
      z.object({
        /** Number of the indicator (1 to 32). */
        number: z.number().int().describe('Number of the indicator (1 to 32).'),
        /** Title of the indicator. */
        title: z.string().describe('Title of the indicator.'),
        /** Status of the indicator: covered, partial, missing or deferred. */
        status: z.string().describe('Status of the indicator: covered, partial, missing or deferred.'),
        /** Risk at the audit: none, minor or major. */
        risk: z.string().describe('Risk at the audit: none, minor or major.'),
        /** Proofs still missing. */
        missing: z.array(z.object({ code: z.string().describe('Machine code of the missing proof.'), message: z.string().describe('French description of the missing proof.') })).readonly().describe('Proofs still missing.'),
      }),
    )
    .readonly()
    .describe('Every indicator with its status.'),
  todo: z.array(z.object({
    /** Rank in the to-do list (1 first). */
    priority: z.number().describe('Rank in the to-do list (1 first).'),
    /** Number of the indicator concerned. */
    indicator: z.number().describe('Number of the indicator concerned.'),
    /** Title of the indicator. */
    title: z.string().describe('Title of the indicator.'),
    /** Risk if nothing is done: minor or major. */
    risk: z.string().describe('Risk if nothing is done: minor or major.'),
    /** What to do, in French. */
    action: z.string().describe('What to do, in French.'),
  })).readonly().describe('Actions to take before the audit, most urgent first.'),
  /** Steps of the assessment, in order. */
  explanation: z.array(StepSchema).readonly().describe('Steps of the assessment, in order.'),
  /** Points of attention on the assessment. */
  warnings: z.array(WarningSchema).readonly().describe('Points of attention on the assessment.'),
  /** Legal references applied. */
  references: z.array(LegalRefSchema).readonly().describe('Legal references applied.'),
}))();

/**
 * Input schema of the `audit-readiness` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { ReadinessDocSchema } from '@ofkit/docs-gen';
 * ReadinessDocSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const ReadinessDocSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  date: CivilDateSchema,
  /** The ReadinessResult returned by assessReadiness. */
  result: ReadinessDataSchema.describe('The ReadinessResult returned by assessReadiness.'),
}))();

/**
 * Input of an `audit-readiness` document.
 */
export type ReadinessDocInput = z.input<typeof ReadinessDocSchema>;

const STATUS_FR: Readonly<Record<string, string>> = { covered: 'couvert', partial: 'partiel', missing: 'manquant', deferred: 'différé' };
const RISK_FR: Readonly<Record<string, string>> = { none: '—', minor: 'mineure', major: 'majeure' };

export const readinessKind = /* @__PURE__ */ (() => defineKind({
  kind: 'audit-readiness',
  label: "Préparation de l'audit Qualiopi",
  schema: ReadinessDocSchema,
  dateOf: (d) => d.date,
  mentions: () => undefined,
  build: (d) => {
    const r = d.result;
    const s = r.summary;
    const blocks: Block[] = [
      heading(1, "Préparation de l'audit Qualiopi"),
      keyValue([
        ['Référentiel', r.referential.label],
        ["Date d'audit", frDate(r.auditDate)],
        ["Type d'audit", r.auditType],
        ['Taux de préparation', frPercent(s.readinessPercent)],
        ['Indicateurs applicables', String(s.applicable)],
        ['Couverts / partiels / manquants / différés', `${s.covered} / ${s.partial} / ${s.missing} / ${s.deferred}`],
        ['Risques de non-conformité majeure / mineure', `${s.majorRisks} / ${s.minorRisks}`],
      ]),
      heading(2, 'Indicateurs'),
      table(
        [{ header: 'N°', width: 0.5, align: 'center' }, { header: 'Indicateur', width: 4 }, { header: 'État', width: 1 }, { header: 'Risque', width: 1 }, { header: 'Manques', width: 4 }],
        r.indicators.map((i) => [String(i.number), i.title, STATUS_FR[i.status] ?? i.status, RISK_FR[i.risk] ?? i.risk, i.missing.map((g) => g.message).join('\n')]),
        { size: 'small' },
      ),
    ];
    if (r.todo.length) {
      blocks.push(heading(2, 'Actions à mener'), list(r.todo.map((t) => `[${RISK_FR[t.risk] ?? t.risk}] Indicateur ${t.indicator} — ${t.action}`), { ordered: true }));
    }
    blocks.push(...warningsBlock(r.warnings), ...refsBlock(r.references));
    blocks.push(paragraph(`Établi le ${frDate(d.date)}.`, { size: 'small' }));
    return { title: `Préparation de l'audit Qualiopi — ${frDate(r.auditDate)}`, issuer: issuerOf(d.organisation), blocks };
  },
}))();
