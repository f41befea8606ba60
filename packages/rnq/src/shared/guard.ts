import type { OfkitIssue } from '@ofkit/core';
import { OfkitError } from '@ofkit/core/internal/base';
import { issue } from '@ofkit/core/internal';

/** Collects input issues of a small public helper and throws them all at once (`INVALID_INPUT`). */
export class Guard {
  private readonly issues: OfkitIssue[] = [];

  check(ok: boolean, path: ReadonlyArray<string | number>, code: string, fr: string, en: string): this {
    if (!ok) this.issues.push(issue([...path], code, fr, en));
    return this;
  }

  done(): void {
    if (this.issues.length > 0) throw new OfkitError('INVALID_INPUT', this.issues);
  }
}

/** A value shown in a message without running its code (a hostile `toString`, a revoked proxy). */
export const show = (v: unknown): string => (typeof v == 'object' || typeof v == 'function' ? typeof v : String(v));

/** `true` for the two encoded référentiel ids. */
export function isReferentialId(v: unknown): boolean {
  return v === 'rnq-2019-v9' || v === 'rnq-2026';
}

/** `true` for an indicator number of either version (1–33). */
export function isIndicatorNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 33;
}

/** JSON text of a value for a message; a value JSON cannot write (a BigInt inside) is shown by its type. */
export const json = (v: unknown): string => {
  try {
    return JSON.stringify(v) ?? 'undefined';
  } catch {
    return typeof v;
  }
};
