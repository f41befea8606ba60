/**
 * Shared input schemas and helpers of the document builders.
 *
 * Fields that carry a **mandatory mention** are optional in the schemas: when one is absent,
 * the mention checker reports it with its legal reference (instead of a bare "required" error).
 * The schemas reject only what is malformed (bad dates, SIRET, amounts…).
 *
 * @module
 */
import * as z from 'zod';
import {
  AddressSchema,
  CertificationRefSchema,
  CivilDateSchema,
  FrVatNumberSchema,
  HoursSchema,
  ModalitySchema,
  NonEmptyStringSchema,
  NonNegativeMoneyInputSchema,
  SiretSchema,
  TrainingCategorySchema,
  bilingual,
  formatEur,
  identifierSchema,
  money,
  validateSiren,
  valueAt,
  warningFor,
  type Address,
  type CivilDate,
  type LegalRef,
  type Organisation,
  type Parameter,
  type ParameterValue,
  type RuleSet,
  type Step,
  type TrainingCategory,
  type Warning,
} from '@ofkit/core';
import type { IssuerIdentity, MentionCheck } from '../model/types.js';
import type { DocumentRules } from './rules.js';
import { REFS } from './refs.js';
import { mentionInForce, type MentionRule } from './mentions.js';

/**
 * Free text of a mention: any string (an empty one counts as missing), at most 100 000 characters.
 */
export const MentionTextSchema = /* @__PURE__ */ (() => z.string().max(100_000))();
/**
 * Optional list of texts (objectives, modules…).
 */
export const TextListSchema = /* @__PURE__ */ (() => z.array(z.string().max(100_000)))();

/**
 * SIREN (9 digits, Luhn).
 */
export const SirenSchema = /* @__PURE__ */ (() => identifierSchema(validateSiren, 'SIREN: 9 digits'))();

/**
 * A person named on a document (signatory, trainer, contact).
 */
export const NamedPersonSchema = /* @__PURE__ */ (() => z.object({
  name: NonEmptyStringSchema.max(1000),
  /** Capacity, e.g. « Gérante », « Formateur SST ». */
  title: z.string().max(1000).optional(),
  email: z.string().max(320).optional(),
  phone: z.string().max(50).optional(),
}))();
export type NamedPerson = z.output<typeof NamedPersonSchema>;

/**
 * The other party: a client company, a public body or an individual.
 */
export const PartySchema = /* @__PURE__ */ (() => z.object({
  name: NonEmptyStringSchema.max(1000),
  /** `business` (B2B: late-payment mentions apply), `individual` (consumer), `public` (public body). */
  type: z.enum(['business', 'individual', 'public']).default('business'),
  address: AddressSchema.optional(),
  siret: SiretSchema.optional(),
  siren: SirenSchema.optional(),
  vatNumber: FrVatNumberSchema.optional(),
  signatory: NamedPersonSchema.optional(),
  email: z.string().max(320).optional(),
}))();
export type Party = z.output<typeof PartySchema>;

/**
 * Distance-learning (FOAD) arrangements required by D. 6313-3-1.
 */
export const FoadSchema = /* @__PURE__ */ (() => z.object({
  /** Technical and pedagogical assistance (who, how, when). */
  assistance: MentionTextSchema.optional(),
  /** Information on the distance activities and their estimated average duration. */
  activities: MentionTextSchema.optional(),
  /** Assessments that mark out or conclude the action. */
  assessments: MentionTextSchema.optional(),
}))();

/**
 * A training action as described on conventions, contracts, quotes, programmes.
 */
