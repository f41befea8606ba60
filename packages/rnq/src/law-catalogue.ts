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
      },
      describeEn: {
        referentialVersion: (v: string) => REFERENTIALS_EN[v] ?? v,
        surveillanceWindowMonths: (v: { from: number; to: number }) => `between the ${ordinal(v.from)} and the ${ordinal(v.to)} month after certification`,
        referentPedagogiqueThreshold: (v: number | null) => (v === null ? 'threshold to be set by an arrêté' : formatLawValue(v, undefined, 'en')!),
        permanentStaffShareThreshold: (v: number | null) => (v === null ? 'threshold to be set by an arrêté' : formatLawValue(v, undefined, 'en')!),
      },
    },
  ]);
}
