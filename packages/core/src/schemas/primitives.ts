import * as z from 'zod';
import { isCivilDate } from '../calendar/civil-date.js';
import { bilingual } from '../errors/validate.js';
import { identifierSchema } from './identifier-schema.js';
import {
  validateFormacode,
  validateNda,
  validateNsfCode,
  validateRncpCode,
  validateRsCode,
  validateSiret,
  validateUai,
  validateFrVatNumber,
} from '../identifiers/identifiers.js';

// Module-level values are built inside `/* @__PURE__ */ (() => …)()`: evaluated at import as before, but a
// bundler may drop the ones a user does not import (a bare call or `new` would keep them, and zod with them).

/** SIRET (14 digits, Luhn or La Poste rule), normalised. */
export const SiretSchema = /* @__PURE__ */ (() => identifierSchema(validateSiret, 'SIRET: 14 digits (SIREN + NIC)'))();
/** Numéro de déclaration d'activité (11 digits), normalised. */
export const NdaSchema = /* @__PURE__ */ (() => identifierSchema(validateNda, "Numéro de déclaration d'activité: 11 digits"))();
/** UAI (7 digits + check letter), normalised. */
export const UaiSchema = /* @__PURE__ */ (() => identifierSchema(validateUai, 'UAI: 7 digits and a check letter'))();
/** RNCP code (`RNCP37274`), normalised. */
export const RncpCodeSchema = /* @__PURE__ */ (() => identifierSchema(validateRncpCode, 'RNCP code, e.g. RNCP37274'))();
/** RNCP block code (`RNCP37274BC01`), normalised. */
export const RncpBlockCodeSchema = /* @__PURE__ */ (() => identifierSchema((v) => validateRncpCode(v, { block: true }), 'RNCP block code, e.g. RNCP37274BC01'))();
/** RS code (`RS5678`), normalised. */
export const RsCodeSchema = /* @__PURE__ */ (() => identifierSchema(validateRsCode, 'Répertoire spécifique code, e.g. RS5678'))();
/** NSF code (`326`, `326t`), normalised. */
export const NsfCodeSchema = /* @__PURE__ */ (() => identifierSchema(validateNsfCode, 'NSF code: 3-digit group, optional letter'))();
/** Formacode (5 digits). */
export const FormacodeSchema = /* @__PURE__ */ (() => identifierSchema(validateFormacode, 'Formacode: 5 digits'))();
/** French VAT number checked against its SIREN. */
export const FrVatNumberSchema = /* @__PURE__ */ (() => identifierSchema(validateFrVatNumber, 'French VAT number FR + key + SIREN'))();

/** Wall-clock time `HH:MM` (24 h). */
export const TimeOfDaySchema = /* @__PURE__ */ (() => z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: bilingual('Heure attendue au format HH:MM.', 'Expected a time as HH:MM.') })
  .meta({ description: 'Wall-clock time HH:MM (Europe/Paris)' }))();

/**
 * The same existence check as `parseInstant` (a 31 February is not a day; `Date.parse` rolls it
 * over), without the time-zone code: the date exists, hours ≤ 23, minutes and seconds ≤ 59.
 */
function instantExists(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(s);
  return m !== null && isCivilDate(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4] ?? 0) <= 59;
}

/** Instant: ISO 8601 timestamp with its offset. */
export const InstantSchema = /* @__PURE__ */ (() => z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: bilingual('Horodatage ISO 8601 avec décalage attendu (ex. 2026-03-29T09:00:00+02:00).', 'Expected an ISO 8601 timestamp with offset (e.g. 2026-03-29T09:00:00+02:00).'),
  })
  .refine(instantExists, { message: bilingual('Horodatage inexistant.', 'Timestamp does not exist.') })
  .meta({ description: 'Instant, ISO 8601 with offset' }))();

/** A non-empty trimmed string. */
export const NonEmptyStringSchema = /* @__PURE__ */ (() => z
  .string()
  .trim()
  .min(1, { message: bilingual('Champ obligatoire (texte non vide).', 'Required field (non-empty text).') }))();

/** Identifier of a record in the caller's system. */
export const RecordIdSchema = /* @__PURE__ */ (() => NonEmptyStringSchema.max(200).meta({ description: "Identifier of the record in the caller's system" }))();

/** A number of hours, ≥ 0, at most two decimals (e.g. 3.5, 7.25). */
export const HoursSchema = /* @__PURE__ */ (() => z
  .number()
  .min(0, { message: bilingual("Le nombre d'heures ne peut pas être négatif.", 'Hours cannot be negative.') })
  .max(100_000)
  .refine((n) => Number.isFinite(n) && Math.round(n * 100) / 100 === n, {
    message: bilingual("Nombre d'heures avec au plus deux décimales attendu.", 'Expected hours with at most two decimals.'),
  })
  .meta({ description: 'Hours (at most two decimals)' }))();
