/**
 * Law catalogues: every parameter of a package's rule sets, with its dated values, references,
 * statuses and the functions that read it, as plain data (what the law explorer of the documentation
 * site and a regulatory-watch digest show). Each package exports one function named
 * `<package>LawCatalogue()` (`coreLawCatalogue`, `cpfLawCatalogue`, `rnqLawCatalogue`,
 * `docsGenLawCatalogue`) built with {@link lawCatalogue}; {@link mergeLawCatalogues} joins them.
 * The entries are built generically from the rule sets, so a parameter added to a rule set appears
 * without any edit here. Principle 1 of ../shared/design/ARCHITECTURE.md.
 *
 * @module
 */
import { OfkitError, issue, type OfkitIssue } from '../errors/ofkit-error.js';
import { toPlainInputAt } from '../errors/plain.js';
import type { RuleSet } from './rule-set.js';
import type { LegalRef, ParameterStatus, ValueOrigin } from './types.js';

/** The area of an OF's work a rule set belongs to (how a watch digest groups changes). */
export type LawTheme = 'cpf' | 'qualiopi' | 'documents' | 'calendar';

/** A named option of a function that selects the other reading of an open point. */
export interface LawOption {
  /** Option name as the function takes it, e.g. `publicServantExempt`. */
  readonly name: string;
  /** The function that takes it, e.g. `planCpfFinancing`. */
  readonly function: string;
  /** What choosing it means, in French. */
  readonly description: string;
  /** The same in English. */
  readonly descriptionEn: string;
}

/** One rule set as a package declares it for its catalogue. */
export interface LawSource {
  /** Package name, e.g. `@ofkit/cpf`. */
  readonly package: string;
  /** Name of the exported rule set, e.g. `cpfFinancingRules`. */
  readonly ruleSet: string;
  readonly rules: RuleSet;
  readonly theme: LawTheme;
  /** The exported functions that read this rule set (a documented static list). */
  readonly readers: readonly string[];
  /** Readers of one parameter (by key) when they differ from `readers`. */
  readonly readersByKey?: Readonly<Record<string, readonly string[]>>;
  /** The options that decide the open reading of a parameter, by key. */
  readonly options?: Readonly<Record<string, readonly LawOption[]>>;
  /** Plain-French wording of a value, by key, for values that are not a plain amount or duration. */
  readonly describe?: Readonly<Record<string, (value: never) => string>>;
  /**
   * The same wording in plain English, by key (the keys of `describe`: French comes first, so
   * {@link lawCatalogue} refuses a key here that `describe` does not have). Absent for a key: the
   * English text of its values (`textEn`) is the French wording of `describe`, or, without one, the
   * English formatting of a plain figure (`EUR 102.23`, `6 months`, `yes`, `1 April 2024`). Every
   * package shipped by ofkit gives an English wording for each French one.
   */
  readonly describeEn?: Readonly<Record<string, (value: never) => string>>;
}

/** One dated value of a catalogue entry. */
export interface LawCatalogueValue {
  readonly from: string;
  readonly to?: string;
  readonly value: unknown;
  /** The value in plain French (e.g. `103,20 €`, `12 mois`). */
  readonly text: string;
  /**
   * The value in plain English (e.g. `EUR 103.20`, `12 months`, `1 April 2024`): the package's
   * {@link LawSource.describeEn} wording, else its French {@link LawSource.describe} wording, else the
   * English formatting of a plain figure, else `detailed rule (see the references)`. Always present;
   * every value shipped by ofkit has a real English text.
   */
  readonly textEn: string;
  readonly status: ParameterStatus;
  readonly references: readonly LegalRef[];
  /** French note, if any. */
  readonly note?: string;
  /** English note, when the value has one (every shipped value with a `note` does). */
  readonly noteEn?: string;
  readonly origin: ValueOrigin;
}

/** One parameter of a catalogue. */
export interface LawCatalogueEntry {
  readonly id: string;
  /** French label. */
  readonly label: string;
  /** English label, when the parameter has one (every shipped parameter does). */
  readonly labelEn?: string;
  readonly unit?: string;
  readonly package: string;
  readonly ruleSet: string;
  /** Key of the parameter in its rule set (what `overrideRules` takes). */
  readonly key: string;
  readonly theme: LawTheme;
  /** The functions that read it. */
  readonly readers: readonly string[];
  /** Options that decide an open reading of it (empty when none). */
  readonly options: readonly LawOption[];
  /** Its dated values, oldest first. */
  readonly values: readonly LawCatalogueValue[];
}

