/**
 * The zod schema of the document model, with its limits, and the validation every renderer runs
 * first: a value that is not a document model (hand-built, stored, or hostile) is rejected with one
 * `OfkitError` listing every issue, never a `TypeError`, a stack overflow or a partial output.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod-mini';
import { OfkitError, type OfkitIssue } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import { fr, parseMini } from './validate.js';
import type { DocumentModel } from './types.js';

/**
 * Documented limits of a {@link DocumentModel} accepted by the renderers. Beyond them a renderer
 * throws `OfkitError` (`DOCUMENT_TOO_LARGE` or `INVALID_INPUT`) instead of working for minutes.
 *
 * @example
 * ```ts
 * import { DOCUMENT_LIMITS } from '@ofkit/docs-gen';
 * DOCUMENT_LIMITS.maxDepth; // 32
 * ```
 */
export const DOCUMENT_LIMITS = {
  /** Sections nested in sections, at most (the top level is depth 1). */
  maxDepth: 32,
  /** Blocks in the whole document, sections and their content included. */
  maxBlocks: 20_000,
  /** Table cells, list items and key-value items in the whole document. */
  maxItems: 200_000,
  /** Characters of one string (a paragraph, a cell, a run). */
  maxStringLength: 100_000,
  /** Characters of all strings together. */
  maxTotalChars: 5_000_000,
} as const;

const CIVIL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const Text = /* @__PURE__ */ (() => z.string().check(z.maxLength(DOCUMENT_LIMITS.maxStringLength)))();
const RunSchema = /* @__PURE__ */ (() =>
  z.strictObject({ text: Text, bold: z.optional(z.boolean()), italic: z.optional(z.boolean()) }))();
const InlineSchema = /* @__PURE__ */ (() => z.union([Text, z.array(RunSchema)]))();
/** @internal Shared with the builders. */
export const AlignSchema = /* @__PURE__ */ (() => z.enum(['left', 'center', 'right', 'justify']))();
/** @internal Shared with the builders. */
export const SizeSchema = /* @__PURE__ */ (() => z.enum(['normal', 'small']))();
const CivilDate = /* @__PURE__ */ (() => z.string().check(z.regex(CIVIL_DATE)))();

const SignatorySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    role: Text,
    name: z.optional(Text),
    mention: z.optional(Text),
    stamp: z.optional(z.boolean()),
    signed: z.optional(z.strictObject({ method: Text, at: Text, evidence: z.optional(Text) })),
  }))();

const LeafBlockSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: InlineSchema }),
    z.strictObject({ type: z.literal('paragraph'), text: InlineSchema, align: z.optional(AlignSchema), size: z.optional(SizeSchema) }),
    z.strictObject({ type: z.literal('list'), ordered: z.optional(z.boolean()), items: z.array(InlineSchema) }),
    z.strictObject({
      type: z.literal('checklist'),
      items: z.array(z.strictObject({ text: InlineSchema, checked: z.boolean() })),
    }),
    z
      .strictObject({
        type: z.literal('table'),
        columns: z
          .array(
            z.strictObject({
              header: InlineSchema,
              width: z.optional(z.number().check(z.positive(), z.maximum(1000))),
              align: z.optional(AlignSchema),
            }),
          )
          .check(z.minLength(1)),
        rows: z.array(z.array(InlineSchema)),
        minRowHeightMm: z.optional(z.number().check(z.minimum(0), z.maximum(250))),
        size: z.optional(SizeSchema),
        caption: z.optional(InlineSchema),
      })
      .check(
        z.refine((t) => t.rows.every((r) => r.length === t.columns.length), {
          message: fr('Chaque ligne a autant de cellules que de colonnes.', 'Every row has as many cells as there are columns.'),
          path: ['rows'],
        }),
      ),
    z.strictObject({ type: z.literal('keyValue'), items: z.array(z.strictObject({ key: Text, value: InlineSchema })) }),
    z.strictObject({
      type: z.literal('signatures'),
      place: z.optional(Text),
      date: z.optional(CivilDate),
      signatories: z.array(SignatorySchema),
    }),
    z.strictObject({ type: z.literal('pageBreak') }),
  ]))();

