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

/** Horizontal alignment of a paragraph or a table column. */
export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * One run of inline text with optional emphasis. Line breaks (`\n`) inside `text` are kept as
 * line breaks by every renderer.
 */
export interface InlineRun {
  readonly text: string;
  /** Bold (strong emphasis). */
  readonly bold?: boolean;
  /** Italic (emphasis). */
  readonly italic?: boolean;
}

/** Inline content: a plain string, or a sequence of runs with emphasis. */
export type Inline = string | readonly InlineRun[];

/** A heading; level 1 is the document title, 2 a section, 3 a sub-section. */
export interface HeadingBlock {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3;
  readonly text: Inline;
}

/** A paragraph. `size: 'small'` for footnotes and fine print. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly text: Inline;
  readonly align?: Align;
  readonly size?: 'normal' | 'small';
}

/** A bulleted (or numbered) list of inline items. */
export interface ListBlock {
  readonly type: 'list';
  readonly ordered?: boolean;
  readonly items: readonly Inline[];
}

/** A list of boxes, ticked or not (the 4 natures of the certificat de réalisation, a questionnaire scale). */
export interface ChecklistBlock {
  readonly type: 'checklist';
  readonly items: readonly { readonly text: Inline; readonly checked: boolean }[];
}

/** A column of a {@link TableBlock}. */
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

/** One `label: value` pair of a {@link KeyValueBlock}. */
export interface KeyValueItem {
  readonly key: string;
  readonly value: Inline;
}

/** A block of labelled values (parties, identifiers, figures). */
export interface KeyValueBlock {
  readonly type: 'keyValue';
  readonly items: readonly KeyValueItem[];
}

/** How a signature was collected, when the document is filled from electronic records. */
export interface SignatureRecord {
  /** e.g. `électronique`, `manuscrite`. */
  readonly method: string;
  /** ISO 8601 instant with offset, as recorded. */
  readonly at: string;
  /** Free evidence summary (OTP, IP, hash…). */
  readonly evidence?: string;
}

/** One signatory of a {@link SignatureBlock}. */
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
 */
export interface SignatureBlock {
  readonly type: 'signatures';
  readonly place?: string;
  readonly date?: CivilDate;
  readonly signatories: readonly Signatory[];
}

/** A forced page break. */
export interface PageBreakBlock {
  readonly type: 'pageBreak';
}

/**
 * A group of blocks. `keepTogether: true` asks renderers not to cut it across pages (use it for
 * short groups only: a group longer than a page is cut anyway).
 */
export interface SectionBlock {
  readonly type: 'section';
  readonly blocks: readonly Block[];
  readonly keepTogether?: boolean;
}

/** Every kind of block of the model. */
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

/** The identity of the issuing organisation, printed in the page header and footer. */
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

/** Text printed at the top of every page. */
export interface PageHeader {
  /** Main line (usually the issuer's name), printed in bold. */
  readonly title: string;
  /** Further lines (address, contact). */
  readonly lines: readonly string[];
}

/** Text printed at the bottom of every page, with optional page numbers (« Page 2 / 5 »). */
export interface PageFooter {
  readonly lines: readonly string[];
  readonly pageNumbers: boolean;
}

/** Metadata of a document. */
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

/** Status of one mandatory mention after checking. */
export type MentionStatus = 'present' | 'missing' | 'invalid';

/**
 * The check of one mandatory mention of a document: what it is, where it comes from in the input,
 * whether it is there, and the law that requires it.
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
