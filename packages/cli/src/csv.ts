/**
 * The follow-up spreadsheet (« tableau de suivi »): CSV as French spreadsheets export it — `;`
 * separator (`,` and tab also recognised), decimal comma, `jj/mm/aaaa` dates (ISO `aaaa-mm-jj`
 * accepted), UTF-8 with or without BOM, French headers (accents and case ignored; the library's field
 * names are accepted too). Each table turns rows into the library's input; a bad cell is reported
 * with its spreadsheet row (the header is row 1) and column, every bad cell at once.
 */
import { parse } from 'csv-parse/sync';
import { OfkitError, isCivilDate, type OfkitIssue } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';

type CellKind = 'text' | 'date' | 'decimal' | 'integers';

interface Column {
  /** The field of the library's input. */
  readonly field: string;
  /** French header written by `--template`. */
  readonly header: string;
  /** Other accepted headers (normalised: lower case, no accents). */
  readonly aliases?: readonly string[];
  readonly kind: CellKind;
  readonly required?: boolean;
  /** Accepted values (library codes). */
  readonly values?: readonly string[];
  /** Example cell of the template row. */
  readonly example: string;
}

/** A table of the follow-up spreadsheet. */
export interface Table {
  readonly name: string;
  readonly columns: readonly Column[];
}

/** Evidence for `ofkit qualiopi readiness`: one row per piece of evidence. */
export const EVIDENCE_TABLE: Table = {
  name: 'evidence',
  columns: [
    { field: 'id', header: 'Identifiant', aliases: ['id', 'reference'], kind: 'text', example: 'P-001' },
    { field: 'kind', header: 'Type de preuve', aliases: ['type', 'kind', 'nature'], kind: 'text', required: true, example: 'programme' },
    { field: 'date', header: 'Date', aliases: ['date du document'], kind: 'date', required: true, example: '15/01/2026' },
    { field: 'sessionId', header: 'Session', aliases: ['sessionid', 'id session'], kind: 'text', example: 'EXCEL-01' },
    { field: 'learnerId', header: 'Apprenant', aliases: ['learnerid', 'stagiaire'], kind: 'text', example: '' },
    { field: 'indicators', header: 'Indicateurs', aliases: ['indicators', 'indicateur'], kind: 'integers', example: '1 2' },
  ],
};

/** Enrolments for `ofkit bpf`: one row per learner in a session. */
export const ENROLMENTS_TABLE: Table = {
  name: 'enrolments',
  columns: [
    { field: 'id', header: 'Inscription', aliases: ['id', 'identifiant', 'n inscription'], kind: 'text', required: true, example: 'E1' },
    { field: 'learnerId', header: 'Stagiaire', aliases: ['learnerid', 'apprenant'], kind: 'text', required: true, example: 'L1' },
    { field: 'sessionId', header: 'Session', aliases: ['sessionid'], kind: 'text', required: true, example: 'S1' },
    { field: 'traineeType', header: 'Type de stagiaire', aliases: ['traineetype', 'type'], kind: 'text', example: 'salarie-prive' },
    { field: 'status', header: 'Statut', aliases: ['status'], kind: 'text', values: ['completed', 'in-progress', 'abandoned', 'cancelled'], example: 'completed' },
    { field: 'hours', header: 'Heures suivies', aliases: ['hours', 'heures'], kind: 'decimal', example: '14,5' },
  ],
};

/** Invoices and credit notes for `ofkit bpf`. */
export const INVOICES_TABLE: Table = {
  name: 'invoices',
  columns: [
    { field: 'id', header: 'Identifiant', aliases: ['id'], kind: 'text', required: true, example: 'F2026-001' },
    { field: 'number', header: 'Numéro', aliases: ['number', 'numero de facture', 'n facture'], kind: 'text', example: 'F2026-001' },
    { field: 'kind', header: 'Nature', aliases: ['kind'], kind: 'text', values: ['invoice', 'credit-note'], example: 'invoice' },
    { field: 'status', header: 'Statut', aliases: ['status'], kind: 'text', values: ['issued', 'cancelled'], example: 'issued' },
    { field: 'issueDate', header: 'Date d’émission', aliases: ['issuedate', 'date emission', "date d'emission", 'date'], kind: 'date', required: true, example: '17/09/2025' },
    { field: 'amountHT', header: 'Montant HT', aliases: ['amountht', 'montant'], kind: 'decimal', required: true, example: '1 296,80' },
    { field: 'payerId', header: 'Payeur', aliases: ['payerid', 'client'], kind: 'text', required: true, example: 'ACME' },
    { field: 'cLine', header: 'Ligne C', aliases: ['cline', 'ligne'], kind: 'text', example: '' },
    { field: 'creditedInvoiceId', header: 'Facture créditée', aliases: ['creditedinvoiceid', 'facture creditee'], kind: 'text', example: '' },
  ],
};

