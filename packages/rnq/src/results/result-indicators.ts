import type { CivilDate, LegalRef, Step, Warning } from '@ofkit/core';
import { CivilDateSchema, parseInput, valueAt, warningFor } from '@ofkit/core/internal/base';
import { bilingual } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { percent } from '../readiness/readiness.js';
import { rnqRules, RnqRulesSchema, type RnqRules } from '../referential/rules.js';
import { REF } from '../shared/references.js';
import { lazy } from '@ofkit/core/internal';

/** One enrolment and its outcome. */
export interface ResultEnrolment {
  /** Optional learner identifier, for the caller's own tracing; not read by the computation. */
  readonly learnerId?: string;
  /** Optional session identifier, for the caller's own tracing; not read by the computation. */
  readonly sessionId?: string;
  /** End of the learner's path (or expected end), an ISO date `YYYY-MM-DD`; used to place it in the period. */
  readonly endDate: CivilDate;
  /** `completed`, `dropped-out` (abandon) or `in-progress`. */
  readonly outcome: 'completed' | 'dropped-out' | 'in-progress';
  /** Satisfaction survey at the end: answered? satisfied? */
  readonly satisfaction?: {
    /** The learner answered the end-of-path survey; non-respondents are left out of the satisfaction rate and lower the response rate. */
    readonly responded: boolean;
    /** The respondent declared themself satisfied; only with `responded: true`. */
    readonly satisfied?: boolean;
  };
  /** Certifying paths: presented to the exam? passed? Absent = not a certifying path (left out of the certification rates). */
  readonly certification?: {
    /** The learner was presented to the certification exam (numerator of the presentation rate). */
    readonly presented: boolean;
    /** The learner passed; only with `presented: true` (numerator of the pass rate, over those presented). */
    readonly passed?: boolean;
  };
}

/** Input of {@link computeResultIndicators}. */
export interface ResultIndicatorsInput {
  /** Period (inclusive): enrolments whose `endDate` falls in it are counted. */
  readonly period: {
    /** First day of the period, an ISO date `YYYY-MM-DD` (inclusive). */
    readonly from: CivilDate;
    /** Last day of the period, an ISO date `YYYY-MM-DD` (inclusive), not before `from`; the small-sample threshold in force that day is used. */
    readonly to: CivilDate;
  };
  /** Every enrolment of the population; those ending outside the period are ignored, those `in-progress` are counted but left out of the rates. */
  readonly enrolments: readonly ResultEnrolment[];
  /** Label of the population (e.g. a training title); shown in the method text. */
  readonly population?: string;
  /** The legal parameters to apply (default {@link rnqRules}); reads `smallSampleThreshold` at `period.to`. */
  readonly rules?: RnqRules;
}

/** One rate, with its exact method. */
export interface Rate {
  readonly id: 'satisfaction' | 'response' | 'completion' | 'dropout' | 'certification-pass' | 'certification-presentation';
  readonly label: string;
  readonly numerator: number;
  readonly denominator: number;
  /** Percent with one decimal, half-up (`"87.5"`), or `null` when the denominator is 0. */
  readonly percent: string | null;
  /** Exact calculation method (French). */
  readonly method: string;
  readonly methodEn: string;
  /** Denominator below the small-sample threshold. */
  readonly smallSample: boolean;
  readonly indicator: 2 | 3;
}

/** Result of {@link computeResultIndicators}. */
export interface ResultIndicators {
  readonly period: { readonly from: CivilDate; readonly to: CivilDate };
  readonly population: string;
  readonly counts: { readonly enrolmentsInPeriod: number; readonly ended: number; readonly completed: number; readonly droppedOut: number; readonly inProgress: number };
  readonly rates: readonly Rate[];
  readonly smallSampleThreshold: number;
  readonly explanation: readonly Step[];
  readonly warnings: readonly Warning[];
  readonly references: readonly LegalRef[];
}

const Schema = /* @__PURE__ */ lazy(() => z.object({
  period: z
    .object({ from: CivilDateSchema, to: CivilDateSchema })
    .refine((p) => p.from <= p.to, { message: bilingual('Début de période après la fin.', 'Period starts after it ends.'), path: ['to'], params: { code: 'end_before_start' } }),
  enrolments: z.array(
    z
      .object({
        learnerId: z.string().optional(),
        sessionId: z.string().optional(),
        endDate: CivilDateSchema,
        outcome: z.enum(['completed', 'dropped-out', 'in-progress']),
        satisfaction: z.object({ responded: z.boolean(), satisfied: z.boolean().optional() }).optional(),
        certification: z.object({ presented: z.boolean(), passed: z.boolean().optional() }).optional(),
      })
      .refine((e) => !(e.certification?.passed === true && e.certification.presented === false), {
        message: bilingual('Admis sans avoir été présenté.', 'Passed without being presented.'),
        path: ['certification', 'passed'],
        params: { code: 'passed_not_presented' },
      })
      .refine((e) => !(e.satisfaction?.satisfied !== undefined && e.satisfaction.responded === false), {
        message: bilingual('Satisfaction renseignée sans réponse.', 'Satisfaction given without a response.'),
        path: ['satisfaction', 'satisfied'],
        params: { code: 'satisfied_without_response' },
      }),
  ),
  population: z.string().optional(),
  rules: RnqRulesSchema.optional(),
}));

