/**
 * Input of {@link toLheoXml}: the training offer of an OF (formation → action → session) with the
 * responsible organisation. Every length, enumeration and cardinality of an element we write is the
 * official schema's (../shared/schemas/lheo-2.3.xsd, generated from `lheo-gml.xml` 2.3; positions and
 * bounds summarised in ../shared/domain/corrections-2026-12.md §7), so an offer that passes this
 * schema gives a document valid against the XSD.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
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
const lheoId = /* @__PURE__ */ (() => z.string().min(1).refine((s) => !FORBIDDEN.test(s), { message: bilingual('Caractère de contrôle interdit en XML.', 'Control character not allowed in XML.'), params: { code: 'xml_forbidden_char' } }).describe('An identifier written as the `numero` attribute: any non-empty text XML allows.'))();

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

const Formacode = /* @__PURE__ */ (() => idCheck(validateFormacode, 'Formacode invalide (5 chiffres).', 'Invalid Formacode (5 digits).', 'invalid_formacode').describe('A Formacode: 5 digits.'))();
const Nsf = /* @__PURE__ */ (() => idCheck(validateNsfCode, 'Code NSF invalide (3 chiffres).', 'Invalid NSF code (3 digits).', 'invalid_nsf').refine((v) => /^\d{3}$/.test(v), {
  message: bilingual('LHÉO : code NSF de 3 chiffres exactement (sans lettre).', 'LHÉO: NSF code of exactly 3 digits (no letter).'),
  params: { code: 'invalid_nsf' },
}).describe('An NSF code of exactly 3 digits (no letter).'))();
const Rome = /* @__PURE__ */ (() => z.string().regex(/^[A-Z]\d{4}$/, { message: bilingual('Code ROME invalide (1 lettre + 4 chiffres, ex. M1805).', 'Invalid ROME code (1 letter + 4 digits, e.g. M1805).') }).describe('A ROME code: a capital letter and 4 digits, e.g. M1805.'))();

/** A postal address (LHÉO `adresse`). */
export const LheoAddressSchema = /* @__PURE__ */ (() => z.object({
  /** Address lines, LHÉO `<ligne>`: 1 to 4, at most 50 characters each. */
  lines: z.array(lheoText(50)).min(1).max(4).describe('Address lines, LHÉO `<ligne>`: 1 to 4, at most 50 characters each.'),
  /** Postal code, LHÉO `<codepostal>`: 5 digits. */
  postalCode: z.string().regex(/^\d{5}$/, { message: bilingual('Code postal : 5 chiffres.', 'Postal code: 5 digits.') }).describe('Postal code, LHÉO `<codepostal>`: 5 digits.'),
  /** Town, LHÉO `<ville>`: at most 50 characters. */
  city: lheoText(50).describe('Town, LHÉO `<ville>`: at most 50 characters.'),
  /** Département number, LHÉO `<departement>`: 2 digits, 2A, 2B or 97 and a digit. */
  departement: z.string().regex(/^(\d{2}|2A|2B|97\d)$/).optional().describe('Département number, LHÉO `<departement>`: 2 digits, 2A, 2B or 97 and a digit.'),
  /** INSEE code of the commune, LHÉO `<code-INSEE-commune>`: 5 digits, or 2A/2B and 3 digits. */
  inseeCommune: z.string().regex(/^(\d{5}|2[AB]\d{3})$/).optional().describe('INSEE code of the commune, LHÉO `<code-INSEE-commune>`: 5 digits, or 2A/2B and 3 digits.'),
  /** Region number, LHÉO `<region>`: 2 digits. */
  region: z.string().regex(/^\d{2}$/).optional().describe('Region number, LHÉO `<region>`: 2 digits.'),
  /** Country, LHÉO `<pays>`: ISO 3166-1 alpha-2 code in capitals, e.g. FR. */
  country: z.string().regex(/^[A-Z]{2}$/).optional().describe('Country, LHÉO `<pays>`: ISO 3166-1 alpha-2 code in capitals, e.g. FR.'),
}).describe('A postal address, LHÉO `<adresse>`.'))();

