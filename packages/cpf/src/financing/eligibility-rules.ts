/**
 * Eligibility conditions that depend on the date: light-group driving licence and bilan de
 * compétences. Source: ../shared/domain/cpf.md §5.1, §5.3, §5.4.
 */
import type { Parameter } from '@ofkit/core';
import { REF } from '../internal/refs.js';
import type { TopUpBasis, TopUpFunder } from './types.js';

const p = <T>(x: Parameter<T>) => x;

/** Conditions for the light-group driving licence. */
export interface LightLicenceRule {
  /** Eligible only for a jobseeker or with co-financing by a funder in 2°–12° of L. 6323-4 II. */
  readonly jobseekerOrCofinancing: boolean;
  /** Least co-financing (EUR) from those funders, when required. */
  readonly minCofinancing: string | null;
  /** Funders of top-ups that count (2° employer, 3° OPCO, 6° State, 7° Régions, 8° France Travail, 9° Agefiph). */
  readonly cofinancingFunders: readonly TopUpFunder[];
  /** Top-up bases that count whoever the funder (4° C2P, 5° AT/MP, 10°–11° FAF and chambres de métiers). */
  readonly cofinancingBases: readonly TopUpBasis[];
  /** The acquired rights cannot pay for a holder of a light licence valid in France (D. 6323-8). */
  readonly excludeValidLicenceHolders: boolean;
  /** Categories the valid-licence condition does not apply to (D. 6323-8: « autre que BE »), compared without case or spaces. Absent = none. */
  readonly validLicenceExceptCategories?: readonly string[];
}

const cofinancingFunders: TopUpFunder[] = ['employer', 'opco', 'state', 'region', 'france-travail', 'agefiph'];
const cofinancingBases: TopUpBasis[] = ['L4163-8', 'CSS-L432-12', 'L6323-29'];

export const lightLicenceRule = /* @__PURE__ */ (() => p<LightLicenceRule>({
  id: 'cpf.eligibility.light-licence',
  label: 'Conditions du permis de conduire du groupe léger',
  labelEn: 'Conditions for the light-vehicle group driving licence',
  values: [
    {
      from: '2020-01-01',
      to: '2026-02-20',
      value: { jobseekerOrCofinancing: false, minCofinancing: null, cofinancingFunders, cofinancingBases, excludeValidLicenceHolders: false },
      status: 'confirmed',
      references: [REF.L6323_6_BEFORE_2026],
      note: 'Avant la loi de finances pour 2026, pas de restriction propre au groupe léger.',
      noteEn: 'Before the 2026 Finance Act (loi de finances pour 2026), no restriction specific to the light-vehicle group.',
    },
    {
      from: '2026-02-21',
      to: '2026-02-25',
      value: { jobseekerOrCofinancing: true, minCofinancing: '0.01', cofinancingFunders, cofinancingBases, excludeValidLicenceHolders: false },
      status: 'confirmed',
      references: [REF.L6323_6, REF.LOI_2026_103],
      note: 'L. 6323-6 II 4° (LFI 2026) : demandeurs d’emploi ou cofinancement par un financeur des 2° à 12° du II de L. 6323-4, sans montant minimal avant le décret 2026-127.',
      noteEn: 'L. 6323-6 II 4° (2026 Finance Act, LFI 2026): jobseekers, or co-financing by a funder listed in 2° to 12° of L. 6323-4 II, with no minimum amount before décret 2026-127.',
    },
    {
      from: '2026-02-26',
      value: { jobseekerOrCofinancing: true, minCofinancing: '100.00', cofinancingFunders, cofinancingBases, excludeValidLicenceHolders: true, validLicenceExceptCategories: ['BE'] },
      status: 'confirmed',
      references: [REF.L6323_6, REF.D6323_8, REF.DECRET_2026_127],
    },
  ],
}))();

