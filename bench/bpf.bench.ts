/**
 * computeBpf over 1 000 000 enrolment rows (seeded generator), beside a hand-written single loop
 * doing the same sums (hours by trainee type, objective and NSF; distinct persons; no validation,
 * no traceability). Target from issue 5: computeBpf under 2 s.
 *
 * Then bpfInputFromDomain (the bridge from the @ofkit/core domain records: zod validation of every
 * record with the core schemas, references, attendance half-days → hours by date) over 50 000
 * enrolments, beside a hand-written mapping of the same records without validation.
 *
 * Then the scaling of both functions (issue 13 item 7): time for 2n over time for n, each size
 * measured in its own child process (this file run with `--child <fn> <n>`), so the heap and JIT
 * state of one size cannot weigh on the other. Target: ≤ 2.2× for 2× input.
 *
 * Run: node --expose-gc --import tsx bench/bpf.bench.ts [rows]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bpfInputFromDomain, computeBpf, type BpfDomainInput, type BpfInput } from '@ofkit/docs-gen';
import { measureOnce, report, rssMb } from './harness.js';

const CHILD = process.argv[2] === '--child';
const ROWS = CHILD ? 0 : Number(process.argv[2] ?? 1_000_000);
/** Timed runs per measure; the median is reported. */
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const loadavg = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return '(uptime unavailable)';
  }
};

/** mulberry32: a small seeded PRNG so that every run sees the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['salarie-prive', 'apprenti', 'demandeur-emploi', 'particulier', 'autre'] as const;
const OBJECTIVES = ['rncp', 'rs', 'cqp-hors-repertoire', 'autre', 'bilan-de-competences', 'vae'] as const;
const NSF = ['100', '136', '310', '312', '314', '315', '324', '326', '331', '344', '413', '415'];

function generate(rows: number): BpfInput {
  const r = rng(20261122);
  const trainings = Array.from({ length: 200 }, (_, i) => {
    const objective = OBJECTIVES[Math.floor(r() * OBJECTIVES.length)]!;
    return {
      id: `T${i}`,
      title: `Formation ${i}`,
      objective,
      ...(objective === 'rncp' ? { rncpLevel: (3 + Math.floor(r() * 5)) as 3 | 4 | 5 | 6 | 7 } : {}),
      nsfCode: NSF[Math.floor(r() * NSF.length)]!,
      nsfLabel: 'Spécialité',
    };
  });
  const sessions = Array.from({ length: 20_000 }, (_, i) => {
    const day = 1 + Math.floor(r() * 27);
    const month = 1 + Math.floor(r() * 12);
    const d = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const sub = r();
    return { id: `S${i}`, trainingId: `T${Math.floor(r() * trainings.length)}`, start: d, end: d, subcontracting: sub < 0.03 ? ('in' as const) : sub < 0.06 ? ('out' as const) : ('none' as const) };
  });
  const enrolments = new Array(rows);
  for (let i = 0; i < rows; i++) {
    enrolments[i] = {
      id: `E${i}`,
      learnerId: `L${Math.floor(r() * rows * 0.6)}`,
      sessionId: `S${Math.floor(r() * sessions.length)}`,
      traineeType: TYPES[Math.floor(r() * TYPES.length)],
      hours: Math.round(r() * 140 * 4) / 4,
    };
  }
  const payers = [
    { id: 'ENT', name: 'Entreprises', cLine: '1' as const },
    { id: 'OPCO', name: 'OPCO', cLine: '2h' as const },
    { id: 'CDC', name: 'CDC', cLine: '2e' as const },
  ];
  const invoices = Array.from({ length: 50_000 }, (_, i) => ({
    id: `F${i}`,
    issueDate: sessions[i % sessions.length]!.start,
    amountHT: (Math.floor(r() * 500000) / 100).toFixed(2),
    payerId: payers[i % 3]!.id,
  }));
  return {
    financialYear: { start: '2025-01-01', end: '2025-12-31' },
    trainings,
    sessions,
    enrolments,
    payers,
    invoices,
    charges: { total: '1000000.00', trainerSalaries: '400000.00', purchasedTraining: '100000.00' },
  };
}

/** The same sums by hand: one loop, Maps, no validation, no traceability, cents as integers. */
function baseline(input: BpfInput) {
  const training = new Map(input.trainings.map((t) => [t.id, t]));
  const session = new Map(input.sessions.map((s) => [s.id, { s, t: training.get(s.trainingId)! }]));
  const typeH = new Map<string, number>();
  const objH = new Map<string, number>();
  const nsfH = new Map<string, number>();
  const persons = new Map<string, number>();
  let gH = 0;
  const gP = new Set<string>();
  for (const e of input.enrolments) {
    const x = session.get(e.sessionId)!;
    const h = Math.round((e.hours ?? 0) * 100);
    if (h === 0) continue;
    if (x.s.subcontracting === 'in') {
      gH += h;
      gP.add(e.learnerId);
      continue;
    }
    const t = e.traineeType ?? '';
    typeH.set(t, (typeH.get(t) ?? 0) + h);
    objH.set(x.t.objective ?? '', (objH.get(x.t.objective ?? '') ?? 0) + h);
    nsfH.set(x.t.nsfCode ?? '', (nsfH.get(x.t.nsfCode ?? '') ?? 0) + h);
    const p = persons.get(e.learnerId);
    if (p === undefined || h > p) persons.set(e.learnerId, h);
  }
  let cents = 0n;
  for (const inv of input.invoices ?? []) cents += BigInt(String(inv.amountHT).replace('.', ''));
  return { typeH, objH, nsfH, persons: persons.size, gH, gP: gP.size, cents };
}