/** Contact details (LHÉO `coordonnees`). */
export const LheoContactDetailsSchema = /* @__PURE__ */ (() => z.object({
  /** Civility of a person, LHÉO `<civilite>`, at most 50 characters, e.g. « Mme ». */
  civility: lheoText(50).optional().describe('Civility of a person, LHÉO `<civilite>`, at most 50 characters, e.g. « Mme ».'),
  /** Last name of a person, or the name of any entity, LHÉO `<nom>`, at most 50 characters. */
  lastName: lheoText(50).optional().describe('Last name of a person, or the name of any entity, LHÉO `<nom>`, at most 50 characters.'),
  /** First name of a person, LHÉO `<prenom>`, at most 50 characters. */
  firstName: lheoText(50).optional().describe('First name of a person, LHÉO `<prenom>`, at most 50 characters.'),
  /** Free lines before the address (e.g. a service name), LHÉO `<ligne>`: at most 3, of at most 50 characters. */
  lines: z.array(lheoText(50)).max(3).optional().describe('Free lines before the address (e.g. a service name), LHÉO `<ligne>`: at most 3, of at most 50 characters.'),
  /** Postal address, LHÉO `<adresse>`. */
  address: LheoAddressSchema.optional().describe('Postal address, LHÉO `<adresse>`.'),
  /** Landline numbers, LHÉO `<telfixe>` (one `<numtel>` each): at most 3, of at most 25 characters. */
  phones: z.array(lheoText(25)).max(3).optional().describe('Landline numbers, LHÉO `<telfixe>` (one `<numtel>` each): at most 3, of at most 25 characters.'),
  /** Mobile numbers, LHÉO `<portable>` (one `<numtel>` each): at most 3, of at most 25 characters. */
  mobiles: z.array(lheoText(25)).max(3).optional().describe('Mobile numbers, LHÉO `<portable>` (one `<numtel>` each): at most 3, of at most 25 characters.'),
  /** Fax numbers, LHÉO `<fax>` (one `<numtel>` each): at most 3, of at most 25 characters. */
  faxes: z.array(lheoText(25)).max(3).optional().describe('Fax numbers, LHÉO `<fax>` (one `<numtel>` each): at most 3, of at most 25 characters.'),
  /** E-mail address, LHÉO `<courriel>`, at most 160 characters. */
  email: z.string().regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, { message: bilingual('Adresse électronique invalide.', 'Invalid e-mail address.') }).max(160).optional().describe('E-mail address, LHÉO `<courriel>`, at most 160 characters.'),
  /** Website addresses, LHÉO `<web>` (one `<urlweb>` each): at most 3, of 3 to 400 characters. */
  websites: z.array(lheoText(400, 3)).max(3).optional().describe('Website addresses, LHÉO `<web>` (one `<urlweb>` each): at most 3, of 3 to 400 characters.'),
}).describe('Contact details, LHÉO `<coordonnees>`.'))();

/** A contact: its LHÉO `type-contact` code (dict-type-contact, 0 to 14; optional) and details. */
export const LheoContactSchema = /* @__PURE__ */ (() => z.object({
  /** Type of contact, LHÉO `<type-contact>` (dict-type-contact, 0 to 14), e.g. 0 other, 1 disability referent, 3 teaching referent, 4 reception, 5 management. */
  typeContact: z
    .number()
    .int()
    .min(0)
    .max(14, { message: bilingual('Type de contact LHÉO : code de 0 à 14 (dict-type-contact).', 'LHÉO contact type: a code from 0 to 14 (dict-type-contact).') })
    .optional()
    .describe('Type of contact, LHÉO `<type-contact>` (dict-type-contact, 0 to 14), e.g. 0 other, 1 disability referent, 3 teaching referent, 4 reception, 5 management.'),
  /** Contact details of the person or service, LHÉO `<coordonnees>`. */
  details: LheoContactDetailsSchema.describe('Contact details of the person or service, LHÉO `<coordonnees>`.'),
}).describe('A contact: its LHÉO type and contact details.'))();

/** An RNCP code with or without its `RNCP` prefix (code-RNCP: « digits alone or RNCP + digits », corrections §7). */
function rncpWithOrWithoutPrefix(v: unknown) {
  return validateRncpCode(typeof v === 'string' && /^\s*\d[\d\s]*$/.test(v) ? `RNCP${v.replace(/\s/g, '')}` : v);
}