/** Attendance for `ofkit bpf`: hours done by an enrolment on a date (become the enrolment's `attendance`). */
export const ATTENDANCE_TABLE: Table = {
  name: 'attendance',
  columns: [
    { field: 'enrolmentId', header: 'Inscription', aliases: ['enrolmentid', 'id inscription'], kind: 'text', required: true, example: 'E1' },
    { field: 'date', header: 'Date', kind: 'date', required: true, example: '15/09/2025' },
    { field: 'hours', header: 'Heures', aliases: ['hours', 'heures realisees'], kind: 'decimal', required: true, example: '3,5' },
  ],
};

/** The tables `--template` can write. */
export const TABLES: Readonly<Record<string, Table>> = {
  evidence: EVIDENCE_TABLE,
  enrolments: ENROLMENTS_TABLE,
  invoices: INVOICES_TABLE,
  attendance: ATTENDANCE_TABLE,
};

function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'°]/g, (c) => (c === '°' ? '' : "'"))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The template of a table: the French headers and one example row, `;`-separated, CRLF, UTF-8 with BOM. */
export function template(table: Table): string {
  const rows = [table.columns.map((c) => c.header), table.columns.map((c) => c.example)];
  return `\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** The spreadsheet column letter of a 0-based index (A, B, …, Z, AA…). */
export function columnLetter(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function detectDelimiter(firstLine: string): string {
  const count = (d: string) => firstLine.split(d).length - 1;
  const candidates = [';', '\t', ','];
  let best = ';';
  let max = 0;
  for (const d of candidates) if (count(d) > max) ((best = d), (max = count(d)));
  return best;
}

/** `jj/mm/aaaa` (or `j/m/aaaa`, or ISO) to an ISO civil date, or undefined. */
export function frenchDate(cell: string): string | undefined {
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : cell;
  return isCivilDate(iso) ? iso : undefined;
}

/** `1 296,80` (spaces, non-breaking spaces, decimal comma) to `1296.80`, or undefined. */
export function frenchDecimal(cell: string): string | undefined {
  const s = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? s : undefined;
}

/**
 * Parses CSV text into the rows of `table`, as objects keyed by the library's field names. Throws one
 * {@link OfkitError} with every bad cell (path: file, spreadsheet row, column header).
 */
export function parseTable(text: string, table: Table, file: string): Record<string, unknown>[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, { delimiter: detectDelimiter(firstLine), relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new OfkitError('INVALID_INPUT', [
      issue([file], 'invalid_csv', `${file} n’est pas un CSV lisible${line ? ` (ligne ${line})` : ''}.`, `${file} is not readable CSV${line ? ` (line ${line})` : ''}.`),
    ]);
  }
  const header = records[0]?.record;
  if (!header || header.every((h) => h === '')) {
    throw new OfkitError('INVALID_INPUT', [issue([file], 'empty_csv', `${file} est vide : une ligne d’en-têtes est attendue.`, `${file} is empty: a header row is expected.`)]);
  }
  const issues: OfkitIssue[] = [];
  const byHeader = new Map<string, Column>();
  for (const c of table.columns) for (const h of [c.header, c.field, ...(c.aliases ?? [])]) byHeader.set(norm(h), c);
  const columns: Array<Column | undefined> = header.map((h) => byHeader.get(norm(h)));
  header.forEach((h, i) => {
    if (columns[i] === undefined && h !== '') {
      issues.push(issue([file, 1, h], 'unknown_column', `Colonne ${columnLetter(i)} « ${h} » inconnue ; colonnes attendues : ${table.columns.map((c) => c.header).join(', ')}.`, `Unknown column ${columnLetter(i)} "${h}"; expected columns: ${table.columns.map((c) => c.header).join(', ')}.`));
    }
  });
  for (const c of table.columns) {
    if (c.required && !columns.includes(c)) issues.push(issue([file, 1], 'missing_column', `Colonne « ${c.header} » manquante.`, `Missing column "${c.header}".`));
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  const rows: Record<string, unknown>[] = [];
  for (let r = 1; r < records.length; r++) {
    const rec = records[r]!.record;
    const row: Record<string, unknown> = {};
    const sheetRow = records[r]!.info.lines;
    rec.forEach((raw, i) => {
      const c = columns[i];
      if (!c) return;
      const cell = raw.trim();
      const at = [file, sheetRow, c.header];
      const where = `Ligne ${sheetRow}, colonne ${columnLetter(i)} (${c.header})`;
      const whereEn = `Row ${sheetRow}, column ${columnLetter(i)} (${c.header})`;
      if (cell === '') {
        if (c.required) issues.push(issue(at, 'required', `${where} : valeur requise.`, `${whereEn}: a value is required.`));
        return;
      }
      if (c.kind === 'date') {
        const d = frenchDate(cell);
        if (d === undefined) issues.push(issue(at, 'invalid_date', `${where} : date invalide « ${cell} » (attendu jj/mm/aaaa).`, `${whereEn}: invalid date "${cell}" (expected dd/mm/yyyy).`));
        else row[c.field] = d;
      } else if (c.kind === 'decimal') {
        const d = frenchDecimal(cell);
        if (d === undefined) issues.push(issue(at, 'invalid_number', `${where} : nombre invalide « ${cell} » (ex. 1 296,80).`, `${whereEn}: invalid number "${cell}" (e.g. 1 296,80).`));
        else row[c.field] = d;
      } else if (c.kind === 'integers') {
        const parts = cell.split(/[\s,;]+/).filter((p) => p !== '');
        if (parts.some((p) => !/^\d+$/.test(p))) issues.push(issue(at, 'invalid_number', `${where} : liste de numéros invalide « ${cell} » (ex. 1 2 8).`, `${whereEn}: invalid list of numbers "${cell}" (e.g. 1 2 8).`));
        else row[c.field] = parts.map(Number);
      } else {
        if (c.values && !c.values.includes(cell)) issues.push(issue(at, 'invalid_value', `${where} : valeur « ${cell} » inconnue ; valeurs possibles : ${c.values.join(', ')}.`, `${whereEn}: unknown value "${cell}"; possible values: ${c.values.join(', ')}.`));
        else row[c.field] = cell;
      }
    });
    if (Object.keys(row).length > 0 || issues.length > 0) rows.push(row);
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return rows;
}

/** Enrolment rows (hours as numbers) merged with attendance rows (hours by date, per enrolment). */
export function enrolmentsFrom(
  rows: readonly Record<string, unknown>[] | undefined,
  attendance: readonly Record<string, unknown>[] | undefined,
  existing: readonly unknown[] = [],
  attendanceFile = 'attendance',
): unknown[] {
  const list: Record<string, unknown>[] = rows
    ? rows.map((r) => ({ ...r, ...(r['hours'] !== undefined ? { hours: Number(r['hours']) } : {}) }))
    : existing.map((e) => ({ ...(e as Record<string, unknown>) }));
  if (attendance) {
    const byId = new Map(list.map((e) => [e['id'], e]));
    const issues: OfkitIssue[] = [];
    attendance.forEach((a, i) => {
      const e = byId.get(a['enrolmentId']);
      const entry = { date: a['date'], hours: Number(a['hours']) };
      if (e) e['attendance'] = [...((e['attendance'] as unknown[] | undefined) ?? []), entry];
      else {
        const id = String(a['enrolmentId']);
        issues.push(issue([attendanceFile, i + 2, 'Inscription'], 'unknown_enrolment', `Ligne ${i + 2}, colonne A (Inscription) : inscription « ${id} » inconnue.`, `Row ${i + 2}, column A (Inscription): unknown enrolment "${id}".`));
      }
    });
    if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  }
  return list;
}

