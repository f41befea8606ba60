import { OfkitError, issue, type IssuePath } from '../errors/ofkit-error.js';

/**
 * A value shown inside an error message without running any of its code: a hostile object's
 * `toString`, a Symbol or a BigInt never make the error path itself throw (issue 14).
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return `(${typeof value})`;
}

/** A whole number within bounds, or `OfkitError` naming `path`. */
export function requireInteger(value: unknown, path: IssuePath, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new OfkitError('INVALID_INPUT', [
      issue(path, 'invalid_integer', `Entier ${min}–${max} attendu.`, `Integer ${min}–${max} expected.`),
    ]);
  }
  return value;
}

/** `undefined` or a plain object: what every `options` argument of the calendar is. */
export function requireOptions<T extends object>(options: unknown, path: IssuePath = ['options']): T {
  if (options === undefined) return {} as T;
  let ok = false;
  try {
    ok = typeof options === 'object' && options !== null && !Array.isArray(options);
  } catch {
    ok = false;
  }
  if (!ok) throw new OfkitError('INVALID_INPUT', [issue(path, 'invalid_type', 'Objet attendu.', 'Object expected.')]);
  return options as T;
}
