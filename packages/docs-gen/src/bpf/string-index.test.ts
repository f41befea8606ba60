import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairIndex, StringIndex, hashPair, hashString } from './string-index.js';

/** What StringIndex must answer: a Map numbering keys in first-insertion order. */
class Reference {
  readonly map = new Map<string, number>();
  add(s: string): number {
    const at = this.map.get(s);
    if (at !== undefined) return at;
    this.map.set(s, this.map.size);
    return this.map.size - 1;
  }
  get(s: string): number {
    return this.map.get(s) ?? -1;
  }
}

type Op = { add: boolean; key: string };
const arbKey = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.nat(300).map((n) => `L${n}`),
  fc.constantFrom('', 'a', 'A', '\u0000', '\ud800', 'é', 'e\u0301', '__proto__', 'constructor', 'toString'),
);
const arbOps = fc.array(fc.record({ add: fc.boolean(), key: arbKey }), { maxLength: 400 });

function check(ops: Op[], index: StringIndex): void {
  const ref = new Reference();
  for (const op of ops) {
    if (op.add) expect(index.add(op.key)).toBe(ref.add(op.key));
    else expect(index.get(op.key)).toBe(ref.get(op.key));
    expect(index.size).toBe(ref.map.size);
  }
  [...ref.map.keys()].forEach((k, i) => {
    expect(index.key(i)).toBe(k);
    expect(index.get(k)).toBe(i);
  });
}

/** `count` keys whose hashes agree on their low `bits` bits (they all probe from the same slot). */
function colliding(count: number, bits: number): string[] {
  const out: string[] = [];
  const mask = (1 << bits) - 1;
  for (let i = 0; out.length < count; i++) {
    const s = `k${i}`;
    if ((hashString(s) & mask) === 0) out.push(s);
  }
  return out;
}

describe('StringIndex (the hash table behind computeBpf’s per-row lookups)', () => {
  it('numbers keys like a Map in first-insertion order, whatever the expected size (growth included)', () => {
    fc.assert(
      fc.property(arbOps, fc.nat(50), (ops, expected) => {
        check(ops, new StringIndex(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('strings equal by content are one key, strings that differ in any code unit are two', () => {
    const index = new StringIndex(4);
    const a = ['E', '12'].join('');
    const b = `E${12}`;
    expect(index.add(a)).toBe(0);
    expect(index.add(b)).toBe(0);
    expect(index.add('E12 ')).toBe(1);
    expect(index.add('e12')).toBe(2);
    expect(index.get('E1')).toBe(-1);
    expect(index.add('\ud83d\ude00')).toBe(3);
    expect(index.get('\ud83d')).toBe(-1);
  });

  it('keys that all probe from one slot give the same answers, and past the probe allowance the index moves to a Map', () => {
    const keys = colliding(60, 8);
    const ops: Op[] = [...keys, ...keys, 'other'].map((key, i) => ({ add: i % 3 !== 2, key }));
    const kept = new StringIndex(60);
    check(ops, kept);
    expect(kept.degraded).toBe(false);
    const moved = new StringIndex(60, 0);
    check(ops, moved);
    expect(moved.degraded).toBe(true);
    // After the move: still numbered in insertion order, new keys included.
    expect(moved.add('after')).toBe(moved.size - 1);
    expect(moved.get(keys[0]!)).toBe(0);
  });

  it('grows past the expected size without losing a key (a million-row input sizes it once)', () => {
    const index = new StringIndex(0);
    for (let i = 0; i < 5000; i++) expect(index.add(`E${i}`)).toBe(i);
    for (let i = 0; i < 5000; i++) expect(index.get(`E${i}`)).toBe(i);
    expect(index.get('E5000')).toBe(-1);
    expect(index.size).toBe(5000);
  });
});

describe('PairIndex (the (session, learner) table of bpfInputFromDomain)', () => {
  const arbPairs = fc.array(fc.tuple(fc.oneof(fc.nat(20), fc.nat(0x7fffffff)), fc.oneof(fc.nat(20), fc.nat(0x7fffffff))), { maxLength: 400 });

  function checkPairs(pairs: Array<[number, number]>, index: PairIndex): void {
    const ref = new Map<string, number>();
    for (const [a, b] of pairs) {
      const key = `${a},${b}`;
      if (!ref.has(key)) ref.set(key, ref.size);
      expect(index.add(a, b)).toBe(ref.get(key));
      expect(index.size).toBe(ref.size);
    }
  }

  it('numbers pairs like a Map of "a,b" keys, in first-insertion order, growth included', () => {
    fc.assert(
      fc.property(arbPairs, fc.nat(40), (pairs, expected) => {
        checkPairs(pairs, new PairIndex(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('(a, b) and (b, a) are two pairs', () => {
    const index = new PairIndex(4);
    expect(index.add(1, 2)).toBe(0);
    expect(index.add(2, 1)).toBe(1);
    expect(index.add(1, 2)).toBe(0);
    expect(index.add(0, 0)).toBe(2);
  });

  it('pairs that all probe from one slot: same answers; past the allowance, a Map', () => {
    const pairs: Array<[number, number]> = [];
    for (let a = 0; pairs.length < 60; a++) if ((hashPair(a, 7) & 255) === 0) pairs.push([a, 7]);
    const all = [...pairs, ...pairs.slice().reverse()];
    const kept = new PairIndex(60);
    checkPairs(all, kept);
    expect(kept.degraded).toBe(false);
    const moved = new PairIndex(60, 0);
    checkPairs(all, moved);
    expect(moved.degraded).toBe(true);
    expect(moved.add(1, 1)).toBe(60);
    expect(moved.add(pairs[0]![0], 7)).toBe(0);
  });
});