export const ActionSchema = /* @__PURE__ */ (() => z.object({
  title: MentionTextSchema.optional(),
  /** Nature of the action among the 4 categories of L. 6313-1. */
  category: TrainingCategorySchema.optional(),
  objectives: TextListSchema.optional(),
  /** Content: modules or sequences (or « voir programme en annexe »). */
  content: TextListSchema.optional(),
  /** Pedagogical, technical and supervision means. */
  means: MentionTextSchema.optional(),
  durationHours: HoursSchema.optional(),
  period: z
    .object({ start: CivilDateSchema, end: CivilDateSchema })
    .refine((p) => p.end >= p.start, { message: bilingual('La fin précède le début.', 'End is before start.'), path: ['end'] })
    .optional(),
  modality: ModalitySchema.optional(),
  /** Place (or « à distance »). */
  place: MentionTextSchema.optional(),
  /** Timetable, e.g. « 9 h – 12 h 30 et 13 h 30 – 17 h ». */
  schedule: MentionTextSchema.optional(),
  /** Modalités de suivi de l'exécution (émargement per half-day, connection logs…). */
  followUp: MentionTextSchema.optional(),
  /** Modalités d'évaluation (assessment of what was learnt). */
  assessment: MentionTextSchema.optional(),
  /** Modalités de sanction (attestation de fin de formation, certification…). */
  sanction: MentionTextSchema.optional(),
  foad: FoadSchema.optional(),
  /**
   * Share of the teaching delivered at a distance in the total duration, in percent (0–100): a
   * mandatory mention of a convention (or a devis standing in for one) for a distance or blended
   * action since 1 July 2025 (D. 6353-1 I 1°, décret 2025-586).
   */
  distanceRatePercent: z.number().min(0).max(100).optional(),
  certification: CertificationRefSchema.optional(),
  prerequisites: MentionTextSchema.optional(),
  audience: MentionTextSchema.optional(),
}))();
export type Action = z.output<typeof ActionSchema>;

/**
 * Price of an action: amount excluding VAT, and the VAT rate (percent) when the OF charges VAT.
 */
export const PriceSchema = /* @__PURE__ */ (() => z.object({
  amountExclTax: NonNegativeMoneyInputSchema.optional(),
  /** VAT rate in percent as a decimal string, e.g. `"20"`; only when the OF is subject to VAT. */
  vatRate: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,2})?$/, { message: bilingual('Taux de TVA en pourcentage attendu (ex. "20").', 'VAT rate in percent expected (e.g. "20").') })
    .optional(),
}))();
export type Price = z.output<typeof PriceSchema>;


/**
 * Options of {@link createDocument} and {@link checkMentions}.
 *
 * @example
 * ```ts
 * import type { DocumentOptions } from '@ofkit/docs-gen';
 * const options: DocumentOptions = { draft: true, withdrawalAtDistance: 'labour-code', issuerSize: 'pme' };
 * // createDocument('contrat-formation', data, options)
 * ```
 */
export interface DocumentOptions {
  /**
   * Build even when mandatory mentions are missing: each missing mention becomes a warning
   * (`MISSING_MENTION`) and the title is prefixed with « PROJET ». Default `false`: throw.
   */
  readonly draft?: boolean;
  /** The law to apply (default {@link documentRules}); derive one with `overrideRules`. */
  readonly rules?: RuleSet<DocumentRules>;
  /**
   * Contrat de formation signed at a distance or off-premises: `'consumer-code'` (default,
   * strictest: 14 days, C. consom. L221-18 as practitioners apply it) or `'labour-code'`
   * (10 days of L. 6353-5 in every case).
   */
  readonly withdrawalAtDistance?: 'consumer-code' | 'labour-code';
  /**
   * Size of the invoicing OF for the e-invoicing calendar (décret 2022-1299 mentions). Default
   * `'large'` (strictest: mentions required from 1 September 2026).
   */
  readonly issuerSize?: 'large' | 'eti' | 'pme' | 'micro';
}

/**
 * The context a builder works in: the date of the document, the rules, and what it relied on.
 */
export class BuildContext {
  readonly warnings: Warning[] = [];
  readonly references: LegalRef[] = [];
  readonly explanation: Step[] = [];
  readonly #read = new Set<string>();
  constructor(
    readonly date: CivilDate,
    readonly rules: RuleSet<DocumentRules>,
    readonly options: DocumentOptions,
  ) {}

  /** Reads a parameter at the document's date, recording its references and warning. */
  param<K extends keyof DocumentRules>(key: K, option?: string): ParameterValue<DocumentRules[K]> {
    const resolved = valueAt(this.rules[key] as Parameter<unknown>, this.date);
    if (this.#read.has(String(key))) return resolved.value as ParameterValue<DocumentRules[K]>;
    this.#read.add(String(key));
    const w = warningFor(resolved, option);
    if (w) this.warnings.push(w);
    this.references.push(...resolved.references);
    this.explanation.push({
      code: `PARAM_${String(key)}`,
      label: `${resolved.label} : ${typeof resolved.value === 'object' ? JSON.stringify(resolved.value) : String(resolved.value)} (en vigueur au ${this.date})`,
      labelEn: `Parameter ${resolved.parameter} in force on ${this.date}`,
      references: resolved.references,
    });
    return resolved.value as ParameterValue<DocumentRules[K]>;
  }
}

/**
 * True when a mention value is present: non-blank string, non-empty array, any other defined value.
 */
export function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0 && v.some((x) => present(x));
  return true;
}

