/**
 * Text hygiene shared by every renderer: control characters, bidi isolation, long words.
 *
 * @module
 */

/**
 * C0/C1 control characters other than tab and line feed, plus a bare carriage return: they carry no
 * glyph, are invalid in XML 1.0 (DOCX) and would let a value start a new Markdown line. A `\r\n`
 * or a bare `\r` is normalised to `\n` first by {@link cleanText}.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** Lone surrogates (invalid UTF-16, unencodable in UTF-8 XML or PDF text). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises user text for output: `\r\n` and a bare `\r` become `\n`, other control characters and
 * lone surrogates are removed. Printable text (including bidi marks and emoji) is kept.
 */
// One test for the common case (nothing to clean); surrogates send valid pairs (emoji) to the full path.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  let s = text;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s.replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Wraps a line in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it contains bidi controls,
 * so that an unterminated right-to-left override in one header or footer line cannot reverse the
 * text around it (UAX #9: the PDI closes every embedding and override opened inside the isolate).
 */
export function isolateBidi(line: string): string {
  return BIDI_CONTROLS.test(line) ? `\u2068${line}\u2069` : line;
}

/** Longest run of non-space characters kept without a break opportunity. */
export const MAX_UNBROKEN = 40;
const LONG_WORD = /\S{41,}/gu;
const HAS_LONG_WORD = /\S{41}/;

/**
 * Whether a URL may break between `chars[i - 1]` and `chars[i]`: after a slash of a path, not after
 * one of the two of `https://` and not before another slash.
 */
function afterPathSlash(chars: readonly string[], i: number): boolean {
  return chars[i - 1] === '/' && chars[i] !== '/' && i >= 2 && chars[i - 2] !== '/' && chars[i - 2] !== ':';
}

/**
 * Splits runs of more than {@link MAX_UNBROKEN} non-space characters into pieces of at most that
 * length, joined by `separator` (a zero-width space in PDF, `<wbr>` in HTML): line breaking stays
 * linear and a long URL or token cannot widen a table or a page. Code points are never split. Each
 * piece is as long as it can be: it ends at the last slash of a URL path within the limit when there
 * is one, so that a URL wraps between its parts (`…legifrance.gouv.fr/codes/` | `article_lc/…`), not
 * inside a word (`…/codes/art` | `icle_lc/…`), and otherwise at the limit. Two consecutive pieces hold
 * more than the limit together, so a run of n code points gets fewer than 2n / 40 breaks.
 */
export function breakLongWords(text: string, separator: string): string {
  if (text.length <= MAX_UNBROKEN || !HAS_LONG_WORD.test(text)) return text;
  return text.replace(LONG_WORD, (word) => {
    const chars = Array.from(word);
    if (chars.length <= MAX_UNBROKEN) return word;
    const parts: string[] = [];
    let start = 0;
    while (chars.length - start > MAX_UNBROKEN) {
      let cut = start + MAX_UNBROKEN;
      for (let i = cut; i > start; i--) {
        if (afterPathSlash(chars, i)) {
          cut = i;
          break;
        }
      }
      parts.push(chars.slice(start, cut).join(''));
      start = cut;
    }
    parts.push(chars.slice(start).join(''));
    return parts.join(separator);
  });
}
