/**
 * Minimal reader of a TrueType/OpenType `cmap` table: which Unicode code points a font has a
 * glyph for. Pure (works on bytes), so the PDF renderer can tell, before rendering, which
 * characters the supplied font cannot print.
 *
 * @module
 */
import { OfkitError } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import { wrongType } from '../model/guard.js';

/**
 * The set of code points a font maps to a real glyph (glyph id ≠ 0).
 *
 * @example
 * ```ts
 * import type { GlyphCoverage } from '@ofkit/docs-gen/pdf';
 * const printable = (cov: GlyphCoverage, s: string) => [...s].every((c) => cov.has(c.codePointAt(0)!));
 * ```
 */
export interface GlyphCoverage {
  has(codePoint: number): boolean;
}

class RangeCoverage implements GlyphCoverage {
  // Sorted, non-overlapping [start, end] pairs, flattened.
  constructor(private readonly ranges: Uint32Array) {}
  has(cp: number): boolean {
    const r = this.ranges;
    let lo = 0;
    let hi = r.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < r[mid * 2]!) hi = mid - 1;
      else if (cp > r[mid * 2 + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

function bad(message: string, messageEn: string): OfkitError {
  return new OfkitError('INVALID_FONT', [issue(['fonts'], 'invalid_font', message, messageEn)]);
}

/**
 * Reads the Unicode coverage of a TrueType/OpenType font (sfnt, not a collection): the
 * `cmap` subtable format 12 (full Unicode) when present, else format 4 (BMP). Throws
 * `OfkitError` `INVALID_FONT` when the bytes are not such a font (or are damaged), `INVALID_INPUT`
 * when `bytes` is not a `Uint8Array`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createRequire } from 'node:module';
 * import { readGlyphCoverage } from '@ofkit/docs-gen/pdf';
 * const require = createRequire(import.meta.url);
 * const cov = readGlyphCoverage(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
 * cov.has(0x1ec5); // true: ễ
 * cov.has(0x738b); // false: 王
 * ```
 */
export function readGlyphCoverage(bytes: Uint8Array): GlyphCoverage {
  if (!isBytes(bytes)) throw wrongType(['bytes'], 'octets de police (Uint8Array)', 'font bytes (Uint8Array)', bytes);
  try {
    return readCoverage(bytes);
  } catch (e) {
    if (e instanceof OfkitError) throw e;
    // A table that points outside the file (a RangeError of the DataView): a damaged font.
    throw bad('Fichier de police endommagé (une table sort du fichier).', 'Damaged font file (a table points outside the file).');
  }
}

/** True when `v` is a Uint8Array (a Node Buffer included); never throws, even on a revoked proxy. */
export function isBytes(v: unknown): v is Uint8Array {
  try {
    return v instanceof Uint8Array;
  } catch {
    return false;
  }
}

function readCoverage(bytes: Uint8Array): GlyphCoverage {
  if (bytes.byteLength < 12) throw bad('Fichier de police trop court.', 'Font file too short.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = view.getUint32(0);
  if (tag !== 0x00010000 && tag !== 0x4f54544f /* OTTO */ && tag !== 0x74727565 /* true */) {
    throw bad('Police TrueType ou OpenType attendue (.ttf/.otf).', 'TrueType or OpenType font expected (.ttf/.otf).');
  }
  const numTables = view.getUint16(4);
  let cmapOffset = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (rec + 16 > bytes.byteLength) break;
    if (view.getUint32(rec) === 0x636d6170 /* cmap */) {
      cmapOffset = view.getUint32(rec + 8);
      break;
    }
  }
  if (cmapOffset < 0 || cmapOffset + 4 > bytes.byteLength) throw bad('Table cmap absente.', 'No cmap table.');
  const n = view.getUint16(cmapOffset + 2);
  let f12 = -1;
  let f4 = -1;
  for (let i = 0; i < n; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmapOffset + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && f12 < 0) f12 = sub;
    if (format === 4 && f4 < 0) f4 = sub;
  }
  const ranges: number[] = [];
  if (f12 >= 0) {
    const groups = view.getUint32(f12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = f12 + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      // A group mapping `start` to glyph 0 would be .notdef for its first code point only.
      ranges.push(glyph === 0 ? start + 1 : start, end);
    }
  } else if (f4 >= 0) {
    const segX2 = view.getUint16(f4 + 6);
    const ends = f4 + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const offsets = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const end = view.getUint16(ends + s * 2);
      const start = view.getUint16(starts + s * 2);
      const delta = view.getInt16(deltas + s * 2);
      const ro = view.getUint16(offsets + s * 2);
      if (start === 0xffff) continue;
      let runStart = -1;
      for (let cp = start; cp <= end; cp++) {
        let glyph: number;
        if (ro === 0) glyph = (cp + delta) & 0xffff;
        else {
          const addr = offsets + s * 2 + ro + (cp - start) * 2;
          const g = addr + 2 <= bytes.byteLength ? view.getUint16(addr) : 0;
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph !== 0 && runStart < 0) runStart = cp;
        if (glyph === 0 && runStart >= 0) {
          ranges.push(runStart, cp - 1);
          runStart = -1;
        }
      }
      if (runStart >= 0) ranges.push(runStart, end);
    }
  } else {
    throw bad('Aucune table cmap Unicode (format 4 ou 12).', 'No Unicode cmap subtable (format 4 or 12).');
  }
  // Sort and merge.
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= ranges[i + 1]!) pairs.push([ranges[i]!, ranges[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [s, e] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && s <= merged[last]! + 1) merged[last] = Math.max(merged[last]!, e);
    else merged.push(s, e);
  }
  return new RangeCoverage(Uint32Array.from(merged));
}
