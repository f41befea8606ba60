/**
 * Scaling of the functions over a collection that no other benchmark covers (issue 13 item 7):
 * time at n, 2n and 4n, each size measured in its own Node process (so one size's heap does not slow
 * the other), CPU time per call of the fastest of 7 samples after a warm-up (a sample repeats the call
 * until it lasts ≥ 150 ms). Both ratios are printed; the target (≤ 2.2× for 2n) is judged on their
 * geometric mean, √(time(4n) / time(n)), which halves (in log) a garbage-collector step crossed by one
 * pair without removing it: bpfToCsv read 2.39× for 200 000 → 400 000 rows in one run of this bench,
 * while single calls after a full collection, 3 processes per size (7 December 2026), cost 0.28–0.32 µs
 * per row at every size from 100 000 to 800 000. A case whose top pair is over 2.2× and grows faster
 * than the lower pair is marked ↑ even when its mean is within: that is how a quadratic part starts.
 *
 * Covered here: `createDocument('feuille-emargement')` with signed attendance (learners × 10
 * half-days), `renderHtml`, `renderMarkdown`, `renderDocx` and `renderPdf` of that sheet,
 * `documentInputsFromSession` (learners, enrolments, attendance), `createDocument('facture')`
 * (invoice lines), `convocationCalendar` (half-day slots), `splitMoney` (parts),
 * `countWorkingDays` (years in the range), `sumMoney` (values), `checklist` (items), `computeBpf`
 * at a small size and the three BPF exports (`bpfToCsv`, `bpfToJson`, `bpfToDocument`: their input
 * lists every row behind each figure). Elsewhere: `computeBpf` and `bpfInputFromDomain`
 * (bpf.bench.ts), `toLheoXml` (lheo.bench.ts), `assessReadiness` and `assessDistanceLearning`
 * (rnq.bench.ts). Not here: `readinessToMarkdown`, whose output is bounded by the referential (32
 * indicators, `maxTodo` to-do lines), whatever the number of sessions (it measured 0.1 ms at 2 000 and
 * 4 000 sessions).
 *
 * Run: node --expose-gc --import tsx bench/scaling.bench.ts   (or `pnpm bench scaling`)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { countWorkingDays, splitMoney, sumMoney } from '@ofkit/core';
import { bpfToCsv, bpfToDocument, bpfToJson, checklist, computeBpf, createDocument, documentInputsFromSession, renderHtml, renderMarkdown, type BpfInput, type DocumentModel } from '@ofkit/docs-gen';
import { renderDocx } from '@ofkit/docs-gen/docx';
import { convocationCalendar } from '@ofkit/docs-gen/ics';
import { preparePdfFonts, renderPdf } from '@ofkit/docs-gen/pdf';
import { completeInputs } from '../packages/docs-gen/test/fixtures.js';

const here = new URL('.', import.meta.url);
const json = (p: string): any => JSON.parse(readFileSync(new URL(`../examples/cli/data/session/${p}`, here), 'utf8')); // eslint-disable-line @typescript-eslint/no-explicit-any

const organisation = { name: 'Atelier Formation Lyon', siret: '84125730600016', nda: '84691234569', ndaRegion: 'Auvergne-Rhône-Alpes', address: { line1: '12 rue de la République', postalCode: '69002', city: 'Lyon' }, vat: { regime: 'exempt-261-4-4a' as const } };
const DAYS = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'];
const SLOTS = DAYS.flatMap((date) => [
  { date, halfDay: 'morning' as const, start: '09:00', end: '12:30' },
  { date, halfDay: 'afternoon' as const, start: '13:30', end: '17:00' },
]);
const sig = (date: string, morning: boolean, k: number) => ({ method: 'electronic' as const, signedAt: `${date}T${morning ? '09' : '13'}:${String(k % 60).padStart(2, '0')}:00+01:00`, evidence: { otp: 'code SMS validé' } });

function emargement(n: number) {
  const learners = Array.from({ length: n }, (_, k) => ({ id: `L${k}`, firstName: `Prénom${k}`, lastName: `Nom${k}` }));
  const attendance = SLOTS.map((sl) => ({
    sessionId: 'S-1',
    slot: { date: sl.date, halfDay: sl.halfDay },
    trainer: { trainerId: 'T1', signature: sig(sl.date, sl.halfDay === 'morning', 0) },
    learners: learners.map((l, k) => (k % 17 === 3 ? { learnerId: l.id, status: 'absent' as const } : { learnerId: l.id, status: 'present' as const, signature: sig(sl.date, sl.halfDay === 'morning', k) })),
  }));
  return {
    organisation,
    training: { title: 'Manager une équipe au quotidien' },
    session: { id: 'S-1', trainingId: 'MGR', startDate: DAYS[0]!, endDate: DAYS[4]!, slots: SLOTS, modality: 'presentiel' as const, place: { name: 'Salle Bellecour' }, trainerIds: ['T1'], capacity: n },
    learners,
    trainers: [{ id: 'T1', firstName: 'Sophie', lastName: 'Bérard', kind: 'internal' as const }],
    attendance,
  };
}

function sessionRecords(n: number) {
  const base = { organisation: json('organisation.json'), training: json('training.json'), session: json('session.json'), trainers: json('trainers.json'), client: json('client.json') };
  const learners0 = json('learners.json') as { id: string }[];
  const enrol0 = json('enrolments.json') as { id: string; learnerId: string }[];
  const att0 = json('attendance.json') as { learners: { learnerId: string }[] }[];
  const learners = Array.from({ length: n }, (_, k) => ({ ...learners0[k % learners0.length]!, id: `L${k}` }));
  const enrolments = Array.from({ length: n }, (_, k) => ({ ...enrol0[k % enrol0.length]!, id: `E-${k}`, learnerId: `L${k}` }));
  const attendance = att0.map((r) => ({ ...r, learners: Array.from({ length: n }, (_, k) => ({ ...r.learners[k % r.learners.length]!, learnerId: `L${k}` })) }));
  const docs = json('documents.json') as { date: string; documentFields: unknown };
  return { ...base, session: { ...base.session, capacity: n }, learners, enrolments, attendance, date: docs.date, documentFields: docs.documentFields };
}

// The complete invoice of the docs-gen fixtures, with n lines.
const facture = (n: number) => ({
  ...completeInputs().facture,
  lines: Array.from({ length: n }, (_, k) => ({ description: `Journée ${k + 1}`, quantity: 1 + (k % 3), unitPrice: `${100 + (k % 50)}.25` })),
});

/** A BPF input of n enrolment rows (200 sessions, 40 trainings, one invoice per 10 rows). */
function bpfInput(n: number): BpfInput {
  const types = ['salarie-prive', 'apprenti', 'demandeur-emploi', 'particulier', 'autre'] as const;
  const trainings = Array.from({ length: 40 }, (_, i) => ({ id: `T${i}`, title: `Formation ${i}`, objective: i % 2 ? ('rs' as const) : ('autre' as const), nsfCode: ['310', '312', '326', '413'][i % 4]!, nsfLabel: 'Spécialité' }));
  const sessions = Array.from({ length: 200 }, (_, i) => ({ id: `S${i}`, trainingId: `T${i % 40}`, start: '2025-03-03', end: '2025-03-04', subcontracting: 'none' as const }));
  const enrolments = Array.from({ length: n }, (_, i) => ({ id: `E${i}`, learnerId: `L${Math.floor(i * 0.7)}`, sessionId: `S${i % 200}`, traineeType: types[i % 5]!, hours: 7 + (i % 5) }));
  const payers = [{ id: 'OPCO', name: 'OPCO', cLine: '2h' as const }];
  const invoices = Array.from({ length: Math.ceil(n / 10) }, (_, i) => ({ id: `F${i}`, issueDate: '2025-03-04', amountHT: `${100 + (i % 90)}.50`, payerId: 'OPCO' }));
  return { financialYear: { start: '2025-01-01', end: '2025-12-31' }, trainings, sessions, enrolments, payers, invoices, charges: { total: '100000.00', trainerSalaries: '40000.00', purchasedTraining: '10000.00' } } as BpfInput;
}

