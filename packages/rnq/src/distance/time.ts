/**
 * xAPI timestamps and durations as LMSs and LRSs write them (`../shared/domain/corrections-2026-12.md`
 * §8; xAPI 1.0.3 Data §4.5 and §4.6; ADL LRS conformance suite `configs/timestamps.js`,
 * `configs/durations.js`). Pure functions, no `Date` constructor: instants are computed by calendar
 * arithmetic.
 */

// Extended ISO 8601 date-time; seconds optional, any number of fraction digits; offset Z, ±HH:MM,
// ±HHMM or ±HH. (RFC 3339 §4.3: "-00:00" means "offset unknown", which is no instant: the ADL
// conformance suite rejects -00, -0000 and -00:00, and so do we.)
const TS_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Why a timestamp was refused, or its instant in epoch milliseconds (fraction truncated to the millisecond). */
export type TimestampReading = { readonly ok: true; readonly epochMs: number } | { readonly ok: false; readonly code: 'invalid_instant' | 'invalid_offset' };

/**
 * Reads an xAPI timestamp. Accepts offsets `Z`, `±HH:MM`, `±HHMM`, `±HH` and any number of
 * fraction digits; refuses a missing offset and the "unknown offset" `-00`, `-0000`, `-00:00`.
 */
export function readTimestamp(value: unknown): TimestampReading {
  const m = typeof value === 'string' ? TS_RE.exec(value) : null;
  if (!m) return { ok: false, code: 'invalid_instant' };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = Number(m[6] ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return { ok: false, code: 'invalid_instant' };
  const frac = m[7] ?? '';
  const ms = frac === '' ? 0 : Number((frac + '00').slice(0, 3));
  const off = m[8]!;
  let offMin = 0;
  if (off !== 'Z') {
    const digits = off.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 18 || om > 59) return { ok: false, code: 'invalid_offset' };
    if (off[0] === '-' && oh === 0 && om === 0) return { ok: false, code: 'invalid_offset' };
    offMin = (off[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const epochMs = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offMin) * 60000 + s * 1000 + ms;
  return { ok: true, epochMs };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The UTC ISO string (`…Z`, milliseconds) of an epoch, computed without `Date`. */
export function isoUtc(epochMs: number): string {
  const days = Math.floor(epochMs / 86400000);
  let rest = epochMs - days * 86400000;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const h = Math.floor(rest / 3600000);
  rest -= h * 3600000;
  const mi = Math.floor(rest / 60000);
  rest -= mi * 60000;
  const s = Math.floor(rest / 1000);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(rest - s * 1000, 3)}Z`;
}

/** The parts of an ISO 8601 duration (section 4.4.3.2, or the week form `PnW`). */
export interface DurationParts {
  readonly years: number;
  readonly months: number;
  /** Weeks, days, hours, minutes and seconds, in milliseconds (1 W = 7 D, 1 D = 24 h: nominal). */
  readonly fixedMs: number;
}

const NUM = '(\\d+(?:[.,]\\d+)?)';
const DUR_RE = new RegExp(`^P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?$`);
const WEEK_RE = new RegExp(`^P${NUM}W$`);

/**
 * Reads an ISO 8601 duration with the whole grammar xAPI allows (`P3Y1M29DT4H35M59.14S`,
 * `PT16559.14S`, `P4W`), or `undefined` when malformed (`PA1H0M0S`, `P4W1D`, `PT`, `P`). Only the
 * last component may carry a fraction (ISO 8601 §4.4.3.2). Years and months are returned apart:
 * they have no fixed length.
 */
export function readDuration(value: unknown): DurationParts | undefined {
  if (typeof value !== 'string') return undefined;
  const w = WEEK_RE.exec(value);
  if (w) return { years: 0, months: 0, fixedMs: Number(w[1]!.replace(',', '.')) * 7 * 86400000 };
  const m = DUR_RE.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return undefined;
  const parts = m.slice(1, 7);
  let last = -1;
  for (let i = 0; i < parts.length; i++) if (parts[i] !== undefined) last = i;
  for (let i = 0; i < last; i++) if (parts[i] !== undefined && /[.,]/.test(parts[i]!)) return undefined;
  const n = (i: number) => (parts[i] === undefined ? 0 : Number(parts[i]!.replace(',', '.')));
  return { years: n(0), months: n(1), fixedMs: Math.round(((n(2) * 24 + n(3)) * 60 + n(4)) * 60000 + n(5) * 1000) };
}

/** Average Gregorian year and month in milliseconds (365.2425 days; a twelfth of it). */
export const AVERAGE_YEAR_MS = 365.2425 * 86400000;
export const AVERAGE_MONTH_MS = AVERAGE_YEAR_MS / 12;
