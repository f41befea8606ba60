/**
 * Small helpers to build {@link DocumentModel} trees without writing object literals by hand.
 * They are pure and only shape data; nothing is escaped here (renderers escape). Each checks its
 * arguments against the model's schema (through core's `parseInput`, which also copies them safely:
 * a getter or a proxy that throws, a cycle, too deep a nesting become issues with their path), so a
 * wrong argument throws one `OfkitError` `INVALID_INPUT` with every issue, never a `TypeError`.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod-mini';
import { OfkitError, type CivilDate, type IssuePath, type LegalRef, type Step, type Warning } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import { AlignSchema, SizeSchema } from './schema.js';
import { parseArg } from './parse.js';
import { isArraySafe, safeShallowCopy, shallowArray, stringArg, wrongType } from './guard.js';
import type {
  Align,
  Block,
  ChecklistBlock,
  DocumentMeta,
  DocumentModel,
  HeadingBlock,
  Inline,
  InlineRun,
  IssuerIdentity,
  KeyValueBlock,
  KeyValueItem,
  ListBlock,
  MentionCheck,
  PageBreakBlock,
  PageFooter,
  PageHeader,
  ParagraphBlock,
  SectionBlock,
  SignatureBlock,
  Signatory,
  TableBlock,
  TableColumn,
} from './types.js';

// Argument schemas: the builders check the types of what they are given (and copy it safely); the
// values against DOCUMENT_LIMITS (string lengths, nesting, a civil date…) are checked by the
// renderers (`assertDocumentModel`), so a builder can still make a document a renderer refuses.
const Text = /* @__PURE__ */ (() => z.string())();
const RunSchema = /* @__PURE__ */ (() => z.strictObject({ text: Text, bold: z.optional(z.boolean()), italic: z.optional(z.boolean()) }))();
const SignatorySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    role: Text,
    name: z.optional(Text),
    mention: z.optional(Text),
    stamp: z.optional(z.boolean()),
    signed: z.optional(z.strictObject({ method: Text, at: Text, evidence: z.optional(Text) })),
  }))();
const InlineInputSchema = /* @__PURE__ */ (() => z.union([Text, RunSchema, z.array(z.union([Text, RunSchema]))]))();
const ColumnInputSchema = /* @__PURE__ */ (() =>
  z.union([Text, z.object({ header: InlineInputSchema, width: z.optional(z.unknown()), align: z.optional(AlignSchema) })]))();
const InlineListSchema = /* @__PURE__ */ (() => z.array(InlineInputSchema))();
const RowsSchema = /* @__PURE__ */ (() => z.array(InlineListSchema))();
const ColumnsSchema = /* @__PURE__ */ (() => z.array(ColumnInputSchema))();
const ParagraphOptionsSchema = /* @__PURE__ */ (() => z.object({ align: z.optional(AlignSchema), size: z.optional(SizeSchema) }))();
const ListOptionsSchema = /* @__PURE__ */ (() => z.object({ ordered: z.optional(z.boolean()) }))();
const ChecklistItemsSchema = /* @__PURE__ */ (() => z.array(z.object({ text: InlineInputSchema, checked: z.boolean() })))();
const TableOptionsSchema = /* @__PURE__ */ (() =>
  z.object({ minRowHeightMm: z.optional(z.number()), size: z.optional(SizeSchema), caption: z.optional(InlineInputSchema) }))();
