import fc from 'fast-check';
import { OfkitError, addDays, money, type OfkitIssue } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { computeBpf, type BpfResult } from './compute.js';
import { BPF_C_LINES, BPF_OBJECTIVES, BPF_TRAINEE_TYPES } from './layout.js';
import { BpfEnrolmentSchema, validateEnrolmentRows, type BpfEnrolmentInput, type BpfInput } from './schema.js';

const FY1 = { start: '2025-01-01', end: '2025-12-31' };
const FY2 = { start: '2026-01-01', end: '2026-12-31' };
const NSF = ['326', '324', '310', '415', '136', '314', '344'];

type Base = Omit<BpfInput, 'financialYear' | 'enrolments' | 'invoices'> & {
  enrolments: Array<Omit<BpfEnrolmentInput, 'status' | 'attendance'> & { status: NonNullable<BpfEnrolmentInput['status']>; attendance: Array<{ date: string; hours: number }> }>;
  invoices: NonNullable<BpfInput['invoices']>;
};

/** Random data of an OF over two years (dates from 2025-01-01 to 2026-12-31). */
const arbInput = fc
  .record({
    trainings: fc.array(
      fc.record({
        objective: fc.option(fc.constantFrom(...BPF_OBJECTIVES), { nil: undefined }),
        level: fc.constantFrom(2, 3, 4, 5, 6, 7, 8, 'cqp-sans-niveau' as const),
        nsf: fc.option(fc.constantFrom(...NSF), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    sessions: fc.array(fc.record({ t: fc.nat(), startDay: fc.integer({ min: 0, max: 700 }), len: fc.integer({ min: 0, max: 60 }), sub: fc.constantFrom('none', 'out', 'in') }), {
      minLength: 1,
      maxLength: 10,
    }),
    enrolments: fc.array(
      fc.record({
        s: fc.nat(),
        learner: fc.integer({ min: 0, max: 15 }),
        type: fc.option(fc.constantFrom(...BPF_TRAINEE_TYPES), { nil: undefined }),
        status: fc.constantFrom('completed', 'abandoned', 'cancelled', 'in-progress'),
        attendance: fc.array(fc.record({ d: fc.nat(), q: fc.integer({ min: 0, max: 3200 }) }), { minLength: 1, maxLength: 6 }),
      }),
      { maxLength: 40 },
    ),
    invoices: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 729 }), cents: fc.integer({ min: 0, max: 5_000_000 }), line: fc.option(fc.constantFrom(...BPF_C_LINES), { nil: undefined }), credit: fc.boolean() }),
      { maxLength: 20 },
    ),
  })
  .map(({ trainings, sessions, enrolments, invoices }) => {
    const ts = trainings.map((t, i) => ({
      id: `T${i}`,
      title: `Formation ${i}`,
      ...(t.objective ? { objective: t.objective } : {}),
      ...(t.objective === 'rncp' ? { rncpLevel: t.level } : {}),
      ...(t.nsf ? { nsfCode: t.nsf, nsfLabel: `Spécialité ${t.nsf}` } : {}),
    }));
    const ss = sessions.map((s, i) => {
      const start = addDays('2025-01-01', s.startDay);
      return { id: `S${i}`, trainingId: `T${s.t % ts.length}`, start, end: addDays(start, Math.min(s.len, 729 - s.startDay)), subcontracting: s.sub as 'none' | 'out' | 'in' };
    });
    const es = enrolments.map((e, i) => {
      const s = ss[e.s % ss.length]!;
      const span = Math.max(1, (Date.parse(s.end) - Date.parse(s.start)) / 86400000 + 1);
      return {
        id: `E${i}`,
        learnerId: `L${e.learner}`,
        sessionId: s.id,
        ...(e.type ? { traineeType: e.type } : {}),
        status: e.status as 'completed',
        // quarter hours: exact, and dates inside the session
        attendance: e.attendance.map((a) => ({ date: addDays(s.start, a.d % span), hours: a.q / 4 })),
      };
    });
    const payers = BPF_C_LINES.map((l) => ({ id: `P${l}`, name: `Payeur ${l}`, cLine: l }));
    const inv = invoices.map((v, i) => ({
      id: `F${i}`,
      issueDate: addDays('2025-01-01', v.day),
      amountHT: money(v.cents / 100).toString(),
      payerId: v.line ? `P${v.line}` : 'PX',
      ...(v.credit ? { kind: 'credit-note' as const } : {}),
    }));
    const base = { trainings: ts, sessions: ss, enrolments: es, payers: [...payers, { id: 'PX', name: 'Sans ligne' }], invoices: inv };
    return base as unknown as Base;
  });

const withYear = (b: Base, fy: { start: string; end: string }): BpfInput => ({ ...b, financialYear: fy });

function sumHours(xs: readonly { hours: number }[]): number {
  return Math.round(xs.reduce((a, x) => a + x.hours * 100, 0)) / 100;
}
function sumTrainees(xs: readonly { trainees: number }[]): number {
  return xs.reduce((a, x) => a + x.trainees, 0);
}

function checkTotals(r: BpfResult): void {
  // Cadre C: total = sum of lines; line 2 = sum of 2a..2h.
  const all = r.frameC.lines.reduce((a, l) => a.plus(l.amount), money(0));
  expect(all.toString()).toBe(r.frameC.total);
  const two = r.frameC.lines.filter((l) => l.partOf === '2').reduce((a, l) => a.plus(l.amount), money(0));
  expect(two.toString()).toBe(r.frameC.line2Total);
  // F tables: total = sum of the main lines ("dont" lines excluded).
  for (const t of [r.frameF.f1, r.frameF.f3, r.frameF.f4]) {
    const main = t.lines.filter((l) => l.partOf === undefined);
    expect(sumHours(main)).toBe(t.total.hours);
    expect(sumTrainees(main)).toBe(t.total.trainees);
  }
  // a.1..a.6 are parts of a.
  const a = r.frameF.f3.lines.find((l) => l.code === 'a')!;
  const parts = r.frameF.f3.lines.filter((l) => l.partOf === 'a');
  expect(sumHours(parts)).toBeLessThanOrEqual(a.hours);
  expect(sumTrainees(parts)).toBeLessThanOrEqual(a.trainees);
}

