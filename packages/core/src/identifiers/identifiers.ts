import { issue, type OfkitIssue } from '../errors/ofkit-error.js';

/**
 * The result of an identifier check: never thrown, always returned.
 * `value` is the normalised identifier (spaces removed, letters upper-cased where relevant).
 */
export type IdentifierResult =
  | { readonly ok: true; readonly value: string; readonly warnings?: readonly OfkitIssue[] }
  | { readonly ok: false; readonly issues: readonly OfkitIssue[] };

const fail = (code: string, fr: string, en: string): IdentifierResult => ({ ok: false, issues: [issue([], code, fr, en)] });

/** Removes every kind of space (ordinary, no-break, narrow no-break, tabs) and the dots/dashes people type. */
function normalise(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  return input.replace(/[\s\u00A0\u202F.\-]/g, '');
}

function notString(label: string, labelEn: string, input: unknown): IdentifierResult {
  return fail('invalid_type', `${label} : chaîne de caractères attendue, reçu ${typeof input}.`, `${labelEn}: expected a string, got ${typeof input}.`);
}

/**
 * Runs a check and turns anything it throws into a result: identifier validators never throw, even
 * for hostile input (a proxy, an options object whose getter throws).
 */
function safely(label: string, labelEn: string, check: () => IdentifierResult): IdentifierResult {
  try {
    return check();
  } catch {
    return fail('invalid_input', `${label} : valeur illisible.`, `${labelEn}: unreadable value.`);
  }
}

/**
 * Luhn check (mod 10) over a string of digits.
 *
 * @example
 * ```ts
 * import { luhnValid } from '@ofkit/core/internal';
 * luhnValid('552120222'); // true
 * luhnValid('552120223'); // false
 * luhnValid('55212O222'); // false (not only digits: never throws, never true)
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function luhnValid(digits: string): boolean {
  if (typeof digits !== 'string' || !/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Checks a SIREN (9 digits, Luhn key). Source: ../shared/domain/documents.md §8.
 *
 * @example
 * ```ts
 * import { validateSiren } from '@ofkit/core';
 * validateSiren('732 829 320'); // { ok: true, value: '732829320' }
 * validateSiren('732829321').ok; // false (Luhn key)
 * ```
 */
export function validateSiren(input: unknown): IdentifierResult {
  return safely('SIREN', 'SIREN', () => {
    const v = normalise(input);
    if (v === undefined) return notString('SIREN', 'SIREN', input);
    if (!/^\d{9}$/.test(v)) return fail('invalid_format', `SIREN : 9 chiffres attendus, reçu « ${String(input)} ».`, `SIREN: expected 9 digits, got "${String(input)}".`);
    if (!luhnValid(v)) return fail('invalid_checksum', `SIREN ${v} : clé de contrôle (Luhn) invalide.`, `SIREN ${v}: invalid check digit (Luhn).`);
    return { ok: true, value: v };
  });
}

/** SIREN of La Poste, whose establishments' SIRETs follow a different check. */
export const LA_POSTE_SIREN = '356000000';

/** The SIRET of La Poste's head office, the only La Poste SIRET known to follow Luhn instead of the digit-sum rule. */
export const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

/**
 * Checks a SIRET (14 digits: SIREN + NIC). Luhn over the 14 digits, and the SIREN's own key. La Poste
 * (SIREN 356000000) numbers its establishments differently: their SIRET is valid when the sum of its
 * 14 digits is a multiple of 5, and Luhn is not enough; only the head office, `35600000000048`, follows
 * Luhn. Sources: ../shared/domain/corrections-2026-12.md §6, ../shared/domain/documents.md §8.
 *
 * @example
 * ```ts
 * import { validateSiret } from '@ofkit/core';
 * validateSiret('732 829 320 00074'); // { ok: true, value: '73282932000074' }
 * validateSiret('35600000049837').ok; // true (La Poste: Luhn fails, but the digit sum 45 is a multiple of 5)
 * validateSiret('35600000000048').ok; // true (La Poste head office: Luhn)
 * validateSiret('35600000000014').ok; // false (passes Luhn, but the digit sum 17 is not a multiple of 5)
 * ```
 */