const KeyValueItemsSchema = /* @__PURE__ */ (() => z.array(z.tuple([Text, z.optional(InlineInputSchema)])))();
const SignatoriesSchema = /* @__PURE__ */ (() => z.array(SignatorySchema))();
const SignaturesOptionsSchema = /* @__PURE__ */ (() => z.object({ place: z.optional(Text), date: z.optional(Text) }))();
const SectionOptionsSchema = /* @__PURE__ */ (() => z.object({ keepTogether: z.optional(z.boolean()) }))();
const Lines = /* @__PURE__ */ (() => z.array(Text))();
const DefineDocumentInputSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: Text,
    title: Text,
    date: Text,
    reference: z.optional(Text),
    orientation: z.optional(z.enum(['portrait', 'landscape'])),
    issuer: z.optional(
      z.object({
        name: Text,
        address: z.optional(z.array(Text)),
        siret: z.optional(Text),
        nda: z.optional(Text),
        ndaRegion: z.optional(Text),
        vatNumber: z.optional(Text),
        email: z.optional(Text),
        phone: z.optional(Text),
        website: z.optional(Text),
      }),
    ),
    header: z.optional(z.object({ title: Text, lines: Lines })),
    footer: z.optional(z.object({ lines: Lines, pageNumbers: z.boolean() })),
  }))();

/** The lists of {@link DefineDocumentInput} taken as they are (shallow copies; the renderers check blocks). */
const DOCUMENT_LISTS = ['blocks', 'mentions', 'warnings', 'references', 'explanation'] as const;

/**
 * Parses a builder's argument. Fast path: the schema straight on the value; these schemas are not
 * recursive and build their output afresh (objects, arrays), so a success gives a copy of exactly
 * what was checked, and a cycle cannot make them loop. When that fails or throws (a getter or a
 * proxy that throws), core's `parseInput` (safe copy first) reports every issue with its path.
 */
function arg<S extends z.ZodMiniType>(schema: S, value: unknown, path: IssuePath): z.output<S> {
  try {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
  } catch {
    // reported below
  }
  return parseArg(schema, value, path) as z.output<S>;
}

/** Options are optional: `undefined` and `{}` (the defaults, the usual case: no copy, no parse) are `{}`; anything else is checked. */
function opts<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  return value === undefined || isEmptyPlainObject(value) ? ({} as z.output<S>) : arg(schema, value, ['options']);
}

function isEmptyPlainObject(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  try {
    const proto = Object.getPrototypeOf(v) as unknown;
    return (proto === Object.prototype || proto === null) && Reflect.ownKeys(v).length === 0;
  } catch {
    return false; // a proxy that throws: the slow path reports it
  }
}

/** Inline input already checked, as the model's {@link Inline}. */
function toInline(input: z.output<typeof InlineInputSchema>): Inline {
  if (typeof input === 'string') return input;
  const list = Array.isArray(input) ? input : [input];
  return list.map((r) => (typeof r === 'string' ? { text: r } : r)) as Inline;
}

/**
 * Fast paths for the usual shapes (a list of strings, rows of strings, pairs of strings), taken
 * before core's safe copy: each item is read once into a new array, so what is checked is what is
 * used; anything else (or a read that throws) goes the slow way, which reports it.
 */
function stringList(v: unknown): string[] | undefined {
  try {
    if (!Array.isArray(v)) return undefined;
    const n = v.length;
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const x: unknown = v[i];
      if (typeof x !== 'string') return undefined;
      out[i] = x;
    }
    return out;
  } catch {
    return undefined;
  }
}

function stringRows(v: unknown): string[][] | undefined {
  try {
    if (!Array.isArray(v)) return undefined;
    const n = v.length;
    const out = new Array<string[]>(n);
    for (let i = 0; i < n; i++) {
      const r = stringList(v[i]);
      if (r === undefined) return undefined;
      out[i] = r;
    }
    return out;
  } catch {
    return undefined;
  }
}

