/**
 * The BPF as a document of the model (frames and lines as on the form), for `renderHtml`,
 * `renderMarkdown` and `renderPdf`.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import { CivilDateSchema, OfkitError, money, type CivilDate } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import { parseArg } from '../model/parse.js';
import { defineDocument, heading, keyValue, list, paragraph, section, strong, table, type Block, type DocumentModel, type InlineInput, type IssuerIdentity } from '../model/index.js';
import type { BpfResult, BpfTraineeLine, BpfTraineeTable } from './compute.js';
import { finiteArg } from '../model/guard.js';
import { frCitation } from '../typography/index.js';
import { parseBpfResult } from './result-schema.js';

const DocumentOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ date: CivilDateSchema.optional(), ndaRegion: z.string().optional() }))();

/** Options of {@link bpfToDocument}. */
export interface BpfDocumentOptions {
  /** Date printed on the document (default: the last day of the financial year). */
  readonly date?: CivilDate;
  /** Region of the NDA, for the footer sentence. */
  readonly ndaRegion?: string;
}

/**
 * Hours in French notation (narrow no-break space between thousands, decimal comma). Anything but a
 * finite number of at most 10^15 in absolute value throws `OfkitError` `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * import { formatHoursFr } from '@ofkit/docs-gen';
 * formatHoursFr(1234.5); // '1\u202F234,5'
 * ```
 */
export function formatHoursFr(h: number): string {
  finiteArg(h, 'h');
  // Beyond 10^15 a number has no hundredths left (and from 10^21 toFixed writes an exponent).
  if (Math.abs(h) > 1e15) {
    throw new OfkitError('INVALID_INPUT', [issue(['h'], 'too_big', 'Nombre d’heures trop grand (au plus 10^15).', 'Too many hours (at most 10^15).')]);
  }
  const [int, dec] = (Math.round(h * 100) / 100).toFixed(2).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F');
  const d = dec.replace(/0+$/, '');
  return d ? `${grouped},${d}` : grouped;
}

const eur = (s: string) => money(s).format();
const yesNo = (b: boolean | null) => (b === null ? '— (non renseigné)' : b ? 'Oui' : 'Non');
const orDash = (s: string | null) => s ?? '— (non renseigné)';
const frDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

function traineeTable(t: BpfTraineeTable, first: string, caption: string): Block {
  const rows: InlineInput[][] = t.lines.map((l) => [l.partOf ? `  ${l.code}` : l.code, l.nsfCode !== undefined && l.nsfCode !== l.code ? `${l.nsfCode} — ${l.label}` : l.label, String(l.trainees), formatHoursFr(l.hours)]);
  rows.push(['', strong('Total'), strong(String(t.total.trainees)), strong(formatHoursFr(t.total.hours))]);
  return table(
    [
      { header: first, width: 1 },
      { header: 'Libellé', width: 6 },
      { header: 'Stagiaires', width: 1.5, align: 'right' },
      { header: 'Heures', width: 1.5, align: 'right' },
    ],
    rows,
    { caption, size: 'small' },
  );
}

function singleLine(l: BpfTraineeLine, caption: string): Block {
  return table(
    [
      { header: 'Ligne', width: 1 },
      { header: 'Libellé', width: 6 },
      { header: 'Stagiaires', width: 1.5, align: 'right' },
      { header: 'Heures', width: 1.5, align: 'right' },
    ],
    [[l.code, l.label, String(l.trainees), formatHoursFr(l.hours)]],
    { caption, size: 'small' },
  );
}

/**
 * The BPF laid out by frames (A to H) and lines, with the consistency checks, missing data,
 * anomalies and warnings, as a {@link DocumentModel}: render it with `renderHtml`, `renderMarkdown`
 * or `renderPdf` (from `@ofkit/docs-gen/pdf`). It is a worksheet to prepare the online declaration
 * on Mon Activité Formation, not the Cerfa itself. The result and the options are validated first
 * (`OfkitError` `INVALID_INPUT` with every issue, paths under `result` and `options`).
 *
 * @example
 * ```ts
 * import { bpfToDocument, computeBpf, renderMarkdown } from '@ofkit/docs-gen';
 * const bpf = computeBpf({ financialYear: { start: '2025-01-01', end: '2025-12-31' }, trainings: [], sessions: [], enrolments: [] });
 * const doc = bpfToDocument(bpf);
 * doc.meta.kind; // 'bpf'
 * renderMarkdown(doc).includes('Cadre C'); // true
 * ```
 */
