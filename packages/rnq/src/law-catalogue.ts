/**
 * The law catalogue of `@ofkit/rnq`: every parameter of `rnqRules`, for the law explorer and the
 * regulatory-watch digest. Convention shared by every package: `<package>LawCatalogue()` (see
 * `lawCatalogue` in `@ofkit/core`). Entries are read from the rule set, so a parameter added to
 * `rnqRules` appears without an edit here (its readers default to `assessReadiness`; list it in
 * `READERS` when others read it). Facts: ../shared/domain/rnq-2026.md, rnq-v9.md.
 *
 * @module
 */
import type { LawCatalogue } from '@ofkit/core';
import { lawCatalogue } from '@ofkit/core/internal/base';
import { formatLawValue } from '@ofkit/core/internal';
import { rnqRules } from './referential/rules.js';

const READERS: Readonly<Record<string, readonly string[]>> = {
  referentialVersion: ['getReferential', 'applicableIndicators', 'assessReadiness', 'auditCycle'],
  certificateValidityYears: ['auditCycle'],
  surveillanceWindowMonths: ['auditCycle'],
  majorCorrectiveMonths: ['auditCycle', 'nonConformityDeadlines'],
  majorVerificationMonths: ['auditCycle', 'nonConformityDeadlines'],
  minorImplementationMonths: ['nonConformityDeadlines'],
  minorsCountingAsMajor: ['assessReadiness', 'nonConformityDeadlines'],
  smallSampleThreshold: ['computeResultIndicators'],
};

const REFERENTIALS: Readonly<Record<string, string>> = {
  'rnq-2019-v9': 'référentiel national qualité de 2019 (lu avec le guide de lecture V9)',
  'rnq-2026': 'référentiel national qualité de 2026 (décret 2026-728)',
};
const REFERENTIALS_EN: Readonly<Record<string, string>> = {
  'rnq-2019-v9': '2019 national quality framework (RNQ), read with reading guide V9',
  'rnq-2026': '2026 national quality framework (RNQ, décret 2026-728)',
};

/** The four categories of actions of L. 6313-1, in their order (the columns of the annex). */
const CATEGORIES: Readonly<Record<string, readonly [string, string]>> = {
  'action-de-formation': ['actions de formation (1°)', 'training actions (1°)'],
  'bilan-de-competences': ['bilans de compétences (2°)', 'skills assessments (2°)'],
  vae: ['VAE (3°)', 'VAE (3°)'],
  apprentissage: ['apprentissage (4°)', 'apprenticeship (4°)'],
};
/** How a new entrant is audited on an indicator (guide V9, preamble). */
const NEW_ENTRANT: Readonly<Record<string, readonly [string, string]>> = {
  partial: ['processus seulement à l’audit initial, mise en œuvre vérifiée à la surveillance', 'process only at the initial audit, implementation checked at the surveillance audit'],
  deferred: ['audit reporté à la surveillance', 'audit deferred to the surveillance audit'],
};
/** What changed in an indicator of 2026 against the 2019 annex. */
const CHANGES: Readonly<Record<string, readonly [string, string]>> = {
  'new-requirement': ['exigence ajoutée', 'requirement added'],
  reworded: ['reformulation', 'reworded'],
  'form-only': ['forme seulement', 'form only'],
  none: ['sans changement', 'unchanged'],
  'new-indicator': ['nouvel indicateur', 'new indicator'],
};
type Lang = 0 | 1;
/** Indicator numbers in words, consecutive ones as a range: « indicateurs 1, 2, 4 à 6 et 9 », "indicators 1, 2, 4 to 6 and 9". */
function indicators(nums: readonly number[], l: Lang): string {
  const sorted = [...nums].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]} ${l === 0 ? 'à' : 'to'} ${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  const and = l === 0 ? 'et' : 'and';
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
  return `${sorted.length > 1 ? (l === 0 ? 'indicateurs' : 'indicators') : l === 0 ? 'indicateur' : 'indicator'} ${list}`;
}
/** The indicators of a table grouped by their value, in the order a group first appears: `<indicators> : <what>`. */
function grouped<V>(table: Readonly<Record<number, V>>, name: (v: V) => string, l: Lang): string {
  const groups = new Map<string, number[]>();
  for (const [k, v] of Object.entries(table).sort(([a], [b]) => Number(a) - Number(b))) {
    const g = name(v);
    groups.set(g, [...(groups.get(g) ?? []), Number(k)]);
  }
  if (groups.size === 0) return l === 0 ? 'aucun indicateur' : 'no indicator';
  return [...groups].map(([g, nums]) => `${indicators(nums, l)}${l === 0 ? ' : ' : ': '}${g}`).join(l === 0 ? ' ; ' : '; ');
}
/** The categories ticked for an indicator, in words. */
function categoriesText(cats: readonly string[], l: Lang): string {
  const known = Object.keys(CATEGORIES);
  if (cats.length === known.length && known.every((c) => cats.includes(c))) return l === 0 ? 'les quatre catégories' : 'all four categories';
  if (cats.length === 0) return l === 0 ? 'aucune catégorie' : 'no category';
  const names = [...cats].sort((a, b) => known.indexOf(a) - known.indexOf(b)).map((c) => CATEGORIES[c]?.[l] ?? c);
  if (names.length === 1) return l === 0 ? `${names[0]} seulement` : `${names[0]} only`;
  return `${names.slice(0, -1).join(', ')} ${l === 0 ? 'et' : 'and'} ${names[names.length - 1]}`;
}

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd… */
const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
};

