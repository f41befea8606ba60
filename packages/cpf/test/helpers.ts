/**
 * Shared by the cpf tests (not part of the package).
 */
import { OfkitError } from '@ofkit/core';

/** The `OfkitError` thrown by `f`; anything else thrown is rethrown, and nothing thrown fails the test. */
export function thrown(f: () => unknown): OfkitError {
  try {
    f();
  } catch (e) {
    if (e instanceof OfkitError) return e;
    throw e;
  }
  throw new Error('expected an OfkitError');
}