/**
 * Collects the mention checks of one document. The kind's mention list (law as data, see
 * `mentions.ts`) is read at the document's date: a check whose mention is not in force on that date,
 * or that an override removed, is skipped; its label, references and status come from the list.
 */
export class MentionList {
  readonly checks: MentionCheck[] = [];
  readonly #rules: ReadonlyMap<string, MentionRule>;

  /** `rules`: the kind's mention list in force; `date`: the document's date. */
  constructor(rules: readonly MentionRule[] = [], readonly date?: CivilDate) {
    this.#rules = new Map(rules.filter((r) => date === undefined || mentionInForce(r, date)).map((r) => [r.code, r]));
  }

  /** The mention rule of `code` in force, if any. */
  rule(code: string): MentionRule | undefined {
    return this.#rules.get(code);
  }

  #resolve(args: readonly unknown[], kind: 'need' | 'valid'): { code: string; label: string; labelEn: string; path: (string | number)[]; value: unknown; references: LegalRef[]; status: MentionCheck['ruleStatus']; note?: string } | undefined {
    if (args.length >= 6 && typeof args[1] === 'string') {
      // Inline form (code, label, labelEn, path, value, references, status?): kept for kinds not yet in the lists.
      const [code, label, labelEn, path, value, references, status] = args as [string, string, string, (string | number)[], unknown, LegalRef[], MentionCheck['ruleStatus'] | undefined];
      return { code, label, labelEn, path: [...path], value, references: [...references], status: status ?? 'confirmed' };
    }
    const [code, path, value, vars] = args as [string, (string | number)[], unknown, Readonly<Record<string, string | number>> | undefined];
    const r = this.#rules.get(code);
    if (!r) return undefined;
    const fill = (t: string) => t.replace(/\{(\w+)\}/g, (all, k: string) => (vars && k in vars ? String(vars[k]) : all));
    void kind;
    return { code, label: fill(r.label), labelEn: fill(r.labelEn), path: [...path], value, references: [...r.references], status: r.status, ...(r.note ? { note: r.note } : {}) };
  }

  /**
   * A mention that must be present at `path`: `need(code, path, value, vars?)`, the label,
   * references and status read from the kind's mention list (`vars` fills `{name}` placeholders).
   * Returns true when present or when the mention is not required on the document's date.
   */
  need(code: string, path: readonly (string | number)[], value: unknown, vars?: Readonly<Record<string, string | number>>): boolean;
  /** Inline form, for a kind whose mentions are not (yet) in {@link documentRules}. */
  need(code: string, label: string, labelEn: string, path: readonly (string | number)[], value: unknown, references: readonly LegalRef[], ruleStatus?: MentionCheck['ruleStatus']): boolean;
  need(...args: unknown[]): boolean {
    const r = this.#resolve(args, 'need');
    if (!r) return true;
    const ok = present(r.value);
    this.checks.push({
      code: r.code,
      label: r.label,
      labelEn: r.labelEn,
      path: r.path,
      status: ok ? 'present' : 'missing',
      check: 'presence',
      ...(ok ? {} : { message: `Mention obligatoire manquante : ${r.label}.`, messageEn: `Mandatory mention missing: ${r.labelEn}.` }),
      references: r.references,
      ruleStatus: r.status,
    });
    return ok;
  }

  /**
   * A mention that is present but wrong (or right: `problem` undefined): `valid(code, path, problem, vars?)`.
   */
  valid(code: string, path: readonly (string | number)[], problem: { fr: string; en: string } | undefined, vars?: Readonly<Record<string, string | number>>): boolean;
  /** Inline form, for a kind whose mentions are not (yet) in {@link documentRules}. */
  valid(code: string, label: string, labelEn: string, path: readonly (string | number)[], problem: { fr: string; en: string } | undefined, references: readonly LegalRef[], ruleStatus?: MentionCheck['ruleStatus']): boolean;
  valid(...args: unknown[]): boolean {
    const r = this.#resolve(args, 'valid');
    if (!r) return true;
    const problem = r.value as { fr: string; en: string } | undefined;
    this.checks.push({
      code: r.code,
      label: r.label,
      labelEn: r.labelEn,
      path: r.path,
      status: problem ? 'invalid' : 'present',
      check: 'validity',
      ...(problem ? { message: problem.fr, messageEn: problem.en } : {}),
      references: r.references,
      ruleStatus: r.status,
    });
    return !problem;
  }
}