const Uai = /* @__PURE__ */ (() => idCheck(validateUai, 'Code UAI invalide (7 chiffres et une lettre de contrôle, préfixe de département).', 'Invalid UAI code (7 digits and a check letter, département prefix).', 'invalid_uai').describe('A UAI code: 7 digits and a check letter, the first 3 characters a département prefix.'))();

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
    /** `RNCP35185` or its digits alone, `35185` (the LHÉO definition allows both); normalised to `RNCP35185`, written in LHÉO `<code-RNCP>` as digits (default) or prefixed (option `rncpCode`). */
    rncp: idCheck(rncpWithOrWithoutPrefix, 'Code RNCP invalide (ex. RNCP35185 ou 35185).', 'Invalid RNCP code (e.g. RNCP35185 or 35185).', 'invalid_rncp')
      .optional()
      .describe('`RNCP35185` or its digits alone, `35185` (the LHÉO definition allows both); normalised to `RNCP35185`, written in LHÉO `<code-RNCP>` as digits (default) or prefixed (option `rncpCode`).'),
    /** `RS` and its digits (`RS5678`), LHÉO `<code-RS>`, written with the prefix as the LHÉO definition requires (3 to 10 characters). */
    rs: idCheck(validateRsCode, 'Code RS invalide : le préfixe RS suivi de 1 à 8 chiffres (ex. RS5678).', 'Invalid RS code: the RS prefix followed by 1 to 8 digits (e.g. RS5678).', 'invalid_rs')
      .optional()
      .describe('`RS` and its digits (`RS5678`), LHÉO `<code-RS>`, written with the prefix as the LHÉO definition requires (3 to 10 characters).'),
    /** Certif Info code of the certification, LHÉO `<code-CERTIFINFO>`: 1 to 10 digits. */
    certifInfo: z.string().regex(/^\d{1,10}$/).optional().describe('Certif Info code of the certification, LHÉO `<code-CERTIFINFO>`: 1 to 10 digits.'),
    /** CPF code of the certification given by the Caisse des dépôts, LHÉO `<code-CPF>`: CPF and 1 to 7 digits. */
    cpf: z.string().regex(/^CPF\d{1,7}$/).optional().describe('CPF code of the certification given by the Caisse des dépôts, LHÉO `<code-CPF>`: CPF and 1 to 7 digits.'),
  })
  .refine((c) => c.rncp !== undefined || c.rs !== undefined || c.certifInfo !== undefined || c.cpf !== undefined, {
    message: bilingual('Une certification doit avoir au moins un code.', 'A certification needs at least one code.'),
    params: { code: 'empty_certification' },
  })
  .describe('A certification prepared, LHÉO `<certification>`: at least one of its codes (RNCP, RS, Certif Info, CPF).'))();

/** A session: period (unknown start/end allowed) and registration address. */
export const LheoSessionSchema = /* @__PURE__ */ (() => z.object({
  /** Identifier of the session, written as the `numero` attribute of LHÉO `<session>`. */
  id: lheoId.optional().describe('Identifier of the session, written as the `numero` attribute of LHÉO `<session>`.'),
  /** First day (YYYY-MM-DD), the expected date of entry: LHÉO `<periode>` / `<debut>` as YYYYMMDD; `null` when unknown (written `00000000`). */
  start: CivilDateSchema.nullable().describe('First day (YYYY-MM-DD), the expected date of entry: LHÉO `<periode>` / `<debut>` as YYYYMMDD; `null` when unknown (written `00000000`).'),
  /** Last day (YYYY-MM-DD): LHÉO `<periode>` / `<fin>` as YYYYMMDD; `null` when unknown (written `99999999`). */
  end: CivilDateSchema.nullable().describe('Last day (YYYY-MM-DD): LHÉO `<periode>` / `<fin>` as YYYYMMDD; `null` when unknown (written `99999999`).'),
  /** Address where one registers for the session, LHÉO `<adresse-inscription>`. */
  registrationAddress: LheoAddressSchema.describe('Address where one registers for the session, LHÉO `<adresse-inscription>`.'),
  /** Recruitment state, LHÉO `<etat-recrutement>`: 1 open (places left), 2 closed (full), 3 suspended (registration reopens later). */
  recruitmentState: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional().describe('Recruitment state, LHÉO `<etat-recrutement>`: 1 open (places left), 2 closed (full), 3 suspended (registration reopens later).'),
}).describe('A session of the action, LHÉO `<session>`: its period and registration address.'))();

