import type { Parameter, RuleSet } from '@ofkit/core';
import { bilingual, shippedRuleSet } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { REF } from '../shared/references.js';
import type { Category, ChangeVs2019, ReferentialId } from './types.js';

const p = <T,>(x: Parameter<T>): Parameter<T> => x;

/**
 * The parameters of {@link rnqRules}, by key. Written out (rather than `typeof rnqRules`) so that the
 * published declarations refer to `@ofkit/core`'s `Parameter` instead of inlining a copy of it.
 */
export type RnqRuleParameters = {
  /** `rnq.referential.version`: the référentiel in force at the audit date (`rnq-2019-v9` until 2026-10-31, `rnq-2026` from 2026-11-01, provisional); read when the `referential` option is `by-audit-date`. */
  readonly referentialVersion: Parameter<ReferentialId>;
  /** `rnq.certificate.validityYears`: validity of a Qualiopi certificate, in years (3; annex part II, 2 a), read at the certification date by `auditCycle`. */
  readonly certificateValidityYears: Parameter<number>;
  /** `rnq.audit.surveillanceWindow`: the surveillance audit falls between these months after certification (14 and 22; arrêté du 6 juin 2019 modifié, art. 2). */
  readonly surveillanceWindowMonths: Parameter<{
    /** First month of the window after the certification date (14); how it is counted is the `windowReading` of `auditCycle`. */
    readonly from: number;
    /** Last month of the window after the certification date (22). */
    readonly to: number;
  }>;
  /** `rnq.nc.major.correctiveMonths`: months after notification to make corrective actions effective on a major NC (3; arrêté art. 5). */
  readonly majorCorrectiveMonths: Parameter<number>;
  /** `rnq.nc.major.verificationMonths`: months the certifier then has to verify a major NC (1; arrêté art. 5). */
  readonly majorVerificationMonths: Parameter<number>;
  /** `rnq.nc.minor.implementationMonths`: months after notification to implement the action plan of a minor NC (6; arrêté art. 5). */
  readonly minorImplementationMonths: Parameter<number>;
  /** `rnq.nc.minorsCountingAsMajor`: number of open minor NCs that count as one major NC (5, provisional: secondary sources only). */
  readonly minorsCountingAsMajor: Parameter<number>;
  /** `rnq.evidence.watchMaxAgeMonths`: months before the audit date within which a watch record (indicators 23–25) counts as recent (12, provisional: practice). */
  readonly watchMaxAgeMonths: Parameter<number>;
  /** `rnq.evidence.funderFeedbackMaxAgeMonths`: months before the audit date within which funder feedback (indicator 30) must have been collected (12; guide V9). */
  readonly funderFeedbackMaxAgeMonths: Parameter<number>;
  /** `rnq.cpf.subcontractingRulesFrom`: ISO date `YYYY-MM-DD`; CPF subcontracting contracts signed from this day must be written with a certified subcontractor (`2024-04-01`; R. 6333-6-2). */
  readonly cpfSubcontractingFrom: Parameter<string>;
  /** `rnq.cpf.microEntrepreneurRevenueCap`: revenue (EUR, a `"77700.00"` string) up to which a micro-entrepreneur subcontractor needs no certification (R. 6333-6-3; disputed from 2026). */
  readonly cpfMicroEntrepreneurRevenueCap: Parameter<string>;
  /** `rnq.results.smallSampleThreshold`: a result rate whose denominator is below this count is flagged `smallSample` (10, provisional: practice; L. 6111-8). */
  readonly smallSampleThreshold: Parameter<number>;
  /** `rnq.2026.ind19.trainersThreshold`: indicator 19 (2026), number of trainers per training above which a référent pédagogique is required; `null` until the arrêté is published. */
  readonly referentPedagogiqueThreshold: Parameter<number | null>;
  /** `rnq.2026.ind20.permanentShareThreshold`: indicator 20 (2026), share of hours by permanent trainers below which reinforced supervision is required; `null` until the arrêté is published. */
  readonly permanentStaffShareThreshold: Parameter<number | null>;
  /** `rnq.referential.applicabilityColumns`: for each indicator number, the categories of L. 6313-1 (1° to 4°) ticked in the annex table. */
  readonly applicabilityColumns: Parameter<Readonly<Record<number, readonly Category[]>>>;
  /** `rnq.nc.majorOnlyIndicators`: indicator numbers that can only give rise to a major NC (arrêté art. 5). */
  readonly majorOnlyIndicators: Parameter<readonly number[]>;
  /** `rnq.newEntrant.treatment`: for each indicator number, `deferred` (audited at surveillance only) or `partial` (process only at the initial audit) for a new entrant (guide V9 préambule). */
  readonly newEntrantTreatment: Parameter<Readonly<Record<number, 'deferred' | 'partial'>>>;
  /** `rnq.2026.changesVsAnnex2019`: for each indicator number changed by décret n° 2026-728, how it differs from the 2019 annex; read for `rnq-2026` only. */
  readonly indicatorChanges2026: Parameter<Readonly<Record<number, ChangeVs2019>>>;
};