/**
 * The hand loop again, doing the checks and keeping the sources computeBpf must (issue 13 item 8:
 * a baseline that covers the same rules): the shape of each row, unique enrolment ids, the session
 * reference, and for each line the ids of the enrolments it counts.
 */
function baselineChecked(input: BpfInput) {
  const training = new Map(input.trainings.map((t) => [t.id, t]));
  const session = new Map(input.sessions.map((s) => [s.id, { s, t: training.get(s.trainingId)! }]));
  const ids = new Set<string>();
  const bad: number[] = [];
  const typeH = new Map<string, { h: number; src: string[] }>();
  const objH = new Map<string, { h: number; src: string[] }>();
  const nsfH = new Map<string, { h: number; src: string[] }>();
  const add = (m: Map<string, { h: number; src: string[] }>, k: string, h: number, id: string) => {
    let x = m.get(k);
    if (x === undefined) m.set(k, (x = { h: 0, src: [] }));
    x.h += h;
    x.src.push(id);
  };
  const persons = new Map<string, number>();
  let gH = 0;
  const gP = new Set<string>();
  const gSrc: string[] = [];
  const rows = input.enrolments;
  for (let i = 0; i < rows.length; i++) {
    const e = rows[i]!;
    if (typeof e.id !== 'string' || typeof e.learnerId !== 'string' || typeof e.sessionId !== 'string' || (e.hours !== undefined && (typeof e.hours !== 'number' || !(e.hours >= 0)))) bad.push(i);
    const before = ids.size;
    ids.add(e.id);
    if (ids.size === before) bad.push(i);
    const x = session.get(e.sessionId);
    if (x === undefined) {
      bad.push(i);
      continue;
    }
    const h = Math.round((e.hours ?? 0) * 100);
    if (h === 0) continue;
    if (x.s.subcontracting === 'in') {
      gH += h;
      gP.add(e.learnerId);
      gSrc.push(e.id);
      continue;
    }
    add(typeH, e.traineeType ?? '', h, e.id);
    add(objH, x.t.objective ?? '', h, e.id);
    add(nsfH, x.t.nsfCode ?? '', h, e.id);
    const p = persons.get(e.learnerId);
    if (p === undefined || h > p) persons.set(e.learnerId, h);
  }
  if (bad.length > 0) throw new Error(`hand loop: ${bad.length} bad rows`);
  let cents = 0n;
  for (const inv of input.invoices ?? []) cents += BigInt(String(inv.amountHT).replace('.', ''));
  return { typeH, objH, nsfH, persons: persons.size, gH, gP: gP.size, gSrc, cents };
}

