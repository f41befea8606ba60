import { OfkitError } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../readiness/readiness.js';
import { assessDistanceLearning, parseIsoDuration, type Trace, type XapiStatement } from './distance.js';

const V = 'http://adlnet.gov/expapi/verbs/';
const st = (who: string, verb: string, object: string, timestamp: string, extra: Partial<XapiStatement> = {}): XapiStatement => ({
  actor: { mbox: `mailto:${who}` },
  verb: { id: V + verb },
  object: { id: object },
  timestamp,
  ...extra,
});
const session = {
  id: 'FOAD-1',
  tutors: ['tutor@of.fr'],
  activities: [
    { id: 'm1', kind: 'activity' as const, expectedMinutes: 30 },
    { id: 'quiz', kind: 'assessment' as const, expectedMinutes: 10 },
    { id: 'vc1', kind: 'virtual-class' as const, expectedMinutes: 60 },
  ],
};

describe('assessDistanceLearning', () => {
  it('estimates time by the gap method with the idle cut-off', () => {
    const r = assessDistanceLearning(
      [
        st('ana@x.fr', 'launched', 'm1', '2026-03-02T09:00:00+01:00'),
        st('ana@x.fr', 'progressed', 'm1', '2026-03-02T09:10:00+01:00'),
        st('ana@x.fr', 'completed', 'm1', '2026-03-02T09:25:00+01:00', { result: { duration: 'PT25M' } }),
        st('ana@x.fr', 'launched', 'quiz', '2026-03-02T10:30:00+01:00'),
        st('ana@x.fr', 'passed', 'quiz', '2026-03-02T10:40:00+01:00', { result: { duration: 'PT10M', success: true } }),
      ],
      session,
    );
    const ana = r.learners[0]!;
    expect(ana.estimatedMinutes).toBe(35); // 10 + 15 + (65 > 30: idle) + 10
    expect(ana.declaredMinutes).toBe(35);
    expect([ana.activitiesCompleted, ana.activitiesPlanned, ana.assessmentsCompleted, ana.assessmentsPlanned]).toEqual([1, 2, 1, 1]);
    expect(ana.first).toEqual({ date: '2026-03-02', time: '09:00:00' });
    const r60 = assessDistanceLearning(
      [st('ana@x.fr', 'launched', 'm1', '2026-03-02T09:00:00+01:00'), st('ana@x.fr', 'completed', 'm1', '2026-03-02T09:45:00+01:00')],
      session,
      { idleCutoffMinutes: 60 },
    );
    expect(r60.learners[0]!.estimatedMinutes).toBe(45);
    expect(r60.method.description).toContain('60 min');
  });

  it('counts explicit connection intervals once, without double counting events inside them', () => {
    const traces: Trace[] = [
      { type: 'connection', learnerId: 'bob@x.fr', start: '2026-03-02T09:00:00+01:00', end: '2026-03-02T10:00:00+01:00' },
      st('bob@x.fr', 'launched', 'm1', '2026-03-02T09:05:00+01:00'),
      st('bob@x.fr', 'completed', 'm1', '2026-03-02T09:35:00+01:00'),
    ];
    expect(assessDistanceLearning(traces, session).learners[0]!.estimatedMinutes).toBe(60);
  });

  it('is correct across the spring DST change (instants, not wall clock)', () => {
    const r = assessDistanceLearning([st('c@x.fr', 'launched', 'm1', '2026-03-29T00:50:00Z'), st('c@x.fr', 'completed', 'm1', '2026-03-29T01:05:00Z')], session);
    const c = r.learners[0]!;
    expect(c.estimatedMinutes).toBe(15);
    expect(c.first).toEqual({ date: '2026-03-29', time: '01:50:00' });
    expect(c.last).toEqual({ date: '2026-03-29', time: '03:05:00' });
  });

  it('traces human assistance with response delays and virtual classes', () => {
    const r = assessDistanceLearning(
      [
        st('ana@x.fr', 'asked', 'thread-7', '2026-03-02T10:00:00+01:00'),
        st('tutor@of.fr', 'responded', 'thread-7', '2026-03-02T11:30:00+01:00'),
        { actor: { mbox: 'mailto:tutor@of.fr' }, verb: { id: V + 'commented' }, object: { objectType: 'Agent', mbox: 'mailto:ana@x.fr' }, timestamp: '2026-03-03T08:00:00+01:00' },
        st('ana@x.fr', 'attended', 'vc1', '2026-03-04T14:00:00+01:00'),
        st('ana@x.fr', 'asked', 'thread-8', '2026-03-05T10:00:00+01:00'),
      ],
      session,
    );
    const a = r.learners[0]!.assistance;
    expect(a).toEqual({ requests: 2, answered: 1, tutorMessages: 1, virtualClassesAttended: 1, medianResponseMinutes: 90, maxResponseMinutes: 90 });
    expect(r.selfLearningOnly).toBe(false);
    expect(r.gaps.some((g) => g.includes('1 demande(s)'))).toBe(true);
    expect(r.evidence.map((e) => e.kind)).toEqual(['lms-connection-log', 'lms-completion-report', 'lms-assistance-log']);
  });

  it('flags a self-learning-only module and yields no assistance evidence', () => {
    const r = assessDistanceLearning([st('ana@x.fr', 'completed', 'm1', '2026-03-02T09:00:00+01:00')], { id: 'S', activities: [{ id: 'm1', kind: 'activity' }] });
    expect(r.selfLearningOnly).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('SELF_LEARNING_ONLY');
    expect(r.evidence.map((e) => e.kind)).not.toContain('lms-assistance-log');
    expect(r.gaps.some((g) => g.includes('Durée moyenne'))).toBe(true);
    expect(r.gaps.some((g) => g.includes('Aucune évaluation'))).toBe(true);
  });

  it('its evidence feeds assessReadiness (D. 6313-3-1 rules for the distance session)', () => {
    const d = assessDistanceLearning(
      [st('ana@x.fr', 'completed', 'm1', '2026-03-02T09:00:00+01:00'), st('tutor@of.fr', 'commented', 'm1', '2026-03-02T10:00:00+01:00')],
      session,
    );
    const r = assessReadiness(
      { categories: ['action-de-formation'], distanceLearning: true },
      { sessions: [{ id: 'FOAD-1', startDate: '2026-03-01', endDate: '2026-03-10', modality: 'distance' }], items: [...d.evidence] },
      { auditDate: '2026-12-01' },
    );
    expect(r.rules.filter((x) => x.indicator === 19).map((x) => [x.id, x.status])).toEqual([
      ['distance-follow-up-traced', 'pass'],
      ['distance-assistance-traced', 'pass'],
    ]);
  });

  it('is independent of the order of traces (property)', () => {
    const base = [
      st('a@x.fr', 'launched', 'm1', '2026-03-02T09:00:00+01:00'),
      st('a@x.fr', 'completed', 'm1', '2026-03-02T09:20:00+01:00'),
      st('b@x.fr', 'launched', 'm1', '2026-03-02T09:03:00+01:00'),
      st('b@x.fr', 'asked', 't', '2026-03-02T09:04:00+01:00'),
      st('tutor@of.fr', 'responded', 't', '2026-03-02T09:30:00+01:00'),
      st('b@x.fr', 'passed', 'quiz', '2026-03-02T09:40:00+01:00'),
      st('a@x.fr', 'passed', 'quiz', '2026-03-02T10:40:00+01:00'),
    ];
    const ref = assessDistanceLearning(base, session);
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: base.length, maxLength: base.length }), (shuffled) => {
        const r = assessDistanceLearning(shuffled, session);
        expect(r.learners).toEqual(ref.learners);
      }),
    );
  });

  it('parses ISO 8601 durations', () => {
    expect(parseIsoDuration('PT1H30M')).toBe(5400000);
    expect(parseIsoDuration('PT45.5S')).toBe(45500);
    expect(parseIsoDuration('P1DT1M')).toBe(86460000);
    expect(parseIsoDuration('PT')).toBeNaN();
    expect(parseIsoDuration('1h')).toBeNaN();
  });

  it('rejects a bad session or options with every issue and its path', () => {
    try {
      assessDistanceLearning([], { id: '' }, { idleCutoffMinutes: 0 });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const paths = (e as OfkitError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['session.id', 'options.idleCutoffMinutes']));
    }
  });

  it('strict: true rejects bad traces all-or-nothing with every issue and its path', () => {
    const bad = [
      { actor: {}, verb: { id: V + 'launched' }, object: { id: 'm1' }, timestamp: '2026-03-02T09:00:00' },
      { type: 'connection', learnerId: 'x', start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' },
      st('a@x.fr', 'completed', 'm1', '2026-03-02T09:00:00Z', { result: { duration: '20 minutes' } }),
      st('b@x.fr', 'completed', 'm1', '2026-03-02T09:00:00Z'),
    ] as never;
    try {
      assessDistanceLearning(bad, session, { strict: true });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const paths = (e as OfkitError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(['traces.0.actor', 'traces.0.timestamp', 'traces.1.end', 'traces.2.result.duration']);
      for (const i of (e as OfkitError).issues) expect(i.message.length * i.messageEn.length).toBeGreaterThan(0);
    }
    // Without strict, the same batch is computed: the valid statement counts, the three others are listed.
    const r = assessDistanceLearning(bad, session);
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.path.join('.'))])).toEqual([
      [0, ['traces.0.actor', 'traces.0.timestamp']],
      [1, ['traces.1.end']],
      [2, ['traces.2.result.duration']],
    ]);
    expect(r.learners.map((l) => [l.learnerId, l.activitiesCompleted])).toEqual([['b@x.fr', 1]]);
    expect(r.totals).toMatchObject({ statements: 4, accepted: 1, rejected: 3 });
    expect(r.warnings.map((w) => w.code)).toContain('STATEMENTS_REJECTED');
  });
});