// Sections are checked one level at a time (the depth is bounded before zod runs): a section's
// blocks are validated as "any block" here, then each nested section again by `walk` below.
const SectionShallowSchema = /* @__PURE__ */ (() =>
  z.strictObject({ type: z.literal('section'), blocks: z.array(z.unknown()), keepTogether: z.optional(z.boolean()) }))();

const DocumentShellSchema = /* @__PURE__ */ (() =>
  z.object({
    meta: z.object({
      kind: Text.check(z.minLength(1)),
      title: Text,
      language: z.literal('fr'),
      date: CivilDate,
      reference: z.optional(Text),
      author: z.optional(Text),
      orientation: z.enum(['portrait', 'landscape']),
    }),
    header: z.optional(z.object({ title: Text, lines: z.array(Text).check(z.maxLength(50)) })),
    footer: z.optional(z.object({ lines: z.array(Text).check(z.maxLength(50)), pageNumbers: z.boolean() })),
    blocks: z.array(z.unknown()),
    // Not read by the renderers: checked as arrays only (their items are createDocument's output).
    mentions: z.array(z.unknown()),
    warnings: z.array(z.unknown()),
    references: z.array(z.unknown()),
    explanation: z.array(z.unknown()),
  }))();

// Fast path: a hand-written check that only ever accepts what the zod schema accepts (plain objects,
// known keys, right types). When it says no, zod runs and reports the issues (or accepts an exotic
// but valid value). Validating every block with zod alone made renderHtml three times slower.
type Rec = Record<string, unknown>;
function plain(v: unknown, keys: readonly string[]): v is Rec {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k of Object.keys(v)) if (!keys.includes(k)) return false;
  return true;
}
const isText = (v: unknown): boolean => typeof v === 'string' && v.length <= DOCUMENT_LIMITS.maxStringLength;
const optText = (v: unknown): boolean => v === undefined || isText(v);
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const RUN_KEYS = ['text', 'bold', 'italic'];
function isInline(v: unknown): boolean {
  if (isText(v)) return true;
  if (!Array.isArray(v)) return false;
  for (const r of v) if (!plain(r, RUN_KEYS) || !isText(r['text']) || !optBool(r['bold']) || !optBool(r['italic'])) return false;
  return true;
}
const ALIGNS = ['left', 'center', 'right', 'justify'];
const SIZES = ['normal', 'small'];
const optIn = (v: unknown, set: readonly unknown[]): boolean => v === undefined || set.includes(v);
function every(v: unknown, f: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!f(x)) return false;
  return true;
}
function fastLeaf(b: unknown): boolean {
  if (typeof b !== 'object' || b === null) return false;
  switch ((b as Rec)['type']) {
    case 'heading':
      return plain(b, ['type', 'level', 'text']) && (b['level'] === 1 || b['level'] === 2 || b['level'] === 3) && isInline(b['text']);
    case 'paragraph':
      return plain(b, ['type', 'text', 'align', 'size']) && isInline(b['text']) && optIn(b['align'], ALIGNS) && optIn(b['size'], SIZES);
    case 'list':
      return plain(b, ['type', 'ordered', 'items']) && optBool(b['ordered']) && every(b['items'], isInline);
    case 'checklist':
      return plain(b, ['type', 'items']) && every(b['items'], (i) => plain(i, ['text', 'checked']) && isInline(i['text']) && typeof i['checked'] === 'boolean');
    case 'table': {
      if (!plain(b, ['type', 'columns', 'rows', 'minRowHeightMm', 'size', 'caption'])) return false;
      const cols = b['columns'];
      if (!Array.isArray(cols) || cols.length === 0) return false;
      const colOk = (c: unknown) =>
        plain(c, ['header', 'width', 'align']) &&
        isInline(c['header']) &&
        (c['width'] === undefined || (typeof c['width'] === 'number' && c['width'] > 0 && c['width'] <= 1000)) &&
        optIn(c['align'], ALIGNS);
      const h = b['minRowHeightMm'];
      return (
        every(cols, colOk) &&
        every(b['rows'], (r) => Array.isArray(r) && r.length === cols.length && every(r, isInline)) &&
        (h === undefined || (typeof h === 'number' && h >= 0 && h <= 250)) &&
        optIn(b['size'], SIZES) &&
        (b['caption'] === undefined || isInline(b['caption']))
      );
    }
    case 'keyValue':
      return plain(b, ['type', 'items']) && every(b['items'], (i) => plain(i, ['key', 'value']) && isText(i['key']) && isInline(i['value']));
    case 'signatures':
      return (
        plain(b, ['type', 'place', 'date', 'signatories']) &&
        optText(b['place']) &&
        (b['date'] === undefined || (typeof b['date'] === 'string' && CIVIL_DATE.test(b['date']))) &&
        every(
          b['signatories'],
          (s) =>
            plain(s, ['role', 'name', 'mention', 'stamp', 'signed']) &&
            isText(s['role']) &&
            optText(s['name']) &&
            optText(s['mention']) &&
            optBool(s['stamp']) &&
            (s['signed'] === undefined ||
              (plain(s['signed'], ['method', 'at', 'evidence']) && isText(s['signed']['method']) && isText(s['signed']['at']) && optText(s['signed']['evidence']))),
        )
      );
    case 'pageBreak':
      return plain(b, ['type']);
    default:
      return false;
  }
}
function fastSection(b: unknown): boolean {
  return plain(b, ['type', 'blocks', 'keepTogether']) && Array.isArray(b['blocks']) && optBool(b['keepTogether']);
}

