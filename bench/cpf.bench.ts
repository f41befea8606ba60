/**
 * @ofkit/cpf — financing plans for 100 000 generated requests (seeded, deterministic).
 *
 * Figures: complete plans (validation + exact amounts + explanation), validation alone (the
 * hand-written twin of the schema that planCpfFinancing runs first, and zod for comparison), plans of
 * already validated requests, and a hand-written integer-cents baseline doing the same allocation
 * (same participation, exemptions, caps, credit conditions and order, no validation, no
 * explanation, no references). The baseline's lines are checked equal to ours on every request.
 */
import { planCpfFinancing, CpfFinancingRequestSchema, type CpfFinancingRequest } from '@ofkit/cpf';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { coldStart, measure, report, rssMb, type Measure } from './harness.js';
import { planParsed } from '../packages/cpf/src/financing/plan.js';
import { parseRequest } from '../packages/cpf/src/financing/schema.js';
import { generateCases } from '../packages/cpf/test/generate.js';

const N = 100_000;

// The varied mix of issue 13, from the generator the recorded-plans test uses (seeded: the same
// requests on every run): purchase dates across 2025–2026 (both orders of R. 6333-3, before and after
// the caps and D. 6323-6/-8), employees, jobseekers, self-employed, RNCP, blocks, RS, VAE, bilans,
// licences, 0–3 credits with validUntil and reservedFor (types and codes), 0–3 top-ups of every basis,
// amounts as strings or numbers. Default options.
const requests = generateCases(N, 20261122, false).map((c) => c.request);
const parsed = requests.map((r) => CpfFinancingRequestSchema.parse(r));
{
  const before = requests.filter((r) => r.purchaseDate < '2025-12-05').length;
  const reserved = requests.filter((r) => r.credits?.some((c) => c.reservedFor)).length;
  const numbers = requests.filter((r) => typeof r.price === 'number').length;
  console.log(`Mix: ${before.toLocaleString('en-US')} purchases before 5 Dec 2025 (old order), ${(N - before).toLocaleString('en-US')} after; ${reserved.toLocaleString('en-US')} with a reserved credit; ${numbers.toLocaleString('en-US')} with a numeric price.`);
}

// ---- Hand-written baseline: the same rules on integer cents, no validation, no explanation, no
// references (the rules in force on the generated dates, written out by hand).
const toCents = (v: string | number) => {
  if (typeof v === 'number') return Math.round(v * 100);
  const [i, f = ''] = v.split('.');
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
};
const fmt = (c: number) => `${(c - (c % 100)) / 100}.${String(c % 100).padStart(2, '0')}`;
const norm = (s: string) => s.replace(/\s+/g, '').toUpperCase();
type Line = { level: number; source: string; amount: string };
type Cand = { id: string; credit: boolean; basis: string; funder: string | undefined; cents: number; index: number; tier: number };
const L1_TIER: Record<string, number> = { 'L6323-13': 0, 'L2254-2-VI': 1, 'L6323-11-accord': 2, 'L6323-4-III': 3, 'L6323-14': 3, 'L7342-3': 4, 'sapin-ii': 5 };
const OLD_CREDIT_TIER: Record<string, number> = { 'L6323-13': 0, 'L2254-2-VI': 1, 'L6323-11-accord': 2, 'L6323-4-III': 3, 'L6323-14': 3 };
const COFIN_FUNDERS = ['employer', 'opco', 'state', 'region', 'france-travail', 'agefiph'];
const COFIN_BASES = ['L4163-8', 'CSS-L432-12', 'L6323-29'];
const byTier = (a: Cand, b: Cand) => a.tier - b.tier || (a.credit === b.credit ? 0 : a.credit ? -1 : 1) || a.index - b.index;