/** Whether a publicly funded bilan in the previous 5 years bars a new bilan (D. 6323-6). */
export const bilanFiveYearRule = /* @__PURE__ */ (() => p<boolean>({
  id: 'cpf.eligibility.bilan-5-years',
  label: 'Bilan de compétences : exclusion si bilan financé sur fonds publics dans les 5 ans',
  labelEn: 'Skills assessment (bilan de compétences): excluded if a publicly funded one was done in the previous 5 years',
  values: [
    { from: '2020-01-01', to: '2026-02-25', value: false, status: 'confirmed', references: [REF.D6323_6], note: 'Règle créée par le décret 2026-126.', noteEn: 'Rule created by décret 2026-126.' },
    { from: '2026-02-26', value: true, status: 'confirmed', references: [REF.D6323_6, REF.DECRET_2026_126] },
  ],
}))();

/**
 * The version of L. 6323-6 (eligible actions) the rules above were written from. From 30 June 2026
 * the article has a newer version (LEGIARTI000054337187) whose text was not read — probably the
 * anti-fraud law (a certification or block already obtained would no longer be payable by the CPF,
 * except languages): status `provisional`, so every plan from that date says the eligibility rules
 * may be out of date. Source: ../shared/domain/cpf.md §5.7, §6.3.
 */
export const eligibleActionsText = /* @__PURE__ */ (() => p<string>({
  id: 'cpf.eligibility.l6323-6-version',
  label: 'Version de L. 6323-6 (actions éligibles) appliquée',
  labelEn: 'Version of L. 6323-6 (eligible actions) applied',
  values: [
    { from: '2020-01-01', to: '2026-02-20', value: 'versions antérieures à la LFI 2026', status: 'confirmed', references: [REF.L6323_6_BEFORE_2026] },
    { from: '2026-02-21', to: '2026-06-29', value: 'LEGIARTI000053549516 (LFI 2026)', status: 'confirmed', references: [REF.L6323_6, REF.LOI_2026_103] },
    {
      from: '2026-06-30',
      value: 'LEGIARTI000053549516 (LFI 2026)',
      status: 'provisional',
      references: [REF.L6323_6_2026_06, REF.L6323_6],
      note: "L. 6323-6 a une nouvelle version depuis le 30 juin 2026 (LEGIARTI000054337187), non lue : probablement la loi contre la fraude (certification ou bloc déjà obtenu non finançable, sauf langues). ofkit applique la version de la LFI 2026.",
      noteEn: 'L. 6323-6 has had a new version since 30 June 2026 (LEGIARTI000054337187), not read: probably the anti-fraud act (a certification or skills block already obtained could no longer be funded, except languages). ofkit applies the version of the 2026 Finance Act (LFI 2026).',
    },
  ],
}))();

/**
 * The article the eligibility step cites, by date: L. 6323-6 in its versions before the LFI 2026,
 * then the version of the loi de finances pour 2026 (loi n° 2026-103, art. 203) in force on
 * 21 February 2026 (LEGIARTI000053549516). The date of that change is law as data (issue 8 §1), not a
 * constant in the plan. Source: ../shared/domain/cpf.md §6.1.
 */
export const eligibilityArticle = /* @__PURE__ */ (() => p<string>({
  id: 'cpf.eligibility.l6323-6-article',
  label: 'Version de L. 6323-6 citée pour l’éligibilité de l’action',
  labelEn: 'Version of L. 6323-6 cited for the eligibility of the action',
  values: [
    { from: '2020-01-01', to: '2026-02-20', value: 'L6323-6', status: 'confirmed', references: [REF.L6323_6_BEFORE_2026], note: 'Versions antérieures à la loi de finances pour 2026.', noteEn: 'Versions before the 2026 Finance Act (loi de finances pour 2026).' },
    { from: '2026-02-21', value: 'L6323-6 (LEGIARTI000053549516)', status: 'confirmed', references: [REF.L6323_6], note: 'Version de la loi n° 2026-103 du 19 février 2026 (LFI 2026), art. 203.', noteEn: 'Version of loi n° 2026-103 of 19 February 2026 (2026 Finance Act, LFI 2026), art. 203.' },
  ],
}))();
