/**
 * `ofkit schema`, `ofkit law`, `ofkit validate`, `ofkit calendar`: @ofkit/core (and every package's
 * schemas and rule sets) from a shell. Each library call is one adapter function.
 */
import {
  addWorkingDays,
  coreLawCatalogue,
  domainJsonSchemas,
  lawChanges,
  lawRuleSets,
  mergeLawCatalogues,
  hasValueAt,
  publicHolidays,
  validateFrVatNumber,
  validateNda,
  validateRncpCode,
  validateRsCode,
  validateSiren,
  validateSiret,
  validateUai,
  valueAt,
  type HolidayZone,
  type IdentifierResult,
  type LawCatalogue,
  type LawChange,
  type LawChangeValue,
  type Parameter,
  type ParameterStatus,
  type ResolvedValue,
} from '@ofkit/core';
import { lawValueText, toJsonSchema } from '@ofkit/core/internal';
import { CpfFinancingRequestSchema, cpfLawCatalogue } from '@ofkit/cpf';
import { DOCUMENT_KINDS, bpfInputJsonSchema, docsGenLawCatalogue, documentJsonSchema, lheoOfferJsonSchema } from '@ofkit/docs-gen';
import { rnqJsonSchema, rnqLawCatalogue } from '@ofkit/rnq';
import type { Command, CommandContext } from '../types.js';
import { dateOpt, opt, tr, usageError, zoneOpt } from '../util.js';

/** One input schema `ofkit schema` knows. */
export interface SchemaEntry {
  readonly name: string;
  readonly package: string;
  readonly description: string;
}

const SCHEMA_SOURCES: ReadonlyArray<{ entry: SchemaEntry; schema: () => Record<string, unknown> }> = [
  ...Object.keys(domainJsonSchemas()).map((n) => ({
    entry: { name: `core/${n}`, package: '@ofkit/core', description: `Domain record ${n}` },
    schema: () => domainJsonSchemas()[n]!,
  })),
  { entry: { name: 'cpf/request', package: '@ofkit/cpf', description: 'planCpfFinancing request' }, schema: () => toJsonSchema(CpfFinancingRequestSchema) },
  { entry: { name: 'rnq/profile', package: '@ofkit/rnq', description: 'OF profile (applicableIndicators, assessReadiness)' }, schema: () => rnqJsonSchema('profile') },
  { entry: { name: 'rnq/evidence', package: '@ofkit/rnq', description: 'Evidence set (assessReadiness)' }, schema: () => rnqJsonSchema('evidence') },
  { entry: { name: 'docs-gen/bpf', package: '@ofkit/docs-gen', description: 'computeBpf input' }, schema: () => bpfInputJsonSchema() },
  { entry: { name: 'docs-gen/lheo', package: '@ofkit/docs-gen', description: 'toLheoXml offer' }, schema: () => lheoOfferJsonSchema() },
  ...DOCUMENT_KINDS.map((k) => ({
    entry: { name: `docs-gen/${k}`, package: '@ofkit/docs-gen', description: `createDocument('${k}', …) input` },
    schema: () => documentJsonSchema(k),
  })),
];

/** Adapter: the input schemas of every package (to re-wire onto a per-package catalogue if one appears). */
export function schemaListAdapter(): SchemaEntry[] {
  return SCHEMA_SOURCES.map((s) => s.entry);
}

/** Adapter: one schema as JSON Schema, or undefined when unknown. */
export function schemaAdapter(name: string): Record<string, unknown> | undefined {
  return SCHEMA_SOURCES.find((s) => s.entry.name === name)?.schema();
}

/** A parameter in force at a date, with where it comes from. */
export interface LawEntry extends ResolvedValue<unknown> {
  readonly package: string;
  readonly ruleSet: string;
  readonly key: string;
  readonly unit?: string;
  /** Theme of the parameter in its package's catalogue. */
  readonly theme: string;
  /** The value in plain French, as the catalogue words it (`text` of the catalogue value). */
  readonly text: string;
  /** The value in plain English, as the catalogue words it (`textEn`); in the JSON whatever `--lang`. */
  readonly textEn: string;
  /** The exported functions that read it. */
  readonly readers: readonly string[];
}

/** Every package's law catalogue, merged (core, cpf, rnq, docs-gen). */
export function lawCatalogueAdapter(): LawCatalogue {
  return mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);
}

