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
import { measure, report, rssMb, type Measure } from './harness.js';
import { planParsed } from '../packages/cpf/src/financing/plan.js';
import { parseRequest } from '../packages/cpf/src/financing/schema.js';

const N = 100_000;

// Seeded LCG (Numerical Recipes constants): the same 100 000 requests on every run.
let seed = 20261122;
const rnd = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const cents = (min: number, max: number) => {
  const c = min * 100 + Math.floor(rnd() * (max - min) * 100);
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
};

const ACTIONS: CpfFinancingRequest['action'][] = [
  { type: 'rncp', code: 'RNCP37274' },
  { type: 'rncp-block', code: 'RNCP37274BC01' },
  { type: 'rs', code: 'RS5678' },
  { type: 'rs', code: 'RS5080', clea: true },
  { type: 'vae', code: 'RNCP37274' },
  { type: 'bilan' },
  { type: 'driving-licence', group: 'light', category: 'B' },
  { type: 'driving-licence', group: 'heavy', category: 'C' },
];
const CREDIT_BASES = ['L6323-4-III', 'L2254-2-VI', 'L6323-14', 'L6323-11-accord', 'L6323-13', 'L7342-3', 'sapin-ii'] as const;
const TOP_UP_FUNDERS = ['holder', 'employer', 'opco', 'state', 'region', 'france-travail'] as const;

