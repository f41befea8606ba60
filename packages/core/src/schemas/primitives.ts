import {
  SiretSchemaLazy,
  NdaSchemaLazy,
  UaiSchemaLazy,
  RncpCodeSchemaLazy,
  RncpBlockCodeSchemaLazy,
  RsCodeSchemaLazy,
  NsfCodeSchemaLazy,
  FormacodeSchemaLazy,
  FrVatNumberSchemaLazy,
  TimeOfDaySchemaLazy,
  InstantSchemaLazy,
  NonEmptyStringSchemaLazy,
  RecordIdSchemaLazy,
  HoursSchemaLazy,
} from './primitives-defs.js';

// The schemas are built by the builders of `./primitives-defs.ts` (one instance each, shared with
// `@ofkit/core/internal`); each constant below is marked pure, so a bundler drops those a user does
// not import.

/** SIRET (14 digits, Luhn or La Poste rule), normalised. */
export const SiretSchema = /* @__PURE__ */ SiretSchemaLazy();
/** Numéro de déclaration d'activité (11 digits), normalised. */
export const NdaSchema = /* @__PURE__ */ NdaSchemaLazy();
/** UAI (7 digits + check letter), normalised. */
export const UaiSchema = /* @__PURE__ */ UaiSchemaLazy();
/** RNCP code (`RNCP37274`), normalised. */
export const RncpCodeSchema = /* @__PURE__ */ RncpCodeSchemaLazy();
/** RNCP block code (`RNCP37274BC01`), normalised. */
export const RncpBlockCodeSchema = /* @__PURE__ */ RncpBlockCodeSchemaLazy();
/** RS code (`RS5678`), normalised. */
export const RsCodeSchema = /* @__PURE__ */ RsCodeSchemaLazy();
/** NSF code (`326`, `326t`), normalised. */
export const NsfCodeSchema = /* @__PURE__ */ NsfCodeSchemaLazy();
/** Formacode (5 digits). */
export const FormacodeSchema = /* @__PURE__ */ FormacodeSchemaLazy();
/** French VAT number checked against its SIREN. */
export const FrVatNumberSchema = /* @__PURE__ */ FrVatNumberSchemaLazy();

/** Wall-clock time `HH:MM` (24 h). */
export const TimeOfDaySchema = /* @__PURE__ */ TimeOfDaySchemaLazy();

/** Instant: ISO 8601 timestamp with its offset. */
export const InstantSchema = /* @__PURE__ */ InstantSchemaLazy();

/** A non-empty trimmed string. */
export const NonEmptyStringSchema = /* @__PURE__ */ NonEmptyStringSchemaLazy();

/** Identifier of a record in the caller's system. */
export const RecordIdSchema = /* @__PURE__ */ RecordIdSchemaLazy();

/** A number of hours, ≥ 0, at most two decimals (e.g. 3.5, 7.25). */
export const HoursSchema = /* @__PURE__ */ HoursSchemaLazy();