export function bpfToDocument(result: BpfResult, options: BpfDocumentOptions = {}): DocumentModel {
  result = parseBpfResult(result);
  options = parseArg(DocumentOptionsSchema, options ?? {}, ['options']) as BpfDocumentOptions;
  const a = result.frameA;
  const fy = result.financialYear;
  const issuer: IssuerIdentity | undefined = a.name
    ? {
        name: a.name,
        ...(a.address ? { address: [...a.address.lines, `${a.address.postalCode} ${a.address.city}`] } : {}),
        ...(a.siret ? { siret: a.siret } : {}),
        ...(a.nda ? { nda: a.nda } : {}),
        ...(options.ndaRegion ? { ndaRegion: options.ndaRegion } : {}),
        ...(a.email ? { email: a.email } : {}),
        ...(a.phone ? { phone: a.phone } : {}),
      }
    : undefined;
  const c = result.frameC;
  const failed = result.checks.filter((x) => !x.ok);
  const missing = Object.entries(result.missingData).flatMap(([frame, ms]) => ms.map((m) => `Cadre ${frame} : ${m.message}${m.records.length > 0 ? ` (${m.records.slice(0, 8).join(', ')}${m.records.length > 8 ? ', …' : ''})` : ''}`));

  const blocks: Block[] = [
    heading(1, `Bilan pédagogique et financier — Cerfa n° ${result.layout.cerfa}`),
    paragraph([
      'Exercice comptable du ',
      strong(frDate(fy.start)),
      ' au ',
      strong(frDate(fy.end)),
      `. À déclarer en ligne sur Mon Activité Formation avant le ${frDate(result.filingDeadline)} (date à confirmer pour chaque campagne).`,
    ]),
    paragraph(
      'Document de préparation calculé par ofkit : libellés et règles de remplissage recoupés mais non vérifiés sur la notice officielle du Cerfa (voir les avertissements).',
      { size: 'small' },
    ),
    section(
      [
        heading(2, 'Cadre A — Identification de l’organisme'),
        keyValue([
          ['Dénomination', orDash(a.name)],
          ['N° de déclaration d’activité', orDash(a.nda)],
          ['N° SIRET', orDash(a.siret)],
          ['Forme juridique', orDash(a.legalForm)],
          ['Code NAF', orDash(a.naf)],
          ['Adresse', a.address ? [...a.address.lines, `${a.address.postalCode} ${a.address.city}`].join('\n') : orDash(null)],
          ['Adresse rendue publique', yesNo(a.addressPublic)],
          ['Téléphone', orDash(a.phone)],
          ['Courriel', orDash(a.email)],
        ]),
        heading(2, 'Cadre B — Informations générales'),
        keyValue([
          ['Exercice comptable', `du ${frDate(fy.start)} au ${frDate(fy.end)}`],
          ['Actions de formation en tout ou partie à distance', yesNo(result.frameB.distanceActions)],
        ]),
      ],
      { keepTogether: true },
    ),
    heading(2, 'Cadre C — Bilan financier hors taxes : origine des produits'),
    table(
      [
        { header: 'Ligne', width: 1 },
        { header: 'Produits provenant…', width: 7 },
        { header: 'Montant HT', width: 2, align: 'right' },
      ],
      [
        ...c.lines.flatMap((l) => {
          const row = [l.partOf ? `  ${l.code}` : l.code, l.label, eur(l.amount)];
          return l.code === '2h' ? [row, ['2', strong('Total des organismes gestionnaires (2.a à 2.h)'), strong(eur(c.line2Total))]] : [row];
        }),
        ['', strong('Total des produits réalisés au titre de la formation professionnelle'), strong(eur(c.total))],
        ['', 'Part du chiffre d’affaires global réalisée en formation professionnelle', c.revenueShare === null ? '— (CA global non renseigné)' : `${c.revenueShare.replace('.', ',')} %`],
      ],
      { size: 'small' },
    ),
    ...(money(c.unallocated.amount).isZero() && c.unallocated.invoices.length === 0
      ? []
      : [paragraph([strong('Non classé : '), `${eur(c.unallocated.amount)} sur ${c.unallocated.invoices.length} facture(s) dont le payeur n’a pas de ligne (non compté).`])]),
    section(
      [
        heading(2, 'Cadre D — Bilan financier hors taxes : charges de l’organisme'),
        result.frameD
          ? keyValue([
              ['Total des charges liées à l’activité de formation', eur(result.frameD.total)],
              ['dont salaires des formateurs', eur(result.frameD.trainerSalaries)],
              ['dont achats de prestations de formation et honoraires', eur(result.frameD.purchasedTraining)],
            ])
          : paragraph('— (charges non renseignées)'),
        heading(2, 'Cadre E — Personnes dispensant des heures de formation'),
        table(
          [
            { header: 'Ligne', width: 1 },
            { header: 'Libellé', width: 6 },
            { header: 'Nombre', width: 1.5, align: 'right' },
            { header: 'Heures dispensées', width: 1.5, align: 'right' },
          ],
          [
            ...result.frameE.lines.map((l) => [l.code, l.label, String(l.persons), formatHoursFr(l.hours)]),
            ['', strong('Total'), strong(String(result.frameE.total.persons)), strong(formatHoursFr(result.frameE.total.hours))],
          ],
          { size: 'small' },
        ),
      ],
      { keepTogether: true },
    ),
    heading(2, 'Cadre F — Bilan pédagogique'),
    traineeTable(result.frameF.f1, 'Code', 'F-1. Type de stagiaires de l’organisme'),
    singleLine(result.frameF.f2, 'F-2. Dont activité sous-traitée de l’organisme'),
    traineeTable(result.frameF.f3, 'Code', 'F-3. Objectif général des prestations dispensées'),
    traineeTable(result.frameF.f4, 'NSF', 'F-4. Spécialités de formation (cinq principales, puis autres)'),
    heading(2, 'Cadre G — Stagiaires confiés par un autre organisme de formation'),
    singleLine(result.frameG, 'G. Actions confiées à votre organisme'),
    heading(2, 'Cadre H — Personne ayant la qualité de dirigeant'),
    result.frameH
      ? keyValue([
          ['Nom', result.frameH.lastName],
          ['Prénom', result.frameH.firstName],
          ['Qualité', result.frameH.title],
        ])
      : paragraph('— (dirigeant non renseigné)'),
    heading(2, 'Contrôles de cohérence'),
    table(
      [
        { header: 'Contrôle', width: 7 },
        { header: 'Résultat', width: 2 },
      ],
      result.checks.map((x) => [x.label, x.ok ? 'Satisfait' : strong('Non satisfait')]),
      { size: 'small' },
    ),
  ];
  if (failed.length > 0 || result.anomalies.length > 0) {
    blocks.push(heading(3, 'Anomalies'), list(result.anomalies.map((x) => `Cadre ${x.frame} — ${x.message}`)));
  }
  blocks.push(heading(2, 'Données manquantes'), missing.length > 0 ? list(missing) : paragraph('Aucune.'));
  if (result.warnings.length > 0) blocks.push(heading(2, 'Avertissements'), list(result.warnings.map((w) => w.message)));
  blocks.push(
    heading(2, 'Références'),
    list(result.references.map((r) => `${frCitation(r) ?? r.article} — ${r.title}${r.url ? ` (${r.url})` : ''}`)),
  );

  return defineDocument({
    kind: 'bpf',
    title: `Bilan pédagogique et financier ${fy.start.slice(0, 4)}${fy.end.slice(0, 4) !== fy.start.slice(0, 4) ? `-${fy.end.slice(0, 4)}` : ''}`,
    date: options.date ?? fy.end,
    ...(issuer ? { issuer } : {}),
    blocks,
    warnings: result.warnings,
    references: result.references,
    explanation: result.explanation,
  });
}
