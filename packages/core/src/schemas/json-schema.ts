import { toJsonSchema } from './to-json-schema.js';
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

export { toJsonSchema };

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
