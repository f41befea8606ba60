/**
 * The `veille-reglementaire` document: the legal and regulatory watch digest of an OF between two
 * dates (Qualiopi indicator 23 asks every OF for a legal and regulatory watch and for the use it
 * makes of it). Built from the law ofkit ships: every change of a parameter of the CPF, Qualiopi,
 * documents and calendar rule sets in the period (`lawChanges` of `@ofkit/core` over the packages'
 * law catalogues), each in plain French with its date and its legal references (Légifrance links),
 * then the points the texts leave open (provisional or disputed values in force at the digest's date,
 * and the readings an option of ofkit selects). Client-ready: no machine codes, no notes on sources.
 * Follows the shared input model (`organisation`, `date`, every field described) and the typeset
 * step of `createDocument` (French typography, ../typography); it has no mandatory mention (the
 * note of `veille-reglementaire.mentions` says why: ../shared/domain/rnq-2026.md, indicator 23).
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import {
  CivilDateSchema,
  OrganisationSchema,
  coreLawCatalogue,
  lawChanges,
  lawRuleSets,
  mergeLawCatalogues,
  type CivilDate,
  type LawCatalogue,
  type LawCatalogueEntry,
  type LawChange,
  type LawTheme,
  type LegalRef,
} from '@ofkit/core';
import { bilingual, lawValueText } from '@ofkit/core/internal';
import { cpfLawCatalogue } from '@ofkit/cpf';
import { rnqLawCatalogue } from '@ofkit/rnq';
import { docsGenLawCatalogue } from '../../law-catalogue.js';
import { heading, keyValue, list, paragraph, table } from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import { issuerOf } from '../common.js';
import { frCitation, frDate } from '../../typography/index.js';
import { defineKind } from './spec.js';

const THEMES = ['cpf', 'qualiopi', 'documents', 'calendar'] as const satisfies readonly LawTheme[];
const THEME_FR: Readonly<Record<LawTheme, string>> = {
  cpf: 'Compte personnel de formation (CPF)',
  qualiopi: 'Qualité (Qualiopi, référentiel national qualité)',
  documents: 'Documents obligatoires et bilan pédagogique et financier',
  calendar: 'Calendrier (jours fériés)',
};

/**
 * Input schema of the `veille-reglementaire` document (zod): the organisation, the digest's date,
 * the period watched (`from` ≤ `to`), the themes kept (default: all four) and, optionally, the actions
 * the OF decided after reading it (what indicator 23 asks an OF to show).
 *
 * @example
 * ```ts
 * import { VeilleSchema } from '@ofkit/docs-gen';
 * VeilleSchema.safeParse({ date: '2026-12-05' }).success; // false (organisation and period required)
 * ```
 */
export const VeilleSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The training organisation (core Organisation record); it heads the digest and signs its footer. */
      organisation: OrganisationSchema.describe('The training organisation (core Organisation record); it heads the digest and signs its footer.'),
      /** Date of the digest (the evidence date for indicator 23). */
      date: CivilDateSchema.describe('Date of the digest (YYYY-MM-DD): the evidence date for Qualiopi indicator 23; open points are read at this date and later changes are marked as coming.'),
      /** The period watched: every change of the law ofkit ships that takes effect between `from` and `to` (inclusive) is listed. */
      period: z
        .object({
          /** First day watched (YYYY-MM-DD, inclusive). */
          from: CivilDateSchema.describe('First day watched (YYYY-MM-DD, inclusive).'),
          /** Last day watched (YYYY-MM-DD, inclusive). */
          to: CivilDateSchema.describe('Last day watched (YYYY-MM-DD, inclusive).'),
        })
        .describe('The period watched: every change of the law ofkit ships that takes effect between `from` and `to` (inclusive) is listed.'),
      /** Themes kept: cpf (CPF financing), qualiopi (quality certification), documents (mandatory documents and BPF), calendar (public holidays). Default: all four. */
      themes: z
        .array(z.enum(THEMES))
        .min(1)
        .optional()
        .describe('Themes kept: cpf (CPF financing), qualiopi (quality certification), documents (mandatory documents and BPF), calendar (public holidays). Default: all four.'),
      /** Actions decided after this watch (free text, one per item). */
      actions: z
        .array(z.string().min(1).max(10_000))
        .max(200)
        .optional()
        .describe('Actions the organisation decided after reading this watch, one per item (what indicator 23 asks it to show); printed as written.'),
    })
    .refine((d) => d.period.from <= d.period.to, {
      message: bilingual('La fin de la période précède son début.', 'The end of the period is before its start.'),
      path: ['period', 'to'],
      params: { code: 'end_before_start' },
    }))();

/**
 * Input of a `veille-reglementaire` document.
 *
 * @interface
 */
export type VeilleInput = z.input<typeof VeilleSchema>;

