/**
 * iCalendar text helpers (RFC 5545 §3.3.11 escaping, §3.1 line folding), shared through
 * `@ofkit/docs-gen/internal`; not public.
 */

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline; control
 * characters removed.
 *
 * @internal
 * @example
 * ```ts
 * import { escapeIcsText } from '@ofkit/docs-gen/internal';
 * escapeIcsText('Salle 1, bât. A; 2e étage\nAccueil'); // 'Salle 1\\, bât. A\\; 2e étage\\nAccueil'
 * ```
 */
export function escapeIcsText(text: string): string {
  return String(text)
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space; a
 * UTF-8 character is never split.
 *
 * @internal
 * @example
 * ```ts
 * import { foldIcsLine } from '@ofkit/docs-gen/internal';
 * foldIcsLine('DESCRIPTION:' + 'é'.repeat(40)).split('\r\n').length; // 2
 * ```
 */
export function foldIcsLine(line: string): string {
  // Fast path: at most 75 UTF-16 units are at most 75 octets only if every unit is ASCII.
  // eslint-disable-next-line no-control-regex
  if (line.length <= 75 && /^[\u0000-\u007F]*$/.test(line)) return line;
  // Cut by index (no per-character string building, which made long calendars slow through
  // garbage collection); a surrogate pair is one 4-octet character and is never split.
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const cu = line.charCodeAt(i);
    const pair = cu >= 0xd800 && cu <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = cu < 0x80 ? 1 : cu < 0x800 ? 2 : pair ? 4 : 3;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines begin with a space
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    if (pair) i += 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