// ---- bpfInputFromDomain -------------------------------------------------------------------------
const PER_SESSION = 10;
function generateDomain(D_SESSIONS = 5_000): BpfDomainInput {
  const r = rng(7);
  const cats = ['action-de-formation', 'bilan-de-competences', 'vae'] as const;
  const trainings = Array.from({ length: 200 }, (_, i) => ({
    id: `T${i}`, title: `Formation ${i}`, category: cats[i % 3]!, nsfCode: NSF[i % NSF.length]!, objectives: ['Objectif'], durationHours: 7,
  }));
  const learnerTypes = ['private-employee', 'apprentice', 'jobseeker', 'individual', 'other'] as const;
  const learners = Array.from({ length: Math.max(30_000, D_SESSIONS * 6) }, (_, i) => ({ id: `L${i}`, firstName: 'Prénom', lastName: `Nom${i}`, learnerType: learnerTypes[i % 5]! }));
  const sessions: BpfDomainInput['sessions'] = [];
  const enrolments: BpfDomainInput['enrolments'] = [];
  const attendance: NonNullable<BpfDomainInput['attendance']> = [];
  for (let s = 0; s < D_SESSIONS; s++) {
    const day = `2025-${String(1 + (s % 12)).padStart(2, '0')}-${String(1 + (s % 28)).padStart(2, '0')}`;
    sessions.push({ id: `S${s}`, trainingId: `T${s % 200}`, startDate: day, endDate: day, modality: 'distance', slots: [
      { date: day, halfDay: 'morning', start: '09:00', end: '12:30' }, { date: day, halfDay: 'afternoon', start: '13:30', end: '17:00' }] });
    const ls = Array.from({ length: PER_SESSION }, () => `L${Math.floor(r() * learners.length)}`).filter((v, k, a) => a.indexOf(v) === k);
    ls.forEach((l, k) => enrolments.push({ id: `E${s}-${k}`, learnerId: l, sessionId: `S${s}`, hoursPlanned: 7, funding: [{ funder: 'opco-plan', amount: '100.00' }] }));
    for (const halfDay of ['morning', 'afternoon'] as const) {
      attendance.push({ sessionId: `S${s}`, slot: { date: day, halfDay }, trainer: { trainerId: `K${s % 50}` },
        learners: ls.map((l) => ({ learnerId: l, status: r() < 0.95 ? ('present' as const) : ('absent' as const) })) });
    }
  }
  const trainers = Array.from({ length: 50 }, (_, i) => ({ id: `K${i}`, firstName: 'F', lastName: `${i}`, kind: i < 40 ? ('internal' as const) : ('subcontractor' as const) }));
  const invoices = Array.from({ length: 5_000 }, (_, i) => ({ id: `F${i}`, issueDate: '2025-12-31', amountHT: '1000.00', payer: { funder: 'opco-plan' as const } }));
  return { financialYear: { start: '2025-01-01', end: '2025-12-31' }, trainings, sessions, learners, trainers, enrolments, attendance, invoices };
}

/** The same mapping by hand, trusting the records (no validation, no reference checks). */
function handMapping(d: BpfDomainInput): BpfInput {
  const type = { 'private-employee': 'salarie-prive', apprentice: 'apprenti', jobseeker: 'demandeur-emploi', individual: 'particulier', other: 'autre' } as const;
  const learnerType = new Map(d.learners.map((l) => [l.id, l.learnerType]));
  const slotH = new Map<string, number>();
  for (const s of d.sessions) for (const sl of s.slots) slotH.set(`${s.id}|${sl.date}|${sl.halfDay}`, (Number(sl.end.slice(0, 2)) * 60 + Number(sl.end.slice(3)) - Number(sl.start.slice(0, 2)) * 60 - Number(sl.start.slice(3))) / 60);
  const att = new Map<string, Map<string, number>>();
  for (const a of d.attendance ?? []) {
    const h = slotH.get(`${a.sessionId}|${a.slot.date}|${a.slot.halfDay}`)!;
    for (const l of a.learners) {
      if (l.status !== 'present') continue;
      const k = `${a.sessionId}|${l.learnerId}`;
      const m = att.get(k) ?? new Map<string, number>();
      m.set(a.slot.date, (m.get(a.slot.date) ?? 0) + h);
      att.set(k, m);
    }
  }
  return {
    financialYear: d.financialYear,
    trainings: d.trainings.map((t) => ({ id: t.id, title: t.title, objective: t.category === 'vae' ? 'vae' : t.category === 'bilan-de-competences' ? 'bilan-de-competences' : 'autre', nsfCode: t.nsfCode!.slice(0, 3) })),
    sessions: d.sessions.map((s) => ({ id: s.id, trainingId: s.trainingId, start: s.startDate, end: s.endDate })),
    enrolments: d.enrolments.map((e) => {
      const lt = learnerType.get(e.learnerId);
      return { id: e.id, learnerId: e.learnerId, sessionId: e.sessionId, ...(lt ? { traineeType: type[lt] } : {}),
        attendance: [...(att.get(`${e.sessionId}|${e.learnerId}`) ?? new Map<string, number>())].map(([date, hours]) => ({ date, hours })) };
    }),
    payers: [{ id: 'opco-plan', name: 'OPCO', cLine: '2h' }],
    invoices: (d.invoices ?? []).map((i) => ({ id: i.id, issueDate: i.issueDate, amountHT: i.amountHT, payerId: 'opco-plan' })),
  };
}

