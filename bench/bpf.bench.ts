/**
 * computeBpf over 1 000 000 enrolment rows (seeded generator), beside a hand-written single loop
 * doing the same sums (hours by trainee type, objective and NSF; distinct persons; no validation,
 * no traceability). Target from issue 5: computeBpf under 2 s.
 *
 * Run: node --expose-gc --import tsx bench/bpf.bench.ts [rows]
 */
import { computeBpf, type BpfInput } from '@ofkit/docs-gen';
import { measureOnce, report, rssMb } from './harness.js';

const ROWS = Number(process.argv[2] ?? 1_000_000);

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

console.log(`Generating ${ROWS.toLocaleString('en-US')} enrolment rows (seeded)…`);
const input = generate(ROWS);
// Warm-up on a slice so that both sides run JIT-compiled code.
computeBpf({ ...input, enrolments: input.enrolments.slice(0, 20_000) });
baseline({ ...input, enrolments: input.enrolments.slice(0, 20_000) });

const base = measureOnce('hand-written loop (same sums, no checks)', () => baseline(input));
const ours = measureOnce('computeBpf (validation + traceability)', () => computeBpf(input));
const fast = measureOnce('computeBpf, checkUniqueEnrolmentIds: false', () => computeBpf(input, { checkUniqueEnrolmentIds: false }));
const r = ours.result;
if (r.frameF.f1.total.trainees !== base.result.persons || r.frameG.trainees !== base.result.gP) {
  throw new Error(`Mismatch: ours ${r.frameF.f1.total.trainees}/${r.frameG.trainees}, baseline ${base.result.persons}/${base.result.gP}`);
}
report(
  `computeBpf over ${ROWS.toLocaleString('en-US')} enrolment rows, 20 000 sessions, 50 000 invoices`,
  ours,
  base,
  `F-1 total ${r.frameF.f1.total.trainees.toLocaleString('en-US')} persons, ${r.frameF.f1.total.hours.toLocaleString('en-US')} h; cadre C total ${r.frameC.total} €; target < 2000 ms; peak RSS ${rssMb().toFixed(0)} MB.`,
);
report('same, ids trusted (no uniqueness check)', fast, base);
