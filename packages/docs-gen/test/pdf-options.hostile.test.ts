import { describe, expect, it } from 'vitest';
import { OfkitError } from '@ofkit/core';
import { defineDocument, paragraph } from '../src/index.js';
import { renderPdf } from '../src/pdf/index.js';

// Found by `pnpm fuzz` at 20 000 calls (7 of 19 991 calls): a throwing getter on `options.fonts`
// escaped renderPdf as the getter's own exception.
describe('renderPdf: hostile options', () => {
  const doc = defineDocument({ kind: 'note', title: 'Note', date: '2026-12-06', blocks: [paragraph('x')] });
  it('a getter on options.fonts that throws gives OfkitError at options.fonts', async () => {
    const options = {
      get fonts(): never {
        throw new Error('hostile getter');
      },
    };
    const e = await renderPdf(doc, options as never).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(OfkitError);
    expect((e as OfkitError).issues[0]!.path).toEqual(['options', 'fonts']);
  });
  it('a revoked proxy as options gives OfkitError', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const e = await renderPdf(doc, proxy as never).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(OfkitError);
  });
});
