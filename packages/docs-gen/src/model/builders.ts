/**
 * Small helpers to build {@link DocumentModel} trees without writing object literals by hand.
 * They are pure and only shape data; nothing is escaped here (renderers escape).
 *
 * @module
 */
import { OfkitError, type CivilDate, type LegalRef, type Step, type Warning } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
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
  return { text, bold: true };
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
  return { text, italic: true };
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
  if (typeof input === 'string') return input;
  const list = Array.isArray(input) ? (input as readonly (string | InlineRun)[]) : [input as InlineRun];
  return list.map((r) => (typeof r === 'string' ? { text: r } : r));
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
  return { type: 'heading', level, text: inline(text) };
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
  return {
    type: 'paragraph',
    text: inline(text),
    ...(options.align !== undefined ? { align: options.align } : {}),
    ...(options.size !== undefined ? { size: options.size } : {}),
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
  return { type: 'list', items: items.map(inline), ...(options.ordered ? { ordered: true } : {}) };
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
  return { type: 'checklist', items: items.map((i) => ({ text: inline(i.text), checked: i.checked })) };
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
 * cells as there are columns, or if a width is not a positive number.
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
  const cols: TableColumn[] = columns.map((c) =>
    typeof c === 'string'
      ? { header: c }
      : {
          header: inline(c.header),
          ...(c.width !== undefined ? { width: c.width } : {}),
          ...(c.align !== undefined ? { align: c.align } : {}),
        },
  );
  const problems = [];
  if (cols.length === 0) problems.push(issue(['columns'], 'too_small', 'Un tableau a au moins une colonne.', 'A table has at least one column.'));
  cols.forEach((c, i) => {
    if (c.width !== undefined && !(Number.isFinite(c.width) && c.width > 0)) {
      problems.push(issue(['columns', i, 'width'], 'invalid_width', 'Largeur relative positive attendue.', 'Positive relative width expected.'));
    }
  });
  rows.forEach((r, i) => {
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
    columns: cols,
    rows: rows.map((r) => r.map(inline)),
    ...(options.minRowHeightMm !== undefined ? { minRowHeightMm: options.minRowHeightMm } : {}),
    ...(options.size !== undefined ? { size: options.size } : {}),
    ...(options.caption !== undefined ? { caption: inline(options.caption) } : {}),
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
  for (const [key, value] of items) {
    if (value === undefined || value === '') continue;
    out.push({ key, value: inline(value) });
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
  return {
    type: 'signatures',
    signatories: [...signatories],
    ...(options.place !== undefined ? { place: options.place } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
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
  return { type: 'section', blocks: [...blocks], ...(options.keepTogether ? { keepTogether: true } : {}) };
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
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}
