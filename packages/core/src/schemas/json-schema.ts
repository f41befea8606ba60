import * as z from 'zod';
import type * as z4 from 'zod/v4/core';
import {
  AddressSchema,
  AttendanceRecordSchema,
  EnrolmentSchema,
  LearnerSchema,
  OrganisationSchema,
  PersonSchema,
  SessionSchema,
  TrainerSchema,
  TrainingSchema,
} from './domain.js';

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

/**
 * JSON Schemas of the shared domain objects, by name. Computed on call (nothing is built at import).
 *
 * @example
 * ```ts
 * import { domainJsonSchemas } from '@ofkit/core';
 * Object.keys(domainJsonSchemas()); // ['Address', 'Person', 'Organisation', 'Learner', 'Trainer', 'Training', 'Session', 'Enrolment', 'AttendanceRecord']
 * ```
 */
export function domainJsonSchemas(): Record<string, Record<string, unknown>> {
  // Generated once (a few milliseconds), then each caller gets its own copy.
  domainJson ??= JSON.stringify(buildDomainJsonSchemas());
  return JSON.parse(domainJson) as Record<string, Record<string, unknown>>;
}

let domainJson: string | undefined;

function buildDomainJsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    Address: toJsonSchema(AddressSchema),
    Person: toJsonSchema(PersonSchema),
    Organisation: toJsonSchema(OrganisationSchema),
    Learner: toJsonSchema(LearnerSchema),
    Trainer: toJsonSchema(TrainerSchema),
    Training: toJsonSchema(TrainingSchema),
    Session: toJsonSchema(SessionSchema),
    Enrolment: toJsonSchema(EnrolmentSchema),
    AttendanceRecord: toJsonSchema(AttendanceRecordSchema),
  };
}
