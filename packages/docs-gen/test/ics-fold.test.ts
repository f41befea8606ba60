/**
 * `foldIcsLine` cuts by index since issue 13 (no per-character string building). Property: it gives
 * exactly what the character-by-character reference (RFC 5545 §3.1: 75 octets on the first line, 74
 * after the leading space of a continuation, a UTF-8 character never split) gives, on any string,
 * lone surrogates included; and every physical line stays within 75 octets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldIcsLine } from '../src/ics/text.js';

function reference(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const units = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\uD800', '\uDC00', ' ', ';'), maxLength: 300 }),
);

describe('foldIcsLine', () => {
  it('equals the character-by-character reference on any string', () => {
    fc.assert(fc.property(units, (s) => foldIcsLine(s) === reference(s)), { numRuns: 3000, seed: 20261205 });
  });
  it('keeps every physical line within 75 octets', () => {
    fc.assert(
      fc.property(units, (s) => {
        const lines = foldIcsLine(s).split('\r\n');
        return lines.every((l) => Buffer.byteLength(l.replace(/[\uD800-\uDFFF]/g, 'xxx')) <= 75);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  it('leaves a short ASCII line alone and cuts a long accented one at 75 then 74 octets', () => {
    expect(foldIcsLine('SUMMARY:Manager')).toBe('SUMMARY:Manager');
    expect(foldIcsLine('')).toBe('');
    const folded = foldIcsLine(`DESCRIPTION:${'é'.repeat(100)}`).split('\r\n');
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([74, 75, 65]) // 12 + 31 × 2; space + 37 × 2; space + 32 × 2;
  });
});
