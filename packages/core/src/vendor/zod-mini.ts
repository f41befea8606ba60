/**
 * @packageDocumentation
 * @internal
 * `@ofkit/core/internal/zod-mini`: the part of `zod/mini` the ofkit packages use (docs-gen's
 * renderers, where bundle size matters), from the copy of zod bundled into `@ofkit/core`'s build: it
 * shares zod's core with `@ofkit/core/internal/zod`. Named exports only, see `./zod.ts`. Not part of
 * the documented contract and not covered by semver.
 */
export {
  ZodMiniType,
  array,
  boolean,
  custom,
  discriminatedUnion,
  enum,
  instanceof,
  literal,
  looseObject,
  maxLength,
  maximum,
  minLength,
  minimum,
  number,
  object,
  optional,
  positive,
  refine,
  regex,
  strictObject,
  string,
  tuple,
  union,
  unknown,
} from 'zod/mini';
export type { output } from 'zod/mini';
