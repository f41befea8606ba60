// xAPI as LRSs and LMSs write it: `../shared/domain/corrections-2026-12.md` §8 (xAPI 1.0.3 Data
// §2.4.2 identity, §2.3.2 voiding, §4.5 timestamps, §4.6 durations; issue 9 §1).
import { OfkitError } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xapiAgentId } from './agent.js';
import { assessDistanceLearning, assessDistanceLearningAsync, parseIsoDuration, type XapiAgent, type XapiStatement } from './distance.js';
import { isoUtc, readDuration, readTimestamp } from './time.js';

const V = 'http://adlnet.gov/expapi/verbs/';
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const s = (actor: XapiAgent, verb: string, object: string, timestamp: string, extra: Partial<XapiStatement> = {}): XapiStatement => ({
  id: uuid(),
  actor,
  verb: { id: verb.includes(':') ? verb : V + verb },
  object: { id: object },
  timestamp,
  ...extra,
});
const ana = { mbox: 'mailto:ana@x.fr', name: 'Ana' };
const session = { id: 'S', activities: [{ id: 'm1', kind: 'activity' as const, expectedMinutes: 10 }, { id: 'q', kind: 'assessment' as const, expectedMinutes: 10 }] };

describe('identity by inverse functional identifier', () => {
  it('never identifies by display name; reports the latest display name', () => {
    const r = assessDistanceLearning(
      [
        s({ account: { homePage: 'https://lms-a.fr', name: '1' }, name: 'Jean Martin' }, 'launched', 'm1', '2026-03-02T09:00:00Z'),
        s({ account: { homePage: 'https://lms-b.fr', name: '1' }, name: 'Jean Martin' }, 'launched', 'm1', '2026-03-02T09:05:00Z'),
        s({ mbox: 'mailto:ana@x.fr', name: 'Ana Dupont' }, 'launched', 'm1', '2026-03-02T09:00:00Z'),
        s({ mbox: 'mailto:ana@x.fr', name: 'Ana Martin' }, 'completed', 'm1', '2026-03-03T09:00:00Z'),
        s({ mbox_sha1sum: 'CD9B00A5611F94EAA7B1661EDAB976068E364975' }, 'launched', 'm1', '2026-03-02T09:00:00Z'),
        s({ openid: 'http://openid.example.org/12345' }, 'launched', 'm1', '2026-03-02T09:00:00Z'),
        s({ name: 'Jean Martin' }, 'launched', 'm1', '2026-03-02T09:00:00Z'),
      ],
      session,
    );
    // Two learners sharing a display name stay two; one learner whose name changed stays one;
    // the same account name on two LMSs is two learners; sha1 and openid identify.
    expect(r.learners.map((l) => [l.learnerId, l.identifierKind, l.displayName])).toEqual([
      ['account:https://lms-a.fr|1', 'account', 'Jean Martin'],
      ['account:https://lms-b.fr|1', 'account', 'Jean Martin'],
      ['ana@x.fr', 'mbox', 'Ana Martin'],
      ['openid:http://openid.example.org/12345', 'openid', null],
      ['sha1:cd9b00a5611f94eaa7b1661edab976068e364975', 'mbox_sha1sum', null],
    ]);
    expect(r.rejected.map((x) => [x.index, x.issues[0]!.code])).toEqual([[6, 'invalid_actor']]);
  });

  it('rejects an account without homePage, malformed or multiple identifiers', () => {
    const r = assessDistanceLearning(
      [
        s({ account: { name: '1' } } as never, 'launched', 'm1', '2026-03-02T09:00:00Z'),
        s({ mbox: 'ana@x.fr' }, 'launched', 'm1', '2026-03-02T09:00:00Z'),
        s({ mbox: 'mailto:ana@x.fr', openid: 'http://id/1' }, 'launched', 'm1', '2026-03-02T09:00:00Z'),
        s({ mbox_sha1sum: 'abc' }, 'launched', 'm1', '2026-03-02T09:00:00Z'),
      ],
      session,
    );
    expect(r.rejected.map((x) => x.issues.map((i) => [i.path.slice(2).join('.'), i.code]))).toEqual([
      [['actor.account.homePage', 'invalid_account']],
      [['actor.mbox', 'invalid_mbox']],
      [['actor', 'multiple_ifi']],
      [['actor.mbox_sha1sum', 'invalid_sha1']],
    ]);
    expect(r.learners).toEqual([]);
  });

  it('identified groups are one learner; an anonymous group counts for each identified member', () => {
    const r = assessDistanceLearning(
      [
        s({ objectType: 'Group', name: 'Team', account: { homePage: 'https://lms.fr', name: 'team-7' }, member: [ana] }, 'completed', 'm1', '2026-03-02T09:00:00Z'),
        s({ objectType: 'Group', member: [ana, { mbox: 'mailto:bob@x.fr' }, { name: 'no id' }] }, 'completed', 'q', '2026-03-02T10:00:00Z'),
        s({ objectType: 'Group', name: 'empty' }, 'completed', 'q', '2026-03-02T10:00:00Z'),
      ],
      session,
    );
    expect(r.learners.map((l) => [l.learnerId, l.activitiesCompleted, l.assessmentsCompleted])).toEqual([
      ['account:https://lms.fr|team-7', 1, 0],
      ['ana@x.fr', 0, 1],
      ['bob@x.fr', 0, 1],
    ]);
    expect(r.rejected.map((x) => [x.index, x.issues[0]!.code])).toEqual([[2, 'anonymous_group_without_members']]);
    expect(r.totals.accepted).toBe(2);
  });

  it('xapiAgentId gives the form session.learners and tutors use', () => {
    expect(xapiAgentId({ mbox: 'mailto:a@b.fr' })).toBe('a@b.fr');
    expect(xapiAgentId({ account: { homePage: 'https://lms.fr', name: 'x' } })).toBe('account:https://lms.fr|x');
    expect(xapiAgentId({ account: { name: 'x' } })).toBeUndefined();
    const tutor = { account: { homePage: 'https://lms.fr', name: 'tutor' } };
    const r = assessDistanceLearning(
      [s(ana, 'asked', 'thread', '2026-03-02T09:00:00Z'), s(tutor, 'responded', 'thread', '2026-03-02T09:45:00Z')],
      { id: 'S', tutors: [xapiAgentId(tutor)!], learners: ['mailto:ana@x.fr', 'zoe@x.fr'] },
    );
    expect(r.learners.map((l) => [l.learnerId, l.assistance.answered, l.assistance.medianResponseMinutes])).toEqual([
      ['ana@x.fr', 1, 45],
      ['zoe@x.fr', 0, null],
    ]);
  });
});

