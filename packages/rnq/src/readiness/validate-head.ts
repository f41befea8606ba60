import type { CivilDate, IssuePath, OfkitIssue } from '@ofkit/core';
import { OfkitError, isCivilDate } from '@ofkit/core/internal/base';
import { issue } from '@ofkit/core/internal';
import type { OfProfile } from '../applicability/profile.js';
import type { AuditType, RnqOptions } from '../referential/options.js';
import { rnqRules } from '../referential/rules.js';

/**
 * Validates the profile and options of `assessReadiness` in one hand-written pass, so that the
 * readiness bundle carries no zod (issue 13: ≤ 120 kB). It accepts and rejects exactly what
 * `z.object({ profile: OfProfileSchema, options: RnqOptionsSchema.extend({ auditDate: CivilDateSchema,
 * auditType: AuditTypeSchema.optional() }) })` does, at the same paths: a property test
 * (`validate-head.test.ts`) checks the two agree on random inputs, so a change of either schema
 * that is not mirrored here fails the tests.
 */
const CATEGORIES: readonly string[] = ['action-de-formation', 'bilan-de-competences', 'vae', 'apprentissage'];
const PROFILE_KEYS: readonly string[] = ['name', 'categories', 'certifying', 'subcontracting', 'workBasedPeriods', 'alternance', 'longTrainings', 'distanceLearning', 'newEntrant'];
const PROFILE_BOOLEANS: readonly string[] = ['certifying', 'subcontracting', 'workBasedPeriods', 'alternance', 'longTrainings', 'distanceLearning'];
const OPTION_ENUMS: Readonly<Record<string, readonly string[]>> = {
  referential: ['by-audit-date', 'rnq-2019-v9', 'rnq-2026'],
  indicator13Scope: ['alternance-training', 'apprenticeship-only'],
  indicator8Scope2026: ['all-categories', 'af-and-apprenticeship'],
  indicator12Scope2026: ['all-trainings', 'longer-than-2-days'],
  indicator33Grade: ['major-only', 'minor-or-major'],
  indicator33NewEntrant: ['none', 'partial'],
  auditType: ['initial', 'surveillance', 'renewal'],
};

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** The parsed head of `assessReadiness`. */
export interface ReadinessHead {
  readonly profile: OfProfile;
  readonly options: RnqOptions & { readonly auditDate: CivilDate; readonly auditType?: AuditType };
}

export function validateReadinessHead(profile: unknown, options: unknown): ReadinessHead {
  const issues: OfkitIssue[] = [];
  const add = (path: IssuePath, code: string, fr: string, en: string) => issues.push(issue(path, code, fr, en));
  const expectType = (path: IssuePath, v: unknown, fr: string, en: string) => add(path, 'invalid_type', `${fr} attendu, reçu ${typeName(v)}.`, `Expected ${en}, received ${typeName(v)}.`);
  const enumValue = (path: IssuePath, v: unknown, values: readonly string[]) => {
    if (typeof v === 'string' && values.includes(v)) return true;
    add(path, 'invalid_value', `Valeur attendue : ${values.join(', ')}.`, `Expected one of: ${values.join(', ')}.`);
    return false;
  };

  // Profile (OfProfileSchema: strict object; categories ≥ 1, no duplicate; newEntrant ⊆ categories).
  if (!isObj(profile)) expectType(['profile'], profile, 'Objet', 'object');
  else {
    // As zod: the object refinement (newEntrant ⊆ categories) runs unless a type-level issue
    // aborted the parse; size, duplicate and unknown-key issues do not abort.
    let aborted = false;
    const before = issues.length;
    const unknown = Object.keys(profile).filter((k) => !PROFILE_KEYS.includes(k));
    if (profile['name'] !== undefined && typeof profile['name'] !== 'string') expectType(['profile', 'name'], profile['name'], 'Texte', 'string');
    const cats = profile['categories'];
    if (!Array.isArray(cats)) expectType(['profile', 'categories'], cats, 'Tableau', 'array');
    else {
      const b = issues.length;
      cats.forEach((c, i) => enumValue(['profile', 'categories', i], c, CATEGORIES) || (aborted = true));
      if (cats.length < 1) add(['profile', 'categories'], 'too_small', 'Au moins une catégorie d’action est requise.', 'At least one category is required.');
      if (issues.length === b && new Set(cats).size !== cats.length) add(['profile', 'categories'], 'duplicate', 'Catégorie en double.', 'Duplicate category.');
    }
    for (const k of PROFILE_BOOLEANS) if (profile[k] !== undefined && typeof profile[k] !== 'boolean') expectType(['profile', k], profile[k], 'Booléen', 'boolean');
    const ne = profile['newEntrant'];
    if (ne !== undefined && typeof ne !== 'boolean') {
      if (!Array.isArray(ne)) add(['profile', 'newEntrant'], 'invalid_union', 'Booléen ou liste de catégories attendu.', 'Expected a boolean or a list of categories.');
      else {
        const bad = ne.filter((c) => !(typeof c === 'string' && CATEGORIES.includes(c)));
        if (bad.length > 0) add(['profile', 'newEntrant'], 'invalid_union', 'Booléen ou liste de catégories attendu.', 'Expected a boolean or a list of categories.');
      }
    }
    if (!aborted && issues.length > before) aborted = issues.slice(before).some((i) => i.code === 'invalid_type' || i.code === 'invalid_union');
    if (unknown.length > 0) add(['profile'], 'unrecognized_keys', `Clé(s) inconnue(s) : ${unknown.join(', ')}.`, `Unrecognized key(s): ${unknown.join(', ')}.`);
    if (!aborted && Array.isArray(ne)) {
      ne.forEach((c, i) => {
        if (!(cats as unknown[]).includes(c)) {
          add(['profile', 'newEntrant', i], 'not_in_categories', `« ${String(c)} » n'est pas dans les catégories du profil : un nouvel entrant l'est pour une catégorie qu'il propose.`, `"${String(c)}" is not one of the profile's categories: a provider is a new entrant for a category it delivers.`);
        }
      });
    }
  }

  // Options (RnqOptionsSchema extended with auditDate and auditType; unknown keys are ignored).
  if (!isObj(options)) expectType(['options'], options, 'Objet', 'object');
  else {
    for (const [k, values] of Object.entries(OPTION_ENUMS)) if (options[k] !== undefined) enumValue(['options', k], options[k], values);
    const rules = options['rules'];
    if (rules !== undefined && !isRuleSet(rules)) {
      add(['options', 'rules'], 'invalid_rules', 'Jeu de règles invalide : dériver `rules` de `rnqRules` avec `overrideRules` (chaque paramètre doit être présent).', 'Invalid rule set: derive `rules` from `rnqRules` with `overrideRules` (every parameter must be present).');
    }
    const d = options['auditDate'];
    if (typeof d !== 'string') expectType(['options', 'auditDate'], d, 'Texte', 'string');
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) add(['options', 'auditDate'], 'invalid_format', 'Date attendue au format AAAA-MM-JJ.', 'Expected a date as YYYY-MM-DD.');
    else if (!isCivilDate(d)) add(['options', 'auditDate'], 'invalid_date', 'Date inexistante.', 'Date does not exist.');
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return { profile: profile as unknown as OfProfile, options: options as unknown as ReadinessHead['options'] };
}

/** The check of `RnqRulesSchema`: every parameter of `rnqRules` present, with its dated values. */
function isRuleSet(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  for (const key of Object.keys(rnqRules)) {
    const p = r[key];
    if (typeof p !== 'object' || p === null || !Array.isArray((p as { values?: unknown }).values)) return false;
  }
  return true;
}