/** A place of training. */
export const LheoPlaceSchema = /* @__PURE__ */ (() => z.object({
  /** SIRET of the place, 14 digits, LHÉO `<SIRET-lieu-formation>`. */
  siret: idCheck(validateSiret, 'SIRET invalide.', 'Invalid SIRET.', 'invalid_siret').optional().describe('SIRET of the place, 14 digits, LHÉO `<SIRET-lieu-formation>`.'),
  /** UAI of the place (e.g. a CFA's site), LHÉO `<code-UAI-lieu-formation>`. */
  uai: Uai.optional().describe("UAI of the place (e.g. a CFA's site), LHÉO `<code-UAI-lieu-formation>`."),
  /** Name, address and contact details of the place, LHÉO `<coordonnees>`. */
  details: LheoContactDetailsSchema.describe('Name, address and contact details of the place, LHÉO `<coordonnees>`.'),
}).describe('A place of training, LHÉO `<lieu-de-formation>`.'))();

/** An OF that delivers the action (LHÉO `organisme-formateur`). */
export const LheoTrainerOrganisationSchema = /* @__PURE__ */ (() => z.object({
  /** SIRET of the trainer organisation, 14 digits, LHÉO `<SIRET-formateur>`. */
  siret: idCheck(validateSiret, 'SIRET invalide.', 'Invalid SIRET.', 'invalid_siret').describe('SIRET of the trainer organisation, 14 digits, LHÉO `<SIRET-formateur>`.'),
  /** Legal name as in Sirene, LHÉO `<raison-sociale-formateur>`, at most 250 characters. */
  legalName: lheoText(250).describe('Legal name as in Sirene, LHÉO `<raison-sociale-formateur>`, at most 250 characters.'),
  /** UAI of the trainer organisation, LHÉO `<code-UAI-formateur>`. */
  uai: Uai.optional().describe('UAI of the trainer organisation, LHÉO `<code-UAI-formateur>`.'),
}).describe('An OF that delivers all or part of the action, LHÉO `<organisme-formateur>`.'))();

/** A funder of the action (LHÉO `organisme-financeur`): dict-financeurs code 0 to 20 and the places it funds. */
export const LheoFunderSchema = /* @__PURE__ */ (() => z.object({
  /** Funder code, LHÉO `<code-financeur>` (dict-financeurs, 0 to 20), e.g. 2 regional council, 4 Pôle emploi, 5 company, 10 the beneficiary, 16 OPCO. */
  code: z
    .number()
    .int()
    .min(0)
    .max(20, { message: bilingual('Code financeur LHÉO : 0 à 20 (dict-financeurs).', 'LHÉO funder code: 0 to 20 (dict-financeurs).') })
    .describe('Funder code, LHÉO `<code-financeur>` (dict-financeurs, 0 to 20), e.g. 2 regional council, 4 Pôle emploi, 5 company, 10 the beneficiary, 16 OPCO.'),
  /** Number of places funded, LHÉO `<nb-places-financees>` (an integer, 0 or more). */
  fundedPlaces: z.number().int().min(0).optional().describe('Number of places funded, LHÉO `<nb-places-financees>` (an integer, 0 or more).'),
}).describe('A funder of the action, LHÉO `<organisme-financeur>`: its dict-financeurs code and the places it funds.'))();

