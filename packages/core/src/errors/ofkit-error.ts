/**
 * One error type for every package of ofkit.
 *
 * Every public function rejects invalid input by throwing an {@link OfkitError} that carries
 * **every** problem found (never only the first one), each with the path of the offending field,
 * a stable machine code, a French message and its English translation.
 *
 * @module
 */

/** A path into the input of a function, as in zod: keys and array indexes. */
export type IssuePath = ReadonlyArray<string | number>;

/** One problem found in an input or met while computing a result. */
export interface OfkitIssue {
  /** Where the problem is, from the root of the input of the function (empty for the whole input). */
  readonly path: IssuePath;
  /** Stable machine code, e.g. `invalid_type`, `invalid_date`, `too_many_decimals`. */
  readonly code: string;
  /** Message in French (the users' language). */
  readonly message: string;
  /** The same message in English. */
  readonly messageEn: string;
}

/** The brand of {@link OfkitError} instances, registered globally so that every copy of the package agrees. */
const OFKIT_ERROR_BRAND: unique symbol = Symbol.for('@ofkit/core/OfkitError') as never;

/**
 * True when `value` is an {@link OfkitError}, whichever copy of `@ofkit/core` created it.
 *
 * @example
 * ```ts
 * import { OfkitError, isOfkitError } from '@ofkit/core';
 * const issue = { path: ['x'], code: 'required', message: 'Requis.', messageEn: 'Required.' };
 * isOfkitError(new OfkitError('INVALID_INPUT', [issue])); // true
 * isOfkitError(new Error('boom')); // false
 * ```
 */
export function isOfkitError(value: unknown): value is OfkitError {
  return value instanceof OfkitError;
}

/** Top-level codes of {@link OfkitError}. */
export type OfkitErrorCode =
  | 'INVALID_INPUT'
  | 'NO_VALUE_IN_FORCE'
  | 'UNKNOWN_PARAMETER'
  | 'INVALID_PARAMETER'
  | 'UNSUPPORTED'
  | (string & {});

/**
 * The error thrown by every public function of ofkit on invalid input.
 *
 * `issues` is never empty. `message` is the French summary; {@link OfkitError.messageEn} the English one.
 *
 * @example
 * ```ts
 * import { OfkitError, parseCivilDate } from '@ofkit/core';
 *
 * try {
 *   parseCivilDate('2026-02-30', ['purchaseDate']);
 * } catch (e) {
 *   if (e instanceof OfkitError) {
 *     console.log(e.code); // 'INVALID_INPUT'
 *     console.log(e.issues[0]?.path); // ['purchaseDate']
 *     console.log(e.issues[0]?.message); // 'Date inexistante : 2026-02-30.'
 *   }
 * }
 * ```
 */
export class OfkitError extends Error {
  /**
   * Recognises an OfkitError from any copy of `@ofkit/core` (the ESM and the CJS builds loaded side by
   * side, or two installed versions), by a brand registered with `Symbol.for`, so `instanceof` keeps
   * working across the dual-package hazard.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    try {
      return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[OFKIT_ERROR_BRAND] === true;
    } catch {
      return false; // a revoked or hostile proxy is not an OfkitError
    }
  }

  /** @internal Brand shared by every copy of the package. */
  readonly [OFKIT_ERROR_BRAND] = true;

  /** Machine code of the error as a whole. */
  readonly code: OfkitErrorCode;
  /** Every issue found; never empty. */
  readonly issues: readonly [OfkitIssue, ...OfkitIssue[]];

  constructor(code: OfkitErrorCode, issues: readonly OfkitIssue[]) {
    // Built on the error path, often from bad input: never throws itself, whatever it is given.
    code = typeof code === 'string' && code.length > 0 ? code : 'INVALID_INPUT';
    const clean = sanitiseIssues(issues);
    const list = clean.length > 0 ? clean : [genericIssue(code)];
    super(summarise(list, 'fr'));
    this.name = 'OfkitError';
    this.code = code;
    this.issues = Object.freeze([...list]) as unknown as readonly [OfkitIssue, ...OfkitIssue[]];
  }

