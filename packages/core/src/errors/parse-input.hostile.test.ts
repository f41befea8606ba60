/**
 * `parseInput` on a programmer error and on unreadable input under a base path (issue 14): always an
 * `OfkitError`, with the path of the value inside the argument.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { OfkitError } from './ofkit-error.js';
import { parseInput } from './validate.js';

function caught(f: () => unknown): OfkitError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return e as OfkitError;
  }
  throw new Error('no error thrown');
}

describe('parseInput', () => {
  it('refuses a schema that is not a zod schema with INVALID_INPUT at `schema`', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const bad of [undefined, null, 42, 'z.string()', {}, { safeParse: 1 }, proxy]) {
      const e = caught(() => parseInput(bad as never, { a: 1 }));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues).toEqual([{ path: ['schema'], code: 'invalid_schema', message: 'Schéma zod attendu.', messageEn: 'A zod schema was expected.' }]);
    }
  });
  it('puts the base path in front of the issues of an unreadable value (getter that throws, cycle)', () => {
    const getter = Object.defineProperty({}, 'align', { get: () => { throw new Error('hostile getter'); }, enumerable: true });
    expect(caught(() => parseInput(z.object({ align: z.string() }), getter, ['options'])).issues[0]?.path).toEqual(['options', 'align']);
    const cyclic: Record<string, unknown> = {};
    cyclic['me'] = cyclic;
    expect(caught(() => parseInput(z.object({}).loose(), cyclic, ['input'])).issues[0]?.path).toEqual(['input', 'me']);
  });
  it('still parses valid input and keeps zod issues under the base path', () => {
    expect(parseInput(z.object({ hours: z.number().min(0) }), { hours: 7 })).toEqual({ hours: 7 });
    expect(caught(() => parseInput(z.object({ hours: z.number().min(0) }), { hours: -1 }, ['options'])).issues[0]?.path).toEqual(['options', 'hours']);
  });
});
