import { describe, expect, it } from 'vitest';
import { OfkitError } from '../errors/ofkit-error.js';
import { slotHours } from '../schemas/domain.js';
import { parisInstant, toParisDateTime } from './instant.js';
import { addMonths } from './months.js';

// Issue 14: hostile inputs give an OfkitError naming the field, never another exception.
function hostileGetter(key: string): object {
  const o = {};
  Object.defineProperty(o, key, { enumerable: true, get: () => { throw new Error('hostile getter'); } });
  return o;
}

function caught(f: () => unknown): OfkitError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return e as OfkitError;
  }
  throw new Error('no error thrown');
}

describe('calendar functions on hostile input (issue 14)', () => {
  it('addMonths: an options getter that throws', () => {
    const e = caught(() => addMonths('2026-01-31', 1, hostileGetter('endOfMonth') as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toEqual(['options', 'endOfMonth']);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('parisInstant: a time that is not a string (null prototype)', () => {
    const e = caught(() => parisInstant('2026-07-01', Object.create(null) as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toEqual(['time']);
    expect(e.issues[0]?.messageEn).toContain('HH:MM');
  });

  it('toParisDateTime: a non-string cut-off, a throwing getter, a revoked path', () => {
    const e = caught(() => toParisDateTime('2026-03-29T11:30:00Z', { halfDayCutoff: Object.create(null) as never }));
    expect(e.issues[0]?.path).toEqual(['options', 'halfDayCutoff']);
    const g = caught(() => toParisDateTime('2026-03-29T11:30:00Z', hostileGetter('halfDayCutoff') as never));
    expect(g.code).toBe('INVALID_INPUT');
    expect(g.issues[0]?.path[0]).toBe('options');
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(caught(() => toParisDateTime('2026-03-29T11:30:00Z', { path: proxy as never })).issues[0]?.path).toEqual(['options', 'path']);
  });

  it('slotHours: missing, non-string or unreadable times', () => {
    expect(slotHours({ start: '09:00', end: '12:30' })).toBe(3.5);
    expect(caught(() => slotHours(undefined as never)).issues[0]?.path).toEqual(['slot']);
    expect(caught(() => slotHours({ start: '09:00' } as never)).issues[0]?.path).toEqual(['slot', 'end']);
    expect(caught(() => slotHours(hostileGetter('start') as never)).issues[0]?.path).toEqual(['slot', 'start']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(caught(() => slotHours(proxy as never)).code).toBe('INVALID_INPUT');
  });
});
