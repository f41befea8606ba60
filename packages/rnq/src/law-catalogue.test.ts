import { describe, expect, it } from 'vitest';
import { rnqLawCatalogue } from './index.js';

// The law explorer's view of rnqRules (../shared/domain/rnq-2026.md, rnq-v9.md): who reads each
// parameter, and each dated value in plain French as the explorer and the watch digest print it.
describe('rnqLawCatalogue', () => {
  const c = rnqLawCatalogue();
  const byKey = new Map(c.entries.map((e) => [e.key, e]));

  it('lists every parameter with the functions that read it and its values in plain French', () => {
    const table = Object.fromEntries(c.entries.map((e) => [e.key, [e.readers.join(','), e.values.map((v) => `${v.from}=${v.text}`).join(' ; ')]]));
    expect(table).toEqual({
      indicatorChanges2026: [
        'assessReadiness',
        '2026-11-01=indicateurs 1, 2, 7, 12, 14, 15, 19, 20, 27 et 32 : exigence ajoutée ; indicateurs 3 et 30 : reformulation ; indicateur 31 : forme seulement ; indicateur 33 : nouvel indicateur',
      ],
      // Decree 2026-728 leaves both thresholds to an arrêté not published yet (null values).
      referentPedagogiqueThreshold: ['assessReadiness', '2026-11-01=seuil à fixer par arrêté'],
      permanentStaffShareThreshold: ['assessReadiness', '2026-11-01=seuil à fixer par arrêté'],
      surveillanceWindowMonths: ['auditCycle', '2019-06-08=entre le 14e et le 22e mois suivant la certification'],
      certificateValidityYears: ['auditCycle', '2021-01-01=3 ans'],
      cpfMicroEntrepreneurRevenueCap: ['assessReadiness', '2024-04-01=77\u202f700,00\u00a0€ ; 2026-01-01=77\u202f700,00\u00a0€'],
      cpfSubcontractingFrom: ['assessReadiness', '2024-04-01=01/04/2024'],
      funderFeedbackMaxAgeMonths: ['assessReadiness', '2024-03-08=12 mois'],
      watchMaxAgeMonths: ['assessReadiness', '2019-06-08=12 mois'],
      majorCorrectiveMonths: ['auditCycle,nonConformityDeadlines', '2023-09-01=3 mois'],
      majorVerificationMonths: ['auditCycle,nonConformityDeadlines', '2023-09-01=1 mois'],
      majorOnlyIndicators: ['assessReadiness', '2023-09-01=4, 5, 6, 7, 10, 11, 14, 15, 16, 20, 21, 22, 26, 27, 29, 31, 32'],
      minorImplementationMonths: ['nonConformityDeadlines', '2023-09-01=6 mois'],
      minorsCountingAsMajor: ['assessReadiness,nonConformityDeadlines', '2023-09-01=5'],
      newEntrantTreatment: [
        'assessReadiness',
        '2024-03-08=indicateurs 2, 3, 11, 13, 14, 19 et 24 à 26 : processus seulement à l’audit initial, mise en œuvre vérifiée à la surveillance ; indicateurs 22 et 32 : audit reporté à la surveillance',
      ],
      applicabilityColumns: ['assessReadiness', '2021-01-01=indicateurs 1, 2, 4 à 6, 9 à 12, 17 à 19, 21 à 27 et 30 à 32 : les quatre catégories ; indicateurs 3 et 16 : actions de formation (1°), VAE (3°) et apprentissage (4°) ; indicateurs 7, 8, 13 et 28 : actions de formation (1°) et apprentissage (4°) ; indicateurs 14, 15, 20 et 29 : apprentissage (4°) seulement ; 2026-11-01=indicateurs 1, 2, 4 à 6, 9 à 12, 17 à 19, 21 à 27 et 30 à 32 : les quatre catégories ; indicateurs 3 et 16 : actions de formation (1°), VAE (3°) et apprentissage (4°) ; indicateurs 7, 8, 13 et 28 : actions de formation (1°) et apprentissage (4°) ; indicateurs 14, 15, 20, 29 et 33 : apprentissage (4°) seulement'],
      referentialVersion: [
        'getReferential,applicableIndicators,assessReadiness,auditCycle',
        '2024-03-08=référentiel national qualité de 2019 (lu avec le guide de lecture V9) ; 2026-11-01=référentiel national qualité de 2026 (décret 2026-728)',
      ],
      smallSampleThreshold: ['computeResultIndicators', '2019-06-08=10'],
    });
  });

  it('names the package, rule set and theme of every entry, and the option deciding the surveillance window', () => {
    for (const e of c.entries) expect([e.package, e.ruleSet, e.theme]).toEqual(['@ofkit/rnq', 'rnqRules', 'qualiopi']);
    expect(byKey.get('surveillanceWindowMonths')!.options).toEqual([
      {
        name: 'windowReading',
        function: 'auditCycle',
        description: 'Lecture des bornes « entre le 14e et le 22e mois » de la fenêtre de l’audit de surveillance (stricte, ordinale ou en mois écoulés).',
        descriptionEn: 'Reading of the bounds “between the 14th and the 22nd month” of the surveillance audit window (strict, ordinal or elapsed months).',
      },
    ]);
    expect(c.entries.filter((e) => e.key !== 'surveillanceWindowMonths').every((e) => e.options.length === 0)).toBe(true);
  });
});
