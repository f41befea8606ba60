import * as z from '@ofkit/core/internal/zod';
import { OfProfileSchema } from '../applicability/profile.js';
import { Guard } from '../shared/guard.js';
import { EVIDENCE_KINDS, type EvidenceKind } from './catalogue.js';
import { EVIDENCE_METADATA_SCHEMAS } from './metadata.js';
import { EvidenceSetSchema } from './model.js';

/** Names of the input schemas available as JSON Schema: the profile, the evidence set, and the metadata of each evidence kind. */
export type RnqSchemaName = 'profile' | 'evidence' | `metadata:${EvidenceKind}`;

/**
 * JSON Schema (draft 2020-12) of an input of `@ofkit/rnq`, for callers that validate before calling
 * from another language. Refinements that JSON Schema cannot express (existing calendar dates, end
 * after start, the metadata of each item against its kind) are checked by the functions themselves;
 * the metadata schema of each kind is available on its own as `metadata:<kind>`.
 *
 * @example
 * ```ts
 * import { rnqJsonSchema } from '@ofkit/rnq';
 * const s = rnqJsonSchema('profile') as { type: string; required: string[] };
 * s.type; // 'object'
 * s.required; // ['categories']
 * const m = rnqJsonSchema('metadata:emargement') as { additionalProperties: boolean; properties: Record<string, unknown> };
 * m.additionalProperties; // false
 * 'halfDays' in m.properties; // true
 * ```
 */
export function rnqJsonSchema(name: RnqSchemaName): Record<string, unknown> {
  const kind = typeof name === 'string' && name.startsWith('metadata:') ? name.slice('metadata:'.length) : undefined;
  const isKind = kind !== undefined && (EVIDENCE_KINDS as readonly string[]).includes(kind);
  new Guard()
    .check(name === 'profile' || name === 'evidence' || isKind, ['name'], 'invalid_enum_value', 'Schéma attendu : « profile », « evidence » ou « metadata:<type de preuve> ».', 'Expected schema: "profile", "evidence" or "metadata:<evidence kind>".')
    .done();
  const schema = isKind ? EVIDENCE_METADATA_SCHEMAS[kind as EvidenceKind] : name === 'profile' ? OfProfileSchema : EvidenceSetSchema;
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}