export function validateSiret(input: unknown): IdentifierResult {
  return safely('SIRET', 'SIRET', () => {
    const v = normalise(input);
    if (v === undefined) return notString('SIRET', 'SIRET', input);
    if (!/^\d{14}$/.test(v)) return fail('invalid_format', `SIRET : 14 chiffres attendus, reçu « ${String(input)} ».`, `SIRET: expected 14 digits, got "${String(input)}".`);
    if (v.startsWith(LA_POSTE_SIREN) && v !== LA_POSTE_HEAD_OFFICE_SIRET) {
      let sum = 0;
      for (const c of v) sum += c.charCodeAt(0) - 48;
      if (sum % 5 === 0) return { ok: true, value: v };
      return fail(
        'invalid_checksum',
        `SIRET ${v} (La Poste) : la somme des chiffres (${sum}) doit être un multiple de 5.`,
        `SIRET ${v} (La Poste): the digit sum (${sum}) must be a multiple of 5.`,
      );
    }
    if (!luhnValid(v.slice(0, 9))) return fail('invalid_siren', `SIRET ${v} : le SIREN ${v.slice(0, 9)} a une clé invalide.`, `SIRET ${v}: SIREN ${v.slice(0, 9)} has an invalid check digit.`);
    if (!luhnValid(v)) return fail('invalid_checksum', `SIRET ${v} : clé de contrôle (Luhn) invalide.`, `SIRET ${v}: invalid check digit (Luhn).`);
    return { ok: true, value: v };
  });
}

/**
 * Checks a numéro de déclaration d'activité (NDA): 11 digits. No official structure or check digit
 * is published; when digits 3–4 (département) differ from digits 10–11, as they match in every
 * example seen, the result carries a warning rather than an error. Source: ../shared/domain/documents.md §8.
 *
 * @example
 * ```ts
 * import { validateNda } from '@ofkit/core';
 * validateNda('11 75 54334 75'); // { ok: true, value: '11755433475' }
 * validateNda('1175543347').ok; // false (10 digits)
 * ```
 */
export function validateNda(input: unknown): IdentifierResult {
  const v = normalise(input);
  if (v === undefined) return notString('NDA', 'NDA', input);
  if (!/^\d{11}$/.test(v)) {
    return fail('invalid_format', `Numéro de déclaration d'activité : 11 chiffres attendus, reçu « ${String(input)} ».`, `Training declaration number (NDA): expected 11 digits, got "${String(input)}".`);
  }
  if (v.slice(2, 4) !== v.slice(9, 11)) {
    return {
      ok: true,
      value: v,
      warnings: [
        issue([], 'nda_department_mismatch', `NDA ${v} : le département (chiffres 3-4 : ${v.slice(2, 4)}) diffère des deux derniers chiffres (${v.slice(9, 11)}) ; vérifiez la saisie.`, `NDA ${v}: the département (digits 3-4: ${v.slice(2, 4)}) differs from the last two digits (${v.slice(9, 11)}); check the input.`),
      ],
    };
  }
  return { ok: true, value: v };
}

const UAI_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
/** The département prefixes a UAI can start with (../shared/domain/corrections-2026-12.md §6). */
const UAI_DEPARTMENT = /^(?:0[0-8]\d|09[0-5]|9[78]\d|620|720)/;

/**
 * Checks a UAI (code of a school or CFA): 7 digits and a check letter, the letter being
 * `ABCDEFGHJKLMNPRSTUVWXYZ[first7 mod 23]`; the first three characters are a département prefix:
 * `000`–`089`, `090`–`095`, `970`–`989` (overseas) or `620`/`720` (Corsica). Both problems are
 * reported when both are present. Sources: ../shared/domain/documents.md §8,
 * ../shared/domain/corrections-2026-12.md §6.
 *
 * @example
 * ```ts
 * import { validateUai } from '@ofkit/core';
 * validateUai('0010856a'); // { ok: true, value: '0010856A' }
 * validateUai('0010856B').ok; // false
 * validateUai('6200001G').ok; // true (Corse-du-Sud)
 * validateUai('9990001X'); // { ok: false, issues: [{ code: 'invalid_department', … }] }
 * ```
 */
