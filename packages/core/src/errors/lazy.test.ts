import { describe, expect, it } from 'vitest';
import { lazy } from './lazy.js';

describe('lazy', () => {
  it('builds nothing until called, then once', () => {
    let built = 0;
    const get = lazy(() => ({ n: ++built }));
    expect(built).toBe(0);
    const first = get();
    expect(first).toEqual({ n: 1 });
    expect(get()).toBe(first);
    expect(built).toBe(1);
  });

  it('keeps a falsy value without building it again', () => {
    let built = 0;
    const get = lazy(() => {
      built++;
      return undefined;
    });
    expect(get()).toBeUndefined();
    expect(get()).toBeUndefined();
    expect(built).toBe(1);
  });

  it('a build that throws is tried again on the next call (nothing half-built is kept)', () => {
    let calls = 0;
    const get = lazy(() => {
      calls++;
      if (calls === 1) throw new Error('first');
      return 'ok';
    });
    expect(() => get()).toThrow('first');
    expect(get()).toBe('ok');
    expect(calls).toBe(2);
  });
});