function generate(): CpfFinancingRequest {
  const month = 3 + Math.floor(rnd() * 10);
  const day = 1 + Math.floor(rnd() * 28);
  const purchaseDate = `${month > 12 ? 2027 : 2026}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const nCredits = Math.floor(rnd() * 3);
  const nTopUps = Math.floor(rnd() * 3);
  const credits = Array.from({ length: nCredits }, (_, i) => {
    const c: { id: string; basis: (typeof CREDIT_BASES)[number]; funder: 'employer' | 'region'; amount: string; validUntil?: string; reservedFor?: { actionTypes: string[] } } = {
      id: `c${i}`,
      basis: pick(CREDIT_BASES),
      funder: rnd() < 0.7 ? 'employer' : 'region',
      amount: cents(0, 3000),
    };
    if (rnd() < 0.2) c.validUntil = `2026-0${1 + Math.floor(rnd() * 9)}-15`;
    if (rnd() < 0.15) c.reservedFor = { actionTypes: [pick(['rncp', 'bilan', 'rs'])] };
    return c;
  });
  const topUps = Array.from({ length: nTopUps }, (_, i) => ({ id: `t${i}`, basis: 'L6323-4-II' as const, funder: pick(TOP_UP_FUNDERS), amount: cents(0, 2000) }));
  return {
    purchaseDate,
    price: cents(50, 6000),
    action: pick(ACTIONS),
    holder: { status: rnd() < 0.2 ? 'jobseeker' : 'employee', hasValidLightLicence: rnd() < 0.3, publiclyFundedBilanWithin5Years: rnd() < 0.1 },
    acquiredRights: cents(0, 5000),
    ...(nCredits ? { credits } : {}),
    ...(nTopUps ? { topUps } : {}),
  } as CpfFinancingRequest;
}

const requests = Array.from({ length: N }, generate);
const parsed = requests.map((r) => CpfFinancingRequestSchema.parse(r));

// ---- Hand-written baseline: the same allocation on integer cents, no validation, no explanation.
const toCents = (s: string) => {
  const [i, f = ''] = s.split('.');
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
};
const fmt = (c: number) => `${(c - (c % 100)) / 100}.${String(c % 100).padStart(2, '0')}`;
const L1_RANK: Record<string, number> = { 'L6323-13': 0, 'L2254-2-VI': 1, 'L6323-11-accord': 2, 'L6323-4-III': 3, 'L6323-14': 3, 'L7342-3': 4, 'sapin-ii': 5 };
function allocate(r: CpfFinancingRequest, maxCpf: number): Array<{ level: number; source: string; amount: string }> {
  const a = r.action;
  const topUps = r.topUps ?? [];
  const licence = a.type === 'driving-licence' && a.group === 'light';
  let remaining = maxCpf;
  const lines: Array<{ level: number; source: string; amount: string }> = [];
  const credits = (r.credits ?? [])
    .filter((c) => toCents(c.amount as string) > 0 && (!c.validUntil || r.purchaseDate <= c.validUntil) && (!c.reservedFor?.actionTypes || c.reservedFor.actionTypes.includes(a.type)))
    .map((c, i) => ({ c, i }))
    .sort((x, y) => L1_RANK[x.c.basis]! - L1_RANK[y.c.basis]! || x.i - y.i);
  for (const { c } of credits) {
    const take = Math.min(remaining, toCents(c.amount as string));
    remaining -= take;
    if (take > 0) lines.push({ level: 1, source: c.id, amount: fmt(take) });
  }
  const cap = a.type === 'rs' && !a.clea ? 150000 : a.type === 'bilan' ? 160000 : licence ? 90000 : Infinity;
  const take2 = Math.min(remaining, toCents(r.acquiredRights as string), cap);
  remaining -= take2;
  if (take2 > 0) lines.push({ level: 2, source: 'acquired-rights', amount: fmt(take2) });
  const ordered = topUps.map((t, i) => ({ t, i })).sort((x, y) => Number(x.t.funder === 'holder') - Number(y.t.funder === 'holder') || x.i - y.i);
  for (const { t } of ordered) {
    const take = Math.min(remaining, toCents(t.amount as string));
    remaining -= take;
    if (take > 0) lines.push({ level: 3, source: t.id, amount: fmt(take) });
  }
  return lines;
}
function baseline(r: CpfFinancingRequest): { lines: Array<{ level: number; source: string; amount: string }>; holderPays: string } {
  const price = toCents(r.price as string);
  const a = r.action;
  const topUps = r.topUps ?? [];
  const licence = a.type === 'driving-licence' && a.group === 'light';
  let eligible = true;
  if (licence && r.holder.hasValidLightLicence) eligible = false;
  if (licence && r.holder.status !== 'jobseeker') {
    let co = 0;
    for (const t of topUps) if (t.funder !== 'holder') co += toCents(t.amount as string);
    if (co < 10000) eligible = false;
  }
  if (a.type === 'bilan' && r.holder.publiclyFundedBilanWithin5Years) eligible = false;
  if (!eligible) return { lines: [], holderPays: fmt(price) };
  const P = r.purchaseDate >= '2026-01-01' ? 10320 : 10223;
  const byTopUp = r.holder.status !== 'jobseeker' && topUps.some((t) => t.funder === 'employer' && toCents(t.amount as string) > 0);
  const exempt = r.holder.status === 'jobseeker' || byTopUp;
  let lines = allocate(r, price - (exempt ? 0 : Math.min(P, price)));
  // Strict reading (default): an employer top-up the order does not use does not exempt.
  if (byTopUp && !lines.some((l) => topUps.some((t) => t.id === l.source && t.funder === 'employer'))) lines = allocate(r, price - Math.min(P, price));
  let covered = 0;
  for (const l of lines) covered += toCents(l.amount);
  return { lines, holderPays: fmt(price - covered) };
}

// Same allocation, checked on every request before timing anything.
let mismatches = 0;
for (const r of requests) {
  const ours = planCpfFinancing(r);
  const theirs = baseline(r);
  if (JSON.stringify(ours.lines) !== JSON.stringify(theirs.lines) || ours.holderPays !== theirs.holderPays) mismatches++;
}
console.log(`${N.toLocaleString('en-US')} generated requests (seeded LCG); baseline and planCpfFinancing agree on ${(N - mismatches).toLocaleString('en-US')}/${N.toLocaleString('en-US')}.`);

const WARMUP = 20_000;
const full = measure('planCpfFinancing (validation + explanation)', N, (i) => planCpfFinancing(requests[i]!), WARMUP);
const base = measure('baseline: hand-written integer cents', N, (i) => baseline(requests[i]!), WARMUP);
report('Complete plans vs hand-written allocation (sources through tsx)', full, base);

// The published build (what npm users run), when `pnpm build` has produced it.
const distPath = new URL('../packages/cpf/dist/index.js', import.meta.url);
if (existsSync(distPath)) {
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
