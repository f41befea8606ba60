/**
 * `createDocument` and `checkMentions`: validate the data of a document kind, check its
 * mandatory mentions, build the document model.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import { OfkitError, hasValueAt, parseInput, valueAt, warningFor, type OfkitIssue, type Parameter, type Warning } from '@ofkit/core';
import { dedupeReferences, dedupeWarnings, issue } from '@ofkit/core/internal';
import type { MentionRule } from './mentions.js';
import { defineDocument } from '../model/builders.js';
import { assertDocumentModel } from '../model/schema.js';
import type { DocumentModel, MentionCheck } from '../model/types.js';
import { BuildContext, DocumentOptionsSchema, MentionList, type DocumentOptions } from './common.js';
import { typesetBlocks, internalAnnex } from './typeset.js';
import { documentRules } from './rules.js';
import { KINDS, type DocumentKind, type DocumentSchemaMap } from './kinds/index.js';
import { kindSpec } from './kind.js';
import { isArraySafe } from '../model/guard.js';

/**
 * The input data of a document kind (what you pass to {@link createDocument}). Each kind's input,
 * field by field with its documentation: {@link ConventionInput} (`convention`),
 * {@link ContratInput} (`contrat-formation`), {@link ProgrammeInput} (`programme`),
 * {@link DevisInput} (`devis`), {@link ConvocationInput} (`convocation`), {@link ReglementInput}
 * (`reglement-interieur`), {@link EmargementInput} (`feuille-emargement`), {@link AttestationInput}
 * (`attestation-fin-formation`), {@link CertificatInput} (`certificat-realisation`),
 * {@link QuestionnaireInput} (`questionnaire-satisfaction`), {@link FactureInput} (`facture`),
 * {@link CpfPlanDocInput} (`cpf-plan`), {@link ReadinessDocInput} (`audit-readiness`),
 * {@link VeilleInput} (`veille-reglementaire`). A complete example of each: `docs/document-kinds.md`.
 *
 * @example
 * ```ts
 * import type { DocumentInput } from '@ofkit/docs-gen';
 * const partial: Partial<DocumentInput<'facture'>> = { number: 'F-2026-0042' };
 * ```
 */
export type DocumentInput<K extends DocumentKind> = z.input<DocumentSchemaMap[K]>;

/**
 * Every document kind, in a stable order.
 *
 * @example
 * ```ts
 * import { DOCUMENT_KINDS } from '@ofkit/docs-gen';
 * DOCUMENT_KINDS.includes('facture'); // true
 * ```
 */
export const DOCUMENT_KINDS: readonly DocumentKind[] = /* @__PURE__ */ ((): readonly DocumentKind[] => Object.keys(KINDS) as DocumentKind[])();

function run(kind: DocumentKind, data: unknown, rawOptions: unknown) {
  const spec = kindSpec(kind);
  const options = parseInput(DocumentOptionsSchema, rawOptions ?? {}) as DocumentOptions;
  if (data === null || typeof data !== 'object' || isArraySafe(data)) {
    throw new OfkitError('INVALID_INPUT', [issue([], 'invalid_type', 'Les données du document doivent être un objet.', 'The document data must be an object.')]);
  }
  const parsed = parseKindData(spec.schema as z.ZodType, data) as never;
  const ctx = new BuildContext((spec.dateOf as (d: unknown) => string)(parsed), options.rules ?? documentRules, options);
  const m = new MentionList(mentionRulesAt(ctx, kind), ctx.date);
  (spec.mentions as (d: unknown, m: MentionList, c: BuildContext) => void)(parsed, m, ctx);
  return { spec, parsed, ctx, m };
}

function parseKindData(schema: z.ZodType, data: unknown): unknown {
  try {
    return parseInput(schema, data);
  } catch (e) {
    if (e instanceof OfkitError) throw e;
    // zod 4's `.readonly()` freezes the value even when it rejects it, and a typed array cannot be
    // frozen (TypeError): parse again with each typed array replaced by an empty object, which the
    // schema rejects with an issue at its path. Only on this error path: valid data is parsed once.
    return parseInput(schema, withoutTypedArrays(parseInput(z.unknown(), data)));
  }
}

