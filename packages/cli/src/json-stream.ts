/**
 * Streams the elements of a large JSON document without holding it whole: the elements of a root
 * array (`[…]`), or of the `statements` array of an LRS StatementResult (`{ "statements": […],
 * "more": … }`) — or of `traces` in a `{ session, traces }` file. Text is pushed in chunks; each
 * element is parsed alone as soon as it is complete, so memory holds one element at a time.
 */
import { OfkitError, type OfkitIssue } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';

const ARRAY_KEYS = new Set(['statements', 'traces']);

/** Incremental splitter of a JSON document into the elements of its statements array. */
export class JsonElementStream {
  private depth = 0;
  private inString = false;
  private escape = false;
  private root: '[' | '{' | undefined;
  /** Depth of the array whose elements are streamed (-1: not entered yet, or finished). */
  private target = -1;
  private found = false;
  private buf = '';
  private collecting = false;
  private keyBuf: string | undefined;
  private lastString = '';
  private pendingKey = '';
  private index = 0;
  private readonly issues: OfkitIssue[] = [];

  constructor(private readonly file: string) {}

  /** Pushes text; returns the elements completed by it. */
  push(text: string): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.inString) {
        if (this.collecting) this.buf += c;
        if (this.escape) this.escape = false;
        else if (c === '\\') this.escape = true;
        else if (c === '"') {
          this.inString = false;
          if (this.keyBuf !== undefined) {
            this.lastString = this.keyBuf;
            this.keyBuf = undefined;
          }
          continue;
        }
        if (this.keyBuf !== undefined) this.keyBuf += c;
        continue;
      }
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
        if (this.collecting) this.buf += c;
        continue;
      }
      if (this.root === undefined) {
        if (c === '[' || c === '{') {
          this.root = c;
          this.depth = 1;
          if (c === '[') ((this.target = 1), (this.found = true));
          continue;
        }
        this.fail('invalid_statements');
        return out;
      }
      if (this.depth === this.target && !this.collecting && c !== ',' && c !== ']') {
        this.collecting = true;
        this.buf = '';
      }
      if (c === '"') {
        this.inString = true;
        if (this.collecting) this.buf += c;
        else if (this.depth === 1 && this.root === '{') this.keyBuf = '';
        continue;
      }
      if (c === ':' && this.depth === 1 && this.root === '{' && !this.collecting) {
        this.pendingKey = this.lastString;
        continue;
      }
      if (c === '[' || c === '{') {
        if (!this.collecting && this.root === '{' && this.depth === 1 && c === '[' && ARRAY_KEYS.has(this.pendingKey) && !this.found) {
          this.found = true;
          this.target = 2;
        } else if (this.collecting) this.buf += c;
        this.depth += 1;
        continue;
      }
      if (c === ']' || c === '}') {
        if (this.depth === this.target) {
          if (this.collecting) this.flush(out);
          this.target = -1;
        } else if (this.collecting) this.buf += c;
        this.depth -= 1;
        continue;
      }
      if (c === ',' && this.depth === this.target) {
        if (this.collecting) this.flush(out);
        continue;
      }
      if (this.collecting) this.buf += c;
    }
    return out;
  }

  /** Ends the document: throws when it was cut short or held no statements array, or had bad elements. */
  end(): void {
    if (this.root === undefined || !this.found) this.fail('invalid_statements');
    else if (this.depth !== 0 || this.inString) {
      this.issues.push(issue([this.file], 'truncated_json', `${this.file} : JSON incomplet (document tronqué ?).`, `${this.file}: incomplete JSON (truncated document?).`));
    }
    if (this.issues.length > 0) throw new OfkitError('INVALID_INPUT', this.issues);
  }

  private flush(out: unknown[]): void {
    const text = this.buf.trim();
    this.collecting = false;
    this.buf = '';
    const at = this.index;
    this.index += 1;
    try {
      out.push(JSON.parse(text) as unknown);
    } catch {
      if (this.issues.length < 100) this.issues.push(issue([this.file, at], 'invalid_json', `Déclaration ${at} : ce n’est pas du JSON valide.`, `Statement ${at}: not valid JSON.`));
    }
  }

  private fail(code: string): void {
    if (this.issues.some((i) => i.code === code)) return;
    this.issues.push(
      issue([this.file], code, `${this.file} : attendu un tableau JSON de déclarations xAPI, un StatementResult { "statements": […] } ou du NDJSON.`, `${this.file}: expected a JSON array of xAPI statements, a StatementResult { "statements": […] } or NDJSON.`),
    );
    if (code === 'invalid_statements') throw new OfkitError('INVALID_INPUT', this.issues);
  }
}