export function validateUai(input: unknown): IdentifierResult {
  return safely('UAI', 'UAI', () => {
    const n = normalise(input);
    if (n === undefined) return notString('UAI', 'UAI', input);
    const v = n.toUpperCase();
    if (!/^\d{7}[A-Z]$/.test(v)) return fail('invalid_format', `UAI : 7 chiffres et une lettre attendus, reçu « ${String(input)} ».`, `UAI: expected 7 digits and a letter, got "${String(input)}".`);
    const issues: OfkitIssue[] = [];
    if (!UAI_DEPARTMENT.test(v)) {
      issues.push(
        issue(
          [],
          'invalid_department',
          `UAI ${v} : « ${v.slice(0, 3)} » n'est pas un préfixe de département (001 à 095, 620 ou 720 pour la Corse, 970 à 989 outre-mer).`,
          `UAI ${v}: "${v.slice(0, 3)}" is not a département prefix (001 to 095, 620 or 720 for Corsica, 970 to 989 overseas).`,
        ),
      );
    }
    const expected = UAI_LETTERS[Number(v.slice(0, 7)) % 23];
    if (v[7] !== expected) issues.push(issue([], 'invalid_checksum', `UAI ${v} : lettre de contrôle invalide (attendu ${expected}).`, `UAI ${v}: invalid check letter (expected ${expected}).`));
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: v };
  });
}

/**
 * Checks an RNCP code: `RNCP` and 2 to 6 digits (`RNCP37274`); with `{ block: true }` a block of
 * competences, `RNCP37274BC01`. No check digit exists. Source: ../shared/domain/documents.md §8.
 *
 * @example
 * ```ts
 * import { validateRncpCode } from '@ofkit/core';
 * validateRncpCode('rncp 37274'); // { ok: true, value: 'RNCP37274' }
 * validateRncpCode('RNCP37274BC01', { block: true }).ok; // true
 * ```
 */
export function validateRncpCode(input: unknown, options: { readonly block?: boolean } = {}): IdentifierResult {
  return safely('Code RNCP', 'RNCP code', () => rncpCode(input, typeof options === 'object' && options !== null && options.block === true));
}

function rncpCode(input: unknown, block: boolean): IdentifierResult {
  const options = { block };
  const n = normalise(input);
  if (n === undefined) return notString('Code RNCP', 'RNCP code', input);
  const v = n.toUpperCase();
  const re = options.block ? /^RNCP\d{2,6}BC\d{2}$/ : /^RNCP\d{2,6}$/;
  if (!re.test(v)) {
    const shape = options.block ? 'RNCP + 2 à 6 chiffres + BC + 2 chiffres (ex. RNCP37274BC01)' : 'RNCP + 2 à 6 chiffres (ex. RNCP37274)';
    const shapeEn = options.block ? 'RNCP + 2 to 6 digits + BC + 2 digits (e.g. RNCP37274BC01)' : 'RNCP + 2 to 6 digits (e.g. RNCP37274)';
    return fail('invalid_format', `Code RNCP : ${shape} attendu, reçu « ${String(input)} ».`, `RNCP code: expected ${shapeEn}, got "${String(input)}".`);
  }
  return { ok: true, value: v };
}

/**
 * Checks a code of the répertoire spécifique: `RS` and 1 to 8 digits (`RS5678`; LHÉO allows 3–10
 * characters). Source: ../shared/domain/documents.md §8.
 *
 * @example
 * ```ts
 * import { validateRsCode } from '@ofkit/core';
 * validateRsCode('RS5678'); // { ok: true, value: 'RS5678' }
 * ```
 */
