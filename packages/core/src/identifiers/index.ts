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
  luhnValid,
  LA_POSTE_SIREN,
} from './identifiers.js';
export type { IdentifierResult } from './identifiers.js';
