/**
 * Recorded outcomes of @ofkit/rnq's public functions over a seeded, varied set of calls (approval
 * testing, issue 14 item 5): the valid calls of the vectors, the example data and three public xAPI
 * corpora, then variations of them. Two kinds of variation:
 *
 * - *plausible* ones, which keep the shape of the input and change values (another value of the same
 *   type found elsewhere in the call, a shifted date, a number at a boundary, an array item removed
 *   or repeated, a boolean flipped, a string emptied): they reach the domain rules, and most stay
 *   valid, or are invalid in the ways users get wrong;
 * - the *hostile* mutations of the fuzz suite (test/fuzz/hostile.ts): wrong types deep inside,
 *   deletions, null prototypes, cycles, throwing getters.
 *
 * The outcome of each call (the whole result, or the `OfkitError`'s code and every issue with its
 * path and both messages) is reduced to a SHA-256 digest and kept in `recorded/outcomes.json`. The
 * test recomputes them: any change of a result, a warning, a reason or an error message fails, with
 * the call and both outcomes printed. This does not say the recorded outcomes are right (the vector
 * tests, with their reasoning, do that); it says nothing changed without being seen. When a change is
 * intended, rewrite the record (`tsx packages/rnq/test/recorded-outcomes.ts --write`) and say in the
 * commit why the outcomes changed.
 *
 * Run without `--write`, it prints how many outcomes differ from the record.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { isOfkitError } from '@ofkit/core';
import * as rnq from '../src/index.js';
import { mutationsOf } from '../../../test/fuzz/hostile.js';
import { snapshot } from '../../../test/fuzz/snapshot.js';

export const RECORD_PATH = new URL('./recorded/outcomes.json', import.meta.url);
export const RECORD_SEED = 20261206;
/** Variations per seed, of each kind (more for the functions with few seeds and many rules). */
export const PLAUSIBLE_PER_SEED = 24;
const PLAUSIBLE_FOR: Partial<Record<string, number>> = { assessReadiness: 120, computeResultIndicators: 80, auditCycle: 40, nonConformityDeadlines: 40 };
export const HOSTILE_PER_SEED = 6;

const root = new URL('../../../', import.meta.url);
const json = (p: string): any => JSON.parse(readFileSync(new URL(p, root), 'utf8'));

export interface Call {
  readonly fn: keyof typeof rnq & string;
  readonly args: readonly unknown[];
}

