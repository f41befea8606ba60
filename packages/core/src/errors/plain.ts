import { OfkitError, issue, type OfkitIssue } from './ofkit-error.js';

/**
 * Limits on any input a public function accepts, so that hostile or accidental inputs are refused
 * with {@link OfkitError} instead of exhausting memory or the stack. Documented in the core README
 * ("Limits").
 */
export const INPUT_LIMITS = {
  /** Nesting of objects and arrays. */
  maxDepth: 100,
  /** Objects, arrays and values in one input. */
  maxNodes: 5_000_000,
  /** Characters in one string. */
  maxStringLength: 1_000_000,
  /** Issues reported in one error (the rest are counted in a last issue). */
  maxIssues: 100,
} as const;

type Path = (string | number)[];
/** A path built only when an issue needs it: a parent link and a key, no array per value. */
type Where = { readonly up: Where | undefined; readonly key: string | number } | undefined;
const pathOf = (w: Where): Path => {
  const out: Path = [];
  for (let x = w; x !== undefined; x = x.up) out.push(x.key);
  return out.reverse();
};

const describe = (e: unknown): string => (e instanceof Error ? String(e.message).slice(0, 200) : typeof e);

/**
 * A plain copy of an input taken before validation: the own enumerable string keys of plain objects
 * and the own indices of arrays are copied (getters read once; holes stay holes; other keys of an
 * array are left out), everything else is kept as is. Reading the input may fail in ways
 * validation cannot see (a getter or a proxy that throws, a cycle, too deep a nesting): each such
 * place becomes an issue, and all of them are thrown together as one `OfkitError`
 * (`INVALID_INPUT`). An own `__proto__` key is copied as a plain key, never as a prototype, and
 * the caller's value is never changed.
 *
 * Shared values: by default (`shared: 'once'`) a value referred to from several places is copied
 * once and the copy is shared (its getters are read once, its problems reported once; functions that
 * recognise the same object given twice, such as `lawChanges`, rely on it). With `shared: 'tree'`
 * (what `parseInput` uses: the parsed result is a tree anyway) it is copied at each place, its
 * problems reported at each path, and every copy counts against `maxNodes`: the input is read as the
 * tree JSON would write, with no table of every object seen, so time and memory stay linear on large
 * inputs (issue 13), and a small graph that is huge as a tree is refused as `too_large`.
 *
 * @internal Shared by the packages' validation (through `parseInput`); not part of the public API.
 */