describe('voiding, duplicates, uncompletion', () => {
  const target = s(ana, 'completed', 'm1', '2026-03-02T09:10:00Z', { result: { duration: 'PT10M' } });
  const voiding: XapiStatement = { id: uuid(), actor: { mbox: 'mailto:admin@of.fr' }, verb: { id: V + 'voided' }, object: { objectType: 'StatementRef', id: target.id! }, timestamp: '2026-03-05T09:00:00Z' };
  const launch = s(ana, 'launched', 'm1', '2026-03-02T09:00:00Z');

  it('a voided statement no longer counts and the voiding one is not activity, in any order', () => {
    for (const traces of [
      [launch, target, voiding],
      [voiding, launch, target],
      [target, voiding, launch],
    ]) {
      const r = assessDistanceLearning(traces, session);
      expect(r.learners.map((l) => [l.learnerId, l.events, l.activitiesCompleted, l.declaredMinutes, l.estimatedMinutes])).toEqual([['ana@x.fr', 1, 0, 0, 0]]);
      expect(r.totals).toMatchObject({ statements: 3, voided: 1, voiding: 1, accepted: 1 });
      // The admin who voided is not a learner, and the voiding date is no activity date.
      expect(r.learners[0]!.last).toEqual({ date: '2026-03-02', time: '10:00:00' });
    }
    const without = assessDistanceLearning([launch, target], session);
    expect(without.learners[0]!.activitiesCompleted).toBe(1);
  });

  it('voiding an anonymous-group statement removes it for every member (300 members)', () => {
    const members = Array.from({ length: 300 }, (_, i) => ({ mbox: `mailto:m${i}@x.fr` }));
    const group = s({ objectType: 'Group', member: members }, 'completed', 'm1', '2026-03-02T09:00:00Z');
    const v: XapiStatement = { id: uuid(), actor: { mbox: 'mailto:admin@of.fr' }, verb: { id: V + 'voided' }, object: { objectType: 'StatementRef', id: group.id! }, timestamp: '2026-03-05T09:00:00Z' };
    const kept = assessDistanceLearning([group], session);
    expect(kept.learners.length).toBe(300);
    expect(kept.learners.every((l) => l.activitiesCompleted === 1)).toBe(true);
    const voided = assessDistanceLearning([group, v], session);
    expect(voided.learners).toEqual([]);
    expect(voided.totals).toMatchObject({ voided: 1, voiding: 1, accepted: 0 });
  });

  it('the same id twice counts once; different content under one id is a warning', () => {
    const r = assessDistanceLearning([launch, target, target, launch], session);
    expect(r.learners[0]!.events).toBe(2);
    expect(r.learners[0]!.declaredMinutes).toBe(10);
    expect(r.totals.duplicates).toBe(2);
    expect(r.warnings.map((w) => w.code)).not.toContain('DUPLICATE_ID_CONFLICT');
    const changed = { ...target, result: { duration: 'PT50M' } };
    const r2 = assessDistanceLearning([launch, target, changed], session);
    expect(r2.learners[0]!.declaredMinutes).toBe(10);
    const w = r2.warnings.find((x) => x.code === 'DUPLICATE_ID_CONFLICT')!;
    expect(w.message).toContain('positions 2');
    expect(w.messageEn).toContain('positions 2');
  });

  it("Moodle's uncompleted undoes a completion; a later completion redoes it", () => {
    const U = 'https://xapi.edlm/profiles/edlm-lms/concepts/verbs/uncompleted';
    const base = [s(ana, 'completed', 'm1', '2026-03-02T09:00:00Z'), s(ana, U, 'm1', '2026-03-02T10:00:00Z')];
    expect(assessDistanceLearning(base, session).learners[0]!.activitiesCompleted).toBe(0);
    expect(assessDistanceLearning([...base].reverse(), session).learners[0]!.activitiesCompleted).toBe(0);
    expect(assessDistanceLearning([...base, s(ana, 'completed', 'm1', '2026-03-03T10:00:00Z')], session).learners[0]!.activitiesCompleted).toBe(1);
  });

  it('is independent of the order of the input, voiding and duplicates included (property)', () => {
    const tutor = { mbox: 'mailto:tutor@of.fr' };
    const bob = { account: { homePage: 'https://lms.fr', name: 'bob' } };
    const base = [launch, target, voiding, target, s(bob, 'launched', 'm1', '2026-03-02T09:03:00+0100'), s(bob, 'asked', 't', '2026-03-02T09:04:00+01'), s(tutor, 'responded', 't', '2026-03-02T09:30:00Z'), s(bob, 'passed', 'q', '2026-03-02T09:40:00.123456789Z'), s(ana, 'passed', 'q', '2026-03-02T10:40:00-03:30')];
    const ref = assessDistanceLearning(base, { ...session, tutors: ['tutor@of.fr'] });
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: base.length, maxLength: base.length }), (shuffled) => {
        const r = assessDistanceLearning(shuffled, { ...session, tutors: ['tutor@of.fr'] });
        expect(r.learners).toEqual(ref.learners);
        expect(r.totals).toEqual(ref.totals);
      }),
    );
  });
});