  /** The summary of the issues in English. */
  get messageEn(): string {
    return summarise(this.issues, 'en');
  }

  /** A plain, serialisable view of the error (for logs and HTTP answers). */
  toJSON(): { name: string; code: string; message: string; messageEn: string; issues: OfkitIssue[] } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      messageEn: this.messageEn,
      issues: this.issues.map((i) => ({ ...i, path: [...i.path] })),
    };
  }
}

/**
 * Builds an issue; a small helper so that every package writes issues the same way.
 *
 * @example
 * ```ts
 * import { OfkitError } from '@ofkit/core';
 * import { issue } from '@ofkit/core/internal';
 * const i = issue(['credits', 0, 'amount'], 'negative_amount', 'Montant négatif.', 'Negative amount.');
 * new OfkitError('INVALID_INPUT', [i]).message; // '1 problème — credits[0].amount : Montant négatif.'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function issue(path: IssuePath, code: string, message: string, messageEn: string): OfkitIssue {
  return { path: safePath(path), code: safeText(code, 'error'), message: safeText(message, ''), messageEn: safeText(messageEn, '') };
}

function safeText(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** A path made only of strings and numbers, whatever was given (non-arrays and other items dropped). */
function safePath(path: unknown): (string | number)[] {
  try {
    if (!Array.isArray(path)) return [];
    const out: (string | number)[] = [];
    for (let i = 0; i < path.length && i < 1000; i++) {
      const p: unknown = path[i];
      if (typeof p === 'string' || (typeof p === 'number' && Number.isFinite(p))) out.push(p);
      else if (typeof p === 'symbol') out.push(String(p));
    }
    return out;
  } catch {
    return [];
  }
}

function sanitiseIssues(issues: unknown): OfkitIssue[] {
  const out: OfkitIssue[] = [];
  try {
    if (!Array.isArray(issues)) return out;
    for (const i of issues as unknown[]) {
      if (i === null || typeof i !== 'object') continue;
      const r = i as Record<string, unknown>;
      const message = safeText(r['message'], '');
      out.push({ path: safePath(r['path']), code: safeText(r['code'], 'error'), message, messageEn: safeText(r['messageEn'], message) });
    }
  } catch {
    // an unreadable list: whatever was read is kept
  }
  return out;
}

/**
 * Formats a path for people: `credits[2].amount`.
 *
 * @example
 * ```ts
 * import { formatPath } from '@ofkit/core/internal';
 * formatPath(['credits', 2, 'amount']); // 'credits[2].amount'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const p of safePath(path)) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function summarise(issues: readonly OfkitIssue[], lang: 'fr' | 'en'): string {
  // At most 10 issues in the message (every issue stays in `issues`), so that a large bad input
  // does not make a message larger than itself.
  const shown = issues.slice(0, 10);
  const parts = shown.map((i) => {
    const where = formatPath(i.path);
    const text = lang === 'fr' ? i.message : i.messageEn;
    // French puts a space before the colon, English does not.
    return where ? `${where}${lang === 'fr' ? ' : ' : ': '}${text}` : text;
  });
  const head =
    lang === 'fr'
      ? `${issues.length} problème${issues.length > 1 ? 's' : ''}`
      : `${issues.length} issue${issues.length > 1 ? 's' : ''}`;
  const rest = issues.length - shown.length;
  const tail = rest > 0 ? (lang === 'fr' ? ` ; … et ${rest} autre(s)` : `; … and ${rest} more`) : '';
  return `${head} — ${parts.join(lang === 'fr' ? ' ; ' : '; ')}${tail}`;
}

function genericIssue(code: string): OfkitIssue {
  return issue([], code, `Erreur ${code}.`, `Error ${code}.`);
}
