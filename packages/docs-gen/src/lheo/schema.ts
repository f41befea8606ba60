/**
 * Input of {@link toLheoXml}: the training offer of an OF (formation → action → session) with the
 * responsible organisation. Every length, enumeration and cardinality of an element we write is the
 * official schema's (../shared/schemas/lheo-2.3.xsd, generated from `lheo-gml.xml` 2.3; positions and
 * bounds summarised in ../shared/domain/corrections-2026-12.md §7), so an offer that passes this
 * schema gives a document valid against the XSD.
 *
 * @module
 */
import * as z from 'zod';
import {
  CivilDateSchema,
  NonNegativeMoneyInputSchema,
  validateFormacode,
  validateNda,
  validateNsfCode,
  validateRncpCode,
  validateRsCode,
  validateSiret,
  validateUai,
  money,
} from '@ofkit/core';
import { bilingual } from '@ofkit/core/internal';

// Characters XML 1.0 forbids (C0 controls except tab, LF, CR; U+FFFE/U+FFFF; lone surrogates).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** An identifier written as the `numero` attribute: any non-empty text XML allows. */
const lheoId = /* @__PURE__ */ (() => z.string().min(1).refine((s) => !FORBIDDEN.test(s), { message: bilingual('Caractère de contrôle interdit en XML.', 'Control character not allowed in XML.'), params: { code: 'xml_forbidden_char' } }))();

/** Text of `min`..`max` characters (code points) with no character XML forbids. */
export const lheoText = (max: number, min = 1) =>
  z
    .string()
    .refine((s) => !FORBIDDEN.test(s), { message: bilingual('Caractère de contrôle interdit en XML.', 'Control character not allowed in XML.'), params: { code: 'xml_forbidden_char' } })
    .refine((s) => s.trim().length >= min, { message: bilingual(`Au moins ${min} caractère(s) requis.`, `At least ${min} character(s) required.`), params: { code: 'too_small' } })
    .refine((s) => [...s].length <= max, { message: bilingual(`Au plus ${max} caractères (LHÉO).`, `At most ${max} characters (LHÉO).`), params: { code: 'too_big' } });

/** A checked identifier, normalised (spaces removed, letters cased) by the core validator. */
const idCheck = (check: (v: unknown) => { ok: true; value: string } | { ok: false }, fr: string, en: string, code: string) =>
  z
    .string()
    .refine((v) => check(v).ok, { message: bilingual(fr, en), params: { code } })
    .overwrite((v) => {
      const r = check(v);
      return r.ok ? r.value : v;
    });

const Formacode = /* @__PURE__ */ (() => idCheck(validateFormacode, 'Formacode invalide (5 chiffres).', 'Invalid Formacode (5 digits).', 'invalid_formacode'))();
const Nsf = /* @__PURE__ */ (() => idCheck(validateNsfCode, 'Code NSF invalide (3 chiffres).', 'Invalid NSF code (3 digits).', 'invalid_nsf').refine((v) => /^\d{3}$/.test(v), {
  message: bilingual('LHÉO : code NSF de 3 chiffres exactement (sans lettre).', 'LHÉO: NSF code of exactly 3 digits (no letter).'),
  params: { code: 'invalid_nsf' },
}))();
const Rome = /* @__PURE__ */ (() => z.string().regex(/^[A-Z]\d{4}$/, { message: bilingual('Code ROME invalide (1 lettre + 4 chiffres, ex. M1805).', 'Invalid ROME code (1 letter + 4 digits, e.g. M1805).') }))();

/** A postal address (LHÉO `adresse`). */
export const LheoAddressSchema = /* @__PURE__ */ (() => z.object({
  /** 1 to 4 lines of at most 50 characters. */
  lines: z.array(lheoText(50)).min(1).max(4),
  postalCode: z.string().regex(/^\d{5}$/, { message: bilingual('Code postal : 5 chiffres.', 'Postal code: 5 digits.') }),
  city: lheoText(50),
  /** Département code (2 or 3 characters). */
  departement: z.string().regex(/^(\d{2}|2A|2B|97\d)$/).optional(),
  inseeCommune: z.string().regex(/^(\d{5}|2[AB]\d{3})$/).optional(),
  /** Region code (2 digits). */
  region: z.string().regex(/^\d{2}$/).optional(),
  /** ISO 3166 alpha-2 country code. */
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
}))();

