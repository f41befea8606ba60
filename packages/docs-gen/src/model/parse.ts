/**
 * `parseArg`: core's `parseInput` for one argument of a public function, with every issue under the
 * argument's path.
 *
 * @module
 */
import { OfkitError, parseInput, type IssuePath } from '@ofkit/core';

/** Issue codes of core's safe copy (taken before zod runs, with paths from the value's root). */
const COPY_CODES = new Set(['unreadable', 'cyclic', 'too_deep', 'too_large', 'too_long']);

const startsWith = (p: IssuePath, prefix: IssuePath): boolean => prefix.every((k, i) => p[i] === k);

/**
 * Parses `value` (the argument at `path`, e.g. `['options']`) with `schema` through core's
 * `parseInput`. `parseInput` prefixes zod's issues with `path`, but not the issues of the safe copy
 * it takes first (a throwing getter, a cycle…): those are prefixed here, so every issue names the
 * argument.
 */
export function parseArg<S>(schema: S, value: unknown, path: IssuePath): S extends { _zod: { output: infer O } } ? O : never {
  try {
    return parseInput(schema as never, value, path);
  } catch (e) {
    if (path.length > 0 && e instanceof OfkitError && e.issues.every((i) => COPY_CODES.has(i.code) && !startsWith(i.path, path))) {
      throw new OfkitError(e.code, e.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
    }
    throw e;
  }
}