/** A copy of plain data (from core's safe copy: no cycle, bounded depth) where every typed array is `{}`. */
function withoutTypedArrays(value: unknown, done = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) return {};
  const seen = done.get(value);
  if (seen !== undefined) return seen;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  done.set(value, out);
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: withoutTypedArrays(v, done), enumerable: true, writable: true, configurable: true });
  return out;
}

/** The kind's mention list in force at the document's date (law as data, `<kind>.mentions`). */
function mentionRulesAt(ctx: BuildContext, kind: DocumentKind): readonly MentionRule[] {
  const param = (ctx.rules as unknown as Record<string, Parameter<readonly MentionRule[]> | undefined>)[`${kind}.mentions`];
  if (!param || !hasValueAt(param, ctx.date)) return [];
  const resolved = valueAt(param, ctx.date);
  const w = warningFor(resolved);
  if (w) ctx.warnings.push(w);
  return resolved.value;
}

function mentionIssue(c: MentionCheck): OfkitIssue {
  const refs = c.references.map((r) => r.article).join(', ');
  const fr = `${c.message ?? `Mention obligatoire manquante : ${c.label}.`} (${refs})`;
  const en = `${c.messageEn ?? `Mandatory mention missing: ${c.labelEn}.`} (${refs})`;
  return issue(c.path, c.status === 'missing' ? 'missing_mention' : 'invalid_mention', fr, en);
}

function provisionalWarnings(checks: readonly MentionCheck[]): Warning[] {
  return checks
    .filter((c) => c.ruleStatus !== 'confirmed')
    .map((c) => ({
      code: 'PROVISIONAL_MENTION',
      message: `Mention « ${c.label} » exigée selon une source non confirmée dans le texte officiel (${c.references.map((r) => r.article).join(', ')}).`,
      messageEn: `Mention "${c.labelEn}" required on the strength of a source not confirmed in the official text.`,
      parameter: c.code,
      status: c.ruleStatus,
      references: c.references,
    }));
}

/**
 * Checks the mandatory mentions of a document kind without building anything (for software
 * that produces its own documents): returns every mention that is **missing or invalid**, each
 * with the path of the field, a French and English message and its legal references. An empty
 * array means the data carries every mention. Malformed data (bad date, SIRET…) throws
 * `OfkitError` `INVALID_INPUT` with every issue.
 *
 * @example
 * ```ts
 * import { checkMentions } from '@ofkit/docs-gen';
 * const missing = checkMentions('facture', {
 *   organisation: { name: 'Forma SAS', siret: '73282932000074', nda: '11755555575',
 *     address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris' }, vat: { regime: 'exempt-261-4-4a' } },
 *   number: 'F-2026-0042', date: '2026-11-22',
 *   client: { name: 'Client SA', type: 'business' },
 *   lines: [{ description: 'Formation SST', quantity: 1, unitPrice: '1200.00' }],
 * });
 * missing.map((c) => c.code); // includes 'facture.dueDate' and 'facture.latePenaltyRate'
 * ```
 */
export function checkMentions<K extends DocumentKind>(kind: K, data: DocumentInput<K>, options: DocumentOptions = {}): MentionCheck[] {
  const { m } = run(kind, data, options);
  return m.checks.filter((c) => c.status !== 'present');
}

