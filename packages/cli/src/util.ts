import { OfkitError, isCivilDate, type HolidayZone, HOLIDAY_ZONES } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import type { CommandContext, Lang } from './types.js';

/** A usage error (exit code 2): a wrong command line rather than wrong data. */
export function usageError(fr: string, en: string, path: ReadonlyArray<string | number> = []): OfkitError {
  return new OfkitError('USAGE', [issue(path, 'usage', fr, en)]);
}

/** Picks the French or English text. */
export function tr(lang: Lang, fr: string, en: string): string {
  return lang === 'fr' ? fr : en;
}

/** A string option, or undefined. */
export function opt(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.options[name];
  return typeof v === 'string' ? v : undefined;
}

/** A required string option. */
export function requiredOpt(ctx: CommandContext, name: string): string {
  const v = opt(ctx, name);
  if (v === undefined) throw usageError(`Option --${name} requise.`, `Option --${name} is required.`, [`--${name}`]);
  return v;
}

/** A date option (aaaa-mm-jj). */
export function dateOpt(ctx: CommandContext, name: string): string | undefined {
  const v = opt(ctx, name);
  if (v === undefined) return undefined;
  if (!isCivilDate(v)) throw usageError(`--${name} : date invalide « ${v} » (attendu aaaa-mm-jj).`, `--${name}: invalid date "${v}" (expected yyyy-mm-dd).`, [`--${name}`]);
  return v;
}

/** The `--zone` option (public-holiday zone), default `metropole`. */
export function zoneOpt(ctx: CommandContext): HolidayZone {
  const v = opt(ctx, 'zone') ?? 'metropole';
  if (!(HOLIDAY_ZONES as readonly string[]).includes(v)) {
    throw usageError(`--zone : zone inconnue « ${v} » ; zones : ${HOLIDAY_ZONES.join(', ')}.`, `--zone: unknown zone "${v}"; zones: ${HOLIDAY_ZONES.join(', ')}.`, ['--zone']);
  }
  return v as HolidayZone;
}

/** True for a plain object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A JSON value as text, as the library returned it. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