/**
 * Result indicators for Qualiopi indicators 2 and 3: satisfaction and response rates, completion
 * and dropout rates, certification pass rate relative to the candidates presented and the
 * presentation rate (guide V9: the pass rate is shown with the presentation rate). Each rate
 * carries its exact calculation method as text (2026 indicator 2: « modalités de calcul »
 * transparent), the period and population, and a small-sample flag.
 *
 * @example
 * ```ts
 * import { computeResultIndicators } from '@ofkit/rnq';
 * const r = computeResultIndicators({
 *   period: { from: '2026-01-01', to: '2026-06-30' },
 *   enrolments: [
 *     { endDate: '2026-03-01', outcome: 'completed', satisfaction: { responded: true, satisfied: true }, certification: { presented: true, passed: true } },
 *     { endDate: '2026-03-01', outcome: 'completed', satisfaction: { responded: true, satisfied: false }, certification: { presented: true, passed: false } },
 *     { endDate: '2026-04-01', outcome: 'dropped-out' },
 *   ],
 * });
 * r.rates.find((x) => x.id === 'completion')?.percent; // '66.7'
 * r.rates.find((x) => x.id === 'certification-pass')?.percent; // '50.0'
 * r.rates[0]?.smallSample; // true
 * ```
 */
export function computeResultIndicators(input: ResultIndicatorsInput): ResultIndicators {
  const i = parseInput(Schema(), input);
  const rules = input.rules ?? rnqRules;
  const thr = valueAt(rules.smallSampleThreshold, i.period.to);
  const population = i.population ?? 'ensemble des parcours';
  let inPeriod = 0, completed = 0, dropped = 0, inProgress = 0, responded = 0, satisfied = 0, certPaths = 0, presented = 0, passed = 0;
  for (const e of i.enrolments) {
    if (e.endDate < i.period.from || e.endDate > i.period.to) continue;
    inPeriod++;
    if (e.outcome === 'in-progress') {
      inProgress++;
      continue;
    }
    if (e.outcome === 'completed') completed++;
    else dropped++;
    if (e.satisfaction?.responded) {
      responded++;
      if (e.satisfaction.satisfied === true) satisfied++;
    }
    if (e.certification) {
      certPaths++;
      if (e.certification.presented) {
        presented++;
        if (e.certification.passed === true) passed++;
      }
    }
  }
  const ended = completed + dropped;
  const per = `du ${i.period.from} au ${i.period.to}`;
  const rate = (id: Rate['id'], label: string, num: number, den: number, method: string, methodEn: string, indicator: 2 | 3): Rate => ({
    id,
    label,
    numerator: num,
    denominator: den,
    percent: den === 0 ? null : percent(num, den),
    method: `${method} Population : ${population} ; parcours terminés ${per}. Arrondi au dixième, demi supérieur.`,
    methodEn: `${methodEn} Population: ${population}; paths ended ${i.period.from}–${i.period.to}. Rounded to one decimal, half up.`,
    smallSample: den < thr.value,
    indicator,
  });
  const rates: Rate[] = [
    rate('satisfaction', 'Taux de satisfaction', satisfied, responded, 'Répondants se déclarant satisfaits ÷ répondants au questionnaire de fin de parcours (les non-répondants sont exclus).', 'Satisfied respondents ÷ respondents (non-respondents excluded).', 2),
    rate('response', 'Taux de réponse au questionnaire', responded, ended, 'Répondants ÷ parcours terminés (achevés ou abandonnés).', 'Respondents ÷ ended paths (completed or dropped out).', 2),
    rate('completion', 'Taux d’achèvement', completed, ended, 'Parcours achevés ÷ parcours terminés (achevés + abandons) ; les parcours en cours sont exclus.', 'Completed ÷ ended paths (completed + dropouts); in-progress excluded.', 2),
    rate('dropout', 'Taux d’abandon', dropped, ended, 'Abandons ÷ parcours terminés (achevés + abandons) ; les parcours en cours sont exclus.', 'Dropouts ÷ ended paths; in-progress excluded.', 2),
  ];
  if (certPaths > 0) {
    rates.push(
      rate('certification-presentation', 'Taux de présentation à la certification', presented, certPaths, 'Candidats présentés à l’examen ÷ parcours certifiants terminés.', 'Candidates presented ÷ ended certifying paths.', 3),
      rate('certification-pass', 'Taux d’obtention de la certification', passed, presented, 'Candidats admis ÷ candidats présentés à l’examen (à publier avec le taux de présentation).', 'Passed ÷ presented (publish with the presentation rate).', 3),
    );
  }
  const warnings: Warning[] = [];
  const w = warningFor(thr);
  if (w && rates.some((r) => r.smallSample)) warnings.push(w);
  if (rates.some((r) => r.smallSample)) {
    warnings.push({
      code: 'SMALL_SAMPLE',
      message: `Effectif inférieur à ${thr.value} pour au moins un taux : le publier avec son effectif.`,
      messageEn: `Fewer than ${thr.value} for at least one rate: publish it with its headcount.`,
      parameter: thr.parameter,
      references: thr.references,
    });
  }
  return {
    period: i.period,
    population,
    counts: { enrolmentsInPeriod: inPeriod, ended, completed, droppedOut: dropped, inProgress },
    rates,
    smallSampleThreshold: thr.value,
    explanation: [
      { code: 'PERIOD', label: `Parcours dont la fin tombe ${per} : ${inPeriod} (dont ${inProgress} en cours, exclus des taux).`, labelEn: `Paths ending in the period: ${inPeriod} (${inProgress} in progress, excluded).` },
      ...rates.map((r) => ({ code: `RATE_${r.id.toUpperCase().replace(/-/g, '_')}`, label: `${r.label} : ${r.numerator}/${r.denominator} = ${r.percent ?? 'n/a'} %.`, labelEn: `${r.id}: ${r.numerator}/${r.denominator} = ${r.percent ?? 'n/a'} %.`, amounts: { numerator: String(r.numerator), denominator: String(r.denominator) } })),
    ],
    warnings,
    references: [REF.guideV9, REF.decret2026_728, REF.l6111_8],
  };
}
