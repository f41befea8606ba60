/**
 * LHÉO 2.3 export of the training offer. Source: ../shared/domain/documents.md §9.
 *
 * @module
 */
export { toLheoXml, escapeXmlText, escapeXmlAttr, LHEO_NAMESPACE } from './xml.js';
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
  lheoOfferJsonSchema,
} from './schema.js';
export type { LheoOffer } from './schema.js';
