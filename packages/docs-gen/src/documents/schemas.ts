/**
 * The input schemas of every document kind, as zod schemas and JSON Schemas.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import { KINDS, type DocumentKind, type DocumentSchemaMap } from './kinds/index.js';
import { kindSpec } from './kind.js';

/**
 * The zod schema of each document kind's input (what {@link createDocument} validates).
 *
 * @example
 * ```ts
 * import { documentSchemas } from '@ofkit/docs-gen';
 * documentSchemas.facture.safeParse({}).success; // false
 * ```
 */
export const documentSchemas: Readonly<DocumentSchemaMap> = /* @__PURE__ */ ((): Readonly<DocumentSchemaMap> => Object.fromEntries(
  Object.entries(KINDS).map(([k, v]) => [k, v.schema]),
) as never)();

/**
 * The JSON Schema (draft 2020-12) of a document kind's input, for non-TypeScript callers.
 * Generated with `z.toJSONSchema` (input side: defaults are optional). An unknown kind throws
 * `OfkitError` `INVALID_INPUT` (`unknown_kind`).
 *
 * @example
 * ```ts
 * import { documentJsonSchema } from '@ofkit/docs-gen';
 * const s = documentJsonSchema('convention');
 * s.type; // 'object'
 * ```
 */
export function documentJsonSchema(kind: DocumentKind): Record<string, unknown> {
  const spec = kindSpec(kind);
  // Generating a schema takes a few milliseconds: keep one (JSON only) per kind and give each caller its own copy.
  let json = jsonByKind.get(spec.schema);
  if (json === undefined) {
    json = JSON.stringify(z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }));
    jsonByKind.set(spec.schema, json);
  }
  return JSON.parse(json) as Record<string, unknown>;
}

const jsonByKind = /* @__PURE__ */ new WeakMap<object, string>();

/**
 * The JSON Schemas of every document kind, by kind.
 *
 * @example
 * ```ts
 * import { documentJsonSchemas } from '@ofkit/docs-gen';
 * Object.keys(documentJsonSchemas()).length; // 14
 * ```
 */
export function documentJsonSchemas(): Record<DocumentKind, Record<string, unknown>> {
  return Object.fromEntries(Object.keys(KINDS).map((k) => [k, documentJsonSchema(k as DocumentKind)])) as Record<DocumentKind, Record<string, unknown>>;
}
