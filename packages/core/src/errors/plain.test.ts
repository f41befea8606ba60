import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineParameter, defineRuleSet, overrideRules, valueAt, warningFor } from '../law/index.js';
import { splitMoney } from '../money/index.js';
import { OfkitError } from './ofkit-error.js';
import { INPUT_LIMITS, toPlainInput } from './plain.js';
import { parseInput } from './validate.js';

// Issue 14: hostile inputs give OfkitError (with the place named), never another exception, never a
// mutated input, never a polluted prototype. Each case below was a TypeError or worse before.

function codes(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return (e as OfkitError).issues.map((i) => `${i.path.join('.')}:${i.code}`);
  }
  throw new Error('expected an OfkitError');
}

const throwing = () => {
  const o: Record<string, unknown> = { ok: 1 };
  Object.defineProperty(o, 'price', { enumerable: true, get: () => { throw new Error('boom'); } });
  return o;
};

describe('toPlainInput (the copy every parseInput validates)', () => {
  it('names a getter that throws, with its path', () => {
    expect(codes(() => toPlainInput({ a: [throwing()] }))).toEqual(['a.0.price:unreadable']);
  });

  it('names a cycle instead of overflowing the stack', () => {
    const o: Record<string, unknown> = { x: 1 };
    o['self'] = o;
    expect(codes(() => toPlainInput({ o }))).toEqual(['o.self:cyclic']);
  });

  it('refuses nesting deeper than the documented limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < INPUT_LIMITS.maxDepth + 5; i++) deep = [deep];
    expect(codes(() => toPlainInput(deep))[0]).toMatch(/:too_deep$/);
    let nested: unknown = 1;
    for (let i = 0; i < 2000; i++) nested = { blocks: [nested] };
    expect(codes(() => toPlainInput(nested))).toHaveLength(1);
  });

  it('keeps an own __proto__ key as a key: no prototype is set or polluted', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": 1}') as object;
    const copy = toPlainInput(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('shares a value seen twice (no exponential copy) and leaves the input unchanged', () => {
    const shared = { v: 1 };
    const input = { a: shared, b: shared };
    const copy = toPlainInput(input) as { a: object; b: object };
    expect(copy.a).toBe(copy.b);
    expect(copy.a).not.toBe(shared);
    expect(Object.isFrozen(shared)).toBe(false);
  });

  it("in 'tree' mode (parseInput), copies a value met twice at each place and counts every copy against maxNodes", () => {
    const shared = { v: 1 };
    const input = { a: shared, b: shared };
    const copy = toPlainInput(input, 'tree') as { a: object; b: object };
    expect(copy).toEqual({ a: { v: 1 }, b: { v: 1 } });
    expect(copy.a).not.toBe(copy.b);
    expect(copy.a).not.toBe(shared);
    expect(Object.isFrozen(shared)).toBe(false);
    // A small graph that is huge as a tree (2^30 leaves) is refused, not copied without end.
    let dag: unknown = [1];
    for (let i = 0; i < 30; i++) dag = [dag, dag];
    expect(codes(() => toPlainInput(dag, 'tree')).map((c) => c.slice(c.lastIndexOf(':') + 1))).toEqual(['too_large']);
    // The default mode copies it once.
    expect(Array.isArray(toPlainInput(dag))).toBe(true);
  });

  it('turns revoked and throwing proxies into issues', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codes(() => toPlainInput({ p: proxy }))).toEqual(['p:unreadable']);
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(codes(() => toPlainInput([hostile]))).toEqual(['0:unreadable']);
  });
  it('copies arrays by index: holes stay holes, an inherited index is never read, a getter on an index runs once', () => {
    const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const copy = toPlainInput({ sparse }) as { sparse: unknown[] };
    expect(copy.sparse).toHaveLength(3);
    expect(1 in copy.sparse).toBe(false);
    let reads = 0;
    const withGetter: unknown[] = [0];
    Object.defineProperty(withGetter, 1, { enumerable: true, get: () => (reads += 1) });
    expect(toPlainInput(withGetter)).toEqual([0, 1]);
    expect(reads).toBe(1);
    Object.defineProperty(Array.prototype, 7, { configurable: true, get: () => { throw new Error('inherited index read'); } });
    try {
      const holes = [0, 0, 0, 0, 0, 0, 0];
      holes.length = 9; // indices 7 and 8 are holes; 7 is a getter on Array.prototype
      expect(Object.keys(toPlainInput(holes) as unknown[])).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    } finally {
      delete (Array.prototype as unknown as Record<number, unknown>)[7];
    }
  });

  it('names the key of a proxy whose get trap throws, and the proxy whose descriptor trap throws', () => {
    const getThrows = new Proxy({ a: 1, b: 2 }, { get: (t, k) => { if (k === 'b') throw new Error('no b'); return (t as Record<string | symbol, unknown>)[k]; } });
    expect(codes(() => toPlainInput({ p: getThrows }))).toEqual(['p.b:unreadable']);
    const descThrows = new Proxy({ a: 1, c: 2 }, { getOwnPropertyDescriptor: (t, k) => { if (k === 'c') throw new Error('no c'); return Reflect.getOwnPropertyDescriptor(t, k); } });
    expect(codes(() => toPlainInput({ p: descThrows }))).toEqual(['p:unreadable']); // listing its keys reads their descriptors
    const arrayGetThrows = new Proxy([1, 2], { get: (t, k) => { if (k === '1') throw new Error('no 1'); return (t as unknown as Record<string | symbol, unknown>)[k]; } });
    expect(codes(() => toPlainInput({ list: arrayGetThrows }))).toEqual(['list.1:unreadable']);
  });
});

