/**
 * @internal A set of strings that numbers each one in first-insertion order (0, 1, 2…), for the
 * per-row lookups of `computeBpf` (session of each row, distinct persons, unique enrolment ids).
 *
 * Same answers as a `Map<string, number>` filled with `map.set(s, map.size)` when absent, but faster
 * over a million rows: the table is sized once from the expected count (a `Map` is rehashed each
 * time it doubles), lives in one `Int32Array` of (hash, index + 1) pairs, and stores nothing per key
 * but the key itself. Open addressing with linear probing, at most half full. Keys are compared by
 * their 32-bit hash first, then by `===`.
 *
 * The hash is not seeded (packages stay free of randomness), so keys crafted to collide could make
 * the probes long: when the probes exceed a few per operation on average, the index moves its keys
 * to a `Map` (same numbering) and carries on with it, so the worst case stays linear like a `Map`.
 *
 * @module
 */

/** FNV-1a over the UTF-16 code units, then the murmur3 finaliser (so the low bits mix well). */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Probes allowed per operation on average (plus a fixed allowance) before moving to a `Map`. */
const PROBES_PER_OP = 8;
const PROBES_ALLOWANCE = 4096;

/** Slots for `expected` keys at most half full (a power of two; at most 4 million keys up front, since a sparse list can claim any length: the tables grow past it). */
function initialCapacity(expected: number): number {
  let cap = 16;
  const want = Math.min(Math.max(expected, 0), 1 << 22) * 2;
  while (cap < want) cap *= 2;
  return cap;
}

/** Counts the probes of a table's operations; `spend` says when they exceed the budget (then the table moves to a `Map`). */
class ProbeBudget {
  private ops = 0;
  private probes = 0;
  constructor(private readonly allowance: number) {}
  /** Records one operation of `steps` probes; true once the probes exceed the budget. */
  spend(steps: number): boolean {
    this.ops++;
    this.probes += steps;
    return this.probes > PROBES_PER_OP * this.ops + this.allowance;
  }
}

/** @internal See the module comment. */
export class StringIndex {
  /** (hash, index + 1) per slot; index + 1 = 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private readonly keys: string[] = [];
  /** Set once the probes got too long: the index continues in this map. */
  private map: Map<string, number> | undefined;
  private readonly budget: ProbeBudget;

  /**
   * @param expected keys expected (the table is sized for them; it grows past them if needed).
   * @param allowance probes allowed beyond the average before moving to a `Map` (tests lower it).
   */
  constructor(expected: number, allowance = PROBES_ALLOWANCE) {
    this.budget = new ProbeBudget(allowance);
    const cap = initialCapacity(expected);
    this.slots = new Int32Array(2 * cap);
    this.mask = cap - 1;
  }

  /** Whether the index moved to a `Map` (for tests). */
  get degraded(): boolean {
    return this.map !== undefined;
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.keys.length;
  }

  /** The key numbered `i` (0 ≤ i < size). */
  key(i: number): string {
    return this.keys[i]!;
  }

  /** The number of `s`, or -1 when absent. */
  get(s: string): number {
    if (this.map !== undefined) return this.map.get(s) ?? -1;
    const h = hashString(s);
    const slots = this.slots;
    const mask = this.mask;
    let j = h & mask;
    let steps = 0;
    for (;;) {
      const x = slots[2 * j + 1]!;
      if (x === 0) break;
      if (slots[2 * j] === h && this.keys[x - 1] === s) {
        this.count(steps);
        return x - 1;
      }
      j = (j + 1) & mask;
      steps++;
    }
    this.count(steps);
    return -1;
  }

  /** The number of `s`, numbering it `size` first when absent (then `size` grows by one). */
  add(s: string): number {
    if (this.map !== undefined) {
      const at = this.map.get(s);
      if (at !== undefined) return at;
      const k = this.keys.length;
      this.keys.push(s);
      this.map.set(s, k);
      return k;
    }
    const h = hashString(s);
    const slots = this.slots;
    const mask = this.mask;
    let j = h & mask;
    let steps = 0;
    for (;;) {
      const x = slots[2 * j + 1]!;
      if (x === 0) break;
      if (slots[2 * j] === h && this.keys[x - 1] === s) {
        this.count(steps);
        return x - 1;
      }
      j = (j + 1) & mask;
      steps++;
    }
    const k = this.keys.length;
    this.keys.push(s);
    slots[2 * j] = h;
    slots[2 * j + 1] = k + 1;
    if (2 * (k + 1) > mask + 1) this.grow();
    this.count(steps);
    return k;
  }

