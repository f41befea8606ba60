/**
 * Exports of a computed BPF: JSON and CSV, one row per line of the form.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import { parseArg } from '../model/parse.js';
import type { BpfResult } from './compute.js';
import { parseBpfResult } from './result-schema.js';

const CsvOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ format: z.enum(['fr', 'rfc4180']).optional(), bom: z.boolean().optional() }))();
const JsonOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ sources: z.boolean().optional(), indent: z.number().int().min(0).max(10).optional() }))();

/** Options of {@link bpfToCsv}. */
export interface BpfCsvOptions {
  /**
   * `fr` (default): `;` separator and decimal comma, what French spreadsheets open directly.
   * `rfc4180`: `,` separator and decimal point. Both quote fields as RFC 4180 says and end lines with CRLF.
   */
  readonly format?: 'fr' | 'rfc4180';
  /** Start with a UTF-8 byte-order mark so that Excel reads accents right (default `false`). */
  readonly bom?: boolean;
}

/** The columns of {@link bpfToCsv}, in order. */
export const BPF_CSV_COLUMNS = ['cadre', 'ligne', 'libelle', 'valeur', 'nombre', 'heures', 'montant_ht'] as const;

type Row = readonly [frame: string, line: string, label: string, value: string, count: string, hours: string, amount: string];

/**
 * The BPF as CSV: one row per line of each frame (identity fields carry their `valeur`; F and G
 * lines their `nombre` of trainees and `heures`; C and D lines their `montant_ht`), totals included.
 * Fields are quoted when they contain the separator, a quote or a line break (RFC 4180); text cells
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'` so that spreadsheets do
 * not run them as formulas. The result is validated first (`OfkitError` `INVALID_INPUT` with every issue,
 * paths under `result`), so a result stored and read back can be exported.
 *
 * @example
 * ```ts
 * import { bpfToCsv, computeBpf } from '@ofkit/docs-gen';
 * const bpf = computeBpf({ financialYear: { start: '2025-01-01', end: '2025-12-31' }, trainings: [], sessions: [], enrolments: [] });
 * bpfToCsv(bpf).split('\r\n')[0]; // 'cadre;ligne;libelle;valeur;nombre;heures;montant_ht'
 * ```
 */