/** An action: how a formation is delivered, with its sessions. */
export const LheoActionSchema = /* @__PURE__ */ (() => z.object({
  /** Identifier of the action, written as the `numero` attribute of LHÉO `<action>`. */
  id: lheoId.optional().describe('Identifier of the action, written as the `numero` attribute of LHÉO `<action>`.'),
  /** Rhythm of the training (full time, part time…), LHÉO `<rythme-formation>`, at most 3000 characters. */
  rhythm: lheoText(3000).describe('Rhythm of the training (full time, part time…), LHÉO `<rythme-formation>`, at most 3000 characters.'),
  /** Target public as Formacodes, LHÉO `<code-public-vise>` (its `ref` is the formation's `formacodeVersion`): 1 to 10 codes of 5 digits. */
  targetPublic: z.array(Formacode).min(1).max(10).describe("Target public as Formacodes, LHÉO `<code-public-vise>` (its `ref` is the formation's `formacodeVersion`): 1 to 10 codes of 5 digits."),
  /** Whether the formation's entry level (`entryLevel`) is required (true) or only indicative (false), LHÉO `<niveau-entree-obligatoire>`. */
  entryLevelMandatory: z.boolean().describe("Whether the formation's entry level (`entryLevel`) is required (true) or only indicative (false), LHÉO `<niveau-entree-obligatoire>`."),
  /** Alternance: dates and length of the periods in centre and in company, LHÉO `<modalites-alternance>`, at most 3000 characters. */
  alternance: lheoText(3000).describe('Alternance: dates and length of the periods in centre and in company, LHÉO `<modalites-alternance>`, at most 3000 characters.'),
  /** Teaching mode, LHÉO `<modalites-enseignement>`: 0 entirely on site, 1 blended, 2 entirely at a distance. */
  teachingMode: z.union([z.literal(0), z.literal(1), z.literal(2)]).describe('Teaching mode, LHÉO `<modalites-enseignement>`: 0 entirely on site, 1 blended, 2 entirely at a distance.'),
  /** Specific conditions of access and prerequisites, LHÉO `<conditions-specifiques>` (« aucune » when there are none), at most 3000 characters. */
  prerequisites: lheoText(3000).describe('Specific conditions of access and prerequisites, LHÉO `<conditions-specifiques>` (« aucune » when there are none), at most 3000 characters.'),
  /** Whether the training costs can be funded (prise en charge), LHÉO `<prise-en-charge-frais-possible>`. */
  fundingPossible: z.boolean().describe('Whether the training costs can be funded (prise en charge), LHÉO `<prise-en-charge-frais-possible>`.'),
  /** Places of training, LHÉO `<lieu-de-formation>`. */
  places: z.array(LheoPlaceSchema).optional().describe('Places of training, LHÉO `<lieu-de-formation>`.'),
  /** Entry mode, LHÉO `<modalites-entrees-sorties>`: 0 fixed dates, 1 permanent entries and exits. */
  entryMode: z.union([z.literal(0), z.literal(1)]).describe('Entry mode, LHÉO `<modalites-entrees-sorties>`: 0 fixed dates, 1 permanent entries and exits.'),
  /** Web page of the action, LHÉO `<url-action>` / `<urlweb>`: 3 to 400 characters. */
  url: lheoText(400, 3).optional().describe('Web page of the action, LHÉO `<url-action>` / `<urlweb>`: 3 to 400 characters.'),
  /** Sessions of the action, LHÉO `<session>`: at least one. */
  sessions: z.array(LheoSessionSchema).min(1).describe('Sessions of the action, LHÉO `<session>`: at least one.'),
  /** Access and arrangements for disabled people, LHÉO `<acces-handicapes>`, at most 250 characters. */
  accessibility: lheoText(250).optional().describe('Access and arrangements for disabled people, LHÉO `<acces-handicapes>`, at most 250 characters.'),
  /** Languages of the training, LHÉO `<langue-formation>`: at most 5 two-letter codes (ISO 639-1), e.g. `fr`, written in lower case. */
  languages: z
    .array(z.string().regex(/^[A-Za-z]{2}$/, { message: bilingual('Langue : code de 2 lettres (ISO 639-1, ex. fr).', 'Language: a 2-letter code (ISO 639-1, e.g. fr).') }).transform((l) => l.toLowerCase()))
    .max(5)
    .optional()
    .describe('Languages of the training, LHÉO `<langue-formation>`: at most 5 two-letter codes (ISO 639-1), e.g. `fr`, written in lower case.'),
  /** Free text on teaching methods (individualisation, self-training…), LHÉO `<modalites-pedagogiques>`, at most 200 characters. */
  pedagogicalModalities: lheoText(200).optional().describe('Free text on teaching methods (individualisation, self-training…), LHÉO `<modalites-pedagogiques>`, at most 200 characters.'),
  /** Codes of pedagogical modalities, LHÉO `<code-modalite-pedagogique>`: at most 5 Formacodes of the LHÉO dictionary (5 digits). */
  pedagogicalModalityCodes: z.array(Formacode).max(5).optional().describe('Codes of pedagogical modalities, LHÉO `<code-modalite-pedagogique>`: at most 5 Formacodes of the LHÉO dictionary (5 digits).'),
  /** Price of one hour of training in euros TTC, LHÉO `<prix-horaire-TTC>`: written with two decimals in at most 6 characters (`999.99`). */
  hourlyPriceTTC: lheoPrice(6, 'Prix horaire TTC', 'Hourly price incl. VAT').optional().describe('Price of one hour of training in euros TTC, LHÉO `<prix-horaire-TTC>`: written with two decimals in at most 6 characters (`999.99`).'),
  /** Total price per learner in euros TTC, all fees included, LHÉO `<prix-total-TTC>`: written with two decimals in at most 10 characters (`9999999.99`). */
  totalPriceTTC: lheoPrice(10, 'Prix total TTC', 'Total price incl. VAT').optional().describe('Total price per learner in euros TTC, all fees included, LHÉO `<prix-total-TTC>`: written with two decimals in at most 10 characters (`9999999.99`).'),
  /** Indicative time from start to end as text (e.g. « 3 mois »), LHÉO `<duree-indicative>`, at most 150 characters. */
  indicativeDuration: lheoText(150).optional().describe('Indicative time from start to end as text (e.g. « 3 mois »), LHÉO `<duree-indicative>`, at most 150 characters.'),
  /** Hours in the training centre, LHÉO `<nombre-heures-centre>` (an integer, 0 or more). */
  hoursInCentre: z.number().int().min(0).optional().describe('Hours in the training centre, LHÉO `<nombre-heures-centre>` (an integer, 0 or more).'),
  /** Hours in company, LHÉO `<nombre-heures-entreprise>` (an integer, 0 or more). */
  hoursInCompany: z.number().int().min(0).optional().describe('Hours in company, LHÉO `<nombre-heures-entreprise>` (an integer, 0 or more).'),
  /** Maximum total hours, distance and company periods included, LHÉO `<nombre-heures-total>` (an integer, 0 or more). */
  hoursTotal: z.number().int().min(0).optional().describe('Maximum total hours, distance and company periods included, LHÉO `<nombre-heures-total>` (an integer, 0 or more).'),
  /** Organisations that deliver all or part of the action, LHÉO `<organisme-formateur>`. */
  trainerOrganisations: z.array(LheoTrainerOrganisationSchema).optional().describe('Organisations that deliver all or part of the action, LHÉO `<organisme-formateur>`.'),
  /** Funders of the action, LHÉO `<organisme-financeur>`: at most 8. */
  funders: z.array(LheoFunderSchema).max(8).optional().describe('Funders of the action, LHÉO `<organisme-financeur>`: at most 8.'),
}).describe('An action: how a formation is delivered (LHÉO `<action>`), with its sessions.'))();