function usableCredits(r: CpfFinancingRequest): Cand[] {
  const a = r.action;
  const code = 'code' in a && typeof a.code === 'string' ? norm(a.code) : undefined;
  const out: Cand[] = [];
  (r.credits ?? []).forEach((c, index) => {
    const cents = toCents(c.amount);
    if (cents === 0) return;
    if (c.validUntil !== undefined && r.purchaseDate > c.validUntil) return;
    const res = c.reservedFor;
    if (res?.actionTypes && !res.actionTypes.includes(a.type)) return;
    if (res?.codes && (code === undefined || !res.codes.some((x) => norm(x) === code))) return;
    out.push({ id: c.id, credit: true, basis: c.basis, funder: c.funder, cents, index, tier: 0 });
  });
  return out;
}

function allocate(r: CpfFinancingRequest, credits: Cand[], maxCpf: number, rights: number, cap: number): Line[] {
  let remaining = maxCpf;
  const lines: Line[] = [];
  const take = (c: Cand, level: number) => {
    const t = Math.min(remaining, c.cents);
    remaining -= t;
    if (t > 0) lines.push({ level, source: c.id, amount: fmt(t) });
  };
  const acquired = () => {
    const t = Math.min(remaining, rights, cap);
    remaining -= t;
    if (t > 0) lines.push({ level: 2, source: 'acquired-rights', amount: fmt(t) });
  };
  const topUps: Cand[] = (r.topUps ?? []).map((t, index) => ({ id: t.id, credit: false, basis: t.basis, funder: t.funder, cents: toCents(t.amount), index, tier: 0 }));
  if (maxCpf === 0) return lines;
  if (r.purchaseDate >= '2025-12-05') {
    for (const c of credits) c.tier = L1_TIER[c.basis]!;
    for (const c of [...credits].sort(byTier)) take(c, 1);
    acquired();
    for (const t of topUps) t.tier = t.funder === 'holder' ? 1 : 0;
    for (const t of topUps.sort(byTier)) take(t, 3);
  } else {
    acquired();
    for (const c of credits) c.tier = OLD_CREDIT_TIER[c.basis] ?? 5;
    for (const t of topUps) t.tier = t.basis === 'L6323-29' ? 4 : t.funder === 'holder' ? 7 : 6;
    for (const c of [...credits, ...topUps].sort(byTier)) take(c, c.credit ? 1 : 3);
  }
  return lines;
}

function baseline(r: CpfFinancingRequest): { lines: Line[]; holderPays: string } {
  const price = toCents(r.price);
  const a = r.action;
  const d = r.purchaseDate;
  const h = r.holder;
  const topUps = r.topUps ?? [];
  const credits = usableCredits(r);
  const ineligible = { lines: [], holderPays: fmt(price) };
  if (h.meetsRetirementConditions) return ineligible;
  const light = a.type === 'driving-licence' && a.group === 'light';
  let barred = false;
  if (light && d >= '2026-02-21' && h.status !== 'jobseeker') {
    let co = 0;
    for (const t of topUps) if (t.funder !== 'holder' && (COFIN_FUNDERS.includes(t.funder) || COFIN_BASES.includes(t.basis))) co += toCents(t.amount);
    if (co < (d >= '2026-02-26' ? 10000 : 1)) return ineligible;
  }
  if (light && d >= '2026-02-26' && h.hasValidLightLicence === true && norm(a.category ?? '') !== 'BE') barred = true;
  if (a.type === 'bilan' && d >= '2026-02-26' && h.publiclyFundedBilanWithin5Years === true) barred = true;
  if (barred && credits.length === 0 && !topUps.some((t) => toCents(t.amount) > 0)) return ineligible;
  const P = d >= '2026-01-01' ? 10320 : 10223;
  const cap = d < '2026-02-26' ? Infinity : a.type === 'rs' && !a.clea ? 150000 : a.type === 'bilan' ? 160000 : light ? 90000 : Infinity;
  const rights = barred ? 0 : toCents(r.acquiredRights);
  const exempting = topUps.filter((t) => toCents(t.amount) > 0 && (t.basis === 'L4163-8' || t.basis === 'CSS-L432-12' || ((t.basis === 'L6323-4-II' || t.basis === 'L6323-14') && t.funder === 'employer')));
  const charged = price - Math.min(P, price);
  let lines: Line[];
  if (h.status === 'jobseeker') lines = allocate(r, credits, price, rights, cap);
  else if (exempting.length > 0) {
    lines = allocate(r, credits, price, rights, cap);
    // Strict reading (default): an exempting top-up the order does not use does not exempt.
    if (!lines.some((l) => exempting.some((t) => t.id === l.source))) lines = allocate(r, credits, charged, rights, cap);
  } else lines = allocate(r, credits, charged, rights, cap);
  let covered = 0;
  for (const l of lines) covered += toCents(l.amount);
  return { lines, holderPays: fmt(price - covered) };
}

