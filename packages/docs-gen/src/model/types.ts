/**
 * The document model of `@ofkit/docs-gen`: a small, format-independent tree of blocks that every
 * renderer (HTML, Markdown, PDF) turns into its own output. Builders of legal documents
 * ({@link createDocument}) and of the BPF produce it; renderers consume it. It is plain data
 * (JSON-serialisable, no class, no function), so it can be stored, diffed and sent over the wire.
 *
 * Every string in the model is **user data**: renderers escape it for their format. Never put
 * HTML or Markdown markup in a string; use the structure ({@link Inline} runs, blocks) instead.
 *
 * @module
 */
import type { CivilDate, LegalRef, Step, Warning } from '@ofkit/core';

/**
 * Horizontal alignment of a paragraph or a table column.
 *
 * @example
 * ```ts
 * import type { Align } from '@ofkit/docs-gen';
 * const a: Align = 'right';
 * ```
 */
export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * One run of inline text with optional emphasis. Line breaks (`\n`) inside `text` are kept as
 * line breaks by every renderer.
 *
 * @example
 * ```ts
 * import type { InlineRun } from '@ofkit/docs-gen';
 * const run: InlineRun = { text: '14 heures', bold: true };
 * ```
 */
export interface InlineRun {
  readonly text: string;
  /** Bold (strong emphasis). */
  readonly bold?: boolean;
  /** Italic (emphasis). */
  readonly italic?: boolean;
}

/**
 * Inline content: a plain string, or a sequence of runs with emphasis.
 *
 * @example
 * ```ts
 * import type { Inline } from '@ofkit/docs-gen';
 * const text: Inline = [{ text: 'Durée : ' }, { text: '14 h', bold: true }];
 * ```
 */
export type Inline = string | readonly InlineRun[];

/**
 * A heading; level 1 is the document title, 2 a section, 3 a sub-section.
 *
 * @example
 * ```ts
 * import type { HeadingBlock } from '@ofkit/docs-gen';
 * const h: HeadingBlock = { type: 'heading', level: 2, text: 'Article 1 — Objet' };
 * ```
 */
export interface HeadingBlock {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3;
  readonly text: Inline;
}

/**
 * A paragraph. `size: 'small'` for footnotes and fine print.
 *
 * @example
 * ```ts
 * import type { ParagraphBlock } from '@ofkit/docs-gen';
 * const p: ParagraphBlock = { type: 'paragraph', text: 'Fait en deux exemplaires.', size: 'small' };
 * ```
 */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly text: Inline;
  readonly align?: Align;
  readonly size?: 'normal' | 'small';
}

/**
 * A bulleted (or numbered) list of inline items.
 *
 * @example
 * ```ts
 * import type { ListBlock } from '@ofkit/docs-gen';
 * const l: ListBlock = { type: 'list', ordered: true, items: ['Accueil', 'Positionnement'] };
 * ```
 */
export interface ListBlock {
  readonly type: 'list';
  readonly ordered?: boolean;
  readonly items: readonly Inline[];
}

/**
 * A list of boxes, ticked or not (the 4 natures of the certificat de réalisation, a questionnaire scale).
 *
 * @example
 * ```ts
 * import type { ChecklistBlock } from '@ofkit/docs-gen';
 * const c: ChecklistBlock = { type: 'checklist', items: [{ text: 'action de formation', checked: true }] };
 * ```
 */
export interface ChecklistBlock {
  readonly type: 'checklist';
  readonly items: readonly { readonly text: Inline; readonly checked: boolean }[];
}

/**
 * A column of a {@link TableBlock}.
 *
 * @example
 * ```ts
 * import type { TableColumn } from '@ofkit/docs-gen';
 * const col: TableColumn = { header: 'Montant', width: 1, align: 'right' };
 * ```
 */
export interface TableColumn {
  /** Header text (the header row is repeated on every printed page). */
  readonly header: Inline;
  /**
   * Relative width, a weight: columns of widths `2, 1, 1` take 50 %, 25 %, 25 % of the line.
   * Absent = weight 1.
   */
  readonly width?: number;
  readonly align?: Align;
}

/**
 * A table with one header row. Every row has exactly as many cells as there are columns
 * ({@link table} checks it). Rows are never cut across pages by the HTML and PDF renderers.
 *
 * @example
 * ```ts
 * import type { TableBlock } from '@ofkit/docs-gen';
 * const t: TableBlock = { type: 'table', columns: [{ header: 'A' }], rows: [['1']], minRowHeightMm: 12 };
 * ```
 */
export interface TableBlock {
  readonly type: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly Inline[])[];
  /** Minimum height of a body row in millimetres (e.g. 12 for rows people sign in). */
  readonly minRowHeightMm?: number;
  /** Smaller type (dense tables such as the émargement grid). */
  readonly size?: 'normal' | 'small';
  /** Optional caption, printed above the table. */
  readonly caption?: Inline;
}

