import * as z from 'zod';
import { bilingual } from '../errors/validate.js';
import type { IdentifierResult } from '../identifiers/identifiers.js';

// In a module of its own, without the public schemas: `@ofkit/core/internal` reaches it without
// building them (issue 13, cold start).

/**
 * Turns an identifier validator into a zod string schema that reports the validator's bilingual
 * message and code, and outputs the normalised value.
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function identifierSchema(validate: (v: unknown) => IdentifierResult, description: string) {
  return z
    .string()
    .transform((v, ctx) => {
      const r = validate(v);
      if (r.ok) return r.value;
      for (const i of r.issues) {
        ctx.addIssue({ code: 'custom', message: bilingual(i.message, i.messageEn), params: { code: i.code } });
      }
      return z.NEVER;
    })
    .meta({ description });
}