/** Contact details (LHÉO `coordonnees`). */
export const LheoContactDetailsSchema = /* @__PURE__ */ (() => z.object({
  civility: lheoText(50).optional(),
  lastName: lheoText(50).optional(),
  firstName: lheoText(50).optional(),
  /** Free lines before the address (e.g. a service name), at most 3 here. */
  lines: z.array(lheoText(50)).max(3).optional(),
  address: LheoAddressSchema.optional(),
  phones: z.array(lheoText(25)).max(3).optional(),
  mobiles: z.array(lheoText(25)).max(3).optional(),
  faxes: z.array(lheoText(25)).max(3).optional(),
  email: z.string().regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, { message: bilingual('Adresse électronique invalide.', 'Invalid e-mail address.') }).max(160).optional(),
  /** 1 to 3 addresses of 3 to 400 characters (`urlweb`). */
  websites: z.array(lheoText(400, 3)).max(3).optional(),
}))();

/** A contact: its LHÉO `type-contact` code (dict-type-contact, 0 to 14; optional) and details. */
export const LheoContactSchema = /* @__PURE__ */ (() => z.object({
  typeContact: z
    .number()
    .int()
    .min(0)
    .max(14, { message: bilingual('Type de contact LHÉO : code de 0 à 14 (dict-type-contact).', 'LHÉO contact type: a code from 0 to 14 (dict-type-contact).') })
    .optional(),
  details: LheoContactDetailsSchema,
}))();

/** An RNCP code with or without its `RNCP` prefix (code-RNCP: « digits alone or RNCP + digits », corrections §7). */
function rncpWithOrWithoutPrefix(v: unknown) {
  return validateRncpCode(typeof v === 'string' && /^\s*\d[\d\s]*$/.test(v) ? `RNCP${v.replace(/\s/g, '')}` : v);
}

const Uai = /* @__PURE__ */ (() => idCheck(validateUai, 'Code UAI invalide (7 chiffres et une lettre de contrôle, préfixe de département).', 'Invalid UAI code (7 digits and a check letter, département prefix).', 'invalid_uai'))();

/** A price written with two decimals in at most `max` characters (LHÉO: `prix-horaire-TTC` 6, `prix-total-TTC` 10). */
const lheoPrice = (max: number, fr: string, en: string) =>
  NonNegativeMoneyInputSchema.superRefine((v, ctx) => {
    let written: string;
    try {
      written = money(v).toString();
    } catch (e) {
      const issue = (e as { issues?: readonly { message: string; messageEn: string }[] }).issues?.[0];
      ctx.addIssue({ code: 'custom', message: issue ? bilingual(issue.message, issue.messageEn) : bilingual('Montant invalide.', 'Invalid amount.'), params: { code: 'invalid_amount' } });
      return;
    }
    if (written.length > max) {
      ctx.addIssue({ code: 'custom', message: bilingual(`${fr} : « ${written} » dépasse les ${max} caractères que permet LHÉO.`, `${en}: "${written}" exceeds the ${max} characters LHÉO allows.`), params: { code: 'too_big' } });
    }
  });

/** A certification reference (one of each at most): RNCP, RS, CertifInfo, CPF code. */
export const LheoCertificationSchema = /* @__PURE__ */ (() => z
  .object({
    /** `RNCP35185` or its digits alone, `35185` (the LHÉO definition allows both); normalised to `RNCP35185`. */
    rncp: idCheck(rncpWithOrWithoutPrefix, 'Code RNCP invalide (ex. RNCP35185 ou 35185).', 'Invalid RNCP code (e.g. RNCP35185 or 35185).', 'invalid_rncp').optional(),
    /** `RS` and its digits (`RS5678`), written with the prefix as the LHÉO definition requires (3 to 10 characters). */
    rs: idCheck(validateRsCode, 'Code RS invalide : le préfixe RS suivi de 1 à 8 chiffres (ex. RS5678).', 'Invalid RS code: the RS prefix followed by 1 to 8 digits (e.g. RS5678).', 'invalid_rs').optional(),
    certifInfo: z.string().regex(/^\d{1,10}$/).optional(),
    cpf: z.string().regex(/^CPF\d{1,7}$/).optional(),
  })
  .refine((c) => c.rncp !== undefined || c.rs !== undefined || c.certifInfo !== undefined || c.cpf !== undefined, {
    message: bilingual('Une certification doit avoir au moins un code.', 'A certification needs at least one code.'),
    params: { code: 'empty_certification' },
  }))();

