/**
 * LHÉO 2.3 export of the training offer. Sources: ../shared/domain/documents.md §9, ../shared/schemas/lheo-2.3.xsd,
 * ../shared/domain/corrections-2026-12.md §7.
 *
 * @module
 */
export { toLheoXml, LHEO_NAMESPACE } from './xml.js';
export type { LheoOptions } from './xml.js';
export {
  LheoOfferSchema,
  LheoOrganisationSchema,
  LheoFormationSchema,
  LheoActionSchema,
  LheoSessionSchema,
  LheoAddressSchema,
  LheoContactDetailsSchema,
  LheoContactSchema,
  LheoCertificationSchema,
  LheoPlaceSchema,
  LheoTrainerOrganisationSchema,
  LheoFunderSchema,
  lheoOfferJsonSchema,
} from './schema.js';
export type { LheoOffer } from './schema.js';
