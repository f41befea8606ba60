/**
 * Participation forfaitaire (the holder's compulsory participation) and its exemptions.
 * Source: ../shared/domain/cpf.md §4.
 */
import type { Parameter } from '@ofkit/core';
import { REF } from '../internal/refs.js';
import type { HolderStatus, TopUpBasis, TopUpFunder } from './types.js';

const p = <T>(x: Parameter<T>) => x;

/**
 * Amount of the participation forfaitaire per purchase (EUR, as a decimal string).
 * - before 2 May 2024: none (décret 2024-394 created it);
 * - 2 May 2024: 100 € (R. 6323, décret 2024-394);
 * - 2025: 102.23 € (arrêté du 26 décembre 2024), status `provisional`: the amount and the arrêté's
 *   date come from two secondary sources only, the arrêté itself was not read (cpf.md §4.2);
 * - 2026 from 1 Jan: 103.20 € (arrêté du 30 décembre 2025), status `provisional` for the same reason
 *   (three concordant secondary sources, cpf.md §4.2);
 * - from 2 Apr 2026: R. 6323 has a new version whose text was not read (a draft raised it to 150 €):
 *   103.20 € kept, status `provisional`.
 */
export const participationAmount = /* @__PURE__ */ (() => p<string>({
  id: 'cpf.participation.amount',
  label: 'Participation forfaitaire du titulaire',
  labelEn: "Holder's flat-rate contribution (participation forfaitaire)",
  unit: 'EUR',
  values: [
    {
      from: '2020-01-01',
      to: '2024-05-01',
      value: '0.00',
      status: 'confirmed',
      references: [REF.L6323_7, REF.DECRET_2024_394],
      note: 'Aucune participation avant le décret 2024-394 (en vigueur le 2 mai 2024).',
      noteEn: 'No contribution before décret 2024-394 (in force on 2 May 2024).',
    },
    { from: '2024-05-02', to: '2024-12-31', value: '100.00', status: 'confirmed', references: [REF.R6323_2024, REF.DECRET_2024_394, REF.L6323_7] },
    {
      from: '2025-01-01',
      to: '2025-12-31',
      value: '102.23',
      status: 'provisional',
      references: [REF.R6323_2024, REF.ARRETE_2024_12_26],
      note: "Montant de l'arrêté du 26 décembre 2024 tel que rapporté par deux sources secondaires concordantes ; l'arrêté lui-même n'a pas été lu.",
      noteEn: 'Amount of the arrêté of 26 December 2024 as reported by two concordant secondary sources; the arrêté itself was not read.',
    },
    {
      from: '2026-01-01',
      to: '2026-04-01',
      value: '103.20',
      status: 'provisional',
      references: [REF.R6323_2024, REF.ARRETE_2025_12_30],
      note: "Montant de l'arrêté du 30 décembre 2025 (JO du 1er janvier 2026) tel que rapporté par des sources secondaires concordantes ; l'arrêté lui-même n'a pas été lu.",
      noteEn: 'Amount of the arrêté of 30 December 2025 (Journal officiel of 1 January 2026) as reported by concordant secondary sources; the arrêté itself was not read.',
    },
    {
      from: '2026-04-02',
      value: '103.20',
      status: 'provisional',
      references: [REF.R6323_2026, REF.ARRETE_2025_12_30],
      note: "L'article R. 6323 a changé le 2 avril 2026 (LEGIARTI000053744158) sans que son texte ait pu être lu ; un projet portait la participation à 150 €. 103,20 € est conservé en attendant vérification sur Légifrance.",
      noteEn: 'Article R. 6323 changed on 2 April 2026 (LEGIARTI000053744158) but its text could not be read; a draft set the contribution at EUR 150. EUR 103.20 is kept until checked on Légifrance.',
    },
  ],
}))();

/** Which top-ups on the purchase exempt the holder from the participation. */
export interface ParticipationExemptions {
  /** Holder statuses that are exempt (L. 6323-7: jobseekers). */
  readonly holderStatuses: readonly HolderStatus[];
  /** Top-ups (basis, and funders when only some funders count) whose presence on the purchase exempts. */
  readonly topUps: ReadonlyArray<{
    /** Legal basis of the exempting top-up. */
    readonly basis: TopUpBasis;
    /** Only top-ups from these funders exempt (e.g. `employer` for `L6323-4-II`); absent = any funder. */
    readonly funders?: readonly TopUpFunder[];
  }>;
}

/** The exemptions of décret 2024-394 (R. 6323 al. 3 in its version of 2 May 2024). */
const EXEMPTIONS_2024: ParticipationExemptions = {
  holderStatuses: ['jobseeker'],
  topUps: [
    { basis: 'L6323-4-II', funders: ['employer'] },
    { basis: 'L6323-14', funders: ['employer'] },
    { basis: 'L4163-8' },
    { basis: 'CSS-L432-12' },
  ],
};
const ACCORD_NOTE =
  "Un abondement de l'employeur prévu par un accord (L. 6323-14) et versé au titre du II de L. 6323-4 est un abondement du 2° : L. 6323-7 le couvre (la notice du décret 2024-394, citée par des sources secondaires, le confirme). Un abondement d'accord versé par l'OPCO relève de l'option opcoTopUpExempts.";
