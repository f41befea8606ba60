import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { assessDistanceLearning, assessDistanceLearningAsync } from './distance.js';

// Issue 14: a hostile container is an OfkitError naming `traces`; a hostile statement is one
// rejected record, never a failed batch.
const ok = { actor: { mbox: 'mailto:ana@x.fr' }, verb: { id: 'http://adlnet.gov/expapi/verbs/launched' }, object: { id: 'm1' }, timestamp: '2026-03-02T09:00:00Z' };
const session = { id: 'S1' };

function caught(f: () => unknown): OfkitError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return e as OfkitError;
  }
  throw new Error('no error thrown');
}

describe('assessDistanceLearning on hostile input (issue 14)', () => {
  it('a revoked proxy, a throwing proxy or a throwing iterator as traces', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const throwing = new Proxy([], { get: () => { throw new Error('hostile proxy'); } });
    const iterator = { [Symbol.iterator]: () => ({ next: () => { throw new Error('boom'); } }) };
    for (const bad of [proxy, throwing, iterator]) {
      const e = caught(() => assessDistanceLearning(bad as never, session));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path).toEqual(['traces']);
      expect(e.issues[0]?.code).toBe('unreadable');
    }
  });

  it('a statement with a throwing getter, a cycle or a BigInt is rejected alone', () => {
    const getter = { ...ok };
    Object.defineProperty(getter, 'verb', { enumerable: true, get: () => { throw new Error('hostile getter'); } });
    const cyclic: Record<string, unknown> = { ...ok };
    cyclic['self'] = cyclic;
    const big = { ...ok, timestamp: 10n };
    const r = assessDistanceLearning([ok, getter, cyclic, big] as never, session);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3]);
    expect(r.rejected[0]?.issues[0]?.path).toEqual(['traces', 1, 'verb']);
    expect(r.rejected[1]?.issues[0]?.path).toEqual(['traces', 2, 'self']);
    expect(r.rejected[2]?.issues[0]?.path).toEqual(['traces', 3, 'timestamp']);
    expect(r.learners).toHaveLength(1);
  });

  it('async: an iterator that rejects is an OfkitError naming traces', async () => {
    const bad = { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('boom')) }) };
    await expect(assessDistanceLearningAsync(bad as never, session)).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['traces'], code: 'unreadable' }] });
  });
});

describe('declared durations are bounded (issue 14)', () => {
  const at = (duration: string) => ({ ...ok, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, result: { duration } });

  it('a duration that reads as Infinity or beyond 10 years is rejected, the rest counted', () => {
    const r = assessDistanceLearning([at('PT10M'), at(`PT${'9'.repeat(400)}S`), at('PT99999999H')] as never, session, { calendarDurations: 'average' });
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code, x.issues[0]?.path])).toEqual([
      [1, 'duration_too_long', ['traces', 1, 'result', 'duration']],
      [2, 'duration_too_long', ['traces', 2, 'result', 'duration']],
    ]);
    expect(r.learners[0]?.declaredMinutes).toBe(10);
    expect(Number.isFinite(r.learners[0]?.declaredMinutes)).toBe(true);
  });

  it('10 years exactly is still counted', () => {
    const r = assessDistanceLearning([at('P10Y')] as never, session, { calendarDurations: 'average' });
    expect(r.rejected).toEqual([]);
    expect(r.learners[0]?.declaredMinutes).toBe(Math.floor((10 * 365.2425 * 86400000) / 60000));
  });
});