/** A catalogue: the sources it was built from and one entry per parameter, ordered by id. */
export interface LawCatalogue {
  readonly sources: readonly LawSource[];
  readonly entries: readonly LawCatalogueEntry[];
}

const UNITS: Readonly<Record<string, [string, string]>> = {
  months: ['mois', 'mois'],
  years: ['an', 'ans'],
  hours: ['heure', 'heures'],
  days: ['jour', 'jours'],
  'working-days': ['jour ouvré', 'jours ouvrés'],
};
/** The same unit words in English (singular, plural). */
const UNITS_EN: Readonly<Record<string, [string, string]>> = {
  months: ['month', 'months'],
  years: ['year', 'years'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  'working-days': ['working day', 'working days'],
};
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The spaces of a French amount, the ones `formatEur` (../money/money.ts) prints by default, so that an
 * amount reads the same in a law text and everywhere else in ofkit: a narrow no-break space (U+202F)
 * between thousands, a no-break space (U+00A0) before the euro sign (`1 296,80 €`). Not imported from
 * the money module, which would bring decimal.js into every bundle that reads a catalogue; the test
 * test/law-wordings.test.ts checks that both print the same.
 */
const EUR_GROUP = '\u202f';
const EUR_BEFORE_SIGN = '\u00a0';

/** The wording of a value no package words and that is not a plain figure. */
const DETAILED_RULE = { fr: 'règle détaillée (voir les références)', en: 'detailed rule (see the references)' } as const;

/** The language argument of the law-text functions: `fr` (the default, `undefined`) or `en`; anything else throws. */
function languageOf(lang: unknown, path: string): 'fr' | 'en' {
  if (lang === undefined || lang === 'fr') return 'fr';
  if (lang === 'en') return 'en';
  const got = typeof lang === 'string' ? `« ${lang.slice(0, 40)} »` : typeof lang;
  const gotEn = typeof lang === 'string' ? `"${lang.slice(0, 40)}"` : typeof lang;
  throw new OfkitError('INVALID_INPUT', [issue([path], 'invalid_language', `Langue attendue : « fr » ou « en » (reçu ${got}).`, `Expected language: "fr" or "en" (got ${gotEn}).`)]);
}

/**
 * A parameter value in plain French (or, with `lang` `'en'`, in plain English) when it is a plain
 * figure: an amount in euros, a duration, a date, yes/no, a list of words. `undefined` when the value
 * is structured (an object), which needs the wording its package gives in {@link LawSource.describe}
 * and {@link LawSource.describeEn}. English follows the project's English texts: `EUR 1,500.00`
 * (as `EUR 77,700` in the English notes), `30%`, `1 April 2024`, `6 months`, `yes`/`no`, `none`.
 * Throws `OfkitError` `INVALID_INPUT` (path `lang`) for a language other than `fr` and `en`.
 *
 * @example
 * ```ts
 * import { formatLawValue } from '@ofkit/core/internal';
 * formatLawValue('103.20', 'EUR'); // '103,20\u00a0€' (a no-break space before €, as formatEur)
 * formatLawValue(12, 'months'); // '12 mois'
 * formatLawValue(true); // 'oui'
 * formatLawValue('2026-02-26', 'date'); // '26/02/2026'
 * formatLawValue({ a: 1 }); // undefined
 * formatLawValue('1500.00', 'EUR', 'en'); // 'EUR 1,500.00'
 * formatLawValue(1, 'months', 'en'); // '1 month'
 * formatLawValue('2026-02-26', 'date', 'en'); // '26 February 2026'
 * formatLawValue(false, undefined, 'en'); // 'no'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function formatLawValue(value: unknown, unit?: string, lang?: 'fr' | 'en'): string | undefined {
  return languageOf(lang, 'lang') === 'en' ? formatEnglish(value, unit) : formatFrench(value, unit);
}

function formatFrench(value: unknown, unit?: string): string | undefined {
  if (value === null) return 'aucun';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') {
    const n = String(value).replace('.', ',');
    if (unit === 'ratio') return `${String(Math.round(value * 10000) / 100).replace('.', ',')} %`;
    const u = unit ? UNITS[unit] : undefined;
    return u ? `${n} ${Math.abs(value) >= 2 ? u[1] : u[0]}` : n;
  }
  if (typeof value === 'string') {
    if (unit === 'EUR' && /^-?\d+(\.\d+)?$/.test(value)) {
      const [int, dec = ''] = value.split('.');
      const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, EUR_GROUP);
      return `${grouped},${dec.padEnd(2, '0')}${EUR_BEFORE_SIGN}€`;
    }
    if (unit === 'ratio' && /^\d+(\.\d+)?$/.test(value)) return `${String(Math.round(Number(value) * 10000) / 100).replace('.', ',')} %`;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
    return value;
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.length === 0 ? 'aucun' : value.join(', ');
  return undefined;
}

/** {@link formatLawValue} in English. */
function formatEnglish(value: unknown, unit?: string): string | undefined {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (unit === 'ratio') return `${Math.round(value * 10000) / 100}%`;
    const u = unit ? UNITS_EN[unit] : undefined;
    return u ? `${value} ${Math.abs(value) === 1 ? u[0] : u[1]}` : String(value);
  }
  if (typeof value === 'string') {
    if (unit === 'EUR' && /^-?\d+(\.\d+)?$/.test(value)) {
      const [int, dec = ''] = value.split('.');
      return `EUR ${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec.padEnd(2, '0')}`;
    }
    if (unit === 'ratio' && /^\d+(\.\d+)?$/.test(value)) return `${Math.round(Number(value) * 10000) / 100}%`;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const month = m ? MONTHS_EN[Number(m[2]) - 1] : undefined;
    if (m && month !== undefined) return `${Number(m[3])} ${month} ${m[1]}`;
    return value;
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.length === 0 ? 'none' : value.join(', ');
  return undefined;
}

/** The wording of one value of the parameter `key` of source `s`, in French or in English. */
function valueText(s: LawSource, key: string, value: unknown, unit: string | undefined, lang: 'fr' | 'en'): string {
  const d = s.describe?.[key] as ((v: unknown) => string | undefined) | undefined;
  if (lang === 'fr') return (d ? d(value) : undefined) ?? formatFrench(value, unit) ?? DETAILED_RULE.fr;
  const dEn = s.describeEn?.[key] as ((v: unknown) => string | undefined) | undefined;
  return (dEn ? dEn(value) : undefined) ?? (d ? d(value) : undefined) ?? formatEnglish(value, unit) ?? DETAILED_RULE.en;
}

function checkSources(sources: unknown, path: readonly (string | number)[] = ['sources']): readonly LawSource[] {
  const problems: OfkitIssue[] = [];
  // Read-only check that the whole input can be read (getters, proxies, cycles → OfkitError); the
  // sources themselves are kept, so that a catalogue still holds the package's own rule sets.
  toPlainInputAt(sources, path);
  if (!Array.isArray(sources)) {
    throw new OfkitError('INVALID_INPUT', [issue(['sources'], 'invalid_type', 'Liste de sources attendue.', 'Expected a list of sources.')]);
  }
  sources.forEach((s: unknown, i) => {
    const src = s as Partial<LawSource> | null;
    if (!src || typeof src !== 'object') {
      problems.push(issue(['sources', i], 'invalid_type', 'Source attendue (objet).', 'Expected a source (object).'));
      return;
    }
    for (const f of ['package', 'ruleSet'] as const) {
      if (typeof src[f] !== 'string' || src[f].length === 0) problems.push(issue(['sources', i, f], 'required', `Champ « ${f} » requis.`, `Field "${f}" is required.`));
    }
    if (!['cpf', 'qualiopi', 'documents', 'calendar'].includes(src.theme as string)) {
      problems.push(issue(['sources', i, 'theme'], 'invalid_theme', `Thème inconnu : ${typeof src.theme === 'string' ? src.theme.slice(0, 40) : typeof src.theme}.`, `Unknown theme: ${typeof src.theme === 'string' ? src.theme.slice(0, 40) : typeof src.theme}.`));
    }
    if (!Array.isArray(src.readers)) problems.push(issue(['sources', i, 'readers'], 'required', 'Liste des fonctions lectrices requise.', 'List of reading functions is required.'));
    if (!src.rules || typeof src.rules !== 'object') {
      problems.push(issue(['sources', i, 'rules'], 'required', 'Jeu de règles requis.', 'Rule set is required.'));
      return;
    }
    for (const [key, p] of Object.entries(src.rules)) {
      if (!p || typeof p !== 'object' || typeof p.id !== 'string' || !Array.isArray(p.values)) {
        problems.push(issue(['sources', i, 'rules', key], 'invalid_parameter', `« ${key} » n'est pas un paramètre daté.`, `"${key}" is not a dated parameter.`));
      }
    }
    checkDescribers(src, i, problems);
  });
  if (problems.length > 0) throw new OfkitError('INVALID_INPUT', problems);
  return sources as readonly LawSource[];
}

/** `describe` and `describeEn` of a source: objects of functions, `describeEn` only for keys `describe` has (French first). */
function checkDescribers(src: Partial<LawSource>, i: number, problems: OfkitIssue[]): void {
  for (const f of ['describe', 'describeEn'] as const) {
    const d: unknown = src[f];
    if (d === undefined) continue;
    if (d === null || typeof d !== 'object' || Array.isArray(d)) {
      problems.push(issue(['sources', i, f], 'invalid_type', `« ${f} » : objet de fonctions par clé attendu.`, `"${f}": an object of functions by key is expected.`));
      continue;
    }
    for (const [key, fn] of Object.entries(d)) {
      if (typeof fn !== 'function') {
        problems.push(issue(['sources', i, f, key], 'invalid_type', `« ${f}.${key} » : fonction attendue.`, `"${f}.${key}": a function is expected.`));
      } else if (f === 'describeEn' && !Object.prototype.hasOwnProperty.call(src.describe ?? {}, key)) {
        problems.push(issue(['sources', i, f, key], 'describe_en_without_describe', `« describeEn.${key} » sans « describe.${key} » : la formulation anglaise traduit la française, donnez les deux.`, `"describeEn.${key}" without "describe.${key}": the English wording translates the French one, give both.`));
      }
    }
  }
}

/**
 * The plain wording of a value of a catalogue's parameter, as the catalogue words its own values
 * (`text`, or `textEn` with `lang` `'en'`): in French (the default), the package's own wording when it
 * gives one, else {@link formatLawValue}, else « règle détaillée (voir les références) »; in English,
 * the package's English wording, else its French one, else the English {@link formatLawValue}, else
 * "detailed rule (see the references)". Throws `UNKNOWN_PARAMETER` for an id the catalogue does not
 * hold, and `INVALID_INPUT` (path `lang`) for a language other than `fr` and `en`.
 *
 * @example
 * ```ts
 * import { coreLawCatalogue } from '@ofkit/core';
 * import { lawValueText } from '@ofkit/core/internal';
 * const cat = coreLawCatalogue();
 * const christmas = [{ name: 'Noël', nameEn: 'Christmas Day' }];
 * lawValueText(cat, 'calendar.holidays.metropole', christmas); // 'Noël'
 * lawValueText(cat, 'calendar.holidays.metropole', christmas, 'en'); // 'Christmas Day'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/core/internal`; not part of the public API.
 */
export function lawValueText(catalogue: LawCatalogue, parameter: string, value: unknown, lang?: 'fr' | 'en'): string {
  const sources = sourcesOf(catalogue, ['catalogue']);
  if (typeof parameter !== 'string') {
    throw new OfkitError('INVALID_INPUT', [issue(['parameter'], 'invalid_type', 'Identifiant de paramètre (texte) attendu.', 'A parameter id (string) was expected.')]);
  }
  const language = languageOf(lang, 'lang');
  for (const s of sources) {
    for (const [key, p] of Object.entries(s.rules)) {
      if (p.id !== parameter) continue;
      return valueText(s, key, value, p.unit, language);
    }
  }
  throw new OfkitError('UNKNOWN_PARAMETER', [issue(['parameter'], 'unknown_parameter', `Paramètre inconnu du catalogue : ${parameter}.`, `Parameter not in the catalogue: ${parameter}.`)]);
}

/**
 * Builds a catalogue from rule sets: one entry per parameter (id, French and English label, unit,
 * package, rule set, key, theme, the functions that read it, the options that decide its open
 * reading, and its dated values with their plain-French and plain-English wording (`text`, `textEn`),
 * status, references, note and origin), ordered by id. Entries come from the rule sets themselves, so
 * new parameters appear without edits. Throws `OfkitError` `INVALID_INPUT` for a malformed source
 * (a `describe` or `describeEn` entry that is not a function, a `describeEn` key without its
 * `describe` key) and for one parameter id in two sources.
 *
 * @example
 * ```ts
 * import { defineRuleSet, lawCatalogue } from '@ofkit/core';
 * const rules = defineRuleSet({
 *   delay: { id: 'x.delay', label: 'Délai de rétractation', labelEn: 'Withdrawal period', unit: 'days', values: [
 *     { from: '2020-01-01', value: 10, status: 'confirmed', references: [] },
 *   ] },
 * });
 * const cat = lawCatalogue([{ package: 'demo', ruleSet: 'rules', rules, theme: 'documents', readers: ['createDocument'] }]);
 * cat.entries[0]?.id; // 'x.delay'
 * cat.entries[0]?.values[0]?.text; // '10 jours'
 * cat.entries[0]?.values[0]?.textEn; // '10 days'
 * ```
 */
export function lawCatalogue(sources: readonly LawSource[]): LawCatalogue {
  const srcs = checkSources(sources);
  const entries: LawCatalogueEntry[] = [];
  const where = new Map<string, string>();
  const problems: OfkitIssue[] = [];
  srcs.forEach((s, i) => {
    for (const [key, p] of Object.entries(s.rules)) {
      const prev = where.get(p.id);
      if (prev !== undefined) {
        problems.push(issue(['sources', i, 'rules', key], 'duplicate_parameter', `Le paramètre ${p.id} figure déjà dans ${prev}.`, `Parameter ${p.id} already appears in ${prev}.`));
        continue;
      }
      where.set(p.id, `${s.package} ${s.ruleSet}`);
      entries.push({
        id: p.id,
        label: p.label,
        ...(p.labelEn !== undefined ? { labelEn: p.labelEn } : {}),
        ...(p.unit !== undefined ? { unit: p.unit } : {}),
        package: s.package,
        ruleSet: s.ruleSet,
        key,
        theme: s.theme,
        readers: s.readersByKey?.[key] ?? s.readers,
        options: s.options?.[key] ?? [],
        values: p.values.map((v) => ({
          from: v.from,
          ...(v.to !== undefined ? { to: v.to } : {}),
          value: v.value,
          text: valueText(s, key, v.value, p.unit, 'fr'),
          textEn: valueText(s, key, v.value, p.unit, 'en'),
          status: v.status,
          references: v.references,
          ...(v.note !== undefined ? { note: v.note } : {}),
          ...(v.noteEn !== undefined ? { noteEn: v.noteEn } : {}),
          origin: v.origin ?? 'law',
        })),
      });
    }
  });
  if (problems.length > 0) throw new OfkitError('INVALID_INPUT', problems);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { sources: srcs, entries };
}

/**
 * Joins catalogues (e.g. those of every package) into one.
 *
 * @example
 * ```ts
 * import { coreLawCatalogue, mergeLawCatalogues } from '@ofkit/core';
 * const all = mergeLawCatalogues([coreLawCatalogue()]);
 * all.entries.length === coreLawCatalogue().entries.length; // true
 * ```
 */
export function mergeLawCatalogues(catalogues: readonly LawCatalogue[]): LawCatalogue {
  toPlainInputAt(catalogues, ['catalogues']);
  if (!Array.isArray(catalogues)) {
    throw new OfkitError('INVALID_INPUT', [issue(['catalogues'], 'invalid_type', 'Liste de catalogues attendue.', 'A list of catalogues was expected.')]);
  }
  return lawCatalogue(catalogues.flatMap((c, i) => sourcesOf(c, ['catalogues', i])));
}

/** The sources of what should be a catalogue made by {@link lawCatalogue}, checked as such. */
function sourcesOf(catalogue: unknown, path: (string | number)[]): readonly LawSource[] {
  let sources: unknown;
  try {
    sources = typeof catalogue === 'object' && catalogue !== null ? (catalogue as { sources?: unknown }).sources : undefined;
    if (!Array.isArray(sources)) sources = undefined;
  } catch {
    sources = undefined;
  }
  if (!Array.isArray(sources)) {
    throw new OfkitError('INVALID_INPUT', [issue(path, 'invalid_catalogue', 'Catalogue attendu (le résultat de lawCatalogue ou d’un catalogue de paquet).', 'A catalogue was expected (made by lawCatalogue or a package catalogue).')]);
  }
  return checkSources(sources, [...path, 'sources']);
}

/**
 * The rule sets of a catalogue, to pass to `lawChanges`.
 *
 * @example
 * ```ts
 * import { coreLawCatalogue, lawChanges, lawRuleSets } from '@ofkit/core';
 * Array.isArray(lawChanges(lawRuleSets(coreLawCatalogue()), '2026-01-01', '2026-12-31')); // true
 * ```
 */
export function lawRuleSets(catalogue: LawCatalogue): RuleSet[] {
  return sourcesOf(catalogue, ['catalogue']).map((s) => s.rules);
}
