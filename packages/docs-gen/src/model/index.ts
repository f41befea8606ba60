/**
 * The format-independent document model and its builders.
 *
 * @module
 */
export type {
  Align,
  InlineRun,
  Inline,
  HeadingBlock,
  ParagraphBlock,
  ListBlock,
  ChecklistBlock,
  TableColumn,
  TableBlock,
  KeyValueItem,
  KeyValueBlock,
  SignatureRecord,
  Signatory,
  SignatureBlock,
  PageBreakBlock,
  SectionBlock,
  Block,
  IssuerIdentity,
  PageHeader,
  PageFooter,
  DocumentMeta,
  MentionStatus,
  MentionCheck,
  DocumentModel,
} from './types.js';
export {
  strong,
  em,
  inline,
  heading,
  paragraph,
  list,
  checklist,
  table,
  keyValue,
  signatures,
  pageBreak,
  section,
  defineDocument,
  frenchDate,
} from './builders.js';
export type { InlineInput, ColumnInput, DefineDocumentInput } from './builders.js';
export { DOCUMENT_LIMITS, assertDocumentModel } from './schema.js';
export { resolveBranding } from './branding.js';
export type { Branding, BrandLogo, ResolvedBranding } from './branding.js';
