import type { CivilDate, LegalRef, Step, Warning } from '@ofkit/core';
import { CivilDateSchema, parseInput } from '@ofkit/core/internal/base';
import { dedupeReferences, dedupeWarnings } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { AuditTypeSchema, RnqOptionsSchema, type AuditType, type RnqOptions } from '../referential/options.js';
import { disputeWarning, selectReferential } from '../referential/referential.js';
import { REF } from '../shared/references.js';
import type {
  Category,
  Condition,
  Indicator,
  NewEntrantTreatment,
  NonConformityGrade,
  Referential,
  ReferentialId,
} from '../referential/types.js';
import { OfProfileSchema, type OfProfile } from './profile.js';

/** How the indicator is examined at this audit. */
export type AuditScope = 'full' | 'process-only' | 'deferred';

/** An indicator that applies to the profile, with why. */
export interface ApplicableIndicator {
  readonly number: number;
  readonly criterion: Indicator['criterion'];
  readonly title: string;
  readonly nonConformity: NonConformityGrade;
  readonly newEntrant: NewEntrantTreatment;
  /** The profile's categories for which it applies. */
  readonly categories: readonly Category[];
  /** Conditions of the profile that made it apply. */
  readonly conditionsMet: readonly Condition[];
  /** `full`; `process-only` (new entrant, initial audit, `partial`); `deferred` (new entrant, initial audit, `deferred`). */
  readonly auditScope: AuditScope;
  /** Why it applies (French). */
  readonly why: string;
  readonly whyEn: string;
  /** Extra points the guide expects for this profile (French). */
  readonly extraRequirements: readonly string[];
  readonly status: Indicator['status'];
  readonly references: readonly LegalRef[];
}

/** An indicator that does not apply, with why not. */
export interface ExcludedIndicator {
  readonly number: number;
  readonly criterion: Indicator['criterion'];
  readonly title: string;
  readonly whyNot: string;
  readonly whyNotEn: string;
  readonly status: Indicator['status'];
}

/** Options of {@link applicableIndicators}. */
export interface ApplicabilityOptions extends RnqOptions {
  /** Date of the audit: selects the référentiel version. */
  readonly auditDate: CivilDate;
  /** `initial` (default), `surveillance` or `renewal`. New-entrant adaptations apply at the initial audit only. */
  readonly auditType?: AuditType;
  /** Also return the excluded indicators with why not. */
  readonly includeExcluded?: boolean;
}

/** Result of {@link applicableIndicators}. */
export interface ApplicabilityResult {
  readonly referential: Pick<Referential, 'id' | 'label' | 'status' | 'from' | 'to' | 'indicatorCount' | 'guideVersion'>;
  readonly auditDate: CivilDate;
  readonly auditType: AuditType;
  readonly indicators: readonly ApplicableIndicator[];
  readonly excluded?: readonly ExcludedIndicator[];
  readonly explanation: readonly Step[];
  readonly warnings: readonly Warning[];
  readonly references: readonly LegalRef[];
}

export const ApplicabilityOptionsSchema = /* @__PURE__ */ (() => RnqOptionsSchema.extend({
  auditDate: CivilDateSchema,
  auditType: AuditTypeSchema.optional(),
  includeExcluded: z.boolean().optional(),
}))();

const CAT_FR: Record<Category, string> = {
  'action-de-formation': 'action de formation (L. 6313-1 1°)',
  'bilan-de-competences': 'bilan de compétences (2°)',
  vae: 'VAE (3°)',
  apprentissage: 'apprentissage (4°)',
};
const COND_FR: Record<Condition, string> = {
  certifying: 'actions certifiantes',
  subcontracting: 'sous-traitance ou portage salarial',
  'work-based-periods': 'périodes de formation en situation de travail',
  alternance: 'formations en alternance',
  'long-trainings': 'formations de plus de 2 jours',
};

function conditionHolds(c: Condition, p: OfProfile): boolean {
  switch (c) {
    case 'certifying':
      return p.certifying === true;
    case 'subcontracting':
      return p.subcontracting === true;
    case 'work-based-periods':
      return p.workBasedPeriods === true;
    case 'alternance':
      return p.alternance === true;
    case 'long-trainings':
      return p.longTrainings !== false;
  }
}

function newEntrantCategories(p: OfProfile): ReadonlySet<Category> {
  if (p.newEntrant === true) return new Set(p.categories);
  if (Array.isArray(p.newEntrant)) return new Set(p.newEntrant as Category[]);
  return new Set();
}

