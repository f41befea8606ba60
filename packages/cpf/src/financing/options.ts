/**
 * Validation of the options of `planCpfFinancing` (issue 14): every option is a boolean or absent
 * (never read by truthiness), unknown keys are rejected, and `rules` must be a complete rule set whose
 * values have the shapes the plan reads. A rule set is checked once and remembered (rule sets are
 * frozen, so a checked one stays valid).
 *
 * @internal
 */
import * as z from '@ofkit/core/internal/zod-mini';
import { OfkitError, parseInput } from '@ofkit/core/internal/base';
import { DateSchema } from '../internal/date.js';
import { HOLDER_STATUSES, TOP_UP_BASES, TOP_UP_FUNDERS } from './schema.js';
import type { CpfFinancingRules } from './rules.js';
import type { CpfFinancingOptions } from './types.js';
import { lazy } from '@ofkit/core/internal';

/** The boolean options (the named readings of disputed points). */
export const BOOLEAN_OPTIONS = [
  'employerDotationExempts',
  'opcoTopUpExempts',
  'unusedTopUpExempts',
  'publicServantExempt',
  'capAlsoLimitsAgreementCredits',
  'licenceCofinancingMayBeDotation',
  'acquiredRightsConditionsBlockPurchase',
] as const;

const Amount = /* @__PURE__ */ lazy(() => z.string().check(z.regex(/^\d{1,9}(\.\d{1,2})?$/)));
const Ref = /* @__PURE__ */ lazy(() => z.looseObject({ source: z.string(), article: z.string(), title: z.optional(z.string()) }));
const Selector = /* @__PURE__ */ lazy(() => z.strictObject({ kind: z.enum(['credit', 'top-up']), bases: z.optional(z.array(z.string())), funders: z.optional(z.array(z.string())) }));
const Tiers = /* @__PURE__ */ lazy(() => z.array(z.array(Selector())));

const param = <T extends z.ZodMiniType>(value: T) =>
  z.looseObject({
    id: z.string(),
    label: z.string(),
    labelEn: z.optional(z.string()),
    unit: z.optional(z.string()),
    values: z
      .array(
        z.looseObject({
          from: DateSchema,
          to: z.optional(DateSchema),
          value,
          status: z.enum(['confirmed', 'provisional', 'disputed']),
          references: z.array(Ref()),
          note: z.optional(z.string()),
          noteEn: z.optional(z.string()),
          origin: z.optional(z.enum(['law', 'override'])),
        }),
      )
      .check(z.minLength(1)),
  });

const RulesSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    participationAmount: param(Amount()),
    participationExemptions: param(z.looseObject({ holderStatuses: z.array(z.enum(HOLDER_STATUSES)), topUps: z.array(z.looseObject({ basis: z.enum(TOP_UP_BASES), funders: z.optional(z.array(z.enum(TOP_UP_FUNDERS))) })) })),
    mobilisationScheme: param(z.enum(['acquired-rights-first', 'credits-first'])),
    level1Order: param(Tiers()),
    level3Order: param(Tiers()),
    complementaryOrder2020: param(Tiers()),
    acquiredRightsCaps: param(z.looseObject({ rsExceptClea: z.nullable(Amount()), bilan: z.nullable(Amount()), lightDrivingLicence: z.nullable(Amount()) })),
    lightLicenceRule: param(
      z.looseObject({
        jobseekerOrCofinancing: z.boolean(),
        minCofinancing: z.nullable(Amount()),
        cofinancingFunders: z.array(z.enum(TOP_UP_FUNDERS)),
        cofinancingBases: z.array(z.enum(TOP_UP_BASES)),
        excludeValidLicenceHolders: z.boolean(),
        validLicenceExceptCategories: z.optional(z.array(z.string())),
      }),
    ),
    bilanFiveYearRule: param(z.boolean()),
    eligibleActionsText: param(z.string()),
    eligibilityArticle: param(z.string()),
    financingText: param(z.string()),
  }));

const OptionsSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    rules: z.optional(RulesSchema()),
    employerDotationExempts: z.optional(z.boolean()),
    opcoTopUpExempts: z.optional(z.boolean()),
    unusedTopUpExempts: z.optional(z.boolean()),
    publicServantExempt: z.optional(z.boolean()),
    capAlsoLimitsAgreementCredits: z.optional(z.boolean()),
    licenceCofinancingMayBeDotation: z.optional(z.boolean()),
    acquiredRightsConditionsBlockPurchase: z.optional(z.boolean()),
  }));

/** Rule sets already checked (frozen objects: a checked one stays valid). */
const checked = /* @__PURE__ */ new WeakSet<object>();

const EMPTY: CpfFinancingOptions = /* @__PURE__ */ Object.freeze({});

/**
 * True when `o` is a plain object with only known boolean options (and maybe `rules`): the options
 * `parseOptions` accepts without running the schema.
 *
 * @internal Exported for its tests only.
 */
export function plainBooleans(o: object): boolean {
  const proto = Object.getPrototypeOf(o) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in o) {
    if (!Object.prototype.hasOwnProperty.call(o, k)) return false;
    const v = (o as Record<string, unknown>)[k];
    if (k === 'rules') continue;
    if (v === undefined || typeof v === 'boolean') {
      if (!(BOOLEAN_OPTIONS as readonly string[]).includes(k)) return false;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * The options, validated: `undefined` gives the defaults; anything else must be an object of known
 * options, each a boolean, and a complete `rules` set. Throws one `OfkitError` (`INVALID_INPUT`, paths
 * under `options`) with every problem.
 */
export function parseOptions(options: unknown): CpfFinancingOptions {
  if (options === undefined) return EMPTY;
  if (typeof options === 'object' && options !== null && plainBooleans(options)) {
    const rules = (options as { rules?: unknown }).rules;
    if (rules === undefined || (typeof rules === 'object' && rules !== null && checked.has(rules))) return options as CpfFinancingOptions;
  }
  const parsed = parseInput(OptionsSchema(), options, ['options']);
  const rules = (options as { rules?: unknown }).rules;
  if (parsed.rules !== undefined && typeof rules === 'object' && rules !== null) {
    if (!Object.isFrozen(rules)) {
      throw new OfkitError('INVALID_INPUT', [
        { path: ['options', 'rules'], code: 'rules_not_frozen', message: 'Jeu de règles non figé : construisez-le avec defineRuleSet ou overrideRules de @ofkit/core.', messageEn: 'Rule set not frozen: build it with defineRuleSet or overrideRules from @ofkit/core.' },
      ]);
    }
    checked.add(rules);
  }
  return options as CpfFinancingOptions;
}
