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

/**
 * Every parameter of `@ofkit/rnq` (`rnqRules`) with its dated values (and their plain-French wording),
 * statuses, references, the functions that read it and the options that decide its open readings.
 *
 * @example
 * ```ts
 * import { rnqLawCatalogue } from '@ofkit/rnq';
 * const e = rnqLawCatalogue().entries.find((x) => x.id === 'rnq.referential.version');
 * e?.values.map((v) => v.from); // ['2024-03-08', '2026-11-01']
 * e?.theme; // 'qualiopi'
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
    },
  ]);
}
