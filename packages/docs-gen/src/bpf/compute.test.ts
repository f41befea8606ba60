import { OfkitError, overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { computeBpf } from './compute.js';
import { bpfRules } from './layout.js';
import { bpfInputJsonSchema } from './schema.js';
import vectorJson from './vectors/small-of-year.json' with { type: 'json' };
import type { BpfInput } from './schema.js';

const vector = { ...vectorJson, input: vectorJson.input as BpfInput };

const FY = { start: '2025-01-01', end: '2025-12-31' };
const T = [{ id: 'T1', title: 'Excel', objective: 'autre' as const, nsfCode: '326', nsfLabel: 'Informatique' }];

describe('computeBpf: rules, options, explanation', () => {
  it('explains itself: layout, invoices, enrolments, split, checks', () => {
    const r = computeBpf(vector.input);
    expect(r.explanation.map((s) => s.code)).toEqual(['BPF_LAYOUT', 'C_INVOICES', 'F_ENROLMENTS', 'F_SPLIT_ACROSS_YEARS', 'F_PERSON_ON_SEVERAL_LINES', 'G_SUBCONTRACTED_IN', 'CHECKS']);
    expect(r.explanation[1]!.amounts).toEqual({ total: '25120.00', line2: '10200.00' });
    expect(r.explanation[3]!.label).toContain('2 inscription(s) réparties selon la date des heures suivies et 1 au prorata du planning ; 147 h relèvent d’un autre exercice');
    expect(r.references.map((x) => x.article)).toEqual(expect.arrayContaining(['L6352-11', 'Cerfa 10443*17']));
    expect(r.layout).toMatchObject({ cerfa: '10443*17', status: 'provisional' });
  });

  it('every warning of a provisional rule names its parameter, and the disputed readings their option', () => {
    const r = computeBpf(vector.input);
    const byParam = Object.fromEntries(r.warnings.filter((w) => w.parameter).map((w) => [w.parameter, w]));
    expect(byParam['bpf.g.countedInF']?.option).toBe('subcontractedInCountedInF');
    expect(byParam['bpf.f4.mainSpecialities']?.option).toBe('f4RankBy');
    for (const w of r.warnings) {
      expect(w.message.length).toBeGreaterThan(0);
      expect(w.messageEn.length).toBeGreaterThan(0);
    }
  });

  it('a rule can be overridden without forking (three main specialities instead of five)', () => {
    const rules = overrideRules(bpfRules, { f4MainSpecialities: [{ from: '2025-01-01', value: { count: 3, rankBy: 'hours' }, status: 'confirmed', references: [] }] });
    const r = computeBpf(vector.input, { rules });
    expect(r.frameF.f4.lines.map((l) => l.code)).toEqual(['314', '324', '326', 'autres']);
    expect(r.frameF.f4.lines.at(-1)).toMatchObject({ trainees: 6, hours: 153 });
    expect(r.warnings.some((w) => w.code === 'OVERRIDDEN_VALUE' && w.parameter === 'bpf.f4.mainSpecialities')).toBe(true);
    expect(bpfRules.f4MainSpecialities.values).toHaveLength(1);
  });

  it('option f4RankBy: trainees changes the order of F-4', () => {
    const r = computeBpf(vector.input, { f4RankBy: 'trainees' });
    expect(r.frameF.f4.lines[0]).toMatchObject({ code: '326', trainees: 8 });
    expect(r.frameF.f4.total).toEqual({ trainees: 17, hours: 994 });
  });

  it('no layout before the *17 form: NO_VALUE_IN_FORCE, never the nearest', () => {
    expect(() => computeBpf({ financialYear: { start: '2022-01-01', end: '2022-12-31' }, trainings: [], sessions: [], enrolments: [] })).toThrow(
      expect.objectContaining({ code: 'NO_VALUE_IN_FORCE' }),
    );
  });

  it('a financial year ending on 31 December 2023 is the first on Cerfa *17; deadline in the next year', () => {
    const r = computeBpf({ financialYear: { start: '2023-01-01', end: '2023-12-31' }, trainings: [], sessions: [], enrolments: [] });
    expect(r.layout.cerfa).toBe('10443*17');
    expect(r.filingDeadline).toBe('2024-04-30');
  });

  it('checkUniqueEnrolmentIds: false accepts duplicated ids (caller vouches for them)', () => {
    const input = {
      financialYear: FY,
      trainings: T,
      sessions: [{ id: 'S1', trainingId: 'T1', start: '2025-03-10', end: '2025-03-10' }],
      enrolments: [
        { id: 'E1', learnerId: 'L1', sessionId: 'S1', traineeType: 'salarie-prive' as const, hours: 7 },
        { id: 'E1', learnerId: 'L2', sessionId: 'S1', traineeType: 'salarie-prive' as const, hours: 7 },
      ],
    };
    expect(() => computeBpf(input)).toThrow(OfkitError);
    expect(computeBpf(input, { checkUniqueEnrolmentIds: false }).frameF.f1.total).toEqual({ trainees: 2, hours: 14 });
  });

  it('hours are kept to the hundredth (rounded half-up on entry) and summed exactly', () => {
    const r = computeBpf({
      financialYear: FY,
      trainings: T,
      sessions: [{ id: 'S1', trainingId: 'T1', start: '2025-03-10', end: '2025-03-10' }],
      enrolments: [
        { id: 'E1', learnerId: 'L1', sessionId: 'S1', traineeType: 'salarie-prive', hours: 0.1 },
        { id: 'E2', learnerId: 'L2', sessionId: 'S1', traineeType: 'salarie-prive', hours: 0.2 },
        { id: 'E3', learnerId: 'L3', sessionId: 'S1', traineeType: 'salarie-prive', hours: 1.335 },
      ],
    });
    expect(r.frameF.f1.total.hours).toBe(1.64);
  });

  it('the organisation identity is checked (NDA, SIRET) and missing fields are listed in frame A', () => {
    expect(() => computeBpf({ financialYear: FY, organisation: { nda: '123', siret: '73282932000075' }, trainings: [], sessions: [], enrolments: [] })).toThrow(
      expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ path: ['organisation', 'nda'] }), expect.objectContaining({ path: ['organisation', 'siret'] })]) }),
    );
    const r = computeBpf({ financialYear: FY, organisation: { name: 'X' }, trainings: [], sessions: [], enrolments: [] });
    expect(r.missingData.A.map((m) => m.path?.[1])).toEqual(['nda', 'siret', 'legalForm', 'naf', 'address', 'addressPublic', 'phone', 'email']);
    expect(r.missingData.H).toHaveLength(1);
    expect(r.missingData.D).toHaveLength(1);
  });

  it('publishes its input as JSON Schema', () => {
    const s = bpfInputJsonSchema();
    expect((s['required'] as string[]).sort()).toEqual(['enrolments', 'financialYear', 'sessions', 'trainings']);
  });
});