export function validateRsCode(input: unknown): IdentifierResult {
  const n = normalise(input);
  if (n === undefined) return notString('Code RS', 'RS code', input);
  const v = n.toUpperCase();
  if (!/^RS\d{1,8}$/.test(v)) return fail('invalid_format', `Code RS : RS + 1 à 8 chiffres attendu (ex. RS5678), reçu « ${String(input)} ».`, `RS code: expected RS + 1 to 8 digits (e.g. RS5678), got "${String(input)}".`);
  return { ok: true, value: v };
}

/**
 * Checks an NSF code (nomenclature des spécialités de formation, décret n° 94-522): a 3-digit group
 * in domains 1 to 4 (`326`), optionally followed by a speciality letter (`326t`). The list of groups
 * and letters is not checked (no official table is shipped). Source: ../shared/domain/documents.md §8.
 *
 * @example
 * ```ts
 * import { validateNsfCode } from '@ofkit/core';
 * validateNsfCode('326'); // { ok: true, value: '326' }
 * validateNsfCode('326T'); // { ok: true, value: '326t' }
 * validateNsfCode('512').ok; // false (no domain 5)
 * ```
 */
export function validateNsfCode(input: unknown): IdentifierResult {
  const n = normalise(input);
  if (n === undefined) return notString('Code NSF', 'NSF code', input);
  const v = n.toLowerCase();
  if (!/^[1-4]\d{2}[a-z]?$/.test(v)) return fail('invalid_format', `Code NSF : 3 chiffres (domaine 1 à 4) et éventuellement une lettre attendus, reçu « ${String(input)} ».`, `NSF code: expected 3 digits (domain 1 to 4) and optionally a letter, got "${String(input)}".`);
  return { ok: true, value: v };
}

/**
 * Checks a Formacode: 5 digits (3 for the semantic field, 2 for the descriptor). The thesaurus itself
 * is not shipped. Source: ../shared/domain/documents.md §8.
 *
 * @example
 * ```ts
 * import { validateFormacode } from '@ofkit/core';
 * validateFormacode('21059'); // { ok: true, value: '21059' }
 * ```
 */
export function validateFormacode(input: unknown): IdentifierResult {
  const v = normalise(input);
  if (v === undefined) return notString('Formacode', 'Formacode', input);
  if (!/^\d{5}$/.test(v)) return fail('invalid_format', `Formacode : 5 chiffres attendus, reçu « ${String(input)} ».`, `Formacode: expected 5 digits, got "${String(input)}".`);
  return { ok: true, value: v };
}

/**
 * The French intra-community VAT number of a SIREN: `FR` + key + SIREN, with
 * key = (12 + 3 × (SIREN mod 97)) mod 97 on two digits.
 *
 * @example
 * ```ts
 * import { frVatNumberFromSiren } from '@ofkit/core';
 * frVatNumberFromSiren('732829320'); // { ok: true, value: 'FR44732829320' }
 * ```
 */
export function frVatNumberFromSiren(input: unknown): IdentifierResult {
  const siren = validateSiren(input);
  if (!siren.ok) return siren;
  const key = (12 + 3 * (Number(siren.value) % 97)) % 97;
  return { ok: true, value: `FR${String(key).padStart(2, '0')}${siren.value}` };
}

/** The characters of a new-style VAT key (0–9 and A–Z without I and O), in the order the check uses. */
const VAT_KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * True when the key of a French VAT number (two characters) matches its 9 digits. Two digits: the
 * classic key (12 + 3 × (n mod 97)) mod 97. New style (at least one letter, from 0–9 and A–Z without
 * I and O): with i(c) the rank of c in `0123456789ABCDEFGHJKLMNPQRSTUVWXYZ`, c = i(k1) × 24 + i(k2) − 10
 * when the first character is a digit, c = i(k1) × 34 + i(k2) − 100 otherwise; the key matches when
 * (n + 1 + ⌊c / 11⌋) mod 11 = c mod 11. Formula as documented by python-stdnum `stdnum/fr/tva.py`
 * (../shared/domain/corrections-2026-12.md §6).
 */