function mainComputeBpf(): void {
  console.log(`Generating ${ROWS.toLocaleString('en-US')} enrolment rows (seeded)…`);
  const input = generate(ROWS);
  // Warm-up on a slice so that both sides run JIT-compiled code.
  computeBpf({ ...input, enrolments: input.enrolments.slice(0, 20_000) });
  baseline({ ...input, enrolments: input.enrolments.slice(0, 20_000) });
  baselineChecked({ ...input, enrolments: input.enrolments.slice(0, 20_000) });
  // Median of RUNS timed calls of each, alternated so that load changes hit both sides alike.
  const baseRuns: ReturnType<typeof measureOnce<ReturnType<typeof baseline>>>[] = [];
  const oursRuns: ReturnType<typeof measureOnce<ReturnType<typeof computeBpf>>>[] = [];
  const checkedRuns: ReturnType<typeof measureOnce<ReturnType<typeof baselineChecked>>>[] = [];
  for (let k = 0; k < RUNS; k++) {
    baseRuns.push(measureOnce('hand-written loop (same sums, no checks)', () => baseline(input)));
    checkedRuns.push(measureOnce('hand loop + checks + sources', () => baselineChecked(input)));
    oursRuns.push(measureOnce('computeBpf (validation + traceability)', () => computeBpf(input)));
  }
  const pick = <M extends { ms: number }>(runs: M[]): M => runs.find((m) => m.ms === median(runs.map((x) => x.ms)))!;
  const base = pick(baseRuns);
  const ours = pick(oursRuns);
  const checked = pick(checkedRuns);
  const fast = measureOnce('computeBpf, checkUniqueEnrolmentIds: false', () => computeBpf(input, { checkUniqueEnrolmentIds: false }));
  const r = ours.result;
  const bb = base.result;
  // Same totals: persons and hours per F-1 type, per F-3 objective, per NSF group; cadre G; cadre C.
  const same = (label: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`Mismatch on ${label}: computeBpf ${JSON.stringify(a)}, hand loop ${JSON.stringify(b)}`);
  };
  same('F-1 persons / G persons', [r.frameF.f1.total.trainees, r.frameG.trainees], [bb.persons, bb.gP]);
  same('G hours', Math.round(r.frameG.hours * 100), bb.gH);
  const hoursOf = (lines: readonly { code: string; hours: number }[], codes: readonly string[]) => codes.map((c) => Math.round((lines.find((l) => l.code === c)?.hours ?? 0) * 100));
  const f1Codes = r.frameF.f1.lines.map((l) => l.code);
  same('F-1 hours by line', hoursOf(r.frameF.f1.lines, f1Codes).reduce((x, y) => x + y, 0), [...bb.typeH.values()].reduce((x, y) => x + y, 0));
  const nsfOurs = Object.fromEntries(r.frameF.f4.lines.filter((l) => l.nsfCode !== undefined).map((l) => [l.nsfCode!, Math.round(l.hours * 100)]));
  const nsfBase = Object.fromEntries([...bb.nsfH].filter(([k]) => k in nsfOurs));
  same('F-4 hours by speciality', Object.keys(nsfOurs).sort().map((k) => nsfOurs[k]), Object.keys(nsfOurs).sort().map((k) => nsfBase[k]));
  same('cadre C total (cents)', r.frameC.total.replace('.', ''), String(bb.cents));
  const ms = (runs: { ms: number }[]) => runs.map((m) => m.ms.toFixed(0)).join(', ');
  report(
    `computeBpf over ${ROWS.toLocaleString('en-US')} enrolment rows, 20 000 sessions, 50 000 invoices (median of ${RUNS})`,
    ours,
    base,
    `runs: computeBpf ${ms(oursRuns)} ms; hand loop ${ms(baseRuns)} ms. F-1 total ${r.frameF.f1.total.trainees.toLocaleString('en-US')} persons, ${r.frameF.f1.total.hours.toLocaleString('en-US')} h; cadre C total ${r.frameC.total} €; targets < 2000 ms and ≤ 1.5× the hand loop; peak RSS ${rssMb().toFixed(0)} MB.`,
  );
  same('hand loop with checks: F-1 persons / G hours', [checked.result.persons, checked.result.gH], [bb.persons, bb.gH]);
  report('same, beside a hand loop that also checks rows, unique ids and session references and keeps the source ids of each line', ours, checked, `runs: hand loop with checks ${ms(checkedRuns)} ms.`);
  report('same, ids trusted (no uniqueness check)', fast, base);
}