  private count(steps: number): void {
    if (this.budget.spend(steps) && this.map === undefined) {
      const map = new Map<string, number>();
      for (let i = 0; i < this.keys.length; i++) map.set(this.keys[i]!, i);
      this.map = map;
      this.slots = new Int32Array(0);
    }
  }

  /** Doubles the table (the hashes are kept, so no key is hashed again). */
  private grow(): void {
    const old = this.slots;
    const cap = 2 * (this.mask + 1);
    const mask = cap - 1;
    const slots = new Int32Array(2 * cap);
    for (let j = 0; j < old.length; j += 2) {
      const x = old[j + 1]!;
      if (x === 0) continue;
      const h = old[j]!;
      let t = h & mask;
      while (slots[2 * t + 1] !== 0) t = (t + 1) & mask;
      slots[2 * t] = h;
      slots[2 * t + 1] = x;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * @internal Pairs of non-negative integers (below 2^31) numbered in first-insertion order, like
 * {@link StringIndex} for strings: a (session, learner) pair without building a `"session|learner"`
 * string per lookup. Same table (hash, then both numbers, then index + 1 per slot) and the same move
 * to a `Map` when probes grow long.
 */
export class PairIndex {
  /** (hash, a, b, index + 1) per slot; index + 1 = 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private map: Map<string, number> | undefined;
  private readonly budget: ProbeBudget;

  constructor(expected: number, allowance = PROBES_ALLOWANCE) {
    this.budget = new ProbeBudget(allowance);
    const cap = initialCapacity(expected);
    this.slots = new Int32Array(4 * cap);
    this.mask = cap - 1;
  }

  /** Whether the index moved to a `Map` (for tests). */
  get degraded(): boolean {
    return this.map !== undefined;
  }

  /** Number of distinct pairs. */
  get size(): number {
    return this.count;
  }

  /** The number of (a, b), numbering it `size` first when absent. */
  add(a: number, b: number): number {
    if (this.map !== undefined) {
      const key = `${a} ${b}`;
      const at = this.map.get(key);
      if (at !== undefined) return at;
      this.map.set(key, this.count);
      return this.count++;
    }
    const h = hashPair(a, b);
    const slots = this.slots;
    const mask = this.mask;
    let j = h & mask;
    let steps = 0;
    for (;;) {
      const x = slots[4 * j + 3]!;
      if (x === 0) break;
      if (slots[4 * j] === h && slots[4 * j + 1] === a && slots[4 * j + 2] === b) {
        this.tally(steps);
        return x - 1;
      }
      j = (j + 1) & mask;
      steps++;
    }
    const k = this.count++;
    slots[4 * j] = h;
    slots[4 * j + 1] = a;
    slots[4 * j + 2] = b;
    slots[4 * j + 3] = k + 1;
    if (2 * this.count > mask + 1) this.grow();
    this.tally(steps);
    return k;
  }

  private tally(steps: number): void {
    if (this.budget.spend(steps) && this.map === undefined) {
      const map = new Map<string, number>();
      const s = this.slots;
      for (let j = 0; j < s.length; j += 4) if (s[j + 3] !== 0) map.set(`${s[j + 1]} ${s[j + 2]}`, s[j + 3]! - 1);
      this.map = map;
      this.slots = new Int32Array(0);
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = 2 * (this.mask + 1);
    const mask = cap - 1;
    const slots = new Int32Array(4 * cap);
    for (let j = 0; j < old.length; j += 4) {
      if (old[j + 3] === 0) continue;
      let t = old[j]! & mask;
      while (slots[4 * t + 3] !== 0) t = (t + 1) & mask;
      slots[4 * t] = old[j]!;
      slots[4 * t + 1] = old[j + 1]!;
      slots[4 * t + 2] = old[j + 2]!;
      slots[4 * t + 3] = old[j + 3]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A 32-bit hash of two integers (murmur3 finaliser of a mix of both). */
export function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