function vatKeyMatches(key: string, digits: string): boolean {
  const n = Number(digits);
  if (/^\d\d$/.test(key)) return Number(key) === (12 + 3 * (n % 97)) % 97;
  const a = VAT_KEY_ALPHABET.indexOf(key[0]!);
  const b = VAT_KEY_ALPHABET.indexOf(key[1]!);
  if (a < 0 || b < 0) return false;
  const c = a < 10 ? a * 24 + b - 10 : a * 34 + b - 100;
  return (n + 1 + Math.floor(c / 11)) % 11 === c % 11;
}

/**
 * Checks a French intra-community VAT number: `FR`, a key of two characters, 9 digits.
 *
 * - The 9 digits are a SIREN (its Luhn key is checked), except for companies of Monaco, whose
 *   number has `000` as digits 3 to 5 after `FR`: only the key is checked.
 * - The key is two digits, or (new style) two characters from 0–9 and A–Z without I and O, at least
 *   one a letter, each with its check formula.
 * - A number written without `FR` is refused, with a message saying to add it.
 *
 * Source: ../shared/domain/corrections-2026-12.md §6; vectors from python-stdnum.
 *
 * @example
 * ```ts
 * import { validateFrVatNumber } from '@ofkit/core';
 * validateFrVatNumber('FR 44 732829320').ok; // true
 * validateFrVatNumber('FR 53 000004605'); // { ok: true, value: 'FR53000004605' } (Monaco: no SIREN)
 * validateFrVatNumber('FRK7399859412'); // { ok: true, value: 'FRK7399859412' } (new-style key)
 * validateFrVatNumber('FRIO334175221').ok; // false (no I or O in a key)
 * validateFrVatNumber('44 732829320'); // { ok: false, issues: [{ code: 'missing_country_code', … }] }
 * ```
 */
export function validateFrVatNumber(input: unknown): IdentifierResult {
  return safely('Numéro de TVA', 'VAT number', () => {
    const n = normalise(input);
    if (n === undefined) return notString('Numéro de TVA', 'VAT number', input);
    const v = n.toUpperCase();
    if (/^[0-9A-Z]{2}\d{9}$/.test(v) && !v.startsWith('FR')) {
      return fail(
        'missing_country_code',
        `Numéro de TVA « ${String(input)} » : ajoutez FR devant le numéro (FR${v}).`,
        `VAT number "${String(input)}": add FR in front of the number (FR${v}).`,
      );
    }
    if (!/^FR[0-9A-Z]{2}\d{9}$/.test(v)) {
      return fail(
        'invalid_format',
        `Numéro de TVA : FR + clé de 2 caractères + 9 chiffres attendu, reçu « ${String(input)} ».`,
        `VAT number: expected FR + a 2-character key + 9 digits, got "${String(input)}".`,
      );
    }
    const key = v.slice(2, 4);
    const digits = v.slice(4);
    if (/[IO]/.test(key)) {
      return fail('invalid_format', `Numéro de TVA ${v} : la clé ne contient ni I ni O.`, `VAT number ${v}: the key never contains I or O.`);
    }
    const monaco = digits.slice(0, 3) === '000';
    if (!monaco) {
      const siren = validateSiren(digits);
      if (!siren.ok) return siren;
    }
    if (!vatKeyMatches(key, digits)) {
      // For a two-digit key the right one is known; a letter key has many possible values.
      const right = /^\d\d$/.test(key) ? `FR${String((12 + 3 * (Number(digits) % 97)) % 97).padStart(2, '0')}${digits}` : undefined;
      return fail(
        'invalid_checksum',
        `Numéro de TVA ${v} : clé invalide${right ? ` (attendu ${right})` : ''}.`,
        `VAT number ${v}: invalid key${right ? ` (expected ${right})` : ''}.`,
      );
    }
    return { ok: true, value: v };
  });
}