/**
 * Adapter: the parameters in force at `date`, from the merged catalogue of every package; each value
 * is the one `valueAt` resolves on its rule set (never the nearest one), with the catalogue's wording.
 */
export function lawAdapter(date: string, status?: ParameterStatus): LawEntry[] {
  const catalogue = lawCatalogueAdapter();
  const out: LawEntry[] = [];
  for (const e of catalogue.entries) {
    const source = catalogue.sources.find((s) => s.package === e.package && s.ruleSet === e.ruleSet);
    const p = source?.rules[e.key] as Parameter<unknown> | undefined;
    if (p === undefined || !hasValueAt(p, date)) continue;
    const v = valueAt(p, date);
    if (status !== undefined && v.status !== status) continue;
    const dated = e.values.find((x) => x.from <= date && (x.to === undefined || date <= x.to));
    // The wording of the value valueAt resolved (the catalogue's own when it is that dated value).
    const text = dated?.text ?? lawValueText(catalogue, e.id, v.value);
    const textEn = dated?.textEn ?? lawValueText(catalogue, e.id, v.value, 'en');
    out.push({ package: e.package, ruleSet: e.ruleSet, key: e.key, ...(e.unit !== undefined ? { unit: e.unit } : {}), theme: e.theme, text, textEn, readers: e.readers, ...v });
  }
  return out;
}

/** A value before or after a change, with the catalogue's wording of it in French and in English. */
export interface LawChangeValueText extends LawChangeValue {
  /** The value in plain French, as the catalogue words it. */
  readonly text: string;
  /** The value in plain English, as the catalogue words it. */
  readonly textEn: string;
}

/** A change as `lawChanges` reports it, its values worded by the catalogue (`text`, `textEn`). */
export interface LawChangeEntry extends LawChange {
  readonly before?: LawChangeValueText;
  readonly after?: LawChangeValueText;
}

/**
 * Adapter: `lawChanges` over every package's rule sets, between two dates (both inclusive), each value
 * before and after given the catalogue's wording in French (`text`) and English (`textEn`).
 */
export function lawChangesAdapter(from: string, to: string): LawChangeEntry[] {
  const catalogue = lawCatalogueAdapter();
  const withText = (id: string, v: LawChangeValue): LawChangeValueText => ({ ...v, text: lawValueText(catalogue, id, v.value), textEn: lawValueText(catalogue, id, v.value, 'en') });
  // Each value replaced where it stands, so that the JSON keeps lawChanges' order of keys.
  return lawChanges(lawRuleSets(catalogue), from, to).map(
    (c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, k === 'before' || k === 'after' ? withText(c.parameter, v as LawChangeValue) : v])) as unknown as LawChangeEntry,
  );
}

const VALIDATORS: Readonly<Record<string, (v: string) => IdentifierResult>> = {
  siren: validateSiren,
  siret: validateSiret,
  nda: validateNda,
  uai: validateUai,
  vat: validateFrVatNumber,
  rncp: (v) => validateRncpCode(v),
  rs: validateRsCode,
};

/** Adapter: an identifier check. */
export function validateAdapter(kind: string, value: string): IdentifierResult {
  return VALIDATORS[kind]!(value);
}

/** Adapter: `publicHolidays`. */
export function holidaysAdapter(year: number, zone: HolidayZone): ReturnType<typeof publicHolidays> {
  return publicHolidays(year, zone);
}

/** Adapter: `addWorkingDays`. */
export function addWorkingDaysAdapter(date: string, n: number, zone: HolidayZone): string {
  return addWorkingDays(date, n, zone);
}

const STATUSES = ['confirmed', 'provisional', 'disputed'] as const;

/** The catalogue's wording of a value in the language asked for (it carries its unit: « 103,20 € », "EUR 103.20"). */
function worded(v: { readonly text: string; readonly textEn: string }, ctx: CommandContext): string {
  return (ctx.lang === 'fr' ? v.text : v.textEn) || '—';
}

