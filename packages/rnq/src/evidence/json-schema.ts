import * as z from 'zod';
import { OfProfileSchema } from '../applicability/profile.js';
import { Guard } from '../shared/guard.js';
import { EvidenceSetSchema } from './model.js';

/** Names of the input schemas available as JSON Schema. */
export type RnqSchemaName = 'profile' | 'evidence';

/**
 * JSON Schema (draft 2020-12) of an input of `@ofkit/rnq`, for callers that validate before calling
 * from another language. Refinements that JSON Schema cannot express (existing calendar dates, end
 * after start) are checked by the functions themselves.
 *
 * @example
 * ```ts
 * import { rnqJsonSchema } from '@ofkit/rnq';
 * const s = rnqJsonSchema('profile') as { type: string; required: string[] };
 * s.type; // 'object'
 * s.required; // ['categories']
 * ```
 */
export function rnqJsonSchema(name: RnqSchemaName): Record<string, unknown> {
  new Guard().check(name === 'profile' || name === 'evidence', ['name'], 'invalid_enum_value', 'Schéma attendu : « profile » ou « evidence ».', 'Expected schema: "profile" or "evidence".').done();
  const schema = name === 'profile' ? OfProfileSchema : EvidenceSetSchema;
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}
