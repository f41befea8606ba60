import { describe, expect, it } from 'vitest';
import { toModule } from './doctest.js';

// The doctest runner must turn value comments into assertions, or the doctests would pass vacuously.
describe('doctest transform', () => {
  it('asserts a value comment, ignoring a trailing remark', () => {
    const { code, assertions } = toModule("import { f } from '@ofkit/core';\nf(1); // 'a' (remark)\n");
    expect(assertions).toBe(1);
    expect(code).toContain(`__check(false, await (async () => (f(1)))(), ('a'),`);
  });
  it('turns an object with an ellipsis into a partial match', () => {
    const { code } = toModule("import { f } from '@ofkit/core';\nf(); // { date: '2026-03-29', … }\n");
    expect(code).toContain(`__check(true,`);
    expect(code).toContain(`({ date: '2026-03-29' })`);
  });
  it('expects a throw for a "throws" comment', () => {
    const { code, assertions } = toModule("import { f } from '@ofkit/core';\nf(0.1 + 0.2); // throws OfkitError\n");
    expect(assertions).toBe(1);
    expect(code).toContain('__expectThrows');
  });
  it('leaves prose comments and declarations alone', () => {
    const { assertions } = toModule("import { f } from '@ofkit/core';\nconst x = f(); // 'a'\nf(); // the first call\n");
    expect(assertions).toBe(0);
  });
});
