/**
 * The pure cmap reader agrees with fontkit (the font engine pdfkit uses to draw glyphs) on every
 * code point of the Unicode planes 0–2, for several DejaVu faces.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readGlyphCoverage } from '../src/pdf/index.js';
import { ttfBytes } from './pdf-helpers.js';

// fontkit is a dependency of pdfkit, itself a dependency of pdfmake: resolve it through them.
const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
const fontkit = fromPdfkit('fontkit') as { create(b: Buffer): { hasGlyphForCodePoint(cp: number): boolean } };

describe('readGlyphCoverage agrees with fontkit', () => {
  for (const face of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-ExtraLight.ttf', 'DejaVuSansMono.ttf']) {
    it(face, () => {
      const bytes = ttfBytes(face);
      const ours = readGlyphCoverage(bytes);
      const theirs = fontkit.create(Buffer.from(bytes));
      const diff: number[] = [];
      for (let cp = 0; cp < 0x30000; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        if (ours.has(cp) !== theirs.hasGlyphForCodePoint(cp)) diff.push(cp);
      }
      expect(diff.slice(0, 10)).toEqual([]);
    });
  }
});
