/**
 * Where French typography must not touch a text: URLs and e-mail addresses, found in linear time.
 *
 * @module
 */

const URL = /\bhttps?:\/\/\S+/g;
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLocalChar = (c: number): boolean => isWordChar(c) || c === 46 || c === 43 || c === 45; // [\w.+-]
const isLabelChar = (c: number): boolean => isWordChar(c) || c === 45; // [\w-]
const isDomainChar = (c: number): boolean => isLabelChar(c) || c === 46; // [\w.-]

/**
 * The first e-mail address (`\b[\w.+-]+@[\w-]+\.[\w.-]+`) starting at or after `from`, as
 * `[start, end]`, found from each `@` in linear time: as a regular expression, that pattern
 * backtracks quadratically on a long run like `a.a.a.…` (a 100 000-character field took 10 s).
 */
function nextEmail(text: string, from: number): [number, number] | undefined {
  const n = text.length;
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
    let left = at;
    while (left > from && isLocalChar(text.charCodeAt(left - 1))) left--;
    // The leftmost word boundary of the local part starts the match.
    let start = -1;
    for (let k = left; k < at; k++) {
      if ((k > 0 && isWordChar(text.charCodeAt(k - 1))) !== isWordChar(text.charCodeAt(k))) {
        start = k;
        break;
      }
    }
    if (start < 0) continue;
    let k = at + 1;
    while (k < n && isLabelChar(text.charCodeAt(k))) k++;
    if (k === at + 1 || text.charCodeAt(k) !== 46) continue;
    let end = k + 1;
    while (end < n && isDomainChar(text.charCodeAt(end))) end++;
    if (end > k + 1) return [start, end];
  }
  return undefined;
}

/**
 * `text` cut as `text.split(/(URL|e-mail)/)` would: prose at even indexes, URLs and e-mail
 * addresses at odd ones (the leftmost match first; a URL before an address starting at the same place).
 */
export function splitProtected(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let url: [number, number] | undefined;
  let urlFrom = -1;
  let email: [number, number] | undefined;
  let emailFrom = -1;
  for (;;) {
    if (urlFrom < 0 || (url !== undefined && url[0] < from)) {
      URL.lastIndex = from;
      const m = URL.exec(text);
      url = m ? [m.index, m.index + m[0].length] : undefined;
      urlFrom = from;
    }
    if (emailFrom < 0 || (email !== undefined && email[0] < from)) {
      email = nextEmail(text, from);
      emailFrom = from;
    }
    const next = url === undefined ? email : email === undefined || url[0] <= email[0] ? url : email;
    if (next === undefined) break;
    parts.push(text.slice(from, next[0]), text.slice(next[0], next[1]));
    from = next[1];
  }
  parts.push(text.slice(from));
  return parts;
}