/** A formation (the catalogue entry) with its actions. */
export const LheoFormationSchema = /* @__PURE__ */ (() => z.object({
  /** Identifier of the formation, written as the `numero` attribute of LHÉO `<formation>`. */
  id: lheoId.optional().describe('Identifier of the formation, written as the `numero` attribute of LHÉO `<formation>`.'),
  /** Domain of the formation, LHÉO `<domaine-formation>`: Formacode, NSF and ROME codes. */
  domain: z
    .object({
      /** Formacodes, LHÉO `<code-FORMACODE>`: at most 5 codes of 5 digits, the first one being the main one. */
      formacodes: z.array(Formacode).max(5).optional().describe('Formacodes, LHÉO `<code-FORMACODE>`: at most 5 codes of 5 digits, the first one being the main one.'),
      /** Version of the Formacode, written as the `ref` attribute of every `<code-FORMACODE>` and `<code-public-vise>`: V and 1 or 2 digits, default `V13`. */
      formacodeVersion: z.string().regex(/^V\d{1,2}$/).optional().describe('Version of the Formacode, written as the `ref` attribute of every `<code-FORMACODE>` and `<code-public-vise>`: V and 1 or 2 digits, default `V13`.'),
      /** NSF codes, LHÉO `<code-NSF>`: at most 3 codes of exactly 3 digits (no letter). */
      nsf: z.array(Nsf).max(3).optional().describe('NSF codes, LHÉO `<code-NSF>`: at most 3 codes of exactly 3 digits (no letter).'),
      /** ROME job codes, LHÉO `<code-ROME>`: at most 5, a capital letter and 4 digits each (e.g. M1805). */
      rome: z.array(Rome).max(5).optional().describe('ROME job codes, LHÉO `<code-ROME>`: at most 5, a capital letter and 4 digits each (e.g. M1805).'),
    })
    .describe('Domain of the formation, LHÉO `<domaine-formation>`: Formacode, NSF and ROME codes.'),
  /** Title of the formation, LHÉO `<intitule-formation>`, at most 255 characters (for a diploma or a title, its official name). */
  title: lheoText(255).describe('Title of the formation, LHÉO `<intitule-formation>`, at most 255 characters (for a diploma or a title, its official name).'),
  /** Objective: the skills to acquire, improve or maintain, LHÉO `<objectif-formation>`, at most 3000 characters. */
  objective: lheoText(3000).describe('Objective: the skills to acquire, improve or maintain, LHÉO `<objectif-formation>`, at most 3000 characters.'),
  /** Expected results (diploma, title, certificate, attestation…) and how they are validated, LHÉO `<resultats-attendus>`, at most 3000 characters. */
  expectedResults: lheoText(3000).describe('Expected results (diploma, title, certificate, attestation…) and how they are validated, LHÉO `<resultats-attendus>`, at most 3000 characters.'),
  /** Content: the subjects covered, LHÉO `<contenu-formation>`, at most 3000 characters. */
  content: lheoText(3000).describe('Content: the subjects covered, LHÉO `<contenu-formation>`, at most 3000 characters.'),
  /** Whether the formation leads to a certification (diploma, title or CQP), LHÉO `<certifiante>`. */
  certifying: z.boolean().describe('Whether the formation leads to a certification (diploma, title or CQP), LHÉO `<certifiante>`.'),
  /** Contacts for information on the offer, LHÉO `<contact-formation>`: at least one. */
  contacts: z.array(LheoContactSchema).min(1).describe('Contacts for information on the offer, LHÉO `<contact-formation>`: at least one.'),
  /** Type of course, LHÉO `<parcours-de-formation>`: 1 group, 2 individualised, 3 modular, 4 mixed. */
  courseType: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).describe('Type of course, LHÉO `<parcours-de-formation>`: 1 group, 2 individualised, 3 modular, 4 mixed.'),
  /** Entry level, LHÉO `<code-niveau-entree>` (dict-niveaux): 0 to 8 (old scale, 0 not communicated) or 11 to 18 (levels 1 to 8 of the 2019 nomenclature); the lowest when several apply. */
  entryLevel: z
    .number()
    .int()
    .refine((n) => (n >= 0 && n <= 8) || (n >= 11 && n <= 18), { message: bilingual('Niveau LHÉO : 0 à 8 ou 11 à 18.', 'LHÉO level: 0 to 8 or 11 to 18.') })
    .describe('Entry level, LHÉO `<code-niveau-entree>` (dict-niveaux): 0 to 8 (old scale, 0 not communicated) or 11 to 18 (levels 1 to 8 of the 2019 nomenclature); the lowest when several apply.'),
  /** General objective, LHÉO `<objectif-general-formation>` (dict-AIS): 2 further training, 4 business creation, 5 refresher, 6 certification, 7 professionalisation, 8 preparation for a qualification, 9 (re)mobilisation. */
  generalObjective: z
    .union([z.literal(2), z.literal(4), z.literal(5), z.literal(6), z.literal(7), z.literal(8), z.literal(9)])
    .optional()
    .describe('General objective, LHÉO `<objectif-general-formation>` (dict-AIS): 2 further training, 4 business creation, 5 refresher, 6 certification, 7 professionalisation, 8 preparation for a qualification, 9 (re)mobilisation.'),
  /** Certifications prepared, LHÉO `<certification>`: at most 5. */
  certifications: z.array(LheoCertificationSchema).max(5).optional().describe('Certifications prepared, LHÉO `<certification>`: at most 5.'),
  /** Codes of a formation that is not strictly certifying, used instead of a certification, LHÉO `<code-type-formation>`: at most 5. */
  typeCodes: z
    .array(
      z
        .object({
          /** CPF code given by the Caisse des dépôts, LHÉO `<code-CPF>`: CPF and 1 to 7 digits. */
          cpf: z.string().regex(/^CPF\d{1,7}$/).optional().describe('CPF code given by the Caisse des dépôts, LHÉO `<code-CPF>`: CPF and 1 to 7 digits.'),
          /** Code of a training reserved for local elected officials, LHÉO `<code-ELU>`: ELU and 1 to 7 digits. */
          elu: z.string().regex(/^ELU\d{1,7}$/).optional().describe('Code of a training reserved for local elected officials, LHÉO `<code-ELU>`: ELU and 1 to 7 digits.'),
        })
        .describe('One LHÉO `<code-type-formation>`: a CPF code, an ELU code, or both.'),
    )
    .max(5)
    .optional()
    .describe('Codes of a formation that is not strictly certifying, used instead of a certification, LHÉO `<code-type-formation>`: at most 5.'),
  /** Exit level, LHÉO `<code-niveau-sortie>` (dict-niveaux): 0 to 8 or 11 to 18, as for `entryLevel`. */
  exitLevel: z
    .number()
    .int()
    .refine((n) => (n >= 0 && n <= 8) || (n >= 11 && n <= 18))
    .optional()
    .describe('Exit level, LHÉO `<code-niveau-sortie>` (dict-niveaux): 0 to 8 or 11 to 18, as for `entryLevel`.'),
  /** Web page of the formation, LHÉO `<url-formation>` / `<urlweb>`: 3 to 400 characters. */
  url: lheoText(400, 3).optional().describe('Web page of the formation, LHÉO `<url-formation>` / `<urlweb>`: 3 to 400 characters.'),
  /** Actions of the formation, LHÉO `<action>`: at least one. */
  actions: z.array(LheoActionSchema).min(1).describe('Actions of the formation, LHÉO `<action>`: at least one.'),
}).describe('A formation (the catalogue entry, LHÉO `<formation>`) with its actions.'))();