function mainFromDomain(D_SESSIONS = 5_000): void {
  const domain = generateDomain(D_SESSIONS);
  const warmSessions = new Set(domain.sessions.slice(0, 200).map((x) => x.id));
  bpfInputFromDomain({ ...domain, enrolments: domain.enrolments.filter((e) => warmSessions.has(e.sessionId)), attendance: (domain.attendance ?? []).filter((x) => warmSessions.has(x.sessionId)), invoices: [] });
  handMapping(domain);
  const dBase = measureOnce('hand-written mapping (no validation)', () => handMapping(domain));
  const dOurs = measureOnce('bpfInputFromDomain (core schemas + checks)', () => bpfInputFromDomain(domain));
  const a = computeBpf(dOurs.result).frameF.f1.total;
  const b = computeBpf(dBase.result).frameF.f1.total;
  if (a.trainees !== b.trainees || a.hours !== b.hours) throw new Error(`Mismatch: bridge ${JSON.stringify(a)}, hand ${JSON.stringify(b)}`);
  report(
    `bpfInputFromDomain over ${domain.enrolments.length.toLocaleString('en-US')} enrolments, ${D_SESSIONS.toLocaleString('en-US')} sessions, ${(domain.attendance ?? []).length.toLocaleString('en-US')} attendance half-days`,
    dOurs,
    dBase,
    `Both give F-1 = ${a.trainees.toLocaleString('en-US')} persons, ${a.hours.toLocaleString('en-US')} h. The difference is the validation of every record by the core zod schemas.`,
  );
}

// ---- Scaling: n vs 2n, each size in its own process ---------------------------------------------
/** Child mode: `--child computeBpf <rows>` or `--child bpfInputFromDomain <sessions>`; prints the median ms as JSON. */
function child(fn: string, n: number): void {
  const times: number[] = [];
  if (fn === 'computeBpf') {
    const input = generate(n);
    computeBpf({ ...input, enrolments: input.enrolments.slice(0, 20_000) });
    for (let k = 0; k < RUNS; k++) {
      const t0 = performance.now();
      computeBpf(input);
      times.push(performance.now() - t0);
    }
  } else {
    const domain = generateDomain(n);
    const warm = new Set(domain.sessions.slice(0, 200).map((x) => x.id));
    bpfInputFromDomain({ ...domain, enrolments: domain.enrolments.filter((e) => warm.has(e.sessionId)), attendance: (domain.attendance ?? []).filter((x) => warm.has(x.sessionId)), invoices: [] });
    for (let k = 0; k < RUNS; k++) {
      const t0 = performance.now();
      bpfInputFromDomain(domain);
      times.push(performance.now() - t0);
    }
  }
  console.log(JSON.stringify({ fn, n, ms: median(times), runs: times.map((t) => Math.round(t)) }));
}

function runChild(fn: string, n: number): { ms: number; runs: number[] } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', fn, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`child ${fn} ${n} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; runs: number[] };
}

function scaling(): void {
  console.log('\nScaling, time for 2n over time for n (each size in its own process, median of ' + RUNS + ' calls; target ≤ 2.2×)');
  const cases: Array<[string, number, string]> = [
    ['computeBpf', 500_000, 'enrolment rows'],
    ['bpfInputFromDomain', 10_000, 'sessions (10 learners each, 2 half-days)'],
  ];
  for (const [fn, n, unit] of cases) {
    const before = loadavg();
    const a = runChild(fn, n);
    const b = runChild(fn, 2 * n);
    console.log(`  ${fn.padEnd(20)} n = ${n.toLocaleString('en-US')} ${unit}: ${a.ms.toFixed(0)} ms [${a.runs.join(', ')}]; 2n: ${b.ms.toFixed(0)} ms [${b.runs.join(', ')}]; ratio ${(b.ms / a.ms).toFixed(2)}×`);
    console.log(`    load before: ${before}`);
    console.log(`    load after:  ${loadavg()}`);
  }
}

if (CHILD) {
  child(process.argv[3]!, Number(process.argv[4]));
} else {
  console.log(`load: ${loadavg()}`);
  mainComputeBpf();
  mainFromDomain();
  scaling();
}