// Same allocation, checked on every request before timing anything.
let mismatches = 0;
for (const r of requests) {
  const ours = planCpfFinancing(r);
  const theirs = baseline(r);
  if (JSON.stringify(ours.lines) !== JSON.stringify(theirs.lines) || ours.holderPays !== theirs.holderPays) {
    if (mismatches++ < 3) console.log('mismatch', JSON.stringify(r), JSON.stringify(ours.lines), ours.holderPays, JSON.stringify(theirs));
  }
}
console.log(`${N.toLocaleString('en-US')} generated requests (seeded LCG); baseline and planCpfFinancing agree on lines and holderPays for ${(N - mismatches).toLocaleString('en-US')}/${N.toLocaleString('en-US')}.`);
if (process.env['CPF_BENCH_CHECK_ONLY']) process.exit(mismatches === 0 ? 0 : 1);

const WARMUP = 20_000;
const full = measure('planCpfFinancing (validation + explanation)', N, (i) => planCpfFinancing(requests[i]!), WARMUP);
const base = measure('baseline: hand-written integer cents', N, (i) => baseline(requests[i]!), WARMUP);
// `pnpm bench` resolves @ofkit/cpf to the published build (bench/tsconfig.json); run alone through
// tsx, or with OFKIT_BENCH_SOURCES=1, it is the sources, and the build is measured next.
const measuredBuild = import.meta.resolve('@ofkit/cpf').includes('/dist/');
report(`Complete plans vs hand-written allocation (${measuredBuild ? 'published build, dist/' : 'sources through tsx'})`, full, base);

// The published build (what npm users run), when `pnpm build` has produced it and it was not measured above.
const distPath = new URL('../packages/cpf/dist/index.js', import.meta.url);
if (!measuredBuild && existsSync(distPath)) {
  const dist = (await import(distPath.href)) as { planCpfFinancing: typeof planCpfFinancing };
  const built = measure('planCpfFinancing from dist/ (tsup build)', N, (i) => dist.planCpfFinancing(requests[i]!), WARMUP);
  report('Complete plans, published build vs baseline', built, base);
}

// On a shared machine the wall clock also counts the time other processes hold the core. The
// process CPU time (user + system, all threads of this process, GC helpers included) is what one
// core spends on the work: the same loops, timed on it.
function measureCpu(name: string, ops: number, fn: (i: number) => unknown, warmup = WARMUP): Measure {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn(i);
  (globalThis as { gc?: () => void }).gc?.();
  const h0 = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  for (let i = 0; i < ops; i++) sink = fn(i);
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  if (sink === Symbol.for('never')) console.log('');
  return { name, ops, ms, opsPerSec: (ops / ms) * 1000, heapDeltaMb: (process.memoryUsage().heapUsed - h0) / 1048576 };
}
const fullCpu = measureCpu('planCpfFinancing, CPU time', N, (i) => planCpfFinancing(requests[i]!));
const baseCpu = measureCpu('baseline, CPU time', N, (i) => baseline(requests[i]!));
report(`Complete plans vs hand-written allocation, process CPU time (load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}, ${availableParallelism()} CPUs)`, fullCpu, baseCpu);