/**
 * One `label: value` pair of a {@link KeyValueBlock}.
 *
 * @example
 * ```ts
 * import type { KeyValueItem } from '@ofkit/docs-gen';
 * const kv: KeyValueItem = { key: 'SIRET', value: '841 257 306 00016' };
 * ```
 */
export interface KeyValueItem {
  readonly key: string;
  readonly value: Inline;
}

/**
 * A block of labelled values (parties, identifiers, figures).
 *
 * @example
 * ```ts
 * import type { KeyValueBlock } from '@ofkit/docs-gen';
 * const b: KeyValueBlock = { type: 'keyValue', items: [{ key: 'Durée', value: '21 h' }] };
 * ```
 */
export interface KeyValueBlock {
  readonly type: 'keyValue';
  readonly items: readonly KeyValueItem[];
}

/**
 * How a signature was collected, when the document is filled from electronic records.
 *
 * @example
 * ```ts
 * import type { SignatureRecord } from '@ofkit/docs-gen';
 * const r: SignatureRecord = { method: 'électronique', at: '2026-12-07T09:02:00+01:00', evidence: 'otp: validé' };
 * ```
 */
export interface SignatureRecord {
  /** e.g. `électronique`, `manuscrite`. */
  readonly method: string;
  /** ISO 8601 instant with offset, as recorded. */
  readonly at: string;
  /** Free evidence summary (OTP, IP, hash…). */
  readonly evidence?: string;
}

/**
 * One signatory of a {@link SignatureBlock}.
 *
 * @example
 * ```ts
 * import type { Signatory } from '@ofkit/docs-gen';
 * const s: Signatory = { role: 'Pour le client', mention: 'Bon pour accord', stamp: true };
 * ```
 */
export interface Signatory {
  /** Capacity, e.g. « Pour l'organisme de formation », « Le stagiaire ». */
  readonly role: string;
  /** Name (and function) of the person, when known. */
  readonly name?: string;
  /** A handwritten mention to precede the signature, e.g. « Bon pour accord ». */
  readonly mention?: string;
  /** `true` to show a box for a stamp (« cachet »). */
  readonly stamp?: boolean;
  /** When signed electronically: method and timestamp, printed instead of the blank space. */
  readonly signed?: SignatureRecord;
}

/**
 * Signature zone: « Fait à {place}, le {date} » then one box per signatory, side by side. Never cut
 * across pages.
 *
 * @example
 * ```ts
 * import type { SignatureBlock } from '@ofkit/docs-gen';
 * const b: SignatureBlock = { type: 'signatures', place: 'Lyon', date: '2026-11-22', signatories: [{ role: 'Le stagiaire' }] };
 * ```
 */
export interface SignatureBlock {
  readonly type: 'signatures';
  readonly place?: string;
  readonly date?: CivilDate;
  readonly signatories: readonly Signatory[];
}

/**
 * A forced page break.
 *
 * @example
 * ```ts
 * import type { PageBreakBlock } from '@ofkit/docs-gen';
 * const b: PageBreakBlock = { type: 'pageBreak' };
 * ```
 */
export interface PageBreakBlock {
  readonly type: 'pageBreak';
}

/**
 * A group of blocks. `keepTogether: true` asks renderers not to cut it across pages (use it for
 * short groups only: a group longer than a page is cut anyway).
 *
 * @example
 * ```ts
 * import type { SectionBlock } from '@ofkit/docs-gen';
 * const s: SectionBlock = { type: 'section', keepTogether: true, blocks: [{ type: 'paragraph', text: 'x' }] };
 * ```
 */
export interface SectionBlock {
  readonly type: 'section';
  readonly blocks: readonly Block[];
  readonly keepTogether?: boolean;
}

/**
 * Every kind of block of the model.
 *
 * @example
 * ```ts
 * import type { Block } from '@ofkit/docs-gen';
 * const blocks: Block[] = [{ type: 'heading', level: 1, text: 'Titre' }, { type: 'pageBreak' }];
 * ```
 */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | ChecklistBlock
  | TableBlock
  | KeyValueBlock
  | SignatureBlock
  | PageBreakBlock
  | SectionBlock;

/**
 * The identity of the issuing organisation, printed in the page header and footer.
 *
 * @example
 * ```ts
 * import type { IssuerIdentity } from '@ofkit/docs-gen';
 * const of: IssuerIdentity = { name: 'Atelier Formation Lyon', siret: '84125730600016', nda: '84691234569', ndaRegion: 'Auvergne-Rhône-Alpes' };
 * ```
 */
export interface IssuerIdentity {
  /** Raison sociale / dénomination. */
  readonly name: string;
  /** Postal address on one or more lines. */
  readonly address?: readonly string[];
  readonly siret?: string;
  /** Numéro de déclaration d'activité (11 digits), or `en cours d'enregistrement`. */
  readonly nda?: string;
  /** Region of the préfet de région that registered the NDA. */
  readonly ndaRegion?: string;
  readonly vatNumber?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly website?: string;
}

/**
 * Text printed at the top of every page.
 *
 * @example
 * ```ts
 * import type { PageHeader } from '@ofkit/docs-gen';
 * const h: PageHeader = { title: 'Atelier Formation Lyon', lines: ['12 rue de la République', '69002 Lyon'] };
 * ```
 */
