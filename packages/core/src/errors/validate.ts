import type { z } from 'zod';
import type * as z4 from 'zod/v4/core';
// Only the two locales ofkit speaks: the `zod/locales` barrel would load all of zod's locale modules
// at import (a cold-start cost in Node, where nothing is tree-shaken).
import zodEn from 'zod/v4/locales/en.js';
import zodFr from 'zod/v4/locales/fr.js';
import { OfkitError, issue, type IssuePath, type OfkitIssue } from './ofkit-error.js';
import { INPUT_LIMITS, toPlainInputAt } from './plain.js';

// Module-level values are built inside `/* @__PURE__ */ (() => …)()`: evaluated at import as before, but a
// bundler may drop the ones a user does not import (a bare call or `new` would keep them, and zod with them).

const SEP = '\u241E';
const frLocale = /* @__PURE__ */ (() => zodFr())();
const enLocale = /* @__PURE__ */ (() => zodEn())();

/**
 * A bilingual message for a zod schema (`.refine(fn, { message: bilingual(fr, en) })`):
 * {@link parseInput} splits it back into the French `message` and the English `messageEn`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseInput } from '@ofkit/core';
 * import { bilingual } from '@ofkit/core/internal';
 * const Hours = z.number().refine((n) => n % 0.5 === 0, { message: bilingual('Par demi-heure.', 'By half-hours.') });
 * parseInput(Hours, 1.5); // 1.5
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function bilingual(fr: string, en: string): string {
  if (typeof fr !== 'string' || typeof en !== 'string') {
    throw new OfkitError('INVALID_INPUT', [issue([], 'invalid_type', 'bilingual(fr, en) : deux textes attendus.', 'bilingual(fr, en): two strings expected.')]);
  }
  return `${fr}${SEP}${en}`;
}

function splitMessage(message: string): { message: string; messageEn: string } {
  const at = message.indexOf(SEP);
  if (at < 0) return { message, messageEn: message };
  return { message: message.slice(0, at), messageEn: message.slice(at + SEP.length) };
}

const MISSING = /* @__PURE__ */ bilingual('Valeur manquante (champ obligatoire).', 'Missing value (required field).');

// Per-parse error map: the raw issue still has its input, so both locales can describe it.
const errorMap = (iss: Parameters<ReturnType<typeof zodFr>['localeError']>[0]): string => {
  // A required field that is absent: say so, rather than zod's « chaîne de caractères attendu, indéfini reçu ».
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_union')) return MISSING;
  const fr = frLocale.localeError(iss);
  const en = enLocale.localeError(iss);
  const frText = typeof fr === 'string' ? fr : (fr?.message ?? 'Valeur invalide');
  const enText = typeof en === 'string' ? en : (en?.message ?? 'Invalid value');
  return bilingual(frText, enText);
};

/**
 * Converts zod issues into ofkit issues, prefixing each path with `basePath`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { issuesFromZod } from '@ofkit/core/internal';
 * const r = z.object({ hours: z.number() }).safeParse({ hours: 'x' });
 * const issues = r.success ? [] : issuesFromZod(r.error, ['session']);
 * issues[0]?.path; // ['session', 'hours']
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function issuesFromZod(error: z4.$ZodError, basePath: IssuePath = []): OfkitIssue[] {
  const all = error.issues;
  const kept = all.length > INPUT_LIMITS.maxIssues ? all.slice(0, INPUT_LIMITS.maxIssues) : all;
  const out: OfkitIssue[] = kept.map((i) => {
    const { message, messageEn } = splitMessage(i.message);
    return {
      path: [...basePath, ...(i.path as Array<string | number>)],
      code: i.code === 'custom' && typeof i.params?.['code'] === 'string' ? (i.params['code'] as string) : i.code,
      message,
      messageEn,
    };
  });
  if (all.length > kept.length) {
    const more = all.length - kept.length;
    out.push(issue(basePath, 'too_many_issues', `… et ${more} autre(s) problème(s) non détaillé(s).`, `… and ${more} more issue(s) not listed.`));
  }
  return out;
}

/**
 * Parses `input` with a zod schema (classic `zod` or `zod/mini`); on failure throws one {@link OfkitError} (`INVALID_INPUT`)
 * carrying every issue with its path and its French and English messages. Nothing partial is
 * ever returned.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseInput } from '@ofkit/core';
 * parseInput(z.object({ hours: z.number().min(0) }), { hours: 7 }); // { hours: 7 }
 * ```
 */
export function parseInput<S extends z4.$ZodType>(schema: S, input: unknown, basePath: IssuePath = []): z4.output<S> {
  // A programmer error, but still an `OfkitError`: the schema must be a zod schema.
  let isSchema = false;
  try {
    isSchema = typeof (schema as { safeParse?: unknown }).safeParse === 'function';
  } catch {
    // null, undefined, or a proxy that throws: not a schema
  }
  if (!isSchema) throw new OfkitError('INVALID_INPUT', [issue(['schema'], 'invalid_schema', 'Schéma zod attendu.', 'A zod schema was expected.')]);
  // A plain copy first: getters and proxies that throw, cycles and excessive nesting become issues
  // (under `basePath`), an own `__proto__` key stays a key, and the caller's object is never touched.
  // Copied as a tree (a shared value at each place): linear on large inputs, and zod's result is a tree.
  input = toPlainInputAt(input, basePath, 'tree');
  // Fast path: valid input is parsed once, without the bilingual error map.
  // Classic and mini schemas both have `safeParse` (checked above); zod's core type does not name it.
  const parser = schema as unknown as { safeParse(input: unknown, params?: { error?: unknown }): z4.util.SafeParseResult<z4.output<S>> };
  const fast = parser.safeParse(input);
  if (fast.success) return fast.data;
  const result = parser.safeParse(input, { error: errorMap });
  if (result.success) return result.data;
  throw new OfkitError('INVALID_INPUT', issuesFromZod(result.error, basePath));
}