function extraRequirements(ind: Indicator, p: OfProfile, id: ReferentialId, cats: readonly Category[]): string[] {
  const out: string[] = [];
  const n = ind.number;
  if (p.certifying === true || cats.includes('apprentissage')) {
    if (n === 1) out.push('Actions certifiantes : intitulé exact, code RNCP/RS, certificateur et date d’enregistrement (guide V9).');
    if (n === 5) out.push('Actions certifiantes : objectifs cohérents avec la fiche RNCP/RS (guide V9).');
    if (n === 6) out.push('Actions certifiantes : contenus cohérents avec le référentiel de la certification (guide V9).');
    if (n === 8) out.push('Actions certifiantes : prérequis cohérents avec la fiche RNCP/RS (guide V9).');
  }
  if (p.distanceLearning === true) {
    if (n === 9) out.push('FOAD : modalités d’accès à la plateforme et d’assistance technique et pédagogique communiquées (guide V9).');
    if (n === 10) out.push('FOAD : accompagnement technique et pédagogique traçable (guide V9).');
    if (n === 17) out.push('FOAD : plateformes (LMS) comptées parmi les moyens (guide V9).');
    if (n === 19) {
      out.push('FOAD : assistance technique et pédagogique appropriée, information sur les activités et leur durée moyenne, évaluations (D. 6313-3-1).');
      if (id === 'rnq-2026') out.push('2026 : vérifier l’effectivité du suivi des modules à distance par les apprenants (décret n° 2026-728, non vérifié).');
    }
  }
  if (id === 'rnq-2026' && n === 19) out.push('2026 : référent pédagogique par formation au-delà d’un nombre d’intervenants fixé par arrêté (non publié).');
  if (id === 'rnq-2026' && n === 20) out.push('2026 : supervision renforcée si la part d’heures par des permanents est sous un seuil fixé par arrêté (non publié).');
  if (cats.includes('bilan-de-competences') && cats.length === 1) {
    if (n === 30) out.push('Bilan de compétences : appréciations des bénéficiaires et des équipes pédagogiques seulement ; questionnaire en fin de bilan et à 6 mois (guide V9).');
    if (n === 10) out.push('Bilan de compétences : convention précisant durée, coût, calendrier et les 3 phases (guide V9).');
    if (n === 9) out.push('Bilan de compétences : engagements déontologiques, consentement et confidentialité (L. 6313-4 ; guide V9).');
  }
  if (n === 30 && cats.some((c) => c !== 'bilan-de-competences')) out.push('Financeurs sollicités au moins une fois par an (ou participation à leurs webinaires) (guide V9).');
  return out;
}

