/**
 * What to say when reading an input threw something other than an `OfkitError` (issue 14): a getter
 * that throws, a Proxy whose traps throw, a cycle where a value was expected, a BigInt or a Symbol.
 * Walks the input defensively (every read guarded, cycles and depth bounded) and words each problem
 * with its path; the caller throws them in one `OfkitError`, never the original exception.
 *
 * @internal
 */
import type { IssuePath, OfkitIssue } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';

const MAX_ISSUES = 20;
const MAX_DEPTH = 24;
const MAX_KEYS = 2000;

/** Issues describing the hostile parts of `input` (empty when none is found). */
export function hostileIssues(input: unknown, base: IssuePath = []): OfkitIssue[] {
  const out: OfkitIssue[] = [];
  const ancestors: object[] = [];
  const visit = (v: unknown, path: IssuePath, depth: number): void => {
    if (out.length >= MAX_ISSUES) return;
    const t = typeof v;
    if (t === 'bigint' || t === 'symbol' || t === 'function') {
      out.push(issue(path, 'invalid_type', `Valeur de type ${t} inattendue.`, `Unexpected value of type ${t}.`));
      return;
    }
    if (t !== 'object' || v === null) return;
    const o = v as object;
    if (ancestors.includes(o)) {
      out.push(issue(path, 'cyclic_value', 'Structure cyclique : la valeur se contient elle-même.', 'Cyclic structure: the value contains itself.'));
      return;
    }
    if (depth >= MAX_DEPTH) {
      out.push(issue(path, 'too_deep', `Structure trop profonde (plus de ${MAX_DEPTH} niveaux).`, `Structure too deep (more than ${MAX_DEPTH} levels).`));
      return;
    }
    let keys: Array<string | symbol>;
    try {
      keys = Reflect.ownKeys(o);
    } catch {
      out.push(issue(path, 'unreadable_value', 'Valeur illisible : la lecture de ses clés a levé une exception.', 'Unreadable value: listing its keys threw an exception.'));
      return;
    }
    ancestors.push(o);
    const isArray = Array.isArray(o);
    for (let i = 0; i < keys.length && i < MAX_KEYS && out.length < MAX_ISSUES; i++) {
      const k = keys[i]!;
      if (typeof k === 'symbol') continue;
      if (isArray && k === 'length') continue;
      const key: string | number = isArray && /^\d+$/.test(k) ? Number(k) : k;
      let x: unknown;
      try {
        x = (o as Record<string, unknown>)[k];
      } catch {
        out.push(issue([...path, key], 'unreadable_value', 'Valeur illisible : sa lecture a levé une exception.', 'Unreadable value: reading it threw an exception.'));
        continue;
      }
      visit(x, [...path, key], depth + 1);
    }
    ancestors.pop();
  };
  visit(input, base, 0);
  return out;
}

/** The issue when nothing specific was found: the input could not be read. */
export function unreadableIssue(base: IssuePath = []): OfkitIssue {
  return issue(base, 'unreadable_input', 'Entrée illisible : sa lecture a levé une exception.', 'Unreadable input: reading it threw an exception.');
}