export function bpfToCsv(result: BpfResult, options: BpfCsvOptions = {}): string {
  result = parseBpfResult(result);
  options = parseArg(CsvOptionsSchema, options ?? {}, ['options']) as BpfCsvOptions;
  const fr = (options.format ?? 'fr') === 'fr';
  const sep = fr ? ';' : ',';
  const num = (s: string | number) => (fr ? String(s).replace('.', ',') : String(s));
  const rows: Row[] = [];
  const text = (frame: string, line: string, label: string, value: string | null) => rows.push([frame, line, label, value ?? '', '', '', '']);
  const fig = (frame: string, line: string, label: string, count: number, hours: number) => rows.push([frame, line, label, '', String(count), num(hours), '']);
  const amt = (frame: string, line: string, label: string, amount: string) => rows.push([frame, line, label, '', '', '', num(amount)]);

  const a = result.frameA;
  text('A', 'denomination', 'Dénomination', a.name);
  text('A', 'nda', 'Numéro de déclaration d’activité', a.nda);
  text('A', 'siret', 'SIRET', a.siret);
  text('A', 'forme_juridique', 'Forme juridique', a.legalForm);
  text('A', 'naf', 'Code NAF', a.naf);
  text('A', 'adresse', 'Adresse', a.address ? [...a.address.lines, `${a.address.postalCode} ${a.address.city}`].join(', ') : null);
  text('A', 'adresse_publique', 'Adresse rendue publique', a.addressPublic === null ? null : a.addressPublic ? 'oui' : 'non');
  text('A', 'telephone', 'Téléphone', a.phone);
  text('A', 'courriel', 'Courriel', a.email);
  text('B', 'exercice_debut', 'Exercice comptable du', result.frameB.financialYear.start);
  text('B', 'exercice_fin', 'Exercice comptable au', result.frameB.financialYear.end);
  text('B', 'distance', 'Actions en tout ou partie à distance', result.frameB.distanceActions === null ? null : result.frameB.distanceActions ? 'oui' : 'non');
  for (const l of result.frameC.lines) {
    amt('C', l.code, l.label, l.amount);
    if (l.code === '2h') amt('C', '2', 'Total des produits des organismes gestionnaires (2.a à 2.h)', result.frameC.line2Total);
  }
  amt('C', 'total', 'Total des produits réalisés au titre de la formation professionnelle', result.frameC.total);
  rows.push(['C', 'part_ca', 'Part du chiffre d’affaires global réalisée en formation professionnelle (%)', result.frameC.revenueShare === null ? '' : num(result.frameC.revenueShare), '', '', '']);
  if (result.frameD) {
    amt('D', 'total', 'Total des charges liées à l’activité de formation', result.frameD.total);
    amt('D', 'salaires', 'dont salaires des formateurs', result.frameD.trainerSalaries);
    amt('D', 'achats', 'dont achats de prestations de formation et honoraires', result.frameD.purchasedTraining);
  }
  for (const l of result.frameE.lines) fig('E', l.code, l.label, l.persons, l.hours);
  fig('E', 'total', 'Total', result.frameE.total.persons, result.frameE.total.hours);
  for (const [frame, t] of [
    ['F-1', result.frameF.f1],
    ['F-3', result.frameF.f3],
    ['F-4', result.frameF.f4],
  ] as const) {
    for (const l of t.lines) fig(frame, l.code, l.nsfCode !== undefined ? `${l.nsfCode} ${l.label}` : l.label, l.trainees, l.hours);
    fig(frame, 'total', 'Total', t.total.trainees, t.total.hours);
    if (frame === 'F-1') fig('F-2', result.frameF.f2.code, result.frameF.f2.label, result.frameF.f2.trainees, result.frameF.f2.hours);
  }
  fig('G', 'total', result.frameG.label, result.frameG.trainees, result.frameG.hours);
  const h = result.frameH;
  text('H', 'nom', 'Nom', h?.lastName ?? null);
  text('H', 'prenom', 'Prénom', h?.firstName ?? null);
  text('H', 'qualite', 'Qualité', h?.title ?? null);

  const cell = (v: string, isText: boolean) => {
    const safe = isText && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [BPF_CSV_COLUMNS.join(sep), ...rows.map((r) => r.map((v, i) => cell(v, i <= 3)).join(sep))];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** Options of {@link bpfToJson}. */
export interface BpfJsonOptions {
  /** Keep the ids of the records behind each figure (default `true`). */
  readonly sources?: boolean;
  /** Indentation (default 2; 0 for one line). */
  readonly indent?: number;
}

/**
 * The BPF as JSON text (amounts as strings `"1296.80"`, hours as numbers), optionally without the
 * record ids behind each figure. The result is validated first: a value that is not a BPF result
 * (a wrong shape, a BigInt, a cycle) throws `OfkitError` `INVALID_INPUT`, never a `TypeError`.
 *
 * @example
 * ```ts
 * import { bpfToJson, computeBpf } from '@ofkit/docs-gen';
 * const bpf = computeBpf({ financialYear: { start: '2025-01-01', end: '2025-12-31' }, trainings: [], sessions: [], enrolments: [] });
 * JSON.parse(bpfToJson(bpf)).frameC.total; // '0.00'
 * ```
 */
export function bpfToJson(result: BpfResult, options: BpfJsonOptions = {}): string {
  // Validated first (a copy): a BigInt, a cycle or a throwing getter is an OfkitError, not a TypeError of JSON.stringify.
  result = parseBpfResult(result);
  options = parseArg(JsonOptionsSchema, options ?? {}, ['options']) as BpfJsonOptions;
  const keep = options.sources ?? true;
  return JSON.stringify(result, keep ? undefined : (k, v: unknown) => (k === 'sources' ? undefined : v), options.indent ?? 2);
}