/** Légifrance address of a reference, when known. */
function refUrl(r: LegalRef): string | undefined {
  if (r.url) return r.url;
  if (r.legifranceId?.startsWith('LEGIARTI')) return `https://www.legifrance.gouv.fr/codes/article_lc/${r.legifranceId}`;
  if (r.legifranceId?.startsWith('JORFTEXT')) return `https://www.legifrance.gouv.fr/jorf/id/${r.legifranceId}`;
  return undefined;
}


/** The number of a Légifrance id (`LEGIARTI000054703482` → 54703482): DILA numbers ids as it creates them, so a later version of an article has a larger one. */
const idNumber = (r: LegalRef): number => (r.legifranceId?.startsWith('LEGIARTI') ? Number(r.legifranceId.slice(8)) : -1);

/**
 * The legal references among `refs`, one per citation (two versions of one article cite once), in
 * the order they first appear; of several versions of one article, the latest (the largest
 * Légifrance id), so that the link opens the text as it now reads.
 */
function legal(refs: readonly LegalRef[]): LegalRef[] {
  const byCitation = new Map<string, LegalRef>();
  for (const r of refs) {
    const c = frCitation(r);
    if (c === undefined) continue;
    const kept = byCitation.get(c);
    if (kept === undefined || idNumber(r) > idNumber(kept)) byCitation.set(c, r);
  }
  return [...byCitation.values()];
}

/** The citations of `refs`, joined; `undefined` when none is a legal text. */
function citations(refs: readonly LegalRef[]): string | undefined {
  const l = legal(refs);
  return l.length ? l.map((r) => frCitation(r)!).join(' ; ') : undefined;
}

/** The « Sources » cell of a change. */
function sources(refs: readonly LegalRef[]): string {
  return citations(refs) ?? '—';
}

/**
 * A value's wording as a reader sees it: a Légifrance identifier in parentheses (`(LEGIARTI…)`) is
 * a machine code, dropped (the « Textes cités » list carries the links).
 */
function clientText(text: string): string {
  return text.replace(/\s*\((?:LEGIARTI|LEGITEXT|JORFTEXT|KALIARTI)\d+\)/g, '');
}

/** Above this length, a changed value made of several items is told by the items that changed. */
const LONG_VALUE = 240;

/**
 * What changed between two long values worded as items separated by « ; » (an indicator table, a
 * list of funders): the items dropped and the items added, each quoted, and that the others stay.
 * `undefined` when the values are short, not lists of « key : value » items, hold an item twice,
 * differ in most of their items or keep the others in another order (the whole values are then
 * quoted): quoting 600 characters twice to show that one indicator was added hid the change.
 */
/** @internal Exported for its tests. */
export function changedItems(after: string, before: string): string | undefined {
  if (after.length + before.length < 2 * LONG_VALUE) return undefined;
  const a = after.split(' ; ');
  const b = before.split(' ; ');
  if (a.length < 3 || b.length < 3) return undefined;
  // Only « key : value » items (one colon each): a « ; » inside an item would split it, and a piece
  // quoted alone would lose its meaning.
  if (![...a, ...b].every((x) => x.split(' : ').length === 2)) return undefined;
  const inBefore = new Set(b);
  const inAfter = new Set(a);
  if (inBefore.size !== b.length || inAfter.size !== a.length) return undefined;
  const added = a.filter((x) => !inBefore.has(x));
  const dropped = b.filter((x) => !inAfter.has(x));
  if (added.length + dropped.length === 0 || added.length > a.length / 2 || dropped.length > b.length / 2) return undefined;
  // « Le reste est inchangé » only when the other items are the same, in the same order.
  const keptAfter = a.filter((x) => inBefore.has(x));
  const keptBefore = b.filter((x) => inAfter.has(x));
  if (keptAfter.some((x, i) => x !== keptBefore[i])) return undefined;
  const q = (xs: string[]) => xs.map((x) => `« ${x} »`).join(' et ');
  const what = added.length && dropped.length ? `désormais ${q(added)} au lieu de ${q(dropped)}` : added.length ? `ajout de ${q(added)}` : `suppression de ${q(dropped)}`;
  return `${what} ; le reste est inchangé`;
}

/** The plain-French sentence of one change. */
function sentence(c: LawChange, cat: LawCatalogue): string {
  const text = (v: unknown) => clientText(lawValueText(cat, c.parameter, v));
  let s: string;
  const diff = c.kind === 'changed' && c.valueChanged ? changedItems(text(c.after!.value), text(c.before!.value)) : undefined;
  if (c.kind === 'started') s = `Nouvelle règle — ${c.label} : ${text(c.after!.value)}.`;
  else if (c.kind === 'ended') s = `Fin de la règle — ${c.label} (jusqu’alors : ${text(c.before!.value)}).`;
  else if (diff !== undefined) s = `${c.label} : ${diff}.`;
  else if (c.valueChanged && text(c.after!.value) !== text(c.before!.value)) s = `${c.label} : ${text(c.after!.value)} (auparavant : ${text(c.before!.value)}).`;
  // Changed, but both values read the same in words (a detailed table): say it changed, not how.
  else if (c.valueChanged) s = `${c.label} : règle modifiée ; le détail figure dans les textes cités.`;
  else s = `${c.label} : nouvelle version des textes applicables ; la règle reste : ${text(c.after!.value)}.`;
  if (c.after?.status === 'provisional') s += ' À confirmer à la lecture du texte officiel.';
  if (c.after?.status === 'disputed') s += ' Les textes se prêtent à plusieurs lectures ; la plus stricte est retenue.';
  return s;
}