export function toPlainInput(input: unknown, shared: 'once' | 'tree' = 'once'): unknown {
  if (input === null || typeof input !== 'object') {
    if (typeof input === 'string' && input.length > INPUT_LIMITS.maxStringLength) throw new OfkitError('INVALID_INPUT', [tooLong(undefined)]);
    return input;
  }
  const issues: OfkitIssue[] = [];
  // The objects on the path from the root to the value being copied (a cycle returns to one of them):
  // an array indexed by depth, scanned (depth ≤ maxDepth, usually a handful), no hashing per object.
  const ancestors: object[] = [];
  const done = shared === 'once' ? new Map<object, unknown>() : undefined;
  let nodes = 0;
  const add = (i: OfkitIssue) => {
    if (issues.length < INPUT_LIMITS.maxIssues) issues.push(i);
  };

  const copy = (value: unknown, path: Where, depth: number): unknown => {
    nodes += 1;
    if (nodes > INPUT_LIMITS.maxNodes) {
      if (nodes === INPUT_LIMITS.maxNodes + 1) add(issue(pathOf(path), 'too_large', `Plus de ${INPUT_LIMITS.maxNodes} valeurs.`, `More than ${INPUT_LIMITS.maxNodes} values.`));
      return undefined;
    }
    if (typeof value === 'string') {
      if (value.length > INPUT_LIMITS.maxStringLength) add(tooLong(path));
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    if (ancestors.includes(value)) {
      add(issue(pathOf(path), 'cyclic', 'Structure circulaire.', 'Cyclic structure.'));
      return undefined;
    }
    if (done !== undefined) {
      const seen = done.get(value);
      if (seen !== undefined) return seen;
    }
    if (depth >= INPUT_LIMITS.maxDepth) {
      add(issue(pathOf(path), 'too_deep', `Plus de ${INPUT_LIMITS.maxDepth} niveaux.`, `More than ${INPUT_LIMITS.maxDepth} levels.`));
      return undefined;
    }
    let proto: unknown;
    let isArray: boolean;
    try {
      isArray = Array.isArray(value);
      proto = Object.getPrototypeOf(value);
    } catch (e) {
      add(unreadable(path, e));
      return undefined;
    }
    if (!isArray && proto !== Object.prototype && proto !== null) return value; // class instances, typed arrays, dates: as they are
    ancestors.push(value);
    try {
      const out = isArray ? copyArray(value as unknown[], path, depth) : copyObject(value as Record<string, unknown>, path, depth);
      if (out !== undefined && done !== undefined) done.set(value, out);
      return out;
    } finally {
      ancestors.pop();
    }
  };

  // One value read from its parent: a getter runs once, inside the try, and a throw names the place.
  const child = (out: Record<string, unknown> | unknown[], key: string | number, v: unknown, path: Where, depth: number): void => {
    let c: unknown;
    if (typeof v !== 'object' || v === null) {
      // Scalars inline (the common case): no path object is made unless there is an issue.
      nodes += 1;
      if (nodes > INPUT_LIMITS.maxNodes) {
        if (nodes === INPUT_LIMITS.maxNodes + 1) add(issue(pathOf({ up: path, key }), 'too_large', `Plus de ${INPUT_LIMITS.maxNodes} valeurs.`, `More than ${INPUT_LIMITS.maxNodes} values.`));
        c = undefined;
      } else {
        if (typeof v === 'string' && v.length > INPUT_LIMITS.maxStringLength) add(tooLong({ up: path, key }));
        c = v;
      }
    } else c = copy(v, { up: path, key }, depth + 1);
    if (key === '__proto__') Object.defineProperty(out, key, { value: c, enumerable: true, writable: true, configurable: true });
    else (out as Record<string, unknown>)[key] = c;
  };

  // Arrays by index: holes stay holes, inherited indices are never read. Other own keys of an array
  // (never read by any schema) are not copied.
  const copyArray = (value: unknown[], path: Where, depth: number): unknown[] | undefined => {
    let n: number;
    try {
      n = value.length;
    } catch (e) {
      add(unreadable(path, e));
      return undefined;
    }
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      let v: unknown;
      try {
        if (!hasOwn.call(value, i)) continue;
        v = value[i];
      } catch (e) {
        add(unreadable({ up: path, key: i }, e));
        continue;
      }
      child(out, i, v, path, depth);
      if (nodes > INPUT_LIMITS.maxNodes) break;
    }
    return out;
  };

  // Plain objects: own enumerable string keys in order (as Object.keys lists them), each value read
  // once. When listing the keys throws (a proxy), the object is named.
  const copyObject = (value: Record<string, unknown>, path: Where, depth: number): Record<string, unknown> | undefined => {
    let keys: string[];
    try {
      keys = Object.keys(value);
    } catch (e) {
      add(unreadable(path, e));
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      let v: unknown;
      try {
        v = value[key];
      } catch (e) {
        add(unreadable({ up: path, key }, e));
        continue;
      }
      child(out, key, v, path, depth);
      if (nodes > INPUT_LIMITS.maxNodes) break;
    }
    return out;
  };

  const result = copy(input, undefined, 0);
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return result;
}

const hasOwn = Object.prototype.hasOwnProperty;

function unreadable(path: Where, e: unknown): OfkitIssue {
  return issue(pathOf(path), 'unreadable', `Valeur illisible (${describe(e)}).`, `Unreadable value (${describe(e)}).`);
}

function tooLong(path: Where): OfkitIssue {
  return issue(pathOf(path), 'too_long', `Plus de ${INPUT_LIMITS.maxStringLength} caractères.`, `More than ${INPUT_LIMITS.maxStringLength} characters.`);
}

/**
 * {@link toPlainInput} for one argument of a function: the paths of its issues start with `basePath`
 * (the argument's name).
 *
 * @internal Shared by the packages' validation; not part of the public API.
 */
export function toPlainInputAt(input: unknown, basePath: readonly (string | number)[], shared: 'once' | 'tree' = 'once'): unknown {
  try {
    return toPlainInput(input, shared);
  } catch (e) {
    if (!(e instanceof OfkitError)) throw e;
    throw new OfkitError(e.code, e.issues.map((i) => ({ ...i, path: [...basePath, ...i.path] })));
  }
}
