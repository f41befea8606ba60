/**
 * French typography in one place, used by every document kind: typographic apostrophes and
 * quotes, dates in words, times `9 h 00`, decimal comma, narrow no-break spaces, one SIRET format.
 *
 * Every helper checks its arguments: a value of the wrong type (or a number that is not finite)
 * throws `OfkitError` `INVALID_INPUT` naming the argument, never a `TypeError`.
 *
 * @module
 */
import { finiteArg, readSafely, stringArg, wrongType } from '../model/guard.js';
import { splitProtected } from './protect.js';

/** Narrow no-break space (U+202F), before `; ! ? %` and inside « ». */
export const NNBSP = '\u202F';
/** No-break space (U+00A0), before `:`. */
export const NBSP = '\u00A0';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/**
 * A civil date in words, as French prose writes it: « 7 décembre 2026 », « 1er janvier 2027 ».
 *
 * @example
 * ```ts
 * import { frDate } from '@ofkit/docs-gen';
 * frDate('2026-12-07'); // '7 décembre 2026'
 * frDate('2027-01-01'); // '1er janvier 2027'
 * ```
 */
export function frDate(date: string): string {
  stringArg(date, 'date');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const day = Number(m[3]);
  return `${day === 1 ? '1er' : String(day)} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/**
 * A wall-clock time the French way: `09:00` → « 9 h 00 ».
 *
 * @example
 * ```ts
 * import { frTime } from '@ofkit/docs-gen';
 * frTime('09:00').replace(/\s/g, ' '); // '9 h 00'
 * frTime('13:30').replace(/\s/g, ' '); // '13 h 30'
 * ```
 */
export function frTime(time: string): string {
  stringArg(time, 'time');
  const m = /^(\d{1,2}):(\d{2})/.exec(time);
  return m ? `${Number(m[1])}${NBSP}h${NBSP}${m[2]}` : time;
}

/**
 * A time range: « 9 h 00 – 12 h 30 ».
 *
 * @example
 * ```ts
 * import { frTimeRange } from '@ofkit/docs-gen';
 * frTimeRange('09:00', '12:30').replace(/\s/g, ' '); // '9 h 00 – 12 h 30'
 * ```
 */
export function frTimeRange(start: string, end: string): string {
  stringArg(start, 'start');
  stringArg(end, 'end');
  return `${frTime(start)} – ${frTime(end)}`;
}

/**
 * A number with a decimal comma and narrow no-break spaces between thousands: 1234.5 → « 1 234,5 ».
 *
 * @example
 * ```ts
 * import { frNumber } from '@ofkit/docs-gen';
 * frNumber(63.6); // '63,6'
 * frNumber('12345.5').replace(/\s/g, ' '); // '12 345,5'
 * ```
 */
export function frNumber(n: number | string): string {
  const s = numberOrString(n, 'n');
  const neg = s.startsWith('-');
  const [int = '0', dec] = (neg ? s.slice(1) : s).split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP) : int;
  return `${neg ? '−' : ''}${grouped}${dec ? `,${dec}` : ''}`;
}

/**
 * A percentage: « 63,6 % » (narrow no-break space before %).
 *
 * @example
 * ```ts
 * import { frPercent } from '@ofkit/docs-gen';
 * frPercent('63.6').replace(/\s/g, ' '); // '63,6 %'
 * ```
 */
export function frPercent(n: number | string): string {
  numberOrString(n, 'n');
  return `${frNumber(n)}${NNBSP}%`;
}

/**
 * Hours: 14 → « 14 h », 3.5 → « 3,5 h ».
 *
 * @example
 * ```ts
 * import { frHours } from '@ofkit/docs-gen';
 * frHours(3.5).replace(/\s/g, ' '); // '3,5 h'
 * ```
 */
export function frHours(h: number): string {
  numberOrString(h, 'h');
  return `${frNumber(h)}${NBSP}h`;
}

/**
 * The one SIRET format of the documents: « 841 257 306 00016 » (SIREN in groups of three, then NIC).
 *
 * @example
 * ```ts
 * import { frSiret } from '@ofkit/docs-gen';
 * frSiret('84125730600016').replace(/\s/g, ' '); // '841 257 306 00016'
 * ```
 */
export function frSiret(siret: string): string {
  stringArg(siret, 'siret');
  const d = siret.replace(/\s/g, '');
  if (!/^\d{14}$/.test(d)) return siret;
  return [d.slice(0, 3), d.slice(3, 6), d.slice(6, 9), d.slice(9)].join(NBSP);
}

/**
 * Typesets French prose: typographic apostrophe (’), « » quotes for "…", narrow no-break space
 * before `; ! ?`, `%` and inside « », no-break space before `:` and `€`, ISO dates (`2026-12-07`) in words.
 * URLs, e-mail addresses and times are left alone.
 *
 * @example
 * ```ts
 * import { frText } from '@ofkit/docs-gen';
 * frText("L'action du 2026-12-07").includes('L’action du 7 décembre 2026'); // true
 * frText('Note : "validé"').replace(/\s/g, ' '); // 'Note : « validé »'
 * frText('Prix : 103,20 €').endsWith('103,20\u00a0€'); // true
 * ```
 */
export function frText(text: string): string {
  stringArg(text, 'text');
  // Keep URLs and e-mail addresses untouched.
  return splitProtected(text)
    .map((part, i) => (i % 2 === 1 ? part : prose(part)))
    .join('');
}

function prose(t: string): string {
  let s = t.replace(/(\p{L})'(?=\p{L}|\s|$)/gu, '$1’').replace(/'(?=\p{L})/gu, '’');
  s = s.replace(/"([^"\n]*)"/g, `«${NNBSP}$1${NNBSP}»`);
  s = s.replace(/«[ \u00A0\u202F]?/g, `«${NNBSP}`).replace(/[ \u00A0\u202F]?»/g, `${NNBSP}»`);
  s = s.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (all) => frDate(all));
  s = s.replace(/(\S)[ \u00A0\u202F]?([;!?])(?=\s|$)/g, (all, a: string, p: string) => (a === '«' ? all : `${a}${NNBSP}${p}`));
  s = s.replace(/(\S) :(?=\s|$)/g, `$1${NBSP}:`);
  // An amount never leaves its unit: « 103,20 € » (no-break space, as formatEur), « 25 % ».
  s = s.replace(/(\d) €/g, `$1${NBSP}€`).replace(/(\d) %/g, `$1${NNBSP}%`);
  return s;
}

/**
 * Gender-neutral wording when the data gives no gender: `(civility, masculine, feminine, neutral)`.
 *
 * @example
 * ```ts
 * import { frGendered } from '@ofkit/docs-gen';
 * frGendered('Mme', 'salarié', 'salariée', 'en poste'); // 'salariée'
 * frGendered(undefined, 'salarié', 'salariée', 'en poste'); // 'en poste'
 * ```
 */
export function frGendered(civility: string | undefined, masculine: string, feminine: string, neutral: string): string {
  return civility === 'M.' ? masculine : civility === 'Mme' ? feminine : neutral;
}

/**
 * The courtesy line opening a letter: « Madame Nguyễn, », « Monsieur Groß, », or, without a
 * civility, « Bonjour Łucja Kowalczyk, ».
 *
 * @example
 * ```ts
 * import { frSalutation } from '@ofkit/docs-gen';
 * frSalutation({ civility: 'Mme', firstName: 'Thị Hồng', lastName: 'Nguyễn' }); // 'Madame Nguyễn,'
 * frSalutation({ firstName: 'Łucja', lastName: 'Kowalczyk' }); // 'Bonjour Łucja Kowalczyk,'
 * ```
 */
export function frSalutation(p: { readonly civility?: string | undefined; readonly firstName: string; readonly lastName: string }): string {
  if (p === null || typeof p !== 'object') throw wrongType(['p'], 'objet', 'object', p);
  // Each field read once (a getter or a proxy that throws becomes an issue naming the field).
  const civility = readSafely(['p', 'civility'], () => p.civility);
  const firstName = readSafely(['p', 'firstName'], () => p.firstName);
  const lastName = readSafely(['p', 'lastName'], () => p.lastName);
  if (civility !== undefined && typeof civility !== 'string') throw wrongType(['p', 'civility'], 'texte', 'string', civility);
  stringField(lastName, 'lastName');
  if (civility === 'M.') return `Monsieur ${lastName},`;
  if (civility === 'Mme') return `Madame ${lastName},`;
  stringField(firstName, 'firstName');
  return `Bonjour ${firstName} ${lastName},`;
}

function stringField(v: unknown, name: string): void {
  if (typeof v !== 'string') throw wrongType(['p', name], 'texte', 'string', v);
}

/** A number (finite) or a string, as text; anything else is `OfkitError` naming `name`. */
function numberOrString(n: unknown, name: string): string {
  if (typeof n === 'string') return stringArg(n, name);
  if (typeof n === 'number') return String(finiteArg(n, name));
  throw wrongType([name], 'nombre ou texte', 'number or string', n);
}

/** French names of the codes, for citations. */
const CODES: Readonly<Record<string, string>> = {
  'code-du-travail': 'code du travail',
  'code-general-des-impots': 'code général des impôts',
  'code-de-la-securite-sociale': 'code de la sécurité sociale',
  'code-de-l-education': 'code de l’éducation',
  'code-de-commerce': 'code de commerce',
  'code-civil': 'code civil',
  'code-de-procedure-civile': 'code de procédure civile',
  'code-de-la-consommation': 'code de la consommation',
  'code-de-la-route': 'code de la route',
};

/**
 * A legal reference as a reader cites it: « art. R6333-3 du code du travail », « décret n° 2026-127 »,
 * « Arrêté du 30 décembre 2025 ». `undefined` for what is not a legal text (observed practice, an
 * official site's help page): the client document cites the law only.
 *
 * @example
 * ```ts
 * import { frCitation } from '@ofkit/docs-gen';
 * frCitation({ source: 'code-du-travail', article: 'R6333-3' }); // 'art. R. 6333-3 du code du travail'
 * frCitation({ source: 'decret', article: '2025-1156' }); // 'décret n° 2025-1156'
 * ```
 */
export function frCitation(r: { readonly source: string; readonly article: string }): string | undefined {
  if (r === null || typeof r !== 'object' || readSafely(['reference'], () => Array.isArray(r))) throw wrongType(['reference'], 'objet { source, article }', 'object { source, article }', r);
  // Read once each (a getter is called once; a throwing one gives OfkitError).
  const source = stringArg(readSafely(['reference', 'source'], () => r.source), 'source');
  const article = stringArg(readSafely(['reference', 'article'], () => r.article), 'article');
  r = { source, article };
  const code = CODES[r.source];
  if (code) {
    // « R6333-3 » → « art. R. 6333-3 », « 50-0, 1, 2° » → « art. 50-0, 1, 2° »; a part of a code
    // that is not an article (the RNQ annex) is named as it is.
    const m = /^([LRDA])\.? ?(\d.*)$/.exec(r.article);
    if (m) return `art. ${m[1]}. ${m[2]} du ${code}`;
    if (/^\d/.test(r.article)) return `art. ${r.article} du ${code}`;
    return `${r.article}, ${code}`;
  }
  switch (r.source) {
    case 'decret':
      return `décret n° ${r.article}`;
    case 'loi':
      return `loi n° ${r.article}`;
    case 'ordonnance':
      return `ordonnance n° ${r.article}`;
    case 'arrete':
    case 'circulaire':
    case 'cgu':
    case 'cerfa':
    case 'jurisprudence':
    case 'referentiel':
    case 'guide-de-lecture':
      return r.article;
    default:
      return undefined;
  }
}