/** Core of {@link applicableIndicators} on validated input (shared with readiness). */
export function computeApplicability(
  profile: OfProfile,
  ref: Referential,
  auditType: AuditType,
  options: { indicator8Scope2026: string; indicator12Scope2026: string; indicator33Grade: string; indicator33NewEntrant: string },
  includeExcluded: boolean,
): { indicators: ApplicableIndicator[]; excluded: ExcludedIndicator[]; warnings: Warning[]; explanation: Step[] } {
  const ne = newEntrantCategories(profile);
  const indicators: ApplicableIndicator[] = [];
  const excluded: ExcludedIndicator[] = [];
  const warnings: Warning[] = [...ref.warnings];
  const explanation: Step[] = [
    {
      code: 'REFERENTIAL_SELECTED',
      label: `Référentiel applicable : ${ref.label} (${ref.indicatorCount} indicateurs).`,
      labelEn: `Référentiel: ${ref.id} (${ref.indicatorCount} indicators).`,
      references: ref.references,
    },
    {
      code: 'PROFILE',
      label: `Catégories : ${profile.categories.map((c) => CAT_FR[c]).join(', ')} ; audit ${auditType}${ne.size > 0 ? ` ; nouvel entrant pour : ${[...ne].map((c) => CAT_FR[c]).join(', ')}` : ''}.`,
      labelEn: `Categories: ${profile.categories.join(', ')}; ${auditType} audit${ne.size > 0 ? `; new entrant for: ${[...ne].join(', ')}` : ''}.`,
    },
  ];
  for (const ind of ref.indicators) {
    const cats: Category[] = [];
    const met = new Set<Condition>();
    const whyNot: string[] = [];
    const whyNotEn: string[] = [];
    let dependsOnDispute: string | undefined;
    for (const cat of profile.categories) {
      const cell = ind.applicability[cat];
      if (!cell) {
        whyNot.push(`non coché pour ${CAT_FR[cat]}`);
        whyNotEn.push(`not ticked for ${cat}`);
        continue;
      }
      const missing = cell.conditions.filter((c) => !conditionHolds(c, profile));
      if (missing.length > 0) {
        whyNot.push(`pour ${CAT_FR[cat]}, seulement si ${missing.map((c) => COND_FR[c]).join(' et ')}`);
        whyNotEn.push(`for ${cat}, only with ${missing.join(' and ')}`);
        continue;
      }
      cats.push(cat);
      for (const c of cell.conditions) met.add(c);
      if (cell.option) dependsOnDispute = cell.option;
    }
    // A disputed cell that was removed by an option still matters to the result.
    if (ind.number === 8 && ref.id === 'rnq-2026' && !profile.categories.some((c) => c === 'action-de-formation' || c === 'apprentissage') && profile.categories.some((c) => c === 'bilan-de-competences' || c === 'vae')) {
      dependsOnDispute = 'indicator8Scope2026';
    }
    if (dependsOnDispute && !(cats.length > 0 && cats.some((c) => !ind.applicability[c]?.option) )) {
      warnings.push(disputeWarning(ind, dependsOnDispute, options.indicator8Scope2026));
    }
    // 2026 indicator 12 for trainings of 2 days or less depends on indicator12Scope2026.
    if (ind.number === 12 && profile.longTrainings === false && ind.disputes.some((d) => d.option === 'indicator12Scope2026')) {
      warnings.push(disputeWarning(ind, 'indicator12Scope2026', options.indicator12Scope2026));
    }
    if (cats.length === 0) {
      if (includeExcluded) {
        excluded.push({
          number: ind.number,
          criterion: ind.criterion,
          title: ind.title,
          whyNot: `Ne s'applique pas : ${whyNot.join(' ; ')}.`,
          whyNotEn: `Does not apply: ${whyNotEn.join('; ')}.`,
          status: ind.status,
        });
      }
      continue;
    }
    if (ind.number === 33) {
      warnings.push(disputeWarning(ind, 'indicator33Grade', options.indicator33Grade));
      if (auditType === 'initial' && ne.has('apprentissage')) warnings.push(disputeWarning(ind, 'indicator33NewEntrant', options.indicator33NewEntrant));
    }
    const allNew = cats.every((c) => ne.has(c));
    let auditScope: AuditScope = 'full';
    if (auditType === 'initial' && allNew && ind.newEntrant === 'deferred') auditScope = 'deferred';
    else if (auditType === 'initial' && allNew && ind.newEntrant === 'partial') auditScope = 'process-only';
    const condText = met.size > 0 ? ` sous condition : ${[...met].map((c) => COND_FR[c]).join(', ')}` : '';
    const scopeText =
      auditScope === 'deferred'
        ? ' Nouvel entrant : audité seulement à l’audit de surveillance.'
        : auditScope === 'process-only'
          ? ' Nouvel entrant : processus formalisé vérifié à l’audit initial, mise en œuvre à la surveillance.'
          : '';
    indicators.push({
      number: ind.number,
      criterion: ind.criterion,
      title: ind.title,
      nonConformity: ind.nonConformity,
      newEntrant: ind.newEntrant,
      categories: cats,
      conditionsMet: [...met],
      auditScope,
      why: `S'applique pour ${cats.map((c) => CAT_FR[c]).join(', ')}${condText}.${scopeText}`,
      whyEn: `Applies for ${cats.join(', ')}${met.size > 0 ? ` given ${[...met].join(', ')}` : ''}.${auditScope !== 'full' ? ` New entrant: ${auditScope}.` : ''}`,
      extraRequirements: extraRequirements(ind, profile, ref.id, cats),
      status: ind.status,
      references: ind.references,
    });
  }
  explanation.push({
    code: 'APPLICABLE_COUNT',
    label: `${indicators.length} indicateur(s) applicable(s)${includeExcluded ? `, ${excluded.length} exclu(s)` : ''}.`,
    labelEn: `${indicators.length} applicable indicator(s).`,
    amounts: { applicable: String(indicators.length), deferred: String(indicators.filter((i) => i.auditScope === 'deferred').length) },
    references: [REF.d6316_1_1, REF.guideV9],
  });
  return { indicators, excluded, warnings: dedupeWarnings(warnings), explanation };
}

/**
 * The Qualiopi indicators that apply to an OF at an audit date, each with why (and, with
 * `includeExcluded`, the others with why not). The référentiel is chosen by `auditDate`; the
 * new-entrant adaptations (guide V9) apply at an initial audit. Disputed cells follow the strictest
 * reading unless an option says otherwise, and the result then carries a warning.
 *
 * @example
 * ```ts
 * import { applicableIndicators } from '@ofkit/rnq';
 * const r = applicableIndicators(
 *   { categories: ['action-de-formation'], longTrainings: true },
 *   { auditDate: '2026-06-15' },
 * );
 * r.indicators.length; // 22 (AF, non-certifying, no alternance, no work periods, no subcontracting)
 * r.indicators.find((i) => i.number === 4)?.nonConformity; // 'major-only'
 * ```
 */
export function applicableIndicators(profile: OfProfile, options: ApplicabilityOptions): ApplicabilityResult {
  const input = parseInput(z.object({ profile: OfProfileSchema, options: ApplicabilityOptionsSchema }), { profile, options });
  const { referential, options: o } = selectReferential(input.options.auditDate, options, ['options']);
  const auditType = input.options.auditType ?? 'initial';
  const r = computeApplicability(input.profile as OfProfile, referential, auditType, o, input.options.includeExcluded === true);
  const references = dedupeReferences([...referential.references, ...r.indicators.flatMap((i) => i.references)]);
  return {
    referential: {
      id: referential.id,
      label: referential.label,
      status: referential.status,
      from: referential.from,
      ...(referential.to !== undefined ? { to: referential.to } : {}),
      indicatorCount: referential.indicatorCount,
      guideVersion: referential.guideVersion,
    },
    auditDate: input.options.auditDate,
    auditType,
    indicators: r.indicators,
    ...(input.options.includeExcluded === true ? { excluded: r.excluded } : {}),
    explanation: r.explanation,
    warnings: r.warnings,
    references,
  };
}