/** The organisation responsible for the offer (LHÉO `organisme-formation-responsable`). */
export const LheoOrganisationSchema = /* @__PURE__ */ (() => z.object({
  /** Numéro de déclaration d'activité, LHÉO `<numero-activite>`: exactly 11 digits (spaces removed). */
  nda: idCheck(validateNda, 'Numéro de déclaration d’activité invalide (11 chiffres).', 'Invalid activity declaration number (11 digits).', 'invalid_nda').describe("Numéro de déclaration d'activité, LHÉO `<numero-activite>`: exactly 11 digits (spaces removed)."),
  /** SIRET of the organisation, 14 digits, LHÉO `<SIRET-organisme-formation>`. */
  siret: idCheck(validateSiret, 'SIRET invalide.', 'Invalid SIRET.', 'invalid_siret').describe('SIRET of the organisation, 14 digits, LHÉO `<SIRET-organisme-formation>`.'),
  /** Usual name, LHÉO `<nom-organisme>`, at most 250 characters. */
  name: lheoText(250).describe('Usual name, LHÉO `<nom-organisme>`, at most 250 characters.'),
  /** Legal name as in Sirene, LHÉO `<raison-sociale>`, at most 250 characters. */
  legalName: lheoText(250).describe('Legal name as in Sirene, LHÉO `<raison-sociale>`, at most 250 characters.'),
  /** Full contact details of the organisation, LHÉO `<coordonnees-organisme>`. */
  details: LheoContactDetailsSchema.describe('Full contact details of the organisation, LHÉO `<coordonnees-organisme>`.'),
  /** People to contact at the organisation, LHÉO `<contact-organisme>`: at least one. */
  contacts: z.array(LheoContactSchema).min(1).describe('People to contact at the organisation, LHÉO `<contact-organisme>`: at least one.'),
  /** UAI of the organisation (e.g. a CFA), LHÉO `<code-UAI-organisme-formation>`. */
  uai: Uai.optional().describe('UAI of the organisation (e.g. a CFA), LHÉO `<code-UAI-organisme-formation>`.'),
}).describe('The organisation responsible for the offer, LHÉO `<organisme-formation-responsable>`.'))();

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
  /** The organisation responsible for the offer, LHÉO `<organisme-formation-responsable>`, written in every formation. */
  organisation: LheoOrganisationSchema.describe('The organisation responsible for the offer, LHÉO `<organisme-formation-responsable>`, written in every formation.'),
  /** Formations of the offer, LHÉO `<formation>`: at least one. */
  formations: z.array(LheoFormationSchema).min(1).describe('Formations of the offer, LHÉO `<formation>`: at least one.'),
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
