import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BPF_C_LINE_BY_FUNDER, FUNDER_TYPES, OfkitError, type FunderType } from '@ofkit/core';
import { computeBpf } from './compute.js';
import { BPF_TRAINEE_TYPE_BY_LEARNER_TYPE, bpfInputFromDomain, bpfObjectiveOfTraining, type BpfDomainInput } from './from-domain.js';
import vectorJson from './vectors/from-domain.json' with { type: 'json' };

const vector = { ...vectorJson, input: vectorJson.input as unknown as BpfDomainInput };
const clone = (): BpfDomainInput => structuredClone(vector.input) as BpfDomainInput;

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return (e as OfkitError).issues.map((i) => ({ path: i.path.join('.'), code: i.code }));
  }
  throw new Error('expected an OfkitError');
}

describe(`bpfInputFromDomain: vector ${vector.id}`, () => {
  const mapped = bpfInputFromDomain(vector.input);
  const r = computeBpf(mapped);
  const x = vector.expected;
  const table = (lines: readonly { code: string; trainees: number; hours: number }[]) =>
    Object.fromEntries(lines.filter((l) => l.trainees > 0 || l.hours > 0).map((l) => [l.code, { trainees: l.trainees, hours: l.hours }]));

  it('maps learner types, objectives, NSF groups, invoice lines, cadre B and H', () => {
    expect(Object.fromEntries(mapped.enrolments.map((e) => [e.id, e.traineeType ?? null]))).toEqual(x.mapping.traineeTypes);
    expect(Object.fromEntries(mapped.trainings.map((t) => [t.id, [t.objective ?? null, t.rncpLevel ?? null]]))).toEqual(x.mapping.objectives);
    expect(Object.fromEntries(mapped.trainings.map((t) => [t.id, t.nsfCode]))).toEqual(x.mapping.nsf);
    expect(Object.fromEntries((mapped.invoices ?? []).map((i) => [i.id, i.cLine ?? null]))).toEqual(x.mapping.invoiceLines);
    expect(mapped.distanceActions).toBe(x.mapping.distanceActions);
    expect(mapped.manager).toEqual(x.mapping.manager);
  });

  it('end to end: cadre C', () => {
    expect(Object.fromEntries(r.frameC.lines.filter((l) => l.amount !== '0.00').map((l) => [l.code, l.amount]))).toEqual(x.frameC.lines);
    expect(r.frameC.line2Total).toBe(x.frameC.line2Total);
    expect(r.frameC.total).toBe(x.frameC.total);
    expect(r.frameC.revenueShare).toBe(x.frameC.revenueShare);
    expect(r.frameC.unallocated).toEqual(x.frameC.unallocated);
  });

  it('end to end: cadre E, F-1..F-4, G and the checks', () => {
    expect(r.frameE.lines.map((l) => ({ persons: l.persons, hours: l.hours }))).toEqual([x.frameE['1'], x.frameE['2']]);
    const { total: t1, ...f1 } = x.f1;
    expect(table(r.frameF.f1.lines)).toEqual(f1);
    expect(r.frameF.f1.total).toEqual(t1);
    expect({ trainees: r.frameF.f2.trainees, hours: r.frameF.f2.hours }).toEqual(x.f2);
    const { total: t3, ...f3 } = x.f3;
    expect(table(r.frameF.f3.lines)).toEqual(f3);
    expect(r.frameF.f3.total).toEqual(t3);
    const { total: t4, ...f4 } = x.f4;
    expect(Object.fromEntries(r.frameF.f4.lines.filter((l) => l.trainees > 0).map((l) => [l.nsfCode ?? l.code, { trainees: l.trainees, hours: l.hours }]))).toEqual(f4);
    expect(r.frameF.f4.total).toEqual(t4);
    expect({ trainees: r.frameG.trainees, hours: r.frameG.hours }).toEqual(x.frameG);
    expect(r.checks.find((c) => c.code === 'F_TRAINEES_AGREE')?.ok).toBe(true);
    expect(r.checks.find((c) => c.code === 'F_HOURS_AGREE')?.ok).toBe(true);
  });

  it('what the records do not determine is reported by computeBpf as missing data', () => {
    const got = Object.fromEntries(Object.entries(r.missingData).filter(([, v]) => v.length > 0).map(([k, v]) => [k, v.map((m) => m.code)]));
    expect(got).toEqual(x.missing);
    expect(r.missingData['F-3'][0]?.records).toEqual(['T5']);
    expect(r.missingData['F-1'][0]?.records).toEqual(['E8']);
    // The anomaly is worded for a French reader: amount with a decimal comma.
    expect(r.anomalies.find((a) => a.code === 'UNMAPPED_PAYER')?.message).toContain('(700,00\u00A0€ HT)');
  });
});

