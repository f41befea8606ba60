export {
  validateSiren,
  validateSiret,
  validateNda,
  validateUai,
  validateRncpCode,
  validateRsCode,
  validateNsfCode,
  validateFormacode,
  frVatNumberFromSiren,
  validateFrVatNumber,
  LA_POSTE_SIREN,
  LA_POSTE_HEAD_OFFICE_SIRET,
} from './identifiers.js';
export type { IdentifierResult } from './identifiers.js';