const AF: Category = 'action-de-formation';
const BC: Category = 'bilan-de-competences';
const VAE: Category = 'vae';
const CFA: Category = 'apprentissage';
const ALL4: readonly Category[] = [AF, BC, VAE, CFA];
/**
 * The « x » of the annex table, columns L. 6313-1 1° (AF), 2° (BC), 3° (VAE), 4° (CFA), read from
 * article `Annexe` LEGIARTI000038591641 (../shared/domain/rnq-wordings.md §2; the test
 * `referential/annex.test.ts` checks every cell against the extract of the LEGI data).
 */
const COLUMNS_2019: Readonly<Record<number, readonly Category[]>> = {
  1: ALL4, 2: ALL4, 3: [AF, VAE, CFA], 4: ALL4, 5: ALL4, 6: ALL4, 7: [AF, CFA], 8: [AF, CFA],
  9: ALL4, 10: ALL4, 11: ALL4, 12: ALL4, 13: [AF, CFA], 14: [CFA], 15: [CFA], 16: [AF, VAE, CFA],
  17: ALL4, 18: ALL4, 19: ALL4, 20: [CFA], 21: ALL4, 22: ALL4, 23: ALL4, 24: ALL4, 25: ALL4,
  26: ALL4, 27: ALL4, 28: [AF, CFA], 29: [CFA], 30: ALL4, 31: ALL4, 32: ALL4,
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
export const rnqRules: RnqRules = /* @__PURE__ */ (() => shippedRuleSet<RnqRuleParameters>({
  referentialVersion: /* @__PURE__ */ p<ReferentialId>({
    id: 'rnq.referential.version',
    label: 'Version du référentiel national qualité applicable à la date d’audit',
    labelEn: 'Version of the référentiel national qualité (RNQ, the Qualiopi quality framework) applicable at the audit date',
    values: [
      {
        from: '2024-03-08',
        to: '2026-10-31',
        value: 'rnq-2019-v9',
        status: 'confirmed',
        references: [REF.decret2019_565, REF.guideV9],
        note: 'Référentiel de 2019 lu avec le guide V9 (publié le 8 janvier 2024, applicable deux mois après). Les lectures antérieures (guides V1–V8) ne sont pas encodées.',
        noteEn: 'The 2019 référentiel read with reading guide V9 (published on 8 January 2024, applicable two months later). Earlier readings (guides V1–V8) are not encoded.',
      },
      {
        from: '2026-11-01',
        value: 'rnq-2026',
        status: 'provisional',
        references: [REF.decret2026_728, REF.guideV9],
        note: 'Décret n° 2026-728 connu par des dépôts publics seulement (texte non lu sur Légifrance) ; guide V10 non publié, guide V9 utilisé pour la lecture.',
        noteEn: 'Décret n° 2026-728 known only from public repositories (text not read on Légifrance); guide V10 not published, guide V9 used for the reading.',
      },
    ],
  }),
  certificateValidityYears: /* @__PURE__ */ p<number>({
    id: 'rnq.certificate.validityYears',
    label: 'Durée de validité du certificat Qualiopi',
    labelEn: 'Validity of the Qualiopi certificate',
    unit: 'years',
    values: [{ from: '2021-01-01', value: 3, status: 'confirmed', references: [REF.rnqAnnexPart2], note: 'Annexe RNQ, partie II, 2 a) : « la certification est délivrée pour trois ans » (non modifiée par le décret n° 2026-728, qui ne remplace que la partie I). Les certificats antérieurs à 2021 pouvaient durer 4 ans.', noteEn: 'RNQ annex, part II, 2 a): "the certification is issued for three years" (not amended by décret n° 2026-728, which replaces only part I). Certificates issued before 2021 could last 4 years.' }],
  }),
  surveillanceWindowMonths: /* @__PURE__ */ p<{ readonly from: number; readonly to: number }>({
    id: 'rnq.audit.surveillanceWindow',
    label: 'Audit de surveillance : entre le 14e et le 22e mois après l’obtention',
    labelEn: 'Surveillance audit: between the 14th and the 22nd month after certification',
    unit: 'months',
    values: [{ from: '2019-06-08', value: { from: 14, to: 22 }, status: 'confirmed', references: [REF.arreteArt2] }],
  }),
  majorCorrectiveMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.nc.major.correctiveMonths',
    label: 'NC majeure : délai de mise en œuvre effective des actions correctives',
    labelEn: 'Major non-conformity (NC): time to make the corrective actions effective',
    unit: 'months',
    values: [{ from: '2023-09-01', value: 3, status: 'confirmed', references: [REF.arreteArt5] }],
  }),
  majorVerificationMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.nc.major.verificationMonths',
    label: 'NC majeure : vérification par le certificateur dans le mois suivant',
    labelEn: 'Major non-conformity (NC): verification by the certifier within the following month',
    unit: 'months',
    values: [{ from: '2023-09-01', value: 1, status: 'confirmed', references: [REF.arreteArt5] }],
  }),
  minorImplementationMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.nc.minor.implementationMonths',
    label: 'NC mineure : mise en œuvre du plan d’action',
    labelEn: 'Minor non-conformity (NC): time to implement the action plan',
    unit: 'months',
    values: [{ from: '2023-09-01', value: 6, status: 'confirmed', references: [REF.arreteArt5] }],
  }),
  minorsCountingAsMajor: /* @__PURE__ */ p<number>({
    id: 'rnq.nc.minorsCountingAsMajor',
    label: 'Nombre de NC mineures non levées valant une NC majeure',
    labelEn: 'Number of open minor non-conformities (NC) that count as one major NC',
    values: [{ from: '2023-09-01', value: 5, status: 'provisional', references: [REF.fiveMinors], note: 'Sources secondaires seulement ; la formulation varie (« 5 NC mineures non levées à la prise de décision », « au moins 5 »).', noteEn: 'Secondary sources only; the wording varies ("5 minor NCs still open when the decision is taken", "at least 5").' }],
  }),
  watchMaxAgeMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.evidence.watchMaxAgeMonths',
    label: 'Ancienneté maximale d’une trace de veille jugée récente',
    labelEn: 'Maximum age of a regulatory-watch record (veille) still counted as recent',
    unit: 'months',
    values: [{ from: '2019-06-08', value: 12, status: 'provisional', references: [REF.practice], note: 'Pratique : aucun texte ne fixe de fréquence de veille ; le guide V9 attend une veille « en place ».', noteEn: 'Practice: no text sets how often the watch must be done; guide V9 expects a watch that is "in place".' }],
  }),
  funderFeedbackMaxAgeMonths: /* @__PURE__ */ p<number>({
    id: 'rnq.evidence.funderFeedbackMaxAgeMonths',
    label: 'Recueil des appréciations des financeurs : au moins une fois par an',
    labelEn: "Collecting funders' feedback: at least once a year",
    unit: 'months',
    values: [{ from: '2024-03-08', value: 12, status: 'confirmed', references: [REF.guideV9] }],
  }),
  cpfSubcontractingFrom: /* @__PURE__ */ p<string>({
    id: 'rnq.cpf.subcontractingRulesFrom',
    label: 'Sous-traitance CPF : contrats signés à compter du',
    labelEn: 'CPF subcontracting: rules apply to contracts signed from',
    values: [{ from: '2024-04-01', value: '2024-04-01', status: 'confirmed', references: [REF.r6333_6_2] }],
  }),
  cpfMicroEntrepreneurRevenueCap: /* @__PURE__ */ p<string>({
    id: 'rnq.cpf.microEntrepreneurRevenueCap',
    label: 'Sous-traitance CPF : plafond de chiffre d’affaires du micro-entrepreneur dispensé de certification',
    labelEn: 'CPF subcontracting: revenue cap under which a micro-entrepreneur (French sole-trader scheme) needs no certification',
    unit: 'EUR',
    values: [
      { from: '2024-04-01', to: '2025-12-31', value: '77700.00', status: 'provisional', references: [REF.r6333_6_3, REF.cgi50_0, REF.decret2023_422], note: 'R. 6333-6-3 renvoie au seuil du 2° du 1 de l’article 50-0 du CGI (prestations de services), révisé tous les trois ans : 77 700 € pour 2023 à 2025 (décret n° 2023-422, lu dans des sources secondaires).', noteEn: 'R. 6333-6-3 refers to the threshold of article 50-0, 1, 2° of the CGI (French tax code; provision of services), revised every three years: EUR 77,700 for 2023 to 2025 (décret n° 2023-422, read in secondary sources).' },
      { from: '2026-01-01', value: '77700.00', status: 'disputed', references: [REF.r6333_6_3, REF.cgi50_0, REF.urssafSeuils2026], note: 'Seuil 2026–2028 : 83 600 € annoncés par l’Urssaf le 20 février 2026 (relayé par la presse), mais non encore inscrits dans un texte lu (en attente d’inscription légale en mars 2026). Lecture la plus stricte par défaut : 77 700 € maintenus ; pour 83 600 €, dériver `rules` avec `overrideRules(rnqRules, { cpfMicroEntrepreneurRevenueCap: [...] })`.', noteEn: 'Threshold for 2026–2028: EUR 83,600 announced by the Urssaf on 20 February 2026 (reported by the press), but not yet written into a text that was read (awaiting legal enactment in March 2026). Strictest reading by default: EUR 77,700 kept; for EUR 83,600, derive `rules` with `overrideRules(rnqRules, { cpfMicroEntrepreneurRevenueCap: [...] })`.' },
    ],
  }),
  smallSampleThreshold: /* @__PURE__ */ p<number>({
    id: 'rnq.results.smallSampleThreshold',
    label: 'Effectif en dessous duquel un taux est signalé comme peu significatif',
    labelEn: 'Headcount below which a rate is flagged as not very significant',
    values: [{ from: '2019-06-08', value: 10, status: 'provisional', references: [REF.practice, REF.l6111_8], note: 'Pratique : L. 6111-8 publie « lorsque les effectifs sont suffisants » sans chiffre.', noteEn: 'Practice: L. 6111-8 requires publication "when the numbers are sufficient" without giving a figure.' }],
  }),
  referentPedagogiqueThreshold: /* @__PURE__ */ p<number | null>({
    id: 'rnq.2026.ind19.trainersThreshold',
    label: 'Indicateur 19 (2026) : nombre d’intervenants par formation au-delà duquel un référent pédagogique est requis',
    labelEn: 'Indicator 19 (2026): number of trainers per training above which a référent pédagogique (teaching lead) is required',
    values: [{ from: '2026-11-01', value: null, status: 'provisional', references: [REF.decret2026_728], note: 'Seuil renvoyé à un arrêté non publié.', noteEn: 'Threshold left to an arrêté not yet published.' }],
  }),
  permanentStaffShareThreshold: /* @__PURE__ */ p<number | null>({
    id: 'rnq.2026.ind20.permanentShareThreshold',
    label: 'Indicateur 20 (2026) : part d’heures par des intervenants permanents en dessous de laquelle une supervision renforcée est requise',
    labelEn: 'Indicator 20 (2026): share of hours taught by permanent trainers below which reinforced supervision is required',
    values: [{ from: '2026-11-01', value: null, status: 'provisional', references: [REF.decret2026_728], note: 'Seuil renvoyé à un arrêté non publié.', noteEn: 'Threshold left to an arrêté not yet published.' }],
  }),
  applicabilityColumns: /* @__PURE__ */ p<Readonly<Record<number, readonly Category[]>>>({
    id: 'rnq.referential.applicabilityColumns',
    label: 'Catégories d’actions (L. 6313-1 1° à 4°) cochées pour chaque indicateur du référentiel',
    labelEn: 'Categories of actions (L. 6313-1 1° to 4°) ticked for each indicator of the référentiel',
    values: [
      {
        from: '2021-01-01',
        to: '2026-10-31',
        value: COLUMNS_2019,
        status: 'confirmed',
        references: [REF.rnqAnnex, REF.l6313_1],
        note: "Colonnes « x » de l'annexe (partie I). L'indicateur 13 est coché pour les actions de formation (1°) et l'apprentissage (4°) ; 7 et 8 pour 1° et 4° seulement ; 14, 15, 20 et 29 pour 4° seulement.",
        noteEn: 'The "x" columns of the annex (part I). Indicator 13 is ticked for training actions (1°) and apprenticeship (4°); 7 and 8 for 1° and 4° only; 14, 15, 20 and 29 for 4° only.',
      },
      {
        from: '2026-11-01',
        value: { ...COLUMNS_2019, 33: [CFA] },
        status: 'provisional',
        references: [REF.decret2026_728, REF.rnqAnnex],
        note: "Décret n° 2026-728 connu par des transcriptions concordantes (non lu sur Légifrance) : colonnes des indicateurs 1 à 32 identiques à l'annexe de 2019 ; 33 coché pour l'apprentissage (4°) seulement.",
        noteEn: 'Décret n° 2026-728 known from concordant transcriptions (not read on Légifrance): the columns of indicators 1 to 32 are the same as in the 2019 annex; 33 ticked for apprenticeship (4°) only.',
      },
    ],
  }),
  majorOnlyIndicators: /* @__PURE__ */ p<readonly number[]>({
    id: 'rnq.nc.majorOnlyIndicators',
    label: 'Indicateurs ne pouvant donner lieu qu’à une non-conformité majeure',
    labelEn: 'Indicators that can only give rise to a major non-conformity',
    values: [
      {
        from: '2023-09-01',
        value: [4, 5, 6, 7, 10, 11, 14, 15, 16, 20, 21, 22, 26, 27, 29, 31, 32],
        status: 'confirmed',
        references: [REF.arreteArt5, REF.guideV9],
        note: "Arrêté du 6 juin 2019 modifié, art. 5 (version consolidée de 2023). Non modifié par le décret n° 2026-728 ; le cas de l'indicateur 33, que la liste ne nomme pas, est un point discuté (option indicator33Grade).",
        noteEn: 'Arrêté of 6 June 2019 as amended, art. 5 (2023 consolidated version). Not amended by décret n° 2026-728; the case of indicator 33, which the list does not name, is a disputed point (option indicator33Grade).',
      },
    ],
  }),
  newEntrantTreatment: /* @__PURE__ */ p<Readonly<Record<number, 'deferred' | 'partial'>>>({
    id: 'rnq.newEntrant.treatment',
    label: 'Nouveaux entrants : indicateurs audités à la surveillance (report) ou en partie seulement à l’audit initial',
    labelEn: 'New entrants: indicators audited at the surveillance audit (deferred) or only in part at the initial audit',
    values: [
      {
        from: '2024-03-08',
        value: { 2: 'partial', 3: 'partial', 11: 'partial', 13: 'partial', 14: 'partial', 19: 'partial', 22: 'deferred', 24: 'partial', 25: 'partial', 26: 'partial', 32: 'deferred' },
        status: 'confirmed',
        references: [REF.guideV9, REF.arreteAudit],
        note: "Guide de lecture V9, préambule : 22 et 32 reportés à la surveillance, les autres vérifiés comme processus formalisé à l'audit initial. Le guide V9 reste la lecture en vigueur pour le référentiel de 2026 (pas de guide V10).",
        noteEn: 'Reading guide V9, preamble: 22 and 32 deferred to the surveillance audit, the others checked as a formalised process at the initial audit. Guide V9 remains the reading in force for the 2026 référentiel (no guide V10).',
      },
    ],
  }),
  indicatorChanges2026: /* @__PURE__ */ p<Readonly<Record<number, ChangeVs2019>>>({
    id: 'rnq.2026.changesVsAnnex2019',
    label: 'Indicateurs modifiés par le décret n° 2026-728 par rapport à l’annexe de 2019',
    labelEn: 'Indicators changed by décret n° 2026-728 compared with the 2019 annex',
    values: [
      {
        from: '2026-11-01',
        value: {
          1: 'new-requirement', 2: 'new-requirement', 3: 'reworded', 7: 'new-requirement', 12: 'new-requirement',
          14: 'new-requirement', 15: 'new-requirement', 19: 'new-requirement', 20: 'new-requirement', 27: 'new-requirement',
          30: 'reworded', 31: 'form-only', 32: 'new-requirement', 33: 'new-indicator',
        },
        status: 'provisional',
        references: [REF.decret2026_728, REF.rnqAnnex],
        note: "Comparaison d'annexe à annexe (texte de 2026 transcrit, non lu sur Légifrance) : 13 indicateurs modifiés (1, 2, 3, 7, 12, 14, 15, 19, 20, 27, 30, 31, 32) et 33 nouveau. 9 et 28 sont inchangés par rapport à l'annexe : leur différence est avec l'énoncé du guide V9 seulement.",
        noteEn: 'Annex-to-annex comparison (2026 text as transcribed, not read on Légifrance): 13 indicators changed (1, 2, 3, 7, 12, 14, 15, 19, 20, 27, 30, 31, 32) and 33 new. 9 and 28 are unchanged compared with the annex: they differ only from the wording of guide V9.',
      },
    ],
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
