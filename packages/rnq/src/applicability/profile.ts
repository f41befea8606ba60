import { bilingual } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import type { Category } from '../referential/types.js';

/** Zod schema of a category of L. 6313-1. */
export const CategorySchema = /* @__PURE__ */ (() => z.enum(['action-de-formation', 'bilan-de-competences', 'vae', 'apprentissage']))();

/**
 * Zod schema of an OF profile (the activity that decides which indicators apply). Unknown keys are
 * rejected so that a typo (`certifing`) is not silently ignored.
 */
export const OfProfileSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Optional display name. */
  name: z.string().optional(),
  categories: z
    .array(CategorySchema)
    .min(1, { message: bilingual('Au moins une catégorie d’action est requise.', 'At least one category is required.') })
    .refine((a) => new Set(a).size === a.length, { message: bilingual('Catégorie en double.', 'Duplicate category.'), params: { code: 'duplicate' } }),
  certifying: z.boolean().optional(),
  subcontracting: z.boolean().optional(),
  workBasedPeriods: z.boolean().optional(),
  alternance: z.boolean().optional(),
  longTrainings: z.boolean().optional(),
  distanceLearning: z.boolean().optional(),
  newEntrant: z.union([z.boolean(), z.array(CategorySchema)]).optional(),
}).superRefine((p, ctx) => {
  // A provider is a new entrant for a category it starts: that category must be one it delivers.
  if (!Array.isArray(p.newEntrant)) return;
  p.newEntrant.forEach((c, i) => {
    if (!p.categories.includes(c)) {
      ctx.addIssue({
        code: 'custom',
        path: ['newEntrant', i],
        message: bilingual(`« ${c} » n'est pas dans les catégories du profil : un nouvel entrant l'est pour une catégorie qu'il propose.`, `"${c}" is not one of the profile's categories: a provider is a new entrant for a category it delivers.`),
        params: { code: 'not_in_categories' },
      });
    }
  });
}))();

/**
 * What an OF does, as far as applicability is concerned (the contract of `applicableIndicators`).
 *
 * - `certifying`: some actions lead to a certification professionnelle (RNCP/RS); apprenticeship is
 *   always treated as certifying.
 * - `subcontracting`: it uses sous-traitance or portage salarial.
 * - `workBasedPeriods`: some actions include périodes de formation en situation de travail (AFEST,
 *   internships).
 * - `alternance`: it delivers actions de formation in alternance (contrat de professionnalisation).
 * - `longTrainings`: some trainings last more than 2 days (indicator 12). **Default `true`** (the
 *   strict reading); set `false` only when no action lasts more than 2 days.
 * - `distanceLearning`: some actions are (partly) delivered at a distance (D. 6313-3-1).
 * - `newEntrant`: `true` for a provider in its first year, or the list of categories it is
 *   starting (guide V9 préambule).
 */
export interface OfProfile {
  /** Optional display name of the OF; not used by any computation. */
  readonly name?: string;
  /**
   * The categories of L. 6313-1 the OF delivers (`action-de-formation` 1°, `bilan-de-competences` 2°,
   * `vae` 3°, `apprentissage` 4°), at least one, no duplicates; they select the columns of the annex.
   */
  readonly categories: ReadonlyArray<Category>;
  /** Some actions lead to a certification professionnelle (RNCP/RS): makes indicators 3, 7 and 16 apply to actions de formation and adds the certification requirements of indicators 1, 5, 6 and 8. Default `false`; apprenticeship is always treated as certifying. */
  readonly certifying?: boolean;
  /** The OF uses sous-traitance or portage salarial: makes indicator 27 apply. Default `false`. */
  readonly subcontracting?: boolean;
  /** Some actions include périodes de formation en situation de travail (AFEST, internships): makes indicator 28 apply to actions de formation. Default `false`. */
  readonly workBasedPeriods?: boolean;
  /** The OF delivers actions de formation in alternance (contrat de professionnalisation): makes indicator 13 apply to actions de formation. Default `false`. */
  readonly alternance?: boolean;
  /** Some trainings last more than 2 days (indicator 12). Default `true` (the strict reading); set `false` only when no action lasts more than 2 days. */
  readonly longTrainings?: boolean;
  /** Some actions are (partly) delivered at a distance (D. 6313-3-1): adds the FOAD requirements to indicators 9, 10, 17 and 19. Default `false`. */
  readonly distanceLearning?: boolean;
  /**
   * `true` for a provider in its first year (every category), or the list of categories it is
   * starting (each one of `categories`); new-entrant adaptations apply at the initial audit only
   * (guide V9 préambule). Default `false`.
   */
  readonly newEntrant?: boolean | ReadonlyArray<Category>;
}
