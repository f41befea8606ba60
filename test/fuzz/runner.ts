/**
 * Calls one public function with many argument lists and classifies what happens. The contract
 * (README "Principles", ARCHITECTURE principle 6): a public function either returns or throws
 * `OfkitError`; it gives the same output for the same input; it never mutates its input nor
 * pollutes a prototype.
 */
import { isOfkitError } from '@ofkit/core';
import { snapshot } from './snapshot.js';
import type { PublicFunction } from './surface.js';

export interface Defect {
  readonly kind: 'exception' | 'nondeterministic' | 'mutated-input' | 'polluted-prototype';
  readonly detail: string;
  readonly args: string;
}

export interface FuzzStats {
  readonly id: string;
  runs: number;
  returned: number;
  ofkitErrors: number;
  /** Exceptions other than OfkitError, by constructor name and first message line. */
  readonly exceptions: Map<string, number>;
  readonly defects: Defect[];
  slowestMs: number;
  slowestArgs: string;
}

const preview = (args: unknown[]): string => {
  const s = snapshot(args, { invokeGetters: false });
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${String(e.message).split('\n')[0]!.slice(0, 120)}`;
  return `non-Error thrown: ${typeof e}`;
}

const protoKeys = () => [Object.getOwnPropertyNames(Object.prototype).join(','), Object.getOwnPropertyNames(Array.prototype).length, Object.getOwnPropertyNames(Function.prototype).length].join('|');
const BASE_PROTO = protoKeys();

async function invoke(f: PublicFunction, args: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
  try {
    const r = f.isClass ? new (f.fn as unknown as new (...a: unknown[]) => unknown)(...args) : f.fn(...args);
    const value = r instanceof Promise ? await r : r;
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error };
  }
}

export function newStats(id: string): FuzzStats {
  return { id, runs: 0, returned: 0, ofkitErrors: 0, exceptions: new Map(), defects: [], slowestMs: 0, slowestArgs: '' };
}

/** One call (twice, for determinism), recorded into `stats`. */
export async function fuzzCall(f: PublicFunction, rawArgs: unknown[], stats: FuzzStats): Promise<boolean> {
  // A mutation may have put a throwing getter on the argument list itself: that would throw in this
  // harness (the spread), not in the function. Such a list is not a call a user can make; skip it
  // (returns false: not counted as a run).
  let args: unknown[];
  try {
    args = Array.from(rawArgs);
  } catch {
    return false;
  }
  const before = snapshot(args, { invokeGetters: false });
  const t0 = performance.now();
  const first = await invoke(f, args);
  const ms = performance.now() - t0;
  stats.runs += 1;
  if (ms > stats.slowestMs) {
    stats.slowestMs = ms;
    stats.slowestArgs = preview(args);
  }
  if (protoKeys() !== BASE_PROTO || ({} as Record<string, unknown>)['polluted'] !== undefined) {
    stats.defects.push({ kind: 'polluted-prototype', detail: protoKeys(), args: preview(args) });
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  }
  if (snapshot(args, { invokeGetters: false }) !== before) {
    stats.defects.push({ kind: 'mutated-input', detail: 'an argument changed during the call', args: preview(args) });
  }
  if (!first.ok) {
    if (isOfkitError(first.error)) {
      stats.ofkitErrors += 1;
      return true;
    }
    const d = describeError(first.error);
    stats.exceptions.set(d, (stats.exceptions.get(d) ?? 0) + 1);
    stats.defects.push({ kind: 'exception', detail: d, args: preview(args) });
    return true;
  }
  stats.returned += 1;
  const second = await invoke(f, args);
  const a = snapshot(first.value);
  const b = second.ok ? snapshot(second.value) : `threw ${describeError(second.error)}`;
  if (a !== b) stats.defects.push({ kind: 'nondeterministic', detail: `${a.slice(0, 120)} ≠ ${b.slice(0, 120)}`, args: preview(args) });
  return true;
}

/**
 * The whole fuzzing of one function, the same for the test suite and `pnpm fuzz`: `runs` arbitrary
 * argument lists, the special values, then `runs` mutations spread over the function's seeds.
 * Samples are drawn in batches of 1000 with seeds derived from `seed`, so a setting is reproducible.
 */
export async function fuzzFunction(
  f: PublicFunction,
  seeds: readonly { readonly id: string; readonly args: readonly unknown[] }[],
  runs: number,
  seed: number,
  arbitraries: { anyArgs: import('fast-check').Arbitrary<unknown[]>; mutationsOf: (a: readonly unknown[]) => import('fast-check').Arbitrary<unknown[]>; specialValues: () => unknown[] },
  fc: typeof import('fast-check').default,
  /** The test suite's quick setting renders a fifth as many PDFs; `pnpm fuzz` passes `false` (every function gets every run). */
  fewerPdfRuns = true,
): Promise<FuzzStats> {
  const stats = newStats(f.id);
  const batch = 1000;
  // Rendering a PDF takes ~100 ms a call: a fifth of the runs keeps the suite's time reasonable.
  if (fewerPdfRuns && /pdf/i.test(f.id)) runs = Math.max(10, Math.ceil(runs / 5));
  for (let done = 0; done < runs; done += batch) {
    for (const args of fc.sample(arbitraries.anyArgs, { numRuns: Math.min(batch, runs - done), seed: seed + done })) await fuzzCall(f, args, stats);
  }
  for (const v of arbitraries.specialValues()) await fuzzCall(f, [v], stats);
  const mine = seeds.filter((s) => s.id === f.id);
  // A function without seeds (no valid call to mutate) gets as many more arbitrary calls instead,
  // so every function is called at least 2 × `runs` times.
  if (mine.length === 0) {
    for (let done = 0; done < runs; done += batch) {
      for (const args of fc.sample(arbitraries.anyArgs, { numRuns: Math.min(batch, runs - done), seed: seed + 104_729 + done })) await fuzzCall(f, args, stats);
    }
  }
  for (const [i, s] of mine.entries()) {
    // `n` calls made per seed: a mutation that breaks the argument list itself is not a call, so
    // sampling goes on (with the next seeds) until n calls are made, or 2n lists were drawn.
    const n = Math.ceil(runs / mine.length);
    let made = 0;
    for (let drawn = 0; made < n && drawn < 2 * n; drawn += batch) {
      for (const args of fc.sample(arbitraries.mutationsOf(s.args), { numRuns: Math.min(batch, n - made), seed: seed + (i + 1) * 7919 + drawn })) {
        if (await fuzzCall(f, args, stats)) made += 1;
      }
    }
  }
  return stats;
}
