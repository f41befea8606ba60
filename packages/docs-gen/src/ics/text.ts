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
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const limit = out.length === 0 ? 75 : 74; // continuation lines begin with a space
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

