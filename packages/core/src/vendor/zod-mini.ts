/**
 * @packageDocumentation
 * @internal
 * `@ofkit/core/internal/zod-mini`: the part of `zod/mini` the ofkit packages use (docs-gen's
 * renderers and the CPF request, where bundle size matters), from the copy of zod bundled into `@ofkit/core`'s build: it
 * shares zod's core with `@ofkit/core/internal/zod`. Named exports only, see `./zod.ts`. Not part of
 * the documented contract and not covered by semver.
 */
export {
  NEVER,
  ZodMiniType,
  globalRegistry,
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
  nullable,
  number,
  object,
  optional,
  pipe,
  positive,
  refine,
  regex,
  strictObject,
  string,
  transform,
  tuple,
  union,
  unknown,
} from 'zod/mini';
export type { input, output } from 'zod/mini';
