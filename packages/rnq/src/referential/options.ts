import { bilingual } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { RnqRulesSchema, type RnqRules } from './rules.js';

/**
 * Named options selecting the other reading of each disputed point. Where texts conflict the
 * default is the strictest reading (more indicators, harsher grade, no deferral); where one reading
 * is simply better sourced (indicator 8 in 2026) the default is that reading. Results that depend
 * on a disputed point carry a warning naming the option.
 */
export interface RnqOptions {
  /**
   * Which référentiel to use. `by-audit-date` (default): the version in force at the audit date.
   * Forcing `rnq-2019-v9` after 2026-10-31 is the reading "décret n° 2026-728 not verified";
   * forcing a version outside its dates is allowed and reported by a warning.
   */
  readonly referential?: 'by-audit-date' | 'rnq-2019-v9' | 'rnq-2026';
  /**
   * Removed: indicator 13 applies to actions de formation (1°) and CFA (4°) per the annex columns
   * (LEGIARTI000038591641), no longer a disputed point. Passing it throws `INVALID_INPUT`; a host
   * that reads the annex otherwise overrides `applicabilityColumns` in `rnqRules`.
   */
  readonly indicator13Scope?: never;
  /**
   * Indicator 8 in 2026: `af-and-apprenticeship` (default: [G]'s annex columns, as V9, and [C]/[A]'s
   * statement that columns 1–32 are unchanged) or `all-categories` ([C]'s seed data, also BC and VAE).
   * The default is the better-sourced reading, not the broader one (house rule: where one reading
   * is simply better sourced, prefer it and keep the other as an option).
   */
  readonly indicator8Scope2026?: 'all-categories' | 'af-and-apprenticeship';
  /**
   * Indicator 12 in 2026 for trainings of 2 days or less (`longTrainings: false`): `all-trainings`
   * (default: the 2026 text adds the prevention of violence « dans le cadre de leur formation » with
   * no duration limit; guide V9's "more than 2 days" reading was written for the 2019 text) or
   * `longer-than-2-days` (keep guide V9's reading, which stays in force until a guide V10).
   */
  readonly indicator12Scope2026?: 'all-trainings' | 'longer-than-2-days';
  /** Grade of indicator 33: `major-only` (default) or `minor-or-major`. */
  readonly indicator33Grade?: 'major-only' | 'minor-or-major';
  /** New-entrant treatment of indicator 33: `none` (default) or `partial`. */
  readonly indicator33NewEntrant?: 'none' | 'partial';
  /** A rule set derived from {@link rnqRules} with `overrideRules`. */
  readonly rules?: RnqRules;
}

/** Zod schema of the disputed-point options (without `rules`). */
export const RnqOptionsSchema = /* @__PURE__ */ (() => z.object({
  referential: z.enum(['by-audit-date', 'rnq-2019-v9', 'rnq-2026']).optional(),
  indicator13Scope: z
    .custom<never>((v) => v === undefined, {
      message: bilingual(
        "Option supprimée : l'indicateur 13 s'applique aux actions de formation et à l'apprentissage selon les colonnes de l'annexe (point confirmé). Pour une autre lecture, dériver `rules` avec `overrideRules(rnqRules, { applicabilityColumns: [...] })`.",
        'Removed option: indicator 13 applies to actions de formation and apprenticeship per the annex columns (confirmed). For another reading, derive `rules` with `overrideRules(rnqRules, { applicabilityColumns: [...] })`.',
      ),
      params: { code: 'option_removed' },
    })
    .optional(),
  indicator8Scope2026: z.enum(['all-categories', 'af-and-apprenticeship']).optional(),
  indicator12Scope2026: z.enum(['all-trainings', 'longer-than-2-days']).optional(),
  indicator33Grade: z.enum(['major-only', 'minor-or-major']).optional(),
  indicator33NewEntrant: z.enum(['none', 'partial']).optional(),
  rules: RnqRulesSchema.optional(),
}))();

/** Audit types. */
export type AuditType = 'initial' | 'surveillance' | 'renewal';
export const AuditTypeSchema = /* @__PURE__ */ (() => z.enum(['initial', 'surveillance', 'renewal']))();