describe('computeBpf properties', () => {
  it('totals equal the sum of their lines; F-1, F-3, F-4 totals agree; F-2 within F-1', () => {
    fc.assert(
      fc.property(arbInput, (b) => {
        for (const fy of [FY1, FY2]) {
          const r = computeBpf(withYear(b, fy));
          checkTotals(r);
          expect(r.frameF.f3.total).toEqual(r.frameF.f1.total);
          expect(r.frameF.f4.total).toEqual(r.frameF.f1.total);
          expect(r.checks.find((c) => c.code === 'F_TRAINEES_AGREE')?.ok).toBe(true);
          expect(r.checks.find((c) => c.code === 'F_HOURS_AGREE')?.ok).toBe(true);
          expect(r.frameF.f2.trainees).toBeLessThanOrEqual(r.frameF.f1.total.trainees);
          expect(r.frameF.f2.hours).toBeLessThanOrEqual(r.frameF.f1.total.hours);
          // distinct persons: never more trainees than distinct learners
          const learners = new Set(b.enrolments.map((e) => e.learnerId));
          expect(r.frameF.f1.total.trainees).toBeLessThanOrEqual(learners.size);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('hours are conserved when sessions are split across two financial years', () => {
    fc.assert(
      fc.property(arbInput, (b) => {
        const r1 = computeBpf(withYear(b, FY1), { subcontractedInCountedInF: true });
        const r2 = computeBpf(withYear(b, FY2), { subcontractedInCountedInF: true });
        let expected = 0;
        for (const e of b.enrolments) if (e.status !== 'cancelled') for (const a of e.attendance) expected += Math.round(a.hours * 100);
        expect(Math.round((r1.frameF.f1.total.hours + r2.frameF.f1.total.hours) * 100)).toBe(expected);
        // and cadre G hours are inside F when the option is on
        expect(r1.frameG.hours).toBeLessThanOrEqual(r1.frameF.f1.total.hours);
      }),
      { numRuns: 150 },
    );
  });

  it('cadre C over two adjacent years adds up to every issued invoice minus credit notes (mapped payers)', () => {
    fc.assert(
      fc.property(arbInput, (b) => {
        const r1 = computeBpf(withYear(b, FY1));
        const r2 = computeBpf(withYear(b, FY2));
        let expected = money(0);
        let unalloc = money(0);
        for (const i of b.invoices ?? []) {
          const amt = i.kind === 'credit-note' ? money(i.amountHT).negate() : money(i.amountHT);
          if (i.payerId === 'PX') unalloc = unalloc.plus(amt);
          else expected = expected.plus(amt);
        }
        expect(money(r1.frameC.total).plus(r2.frameC.total).toString()).toBe(expected.toString());
        expect(money(r1.frameC.unallocated.amount).plus(r2.frameC.unallocated.amount).toString()).toBe(unalloc.toString());
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(arbInput, (b) => {
        const input = withYear(b, FY1);
        const before = JSON.stringify(input);
        const a = computeBpf(input);
        expect(JSON.stringify(input)).toBe(before);
        expect(JSON.stringify(computeBpf(input))).toBe(JSON.stringify(a));
      }),
      { numRuns: 50 },
    );
  });
});

describe('hand-written enrolment validator agrees with BpfEnrolmentSchema', () => {
  const value = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(''),
    fc.string({ maxLength: 4 }),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constantFrom(...BPF_TRAINEE_TYPES, 'completed', 'cancelled', '2025-02-29', '2024-02-29'),
  );
  const att = fc.oneof(
    fc.constant(undefined),
    fc.constant('x'),
    fc.array(fc.oneof(fc.record({ date: value, hours: value }), fc.constant(null), fc.record({ date: fc.constantFrom('2025-01-31', '2025-13-01'), hours: fc.constantFrom(1, 2.5, -1) })), { maxLength: 3 }),
  );
  const row = fc.oneof(
    fc.record({ id: value, learnerId: value, sessionId: value, traineeType: value, status: value, hours: value, attendance: att }),
    fc.constant(null),
    fc.constant(3),
  );
  const strip = (o: unknown) => (o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) : o);

  it('same validity and same paths for random rows', () => {
    fc.assert(
      fc.property(row, (r) => {
        const x = strip(r);
        const ours: OfkitIssue[] = [];
        validateEnrolmentRows([x], ours);
        const z = BpfEnrolmentSchema.safeParse(x);
        expect(ours.length === 0).toBe(z.success);
        if (!z.success) {
          const zp = new Set(z.error.issues.map((i) => JSON.stringify(['enrolments', 0, ...i.path])));
          const op = new Set(ours.map((i) => JSON.stringify(i.path)));
          // zod stops at the object level for refinements when a field is invalid; ours reports them too.
          for (const p of zp) expect(op).toContain(p);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('computeBpf reports every bad row with its path', () => {
    try {
      computeBpf({ financialYear: FY1, trainings: [], sessions: [], enrolments: [{ id: 'a' }, 5, { id: 'b', learnerId: 'x', sessionId: 'y', hours: '3' }] } as unknown as BpfInput);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const paths = (e as OfkitError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['enrolments.0.learnerId', 'enrolments.0.sessionId', 'enrolments.0.hours', 'enrolments.1', 'enrolments.2.hours']));
    }
  });
});