describe('bpfInputFromDomain: mapping rules', () => {
  it('every learner type maps to a distinct F-1 line', () => {
    expect(new Set(Object.values(BPF_TRAINEE_TYPE_BY_LEARNER_TYPE)).size).toBe(5);
  });

  it('F-3 objective of every category × certification', () => {
    expect(bpfObjectiveOfTraining({ category: 'bilan-de-competences', certification: { type: 'rs', code: 'RS5678' } })).toEqual({ objective: 'bilan-de-competences' });
    expect(bpfObjectiveOfTraining({ category: 'vae' })).toEqual({ objective: 'vae' });
    expect(bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'rncp', code: 'RNCP37274', level: 7 } })).toEqual({ objective: 'rncp', rncpLevel: 7 });
    expect(bpfObjectiveOfTraining({ category: 'apprentissage', certification: { type: 'rncp', code: 'RNCP37274' } })).toEqual({ objective: 'rncp' });
    expect(bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'rs', code: 'RS5678' } })).toEqual({ objective: 'rs' });
    expect(bpfObjectiveOfTraining({ category: 'action-de-formation' })).toEqual({ objective: 'autre' });
    // Cerfa 10443*17 F-3 a.6 « dont CQP sans niveau de qualification » and c « CQP non enregistré au
    // RNCP ou au RS » (../shared/domain/documents.md §7.2).
    expect(bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'rncp', code: 'RNCP1234', cqp: true } })).toEqual({ objective: 'rncp', rncpLevel: 'cqp-sans-niveau' });
    // A level, when given, wins: the CQP is then counted on its level line (a.1–a.5).
    expect(bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'rncp', code: 'RNCP1234', cqp: true, level: 3 } })).toEqual({ objective: 'rncp', rncpLevel: 3 });
    expect(bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'cqp', title: 'CQP Opérateur logistique' } })).toEqual({ objective: 'cqp-hors-repertoire' });
    // Not determined: left unset.
    expect(bpfObjectiveOfTraining({ category: 'action-de-formation', certification: { type: 'rncp-block', code: 'RNCP37274BC01', level: 5 } })).toEqual({});
    expect(bpfObjectiveOfTraining({ category: 'apprentissage' })).toEqual({});
  });

  it('an RNCP training without level reaches computeBpf as rncp_level_missing', () => {
    const d = clone();
    d.trainings[1] = { ...d.trainings[1]!, certification: { type: 'rncp', code: 'RNCP38368' } };
    const r = computeBpf(bpfInputFromDomain(d));
    expect(r.missingData['F-3'].map((m) => m.code)).toContain('rncp_level_missing');
  });

  it('trainingObjectives fills what the record cannot say (CQP not registered, RNCP block)', () => {
    const d = clone();
    d.trainingObjectives = { T5: { objective: 'cqp-hors-repertoire' } };
    const m = bpfInputFromDomain(d);
    expect(m.trainings.find((t) => t.id === 'T5')?.objective).toBe('cqp-hors-repertoire');
    expect(computeBpf(m).missingData['F-3']).toEqual([]);
  });

  it('every funder type goes to the line of BPF_C_LINE_BY_FUNDER', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FUNDER_TYPES), (funder: FunderType) => {
        const d = clone();
        d.invoices = [{ id: 'X', issueDate: '2025-12-01', amountHT: '10.00', payer: { funder } }];
        const r = computeBpf(bpfInputFromDomain(d));
        expect(r.frameC.lines.find((l) => l.code === BPF_C_LINE_BY_FUNDER[funder])?.amount).toBe('10.00');
        expect(r.frameC.total).toBe('10.00');
      }),
    );
  });

  it('an explicit cLine wins over the funder type', () => {
    const d = clone();
    d.invoices = [{ id: 'X', issueDate: '2025-12-01', amountHT: '10.00', payer: { funder: 'employer', cLine: '11' } }];
    expect(bpfInputFromDomain(d).invoices?.[0]?.cLine).toBe('11');
  });

  it('the enrolment learnerType overrides the learner’s', () => {
    const d = clone();
    d.enrolments[0] = { ...d.enrolments[0]!, learnerType: 'other' };
    expect(bpfInputFromDomain(d).enrolments[0]?.traineeType).toBe('autre');
  });

  it('an excused or absent half-day counts no hour; a learner never present has zero hours', () => {
    const d = clone();
    for (const rec of d.attendance ?? []) for (const l of rec.learners) if (l.learnerId === 'L6') l.status = 'excused';
    const e8 = bpfInputFromDomain(d).enrolments.find((e) => e.id === 'E8');
    expect(e8?.attendance).toEqual([]);
  });

  it('cadre B: derived from the modality of the sessions held in the year; explicit value wins', () => {
    const d = clone();
    d.sessions = d.sessions.map((s) => ({ ...s, modality: 'presentiel', place: s.place ?? { name: 'x' } }));
    expect(bpfInputFromDomain(d).distanceActions).toBe(false);
    d.distanceActions = true;
    expect(bpfInputFromDomain(d).distanceActions).toBe(true);
  });

  it('a pending NDA is not sent (cadre A reports it missing)', () => {
    const d = clone();
    const { nda: _nda, ...org } = d.organisation!;
    d.organisation = { ...org, ndaStatus: 'pending' };
    const r = computeBpf(bpfInputFromDomain(d));
    expect(r.frameA.nda).toBeNull();
    expect(r.missingData.A.map((m) => m.path?.join('.'))).toContain('organisation.nda');
  });

  it('trainer hours given by hand replace the attendance-derived hours of that session only', () => {
    const d = clone();
    d.trainerHours = [{ trainerId: 'K2', sessionId: 'S1', hours: 7 }];
    const th = bpfInputFromDomain(d).trainerHours ?? [];
    expect(th.filter((h) => h.sessionId === 'S1').map((h) => h.trainerId)).toEqual(['K2']);
    expect(th.filter((h) => h.sessionId === 'S2').reduce((a, h) => a + h.hours, 0)).toBe(13);
  });
});

