/**
 * @packageDocumentation
 * @internal
 * `@ofkit/core/internal/zod`: the part of zod's classic API the ofkit packages use, from the one copy
 * of zod bundled into `@ofkit/core`'s build (issue 13, cold start). The other ofkit packages import
 * `z` from here rather than from `zod`, so a process — and a user's bundle — holds one zod, and Node
 * loads neither zod's 60-odd locale modules nor its other ~40 files at import. Not part of the
 * documented contract and not covered by semver, like `@ofkit/core/internal`.
 *
 * Named exports only, no namespace (`export * as z` would keep every export of zod, locales
 * included, in the build and in every bundle): a name missing here is a type error where it is used.
 * The types are zod's own (the `zod` dependency, pinned to the version bundled).
 */
export {
  NEVER,
  ZodArray,
  ZodType,
  array,
  boolean,
  custom,
  discriminatedUnion,
  email,
  enum,
  iso,
  json,
  literal,
  looseObject,
  number,
  object,
  optional,
  record,
  strictObject,
  string,
  toJSONSchema,
  union,
  unknown,
} from 'zod';
export type { infer, input, output } from 'zod';