/**
 * Every parameter of `@ofkit/rnq` (`rnqRules`) with its dated values (and their plain-French and plain-English wording),
 * statuses, references, the functions that read it and the options that decide its open readings.
 *
 * @example
 * ```ts
 * import { rnqLawCatalogue } from '@ofkit/rnq';
 * const e = rnqLawCatalogue().entries.find((x) => x.id === 'rnq.referential.version');
 * e?.values.map((v) => v.from); // ['2024-03-08', '2026-11-01']
 * e?.theme; // 'qualiopi'
 * rnqLawCatalogue().entries.find((x) => x.id === 'rnq.audit.surveillanceWindow')?.values[0]?.textEn; // 'between the 14th and the 22nd month after certification'
 * ```
 */
export function rnqLawCatalogue(): LawCatalogue {
  return lawCatalogue([
    {
      package: '@ofkit/rnq',
      ruleSet: 'rnqRules',
      rules: rnqRules,
      theme: 'qualiopi',
      readers: ['assessReadiness'],
      readersByKey: READERS,
      options: {
        surveillanceWindowMonths: [
          {
            name: 'windowReading',
            function: 'auditCycle',
            description: 'Lecture des bornes « entre le 14e et le 22e mois » de la fenêtre de l’audit de surveillance (stricte, ordinale ou en mois écoulés).',
            descriptionEn: 'Reading of the bounds “between the 14th and the 22nd month” of the surveillance audit window (strict, ordinal or elapsed months).',
          },
        ],
      },
      describe: {
        referentialVersion: (v: string) => REFERENTIALS[v] ?? v,
        surveillanceWindowMonths: (v: { from: number; to: number }) => `entre le ${v.from}e et le ${v.to}e mois suivant la certification`,
        referentPedagogiqueThreshold: (v: number | null) => (v === null ? 'seuil à fixer par arrêté' : formatLawValue(v)!),
        permanentStaffShareThreshold: (v: number | null) => (v === null ? 'seuil à fixer par arrêté' : formatLawValue(v)!),
        applicabilityColumns: (v: Readonly<Record<number, readonly string[]>>) => grouped(v, (c) => categoriesText(c, 0), 0),
        newEntrantTreatment: (v: Readonly<Record<number, string>>) => grouped(v, (t) => NEW_ENTRANT[t]?.[0] ?? t, 0),
        indicatorChanges2026: (v: Readonly<Record<number, string>>) => grouped(v, (c) => CHANGES[c]?.[0] ?? c, 0),
      },
      describeEn: {
        referentialVersion: (v: string) => REFERENTIALS_EN[v] ?? v,
        surveillanceWindowMonths: (v: { from: number; to: number }) => `between the ${ordinal(v.from)} and the ${ordinal(v.to)} month after certification`,
        referentPedagogiqueThreshold: (v: number | null) => (v === null ? 'threshold to be set by an arrêté' : formatLawValue(v, undefined, 'en')!),
        permanentStaffShareThreshold: (v: number | null) => (v === null ? 'threshold to be set by an arrêté' : formatLawValue(v, undefined, 'en')!),
        applicabilityColumns: (v: Readonly<Record<number, readonly string[]>>) => grouped(v, (c) => categoriesText(c, 1), 1),
        newEntrantTreatment: (v: Readonly<Record<number, string>>) => grouped(v, (t) => NEW_ENTRANT[t]?.[1] ?? t, 1),
        indicatorChanges2026: (v: Readonly<Record<number, string>>) => grouped(v, (c) => CHANGES[c]?.[1] ?? c, 1),
      },
    },
  ]);
}
