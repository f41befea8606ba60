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
import { lazy } from '../errors/lazy.js';

// Each schema is built by a `lazy` builder, on first use (issue 13, cold start): `./primitives.ts` builds
// them all at import, as the public constants of `@ofkit/core`, while a package that needs one or two
// and reaches them through `@ofkit/core/internal` (rnq's `evidenceFromCore`) builds only those, and the
// same instance either way. Builders marked pure: a bundler drops those nobody calls.
/** Builds `SiretSchema` on first use (see ./primitives.ts). */
export const SiretSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema(validateSiret, 'SIRET: 14 digits (SIREN + NIC)'));
/** Builds `NdaSchema` on first use (see ./primitives.ts). */
export const NdaSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema(validateNda, "Numéro de déclaration d'activité: 11 digits"));
/** Builds `UaiSchema` on first use (see ./primitives.ts). */
export const UaiSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema(validateUai, 'UAI: 7 digits and a check letter'));
/** Builds `RncpCodeSchema` on first use (see ./primitives.ts). */
export const RncpCodeSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema(validateRncpCode, 'RNCP code, e.g. RNCP37274'));
/** Builds `RncpBlockCodeSchema` on first use (see ./primitives.ts). */
export const RncpBlockCodeSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema((v) => validateRncpCode(v, { block: true }), 'RNCP block code, e.g. RNCP37274BC01'));
/** Builds `RsCodeSchema` on first use (see ./primitives.ts). */
export const RsCodeSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema(validateRsCode, 'Répertoire spécifique code, e.g. RS5678'));
/** Builds `NsfCodeSchema` on first use (see ./primitives.ts). */
export const NsfCodeSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema(validateNsfCode, 'NSF code: 3-digit group, optional letter'));
/** Builds `FormacodeSchema` on first use (see ./primitives.ts). */
export const FormacodeSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema(validateFormacode, 'Formacode: 5 digits'));
/** Builds `FrVatNumberSchema` on first use (see ./primitives.ts). */
export const FrVatNumberSchemaLazy = /* @__PURE__ */ lazy(() => identifierSchema(validateFrVatNumber, 'French VAT number FR + key + SIREN'));
/** Builds `TimeOfDaySchema` on first use (see ./primitives.ts). */
export const TimeOfDaySchemaLazy = /* @__PURE__ */ lazy(() => z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: bilingual('Heure attendue au format HH:MM.', 'Expected a time as HH:MM.') })
  .meta({ description: 'Wall-clock time HH:MM (Europe/Paris)' }));

/**
 * The same existence check as `parseInstant` (a 31 February is not a day; `Date.parse` rolls it
 * over), without the time-zone code: the date exists, hours ≤ 23, minutes and seconds ≤ 59.
 */
function instantExists(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(s);
  return m !== null && isCivilDate(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4] ?? 0) <= 59;
}
/** Builds `InstantSchema` on first use (see ./primitives.ts). */
export const InstantSchemaLazy = /* @__PURE__ */ lazy(() => z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: bilingual('Horodatage ISO 8601 avec décalage attendu (ex. 2026-03-29T09:00:00+02:00).', 'Expected an ISO 8601 timestamp with offset (e.g. 2026-03-29T09:00:00+02:00).'),
  })
  .refine(instantExists, { message: bilingual('Horodatage inexistant.', 'Timestamp does not exist.') })
  .meta({ description: 'Instant, ISO 8601 with offset' }));
/** Builds `NonEmptyStringSchema` on first use (see ./primitives.ts). */
export const NonEmptyStringSchemaLazy = /* @__PURE__ */ lazy(() => z
  .string()
  .trim()
  .min(1, { message: bilingual('Champ obligatoire (texte non vide).', 'Required field (non-empty text).') }));
/** Builds `RecordIdSchema` on first use (see ./primitives.ts). */
export const RecordIdSchemaLazy = /* @__PURE__ */ lazy(() => NonEmptyStringSchemaLazy().max(200).meta({ description: "Identifier of the record in the caller's system" }));
/** Builds `HoursSchema` on first use (see ./primitives.ts). */
export const HoursSchemaLazy = /* @__PURE__ */ lazy(() => z
  .number()
  .min(0, { message: bilingual("Le nombre d'heures ne peut pas être négatif.", 'Hours cannot be negative.') })
  .max(100_000)
  .refine((n) => Number.isFinite(n) && Math.round(n * 100) / 100 === n, {
    message: bilingual("Nombre d'heures avec au plus deux décimales attendu.", 'Expected hours with at most two decimals.'),
  })
  .meta({ description: 'Hours (at most two decimals)' }));
