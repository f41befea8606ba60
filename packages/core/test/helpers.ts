/**
 * Shared helpers for the `@ofkit/core` tests (not part of the published package).
 *
 * Import them with a relative path from a test beside the code, e.g.
 * `import { thrown } from '../../test/helpers.js';` in `src/calendar/months.test.ts`.
 */
import { OfkitError } from '../src/errors/ofkit-error.js';

/**
 * Runs `f` and returns the {@link OfkitError} it throws.
 *
 * The test fails when `f` returns normally ("expected an OfkitError") and when it throws anything
 * that is not an `OfkitError` (that error is thrown again as it was), so a caller can assert on
 * `code` and `issues` knowing the error is the library's own.
 *
 * @example
 * const e = thrown(() => addMonths('2026-02-30', 1));
 * expect(e.issues[0]).toMatchObject({ path: ['date'], code: 'invalid_date' });
 */
export function thrown(f: () => unknown): OfkitError {
  try {
    f();
  } catch (e) {
    if (e instanceof OfkitError) return e;
    throw e;
  }
  throw new Error('expected an OfkitError');
}

/**
 * Runs `f` and returns the issues of the {@link OfkitError} it throws; fails exactly like
 * {@link thrown} when `f` does not throw or throws something else.
 *
 * @example
 * const issues = issuesOf(() => parseInput(z.object({ d: CivilDateSchema }), { d: '2026-02-30' }));
 * expect(issues.map((i) => i.code)).toEqual(['invalid_date']);
 */
export function issuesOf(f: () => unknown): OfkitError['issues'] {
  return thrown(f).issues;
}