const ACCORD_NOTE_EN =
  'An employer top-up provided for by an agreement (L. 6323-14) and paid under L. 6323-4 II is a top-up of 2°: L. 6323-7 covers it (the explanatory notice of décret 2024-394, quoted by secondary sources, confirms it). An agreement top-up paid by the OPCO falls under the option opcoTopUpExempts.';

/**
 * Exemptions from the participation (from 2 May 2024):
 * jobseeker and employer abondement under L. 6323-4 II 2° (L. 6323-7), including one paid under an
 * L. 6323-14 agreement (it is an II abondement by the employer; décret 2024-394 notice), C2P points
 * (L. 4163-8) and the AT/MP retraining top-up (CSS L. 432-12) (R. 6323 al. 3).
 * The disputed cases (employer dotation under III, OPCO top-up) are options of the plan, not values here.
 */
export const participationExemptions = /* @__PURE__ */ (() => p<ParticipationExemptions>({
  id: 'cpf.participation.exemptions',
  label: 'Cas de dispense de la participation forfaitaire',
  labelEn: 'Cases where the flat-rate contribution is waived',
  values: [
    {
      from: '2024-05-02',
      to: '2026-04-01',
      value: EXEMPTIONS_2024,
      status: 'confirmed',
      references: [REF.L6323_7, REF.R6323_2024, REF.L6323_4, REF.L6323_14, REF.L4163_8, REF.CSS_L432_12],
      note: ACCORD_NOTE,
      noteEn: ACCORD_NOTE_EN,
    },
    {
      from: '2026-04-02',
      value: EXEMPTIONS_2024,
      status: 'provisional',
      references: [REF.L6323_7, REF.R6323_2026, REF.L6323_4, REF.L6323_14, REF.L4163_8, REF.CSS_L432_12],
      note: `R. 6323, dont le 3e alinéa fixe ces dispenses, a une nouvelle version depuis le 2 avril 2026 (LEGIARTI000053744158), non lue : la liste a pu changer. ${ACCORD_NOTE}`,
      noteEn: `R. 6323, whose third paragraph sets these exemptions, has had a new version since 2 April 2026 (LEGIARTI000053744158), not read: the list may have changed. ${ACCORD_NOTE_EN}`,
    },
  ],
}))();

/**
 * The version of L. 6323-4 (who may fund, II and III: abondements, dotations) the exemptions and
 * funder lists were written from. From 19 Aug 2026 the article has a newer version
 * (LEGIARTI000054703482) whose text was not read: status `provisional`, so every plan from that date
 * says so. Source: ../shared/domain/cpf.md §6.3, §8 point 5.
 */
export const financingText = /* @__PURE__ */ (() => p<string>({
  id: 'cpf.financing.l6323-4-version',
  label: 'Version de L. 6323-4 (financeurs, abondements et dotations) appliquée',
  labelEn: 'Version of L. 6323-4 (funders, top-ups and employer allocations) applied',
  values: [
    // One window per version of L. 6323-4 in force (LEGI `articleVersions`, see ../internal/refs.ts): the
    // rules were read from these versions; each window cites its own.
    { from: '2020-01-01', to: '2022-12-31', value: 'versions lues (jusqu’au 27 mars 2026)', status: 'confirmed', references: [REF.L6323_4_2019] },
    { from: '2023-01-01', to: '2023-12-31', value: 'versions lues (jusqu’au 27 mars 2026)', status: 'confirmed', references: [REF.L6323_4_2023] },
    { from: '2024-01-01', to: '2024-04-16', value: 'versions lues (jusqu’au 27 mars 2026)', status: 'confirmed', references: [REF.L6323_4_2024_01] },
    { from: '2024-04-17', to: '2026-08-18', value: 'versions lues (jusqu’au 27 mars 2026)', status: 'confirmed', references: [REF.L6323_4] },
    {
      from: '2026-08-19',
      value: 'versions lues (jusqu’au 27 mars 2026)',
      status: 'provisional',
      references: [REF.L6323_4_2026_08, REF.L6323_4],
      note: "L. 6323-4 a une nouvelle version depuis le 19 août 2026 (LEGIARTI000054703482), non lue : la liste des financeurs (II) et les règles d'alimentation (III) ont pu changer.",
      noteEn: 'L. 6323-4 has had a new version since 19 August 2026 (LEGIARTI000054703482), not read: the list of funders (II) and the rules for crediting the account (III) may have changed.',
    },
  ],
}))();
