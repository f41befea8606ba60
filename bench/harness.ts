/**
 * A tiny benchmark harness: each case is measured beside a baseline doing the same work by hand,
 * in the same process and the same run, so the ratio means something on a noisy machine.
 * Never used by tests; timing thresholds never fail a build.
 */
import { performance } from 'node:perf_hooks';

export interface Measure {
  readonly name: string;
  readonly ops: number;
  readonly ms: number;
  readonly opsPerSec: number;
  readonly heapDeltaMb: number;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs `fn` `ops` times (after a warm-up of `warmup` runs) and returns the time and the heap growth.
 * `fn` receives the iteration index; return a value to keep the work from being optimised away.
 */
export function measure(name: string, ops: number, fn: (i: number) => unknown, warmup = Math.min(1000, ops)): Measure {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn(i);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < ops; i++) sink = fn(i);
  const ms = performance.now() - t0;
  const heap1 = process.memoryUsage().heapUsed;
  if (sink === Symbol.for('never')) console.log('');
  return { name, ops, ms, opsPerSec: (ops / ms) * 1000, heapDeltaMb: (heap1 - heap0) / 1048576 };
}

/** Times one call of `fn` (for whole-batch work such as computing a BPF over a million rows). */
export function measureOnce<T>(name: string, fn: () => T): Measure & { result: T } {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  const heap1 = process.memoryUsage().heapUsed;
  return { name, ops: 1, ms, opsPerSec: 1000 / ms, heapDeltaMb: (heap1 - heap0) / 1048576, result };
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Prints a measure beside its baseline, with the ratio (how many times slower ours is). */
export function report(title: string, ours: Measure, baseline?: Measure, note?: string): void {
  const line = (m: Measure) =>
    `  ${m.name.padEnd(46)} ${fmt(m.opsPerSec).padStart(12)} ops/s ${fmt(m.ms, 1).padStart(10)} ms  heap ${fmt(m.heapDeltaMb, 1).padStart(7)} MB`;
  console.log(`\n${title}`);
  console.log(line(ours));
  if (baseline) {
    console.log(line(baseline));
    console.log(`  ratio (ours / baseline time): ${fmt(ours.ms / ours.ops / (baseline.ms / baseline.ops), 2)}×`);
  }
  if (note) console.log(`  ${note}`);
}

/** Peak resident memory so far, in MB. */
export function rssMb(): number {
  return process.memoryUsage().rss / 1048576;
}

/**
 * Cold start (issue 13): median of `runs` fresh Node processes running `code` (an ES module body)
 * against a bare `node` doing nothing, interleaved so load affects both. Returns milliseconds.
 */
export async function coldStart(code: string, runs = 9): Promise<{ ours: number; bare: number; ratio: number; load: number }> {
  const { spawnSync } = await import('node:child_process');
  const { loadavg } = await import('node:os');
  const time = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`cold start run failed: ${args.join(' ')}`);
    return performance.now() - t0;
  };
  const bare: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['--input-type=module', '-e', '']));
    ours.push(time(['--input-type=module', '-e', code]));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ours: median(ours), bare: median(bare), ratio: median(ours) / median(bare), load: loadavg()[0]! };
}