function openPoint(e: LawCatalogueEntry, date: CivilDate): string | undefined {
  const v = e.values.find((x) => x.from <= date && (x.to === undefined || date <= x.to));
  if (!v || v.status === 'confirmed') return undefined;
  const state =
    v.status === 'provisional'
      ? 'valeur appliquée en attendant la confirmation par le texte officiel'
      : 'les textes se prêtent à plusieurs lectures ; la plus stricte est appliquée';
  const options = e.options.length ? ` Autre lecture possible : ${e.options.map((o) => o.description).join(' ')}` : '';
  const cited = citations(v.references);
  return `${e.label} : ${clientText(v.text)} (${state}${cited ? `, ${cited}` : ''}).${options}`;
}

/** Every package's catalogue, joined (the law the digest reads). */
function fullCatalogue(): LawCatalogue {
  return mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);
}

export const veilleKind = /* @__PURE__ */ (() =>
  defineKind({
    kind: 'veille-reglementaire',
    label: 'Veille légale et réglementaire',
    schema: VeilleSchema,
    dateOf: (d) => d.date,
    mentions: () => undefined,
    build: (d, ctx) => {
      const cat = fullCatalogue();
      const themes = new Set<LawTheme>(d.themes ?? THEMES);
      const byId = new Map(cat.entries.map((e) => [e.id, e]));
      const changes = lawChanges(lawRuleSets(cat), d.period.from, d.period.to).filter((c) => themes.has(byId.get(c.parameter)!.theme));
      const { from, to } = d.period;
      const blocks: Block[] = [
        heading(1, 'Veille légale et réglementaire'),
        keyValue([
          ['Organisme', d.organisation.name],
          ['Période couverte', `du ${frDate(from)} au ${frDate(to)}`],
          ['Établie le', frDate(d.date)],
          ['Domaines', [...themes].map((t) => THEME_FR[t]).join(' ; ')],
          ['Changements relevés', String(changes.length)],
        ]),
        paragraph(
          'Ce document recense les changements des textes qui encadrent l’activité de l’organisme (financement CPF, certification qualité, documents obligatoires, calendrier) entrés en vigueur pendant la période, avec leurs sources, puis les points que les textes laissent ouverts.',
        ),
      ];
      const refs: LegalRef[] = [];
      for (const theme of THEMES) {
        if (!themes.has(theme)) continue;
        const mine = changes.filter((c) => byId.get(c.parameter)!.theme === theme);
        blocks.push(heading(2, THEME_FR[theme]));
        if (mine.length === 0) {
          blocks.push(paragraph('Aucun changement pendant la période.'));
          continue;
        }
        blocks.push(
          table(
            [{ header: 'En vigueur le', width: 1.2 }, { header: 'Changement', width: 4 }, { header: 'Sources', width: 2 }],
            mine.map((c) => [`${frDate(c.date)}${c.date > d.date ? ' (à venir)' : ''}`, sentence(c, cat), sources(c.references)]),
            { size: 'small' },
          ),
        );
        for (const c of mine) refs.push(...c.references);
      }
      const open = cat.entries.filter((e) => themes.has(e.theme)).map((e) => openPoint(e, d.date)).filter((x): x is string => x !== undefined);
      blocks.push(heading(2, 'Points ouverts'));
      blocks.push(
        open.length
          ? list(open)
          : paragraph('Aucun point ouvert à la date du document.'),
      );
      for (const e of cat.entries) {
        if (!themes.has(e.theme)) continue;
        const v = e.values.find((x) => x.from <= d.date && (x.to === undefined || d.date <= x.to));
        if (v && v.status !== 'confirmed') refs.push(...v.references);
      }
      if (d.actions?.length) blocks.push(heading(2, 'Actions décidées'), list(d.actions));
      const unique = legal(refs);
      if (unique.length) {
        blocks.push(heading(2, 'Textes cités'), list(unique.map((r) => `${frCitation(r)}${refUrl(r) ? ` — ${refUrl(r)}` : ''}`)));
      }
      ctx.references.push(...unique);
      ctx.explanation.push({
        code: 'LAW_CHANGES_LISTED',
        label: `${changes.length} changement(s) entre le ${frDate(from)} et le ${frDate(to)}, ${open.length} point(s) ouvert(s)`,
        labelEn: `${changes.length} change(s) between ${from} and ${to}, ${open.length} open point(s)`,
      });
      return { title: `Veille légale et réglementaire — du ${frDate(from)} au ${frDate(to)}`, issuer: issuerOf(d.organisation), blocks };
    },
  }))();
