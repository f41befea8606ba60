import fc from 'fast-check';
import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { parseArg } from '../model/parse.js';
import { computeBpf } from './compute.js';
import { BpfResultSchema, parseBpfResult } from './result-schema.js';
import type { BpfInput } from './schema.js';
import vectorJson from './vectors/small-of-year.json' with { type: 'json' };

// parseBpfResult checks the lists of ids in one loop (issue 13) and parses again with the full
// schema when anything is wrong: what it returns or throws must be what the full schema gives.

const base = computeBpf(vectorJson.input as BpfInput);

function outcome(fn: () => unknown): unknown {
  try {
    return { ok: fn() };
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return { code: (e as OfkitError).code, issues: (e as OfkitError).issues };
  }
}

const arbElement = fc.oneof(fc.string({ maxLength: 4 }), fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]));
const arbList = fc.oneof(
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 5 }),
  fc.array(arbElement, { maxLength: 5 }),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 5 }).map((a) => {
    const b = [...a];
    b.length += 1; // a hole
    return b;
  }),
  fc.constantFrom('E1', 3, null, undefined, { 0: 'E1', length: 1 }),
);

describe('parseBpfResult: the fast check of the id lists', () => {
  it('gives what the full schema gives, for results whose id lists are anything', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), arbList), { maxLength: 4 }), fc.boolean(), (edits, extraKey) => {
        const x = structuredClone(base) as unknown as Record<string, any>;
        const lists: Array<[Record<string, unknown>, string]> = [];
        for (const t of [x.frameF.f1, x.frameF.f3, x.frameF.f4]) for (const l of t.lines) lists.push([l.sources, 'enrolments']);
        for (const l of x.frameC.lines) lists.push([l.sources, 'invoices']);
        for (const l of x.frameE.lines) lists.push([l.sources, 'trainers'], [l.sources, 'trainerHours']);
        lists.push([x.frameG.sources, 'enrolments'], [x.frameF.f2.sources, 'enrolments'], [x.frameC.unallocated, 'invoices']);
        for (const a of x.anomalies) lists.push([a, 'records']);
        for (const [n, list] of edits) {
          const [holder, key] = lists[n % lists.length]!;
          holder[key] = list;
        }
        if (extraKey) x.frameF.f1.lines[0].extra = 1;
        expect(outcome(() => parseBpfResult(x))).toEqual(outcome(() => parseArg(BpfResultSchema, x, ['result'])));
      }),
      { numRuns: 300 },
    );
  });

  it('a valid result comes back equal to the full parse, its lists copied (not shared with the argument)', () => {
    const r = parseBpfResult(base);
    expect(r).toEqual(parseArg(BpfResultSchema, base, ['result']));
    expect(r.frameF.f1.lines[0]!.sources.enrolments).not.toBe(base.frameF.f1.lines[0]!.sources.enrolments);
    expect(JSON.stringify(r)).toBe(JSON.stringify(parseArg(BpfResultSchema, base, ['result'])));
  });
});
