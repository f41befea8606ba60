import { TZDate } from '@date-fns/tz';
import { OfkitError, issue, type IssuePath } from '../errors/ofkit-error.js';
import { requireOptions, show } from './guard.js';
import { formatCivilDate, isCivilDate, toDayNumber, type CivilDate } from './civil-date.js';

/** The French civil time zone of metropolitan France. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/** Morning or afternoon: the unit of an émargement ("demi-journée"). */
export type HalfDay = 'morning' | 'afternoon';

/** An instant as seen in Europe/Paris. */
export interface ParisDateTime {
  /** The instant as given (ISO 8601 with offset). */
  readonly instant: string;
  /** Civil date in Paris, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** Wall-clock time in Paris, `HH:MM:SS`. */
  readonly time: string;
  /** Half-day in Paris according to the cut-off. */
  readonly halfDay: HalfDay;
  /** UTC offset in force in Paris at that instant, `+01:00` (winter) or `+02:00` (summer). */
  readonly offset: string;
  /** Milliseconds since the Unix epoch. */
  readonly epochMs: number;
}

/** Options of {@link toParisDateTime}. */
export interface ParisDateTimeOptions {
  /** Wall-clock time (`HH:MM`) from which the afternoon starts. Default `13:00`. */
  readonly halfDayCutoff?: string;
  /** Path of the field, for error messages. */
  readonly path?: IssuePath;
}

const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Parses an ISO 8601 instant that carries its offset (`Z` or `±HH:MM`) and returns milliseconds
 * since the epoch. Timestamps without an offset are rejected: they do not name an instant.
 *
 * @example
 * ```ts
 * import { parseInstant } from '@ofkit/core';
 * parseInstant('2026-03-29T01:30:00Z'); // 1774747800000
 * ```
 */
export function parseInstant(value: unknown, path: IssuePath = []): number {
  const m = typeof value === 'string' ? INSTANT_RE.exec(value) : null;
  const bad = (code: string, fr: string, en: string) => new OfkitError('INVALID_INPUT', [issue(path, code, fr, en)]);
  if (!m) {
    throw bad(
      'invalid_instant',
      `Horodatage ISO 8601 avec décalage attendu (ex. 2026-03-29T09:00:00+02:00), reçu ${show(value)}.`,
      `Expected an ISO 8601 timestamp with offset (e.g. 2026-03-29T09:00:00+02:00), got ${show(value)}.`,
    );
  }
  const [, date, hh, mm, ss, , offset] = m;
  if (!isCivilDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) {
    throw bad('invalid_instant', `Horodatage inexistant : ${show(value)}.`, `Timestamp does not exist: ${show(value)}.`);
  }
  if (offset !== 'Z') {
    const oh = Number(offset!.slice(1, 3));
    const om = Number(offset!.slice(4, 6));
    if (oh > 18 || om > 59) throw bad('invalid_offset', `Décalage horaire invalide : ${offset}.`, `Invalid UTC offset: ${offset}.`);
  }
  const ms = Date.parse(value as string);
  if (!Number.isFinite(ms)) throw bad('invalid_instant', `Horodatage invalide : ${show(value)}.`, `Invalid timestamp: ${show(value)}.`);
  return ms;
}

/**
 * Turns an instant (ISO 8601 with offset) into the French civil date, time and half-day in
 * Europe/Paris, correct across daylight-saving changes.
 *
 * @example
 * ```ts
 * import { toParisDateTime } from '@ofkit/core';
 * toParisDateTime('2026-03-29T11:30:00Z'); // summer time has begun at 02:00 that night
 * // { date: '2026-03-29', time: '13:30:00', halfDay: 'afternoon', offset: '+02:00', … }
 * toParisDateTime('2026-12-31T23:30:00Z').date; // '2027-01-01'
 * toParisDateTime('2026-06-01T12:30:00+02:00', { halfDayCutoff: '12:00' }).halfDay; // 'afternoon'
 * ```
 */