function lawText(entries: readonly LawEntry[], ctx: CommandContext, date: string): string {
  const lines = [tr(ctx.lang, `${entries.length} paramètre(s) en vigueur au ${date}`, `${entries.length} parameter(s) in force on ${date}`)];
  for (const e of entries) {
    const refs = e.references.map((r) => r.article).join(', ');
    lines.push(`${e.parameter}  [${e.status}]  ${ctx.lang === 'fr' ? e.label : (e.labelEn ?? e.label)} = ${worded(e, ctx)}${refs ? `  (${refs})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function changeValue(v: LawChangeValueText | undefined, ctx: CommandContext): string {
  return v === undefined ? '—' : worded(v, ctx);
}

function lawChangesText(changes: readonly LawChangeEntry[], ctx: CommandContext, from: string, to: string): string {
  const fr = ctx.lang === 'fr';
  const kinds = { started: fr ? 'nouveau' : 'new', changed: fr ? 'modifié' : 'changed', ended: fr ? 'abrogé' : 'ended' } as const;
  const lines = [fr ? `${changes.length} changement(s) du ${from} au ${to}` : `${changes.length} change(s) from ${from} to ${to}`];
  for (const c of changes) {
    const refs = (c.after ?? c.before)?.references.map((r) => r.article).join(', ') ?? '';
    const status = c.statusBefore !== c.statusAfter ? `${c.statusBefore ?? '—'} → ${c.statusAfter ?? '—'}` : (c.statusAfter ?? '');
    lines.push(`${c.date}  ${kinds[c.kind]}  ${c.parameter}  ${fr ? c.label : (c.labelEn ?? c.label)}${fr ? ' :' : ':'} ${changeValue(c.before, ctx)} → ${changeValue(c.after, ctx)}  [${status}]${refs ? `  (${refs})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function integerArg(value: string, name: string): number {
  if (!/^-?\d+$/.test(value)) throw usageError(`${name} : nombre entier attendu, reçu « ${value} ».`, `${name}: an integer is expected, got "${value}".`, [name]);
  return Number(value);
}

function csvCell(s: string): string {
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const coreCommands: Command[] = [
  {
    path: ['schema'],
    args: ['[name]'],
    minArgs: 0,
    summary: { fr: 'Liste les schémas d’entrée, ou en affiche un en JSON Schema.', en: 'Lists the input schemas, or prints one as JSON Schema.' },
    formats: ['json', 'text'],
    example: 'ofkit schema cpf/request',
    async run(ctx) {
      const name = ctx.args[0];
      if (name === undefined) {
        const list = schemaListAdapter();
        return { output: ctx.format === 'text' ? { kind: 'text', text: `${list.map((s) => `${s.name.padEnd(40)} ${s.description}`).join('\n')}\n` } : { kind: 'json', value: list } };
      }
      const schema = schemaAdapter(name);
      if (schema === undefined) throw usageError(`Schéma inconnu : « ${name} ». Voir la liste : ofkit schema.`, `Unknown schema: "${name}". See the list: ofkit schema.`, ['[name]']);
      return { output: { kind: 'json', value: schema } };
    },
  },
  {
    path: ['law'],
    args: [],
    summary: {
      fr: 'Les paramètres légaux en vigueur à une date, avec statut, références et valeur en clair, d’après le catalogue de chaque paquet (JSON : text en français, textEn en anglais, quel que soit --lang).',
      en: 'The legal parameters in force on a date, with status, references and the value in words, from every package’s catalogue (JSON: text in French, textEn in English, whatever --lang).',
    },
    options: {
      date: { fr: 'date (aaaa-mm-jj), requise', en: 'date (yyyy-mm-dd), required' },
      status: { fr: 'ne garde que confirmed, provisional ou disputed', en: 'keeps only confirmed, provisional or disputed' },
    },
    formats: ['json', 'text'],
    example: 'ofkit law --date 2026-12-05 --status provisional --format text',
    async run(ctx) {
      const date = dateOpt(ctx, 'date');
      if (date === undefined) throw usageError('Option --date requise (aaaa-mm-jj).', 'Option --date is required (yyyy-mm-dd).', ['--date']);
      const status = opt(ctx, 'status');
      if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
        throw usageError(`--status : « ${status} » inconnu ; valeurs : ${STATUSES.join(', ')}.`, `--status: unknown "${status}"; values: ${STATUSES.join(', ')}.`, ['--status']);
      }
      const entries = lawAdapter(date, status as ParameterStatus | undefined);
      return { output: ctx.format === 'text' ? { kind: 'text', text: lawText(entries, ctx, date) } : { kind: 'json', value: entries } };
    },
  },
  {
    path: ['law', 'changes'],
    args: [],
    summary: {
      fr: 'Les changements des paramètres légaux entre deux dates (incluses) : date d’effet, valeur avant et après, statut, références (lawChanges ; en JSON, chaque valeur avant et après a aussi son texte en français, text, et en anglais, textEn).',
      en: 'The changes of the legal parameters between two dates (inclusive): effective date, value before and after, status, references (lawChanges; in JSON, each value before and after also has its wording in French, text, and in English, textEn).',
    },
    options: {
      from: { fr: 'première date (aaaa-mm-jj), requise', en: 'first date (yyyy-mm-dd), required' },
      to: { fr: 'dernière date (aaaa-mm-jj), requise', en: 'last date (yyyy-mm-dd), required' },
    },
    formats: ['json', 'text'],
    example: 'ofkit law changes --from 2026-01-01 --to 2026-12-31 --format text',
    async run(ctx) {
      const from = dateOpt(ctx, 'from');
      const to = dateOpt(ctx, 'to');
      if (from === undefined || to === undefined) throw usageError('Options --from et --to requises (aaaa-mm-jj).', 'Options --from and --to are required (yyyy-mm-dd).', [from === undefined ? '--from' : '--to']);
      const changes = lawChangesAdapter(from, to);
      return { output: ctx.format === 'text' ? { kind: 'text', text: lawChangesText(changes, ctx, from, to) } : { kind: 'json', value: changes } };
    },
  },
  {
    path: ['validate'],
    args: ['<siren|siret|nda|uai|vat|rncp|rs>', '<value>'],
    summary: { fr: 'Vérifie un identifiant ; code 1 s’il est invalide.', en: 'Checks an identifier; exit code 1 when invalid.' },
    formats: ['json', 'text'],
    example: 'ofkit validate siret "732 829 320 00074"',
    async run(ctx) {
      const [kind, value] = ctx.args as [string, string];
      if (!(kind in VALIDATORS)) throw usageError(`Type d’identifiant inconnu : « ${kind} » ; types : ${Object.keys(VALIDATORS).join(', ')}.`, `Unknown identifier type: "${kind}"; types: ${Object.keys(VALIDATORS).join(', ')}.`, ['<type>']);
      const r = validateAdapter(kind, value);
      const text = r.ok ? tr(ctx.lang, `valide : ${r.value}\n`, `valid: ${r.value}\n`) : `${tr(ctx.lang, 'invalide', 'invalid')} : ${r.issues.map((i) => tr(ctx.lang, i.message, i.messageEn)).join(' ; ')}\n`;
      return { output: ctx.format === 'text' ? { kind: 'text', text } : { kind: 'json', value: r }, exitCode: r.ok ? 0 : 1 };
    },
  },
  {
    path: ['calendar', 'holidays'],
    args: ['<year>'],
    summary: { fr: 'Les jours fériés d’une année, par zone.', en: 'The public holidays of a year, by zone.' },
    options: { zone: { fr: 'zone : metropole (défaut), alsace-moselle, guadeloupe, martinique, guyane, reunion, mayotte', en: 'zone: metropole (default), alsace-moselle, guadeloupe, martinique, guyane, reunion, mayotte' } },
    formats: ['json', 'text', 'csv'],
    example: 'ofkit calendar holidays 2027 --zone alsace-moselle --format text',
    async run(ctx) {
      const year = integerArg(ctx.args[0]!, '<year>');
      const list = holidaysAdapter(year, zoneOpt(ctx));
      if (ctx.format === 'text') return { output: { kind: 'text', text: `${list.map((h) => `${h.date}  ${ctx.lang === 'fr' ? h.name : h.nameEn}`).join('\n')}\n` } };
      if (ctx.format === 'csv') {
        const fr = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
        return { output: { kind: 'text', text: `Date;Jour férié\r\n${list.map((h) => `${fr(h.date)};${csvCell(h.name)}`).join('\r\n')}\r\n` } };
      }
      return { output: { kind: 'json', value: list } };
    },
  },
  {
    path: ['calendar', 'add-working-days'],
    args: ['<date>', '<n>'],
    summary: { fr: 'La date n jours ouvrés après (n négatif : avant) une date.', en: 'The date n working days after (negative n: before) a date.' },
    options: { zone: { fr: 'zone des jours fériés (défaut metropole)', en: 'public-holiday zone (default metropole)' } },
    formats: ['json', 'text'],
    example: 'ofkit calendar add-working-days 2026-04-27 11',
    async run(ctx) {
      const n = integerArg(ctx.args[1]!, '<n>');
      const d = addWorkingDaysAdapter(ctx.args[0]!, n, zoneOpt(ctx));
      return { output: ctx.format === 'text' ? { kind: 'text', text: `${d}\n` } : { kind: 'json', value: d } };
    },
  },
];
