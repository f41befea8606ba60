/**
 * Validation of the renderers' inputs with zod mini (a few kB in a browser bundle, where the full
 * zod with its locales would triple the size of `renderHtml`), turned into one `OfkitError`.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { OfkitError, type OfkitIssue } from '@ofkit/core';

const SEP = '\u241E';
/** At most this many issues are reported (a 1 MB hostile input must not give a 10 MB message). */
const MAX_ISSUES = 50;

/** French names of the types a document model expects (the English message keeps zod's names). */
const TYPE_FR: Readonly<Record<string, string>> = { object: 'objet', string: 'chaîne de caractères', number: 'nombre', array: 'tableau', boolean: 'booléen', int: 'entier' };

function describe(i: z.core.$ZodIssue): { message: string; messageEn: string } {
  if (typeof i.message === 'string' && i.message.includes(SEP)) {
    const at = i.message.indexOf(SEP);
    return { message: i.message.slice(0, at), messageEn: i.message.slice(at + SEP.length) };
  }
  switch (i.code) {
    case 'invalid_type':
      return { message: `Type invalide : ${TYPE_FR[i.expected] ?? i.expected} attendu.`, messageEn: `Invalid type: expected ${i.expected}.` };
    case 'too_big':
      return { message: `Trop grand : ${String(i.maximum)} au plus.`, messageEn: `Too big: at most ${String(i.maximum)}.` };
    case 'too_small':
      return { message: `Trop petit : ${String(i.minimum)} au moins.`, messageEn: `Too small: at least ${String(i.minimum)}.` };
    case 'invalid_value':
      return {
        message: `Valeur invalide : ${i.values.map((v) => JSON.stringify(v)).join(', ')} attendu.`,
        messageEn: `Invalid value: expected ${i.values.map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'unrecognized_keys': {
      const keys = i.keys.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(', ');
      return { message: `Clé(s) inconnue(s) : ${keys}.`, messageEn: `Unknown key(s): ${keys}.` };
    }
    case 'invalid_union':
      return { message: 'Valeur invalide : aucune des formes admises.', messageEn: 'Invalid value: none of the accepted shapes.' };
    case 'invalid_format':
      return { message: 'Format invalide.', messageEn: 'Invalid format.' };
    default:
      return { message: 'Valeur invalide.', messageEn: 'Invalid value.' };
  }
}

/**
 * Parses `value` with a zod mini schema, or throws `OfkitError` `INVALID_INPUT` with every issue
 * (at most 50), each with its path, code and French and English message.
 */
export function parseMini<S extends z.ZodMiniType>(schema: S, value: unknown, path: (string | number)[]): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues: OfkitIssue[] = r.error.issues.slice(0, MAX_ISSUES).map((i) => ({
    path: [...path, ...(i.path as (string | number)[])],
    code: i.code,
    ...describe(i),
  }));
  throw new OfkitError('INVALID_INPUT', issues);
}

/** A bilingual message for a check (split back into French and English by {@link parseMini}). */
export function fr(frText: string, en: string): string {
  return `${frText}${SEP}${en}`;
}