function stringPairs(v: unknown): [string, string | undefined][] | undefined {
  try {
    if (!Array.isArray(v)) return undefined;
    const n = v.length;
    const out = new Array<[string, string | undefined]>(n);
    for (let i = 0; i < n; i++) {
      const p: unknown = v[i];
      if (!Array.isArray(p) || p.length !== 2) return undefined;
      const key: unknown = p[0];
      const value: unknown = p[1];
      if (typeof key !== 'string' || (value !== undefined && typeof value !== 'string')) return undefined;
      out[i] = [key, value];
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Checks an inline argument (`path` names it) and normalises it; a string (the usual case) needs no copy. */
function inlineArg(input: unknown, path: IssuePath): Inline {
  return typeof input === 'string' ? stringArg(input, path[0] as string) : toInline(arg(InlineInputSchema, input, path));
}

/**
 * A bold run.
 *
 * @example
 * ```ts
 * import { paragraph, strong } from '@ofkit/docs-gen';
 * paragraph(['Durée : ', strong('14 heures')]);
 * ```
 */
export function strong(text: string): InlineRun {
  return { text: stringArg(text, 'text'), bold: true };
}

/**
 * An italic run.
 *
 * @example
 * ```ts
 * import { em, paragraph } from '@ofkit/docs-gen';
 * paragraph([em('Cet enregistrement ne vaut pas agrément de l\'État.')]);
 * ```
 */
export function em(text: string): InlineRun {
  return { text: stringArg(text, 'text'), italic: true };
}

/**
 * Inline content given to builders: a string, a run, or a mix of both.
 *
 * @example
 * ```ts
 * import { paragraph, strong, type InlineInput } from '@ofkit/docs-gen';
 * const text: InlineInput = ['Prix : ', strong('1 200,00 €')];
 * paragraph(text);
 * ```
 */
export type InlineInput = string | InlineRun | readonly (string | InlineRun)[];

/**
 * Normalises inline input to {@link Inline}: a string stays a string, anything else becomes runs.
 *
 * @example
 * ```ts
 * import { inline, strong } from '@ofkit/docs-gen';
 * inline(['a ', strong('b')]); // [{ text: 'a ' }, { text: 'b', bold: true }]
 * ```
 */
export function inline(input: InlineInput): Inline {
  return inlineArg(input, ['input']);
}

/**
 * The plain text of inline content (emphasis dropped).
 *
 * @example
 * ```ts
 * import { strong } from '@ofkit/docs-gen';
 * import { plainText } from '@ofkit/docs-gen/internal';
 * plainText([{ text: 'a ' }, strong('b')]); // 'a b'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function plainText(text: Inline): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}

/**
 * A heading (level 1 = title, 2 = section, 3 = sub-section).
 *
 * @example
 * ```ts
 * import { heading } from '@ofkit/docs-gen';
 * heading(2, 'Article 1 — Objet');
 * ```
 */
export function heading(level: 1 | 2 | 3, text: InlineInput): HeadingBlock {
  if (level !== 1 && level !== 2 && level !== 3) {
    throw new OfkitError('INVALID_INPUT', [issue(['level'], 'invalid_value', 'Niveau de titre 1, 2 ou 3 attendu.', 'Heading level 1, 2 or 3 expected.')]);
  }
  return { type: 'heading', level, text: inlineArg(text, ['text']) };
}

/**
 * A paragraph.
 *
 * @example
 * ```ts
 * import { paragraph } from '@ofkit/docs-gen';
 * paragraph('Fait en deux exemplaires.', { align: 'right', size: 'small' });
 * ```
 */
export function paragraph(text: InlineInput, options: { align?: Align; size?: 'normal' | 'small' } = {}): ParagraphBlock {
  const t = inlineArg(text, ['text']);
  const o = opts(ParagraphOptionsSchema, options);
  return {
    type: 'paragraph',
    text: t,
    ...(o.align !== undefined ? { align: o.align } : {}),
    ...(o.size !== undefined ? { size: o.size } : {}),
  };
}

/**
 * A bulleted list (or numbered with `{ ordered: true }`).
 *
 * @example
 * ```ts
 * import { list } from '@ofkit/docs-gen';
 * list(['Identifier les risques', 'Rédiger le document unique'], { ordered: true });
 * ```
 */
export function list(items: readonly InlineInput[], options: { ordered?: boolean } = {}): ListBlock {
  const checked = stringList(items) ?? arg(InlineListSchema, items, ['items']);
  const o = opts(ListOptionsSchema, options);
  return { type: 'list', items: checked.map(toInline), ...(o.ordered ? { ordered: true } : {}) };
}

/**
 * A list of boxes, ticked or not.
 *
 * @example
 * ```ts
 * import { checklist } from '@ofkit/docs-gen';
 * checklist([{ text: 'action de formation', checked: true }, { text: 'bilan de compétences', checked: false }]);
 * ```
 */
export function checklist(items: readonly { text: InlineInput; checked: boolean }[]): ChecklistBlock {
  const checked = arg(ChecklistItemsSchema, items, ['items']);
  return { type: 'checklist', items: checked.map((i) => ({ text: toInline(i.text), checked: i.checked })) };
}

/**
 * A column given to {@link table}: a header string, or a full column description.
 *
 * @example
 * ```ts
 * import { table, type ColumnInput } from '@ofkit/docs-gen';
 * const cols: ColumnInput[] = ['Date', { header: 'Montant', align: 'right' }];
 * table(cols, [['01/12/2026', '360,00 €']]);
 * ```
 */
export type ColumnInput = string | { header: InlineInput; width?: number; align?: Align };

/**
 * A table with a header row. Throws `OfkitError` (`INVALID_TABLE`) if a row does not have as many
 * cells as there are columns, or if a width is not a positive number; `INVALID_INPUT` if an argument
 * is not of the right shape.
 *
 * @example
 * ```ts
 * import { table } from '@ofkit/docs-gen';
 * table(
 *   [{ header: 'Désignation', width: 3 }, { header: 'Montant', align: 'right' }],
 *   [['Formation SST', '1 200,00 €']],
 * );
 * ```
 */
export function table(
  columns: readonly ColumnInput[],
  rows: readonly (readonly InlineInput[])[],
  options: { minRowHeightMm?: number; size?: 'normal' | 'small'; caption?: InlineInput } = {},
): TableBlock {
  const columnsIn = arg(ColumnsSchema, columns, ['columns']);
  const rowsIn = stringRows(rows) ?? arg(RowsSchema, rows, ['rows']);
  const o = opts(TableOptionsSchema, options);
  const cols: (Omit<TableColumn, 'width'> & { width?: unknown })[] = columnsIn.map((c) =>
    typeof c === 'string'
      ? { header: c }
      : {
          header: toInline(c.header),
          ...(c.width !== undefined ? { width: c.width } : {}),
          ...(c.align !== undefined ? { align: c.align } : {}),
        },
  );
  const problems = [];
  if (cols.length === 0) problems.push(issue(['columns'], 'too_small', 'Un tableau a au moins une colonne.', 'A table has at least one column.'));
  cols.forEach((c, i) => {
    if (c.width !== undefined && !(typeof c.width === 'number' && Number.isFinite(c.width) && c.width > 0)) {
      problems.push(issue(['columns', i, 'width'], 'invalid_width', 'Largeur relative positive attendue.', 'Positive relative width expected.'));
    }
  });
  rowsIn.forEach((r, i) => {
    if (r.length !== cols.length) {
      problems.push(
        issue(
          ['rows', i],
          'invalid_row_length',
          `La ligne a ${r.length} cellules au lieu de ${cols.length}.`,
          `The row has ${r.length} cells instead of ${cols.length}.`,
        ),
      );
    }
  });
  if (problems.length > 0) throw new OfkitError('INVALID_TABLE', problems);
  return {
    type: 'table',
    columns: cols as TableColumn[],
    rows: rowsIn.map((r) => r.map(toInline)),
    ...(o.minRowHeightMm !== undefined ? { minRowHeightMm: o.minRowHeightMm } : {}),
    ...(o.size !== undefined ? { size: o.size } : {}),
    ...(o.caption !== undefined ? { caption: toInline(o.caption) } : {}),
  };
}

/**
 * A block of `label: value` pairs. Pairs whose value is `undefined` or `''` are left out.
 *
 * @example
 * ```ts
 * import { keyValue } from '@ofkit/docs-gen';
 * keyValue([['SIRET', '123 456 789 00012'], ['NDA', undefined]]); // one item
 * ```
 */
export function keyValue(items: readonly (readonly [string, InlineInput | undefined])[]): KeyValueBlock {
  const out: KeyValueItem[] = [];
  for (const [key, value] of stringPairs(items) ?? arg(KeyValueItemsSchema, items, ['items'])) {
    if (value === undefined || value === '') continue;
    out.push({ key, value: toInline(value) });
  }
  return { type: 'keyValue', items: out };
}

/**
 * A signature zone (« Fait à …, le … » and one box per signatory).
 *
 * @example
 * ```ts
 * import { signatures } from '@ofkit/docs-gen';
 * signatures([{ role: "Pour l'organisme", name: 'Claire Martin, gérante', stamp: true }, { role: 'Pour le client', mention: 'Bon pour accord' }], { place: 'Lyon', date: '2026-11-22' });
 * ```
 */
export function signatures(signatories: readonly Signatory[], options: { place?: string; date?: CivilDate } = {}): SignatureBlock {
  const list = arg(SignatoriesSchema, signatories, ['signatories']) as Signatory[];
  const o = opts(SignaturesOptionsSchema, options);
  return {
    type: 'signatures',
    signatories: list,
    ...(o.place !== undefined ? { place: o.place } : {}),
    ...(o.date !== undefined ? { date: o.date } : {}),
  };
}

/**
 * A forced page break.
 *
 * @example
 * ```ts
 * import { pageBreak } from '@ofkit/docs-gen';
 * pageBreak(); // { type: 'pageBreak' }
 * ```
 */
export function pageBreak(): PageBreakBlock {
  return { type: 'pageBreak' };
}

/**
 * A group of blocks, optionally kept on one page.
 *
 * @example
 * ```ts
 * import { heading, paragraph, section } from '@ofkit/docs-gen';
 * section([heading(2, 'Article 5 — Prix'), paragraph('1 200,00 € net de taxe.')], { keepTogether: true });
 * ```
 */
export function section(blocks: readonly Block[], options: { keepTogether?: boolean } = {}): SectionBlock {
  // Blocks are kept as given (a shallow copy), as a section may nest deep: the renderers check them.
  const list = shallowArray(blocks, ['blocks'], true);
  const o = opts(SectionOptionsSchema, options);
  return { type: 'section', blocks: list as Block[], ...(o.keepTogether ? { keepTogether: true } : {}) };
}

/** Groups `123456789` as `123 456 789` (SIREN) or SIRET `123 456 789 00012`; other strings unchanged. */
function spacedSiret(s: string): string {
  return /^\d{14}$/.test(s) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}` : s;
}

/**
 * The usual NDA sentence (practice, ../shared/domain/documents.md §0): « Déclaration d'activité
 * enregistrée sous le numéro … auprès du préfet de région de … », and the publicity mention
 * « Cet enregistrement ne vaut pas agrément de l'État » (L. 6352-12 as cited).
 *
 * @example
 * ```ts
 * import { ndaSentence } from '@ofkit/docs-gen/internal';
 * ndaSentence({ name: 'Forma', nda: '84691234569', ndaRegion: 'Auvergne-Rhône-Alpes' })?.startsWith('Déclaration d’activité enregistrée'); // true
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function ndaSentence(issuer: IssuerIdentity): string | undefined {
  if (!issuer.nda) return undefined;
  if (/en cours/i.test(issuer.nda)) return 'Déclaration d’activité en cours d’enregistrement.';
  const region = issuer.ndaRegion ? ` auprès du préfet de région ${regionDe(issuer.ndaRegion)}` : '';
  return `Déclaration d’activité enregistrée sous le numéro ${issuer.nda}${region}. Cet enregistrement ne vaut pas agrément de l’État.`;
}

function regionDe(region: string): string {
  return /^[AEIOUÉÎaeiouéî]/.test(region) ? `d’${region}` : `de ${region}`;
}

/**
 * The page header and footer built from the issuer's identity: name and address on top; SIRET,
 * VAT number, NDA sentence and page numbers at the bottom.
 *
 * @example
 * ```ts
 * import { issuerHeaderFooter } from '@ofkit/docs-gen/internal';
 * const { header, footer } = issuerHeaderFooter({ name: 'Forma SAS', address: ['1 rue de la Paix', '69001 Lyon'], siret: '12345678900012', nda: '84691234569', ndaRegion: 'Auvergne-Rhône-Alpes' });
 * header.title; // 'Forma SAS'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function issuerHeaderFooter(issuer: IssuerIdentity): { header: PageHeader; footer: PageFooter } {
  const contact = [issuer.phone, issuer.email, issuer.website].filter((x): x is string => !!x).join(' · ');
  const header: PageHeader = {
    title: issuer.name,
    lines: [...(issuer.address ?? []).filter((l) => l !== ''), ...(contact ? [contact] : [])],
  };
  const ids = [
    issuer.siret ? `SIRET ${spacedSiret(issuer.siret)}` : undefined,
    issuer.vatNumber ? `TVA intracommunautaire ${issuer.vatNumber}` : undefined,
  ].filter((x): x is string => !!x);
  const nda = ndaSentence(issuer);
  const footer: PageFooter = {
    lines: [`${issuer.name}${ids.length ? ` — ${ids.join(' — ')}` : ''}`, ...(nda ? [nda] : [])],
    pageNumbers: true,
  };
  return { header, footer };
}

/**
 * Input of {@link defineDocument}.
 *
 * @example
 * ```ts
 * import { defineDocument, type DefineDocumentInput } from '@ofkit/docs-gen';
 * const input: DefineDocumentInput = { kind: 'note', title: 'Note', date: '2026-11-22', blocks: [] };
 * defineDocument(input).meta.orientation; // 'portrait'
 * ```
 */
export interface DefineDocumentInput {
  readonly kind: string;
  readonly title: string;
  readonly date: CivilDate;
  readonly reference?: string;
  readonly orientation?: 'portrait' | 'landscape';
  /** Identity of the issuer: fills the header, the footer and the author. */
  readonly issuer?: IssuerIdentity;
  /** Explicit header/footer (win over the ones derived from `issuer`). */
  readonly header?: PageHeader;
  readonly footer?: PageFooter;
  readonly blocks: readonly Block[];
  readonly mentions?: readonly MentionCheck[];
  readonly warnings?: readonly Warning[];
  readonly references?: readonly LegalRef[];
  readonly explanation?: readonly Step[];
}

/**
 * Assembles a {@link DocumentModel}: French language, A4, header/footer from the issuer when
 * given. Use it for documents of your own (the BPF uses it too); legal documents come from
 * {@link createDocument}.
 *
 * @example
 * ```ts
 * import { defineDocument, heading, paragraph, renderMarkdown } from '@ofkit/docs-gen';
 * const doc = defineDocument({
 *   kind: 'note',
 *   title: 'Note interne',
 *   date: '2026-11-22',
 *   issuer: { name: 'Forma SAS', nda: '84691234569' },
 *   blocks: [heading(1, 'Note interne'), paragraph('Bonjour.')],
 * });
 * renderMarkdown(doc).includes('# Note interne'); // true
 * ```
 */
export function defineDocument(input: DefineDocumentInput): DocumentModel {
  if (input === null || typeof input !== 'object' || isArraySafe(input)) throw wrongType(['input'], 'objet', 'object', input);
  // The lists apart (shallow: blocks may nest deep, the renderers check them); the rest through parseInput.
  const fields = safeShallowCopy(input);
  const lists: Partial<Record<(typeof DOCUMENT_LISTS)[number], unknown[]>> = {};
  for (const k of DOCUMENT_LISTS) {
    const v = fields[k];
    delete fields[k];
    if (v !== undefined || k === 'blocks') lists[k] = shallowArray(v, [k], true);
  }
  input = { ...(arg(DefineDocumentInputSchema, fields, []) as object), ...lists } as unknown as DefineDocumentInput;
  const derived = input.issuer ? issuerHeaderFooter(input.issuer) : undefined;
  const header = input.header ?? derived?.header;
  const footer = input.footer ?? derived?.footer;
  const meta: DocumentMeta = {
    kind: input.kind,
    title: input.title,
    language: 'fr',
    date: input.date,
    orientation: input.orientation ?? 'portrait',
    ...(input.reference !== undefined ? { reference: input.reference } : {}),
    ...(input.issuer ? { author: input.issuer.name } : {}),
  };
  return {
    meta,
    ...(header ? { header } : {}),
    ...(footer ? { footer } : {}),
    blocks: [...input.blocks],
    mentions: [...(input.mentions ?? [])],
    warnings: [...(input.warnings ?? [])],
    references: [...(input.references ?? [])],
    explanation: [...(input.explanation ?? [])],
  };
}

/**
 * Visits every block of a document depth-first (sections included), e.g. to collect text.
 *
 * @example
 * ```ts
 * import { defineDocument, paragraph, section } from '@ofkit/docs-gen';
 * import { walkBlocks } from '@ofkit/docs-gen/internal';
 * const doc = defineDocument({ kind: 'x', title: 'X', date: '2026-11-22', blocks: [section([paragraph('a')])] });
 * let n = 0; walkBlocks(doc.blocks, () => { n++; }); // n === 2
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function walkBlocks(blocks: readonly Block[], visit: (block: Block) => void): void {
  for (const b of blocks) {
    visit(b);
    if (b.type === 'section') walkBlocks(b.blocks, visit);
  }
}

/**
 * Every piece of text of a document, in reading order (header, blocks, footer), one string per
 * text item. Useful to check fonts, search, or test output.
 *
 * @example
 * ```ts
 * import { defineDocument, paragraph } from '@ofkit/docs-gen';
 * import { documentText } from '@ofkit/docs-gen/internal';
 * documentText(defineDocument({ kind: 'x', title: 'X', date: '2026-11-22', blocks: [paragraph('Łódź')] })).includes('Łódź'); // true
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function documentText(doc: DocumentModel): string[] {
  const out: string[] = [doc.meta.title];
  if (doc.meta.reference) out.push(doc.meta.reference);
  if (doc.header) out.push(doc.header.title, ...doc.header.lines);
  walkBlocks(doc.blocks, (b) => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push(plainText(b.text));
        break;
      case 'list':
        for (const i of b.items) out.push(plainText(i));
        break;
      case 'checklist':
        for (const i of b.items) out.push(plainText(i.text));
        break;
      case 'table':
        if (b.caption) out.push(plainText(b.caption));
        for (const c of b.columns) out.push(plainText(c.header));
        for (const r of b.rows) for (const c of r) out.push(plainText(c));
        break;
      case 'keyValue':
        for (const i of b.items) out.push(i.key, plainText(i.value));
        break;
      case 'signatures':
        if (b.place) out.push(b.place);
        for (const s of b.signatories) {
          out.push(s.role);
          if (s.name) out.push(s.name);
          if (s.mention) out.push(s.mention);
          if (s.signed) out.push(s.signed.method, s.signed.at, ...(s.signed.evidence ? [s.signed.evidence] : []));
        }
        break;
      default:
        break;
    }
  });
  if (doc.footer) out.push(...doc.footer.lines);
  return out;
}

/**
 * Formats a civil date the French way: `2026-11-22` → `22/11/2026`. Other strings are returned
 * unchanged.
 *
 * @example
 * ```ts
 * import { frenchDate } from '@ofkit/docs-gen';
 * frenchDate('2026-11-22'); // '22/11/2026'
 * ```
 */
export function frenchDate(date: CivilDate): string {
  stringArg(date, 'date');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}