/** The valid calls every variation starts from. */
export function seedCalls(): Call[] {
  const out: Call[] = [];
  const readiness = json('packages/rnq/src/readiness/vectors/readiness.json').cases as { profile: unknown; evidence: unknown; options: unknown }[];
  for (const c of readiness) out.push({ fn: 'assessReadiness', args: [c.profile, c.evidence, c.options] });
  for (const name of ['micro-of', 'cfa']) {
    const d = json(`examples/data/rnq/${name}.json`);
    out.push({ fn: 'assessReadiness', args: [d.profile, d.evidence, { auditDate: d.auditDate, auditType: d.auditType }] });
  }
  const applicability = json('packages/rnq/src/applicability/vectors/applicability.json').cases as { profile: unknown; options: unknown }[];
  for (const c of applicability) out.push({ fn: 'applicableIndicators', args: c.options === undefined ? [c.profile] : [c.profile, c.options] });
  for (const c of json('packages/rnq/src/results/vectors/results.json').cases as { input: unknown }[]) out.push({ fn: 'computeResultIndicators', args: [c.input] });
  const calendar = json('packages/rnq/src/calendar/vectors/calendar.json');
  for (const c of calendar.auditCycle as { input: unknown }[]) out.push({ fn: 'auditCycle', args: [c.input] });
  for (const c of calendar.nonConformity as { input: unknown }[]) out.push({ fn: 'nonConformityDeadlines', args: [c.input] });
  // xAPI: the example session, and batches of the public corpora (packages/rnq/test/xapi/SOURCES.md).
  const xapi = json('examples/data/rnq/micro-of-xapi.json');
  out.push({ fn: 'assessDistanceLearning', args: [xapi.traces, xapi.session] });
  out.push({ fn: 'assessDistanceLearning', args: [xapi.traces, xapi.session, { idleCutoffMinutes: 10, calendarDurations: 'average' }] });
  const STORED = '2026-03-02T09:00:00Z';
  const asStored = (st: Record<string, unknown>) => (st['timestamp'] === undefined && st['stored'] === undefined ? { ...st, stored: STORED } : st);
  const moodle = json('packages/rnq/test/xapi/moodle.json').tests as { statements: Record<string, unknown>[] }[];
  const moodleStatements = moodle.flatMap((t) => t.statements).map(asStored);
  for (let i = 0; i < moodleStatements.length; i += 12) out.push({ fn: 'assessDistanceLearning', args: [moodleStatements.slice(i, i + 12), { id: `moodle-${i}` }] });
  const spec = (json('packages/rnq/test/xapi/spec.json').cases as { statement?: Record<string, unknown> }[]).filter((c) => c.statement).map((c) => asStored(c.statement!));
  out.push({ fn: 'assessDistanceLearning', args: [spec, { id: 'spec' }] });
  const conformance = (json('packages/rnq/test/xapi/conformance.json').cases as { statement: Record<string, unknown> }[]).map((c) => asStored(c.statement));
  for (let i = 0; i < conformance.length; i += 10) out.push({ fn: 'assessDistanceLearning', args: [conformance.slice(i, i + 10), { id: `conformance-${i}` }] });
  for (const d of ['PT1H30M', 'P1DT2H', 'PT0.5S', 'P1Y2M', 'P3W', 'PT36H']) out.push({ fn: 'parseIsoDuration', args: [d] });
  for (const date of ['2019-12-31', '2026-01-01', '2026-12-01']) out.push({ fn: 'getReferential', args: [date] });
  for (const [n, v] of [[23, 'rnq-2026'], [8, 'rnq-2019'], [11, 'rnq-2026'], [30, 'rnq-2019']] as const) {
    out.push({ fn: 'evidenceKindsFor', args: [n, v] });
    out.push({ fn: 'requirementGroups', args: [n, v, false] });
    out.push({ fn: 'requirementGroups', args: [n, v, true] });
  }
  for (const [a, b] of [[1, 3], [0, 0], [2, 2], [199, 200]]) out.push({ fn: 'percent', args: [a, b] });
  for (const a of [{ mbox: 'mailto:Lea@Exemple.fr' }, { mbox_sha1sum: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' }, { openid: 'https://id.example.org/lea' }, { account: { homePage: 'https://lms.example.org', name: 'lea' } }]) {
    out.push({ fn: 'xapiAgentId', args: [a] });
  }
  for (const name of ['profile', 'evidence', 'options', 'metadata:attendance-sheet']) out.push({ fn: 'rnqJsonSchema', args: [name] });
  return out;
}

// ---- Plausible variations ----------------------------------------------------------------------

type Path = (string | number)[];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function leaves(value: unknown, prefix: Path = [], out: { path: Path; value: unknown }[] = [], depth = 0): { path: Path; value: unknown }[] {
  if (depth > 14 || value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) {
    const p = [...prefix, Array.isArray(value) ? Number(k) : k];
    if (v !== null && typeof v === 'object') {
      out.push({ path: p, value: v });
      leaves(v, p, out, depth + 1);
    } else out.push({ path: p, value: v });
  }
  return out;
}

function shiftDate(s: string, days: number): string {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return s;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) + s.slice(10);
}

const DATE_SHIFTS = [-400, -366, -365, -31, -1, 1, 30, 183, 365, 730, 1100];
const NUMBERS = [0, 1, -1, 0.5, 2, 59, 60, 100, 1e6];
const OPS = ['swap', 'number', 'date', 'drop', 'repeat', 'flip', 'empty', 'swap'] as const;

function vary(args: readonly unknown[], picks: readonly [number, number, number][]): unknown[] {
  const copy = structuredClone(args) as unknown[];
  for (const [where, opIndex, pick] of picks) {
    const all = leaves(copy);
    if (all.length === 0) break;
    const target = all[where % all.length]!;
    const key = target.path[target.path.length - 1]!;
    let parent = copy as unknown as Record<string | number, unknown>;
    for (const k of target.path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const v = target.value;
    const op = OPS[opIndex % OPS.length]!;
    if (op === 'swap') {
      const same = all.filter((l) => typeof l.value === typeof v && l.value !== v && (v === null || typeof v !== 'object' || Array.isArray(l.value) === Array.isArray(v)));
      if (same.length > 0) parent[key] = structuredClone(same[pick % same.length]!.value);
    } else if (op === 'number' && typeof v === 'number') parent[key] = NUMBERS[pick % NUMBERS.length]!;
    else if (op === 'date' && typeof v === 'string' && ISO_DATE.test(v)) parent[key] = shiftDate(v, DATE_SHIFTS[pick % DATE_SHIFTS.length]!);
    else if (op === 'drop' && Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (op === 'drop' && Array.isArray(v) && v.length > 0) v.splice(pick % v.length, 1);
    else if (op === 'repeat' && Array.isArray(v) && v.length > 0) v.push(structuredClone(v[pick % v.length]));
    else if (op === 'repeat' && Array.isArray(parent)) parent.push(structuredClone(v));
    else if (op === 'flip' && typeof v === 'boolean') parent[key] = !v;
    else if (op === 'empty' && typeof v === 'string') parent[key] = pick % 2 === 0 ? '' : v.toUpperCase();
    else if (op === 'empty' && Array.isArray(v)) parent[key] = [];
    else if (typeof v === 'number') parent[key] = NUMBERS[pick % NUMBERS.length]!;
    else if (typeof v === 'string' && ISO_DATE.test(v)) parent[key] = shiftDate(v, DATE_SHIFTS[pick % DATE_SHIFTS.length]!);
  }
  return copy;
}

const plausible = (args: readonly unknown[]) =>
  fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }).map((picks) => vary(args, picks));

/** An argument list a user can pass: a mutation may have put a throwing getter on the list itself (as in the fuzz runner, such a list is left out). */
function spreadable(args: readonly unknown[]): boolean {
  try {
    Array.from(args);
    return true;
  } catch {
    return false;
  }
}

/** Every call of the record, in order: each seed, then its plausible and its hostile variations. */
export function recordedCalls(): Call[] {
  const out: Call[] = [];
  seedCalls().forEach((s, i) => {
    out.push(s);
    for (const args of fc.sample(plausible(s.args), { numRuns: PLAUSIBLE_FOR[s.fn] ?? PLAUSIBLE_PER_SEED, seed: RECORD_SEED + i })) out.push({ fn: s.fn, args });
    for (const args of fc.sample(mutationsOf(s.args), { numRuns: HOSTILE_PER_SEED, seed: RECORD_SEED + 7919 * (i + 1) })) if (spreadable(args)) out.push({ fn: s.fn, args });
  });
  return out;
}

/** What one call gives, as text: the result, or the error's code and every issue. */
export function outcomeText(call: Call): string {
  const fn = rnq[call.fn] as unknown as (...a: unknown[]) => unknown;
  try {
    return `ok ${snapshot(fn(...call.args))}`;
  } catch (e) {
    if (isOfkitError(e)) return `OfkitError ${e.code} ${JSON.stringify(e.issues.map((i) => [i.path, i.code, i.message, i.messageEn]))}`;
    return `other ${e instanceof Error ? `${e.constructor.name}: ${e.message}` : typeof e}`;
  }
}

export const digest = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

export interface Recorded {
  readonly fn: string;
  readonly kind: 'ok' | 'OfkitError' | 'other';
  readonly sha: string;
}

export function readRecord(): { seed: number; outcomes: Recorded[] } {
  return JSON.parse(readFileSync(RECORD_PATH, 'utf8')) as { seed: number; outcomes: Recorded[] };
}

export function record(call: Call): Recorded {
  const text = outcomeText(call);
  return { fn: call.fn, kind: text.slice(0, text.indexOf(' ')) as Recorded['kind'], sha: digest(text) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const calls = recordedCalls();
  const outcomes = calls.map(record);
  if (process.argv.includes('--write')) {
    const body = outcomes.map((o) => JSON.stringify(o)).join(',\n');
    writeFileSync(RECORD_PATH, `{"seed":${RECORD_SEED},"outcomes":[\n${body}\n]}\n`);
    console.log(`wrote ${outcomes.length} outcomes`);
  } else {
    const was = readRecord().outcomes;
    const differ = outcomes.filter((o, i) => was[i]?.sha !== o.sha).length;
    console.log(`${differ} of ${outcomes.length} outcomes differ from the record`);
  }
  const byFn: Record<string, Record<string, number>> = {};
  for (const o of outcomes) (byFn[o.fn] ??= {})[o.kind] = (byFn[o.fn]![o.kind] ?? 0) + 1;
  console.log(byFn);
}