const ttf = (f: string) => {
  const require = createRequire(new URL('../packages/docs-gen/package.json', import.meta.url));
  return new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`)));
};

interface Case {
  /** Human name and what n counts. */
  name: string;
  n: number;
  /** Builds what is timed for size n (input construction is not timed). */
  prepare(n: number): () => unknown | Promise<unknown>;
}

const sheetModel = (n: number): DocumentModel => createDocument('feuille-emargement', emargement(n) as never);
// Each n is large enough that one call lasts a few milliseconds at least. renderHtml of the sheet used
// to jump at the size where what a call keeps alive stops fitting V8's young generation (300 → 600
// learners 2.2–3.2×, 600 → 1 200 up to 4.7×): the whole table was one tree of small string pieces,
// copied by every scavenge. Rows are now joined 64 at a time (7 December 2026: 6.0, 11.8, 23.3,
// 46.5 ms for 300 to 2 400 learners, fastest of 3 processes). convocationCalendar starts at 500
// slots: 4n = 2 000 is its limit; the émargement renderers stop at 4n = 2 400 learners (the
// 200 000-cell document limit).
const CASES: Case[] = [
  { name: 'createDocument émargement (learners, signed)', n: 300, prepare: (n) => { const d = emargement(n); return () => createDocument('feuille-emargement', d as never); } },
  { name: 'renderHtml émargement (learners)', n: 600, prepare: (n) => { const m = sheetModel(n); return () => renderHtml(m); } },
  { name: 'renderMarkdown émargement (learners)', n: 600, prepare: (n) => { const m = sheetModel(n); return () => renderMarkdown(m); } },
  { name: 'renderDocx émargement (learners)', n: 150, prepare: (n) => { const m = sheetModel(n); return () => renderDocx(m); } },
  {
    name: 'renderPdf émargement (learners)',
    n: 60,
    prepare: (n) => {
      const m = sheetModel(n);
      const fonts = preparePdfFonts({ regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf'), italic: ttf('DejaVuSans-Oblique.ttf'), boldItalic: ttf('DejaVuSans-BoldOblique.ttf') });
      return () => renderPdf(m, { fonts });
    },
  },
  { name: 'documentInputsFromSession (learners)', n: 100, prepare: (n) => { const r = sessionRecords(n); return () => documentInputsFromSession(r as never); } },
  { name: 'createDocument facture (lines)', n: 1600, prepare: (n) => { const f = facture(n); return () => createDocument('facture', f as never); } },
  {
    name: 'convocationCalendar (half-day slots)',
    n: 500,
    prepare: (n) => {
      const slots = Array.from({ length: n }, (_, k) => {
        const d = new Date(Date.UTC(2027, 0, 4 + Math.floor(k / 2)));
        const date = d.toISOString().slice(0, 10);
        return k % 2 === 0 ? { date, halfDay: 'morning' as const, start: '09:00', end: '12:30' } : { date, halfDay: 'afternoon' as const, start: '13:30', end: '17:00' };
      });
      const input = { organisation: { ...organisation, email: 'contact@atelier.example' }, training: { title: 'Parcours long' }, session: { id: 'S-long', trainingId: 'P', startDate: slots[0]!.date, endDate: slots.at(-1)!.date, slots, modality: 'presentiel' as const, place: { name: 'Salle' } }, issuedAt: '2026-12-01T10:00:00+01:00' };
      return () => convocationCalendar(input as never);
    },
  },
  { name: 'splitMoney (parts)', n: 100_000, prepare: (n) => () => splitMoney('1000000.00', n) },
  { name: 'splitMoney (weights)', n: 25_000, prepare: (n) => { const w = Array.from({ length: n }, (_, k) => (k % 7 === 0 ? `${1 + (k % 13)}.5` : 1 + (k % 29))); return () => splitMoney('1000000.00', w); } },
  { name: 'sumMoney (values)', n: 200_000, prepare: (n) => { const v = Array.from({ length: n }, (_, k) => `${k % 1000}.${String(k % 100).padStart(2, '0')}`); return () => sumMoney(v); } },
  { name: 'checklist (items)', n: 200_000, prepare: (n) => { const items = Array.from({ length: n }, (_, k) => ({ text: `Point ${k}`, checked: k % 3 === 0 })); return () => checklist(items); } },
  { name: 'computeBpf (enrolment rows)', n: 100_000, prepare: (n) => { const b = bpfInput(n); return () => computeBpf(b); } },
  { name: 'bpfToCsv (rows behind the figures)', n: 200_000, prepare: (n) => { const r = computeBpf(bpfInput(n)); return () => bpfToCsv(r); } },
  { name: 'bpfToJson (rows behind the figures)', n: 100_000, prepare: (n) => { const r = computeBpf(bpfInput(n)); return () => bpfToJson(r); } },
  { name: 'bpfToDocument (rows behind the figures)', n: 200_000, prepare: (n) => { const r = computeBpf(bpfInput(n)); return () => bpfToDocument(r); } },
  // 400 years (100 before, 50 before that): at 50 a call took about 6 ms of CPU and its ratio swung from 1.9× to 3.3× between runs of the same code.
  { name: 'countWorkingDays (years in range)', n: 400, prepare: (n) => () => countWorkingDays('1982-01-01', `${1982 + n}-01-01`, 'alsace-moselle') },
];

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU time of one sample; below it the process clock's granularity and the machine's noise swamp
 * the figure (a 15 ms call swung from 1.9× to 3.3× between runs), so a sample repeats the call.
 */
const MIN_SAMPLE_MS = 150;

async function child(index: number, n: number): Promise<void> {
  const c = CASES[index]!;
  const run = c.prepare(n);
  await run(); // warm-up (JIT, caches)
  const t = cpuMs();
  await run();
  // Calls per sample, chosen in this process from a warm call: each sample lasts ≥ MIN_SAMPLE_MS.
  const reps = Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(cpuMs() - t, 0.05)));
  const times: number[] = [];
  for (let r = 0; r < 7; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = cpuMs();
    for (let k = 0; k < reps; k++) await run();
    times.push((cpuMs() - t0) / reps);
  }
  // The fastest sample: what other processes on a shared machine can only slow down, never speed up
  // (the median of 5 still swung by ±25 % at a load average of 2–3 on 2 cores).
  console.log(JSON.stringify({ ms: Math.min(...times), reps }));
}

function parent(): void {
  const self = fileURLToPath(import.meta.url);
  const measure = (i: number, n: number): { ms: number; reps: number } => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, String(i), String(n)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${CASES[i]!.name} at n = ${n}: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ms: number; reps: number };
  };
  console.log(`Scaling: CPU time per call at n, 2n and 4n, fastest of 7 samples (a sample repeats the call, shown ×k, until it lasts ≥ ${MIN_SAMPLE_MS} ms), each size in its own process — load ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores.`);
  console.log('Per doubling = √(time(4n) / time(n)), the geometric mean of the two ratios: one pair alone can cross a garbage-collector threshold (a heap that stops fitting the young generation, a sample of 4 calls against one of 2) that the other pair does not; the mean halves such a step (in log), it does not remove it. Target ≤ 2.2× per doubling; ↑ marks a top pair over 2.2× growing faster than the lower one.');
  let over = 0;
  let failed = 0;
  let pairsOver = 0;
  let topFaster = 0;
  // A ratio is over only when it prints over (2.2004 prints 2.20×, within).
  const isOver = (x: number) => Number(x.toFixed(2)) > 2.2;
  CASES.forEach((c, i) => {
    let a: { ms: number; reps: number }, b: typeof a, d: typeof a;
    try {
      [a, b, d] = [measure(i, c.n), measure(i, 2 * c.n), measure(i, 4 * c.n)];
    } catch (e) {
      failed += 1;
      process.exitCode = 1;
      console.log(`  ${c.name.padEnd(44)} failed: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`);
      return;
    }
    const low = b.ms / a.ms;
    const top = d.ms / b.ms;
    const perDoubling = Math.sqrt(d.ms / a.ms);
    if (isOver(perDoubling)) over += 1;
    pairsOver += (isOver(low) ? 1 : 0) + (isOver(top) ? 1 : 0);
    // Growth that speeds up at the top is what a quadratic part looks like; the mean would hide it.
    const accelerating = isOver(top) && top > 1.15 * low;
    if (accelerating) topFaster += 1;
    const t = (m: { ms: number; reps: number }) => `${m.ms.toFixed(1).padStart(7)} ms ${(m.reps > 1 ? `(×${m.reps})` : '').padEnd(7)}`;
    console.log(
      `  ${c.name.padEnd(44)} n = ${String(c.n).padStart(6)}: ${t(a)} 2n: ${t(b)} 4n: ${t(d)} → ${low.toFixed(2)}×, ${top.toFixed(2)}×; per doubling ${perDoubling.toFixed(2)}×${isOver(perDoubling) ? '  ← over 2.2×' : ''}${accelerating ? '  ↑ the top pair is over and faster-growing: re-run, or look for a superlinear part' : ''}`,
    );
  });
  console.log(
    `  ${CASES.length - over - failed} of ${CASES.length} within 2.2× per doubling${failed ? `, ${failed} failed` : ''}; ${pairsOver} of ${2 * (CASES.length - failed)} single pairs over 2.2×, ${topFaster} of them at the top and faster-growing (CPU time; on a loaded machine re-run before concluding).`,
  );
}

if (process.argv.length >= 4) await child(Number(process.argv[2]), Number(process.argv[3]));
else parent();