/**
 * Builds a legal document: validates `data` against the kind's schema (exported as
 * `documentSchemas[kind]`, JSON Schema in `documentJsonSchemas`), checks every mandatory
 * mention, and returns the {@link DocumentModel} to render with `renderHtml`, `renderMarkdown`
 * or `renderPdf` (`@ofkit/docs-gen/pdf`).
 *
 * Throws `OfkitError`:
 * - `INVALID_INPUT` when the data is malformed (every issue, with its path);
 * - `MISSING_MENTIONS` when mandatory mentions are missing or invalid — every one of them, each
 *   with its legal reference — unless `{ draft: true }`, which builds the document anyway with
 *   a « PROJET » title and a `MISSING_MENTION` warning per mention;
 * - `DOCUMENT_TOO_LARGE` when the document would exceed `DOCUMENT_LIMITS` (for example an
 *   émargement of 4 000 learners over 30 half-days): the renderers would refuse it, so it is refused
 *   here, before anything is rendered.
 *
 * The model carries `mentions` (every mention checked), `warnings` (provisional rules relied on,
 * consistency problems), `references` and `explanation`.
 *
 * @example
 * ```ts
 * import { createDocument, renderHtml } from '@ofkit/docs-gen';
 * const doc = createDocument('attestation-fin-formation', {
 *   organisation: { name: 'Forma SAS', siret: '73282932000074', nda: '11755555575',
 *     address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris' }, vat: { regime: 'exempt-261-4-4a' } },
 *   learner: { firstName: 'Łucja', lastName: 'Nguyễn' },
 *   training: { title: 'Sauveteur secouriste du travail', category: 'action-de-formation',
 *     objectives: ['Porter secours à une victime'], durationHours: 14 },
 *   session: { startDate: '2026-11-16', endDate: '2026-11-17' },
 *   assessmentResults: { planned: true, results: [{ objective: 'Porter secours à une victime', result: 'acquis' }] },
 *   signatory: { name: 'Claire Martin', title: 'Gérante' },
 *   date: '2026-11-17', signaturePlace: 'Paris',
 * });
 * renderHtml(doc).includes('Łucja'); // true
 * ```
 */
export function createDocument<K extends DocumentKind>(kind: K, data: DocumentInput<K>, options: DocumentOptions = {}): DocumentModel {
  const { spec, parsed, ctx, m } = run(kind, data, options);
  options = ctx.options;
  const failing = m.checks.filter((c) => c.status !== 'present');
  if (failing.length > 0 && !options.draft) {
    throw new OfkitError('MISSING_MENTIONS', failing.map(mentionIssue));
  }
  const body = (spec.build as (d: unknown, c: BuildContext) => ReturnType<typeof spec.build>)(parsed, ctx);
  const draftWarnings: Warning[] = failing.map((c) => {
    const i = mentionIssue(c);
    return { code: 'MISSING_MENTION', message: i.message, messageEn: i.messageEn, parameter: c.code, references: c.references };
  });
  const references = dedupeReferences([...m.checks.flatMap((c) => c.references), ...ctx.references]);
  const title = failing.length > 0 ? `PROJET — ${body.title}` : body.title;
  // Within the renderers' limits, or refused now (the same checks as renderHtml's, linear).
  return assertDocumentModel(defineDocument({
    kind,
    title,
    date: ctx.date,
    ...(body.reference !== undefined ? { reference: body.reference } : {}),
    ...(body.orientation !== undefined ? { orientation: body.orientation } : {}),
    issuer: body.issuer,
    blocks: [
      ...(failing.length > 0 ? [{ type: 'paragraph' as const, text: [{ text: 'PROJET — mentions obligatoires manquantes, document non conforme.', bold: true }] }] : []),
      ...typesetBlocks(body.blocks),
      ...(options.internalAnnex ? internalAnnex(m.checks, dedupeWarnings([...draftWarnings, ...ctx.warnings, ...provisionalWarnings(m.checks)]), ctx.explanation) : []),
    ],
    mentions: m.checks,
    warnings: dedupeWarnings([...draftWarnings, ...ctx.warnings, ...provisionalWarnings(m.checks)]),
    references,
    explanation: [
      { code: 'VALIDATED', label: `Données du document « ${spec.label} » validées`, labelEn: `Data of "${kind}" validated` },
      {
        code: 'MENTIONS_CHECKED',
        label: `${m.checks.length} mentions vérifiées, ${failing.length} manquante(s) ou invalide(s)`,
        labelEn: `${m.checks.length} mentions checked, ${failing.length} missing or invalid`,
      },
      ...ctx.explanation,
    ],
  }));
}
