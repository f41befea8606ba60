/**
 * The streaming reader of large JSON documents (src/json-stream.ts): whatever the chunking, it yields
 * exactly the elements JSON.parse would give, from a root array, a StatementResult or a
 * { session, traces } file; broken documents are reported, never half-read silently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfkitError } from '@ofkit/core';
import { JsonElementStream } from '../src/json-stream.js';

function chunked(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

function streamAll(chunks: readonly string[], file = 'x.json'): unknown[] {
  const s = new JsonElementStream(file);
  const out: unknown[] = [];
  for (const c of chunks) out.push(...s.push(c));
  s.end();
  return out;
}

const element = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

describe('JsonElementStream', () => {
  it('yields the elements of a root array, pretty-printed or not, whatever the chunks', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (items, cuts, pretty) => {
        const text = JSON.stringify(items, null, pretty ? 2 : undefined);
        expect(streamAll(chunked(text, cuts))).toEqual(items);
      }),
    );
  });

  it('yields the statements of a StatementResult and the traces of a { session, traces } file, skipping the other keys', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 6 }), element, fc.array(fc.nat(), { maxLength: 6 }), (items, other, cuts) => {
        const result = JSON.stringify({ more: '/xAPI/statements?since=x', extra: other, statements: items, after: [other] });
        expect(streamAll(chunked(result, cuts))).toEqual(items);
        const file = JSON.stringify({ session: { id: 'S', activities: [other] }, traces: items }, null, 1);
        expect(streamAll(chunked(file, cuts))).toEqual(items);
      }),
    );
  });

  it('keys and strings with escaped quotes, brackets and commas do not confuse it', () => {
    const items = [{ 'a"]': 'x,}]"', b: ['[', '{', '\\'] }, 'plain "quoted" ], text', 3.5e-2, null];
    expect(streamAll([JSON.stringify({ 'statements"': 1, statements: items })])).toEqual(items);
  });

  it('reports a truncated document, a document without statements, a scalar, and each bad element by index', () => {
    const codes = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof OfkitError) return e.issues.map((i) => [i.code, i.path]);
      }
      return 'no error';
    };
    expect(codes(() => streamAll(['[{"a":1},{"b":']))).toEqual([['truncated_json', ['x.json']]]);
    expect(codes(() => streamAll(['{"more":"", "items":[1,2]}']))).toEqual([['invalid_statements', ['x.json']]]);
    expect(codes(() => streamAll(['42']))).toEqual([['invalid_statements', ['x.json']]]);
    expect(codes(() => streamAll(['[{"a":1}, {b:2}, 3, tru]']))).toEqual([
      ['invalid_json', ['x.json', 1]],
      ['invalid_json', ['x.json', 3]],
    ]);
  });
});
