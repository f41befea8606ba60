/**
 * Break opportunities in long runs of non-space characters (`breakLongWords`, used by the HTML and
 * PDF renderers): no run longer than 40 characters stays unbroken, nothing is lost or added, and a
 * URL breaks after the slashes of its path rather than inside a word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_UNBROKEN, breakLongWords } from '../src/model/text.js';
import { defineDocument, paragraph, renderHtml } from '../src/index.js';

const SEP = '\u200B';

describe('breakLongWords', () => {
  it('breaks a Légifrance URL after the slashes of its path, never inside « article_lc » nor after « https:// »', () => {
    // What the veille digest's « Textes cités » printed before: …/codes/art | icle_lc/…
    const url = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385014';
    expect(breakLongWords(url, '|')).toBe('https://www.legifrance.gouv.fr/codes/|article_lc/LEGIARTI000037385014');
    const html = renderHtml(defineDocument({ kind: 'note', title: 'T', date: '2026-12-07', blocks: [paragraph(`Voir ${url}.`)] }));
    expect(html).toContain('Voir https://www.legifrance.gouv.fr/codes/<wbr>article_lc/LEGIARTI000037385014.');
  });

  it('still cuts a part longer than 40 characters, and leaves runs of 40 or less alone', () => {
    expect(breakLongWords(`x/${'B'.repeat(85)}`, '|')).toBe(`x/|${'B'.repeat(40)}|${'B'.repeat(40)}|${'B'.repeat(5)}`);
    // Many slashes: a break every 40 characters at most, at the last slash before the limit (a hostile
    // `a/a/a/…` used to get one after every slash, 3.5 times the text in HTML).
    expect(breakLongWords('a/'.repeat(50), '|')).toBe(`${'a/'.repeat(20)}|${'a/'.repeat(20)}|${'a/'.repeat(10)}`);
    // Emoji: 30 code points (60 UTF-16 units) are one run of less than 40 characters, left whole.
    expect(breakLongWords('😀/'.repeat(15), '|')).toBe('😀/'.repeat(15));
    expect(breakLongWords('a/b/c/d', '|')).toBe('a/b/c/d');
    expect(breakLongWords(`${'C'.repeat(40)} ${'D'.repeat(40)}`, '|')).toBe(`${'C'.repeat(40)} ${'D'.repeat(40)}`);
  });

  it('for any text: removing the break marks gives the text back, and no run exceeds 40 characters (property)', () => {
    const piece = fc.oneof(fc.constantFrom('/', '//', ':', ' ', 'é', '😀', '𝔸', 'https://', '-', 'a/'), fc.string({ minLength: 1, maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        fc.pre(!text.includes(SEP));
        const out = breakLongWords(text, SEP);
        expect(out.split(SEP).join('')).toBe(text);
        for (const run of out.split(/[\s\u200B]/u)) expect(Array.from(run).length).toBeLessThanOrEqual(MAX_UNBROKEN);
        // Few breaks: none in a run of 40 code points or less, fewer than 2n / 40 in a run of n.
        let allowed = 0;
        for (const run of text.split(/\s/u)) {
          const n = Array.from(run).length;
          if (n > MAX_UNBROKEN) allowed += Math.ceil((2 * n) / MAX_UNBROKEN);
        }
        expect(out.split(SEP).length - 1).toBeLessThanOrEqual(allowed);
        // Code points are never split: no lone surrogate appears.
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(out)).toBe(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
