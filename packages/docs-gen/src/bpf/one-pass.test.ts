import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { computeBpf } from './compute.js';
import { bpfRules } from './layout.js';
import type { BpfInput } from './schema.js';
import vectorJson from './vectors/small-of-year.json' with { type: 'json' };

// computeBpf validates and aggregates the enrolment rows in one pass (issue 13): these tests pin
// what that pass must keep from a validation followed by a separate aggregation.

const vector = vectorJson.input as BpfInput;
const clone = (): BpfInput => structuredClone(vector);

function failure(fn: () => unknown): OfkitError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return e as OfkitError;
  }
  throw new Error('expected an OfkitError');
}
const paths = (e: OfkitError) => e.issues.map((i) => `${i.path.join('.')} ${i.code}`);

describe('computeBpf: rows validated and aggregated in one pass', () => {
  it('reads each property of a row once, with the result of plain rows', () => {
    const reads = new Map<string, number>();
    const input = clone();
    const rows = input.enrolments.map((row, i) => {
      const o = {};
      for (const [k, v] of Object.entries(row)) {
        Object.defineProperty(o, k, {
          enumerable: true,
          get() {
            reads.set(`${i}.${k}`, (reads.get(`${i}.${k}`) ?? 0) + 1);
            return v;
          },
        });
      }
      return o as (typeof input.enrolments)[number];
    });
    const r = computeBpf({ ...input, enrolments: rows });
    expect(JSON.stringify(r)).toBe(JSON.stringify(computeBpf(clone())));
    expect(reads.size).toBeGreaterThan(0);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
  });

  it('a malformed row after valid ones: the shape issues only, in row order, and nothing computed', () => {
    const input = clone();
    input.enrolments[1] = { ...input.enrolments[1]!, hours: -1 } as never;
    input.enrolments.push({ id: input.enrolments[0]!.id, learnerId: 'x', sessionId: 'NOPE', hours: 1 }, 3 as never);
    input.sessions[0] = { ...input.sessions[0]!, trainingId: 'NOPE' };
    const e = failure(() => computeBpf(input));
    expect(e.code).toBe('INVALID_INPUT');
    // References (the session of a training, the row's session, the duplicate id) wait for the shape.
    expect(paths(e)).toEqual([`enrolments.1.hours too_small`, `enrolments.${input.enrolments.length - 1} invalid_type`]);
  });

  it('well-formed rows with wrong references: the other records first, then the rows, in order', () => {
    const input = clone();
    const n = input.enrolments.length;
    input.enrolments.push({ id: input.enrolments[0]!.id, learnerId: 'x', sessionId: 'NOPE', hours: 1 }, { id: 'new', learnerId: 'y', sessionId: 'NOPE2', hours: 2 });
    input.sessions[0] = { ...input.sessions[0]!, trainingId: 'NOPE' };
    const e = failure(() => computeBpf(input));
    expect(paths(e)).toEqual(['sessions.0.trainingId unknown_reference', `enrolments.${n}.sessionId unknown_reference`, `enrolments.${n}.id duplicate_id`, `enrolments.${n + 1}.sessionId unknown_reference`]);
    // Ids trusted: no duplicate reported.
    expect(paths(failure(() => computeBpf(input, { checkUniqueEnrolmentIds: false })))).toEqual([
      'sessions.0.trainingId unknown_reference',
      `enrolments.${n}.sessionId unknown_reference`,
      `enrolments.${n + 1}.sessionId unknown_reference`,
    ]);
  });

  it('the one rule the row pass reads early (cadre G in F): without a value in force it fails where it always did', () => {
    const param = bpfRules.subcontractedInCountedInF;
    const rules = { ...bpfRules, subcontractedInCountedInF: { ...param, values: param.values.map((v) => ({ ...v, from: '2099-01-01' })) } };
    // A valid input: the rule's own error, after validation.
    expect(failure(() => computeBpf(clone(), { rules: rules as never })).code).toBe('NO_VALUE_IN_FORCE');
    // An invalid one: the input's issues, as before.
    const input = clone();
    input.enrolments[0] = { ...input.enrolments[0]!, status: 'done' as never };
    expect(paths(failure(() => computeBpf(input, { rules: rules as never })))).toEqual(['enrolments.0.status invalid_value']);
    // The option given: the rule is still read after validation, as before.
    expect(failure(() => computeBpf(clone(), { rules: rules as never, subcontractedInCountedInF: true })).code).toBe('NO_VALUE_IN_FORCE');
  });

  it('thousands of persons, each on two lines: counted once, the per-person state grows past its first size', () => {
    const n = 3000;
    const input: BpfInput = {
      financialYear: { start: '2025-01-01', end: '2025-12-31' },
      trainings: [
        { id: 'T1', title: 'A', objective: 'autre', nsfCode: '326', nsfLabel: 'Informatique' },
        { id: 'T2', title: 'B', objective: 'rs', nsfCode: '310', nsfLabel: 'Commerce' },
      ],
      sessions: [
        { id: 'S1', trainingId: 'T1', start: '2025-03-03', end: '2025-03-04' },
        { id: 'S2', trainingId: 'T2', start: '2025-05-05', end: '2025-05-05' },
      ],
      enrolments: Array.from({ length: 2 * n }, (_, i) => ({
        id: `E${i}`,
        learnerId: `L${i % n}`,
        sessionId: i < n ? 'S1' : 'S2',
        traineeType: i < n ? ('salarie-prive' as const) : ('particulier' as const),
        // The longer enrolment decides the line: S1 for even persons, S2 for odd ones.
        hours: i < n ? (i % 2 === 0 ? 14 : 7) : (i % 2 === 0 ? 7 : 14),
      })),
    };
    const r = computeBpf(input);
    expect(r.frameF.f1.total).toEqual({ trainees: n, hours: n * 21 });
    expect(r.frameF.f1.lines.find((l) => l.code === 'a')).toMatchObject({ trainees: n / 2, hours: n * 10.5 });
    expect(r.frameF.f1.lines.find((l) => l.code === 'd')).toMatchObject({ trainees: n / 2, hours: n * 10.5 });
    expect(r.frameF.f3.lines.find((l) => l.code === 'b')).toMatchObject({ trainees: n / 2 });
    expect(r.frameF.f4.lines.filter((l) => l.nsfCode).map((l) => [l.nsfCode, l.trainees])).toEqual([
      ['310', n / 2],
      ['326', n / 2],
    ]);
    expect(r.explanation.find((s) => s.code === 'F_PERSON_ON_SEVERAL_LINES')?.amounts).toEqual({ persons: String(n) });
    expect(r.frameF.f1.lines.find((l) => l.code === 'a')!.sources.enrolments).toEqual(Array.from({ length: n }, (_, i) => `E${i}`));
  });
});