describe('parseInput on hostile input', () => {
  const schema = z.object({ price: z.string() });
  it('a throwing getter is an INVALID_INPUT issue', () => {
    expect(codes(() => parseInput(schema, throwing()))).toEqual(['price:unreadable']);
  });
  it('caps the issues listed: a 20 000-key object gives at most maxIssues + 1 issues and a short message', () => {
    const many = z.object({}).catchall(z.number());
    const input = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 'x']));
    try {
      parseInput(many, input);
      throw new Error('expected a throw');
    } catch (e) {
      const err = e as OfkitError;
      expect(err.issues.length).toBe(INPUT_LIMITS.maxIssues + 1);
      expect(err.issues.at(-1)!.code).toBe('too_many_issues');
      expect(err.message.length).toBeLessThan(2_000);
    }
  });
});

describe('law functions do not freeze what the caller owns, and refuse bad shapes', () => {
  const spec = () => ({ id: 'x', label: 'X', values: [{ from: '2026-01-01', value: { n: 1 }, status: 'confirmed' as const, references: [] }] });
  it('defineParameter and defineRuleSet leave the caller’s objects unfrozen', () => {
    const s = spec();
    defineParameter(s);
    expect(Object.isFrozen(s)).toBe(false);
    expect(Object.isFrozen(s.values[0]!.value)).toBe(false);
    const s2 = spec();
    defineRuleSet({ x: s2 });
    expect(Object.isFrozen(s2.values)).toBe(false);
  });
  it('overrideRules refuses toString, __proto__ and constructor as parameter keys, without crashing', () => {
    const rules = defineRuleSet({ x: spec() });
    expect(codes(() => overrideRules(rules, { toString: [] } as never))).toEqual(['toString:unknown_parameter']);
    expect(codes(() => overrideRules(rules, JSON.parse('{"__proto__": []}') as never))).toEqual(['__proto__:unknown_parameter']);
    expect(codes(() => overrideRules(rules, { x: 'not an array' } as never))).toEqual(['x:invalid_type']);
    const overrides = { x: [{ from: '2027-01-01', value: { n: 2 }, status: 'confirmed' as const, references: [] }] };
    overrideRules(rules, overrides);
    expect(Object.isFrozen(overrides.x[0])).toBe(false);
  });
  it('valueAt and warningFor give OfkitError on what is not a parameter / resolved value', () => {
    for (const bad of [null, 1, 'x', {}, { id: 'x', values: [null] }, throwing()]) {
      expect(codes(() => valueAt(bad as never, '2026-01-01'))).toEqual(['parameter:invalid_parameter']);
      expect(codes(() => warningFor(bad as never))).toEqual([':invalid_resolved_value']);
    }
    const p = defineParameter(spec());
    const hostileDate = { toString: () => { throw new Error('x'); } };
    expect(codes(() => valueAt(p, hostileDate as never))).toEqual(['date:invalid_date']);
  });
});

describe('splitMoney bounds', () => {
  it('refuses more parts than MAX_SPLIT_PARTS instead of allocating them', () => {
    expect(codes(() => splitMoney('10.00', 1e9))).toEqual(['parts:invalid_parts']);
    expect(codes(() => splitMoney('10.00', 'x' as never))).toEqual(['weights:invalid_type']);
    expect(codes(() => splitMoney('10.00', [1, Symbol('s') as never]))).toEqual(['weights.1:invalid_weight']);
  });
});

describe('calendar and schemas: results that kept their own type (issue 14)', () => {
  it("addDays('9999-12-31', 1) is an error, not '10000-01-01'", async () => {
    const { addDays, formatCivilDate } = await import('../calendar/index.js');
    const { fromDayNumber } = await import('../calendar/civil-date.js');
    expect(codes(() => addDays('9999-12-31', 1))).toEqual(['days:out_of_range']);
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(codes(() => fromDayNumber(2932897))).toEqual(['n:invalid_integer']);
    expect(codes(() => formatCivilDate(2026, 2, 31))).toEqual(['day:invalid_integer']);
  });
  it('InstantSchema refuses a 31 February', async () => {
    const { InstantSchema } = await import('../schemas/index.js');
    expect(InstantSchema.safeParse('2026-02-31T10:00:00+01:00').success).toBe(false);
    expect(InstantSchema.safeParse('2026-02-28T23:59:59Z').success).toBe(true);
  });
  it('a hostile date or zone is named in the message without running its code', async () => {
    const { publicHolidays, addWorkingDays, isLeapYear } = await import('../calendar/index.js');
    const hostile = { toString: () => { throw new Error('x'); } };
    expect(codes(() => publicHolidays(hostile as never))).toEqual(['year:invalid_year']);
    expect(codes(() => addWorkingDays('2026-01-05', 1, 'metropole', null as never))).toEqual(['options:invalid_type']);
    expect(codes(() => isLeapYear(Symbol('y') as never))).toEqual(['year:invalid_integer']);
  });
});