/** A session: period (unknown start/end allowed) and registration address. */
export const LheoSessionSchema = /* @__PURE__ */ (() => z.object({
  id: lheoId.optional(),
  /** First day; `null` when unknown (written `00000000`). */
  start: CivilDateSchema.nullable(),
  /** Last day; `null` when unknown (written `99999999`). */
  end: CivilDateSchema.nullable(),
  registrationAddress: LheoAddressSchema,
  /** 1 open, 2 closed, 3 suspended. */
  recruitmentState: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
}))();

/** A place of training. */
export const LheoPlaceSchema = /* @__PURE__ */ (() => z.object({
  siret: idCheck(validateSiret, 'SIRET invalide.', 'Invalid SIRET.', 'invalid_siret').optional(),
  /** UAI of the place (`code-UAI-lieu-formation`), e.g. a CFA's site. */
  uai: Uai.optional(),
  details: LheoContactDetailsSchema,
}))();

/** An OF that delivers the action (LHÉO `organisme-formateur`). */
export const LheoTrainerOrganisationSchema = /* @__PURE__ */ (() => z.object({
  siret: idCheck(validateSiret, 'SIRET invalide.', 'Invalid SIRET.', 'invalid_siret'),
  legalName: lheoText(250),
  /** UAI of the trainer organisation (`code-UAI-formateur`). */
  uai: Uai.optional(),
}))();

/** A funder of the action (LHÉO `organisme-financeur`): dict-financeurs code 0 to 20 and the places it funds. */
export const LheoFunderSchema = /* @__PURE__ */ (() => z.object({
  code: z
    .number()
    .int()
    .min(0)
    .max(20, { message: bilingual('Code financeur LHÉO : 0 à 20 (dict-financeurs).', 'LHÉO funder code: 0 to 20 (dict-financeurs).') }),
  fundedPlaces: z.number().int().min(0).optional(),
}))();

/** An action: how a formation is delivered, with its sessions. */
export const LheoActionSchema = /* @__PURE__ */ (() => z.object({
  id: lheoId.optional(),
  rhythm: lheoText(3000),
  /** Formacodes of the target public (1 to 10). */
  targetPublic: z.array(Formacode).min(1).max(10),
  entryLevelMandatory: z.boolean(),
  alternance: lheoText(3000),
  /** 0 entirely on site, 1 blended, 2 entirely at a distance. */
  teachingMode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  /** Prerequisites (`conditions-specifiques`). */
  prerequisites: lheoText(3000),
  fundingPossible: z.boolean(),
  places: z.array(LheoPlaceSchema).optional(),
  /** 0 fixed dates, 1 permanent entries and exits. */
  entryMode: z.union([z.literal(0), z.literal(1)]),
  /** `url-action` (`urlweb`: 3 to 400 characters). */
  url: lheoText(400, 3).optional(),
  sessions: z.array(LheoSessionSchema).min(1),
  accessibility: lheoText(250).optional(),
  /** Languages of the training (`langue-formation`, 0 to 5): two-letter codes (ISO 639-1), e.g. `fr`. */
  languages: z
    .array(z.string().regex(/^[A-Za-z]{2}$/, { message: bilingual('Langue : code de 2 lettres (ISO 639-1, ex. fr).', 'Language: a 2-letter code (ISO 639-1, e.g. fr).') }).transform((l) => l.toLowerCase()))
    .max(5)
    .optional(),
  /** Free text on teaching methods (`modalites-pedagogiques`, at most 200 characters). */
  pedagogicalModalities: lheoText(200).optional(),
  /** Codes of pedagogical modalities (`code-modalite-pedagogique`, 0 to 5, 5 digits each: Formacodes of the LHÉO dictionary). */
  pedagogicalModalityCodes: z.array(Formacode).max(5).optional(),
  /** `prix-horaire-TTC`: at most 6 characters as written (`999.99`). */
  hourlyPriceTTC: lheoPrice(6, 'Prix horaire TTC', 'Hourly price incl. VAT').optional(),
  /** `prix-total-TTC`: at most 10 characters as written (`9999999.99`). */
  totalPriceTTC: lheoPrice(10, 'Prix total TTC', 'Total price incl. VAT').optional(),
  indicativeDuration: lheoText(150).optional(),
  hoursInCentre: z.number().int().min(0).optional(),
  hoursInCompany: z.number().int().min(0).optional(),
  hoursTotal: z.number().int().min(0).optional(),
  trainerOrganisations: z.array(LheoTrainerOrganisationSchema).optional(),
  /** Funders (`organisme-financeur`, 0 to 8). */
  funders: z.array(LheoFunderSchema).max(8).optional(),
}))();

