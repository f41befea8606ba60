/**
 * Issue 13 made `toPlainInput` read objects with `Object.keys` and arrays by index. This checks it
 * against the previous implementation (a property descriptor per key, kept below as the reference)
 * on arbitrary values, shared references, getters (plain and throwing), cycles and null prototypes:
 * the same copy, or the same issues. The tree mode of issue 13 (no table of objects seen) is checked
 * too: a value referred to twice is copied at each place. The one documented difference, non-index keys of arrays (no
 * schema reads them), is left out of the generated values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfkitError, issue, type OfkitIssue } from './ofkit-error.js';
import { INPUT_LIMITS, toPlainInput } from './plain.js';

// ---- The copy as it was before issue 13 (a descriptor per key): the reference the faster copy is
// checked against. Kept verbatim apart from its name.
type Path = (string | number)[];
type Where = { readonly up: Where | undefined; readonly key: string | number } | undefined;
const pathOf = (w: Where): Path => {
  const out: Path = [];
  for (let x = w; x !== undefined; x = x.up) out.push(x.key);
  return out.reverse();
};
const describeError = (e: unknown): string => (e instanceof Error ? String(e.message).slice(0, 200) : typeof e);
function unreadable(path: Where, e: unknown): OfkitIssue {
  return issue(pathOf(path), 'unreadable', `Valeur illisible (${describeError(e)}).`, `Unreadable value (${describeError(e)}).`);
}
function tooLong(path: Where): OfkitIssue {
  return issue(pathOf(path), 'too_long', `Plus de ${INPUT_LIMITS.maxStringLength} caractères.`, `More than ${INPUT_LIMITS.maxStringLength} characters.`);
}
function referenceCopy(input: unknown): unknown {
  if (input === null || typeof input !== 'object') {
    if (typeof input === 'string' && input.length > INPUT_LIMITS.maxStringLength) throw new OfkitError('INVALID_INPUT', [tooLong(undefined)]);
    return input;
  }
  const issues: OfkitIssue[] = [];
  const ancestors = new Set<object>();
  const done = new Map<object, unknown>();
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
    if (ancestors.has(value)) {
      add(issue(pathOf(path), 'cyclic', 'Structure circulaire.', 'Cyclic structure.'));
      return undefined;
    }
    const seen = done.get(value);
    if (seen !== undefined) return seen;
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
    ancestors.add(value);
    try {
      let keys: (string | symbol)[];
      try {
        keys = Reflect.ownKeys(value);
      } catch (e) {
        add(unreadable(path, e));
        return undefined;
      }
      const out: Record<string, unknown> | unknown[] = isArray ? [] : {};
      for (const key of keys) {
        if (typeof key === 'symbol') continue;
        if (isArray && key === 'length') continue;
        let d: PropertyDescriptor | undefined;
        try {
          d = Reflect.getOwnPropertyDescriptor(value, key);
        } catch (e) {
          add(unreadable({ up: path, key }, e));
          continue;
        }
        if (!d || !d.enumerable) continue;
        const childPath: Where = { up: path, key: isArray && Number.isInteger(Number(key)) ? Number(key) : key };
        let v: unknown;
        if ('value' in d) v = d.value;
        else {
          try {
            v = d.get ? d.get.call(value) : undefined;
          } catch (e) {
            add(unreadable(childPath, e));
            continue;
          }
        }
        const c = copy(v, childPath, depth + 1);
        if (key === '__proto__') Object.defineProperty(out, key, { value: c, enumerable: true, writable: true, configurable: true });
        else (out as Record<string, unknown>)[key] = c;
      }
      done.set(value, out);
      return out;
    } finally {
      ancestors.delete(value);
    }
  };

  const result = copy(input, undefined, 0);
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return result;
}


const outcome = (f: () => unknown): unknown => {
  try {
    return { value: f() };
  } catch (e) {
    if (!(e instanceof OfkitError)) throw e;
    return { issues: e.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) };
  }
};

/** Decorates a generated value: some properties become getters (one in five throws), some objects lose their prototype, some refer to an ancestor. */
function hostile(value: unknown, pick: () => number, ancestors: object[] = []): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = value.map((v) => hostile(v, pick, [...ancestors, value]));
    if (out.length > 0 && pick() < 0.1) {
      const k = Math.floor(pick() * out.length);
      const v = out[k];
      Object.defineProperty(out, k, { enumerable: true, configurable: true, get: () => v });
    }
    return out;
  }
  const out: Record<string, unknown> = pick() < 0.2 ? Object.create(null) : {};
  const self: object[] = [...ancestors, out];
  for (const [k, v] of Object.entries(value)) {
    const r = pick();
    const c = hostile(v, pick, self);
    if (r < 0.1) Object.defineProperty(out, k, { enumerable: true, configurable: true, get: () => c });
    else if (r < 0.13) Object.defineProperty(out, k, { enumerable: true, configurable: true, get: () => { throw new Error(`getter ${k}`); } });
    else if (r < 0.16 && self.length > 1) out[k] = self[Math.floor(pick() * self.length)];
    else if (r < 0.19) Object.defineProperty(out, k, { enumerable: false, configurable: true, value: c });
    else Object.defineProperty(out, k, { enumerable: true, configurable: true, writable: true, value: c });
  }
  return out;
}

describe('toPlainInput agrees with the descriptor-per-key reference', () => {
  it('on arbitrary JSON-like values, getters, throwing getters, cycles, shared values and null prototypes', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (v, seed) => {
        let s = seed;
        const pick = () => (s = (s * 48271) % 2147483647) / 2147483647; // Park–Miller, in [0, 1)
        const input = hostile(v, pick);
        const shared = [input, input];
        expect(outcome(() => toPlainInput(input))).toEqual(outcome(() => referenceCopy(input)));
        expect(outcome(() => toPlainInput(shared))).toEqual(outcome(() => referenceCopy(shared)));
        // Tree mode (parseInput, issue 13: linear time): the same as the reference on a tree, and a
        // value met twice is copied, and checked, at each place (same copy, or the issues of each place).
        expect(outcome(() => toPlainInput(input, 'tree'))).toEqual(outcome(() => referenceCopy(input)));
        const one = outcome(() => referenceCopy(input)) as { value?: unknown; issues?: Array<{ path: unknown[] }> };
        const at = (k: number) => (one.issues ?? []).map((i) => ({ ...i, path: [k, ...i.path] }));
        expect(outcome(() => toPlainInput(shared, 'tree'))).toEqual(one.issues ? { issues: [...at(0), ...at(1)] } : { value: [one.value, one.value] });
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('on the limits: too deep, too many values, too long a string', () => {
    let deep: unknown = { x: 1 };
    for (let i = 0; i < INPUT_LIMITS.maxDepth + 3; i++) deep = i % 2 ? [deep] : { d: deep };
    expect(outcome(() => toPlainInput(deep))).toEqual(outcome(() => referenceCopy(deep)));
    const long = { a: ['x'.repeat(INPUT_LIMITS.maxStringLength + 1)] };
    expect(outcome(() => toPlainInput(long))).toEqual(outcome(() => referenceCopy(long)));
    const wide = Array.from({ length: 1100 }, () => Array.from({ length: 5000 }, (_, k) => k));
    expect(outcome(() => toPlainInput(wide))).toEqual(outcome(() => referenceCopy(wide)));
  });
});