/**
 * Address on lines.
 */
export function addressLines(a: Address | undefined): string[] {
  if (!a) return [];
  return [a.line1, ...(a.line2 ? [a.line2] : []), `${a.postalCode} ${a.city}${a.country && a.country !== 'FR' ? ` (${a.country})` : ''}`];
}

/**
 * The OF's identity for headers and footers.
 */
export function issuerOf(org: Organisation): IssuerIdentity {
  return {
    name: org.name,
    address: addressLines(org.address),
    siret: org.siret,
    nda: org.ndaStatus === 'pending' || !org.nda ? "en cours d'enregistrement" : org.nda,
    ...(org.ndaRegion ? { ndaRegion: org.ndaRegion } : {}),
    ...(org.vat.number ? { vatNumber: org.vat.number } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { phone: org.phone } : {}),
    ...(org.website ? { website: org.website } : {}),
  };
}

/**
 * The NDA mention check, common to conventions, contracts, quotes and invoices (practice, §0).
 */
export function checkNda(m: MentionList, org: Organisation): void {
  m.need('organisation.nda', ['organisation', 'nda'], org.nda ?? (org.ndaStatus === 'pending' ? 'pending' : undefined)
  );
}


/**
 * French label of a category (L. 6313-1).
 */
export const CATEGORY_LABELS: Readonly<Record<TrainingCategory, string>> = {
  'action-de-formation': 'action de formation',
  'bilan-de-competences': 'bilan de compétences',
  vae: 'action de validation des acquis de l’expérience (VAE)',
  apprentissage: 'action de formation par apprentissage',
};

/**
 * French label of a modality.
 */
export const MODALITY_LABELS: Readonly<Record<z.infer<typeof ModalitySchema>, string>> = {
  presentiel: 'présentiel',
  distance: 'à distance (FOAD)',
  mixte: 'mixte (présentiel et distance)',
  'situation-de-travail': 'en situation de travail (AFEST)',
};

/**
 * Formats hours the French way: 14 → « 14 h », 3.5 → « 3,5 h ».
 */
export function hours(h: number): string {
  return `${String(h).replace('.', ',')} h`;
}

/**
 * Price lines (HT, VAT or exemption mention, TTC) for an amount, by the OF's VAT regime.
 */
export function priceLines(
  amountExclTax: string,
  vatRate: string | undefined,
  org: Organisation,
  ctx: BuildContext,
): { lines: [string, string][]; totalInclTax: string } {
  const ht = money(amountExclTax);
  if (org.vat.regime === 'subject') {
    const rate = vatRate ?? '0';
    const vat = ht.ratio(rate, 100);
    const ttc = ht.plus(vat);
    return {
      lines: [
        ['Prix HT', formatEur(ht)],
        [`TVA (${rate.replace('.', ',')} %)`, formatEur(vat)],
        ['Prix TTC', formatEur(ttc)],
      ],
      totalInclTax: ttc.toString(),
    };
  }
  const mentions = ctx.param('vatMentions');
  return {
    lines: [
      ['Prix net de taxe', formatEur(ht)],
      ['TVA', mentions[org.vat.regime]],
    ],
    totalInclTax: ht.toString(),
  };
}

/**
 * How a certification is printed on a document: its code (and title when `withTitle`), or, for a CQP
 * registered in neither repertory, « CQP » with its name (and the branch's reference if any).
 *
 * @example
 * ```ts
 * import { certificationText } from '@ofkit/docs-gen';
 * certificationText({ type: 'rs', code: 'RS5678', title: 'TOEIC' }, true); // 'RS5678 — TOEIC'
 * certificationText({ type: 'cqp', title: 'CQP Opérateur logistique' }, false); // 'CQP Opérateur logistique'
 * ```
 */
export function certificationText(
  c: { readonly type: string; readonly code?: string | undefined; readonly title?: string | undefined },
  withTitle: boolean,
): string {
  if (c.type === 'cqp') return c.code ? `${c.title ?? ''} (${c.code})` : (c.title ?? '');
  return withTitle && c.title ? `${c.code ?? ''} — ${c.title}` : (c.code ?? '');
}
