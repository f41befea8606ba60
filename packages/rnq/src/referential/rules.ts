import { bilingual, defineRuleSet, type Parameter, type RuleSet } from '@ofkit/core';
import * as z from 'zod';
import { REF } from '../shared/references.js';
import type { ReferentialId } from './types.js';

const p = <T,>(x: Parameter<T>): Parameter<T> => x;

/**
 * The parameters of {@link rnqRules}, by key. Written out (rather than `typeof rnqRules`) so that the
 * published declarations refer to `@ofkit/core`'s `Parameter` instead of inlining a copy of it.
 */
export type RnqRuleParameters = {
  readonly referentialVersion: Parameter<ReferentialId>;
  readonly certificateValidityYears: Parameter<number>;
  readonly surveillanceWindowMonths: Parameter<{ readonly from: number; readonly to: number }>;
  readonly majorCorrectiveMonths: Parameter<number>;
  readonly majorVerificationMonths: Parameter<number>;
  readonly minorImplementationMonths: Parameter<number>;
  readonly minorsCountingAsMajor: Parameter<number>;
  readonly watchMaxAgeMonths: Parameter<number>;
  readonly funderFeedbackMaxAgeMonths: Parameter<number>;
  readonly cpfSubcontractingFrom: Parameter<string>;
  readonly cpfMicroEntrepreneurRevenueCap: Parameter<string>;
  readonly smallSampleThreshold: Parameter<number>;
  readonly referentPedagogiqueThreshold: Parameter<number | null>;
  readonly permanentStaffShareThreshold: Parameter<number | null>;
};

/** The type of {@link rnqRules} (pass a derived set as `options.rules`). */
export type RnqRules = RuleSet<RnqRuleParameters>;

/**
 * The dated legal parameters of `@ofkit/rnq`, each with references and a status. Derive a
 * corrected set with `overrideRules(rnqRules, {...})` from `@ofkit/core` and pass it as
 * `options.rules`; nothing global is mutated.
 *
 * @example
 * ```ts
 * import { overrideRules, valueAt } from '@ofkit/core';
 * import { rnqRules } from '@ofkit/rnq';
 * valueAt(rnqRules.referentialVersion, '2026-12-01').value; // 'rnq-2026'
 * const patched = overrideRules(rnqRules, {
 *   watchMaxAgeMonths: [{ from: '2024-01-01', value: 6, status: 'confirmed', references: [] }],
 * });
 * valueAt(patched.watchMaxAgeMonths, '2026-12-01').value; // 6
 * ```
 */