describe('timestamps and durations', () => {
  it('reads every offset form and any number of fraction digits; refuses the unknown offset', () => {
    const base = Date.UTC(2026, 2, 2, 9, 0, 0);
    expect(readTimestamp('2026-03-02T09:00:00Z')).toEqual({ ok: true, epochMs: base });
    expect(readTimestamp('2026-03-02T10:00:00+01:00')).toEqual({ ok: true, epochMs: base });
    expect(readTimestamp('2026-03-02T10:00:00+0100')).toEqual({ ok: true, epochMs: base });
    expect(readTimestamp('2026-03-02T14:00:00+05')).toEqual({ ok: true, epochMs: base });
    expect(readTimestamp('2026-03-02T05:30:00-03:30')).toEqual({ ok: true, epochMs: base });
    expect(readTimestamp('2026-03-02T09:00:00.1234567891Z')).toEqual({ ok: true, epochMs: base + 123 });
    expect(readTimestamp('2026-03-02T09:00Z')).toEqual({ ok: true, epochMs: base });
    for (const bad of ['2026-03-02T09:00:00', '2026-02-30T09:00:00Z', '2026-03-02T09:00:00-00:00', '2026-03-02T09:00:00-00', '2026-03-02T09:00:00+19:00', '01/011/2015', 42]) {
      expect(readTimestamp(bad).ok, String(bad)).toBe(false);
    }
  });

  it('isoUtc inverts readTimestamp (property, years 1900–2200)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const iso = isoUtc(ms);
        expect(readTimestamp(iso)).toEqual({ ok: true, epochMs: ms });
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      }),
    );
  });

  it('missing timestamp → stored; neither → rejected', () => {
    const noTs = { id: uuid(), actor: ana, verb: { id: V + 'launched' }, object: { id: 'm1' }, stored: '2026-03-02T09:00:00Z' };
    const neither = { id: uuid(), actor: ana, verb: { id: V + 'launched' }, object: { id: 'm1' } };
    const r = assessDistanceLearning([noTs, neither, s(ana, 'completed', 'm1', '2026-03-02T09:07:00Z')] as never, session);
    expect(r.learners[0]!.estimatedMinutes).toBe(7);
    expect(r.rejected.map((x) => [x.index, x.id, x.issues.map((i) => i.code)])).toEqual([[1, neither.id, ['missing_timestamp']]]);
  });

  it('reads the whole ISO 8601 duration grammar and rejects malformed ones', () => {
    expect(readDuration('P3Y1M29DT4H35M59.14S')).toEqual({ years: 3, months: 1, fixedMs: ((29 * 24 + 4) * 60 + 35) * 60000 + 59140 });
    expect(readDuration('PT16559.14S')).toEqual({ years: 0, months: 0, fixedMs: 16559140 });
    expect(readDuration('P4W')).toEqual({ years: 0, months: 0, fixedMs: 28 * 86400000 });
    expect(readDuration('PT1H0M0.1S')).toEqual({ years: 0, months: 0, fixedMs: 3600100 });
    expect(readDuration('PT0,5H')).toEqual({ years: 0, months: 0, fixedMs: 1800000 });
    expect(readDuration('P0.5Y')).toEqual({ years: 0.5, months: 0, fixedMs: 0 });
    for (const bad of ['PA1H0M0S', 'P4W1D', 'P', 'PT', 'P1.5DT2H', '1h', 'P-1D', 'pt1h', 12345]) expect(readDuration(bad), String(bad)).toBeUndefined();
    expect(parseIsoDuration('P1Y')).toBe(Math.round(365.2425 * 86400000));
  });

  it('years and months: ignored with a warning by default, average lengths on option; never an exception', () => {
    const traces = [s(ana, 'completed', 'm1', '2026-03-02T09:00:00Z', { result: { duration: 'P1MT30M' } })];
    const r = assessDistanceLearning(traces, session);
    expect(r.learners[0]!.declaredMinutes).toBe(30);
    const w = r.warnings.find((x) => x.code === 'CALENDAR_DURATION_IGNORED')!;
    expect([w.option, w.message.includes('années ou en mois'), w.messageEn.includes('years or months')]).toEqual(['calendarDurations', true, true]);
    const avg = assessDistanceLearning(traces, session, { calendarDurations: 'average' });
    expect(avg.learners[0]!.declaredMinutes).toBe(30 + Math.floor((365.2425 / 12) * 24 * 60));
    expect(avg.warnings.map((x) => x.code)).not.toContain('CALENDAR_DURATION_IGNORED');
  });
});