export function toParisDateTime(instant: string, options: ParisDateTimeOptions = {}): ParisDateTime {
  options = requireOptions<ParisDateTimeOptions>(options);
  let p: unknown;
  let cutoff: unknown;
  try {
    p = options.path;
    cutoff = options.halfDayCutoff ?? '13:00';
  } catch {
    p = cutoff = null; // a getter that throws: reported below as an invalid option
  }
  if (p !== undefined && !isPath(p)) {
    throw new OfkitError('INVALID_INPUT', [issue(['options', 'path'], 'invalid_type', 'Chemin attendu : tableau de textes et de nombres.', 'Path expected: an array of strings and numbers.')]);
  }
  const path = (p as IssuePath | undefined) ?? ['instant'];
  const cm = typeof cutoff === 'string' ? HHMM_RE.exec(cutoff) : null;
  if (!cm) {
    throw new OfkitError('INVALID_INPUT', [
      issue(['options', 'halfDayCutoff'], 'invalid_time', `Heure HH:MM attendue, reçu ${show(cutoff)}.`, `Expected a time HH:MM, got ${show(cutoff)}.`),
    ]);
  }
  const ms = parseInstant(instant, path);
  const t = new TZDate(ms, PARIS_TIME_ZONE);
  const date = formatCivilDate(t.getFullYear(), t.getMonth() + 1, t.getDate());
  const h = t.getHours();
  const mi = t.getMinutes();
  const s = t.getSeconds();
  const time = `${pad(h)}:${pad(mi)}:${pad(s)}`;
  const minutes = h * 60 + mi;
  const cutoffMinutes = Number(cm[1]) * 60 + Number(cm[2]);
  const offsetMin = -t.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
  return { instant, date, time, halfDay: minutes < cutoffMinutes ? 'morning' : 'afternoon', offset, epochMs: ms };
}

/**
 * The instant of a Paris wall-clock time on a civil date, as ISO 8601 with its offset. For a time
 * skipped by the spring change (02:00–02:59 on the last Sunday of March), the result is the same
 * wall time one hour later; for an ambiguous autumn time, the first (summer-time) occurrence.
 *
 * @example
 * ```ts
 * import { parisInstant } from '@ofkit/core';
 * parisInstant('2026-07-01', '09:00'); // '2026-07-01T09:00:00+02:00'
 * parisInstant('2026-12-01', '09:00'); // '2026-12-01T09:00:00+01:00'
 * ```
 */
export function parisInstant(date: CivilDate, time: string): string {
  if (!isCivilDate(date)) {
    throw new OfkitError('INVALID_INPUT', [issue(['date'], 'invalid_date', `Date invalide : ${show(date)}.`, `Invalid date: ${show(date)}.`)]);
  }
  const tm = typeof time === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(time) : null;
  if (!tm) {
    throw new OfkitError('INVALID_INPUT', [issue(['time'], 'invalid_time', `Heure HH:MM attendue, reçu ${show(time)}.`, `Expected a time HH:MM, got ${show(time)}.`)]);
  }
  // The wall-clock time read as if it were UTC, then every offset Paris uses around that day:
  // keep the candidates that show this wall time in Paris (two when ambiguous, none when skipped).
  const wall = toDayNumber(date) * DAY_MS + ((Number(tm[1]) * 60 + Number(tm[2])) * 60 + Number(tm[3] ?? 0)) * 1000;
  const before = parisOffsetMs(wall - DAY_MS);
  const after = parisOffsetMs(wall + DAY_MS);
  const shown = [before, after]
    .map((o) => wall - o)
    .filter((ms) => ms + parisOffsetMs(ms) === wall)
    .sort((a, b) => a - b);
  // Ambiguous: the first (earlier, summer-time) occurrence. Skipped: read with the offset in force
  // before the change, which lands on the same wall time one hour later.
  const ms = shown[0] ?? wall - before;
  const t = new TZDate(ms, PARIS_TIME_ZONE);
  const offsetMin = -t.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
  return `${formatCivilDate(t.getFullYear(), t.getMonth() + 1, t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}${offset}`;
}

const DAY_MS = 86_400_000;

/** An array of strings and numbers, read without trusting it (a revoked proxy is not a path). */
function isPath(path: unknown): boolean {
  try {
    return Array.isArray(path) && path.every((p) => typeof p === 'string' || typeof p === 'number');
  } catch {
    return false;
  }
}

/** UTC offset of Europe/Paris at an instant, in milliseconds (positive east of Greenwich). */
function parisOffsetMs(ms: number): number {
  return -new TZDate(ms, PARIS_TIME_ZONE).getTimezoneOffset() * 60_000;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