function tooLarge(path: (string | number)[], fr: string, en: string): OfkitError {
  return new OfkitError('DOCUMENT_TOO_LARGE', [issue(path, 'too_big', fr, en)]);
}

/** Counts items and characters of a validated leaf block. */
function measure(b: z.output<typeof LeafBlockSchema>): { items: number; chars: number } {
  const len = (t: z.output<typeof InlineSchema>): number =>
    typeof t === 'string' ? t.length : t.reduce((s, r) => s + r.text.length, 0);
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return { items: 1, chars: len(b.text) };
    case 'list':
      return { items: b.items.length, chars: b.items.reduce((s, i) => s + len(i), 0) };
    case 'checklist':
      return { items: b.items.length, chars: b.items.reduce((s, i) => s + len(i.text), 0) };
    case 'table': {
      let chars = b.columns.reduce((s, c) => s + len(c.header), 0);
      let items = b.columns.length;
      for (const r of b.rows) {
        items += r.length;
        for (const c of r) chars += len(c);
      }
      return { items, chars };
    }
    case 'keyValue':
      return { items: b.items.length, chars: b.items.reduce((s, i) => s + i.key.length + len(i.value), 0) };
    case 'signatures':
      return { items: b.signatories.length, chars: b.signatories.reduce((s, x) => s + x.role.length + (x.name?.length ?? 0), 0) };
    default:
      return { items: 0, chars: 0 };
  }
}