const validate = measure('validation alone (parseRequest: hand-written twin of the schema)', N, (i) => parseRequest(requests[i]!), WARMUP);
report('Where the time goes (1): validation alone vs baseline', validate, base);
const zodOnly = measure('zod CpfFinancingRequestSchema.safeParse (for comparison)', N, (i) => CpfFinancingRequestSchema.safeParse(requests[i]!), WARMUP);
report('Where the time goes (1b): the zod schema the fast path mirrors vs baseline', zodOnly, base);
const noValidation = measure('plan of a validated request (explanation)', N, (i) => planParsed(parsed[i]!), WARMUP);
report('Where the time goes (2): plan without validation vs baseline', noValidation, base);

// Memory kept by 100 000 plans (explanations, warnings and references included).
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const kept = requests.map((r) => planCpfFinancing(r));
gc?.();
const heap1 = process.memoryUsage().heapUsed;
console.log(`\nMemory: 100,000 plans kept in memory use ${((heap1 - heap0) / 1048576).toFixed(1)} MB (${Math.round((heap1 - heap0) / kept.length).toLocaleString('en-US')} bytes per plan with its explanation)${gc ? '' : ' [run with --expose-gc for a settled figure]'}; peak RSS ${rssMb().toFixed(0)} MB.`);
console.log(`Summary: ${Math.round(full.opsPerSec).toLocaleString('en-US')} complete plans/s by the wall clock, ${Math.round(fullCpu.opsPerSec).toLocaleString('en-US')} per CPU-second (target 100,000 on one core; load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} CPUs); validation ≈ ${Math.round((validate.ms / (validate.ms + noValidation.ms)) * 100)} % of the work, plan and explanation ≈ ${Math.round((noValidation.ms / (validate.ms + noValidation.ms)) * 100)} %.`);

// ---- Cold start: a fresh Node process that imports the published build and plans one purchase,
// against a bare `node` doing nothing (median of 9 runs each, interleaved so load affects both).
{
  const dist = new URL('../packages/cpf/dist/index.js', import.meta.url);
  if (existsSync(dist)) {
    const one = JSON.stringify(requests[0]);
    const c = await coldStart(`import { planCpfFinancing } from ${JSON.stringify(dist.href)}; planCpfFinancing(${one});`);
    console.log(`\nCold start (import of dist/ + first plan) ${c.ours.toFixed(0)} ms vs bare node ${c.bare.toFixed(0)} ms: ${c.ratio.toFixed(2)}× (target ≤ 1.8×; load average ${c.load.toFixed(2)}).`);
  }
}

// ---- Bundle: `import { planCpfFinancing }` bundled and minified from the sources, as a user's
// bundler would (the guard is in test/tree-shaking.test.ts).
{
  const { build } = await import('esbuild');
  const r = await build({
    stdin: { contents: `import { planCpfFinancing } from ${JSON.stringify(new URL('../packages/cpf/src/index.ts', import.meta.url).pathname)}; console.log(planCpfFinancing);`, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, logLevel: 'silent', metafile: true,
  });
  let zod = 0;
  for (const o of Object.values(r.metafile.outputs)) for (const [f, i] of Object.entries(o.inputs)) if (f.includes('/zod/')) zod += i.bytesInOutput;
  const code = r.outputFiles[0]!.text;
  const size = code.length;
  // What no minifier can shorten: the string literals (the French and English text of every step and
  // warning, the legal references, zod's two locales, the error messages). Counted on the minified code.
  let strings = 0;
  for (const m of code.matchAll(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)) strings += m[0].length;
  const { gzipSync } = await import('node:zlib');
  console.log(`Bundle of import { planCpfFinancing }: ${(size / 1000).toFixed(1)} kB minified (target ≤ 80 kB), ${(gzipSync(code).length / 1000).toFixed(1)} kB gzipped; zod ${(zod / 1000).toFixed(1)} kB of it; string literals ${(strings / 1000).toFixed(1)} kB, so ${((size - strings) / 1000).toFixed(1)} kB of code.`);
}