describe('bpfInputFromDomain: bad input', () => {
  it('schema errors name the field (core schemas)', () => {
    const d = clone() as unknown as Record<string, unknown[]>;
    (d['learners']![0] as Record<string, unknown>)['learnerType'] = 'salarie';
    (d['enrolments']![0] as Record<string, unknown>)['hoursPlanned'] = -1;
    const got = issuesOf(() => bpfInputFromDomain(d as unknown as BpfDomainInput)).map((i) => i.path);
    expect(got).toContain('learners.0.learnerType');
    expect(got).toContain('enrolments.0.hoursPlanned');
  });

  it('every unknown reference is reported with its path, all at once', () => {
    const d = clone();
    d.enrolments[0] = { ...d.enrolments[0]!, learnerId: 'nobody' };
    d.enrolments[1] = { ...d.enrolments[1]!, sessionId: 'S9' };
    d.attendance![0] = { ...d.attendance![0]!, trainer: { trainerId: 'K9' } };
    d.invoices![1] = { ...d.invoices![1]!, enrolmentIds: ['E99'] };
    d.trainingObjectives = { T9: { objective: 'autre' } };
    expect(issuesOf(() => bpfInputFromDomain(d))).toEqual(
      expect.arrayContaining([
        { path: 'enrolments.0.learnerId', code: 'unknown_reference' },
        { path: 'enrolments.1.sessionId', code: 'unknown_reference' },
        { path: 'attendance.0.trainer.trainerId', code: 'unknown_reference' },
        { path: 'invoices.1.enrolmentIds.0', code: 'unknown_reference' },
        { path: 'trainingObjectives.T9', code: 'unknown_reference' },
      ]),
    );
  });

  it('an attendance half-day that is not a slot of its session', () => {
    const d = clone();
    d.attendance![0] = { ...d.attendance![0]!, slot: { date: '2025-09-16', halfDay: 'morning' } };
    expect(issuesOf(() => bpfInputFromDomain(d))).toEqual([{ path: 'attendance.0.slot', code: 'unknown_slot' }]);
  });

  it('an enrolment of a session held in the year with no hours at all is an error, not a silent zero', () => {
    const d = clone();
    d.attendance = d.attendance!.filter((a) => a.sessionId !== 'S2');
    expect(issuesOf(() => bpfInputFromDomain(d))).toEqual([{ path: 'enrolments.2.hoursAttended', code: 'hours_unknown' }]);
    // …but a session wholly outside the year needs no hours.
    const e = clone();
    e.attendance = [];
    e.sessions.push({ id: 'S9', trainingId: 'T1', startDate: '2026-09-01', endDate: '2026-09-01', modality: 'distance', slots: [] });
    e.enrolments = [{ id: 'E9', learnerId: 'L1', sessionId: 'S9', hoursPlanned: 7 }];
    e.invoices = [];
    expect(bpfInputFromDomain(e).enrolments).toEqual([{ id: 'E9', learnerId: 'L1', sessionId: 'S9', traineeType: 'salarie-prive', hours: 0 }]);
  });

  it('a learner present on a sheet without an enrolment, or enrolled twice in a session, is reported (never dropped or counted twice)', () => {
    const d = clone();
    d.attendance![0]!.learners.push({ learnerId: 'L4', status: 'present' });
    d.enrolments.push({ id: 'E9', learnerId: 'L1', sessionId: 'S1', hoursPlanned: 7 });
    expect(issuesOf(() => bpfInputFromDomain(d))).toEqual([
      { path: 'enrolments.8.learnerId', code: 'duplicate_enrolment' },
      { path: 'attendance.0.learners.3.learnerId', code: 'not_enrolled' },
    ]);
    // A cancelled enrolment followed by a new one is fine; an absent non-enrolled learner too.
    const e = clone();
    e.enrolments.push({ id: 'E9', learnerId: 'L2', sessionId: 'S3', hoursPlanned: 3, hoursAttended: 3 });
    e.attendance![0]!.learners.push({ learnerId: 'L4', status: 'absent' });
    expect(bpfInputFromDomain(e).enrolments.find((x) => x.id === 'E9')?.hours).toBe(3);
  });

  it('ids with a "|" in them: every (session, learner) pair is still read as its own', () => {
    // The pairs are numbered, not keyed by a "session|learner" text (issue 13); with a '|' in an id
    // the text is used, as it always was: here no two pairs share one.
    const rename = (x: string) => (/^L\d$/.test(x) ? `L|${x.slice(1)}` : x);
    const d = clone();
    for (const l of d.learners) l.id = rename(l.id);
    for (const e of d.enrolments) e.learnerId = rename(e.learnerId);
    for (const a of d.attendance ?? []) for (const l of a.learners) l.learnerId = rename(l.learnerId);
    const renamed = bpfInputFromDomain(d);
    const plain = bpfInputFromDomain(vector.input);
    expect(renamed.enrolments.map((e) => ({ ...e, learnerId: e.learnerId.replace('|', '') }))).toEqual(plain.enrolments);
    expect(computeBpf(renamed).frameF.f1.total).toEqual(computeBpf(plain).frameF.f1.total);
    // The checks still see each pair: a learner enrolled twice in one session.
    d.enrolments.push({ id: 'E9', learnerId: 'L|1', sessionId: 'S1', hoursPlanned: 7 });
    expect(issuesOf(() => bpfInputFromDomain(d))).toEqual([{ path: 'enrolments.8.learnerId', code: 'duplicate_enrolment' }]);
  });

  it('a session or trainer id with a "|" in it: the trainer hours keep both ids whole', () => {
    // The hours of each (session, trainer) pair were keyed by a "session|trainer" text and split back
    // on '|': a session "S|1" came out as session "S", trainer "1|T1", and computeBpf refused the input.
    const renameS = (x: string) => (/^S\d$/.test(x) ? `S|${x.slice(1)}` : x);
    const renameT = (x: string) => `${x}|x`;
    const d = clone();
    for (const s of d.sessions) { s.id = renameS(s.id); if (s.trainerIds) s.trainerIds = s.trainerIds.map(renameT); }
    for (const t of d.trainers ?? []) t.id = renameT(t.id);
    for (const e of d.enrolments) e.sessionId = renameS(e.sessionId);
    for (const a of d.attendance ?? []) { a.sessionId = renameS(a.sessionId); if (a.trainer) a.trainer.trainerId = renameT(a.trainer.trainerId); }
    for (const r of d.trainerHours ?? []) { r.trainerId = renameT(r.trainerId); if (r.sessionId) r.sessionId = renameS(r.sessionId); }
    const plain = bpfInputFromDomain(vector.input);
    const renamed = bpfInputFromDomain(d);
    expect(plain.trainerHours!.length).toBeGreaterThan(0);
    expect(renamed.trainerHours!.map((h) => ({ sessionId: h.sessionId, trainerId: h.trainerId, date: h.date, hours: h.hours }))).toEqual(
      plain.trainerHours!.map((h) => ({ sessionId: h.sessionId === undefined ? undefined : renameS(h.sessionId), trainerId: renameT(h.trainerId), date: h.date, hours: h.hours })),
    );
    expect(computeBpf(renamed).frameF).toEqual(computeBpf(plain).frameF);
  });

  it('financial year end before its start', () => {
    const d = clone();
    d.financialYear = { start: '2026-06-30', end: '2025-07-01' };
    expect(issuesOf(() => bpfInputFromDomain(d))).toContainEqual({ path: 'financialYear.end', code: 'end_before_start' });
  });
});
