/**
 * `ofkit schema`, `ofkit law`, `ofkit validate`, `ofkit calendar`: @ofkit/core (and every package's
 * schemas and rule sets) from a shell. Each library call is one adapter function.
 */
import {
  addWorkingDays,
  calendarRules,
  domainJsonSchemas,
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
  type Parameter,
  type ParameterStatus,
  type ResolvedValue,
} from '@ofkit/core';
import { toJsonSchema } from '@ofkit/core/internal';
import { CpfFinancingRequestSchema, cpfAccrualRules, cpfDotationRules, cpfFinancingRules, cpfPlatformRules } from '@ofkit/cpf';
import { DOCUMENT_KINDS, bpfInputJsonSchema, bpfRules, documentJsonSchema, documentRules, lheoOfferJsonSchema } from '@ofkit/docs-gen';
import { rnqJsonSchema, rnqRules } from '@ofkit/rnq';
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
}

const RULE_SETS: ReadonlyArray<{ package: string; name: string; rules: Readonly<Record<string, Parameter<unknown>>> }> = [
  { package: '@ofkit/core', name: 'calendarRules', rules: calendarRules },
  { package: '@ofkit/cpf', name: 'cpfFinancingRules', rules: cpfFinancingRules },
  { package: '@ofkit/cpf', name: 'cpfDotationRules', rules: cpfDotationRules },
  { package: '@ofkit/cpf', name: 'cpfPlatformRules', rules: cpfPlatformRules },
  { package: '@ofkit/cpf', name: 'cpfAccrualRules', rules: cpfAccrualRules },
  { package: '@ofkit/rnq', name: 'rnqRules', rules: rnqRules as unknown as Record<string, Parameter<unknown>> },
  { package: '@ofkit/docs-gen', name: 'documentRules', rules: documentRules },
  { package: '@ofkit/docs-gen', name: 'bpfRules', rules: bpfRules },
];

/**
 * Adapter: the parameters in force at `date`, walking the exported rule sets of each package with
 * `valueAt`. To re-wire onto each package's parameter catalogue and core's `lawChanges` once merged.
 */
export function lawAdapter(date: string, status?: ParameterStatus): LawEntry[] {
  const out: LawEntry[] = [];
  for (const rs of RULE_SETS) {
    for (const [key, p] of Object.entries(rs.rules)) {
      if (!hasValueAt(p, date)) continue;
      const v = valueAt(p, date);
      if (status !== undefined && v.status !== status) continue;
      out.push({ package: rs.package, ruleSet: rs.name, key, ...(p.unit !== undefined ? { unit: p.unit } : {}), ...v });
    }
  }
  return out;
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

function lawText(entries: readonly LawEntry[], ctx: CommandContext, date: string): string {
  const lines = [tr(ctx.lang, `${entries.length} paramètre(s) en vigueur au ${date}`, `${entries.length} parameter(s) in force on ${date}`)];
  for (const e of entries) {
    const value = typeof e.value === 'string' || typeof e.value === 'number' || typeof e.value === 'boolean' ? String(e.value) : JSON.stringify(e.value);
    const refs = e.references.map((r) => r.article).join(', ');
    lines.push(`${e.parameter}  [${e.status}]  ${e.label} = ${value.length > 80 ? `${value.slice(0, 77)}…` : value}${e.unit ? ` ${e.unit}` : ''}${refs ? `  (${refs})` : ''}`);
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
    summary: { fr: 'Les paramètres légaux en vigueur à une date, avec statut et références.', en: 'The legal parameters in force on a date, with status and references.' },
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
