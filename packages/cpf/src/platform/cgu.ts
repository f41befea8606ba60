/**
 * Time limits and payment rules of the Mon Compte Formation platform (CGU / conditions
 * particulières). Source: ../shared/domain/cpf.md §5.8. Most figures come from secondary sources
 * quoting the conditions; they are `provisional` unless a CDC page states them.
 */
import type { Parameter } from '@ofkit/core';
import { REF } from '../internal/refs.js';

const p = <T>(x: Parameter<T>) => x;

/** Working days between the provider sending the proposal and the earliest start (compulsory since 10 June 2021). */
export const earliestStartWorkingDays = /* @__PURE__ */ (() => p<number>({
  id: 'cpf.platform.earliest-start',
  label: "Délai minimal entre la proposition de commande et l'entrée en formation",
  labelEn: 'Minimum time between the order proposal (proposition de commande) and the start of the training',
  unit: 'working-days',
  values: [
    {
      from: '2021-06-10',
      value: 11,
      status: 'provisional',
      references: [REF.CGU_MCF, REF.PRACTICE_DEADLINE_11],
      note: 'Rapporté par des sources secondaires ; non lu dans les CGU V14.',
      noteEn: 'Reported by secondary sources; not read in the platform terms of use (CGU V14).',
    },
  ],
}))();

/** Free cancellation by the holder up to this many working days before the start. */
export const freeCancellationWorkingDays = /* @__PURE__ */ (() => p<number>({
  id: 'cpf.platform.free-cancellation',
  label: 'Annulation sans frais par le titulaire avant le début de la formation',
  labelEn: 'Cancellation free of charge by the holder before the start of the training',
  unit: 'working-days',
  values: [
    {
      from: '2020-01-01',
      value: 7,
      status: 'provisional',
      references: [REF.CGU_MCF, REF.PRACTICE_CANCELLATION],
      note: 'Conditions particulières citées en 2019–2020 (« plus de 7 jours ouvrés avant ») ; le décompte exact (jour de début inclus ou non) n’est pas précisé.',
      noteEn: 'Special terms (conditions particulières) quoted in 2019–2020 ("more than 7 working days before"); the exact count (start day included or not) is not specified.',
    },
  ],
}))();

/** Working days after the start within which the provider declares the entry into training. */
export const entryDeclarationWorkingDays = /* @__PURE__ */ (() => p<number>({
  id: 'cpf.platform.entry-declaration',
  label: "Délai de déclaration de l'entrée en formation",
  labelEn: 'Time limit to declare the entry into training',
  unit: 'working-days',
  values: [{ from: '2020-01-01', value: 3, status: 'confirmed', references: [REF.CDC_ENTRY, REF.CGU_MCF], note: 'Page d’aide de la Caisse des dépôts (non datée).', noteEn: 'Help page of the Caisse des dépôts (CDC), undated.' }],
}))();

/** Bands of payment for a partial completion (drop-out without valid reason). */
export interface PartialCompletionBands {
  /** Below this rate (%), the provider is paid `floorPercent` of the order. */
  readonly floorBelow: number;
  /** Percentage of the price paid to the provider below `floorBelow` (25 in the shipped rules). */
  readonly floorPercent: number;
  /** From this rate (%), the provider is paid the whole order; in between, pro rata of the rate. */
  readonly fullFrom: number;
}

export const partialCompletionBands = /* @__PURE__ */ (() => p<PartialCompletionBands>({
  id: 'cpf.platform.partial-completion',
  label: 'Paiement en cas de réalisation partielle',
  labelEn: 'Payment when the training is only partly completed',
  values: [
    {
      from: '2020-01-01',
      value: { floorBelow: 25, floorPercent: 25, fullFrom: 80 },
      status: 'provisional',
      references: [REF.PRACTICE_PARTIAL, REF.CGU_MCF],
      note: '< 25 % : 25 % du prix ; 25–80 % : prorata ; ≥ 80 % : 100 %. Sources secondaires citant les logigrammes MCF, non confirmé dans les CGU actuelles.',
      noteEn: '< 25%: 25% of the price; 25–80%: pro rata; ≥ 80%: 100%. Secondary sources quoting the Mon Compte Formation (MCF) flowcharts, not confirmed in the current terms of use (CGU).',
    },
  ],
}))();
