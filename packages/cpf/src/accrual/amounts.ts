/**
 * Yearly crediting of the CPF (alimentation) and its ceilings. Source: ../shared/domain/cpf.md §3.
 * A year's rights are computed with the values in force on 31 December of that year.
 */
import type { Parameter } from '@ofkit/core';
import { REF } from '../internal/refs.js';

const p = <T>(x: Parameter<T>) => x;

/** A yearly amount and the ceiling of the acquired rights (EUR, decimal strings). */
export interface AccrualAmount {
  /** Amount credited for a full year, in euros as a decimal string (`"500.00"`). */
  readonly yearly: string;
  /** Ceiling of the acquired rights for this status, in euros as a decimal string (`"5000.00"`); the most favourable ceiling of the year's statuses applies. */
  readonly ceiling: string;
}

/** Employee who worked at least half the legal or conventional time: 500 €/year, ceiling 5 000 € (L. 6323-11 al. 1, R. 6323-1 I). */
export const standardAccrual = /* @__PURE__ */ (() => p<AccrualAmount>({
  id: 'cpf.accrual.standard',
  label: 'Alimentation annuelle de droit commun',
  labelEn: 'Standard yearly crediting of the account',
  unit: 'EUR',
  values: [{ from: '2019-01-01', value: { yearly: '500.00', ceiling: '5000.00' }, status: 'confirmed', references: [REF.L6323_11, REF.R6323_1] }],
}))();

/** Low-qualified employee (no level-3 diploma…), at least half time, declared: 800 €/year, ceiling 8 000 € (L. 6323-11-1, R. 6323-3-1). */
export const lowQualificationAccrual = /* @__PURE__ */ (() => p<AccrualAmount>({
  id: 'cpf.accrual.low-qualification',
  label: 'Alimentation majorée des salariés peu qualifiés',
  labelEn: 'Increased yearly crediting for low-qualified employees',
  unit: 'EUR',
  values: [{ from: '2019-01-01', value: { yearly: '800.00', ceiling: '8000.00' }, status: 'confirmed', references: [REF.L6323_11_1, REF.R6323_3_1] }],
}))();

/** Bénéficiaire de l'obligation d'emploi (L. 5212-13): +300 € on the 500 €, within 8 000 € (L. 6323-11 al. 3, D. 6323-3-3, from 9 June 2019). */
export const disabilityIncrease = /* @__PURE__ */ (() => p<AccrualAmount>({
  id: 'cpf.accrual.disability-increase',
  label: "Majoration des bénéficiaires de l'obligation d'emploi",
  labelEn: "Increase for beneficiaries of the employment obligation (obligation d'emploi, workers with disabilities)",
  unit: 'EUR',
  values: [{ from: '2019-06-09', value: { yearly: '300.00', ceiling: '8000.00' }, status: 'confirmed', references: [REF.L6323_11, REF.D6323_3_3] }],
}))();

/** ESAT worker: 800 € per year of admission, ceiling 8 000 € (L. 6323-34, R. 6323-29 as of décret 2025-844, 28 Aug 2025). */
export const esatAccrual = /* @__PURE__ */ (() => p<AccrualAmount>({
  id: 'cpf.accrual.esat',
  label: 'Alimentation des travailleurs en ESAT',
  labelEn: 'Yearly crediting for workers in an ESAT (sheltered employment establishment)',
  unit: 'EUR',
  values: [
    {
      from: '2025-08-28',
      value: { yearly: '800.00', ceiling: '8000.00' },
      status: 'confirmed',
      references: [REF.L6323_34, REF.R6323_29],
      note: 'Seule la version du décret 2025-844 a été lue : les années antérieures ne sont pas couvertes.',
      noteEn: 'Only the version of décret 2025-844 was read: earlier years are not covered.',
    },
  ],
}))();

/** Self-employed: 500 € per year of activity, ceiling 5 000 €, pro rata, if the training contribution was paid (L. 6323-27, R. 6323-22). */
export const selfEmployedAccrual = /* @__PURE__ */ (() => p<AccrualAmount>({
  id: 'cpf.accrual.self-employed',
  label: 'Alimentation des travailleurs indépendants',
  labelEn: 'Yearly crediting for self-employed workers',
  unit: 'EUR',
  values: [{ from: '2019-01-01', value: { yearly: '500.00', ceiling: '5000.00' }, status: 'confirmed', references: [REF.L6323_27, REF.R6323_22] }],
}))();

