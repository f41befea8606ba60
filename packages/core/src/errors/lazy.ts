/**
 * A value built on its first use, then kept. The ofkit packages build the schemas that only some
 * calls need this way, so that importing a package does not build them (issue 13, cold start:
 * building a zod schema costs more than using it once). Pure: no global state besides the one value.
 *
 * @example
 * ```ts
 * import { lazy } from '@ofkit/core/internal';
 * let built = 0;
 * const schema = lazy(() => ({ n: ++built }));
 * built; // 0
 * schema().n; // 1
 * schema() === schema(); // true
 * built; // 1
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = build();
      done = true;
    }
    return value as T;
  };
}
