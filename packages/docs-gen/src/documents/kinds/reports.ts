/**
 * Reports built from the other packages: the CPF financing plan (`planCpfFinancing` of
 * `@ofkit/cpf`) and the Qualiopi audit-readiness result (`assessReadiness` of `@ofkit/rnq`).
 *
 * The schemas are structural: they accept the plain data those functions return
 * (`CpfFinancingPlan`, `ReadinessResult`), or the same shape from JSON, without importing the
 * packages at run time. The test suite checks at compile time that the real types fit.
 */
import * as z from '@ofkit/core/internal/zod';
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
import { frCitation, frDate, frGendered, frHours, frNumber, frPercent, frSalutation, frSiret, frText, frTime, frTimeRange } from '../../typography/index.js';
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
  /** The holder's flat participation (L. 6323-7, R. 6323). */
  participation: z.object({
    /** Flat participation the holder pays ("103.20"). */
    amount: Amount.describe('Flat participation the holder pays ("103.20").'),
    /** Whether the holder is exempt from the participation. */
    exempt: z.boolean().describe('Whether the holder is exempt from the participation.'),
    /** Why the holder is exempt. */
    reason: z.string().optional().describe('Why the holder is exempt.'),
    /** The same in English. */
    reasonEn: z.string().optional().describe('The same in English.'),
  }).describe('The holder\'s flat participation (L. 6323-7, R. 6323).'),
  /** Financing lines: level, source, amount. */
  lines: z.array(z.object({
    /** Level of R. 6333-3: 1 = resources credited on the account, 2 = acquired rights, 3 = top-ups (before 5 December 2025 the order was 2, 1, 3). Not printed. */
    level: z.number().int().describe('Level of R. 6333-3: 1 = resources credited on the account, 2 = acquired rights, 3 = top-ups (before 5 December 2025 the order was 2, 1, 3). Not printed.'),
    /** `acquired-rights`, or the id of the credit or top-up used (named by its funder when `request` is given). */
    source: z.string().describe('`acquired-rights`, or the id of the credit or top-up used (named by its funder when `request` is given).'),
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

/** A credit or top-up of a CPF request, as far as the plan document reads it. */
const FundedSchema = /* @__PURE__ */ (() => z.looseObject({
  /** Id of the credit or top-up (the `source` of a plan line). */
  id: z.string().max(200).describe('Id of the credit or top-up (the `source` of a plan line).'),
  /** Who funds it: holder, employer, opco, state, region, france-travail, agefiph or other. */
  funder: z.string().max(100).optional().describe('Who funds it: holder, employer, opco, state, region, france-travail, agefiph or other.'),
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
  /** Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date. */
  date: CivilDateSchema,
  /** The account holder (titulaire du compte). */
  learner: LearnerBlockSchema.optional().describe('The account holder (titulaire du compte CPF).'),
  /** The training: its title and price are printed. */
  training: TrainingBlockSchema.optional().describe('The training: its title and price are printed.'),
  /** The CpfFinancingPlan returned by planCpfFinancing. */
  plan: CpfPlanDataSchema.describe('The CpfFinancingPlan returned by planCpfFinancing.'),
  /**
   * The request given to planCpfFinancing (only the ids and funders of its credits and top-ups are
   * read): each financing line is then named by who pays it (« Abondement de votre employeur »)
   * rather than by its id.
   */
  request: z.looseObject({
    /** Credits of the request (only `id` and `funder` are read). */
    credits: z.array(FundedSchema).max(1000).optional().describe('Credits of the request (only `id` and `funder` are read).'),
    /** Top-ups of the request (only `id` and `funder` are read). */
    topUps: z.array(FundedSchema).max(1000).optional().describe('Top-ups of the request (only `id` and `funder` are read).'),
  }).optional().describe('The request given to planCpfFinancing (only the ids and funders of its credits and top-ups are read): each financing line is then named by who pays it (« Abondement de votre employeur ») rather than by its id.'),
}))();

/**
 * Input of a `cpf-plan` document.
 *
 * @interface
 */
export type CpfPlanDocInput = z.input<typeof CpfPlanDocSchema>;

function refsBlock(refs: readonly { source: string; article: string; title: string }[]): Block[] {
  const lines = citedReferences(refs);
  if (lines.length === 0) return [];
  return [heading(2, 'Références'), list(lines)];
}

/**
 * References as a reader cites them (« art. L. 6323-4 du code du travail — Financement… »), one line
 * per text: a plan cites the same article several times (several versions, several steps).
 * What is not a legal text (observed practice) and notes about our sources are left out.
 */
function citedReferences(refs: readonly { source: string; article: string; title: string }[]): string[] {
  const byCitation = new Map<string, string>();
  for (const r of refs) {
    const citation = frCitation(r);
    if (citation === undefined || byCitation.has(citation)) continue;
    byCitation.set(citation, clientTitle(r.title));
  }
  // A title that already names the text (« Décret n° 2025-1156 du 3 décembre 2025… ») stands alone.
  return [...byCitation].map(([citation, title]) => {
    if (!title) return citation;
    const text = citation.replace(/ art\. .*$/u, '').toLowerCase();
    return title.toLowerCase().startsWith(text) ? title : `${citation} — ${title}`;
  });
}

/** A reference's title without the notes about our sources (« texte non lu », « version du … »). */
function clientTitle(title: string): string {
  return title
    .replace(/\s*\((?:[^()]*\b(?:ofkit|texte non lu|non relu|non confirmé|UNCONFIRMED|provisoire|version)\b[^()]*)\)/giu, '')
    .replace(/\s*[;—-]\s*(?:ofkit|texte non lu)[^.;]*/giu, '')
    .trim();
}

/** Who funds a line, in words a learner understands, from the funder given in the request. */
const FUNDER_TOP_UP: Readonly<Record<string, string>> = {
  holder: 'Votre financement personnel',
  employer: 'Abondement de votre employeur',
  opco: 'Abondement de l’opérateur de compétences (OPCO)',
  state: 'Abondement de l’État',
  region: 'Abondement de la région',
  'france-travail': 'Abondement de France Travail',
  agefiph: 'Abondement de l’Agefiph',
  other: 'Abondement',
};
const FUNDER_CREDIT: Readonly<Record<string, string>> = {
  employer: 'Dotation de votre employeur inscrite sur votre compte',
  opco: 'Dotation de l’opérateur de compétences (OPCO) inscrite sur votre compte',
  state: 'Dotation de l’État inscrite sur votre compte',
  region: 'Dotation de la région inscrite sur votre compte',
  'france-travail': 'Dotation de France Travail inscrite sur votre compte',
  agefiph: 'Dotation de l’Agefiph inscrite sur votre compte',
  other: 'Ressource inscrite sur votre compte',
};

type PlanLine = { readonly level: number; readonly source: string; readonly amount: string };
type Funded = { readonly id: string; readonly funder?: string | undefined };

/** The label of one financing line for the learner: who pays, never an internal id or code. */
function lineLabel(l: PlanLine, credits: readonly Funded[], topUps: readonly Funded[]): string {
  if (l.source === 'acquired-rights') return 'Vos droits acquis sur le compte personnel de formation';
  const credit = credits.find((c) => c.id === l.source);
  if (credit) return FUNDER_CREDIT[credit.funder ?? 'other'] ?? FUNDER_CREDIT['other']!;
  const topUp = topUps.find((t) => t.id === l.source);
  if (topUp) return FUNDER_TOP_UP[topUp.funder ?? 'other'] ?? FUNDER_TOP_UP['other']!;
  // Without the request, the level says what kind of resource it is; the caller's id names it.
  return l.level === 3 ? `Abondement « ${l.source} »` : `Ressource inscrite sur votre compte « ${l.source} »`;
}

/** The plan in plain French steps a learner follows, built from its figures (no machine codes). */
function learnerSteps(p: { eligible: boolean; lines: readonly PlanLine[]; participation: { amount: string; exempt: boolean }; holderPays: string }, labels: readonly string[]): string[] {
  if (!p.eligible) return ['Votre compte personnel de formation ne peut pas financer cette formation (motifs ci-dessus).'];
  const steps = ['Votre formation peut être financée par votre compte personnel de formation (CPF).'];
  p.lines.forEach((l, i) => steps.push(`${labels[i]} : ${formatEur(l.amount)}.`));
  steps.push(p.participation.exempt || Number(p.participation.amount) === 0
    ? 'Vous n’avez pas de participation forfaitaire à payer.'
    : `Une participation forfaitaire de ${formatEur(p.participation.amount)} est à votre charge (art. L. 6323-7 du code du travail).`);
  steps.push(Number(p.holderPays) > 0
    ? `Reste à votre charge : ${formatEur(p.holderPays)}${p.participation.exempt ? '' : ', participation forfaitaire comprise'}. Un cofinanceur peut le prendre en charge.`
    : 'Il ne reste rien à votre charge.');
  return steps;
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
  build: (d, ctx) => {
    const p = d.plan;
    const labels = p.lines.map((l) => lineLabel(l, d.request?.credits ?? [], d.request?.topUps ?? []));
    const blocks: Block[] = [
      heading(1, 'Plan de financement CPF'),
      keyValue([
        ['Titulaire', d.learner ? personName(d.learner) : undefined],
        ['Formation', d.training?.title],
        ['Prix', d.training?.price ? formatEur(d.training.price) : undefined],
        ['Date', frDate(d.date)],
        ['Éligibilité', p.eligible ? 'formation éligible au CPF' : 'formation non éligible au CPF'],
      ]),
    ];
    if (!p.eligible && p.issues.length) blocks.push(heading(2, 'Motifs de non-éligibilité'), list(p.issues.map((i) => i.message)));
    blocks.push(
      heading(2, 'Financement'),
      table(
        [{ header: 'Financement', width: 4 }, { header: 'Montant', width: 1.5, align: 'right' }],
        p.lines.map((l, i) => [labels[i]!, formatEur(l.amount)]),
      ),
      keyValue([
        ['Participation forfaitaire', p.participation.exempt ? 'non due' : formatEur(p.participation.amount)],
        ['Reste à votre charge', [strong(formatEur(p.holderPays))]],
      ]),
      heading(2, 'Comment votre formation est financée'),
      list(learnerSteps(p, labels), { ordered: true }),
    );
    const cited = citedReferences(p.references);
    if (cited.length) blocks.push(heading(2, 'Textes de référence'), list(cited));
    // The computation as the plan explains it (step codes, rules applied, sources' status) stays in
    // the result: the document's explanation and warnings, and the internal annex on request.
    for (const st of p.explanation) ctx.explanation.push({ code: `CPF_${st.code}`, label: st.label, labelEn: st.labelEn ?? st.label });
    for (const w of p.warnings) ctx.warnings.push({ code: w.code, message: w.message, messageEn: w.messageEn, references: [] });
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
  referential: z.object({ /** Identifier of the référentiel version. */ id: z.string().describe('Identifier of the référentiel version.'), /** Name of the référentiel version. */ label: z.string().describe('Name of the référentiel version.') }).describe('The Qualiopi référentiel (RNQ version) applied.'),
  /** Date of the audit (YYYY-MM-DD). */
  auditDate: CivilDateSchema.describe('Date of the audit (YYYY-MM-DD).'),
  /** Type of audit: initial, surveillance or renewal. */
  auditType: z.string().describe('Type of audit: initial, surveillance or renewal.'),
  /** Counts over the applicable indicators. */
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
  /** Every indicator with its status. */
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
        missing: z.array(z.object({ /** Machine code of the missing proof. */ code: z.string().describe('Machine code of the missing proof.'), /** French description of the missing proof. */ message: z.string().describe('French description of the missing proof.') })).readonly().describe('Proofs still missing.'),
      }),
    )
    .readonly()
    .describe('Every indicator with its status.'),
  /** Actions to take before the audit, most urgent first. */
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
  /** Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date. */
  date: CivilDateSchema,
  /** The ReadinessResult returned by assessReadiness. */
  result: ReadinessDataSchema.describe('The ReadinessResult returned by assessReadiness.'),
}))();

/**
 * Input of an `audit-readiness` document.
 *
 * @interface
 */
export type ReadinessDocInput = z.input<typeof ReadinessDocSchema>;

const STATUS_FR: Readonly<Record<string, string>> = { covered: 'couvert', partial: 'partiel', missing: 'manquant', deferred: 'différé' };
const RISK_FR: Readonly<Record<string, string>> = { none: '—', minor: 'mineure', major: 'majeure' };

export const readinessKind = /* @__PURE__ */ (() => defineKind({
  kind: 'audit-readiness',
  label: 'Préparation de l’audit Qualiopi',
  schema: ReadinessDocSchema,
  dateOf: (d) => d.date,
  mentions: () => undefined,
  build: (d) => {
    const r = d.result;
    const s = r.summary;
    const blocks: Block[] = [
      heading(1, 'Préparation de l’audit Qualiopi'),
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
    return { title: `Préparation de l’audit Qualiopi — ${frDate(r.auditDate)}`, issuer: issuerOf(d.organisation), blocks };
  },
}))();