export const rnqRules: RnqRules = /* @__PURE__ */ (() => defineRuleSet<RnqRuleParameters>({
  referentialVersion: /* @__PURE__ */ p<ReferentialId>({
    id: 'rnq.referential.version',
    label: 'Version du référentiel national qualité applicable à la date d’audit',
    values: [
      {
        from: '2024-03-08',
        to: '2026-10-31',
        value: 'rnq-2019-v9',
        status: 'confirmed',
        references: [REF.decret2019_565, REF.guideV9],
        note: 'Référentiel de 2019 lu avec le guide V9 (publié le 8 janvier 2024, applicable deux mois après). Les lectures antérieures (guides V1–V8) ne sont pas encodées.',
      },
      {
        from: '2026-11-01',
        value: 'rnq-2026',
        status: 'provisional',
        references: [REF.decret2026_728, REF.guideV9],
        note: 'Décret n° 2026-728 connu par des dépôts publics seulement (texte non lu sur Légifrance) ; guide V10 non publié, guide V9 utilisé pour la lecture.',
      },
    ],
  }),
  certificateValidityYears: /* @__PURE__ */ p<number>({
    id: 'rnq.certificate.validityYears',
    label: 'Durée de validité du certificat Qualiopi',
    unit: 'years',
    values: [{ from: '2021-01-01', value: 3, status: 'provisional', references: [REF.validity3y], note: 'Article non identifié ; sources secondaires concordantes (certificats antérieurs à 2021 : 4 ans possibles).' }],
  }),
  surveillanceWindowMonths: /* @__PURE__ */ p<{ readonly from: number; readonly to: number }>({
    id: 'rnq.audit.surveillanceWindow',
    label: 'Audit de surveillance : entre le 14e et le 22e mois après l’obtention',
    unit: 'months',
    values: [{ from: '2019-06-08', value: { from: 14, to: 22 }, status: 'confirmed', references: [REF.arreteArt2] }],
  }),
  majorCorrectiveMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.nc.major.correctiveMonths',
    label: 'NC majeure : délai de mise en œuvre effective des actions correctives',
    unit: 'months',
    values: [{ from: '2023-09-01', value: 3, status: 'confirmed', references: [REF.arreteArt5] }],
  }),
  majorVerificationMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.nc.major.verificationMonths',
    label: 'NC majeure : vérification par le certificateur dans le mois suivant',
    unit: 'months',
    values: [{ from: '2023-09-01', value: 1, status: 'confirmed', references: [REF.arreteArt5] }],
  }),
  minorImplementationMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.nc.minor.implementationMonths',
    label: 'NC mineure : mise en œuvre du plan d’action',
    unit: 'months',
    values: [{ from: '2023-09-01', value: 6, status: 'confirmed', references: [REF.arreteArt5] }],
  }),
  minorsCountingAsMajor: /* @__PURE__ */ p<number>({
    id: 'rnq.nc.minorsCountingAsMajor',
    label: 'Nombre de NC mineures non levées valant une NC majeure',
    values: [{ from: '2023-09-01', value: 5, status: 'provisional', references: [REF.fiveMinors], note: 'Sources secondaires seulement ; la formulation varie (« 5 NC mineures non levées à la prise de décision », « au moins 5 »).' }],
  }),
  watchMaxAgeMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.evidence.watchMaxAgeMonths',
    label: 'Ancienneté maximale d’une trace de veille jugée récente',
    unit: 'months',
    values: [{ from: '2019-06-08', value: 12, status: 'provisional', references: [REF.practice], note: 'Pratique : aucun texte ne fixe de fréquence de veille ; le guide V9 attend une veille « en place ».' }],
  }),
  funderFeedbackMaxAgeMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.evidence.funderFeedbackMaxAgeMonths',
    label: 'Recueil des appréciations des financeurs : au moins une fois par an',
    unit: 'months',
    values: [{ from: '2024-03-08', value: 12, status: 'confirmed', references: [REF.guideV9] }],
  }),
  cpfSubcontractingFrom: /* @__PURE__ */ p<string>({
    id: 'rnq.cpf.subcontractingRulesFrom',
    label: 'Sous-traitance CPF : contrats signés à compter du',
    values: [{ from: '2024-04-01', value: '2024-04-01', status: 'confirmed', references: [REF.r6333_6_2] }],
  }),
  cpfMicroEntrepreneurRevenueCap: /* @__PURE__ */ p<string>({
    id: 'rnq.cpf.microEntrepreneurRevenueCap',
    label: 'Sous-traitance CPF : plafond de chiffre d’affaires du micro-entrepreneur dispensé de certification',
    unit: 'EUR',
    values: [{ from: '2024-04-01', value: '77700.00', status: 'provisional', references: [REF.r6333_6_3], note: 'Montant lu dans des sources secondaires ; le seuil micro-social est révisé périodiquement.' }],
  }),
  smallSampleThreshold: /* @__PURE__ */ p<number>({
    id: 'rnq.results.smallSampleThreshold',
    label: 'Effectif en dessous duquel un taux est signalé comme peu significatif',
    values: [{ from: '2019-06-08', value: 10, status: 'provisional', references: [REF.practice, REF.l6111_8], note: 'Pratique : L. 6111-8 publie « lorsque les effectifs sont suffisants » sans chiffre.' }],
  }),
  referentPedagogiqueThreshold: /* @__PURE__ */ p<number | null>({
    id: 'rnq.2026.ind19.trainersThreshold',
    label: 'Indicateur 19 (2026) : nombre d’intervenants par formation au-delà duquel un référent pédagogique est requis',
    values: [{ from: '2026-11-01', value: null, status: 'provisional', references: [REF.decret2026_728], note: 'Seuil renvoyé à un arrêté non publié.' }],
  }),
  permanentStaffShareThreshold: /* @__PURE__ */ p<number | null>({
    id: 'rnq.2026.ind20.permanentShareThreshold',
    label: 'Indicateur 20 (2026) : part d’heures par des intervenants permanents en dessous de laquelle une supervision renforcée est requise',
    values: [{ from: '2026-11-01', value: null, status: 'provisional', references: [REF.decret2026_728], note: 'Seuil renvoyé à un arrêté non publié.' }],
  }),
}))();

/**
 * Zod schema accepting a rule set shaped like {@link rnqRules} (every parameter present, each
 * with a `values` array), so that a malformed `options.rules` is reported as an `INVALID_INPUT`
 * issue at `rules` instead of failing later with a `TypeError`.
 *
 * @example
 * ```ts
 * import { RnqRulesSchema, rnqRules } from '@ofkit/rnq';
 * RnqRulesSchema.safeParse(rnqRules).success; // true
 * RnqRulesSchema.safeParse({}).success; // false
 * ```
 */
export const RnqRulesSchema = /* @__PURE__ */ (() =>
  z.custom<RnqRules>(
    (v) => {
      if (typeof v !== 'object' || v === null) return false;
      const r = v as Record<string, unknown>;
      for (const key of Object.keys(rnqRules)) {
        const p = r[key];
        if (typeof p !== 'object' || p === null || !Array.isArray((p as { values?: unknown }).values)) return false;
      }
      return true;
    },
    {
      message: bilingual(
        'Jeu de règles invalide : dériver `rules` de `rnqRules` avec `overrideRules` (chaque paramètre doit être présent).',
        'Invalid rule set: derive `rules` from `rnqRules` with `overrideRules` (every parameter must be present).',
      ),
      params: { code: 'invalid_rules' },
    },
  ))();
