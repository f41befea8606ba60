/**
 * Runs the mention-check vectors of test/vectors/mentions.json (input → expected, with the
 * reasoning and references a domain expert can check).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMentions, type DocumentKind, type DocumentOptions } from '../src/index.js';
import { completeInputs } from './fixtures.js';

interface Vector {
  name: string;
  kind: DocumentKind;
  set: Record<string, unknown>;
  options: DocumentOptions;
  expected: { code: string; path: string; status: string }[];
  references: string[];
  reasoning: string;
}

const vectors = (JSON.parse(readFileSync(new URL('./vectors/mentions.json', import.meta.url), 'utf8')) as { cases: Vector[] }).cases;

function apply(base: unknown, set: Record<string, unknown>): unknown {
  const data = structuredClone(base) as Record<string, unknown>;
  for (const [dotted, value] of Object.entries(set)) {
    const keys = dotted.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    let cur = data as Record<string | number, unknown>;
    for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
    const last = keys[keys.length - 1]!;
    if (value === null) delete cur[last];
    else cur[last] = value;
  }
  return data;
}

describe('mention vectors', () => {
  const inputs = completeInputs();
  for (const v of vectors) {
    it(`${v.kind}: ${v.name}`, () => {
      expect(v.reasoning.length).toBeGreaterThan(20);
      const found = checkMentions(v.kind, apply(inputs[v.kind], v.set) as never, v.options);
      expect(found.map((c) => ({ code: c.code, path: c.path.join('.'), status: c.status }))).toEqual(v.expected);
      for (const c of found) expect(c.references.some((r) => v.references.includes(r.article))).toBe(true);
    });
  }
});