describe('inputs: arrays, LRS answers, iterables, async iterables', () => {
  const list = [s(ana, 'launched', 'm1', '2026-03-02T09:00:00Z'), s(ana, 'completed', 'm1', '2026-03-02T09:08:00Z')];

  it('reads an LRS StatementResult and warns when more pages exist', () => {
    const r = assessDistanceLearning({ statements: list, more: '/xapi/statements?more=abc' }, session);
    expect(r.learners[0]!.estimatedMinutes).toBe(8);
    expect(r.warnings.map((w) => w.code)).toContain('MORE_STATEMENTS_AVAILABLE');
    const last = assessDistanceLearning({ statements: list, more: '' }, session);
    expect(last.warnings.map((w) => w.code)).not.toContain('MORE_STATEMENTS_AVAILABLE');
    const bad = assessDistanceLearning({ statements: [{ nope: 1 }, ...list] } as never, session);
    expect(bad.rejected[0]!.issues[0]!.path).toEqual(['traces', 'statements', 0, 'actor']);
  });

  it('consumes a generator one statement at a time', () => {
    let pulled = 0;
    function* gen() {
      for (const t of list) {
        pulled++;
        yield t;
      }
    }
    const r = assessDistanceLearning(gen(), session);
    expect(pulled).toBe(2);
    expect(r.learners[0]!.estimatedMinutes).toBe(8);
  });

  it('async: reads async iterables of statements or of pages; the sync entry refuses them', async () => {
    async function* statements() {
      for (const t of list) yield t;
    }
    async function* pages() {
      yield { statements: [list[0]!], more: 'next' };
      yield { statements: [list[1]!], more: '' };
    }
    expect((await assessDistanceLearningAsync(statements(), session)).learners[0]!.estimatedMinutes).toBe(8);
    const p = await assessDistanceLearningAsync(pages(), session);
    expect(p.learners[0]!.estimatedMinutes).toBe(8);
    expect(p.warnings.map((w) => w.code)).not.toContain('MORE_STATEMENTS_AVAILABLE');
    expect((await assessDistanceLearningAsync(list, session)).learners[0]!.estimatedMinutes).toBe(8);
    expect(() => assessDistanceLearning(statements() as never, session)).toThrow(OfkitError);
    expect(() => assessDistanceLearning(42 as never, session)).toThrow(OfkitError);
    await expect(assessDistanceLearningAsync(statements(), session, { strict: 'yes' } as never)).rejects.toBeInstanceOf(OfkitError);
  });

  it('strict mode over a stream throws once with every issue', async () => {
    async function* statements() {
      yield* list;
      yield { actor: { name: 'x' }, verb: { id: V + 'launched' }, object: { id: 'm1' }, timestamp: 'x' };
    }
    await expect(assessDistanceLearningAsync(statements(), session, { strict: true })).rejects.toMatchObject({ issues: [{ path: ['traces', 2, 'actor'] }, { path: ['traces', 2, 'timestamp'] }] });
  });
});