/** 200000 → « 200 000 » (narrow no-break space), for the French messages. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');

function validate(value: unknown): DocumentModel {
  const shell = parseMini(DocumentShellSchema, value, ['doc']);
  const issues: OfkitIssue[] = [];
  let blocks = 0;
  let items = 0;
  let chars = 0;
  // Iterative walk with an explicit stack: no recursion, so nesting cannot overflow the call stack.
  const stack: { list: readonly unknown[]; path: (string | number)[]; depth: number }[] = [
    { list: shell.blocks, path: ['doc', 'blocks'], depth: 1 },
  ];
  while (stack.length > 0) {
    const { list, path, depth } = stack.pop()!;
    if (depth > DOCUMENT_LIMITS.maxDepth) {
      throw tooLarge(
        path,
        `Sections imbriquées sur plus de ${DOCUMENT_LIMITS.maxDepth} niveaux.`,
        `Sections nested more than ${DOCUMENT_LIMITS.maxDepth} levels deep.`,
      );
    }
    for (let i = 0; i < list.length; i++) {
      blocks++;
      if (blocks > DOCUMENT_LIMITS.maxBlocks) {
        throw tooLarge(['doc', 'blocks'], `Plus de ${grouped(DOCUMENT_LIMITS.maxBlocks)} blocs.`, `More than ${DOCUMENT_LIMITS.maxBlocks} blocks.`);
      }
      const b = list[i];
      const at = [...path, i];
      const isSection = typeof b === 'object' && b !== null && (b as { type?: unknown }).type === 'section';
      const r = (isSection ? fastSection(b) : fastLeaf(b))
        ? ({ success: true, data: b } as const)
        : (isSection ? SectionShallowSchema : LeafBlockSchema).safeParse(b);
      if (!r.success) {
        try {
          parseMini(isSection ? SectionShallowSchema : LeafBlockSchema, b, at);
        } catch (e) {
          if (e instanceof OfkitError) issues.push(...e.issues);
          else throw e;
        }
        if (issues.length >= 100) break;
        continue;
      }
      if (isSection) {
        stack.push({ list: (r.data as { blocks: unknown[] }).blocks, path: [...at, 'blocks'], depth: depth + 1 });
      } else {
        const m = measure(r.data as z.output<typeof LeafBlockSchema>);
        items += m.items;
        chars += m.chars;
      }
    }
    if (issues.length >= 100) break;
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  if (items > DOCUMENT_LIMITS.maxItems) {
    throw tooLarge(['doc', 'blocks'], `Plus de ${grouped(DOCUMENT_LIMITS.maxItems)} cellules ou éléments.`, `More than ${DOCUMENT_LIMITS.maxItems} cells or items.`);
  }
  if (chars > DOCUMENT_LIMITS.maxTotalChars) {
    throw tooLarge(['doc', 'blocks'], `Plus de ${grouped(DOCUMENT_LIMITS.maxTotalChars)} caractères.`, `More than ${DOCUMENT_LIMITS.maxTotalChars} characters.`);
  }
  return value as DocumentModel;
}

/**
 * Checks that a value is a {@link DocumentModel} within {@link DOCUMENT_LIMITS} and returns it.
 * Every renderer calls it first. Throws one `OfkitError` with every issue (path from `doc`, code,
 * French and English message): wrong types, unknown block types, a heading level other than 1–3,
 * a row height that is not a number, rows of the wrong length, nesting, size. Values that cannot
 * even be read (a getter that throws, a cycle, a proxy) also give `OfkitError`, never another
 * exception.
 *
 * @example
 * ```ts
 * import { assertDocumentModel, defineDocument, paragraph } from '@ofkit/docs-gen';
 * const doc = assertDocumentModel(defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', blocks: [paragraph('x')] }));
 * doc.meta.kind; // 'note'
 * let code = '';
 * try { assertDocumentModel({ meta: {} }); } catch (e) { code = (e as { code: string }).code; }
 * code; // 'INVALID_INPUT'
 * ```
 */
export function assertDocumentModel(value: unknown): DocumentModel {
  try {
    return validate(value);
  } catch (e) {
    if (e instanceof OfkitError) throw e;
    throw new OfkitError('INVALID_INPUT', [
      issue(
        ['doc'],
        'unreadable',
        "Le document n'a pas pu être lu (valeur cyclique, accesseur qui échoue ou objet exotique).",
        'The document could not be read (cyclic value, throwing getter or exotic object).',
      ),
    ]);
  }
}
