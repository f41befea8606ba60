/**
 * Hand-written argument checks for the small helpers (typography, builders' scalar arguments) and
 * for the spots where a full zod parse would cost too much: a wrong argument throws one `OfkitError`
 * (`INVALID_INPUT`) naming it, in French and English, never a `TypeError`. Kept free of zod so the
 * renderers, which import the typography, stay small.
 *
 * @module
 */
import { INPUT_LIMITS, OfkitError, type IssuePath } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';

/** What a value is, for a message (`null`, `array`, `bigint`…); never throws, whatever it is given. */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v !== 'object') return typeof v;
  try {
    return Array.isArray(v) ? 'array' : 'object';
  } catch {
    return 'object'; // a revoked proxy
  }
}

/** `Array.isArray` that answers `false` for a revoked proxy instead of throwing. */
export function isArraySafe(v: unknown): v is readonly unknown[] {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}

/** The `OfkitError` of an argument of the wrong type. */
export function wrongType(path: IssuePath, expectedFr: string, expectedEn: string, got: unknown): OfkitError {
  const where = path.length > 0 ? String(path[path.length - 1]) : 'valeur';
  const whereEn = path.length > 0 ? String(path[path.length - 1]) : 'value';
  return new OfkitError('INVALID_INPUT', [
    issue(path, 'invalid_type', `« ${where} » : ${expectedFr} attendu, reçu ${kindOf(got)}.`, `"${whereEn}": ${expectedEn} expected, got ${kindOf(got)}.`),
  ]);
}

/** `value` if it is a string (of at most {@link INPUT_LIMITS}.maxStringLength characters), else `OfkitError` naming `name`. */
export function stringArg(value: unknown, name: string): string {
  if (typeof value !== 'string') throw wrongType([name], 'texte', 'string', value);
  if (value.length > INPUT_LIMITS.maxStringLength) {
    throw new OfkitError('INVALID_INPUT', [
      issue([name], 'too_long', `« ${name} » : plus de ${INPUT_LIMITS.maxStringLength} caractères.`, `"${name}": more than ${INPUT_LIMITS.maxStringLength} characters.`),
    ]);
  }
  return value;
}

/** `value` if it is a finite number, else `OfkitError` naming `name`. */
export function finiteArg(value: unknown, name: string): number {
  if (typeof value !== 'number') throw wrongType([name], 'nombre', 'number', value);
  if (!Number.isFinite(value)) {
    throw new OfkitError('INVALID_INPUT', [issue([name], 'not_finite', `« ${name} » : nombre fini attendu, reçu ${String(value)}.`, `"${name}": finite number expected, got ${String(value)}.`)]);
  }
  return value;
}

/**
 * Runs `read` (code that reads a caller's object) and turns anything but an `OfkitError` it throws
 * (a getter or a proxy that throws) into an `OfkitError` `INVALID_INPUT` with an `unreadable` issue at `path`.
 */
export function readSafely<T>(path: IssuePath, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof OfkitError) throw e;
    throw unreadable(path, e);
  }
}

/** The `OfkitError` of a value that could not be read (a throwing getter or proxy, a revoked proxy). */
export function unreadable(path: IssuePath, e: unknown): OfkitError {
  let why = 'exception';
  try {
    why = e instanceof Error ? String(e.message).slice(0, 200) : kindOf(e);
  } catch {
    // keep the generic word
  }
  return new OfkitError('INVALID_INPUT', [issue(path, 'unreadable', `Valeur illisible (${why}).`, `Unreadable value (${why}).`)]);
}

/**
 * A shallow copy of the own enumerable string keys of `value` (but `skip`), each read once: a key
 * that cannot be read (a getter or a proxy that throws) is an `unreadable` issue at its path, all
 * thrown together. An own `__proto__` key stays a plain key. For the few inputs validated in place.
 */
export function safeShallowCopy(value: object, skip?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const problems: OfkitError[] = [];
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(value);
  } catch (e) {
    throw unreadable([], e);
  }
  for (const k of keys) {
    if (typeof k !== 'string' || k === skip) continue;
    try {
      const d = Reflect.getOwnPropertyDescriptor(value, k);
      if (!d || !d.enumerable) continue;
      const v: unknown = 'value' in d ? d.value : d.get?.call(value);
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    } catch (e) {
      problems.push(unreadable([k], e));
    }
  }
  if (problems.length > 0) throw new OfkitError('INVALID_INPUT', problems.flatMap((p) => p.issues));
  return out;
}

/** A value shown in a message: a string (cut to 80 characters), a number, or what it is; never throws. */
export function shown(v: unknown): string {
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 80)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined) return String(v);
  return kindOf(v);
}

/**
 * A shallow copy of an array argument (its items kept as they are, not copied), or `OfkitError`
 * naming `path`: not an array, or an array that cannot be read (a proxy that throws). With
 * `objects`, every item must be an object (not an array): an `invalid_type` issue per other item.
 */
export function shallowArray(value: unknown, path: IssuePath, objects = false): unknown[] {
  if (!isArraySafe(value)) throw wrongType(path, 'liste', 'array', value);
  const out = readSafely(path, () => Array.from(value));
  if (objects) {
    const bad = [];
    for (let i = 0; i < out.length; i++) {
      const v = out[i];
      if (v === null || typeof v !== 'object' || isArraySafe(v)) bad.push(...wrongType([...path, i], 'objet', 'object', v).issues);
    }
    if (bad.length > 0) throw new OfkitError('INVALID_INPUT', bad);
  }
  return out;
}
