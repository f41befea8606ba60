import * as z from 'zod';
import type * as z4 from 'zod/v4/core';

// In a module of its own, without the public schemas: `@ofkit/core/internal` reaches it without
// building them (issue 13, cold start).

/**
 * The JSON Schema (draft 2020-12) of a zod schema (classic or `zod/mini`), describing the **input** it accepts, so that
 * programs in other languages can validate data before calling ofkit.
 *
 * @example
 * ```ts
 * import { SessionSchema } from '@ofkit/core';
 * import { toJsonSchema } from '@ofkit/core/internal';
 * const schema = toJsonSchema(SessionSchema);
 * schema.type; // 'object'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function toJsonSchema(schema: z4.$ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