/** A formation (the catalogue entry) with its actions. */
export const LheoFormationSchema = /* @__PURE__ */ (() => z.object({
  id: lheoId.optional(),
  domain: z.object({
    formacodes: z.array(Formacode).max(5).optional(),
    /** Version of the Formacode (attribute `ref`), default `V13`. */
    formacodeVersion: z.string().regex(/^V\d{1,2}$/).optional(),
    nsf: z.array(Nsf).max(3).optional(),
    rome: z.array(Rome).max(5).optional(),
  }),
  title: lheoText(255),
  objective: lheoText(3000),
  expectedResults: lheoText(3000),
  content: lheoText(3000),
  certifying: z.boolean(),
  contacts: z.array(LheoContactSchema).min(1),
  /** 1 group, 2 individualised, 3 modular, 4 mixed. */
  courseType: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** LHÉO dict-niveaux: 0..8 (old scale) or 11..18 (levels 1..8 of the 2019 nomenclature). */
  entryLevel: z.number().int().refine((n) => (n >= 0 && n <= 8) || (n >= 11 && n <= 18), { message: bilingual('Niveau LHÉO : 0 à 8 ou 11 à 18.', 'LHÉO level: 0 to 8 or 11 to 18.') }),
  /** dict-AIS: 2, 4, 5, 6, 7, 8 or 9. */
  generalObjective: z.union([z.literal(2), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal(9)]).optional(),
  certifications: z.array(LheoCertificationSchema).max(5).optional(),
  /** Non-certifying CPF / local-elected types (`code-type-formation`), at most 5. */
  typeCodes: z.array(z.object({ cpf: z.string().regex(/^CPF\d{1,7}$/).optional(), elu: z.string().regex(/^ELU\d{1,7}$/).optional() })).max(5).optional(),
  exitLevel: z.number().int().refine((n) => (n >= 0 && n <= 8) || (n >= 11 && n <= 18)).optional(),
  /** `url-formation` (`urlweb`: 3 to 400 characters). */
  url: lheoText(400, 3).optional(),
  actions: z.array(LheoActionSchema).min(1),
}))();

/** The organisation responsible for the offer (LHÉO `organisme-formation-responsable`). */
export const LheoOrganisationSchema = /* @__PURE__ */ (() => z.object({
  /** Numéro de déclaration d'activité: exactly 11 digits. */
  nda: idCheck(validateNda, 'Numéro de déclaration d’activité invalide (11 chiffres).', 'Invalid activity declaration number (11 digits).', 'invalid_nda'),
  siret: idCheck(validateSiret, 'SIRET invalide.', 'Invalid SIRET.', 'invalid_siret'),
  /** Usual name (`nom-organisme`). */
  name: lheoText(250),
  /** Legal name as in Sirene (`raison-sociale`). */
  legalName: lheoText(250),
  details: LheoContactDetailsSchema,
  contacts: z.array(LheoContactSchema).min(1),
  /** UAI of the organisation (`code-UAI-organisme-formation`), e.g. for a CFA. */
  uai: Uai.optional(),
}))();

/**
 * The whole offer: the responsible organisation and at least one formation.
 *
 * @example
 * ```ts
 * import { LheoOfferSchema } from '@ofkit/docs-gen';
 * LheoOfferSchema.safeParse({ organisation: {}, formations: [] }).success; // false
 * ```
 */
export const LheoOfferSchema = /* @__PURE__ */ (() => z.object({
  organisation: LheoOrganisationSchema,
  formations: z.array(LheoFormationSchema).min(1),
}))();

/**
 * Input of {@link toLheoXml}.
 *
 * @interface
 */
export type LheoOffer = z.input<typeof LheoOfferSchema>;

/**
 * The JSON Schema of {@link LheoOfferSchema}.
 *
 * @example
 * ```ts
 * import { lheoOfferJsonSchema } from '@ofkit/docs-gen';
 * lheoOfferJsonSchema().type; // 'object'
 * ```
 */
export function lheoOfferJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(LheoOfferSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
}