/** Reference durations for the pro rata below half time (R. 6323-1 II). */
export interface ReferenceDurations {
  /** Full time in hours when the caller gives none (no conventional duration). */
  readonly defaultHours: number;
  /** Largest forfait in days. */
  readonly maxForfaitDays: number;
}

export const referenceDurations = /* @__PURE__ */ (() => p<ReferenceDurations>({
  id: 'cpf.accrual.reference-durations',
  label: 'Durées de référence du prorata',
  labelEn: 'Reference durations for the pro rata',
  values: [{ from: '2019-01-01', value: { defaultHours: 1607, maxForfaitDays: 218 }, status: 'confirmed', references: [REF.R6323_1] }],
}))();

/** When a year's rights appear on the account: before this day (MM-DD) of the next year. */
export const creditTiming = /* @__PURE__ */ (() => p<string>({
  id: 'cpf.accrual.credit-timing',
  label: "Date d'inscription des droits de l'année",
  labelEn: "Date by which a year's rights are credited to the account",
  values: [
    {
      from: '2019-01-01',
      value: '06-15',
      status: 'provisional',
      references: [REF.SERVICE_PUBLIC_F10705],
      note: "Droits de l'année N inscrits avant le 15 juin N+1 (service-public, copie secondaire) ; en pratique de fin janvier à mi-juin.",
      noteEn: 'Rights of year N credited before 15 June of N+1 (service-public.fr, secondary copy); in practice from late January to mid-June.',
    },
  ],
}))();

/**
 * Which rights a purchase uses first, for the `spent` of a year:
 * - until 4 Dec 2025 (R. 6333-3, 2018 version): the droits acquis first, then the complementary
 *   resources (correctif, L. 2254-2 and agreement credits, which sit outside the ceiling);
 * - from 5 Dec 2025 (décret 2025-1156): the resources credited to the account (level 1: correctif
 *   L. 6323-13, L. 2254-2 VI, L. 6323-14 credits) before the droits acquis (level 2). Status
 *   `provisional`: the outside-ceiling balance also holds CEC rights (L. 5151-9), which level 1 does
 *   not list, and a year's spending is not dated inside the year.
 * Source: ../shared/domain/cpf.md §1.2, §1.3, §1.6.
 */
export type SpendingOrder = 'acquired-first' | 'outside-ceiling-first';

export const spendingOrder = /* @__PURE__ */ (() => p<SpendingOrder>({
  id: 'cpf.accrual.spending-order',
  label: 'Droits utilisés en premier lors d’un achat',
  labelEn: 'Rights used first for a purchase',
  values: [
    { from: '2019-01-01', to: '2025-12-04', value: 'acquired-first', status: 'confirmed', references: [REF.R6333_3_2018] },
    {
      from: '2025-12-05',
      value: 'outside-ceiling-first',
      status: 'provisional',
      references: [REF.R6333_3_2025, REF.DECRET_2025_1156, REF.L6323_15],
      note: "Depuis le décret 2025-1156, les ressources inscrites (niveau 1 : correctif, L. 2254-2, accords) passent avant les droits acquis ; le solde hors plafond peut aussi contenir des droits CEC, non classés au niveau 1.",
      noteEn: 'Since décret 2025-1156, the resources credited to the account (level 1: corrective top-up, L. 2254-2, agreements) come before the acquired rights; the balance outside the ceiling may also hold CEC rights (compte d’engagement citoyen, civic engagement account), which level 1 does not list.',
    },
  ],
}))();

/**
 * The bases of the abondements that are neither counted in the yearly crediting nor in the ceiling
 * (L. 6323-15): L. 2254-2 (dismissal after refusing an accord de performance collective), L. 5151-9
 * (CEC), L. 6323-13 (correctif) and L. 6323-14 (agreements). A list of the law as data (issue 8 §1):
 * a host corrects it with `overrideRules`. Source: ../shared/domain/cpf.md §1.6, §2.4.
 */
export const outsideCeilingBases = /* @__PURE__ */ (() => p<readonly string[]>({
  id: 'cpf.accrual.outside-ceiling-bases',
  label: 'Abondements hors alimentation annuelle et hors plafond (L. 6323-15)',
  labelEn: 'Top-ups outside the yearly crediting and the ceiling (L. 6323-15)',
  values: [{ from: '2019-01-01', value: ['L2254-2', 'L5151-9', 'L6323-13', 'L6323-14'], status: 'confirmed', references: [REF.L6323_15] }],
}))();