export interface PageHeader {
  /** Main line (usually the issuer's name), printed in bold. */
  readonly title: string;
  /** Further lines (address, contact). */
  readonly lines: readonly string[];
}

/**
 * Text printed at the bottom of every page, with optional page numbers (« Page 2 / 5 »).
 *
 * @example
 * ```ts
 * import type { PageFooter } from '@ofkit/docs-gen';
 * const f: PageFooter = { lines: ['SIRET 841 257 306 00016'], pageNumbers: true };
 * ```
 */
export interface PageFooter {
  readonly lines: readonly string[];
  readonly pageNumbers: boolean;
}

/**
 * Metadata of a document.
 *
 * @example
 * ```ts
 * import type { DocumentMeta } from '@ofkit/docs-gen';
 * const m: DocumentMeta = { kind: 'note', title: 'Note', language: 'fr', date: '2026-11-22', orientation: 'portrait' };
 * ```
 */
export interface DocumentMeta {
  /**
   * What the document is: one of {@link DocumentKind}, or another string for documents built
   * outside `createDocument` (e.g. `bpf`).
   */
  readonly kind: string;
  /** Title, also the HTML `<title>` and the PDF title. */
  readonly title: string;
  /** Language of the content (BCP 47); ofkit's documents are in French. */
  readonly language: 'fr';
  /** Date of the document (issue date), a civil date `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** Number or reference of the document (invoice number, convention number), if any. */
  readonly reference?: string;
  /** Author (the issuer's name), for PDF metadata. */
  readonly author?: string;
  /** Page orientation (A4 always). */
  readonly orientation: 'portrait' | 'landscape';
}

/**
 * Status of one mandatory mention after checking.
 *
 * @example
 * ```ts
 * import type { MentionStatus } from '@ofkit/docs-gen';
 * const s: MentionStatus = 'missing';
 * ```
 */
export type MentionStatus = 'present' | 'missing' | 'invalid';

/**
 * The check of one mandatory mention of a document: what it is, where it comes from in the input,
 * whether it is there, and the law that requires it.
 *
 * @example
 * ```ts
 * import { checkMentions } from '@ofkit/docs-gen';
 * import type { MentionCheck } from '@ofkit/docs-gen';
 * const missing: MentionCheck[] = checkMentions('questionnaire-satisfaction', {
 *   organisation: { name: 'Forma', siret: '84125730600016', nda: '84691234569', address: { line1: '1 rue A', postalCode: '69002', city: 'Lyon' }, vat: { regime: 'exempt-261-4-4a' } },
 *   variant: 'hot', date: '2026-11-22',
 * });
 * missing.map((m) => m.code); // ['questionnaire.title', 'questionnaire.session']
 * ```
 */
export interface MentionCheck {
  /** Stable code, e.g. `convention.price`, `facture.recoveryIndemnity`. */
  readonly code: string;
  /** Short French label of the mention. */
  readonly label: string;
  readonly labelEn: string;
  /** Path of the field in the input data that carries the mention. */
  readonly path: readonly (string | number)[];
  readonly status: MentionStatus;
  /**
   * `presence`: a mention that must appear (reported `missing` when absent); `validity`: a rule
   * on a value that is there (reported `invalid`), e.g. no payment before the withdrawal period ends.
   */
  readonly check?: 'presence' | 'validity';
  /** Why it is missing or invalid (French), when it is. */
  readonly message?: string;
  readonly messageEn?: string;
  /** The legal references that make this mention mandatory. */
  readonly references: readonly LegalRef[];
  /**
   * How sure the rule is: `confirmed` when read in the law; `provisional` when only seen in practice
   * or secondary sources (then `createDocument` adds a warning).
   */
  readonly ruleStatus: 'confirmed' | 'provisional' | 'disputed';
}

/**
 * A document: metadata, header/footer, the body as blocks, and what was checked to build it.
 *
 * Build one with {@link defineDocument} (low level, for your own documents) or
 * {@link createDocument} (legal documents with their mandatory mentions checked).
 *
 * @example
 * ```ts
 * import { defineDocument, paragraph } from '@ofkit/docs-gen';
 * import type { DocumentModel } from '@ofkit/docs-gen';
 * const doc: DocumentModel = defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', blocks: [paragraph('Bonjour')] });
 * doc.meta.language; // 'fr'
 * ```
 */
export interface DocumentModel {
  readonly meta: DocumentMeta;
  readonly header?: PageHeader;
  readonly footer?: PageFooter;
  readonly blocks: readonly Block[];
  /** Mandatory mentions checked (empty for free documents). */
  readonly mentions: readonly MentionCheck[];
  /** Warnings: provisional rules relied on, drafts with missing mentions, consistency problems. */
  readonly warnings: readonly Warning[];
  /** Every legal reference the document relied on. */
  readonly references: readonly LegalRef[];
  /** How the document was built (steps, French labels). */
  readonly explanation: readonly Step[];
}
