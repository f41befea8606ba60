import * as z from '@ofkit/core/internal/zod';
import type { LegalRef, OfkitIssue, Parameter, ResolvedValue, RuleSet, Step, Warning } from '@ofkit/core';
import { OfkitError, addDays, parseInput, valueAt, warningFor } from '@ofkit/core/internal/base';
import { bilingual, shippedRuleSet } from '@ofkit/core/internal';
import { CentsSchema, amountMessage, centsToFr, centsToString, parseCents } from '../internal/cents.js';
import { checkedCents, eurosToCents, ratioCents } from '../internal/euros.js';
import { DateSchema } from '../internal/date.js';
import { REF } from '../internal/refs.js';
import { type AccrualAmount, type ReferenceDurations, type SpendingOrder, creditTiming, spendingOrder, outsideCeilingBases, disabilityIncrease, esatAccrual, lowQualificationAccrual, referenceDurations, selfEmployedAccrual, standardAccrual } from './amounts.js';
import { lazy } from '@ofkit/core/internal';

/** Parameters of {@link projectCpfRights}. */
export type CpfAccrualRules = {
  /** `cpf.accrual.standard`: 500 €/year, ceiling 5 000 €. */
  readonly standardAccrual: Parameter<AccrualAmount>;
  /** `cpf.accrual.low-qualification`: 800 €/year, ceiling 8 000 €. */
  readonly lowQualificationAccrual: Parameter<AccrualAmount>;
  /** `cpf.accrual.disability-increase`: +300 €, ceiling 8 000 €. */
  readonly disabilityIncrease: Parameter<AccrualAmount>;
  /** `cpf.accrual.esat`: 800 €/year, ceiling 8 000 €. */
  readonly esatAccrual: Parameter<AccrualAmount>;
  /** `cpf.accrual.self-employed`: 500 €/year, ceiling 5 000 €. */
  readonly selfEmployedAccrual: Parameter<AccrualAmount>;
  /** `cpf.accrual.reference-durations`: 1 607 h, 218 days. */
  readonly referenceDurations: Parameter<ReferenceDurations>;
  /** `cpf.accrual.credit-timing`: rights of year N credited before this MM-DD of N+1 (provisional). */
  readonly creditTiming: Parameter<string>;
  /** `cpf.accrual.spending-order`: which rights a year's `spent` uses first (R. 6333-3 by date). */
  readonly spendingOrder: Parameter<SpendingOrder>;
  /** `cpf.accrual.outside-ceiling-bases`: the bases of L. 6323-15 (outside the yearly crediting and the ceiling). */
  readonly outsideCeilingBases: Parameter<readonly string[]>;
};
const parameters: CpfAccrualRules = { standardAccrual, lowQualificationAccrual, disabilityIncrease, esatAccrual, selfEmployedAccrual, referenceDurations, creditTiming, spendingOrder, outsideCeilingBases };

/**
 * The law {@link projectCpfRights} applies; derive a corrected set with `overrideRules` (for example
 * when a Conseil d'État decree updates the 500 € amount).
 *
 * @example
 * ```ts
 * import { overrideRules } from '@ofkit/core';
 * import { cpfAccrualRules, projectCpfRights } from '@ofkit/cpf';
 * const rules = overrideRules(cpfAccrualRules, {
 *   standardAccrual: [{ from: '2027-01-01', value: { yearly: '550.00', ceiling: '5500.00' }, status: 'confirmed', references: [] }],
 * });
 * projectCpfRights({ years: [{ year: 2027, activities: [{ status: 'employee' }] }] }, { rules }).balance; // '550.00'
 * ```
 */
export const cpfAccrualRules = /* @__PURE__ */ (() => shippedRuleSet(parameters))();

/** The messages of a quantity problem (« quantité » is feminine: the amount's sentences cannot be patched word for word). */
const QUANTITY_MESSAGES: Readonly<Record<ReturnType<typeof parseCents> & string, readonly [string, string]>> = {
  invalid_amount: ['Quantité invalide (chiffres et point décimal, ex. "218.00").', 'Invalid quantity (digits and a decimal point, e.g. "218.00").'],
  invalid_type: ['Quantité attendue (nombre ou chaîne).', 'Expected a quantity (number or string).'],
  not_finite: ['Quantité non finie.', 'The quantity is not finite.'],
  too_many_decimals: ['Plus de deux décimales.', 'More than two decimals.'],
  too_large: ['Quantité hors limites (maximum 1000000000000.00).', 'Quantity out of range (maximum 1000000000000.00).'],
  negative_amount: ['La quantité ne peut pas être négative.', 'The quantity cannot be negative.'],
};

/** Quantities of time (hours, days, months) with at most two decimals; output in hundredths. */
const Quantity = /* @__PURE__ */ lazy(() => z.union([z.string(), z.number()]).transform((v, ctx) => {
  const r = parseCents(v);
  if (typeof r === 'number') return r;
  const [fr, en] = QUANTITY_MESSAGES[r] ?? amountMessage(r);
  ctx.issues.push({ code: 'custom', message: bilingual(fr, en), params: { code: r }, input: v });
  return z.NEVER;
}));

const TimeSchema = /* @__PURE__ */ lazy(() => z.strictObject({
  unit: z.enum(['hours', 'days', 'months']),
  worked: Quantity(),
  reference: Quantity().optional(),
}));

const ActivitySchema = /* @__PURE__ */ lazy(() => z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('employee'), time: TimeSchema().optional() }),
  z.strictObject({ status: z.literal('self-employed'), contributionPaid: z.boolean(), time: TimeSchema().optional() }),
  z.strictObject({ status: z.literal('esat') }),
]));

/** The bases L. 6323-15 names today (the list in force is the parameter `outsideCeilingBases`). */
/** A basis whose amounts are credited beyond the accrual ceiling (L. 6323-15; the list is the dated parameter `outsideCeilingBases`). */
export type OutsideCeilingBasis = 'L2254-2' | 'L5151-9' | 'L6323-13' | 'L6323-14';

const YearSchema = /* @__PURE__ */ lazy(() => z.strictObject({
  year: z.number().int().min(2019).max(2100),
  activities: z.array(ActivitySchema()).max(20),
  lowQualification: z.boolean().optional(),
  disabilityBeneficiary: z.boolean().optional(),
  spent: z.optional(CentsSchema),
  outsideCeiling: z.array(z.strictObject({ id: z.string().min(1).optional(), basis: z.string().min(1).max(40), amount: CentsSchema })).max(50).optional(),
}));

const HistorySchema = /* @__PURE__ */ lazy(() => z
  .strictObject({
    startingBalance: z.optional(CentsSchema),
    startingOutsideCeiling: z.optional(CentsSchema),
    retirementConditionsMetOn: z.optional(DateSchema),
    years: z.array(YearSchema()).min(1).max(100),
  })
  .superRefine((h, ctx) => {
    h.years.forEach((y, i) => {
      const prev = h.years[i - 1];
      if (prev && y.year <= prev.year) ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: bilingual('Les années doivent être croissantes et distinctes.', 'Years must be increasing and distinct.'), params: { code: 'years_not_increasing' } });
      y.activities.forEach((a, j) => {
        if (a.status === 'esat' || !a.time) return;
        if (a.time.reference === 0) ctx.addIssue({ code: 'custom', path: ['years', i, 'activities', j, 'time', 'reference'], message: bilingual('La durée de référence doit être positive.', 'The reference duration must be positive.'), params: { code: 'zero_reference' } });
        if (a.status === 'self-employed' && a.time.reference === undefined && a.time.unit !== 'months') ctx.addIssue({ code: 'custom', path: ['years', i, 'activities', j, 'time', 'reference'], message: bilingual('Durée de référence requise pour un travailleur indépendant (sauf en mois).', 'Reference duration required for a self-employed activity (except in months).'), params: { code: 'reference_required' } });
      });
    });
  }));

/** A year of activity, as {@link projectCpfRights} reads it. */
export interface CpfActivityYear {
  /** Calendar year (2019–2100), strictly increasing across `years`; computed with the values in force on its 31 December. */
  readonly year: number;
  /** What the holder did that year; several statuses ⇒ the most favourable amount and ceiling (R. 6323-27). */
  readonly activities: ReadonlyArray<
    | {
        /** `employee`: 500 € a year at least half time (parameter `standardAccrual`), pro rata below, rounded up to the cent (R. 6323-1); `lowQualification` and `disabilityBeneficiary` raise it. */
        readonly status: 'employee';
        /** Time worked against the full time (absences of L. 6323-12 count as worked). Absent = at least half time. `hours` default reference 1 607 h; `days` = forfait (≤ 218, default 218); `months` default 12. */
        readonly time?: {
          /** Unit of `worked` and `reference`: `hours` (default reference 1 607 h), `days` (forfait jours, at most and by default 218) or `months` (default reference 12). */
          readonly unit: 'hours' | 'days' | 'months';
          /** Time worked in `unit`, a number or a decimal string, at most two decimals; counted up to `reference`. */
          readonly worked: number | string;
          /** Full-time reference in `unit`, > 0, a number or a decimal string, at most two decimals; default as given for `unit` (parameter `referenceDurations`). */
          readonly reference?: number | string;
        };
      }
    | {
        /** `self-employed`: 500 € a year pro rata of the time in activity, if the training contribution was paid (L. 6323-27). */
        readonly status: 'self-employed';
        /** The training contribution was actually paid (L. 6323-27): otherwise nothing is credited. */
        readonly contributionPaid: boolean;
        /** Time in activity; absent = the whole year. A `reference` is required unless `unit` is `months`. */
        readonly time?: {
          /** Unit of `worked` and `reference`: `hours` (default reference 1 607 h), `days` (forfait jours, at most and by default 218) or `months` (default reference 12). */
          readonly unit: 'hours' | 'days' | 'months';
          /** Time worked in `unit`, a number or a decimal string, at most two decimals; counted up to `reference`. */
          readonly worked: number | string;
          /** Full-time reference in `unit`, > 0, a number or a decimal string, at most two decimals; default as given for `unit` (parameter `referenceDurations`). */
          readonly reference?: number | string;
        };
      }
    | {
        /** `esat`: worker in an ESAT, 800 € a year, ceiling 8 000 € (parameter `esatAccrual`). */
        readonly status: 'esat';
      }
  >;
  /** Declared low qualification (L. 6323-11-1). */
  readonly lowQualification?: boolean;
  /** Bénéficiaire de l'obligation d'emploi (L. 5212-13). */
  readonly disabilityBeneficiary?: boolean;
  /**
   * Rights used during the year, in euros (`"150.00"` or a number, at most two decimals). Until 2025 they are taken from the acquired rights first; from
   * 2026 from the rights outside the ceiling first (level 1 of R. 6333-3 since décret 2025-1156,
   * parameter `spendingOrder`, read on 1 January of the year).
   */
  readonly spent?: number | string;
  /** Abondements outside the ceiling credited that year (L. 6323-15). */
  readonly outsideCeiling?: ReadonlyArray<{
    /** Optional identifier (non-empty), shown in the explanation. */
    readonly id?: string;
    /** Legal basis; it must be in the parameter `outsideCeilingBases` in force that year (L. 6323-15), else the input is refused. */
    readonly basis: OutsideCeilingBasis;
    /** Amount credited, in euros, ≥ 0: a decimal string such as `"500.00"` or a number, at most two decimals. */
    readonly amount: number | string;
  }>;
}

/** Input of {@link projectCpfRights}. */
export interface CpfRightsHistory {
  /** Acquired rights (within the ceiling) before the first year, in euros (`"1200.00"` or a number, at most two decimals); default 0. */
  readonly startingBalance?: number | string;
  /** Rights outside the ceiling before the first year, in euros (`"3000.00"` or a number, at most two decimals); default 0. */
  readonly startingOutsideCeiling?: number | string;
  /** Day the holder met the retirement conditions of L. 5421-4 1°–3°, an ISO date `YYYY-MM-DD`: crediting stops and rights can no longer be used (L. 6323-3). */
  readonly retirementConditionsMetOn?: string;
  /** The years of activity, at least one, in increasing order. */
  readonly years: readonly CpfActivityYear[];
}

/** One year of {@link CpfRightsProjection}. */
export interface CpfRightsYear {
  readonly year: number;
  /** Amount the year's activity earns before the ceiling. */
  readonly earned: string;
  /** Amount actually credited (after the ceiling). */
  readonly credited: string;
  readonly ceiling: string;
  readonly cappedByCeiling: boolean;
  /** The year's rights appear on the account before this date (provisional: service-public). */
  readonly creditedBefore?: string;
  readonly spent: string;
  /** Abondements outside the ceiling credited this year (L. 6323-15). */
  readonly outsideCeiling: string;
  /** Acquired rights within the ceiling after the year. */
  readonly balance: string;
  /** Rights outside the ceiling after the year. */
  readonly outsideCeilingBalance: string;
  readonly explanation: Step[];
  readonly references: LegalRef[];
}

/** Result of {@link projectCpfRights}. */
export interface CpfRightsProjection {
  readonly years: CpfRightsYear[];
  /** Acquired rights within the ceiling at the end. */
  readonly balance: string;
  /** Rights outside the ceiling at the end (L. 6323-15). */
  readonly outsideCeiling: string;
  readonly total: string;
  /** `false` once the retirement conditions are met (L. 6323-3). */
  readonly rightsUsable: boolean;
  /** Last day the rights could be used, when retirement conditions are met. */
  readonly rightsUsableUntil?: string;
  readonly explanation: Step[];
  readonly warnings: Warning[];
  readonly references: LegalRef[];
}

interface Earning {
  readonly amount: number;
  readonly ceiling: number;
  readonly label: string;
  readonly references: readonly LegalRef[];
}

/**
 * Projects the CPF rights credited year by year from the holder's activity: 500 € a year up to
 * 5 000 € for an employee working at least half time, pro rata below half time rounded up to the
 * next cent (R. 6323-1 II), 800 €/8 000 € for a declared low qualification, +300 € up to 8 000 € for a
 * bénéficiaire de l'obligation d'emploi, 800 €/8 000 € in an ESAT, 500 €/5 000 € pro rata for the
 * self-employed who paid their contribution; the most favourable amount and ceiling when several
 * statuses (R. 6323-27); abondements outside the ceiling kept apart (L. 6323-15); crediting stops
 * when the retirement conditions are met (L. 6323-3). Each year is computed with the values in
 * force on its 31 December.
 *
 * @example
 * ```ts
 * import { projectCpfRights } from '@ofkit/cpf';
 * const p = projectCpfRights({
 *   years: [
 *     { year: 2024, activities: [{ status: 'employee' }] },
 *     { year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked: 700 } }] },
 *   ],
 * });
 * p.years.map((y) => y.credited); // ['500.00', '217.80'] (700 / 1607 × 500 = 217.797…, rounded up)
 * p.balance; // '717.80'
 * ```
 */
export function projectCpfRights(history: CpfRightsHistory, options: { readonly rules?: RuleSet<CpfAccrualRules> } = {}): CpfRightsProjection {
  const h = parseInput(HistorySchema(), history);
  const rules = options.rules ?? cpfAccrualRules;
  const warnings: Warning[] = [];
  const allRefs: LegalRef[] = [];
  const problems: OfkitIssue[] = [];
  let balance = h.startingBalance ?? 0;
  let outside = h.startingOutsideCeiling ?? 0;
  const retireYear = h.retirementConditionsMetOn ? Number(h.retirementConditionsMetOn.slice(0, 4)) : undefined;
  const years: CpfRightsYear[] = [];
  const steps: Step[] = [];

  const at = <T>(p: Parameter<T>, date: string, path: Array<string | number>): ResolvedValue<T> => {
    try {
      const r = valueAt(p, date);
      const w = warningFor(r);
      if (w) warnings.push(w);
      return r;
    } catch (e) {
      if (e instanceof OfkitError) throw new OfkitError(e.code, e.issues.map((i) => ({ ...i, path })));
      throw e;
    }
  };

  h.years.forEach((y, yi) => {
    const date = `${y.year}-12-31`;
    const ysteps: Step[] = [];
    const yrefs: LegalRef[] = [];
    const path = ['years', yi, 'year'];
    // Rights used during the year.
    const spent = y.spent ?? 0;
    if (spent > 0) {
      if (spent > checkedCents(balance + outside)) {
        problems.push({ path: ['years', yi, 'spent'], code: 'spent_exceeds_rights', message: `Droits utilisés en ${y.year} (${centsToFr(spent)}) supérieurs aux droits disponibles (${centsToFr(checkedCents(balance + outside))}).`, messageEn: `Rights spent in ${y.year} exceed the rights available.` });
      }
      const order = at(rules.spendingOrder, `${y.year}-01-01`, path);
      const yearEnd = valueAt(rules.spendingOrder, date).value;
      const outsideFirst = order.value === 'outside-ceiling-first';
      const first = outsideFirst ? outside : balance;
      const fromFirst = spent > first ? first : spent;
      const rest = checkedCents(spent - fromFirst);
      const second = outsideFirst ? balance : outside;
      const fromSecond = rest > second ? second : rest;
      const fromBalance = outsideFirst ? fromSecond : fromFirst;
      const fromOutside = outsideFirst ? fromFirst : fromSecond;
      balance = checkedCents(balance - fromBalance);
      outside = checkedCents(outside - fromOutside);
      for (const r of order.references) yrefs.push(r);
      ysteps.push({
        code: 'RIGHTS_SPENT',
        label: `Droits utilisés en ${y.year} : ${centsToFr(spent)}, pris d'abord sur ${outsideFirst ? 'les droits hors plafond (ressources inscrites, niveau 1 de R. 6333-3)' : 'les droits acquis'} : ${centsToFr(fromBalance)} de droits acquis, ${centsToFr(fromOutside)} hors plafond.`,
        labelEn: `Rights spent in ${y.year}: EUR ${centsToString(spent)} (${outsideFirst ? 'outside-ceiling rights first' : 'acquired rights first'}).`,
        amounts: { spent: centsToString(spent), fromAcquired: centsToString(fromBalance), fromOutsideCeiling: centsToString(fromOutside) },
        references: order.references,
      });
      if (yearEnd !== order.value && fromBalance > 0 && (fromOutside > 0 || outside > 0)) {
        warnings.push({
          code: 'SPENDING_ORDER_CHANGED_IN_YEAR',
          message: `${y.year} : l'ordre de mobilisation a changé le 5 décembre 2025 (décret 2025-1156) ; les droits utilisés cette année sont imputés selon l'ordre en vigueur au 1er janvier (droits acquis d'abord). Un achat fait à partir du 5 décembre aurait d'abord utilisé les droits hors plafond.`,
          messageEn: `${y.year}: the order of mobilisation changed on 5 Dec 2025; the rights spent this year are charged by the order in force on 1 January (acquired rights first). A purchase from 5 Dec would have used outside-ceiling rights first.`,
          status: 'provisional',
          references: [REF.R6333_3_2025, REF.DECRET_2025_1156],
        });
      }
    }

    // What the year's activity earns.
    const std = at(rules.standardAccrual, date, path);
    const refDur = at(rules.referenceDurations, date, path).value;
    let best: Earning | undefined;
    let ceiling = eurosToCents(std.value.ceiling);
    const consider = (e: Earning) => {
      if (!best || e.amount > best.amount) best = e;
      if (e.ceiling > ceiling) ceiling = e.ceiling;
    };
    y.activities.forEach((a, ai) => {
      const apath = ['years', yi, 'activities', ai];
      if (a.status === 'esat') {
        const r = at(rules.esatAccrual, date, apath);
        consider({ amount: eurosToCents(r.value.yearly), ceiling: eurosToCents(r.value.ceiling), label: `travailleur en ESAT : ${centsToFr(eurosToCents(r.value.yearly))} (plafond ${centsToFr(eurosToCents(r.value.ceiling))})`, references: r.references });
        return;
      }
      const t = a.time;
      const defRef = t?.unit === 'hours' ? refDur.defaultHours * 100 : t?.unit === 'days' ? refDur.maxForfaitDays * 100 : 1200;
      const reference = t?.reference ?? defRef;
      if (t?.unit === 'days' && reference > refDur.maxForfaitDays * 100) {
        problems.push({ path: [...apath, 'time', 'reference'], code: 'forfait_too_long', message: `Forfait de ${centsToString(reference)} jours supérieur au maximum de ${refDur.maxForfaitDays} jours (R. 6323-1).`, messageEn: `Forfait above ${refDur.maxForfaitDays} days.` });
      }
      const worked = t ? Math.min(t.worked, reference) : reference;
      const unit = t?.unit === 'hours' ? 'h' : t?.unit === 'days' ? 'jours' : 'mois';
      if (a.status === 'self-employed') {
        const r = at(rules.selfEmployedAccrual, date, apath);
        if (!a.contributionPaid) {
          ysteps.push({ code: 'SELF_EMPLOYED_NO_CONTRIBUTION', label: `Activité indépendante ${y.year} : contribution à la formation non acquittée, aucun droit (L. 6323-27).`, labelEn: 'Self-employed: training contribution not paid, no rights.', references: [REF.L6323_27] });
          consider({ amount: 0, ceiling: eurosToCents(r.value.ceiling), label: 'indépendant sans contribution', references: r.references });
          return;
        }
        const amount = worked >= reference ? eurosToCents(r.value.yearly) : ratioCents(eurosToCents(r.value.yearly), worked, reference, 'ceil');
        consider({ amount, ceiling: eurosToCents(r.value.ceiling), label: worked >= reference ? `travailleur indépendant : ${centsToFr(amount)}` : `travailleur indépendant au prorata ${centsToString(worked)}/${centsToString(reference)} ${unit}, arrondi au centime supérieur : ${centsToFr(amount)}`, references: r.references });
        return;
      }
      // Employee.
      const halfOrMore = worked * 2 >= reference;
      if (halfOrMore) {
        let e: Earning = { amount: eurosToCents(std.value.yearly), ceiling: eurosToCents(std.value.ceiling), label: `salarié au moins à mi-temps : ${centsToFr(eurosToCents(std.value.yearly))}`, references: std.references };
        if (y.disabilityBeneficiary) {
          const d = at(rules.disabilityIncrease, date, apath);
          const amt = checkedCents(eurosToCents(std.value.yearly) + eurosToCents(d.value.yearly));
          e = amt > e.amount ? { amount: amt, ceiling: eurosToCents(d.value.ceiling), label: `bénéficiaire de l'obligation d'emploi : ${centsToFr(eurosToCents(std.value.yearly))} + ${centsToFr(eurosToCents(d.value.yearly))} (plafond ${centsToFr(eurosToCents(d.value.ceiling))})`, references: [...std.references, ...d.references] } : e;
        }
        if (y.lowQualification) {
          const l = at(rules.lowQualificationAccrual, date, apath);
          const amt = eurosToCents(l.value.yearly);
          if (amt > e.amount || (amt === e.amount && eurosToCents(l.value.ceiling) > e.ceiling)) e = { amount: amt, ceiling: eurosToCents(l.value.ceiling), label: `salarié peu qualifié : ${centsToFr(amt)} (plafond ${centsToFr(eurosToCents(l.value.ceiling))})`, references: l.references };
        }
        consider(e);
      } else {
        const amount = ratioCents(eurosToCents(std.value.yearly), worked, reference, 'ceil');
        consider({ amount, ceiling: eurosToCents(std.value.ceiling), label: `salarié à moins d'un mi-temps : ${centsToString(worked)}/${centsToString(reference)} ${unit} × ${centsToFr(eurosToCents(std.value.yearly))}, arrondi au centime supérieur = ${centsToFr(amount)}`, references: [...std.references, REF.R6323_1] });
        if (y.lowQualification || y.disabilityBeneficiary) {
          warnings.push({ code: 'BELOW_HALF_TIME_MAJORATION_UNCONFIRMED', message: `${y.year} : moins d'un mi-temps ; la majoration (peu qualifié ou obligation d'emploi) n'est pas appliquée au prorata, faute de texte lu sur ce cas.`, messageEn: `${y.year}: below half time; the increase (low qualification or disability) is not applied pro rata, no text read on this case.`, status: 'provisional', references: [REF.R6323_1, REF.R6323_3_1, REF.D6323_3_3] });
        }
      }
    });

    let credited = 0;
    let earned = 0;
    let capped = false;
    let creditedBefore: string | undefined;
    if (retireYear !== undefined && y.year >= retireYear) {
      ysteps.push({ code: 'RETIREMENT_STOP', label: `${y.year} : conditions de retraite remplies le ${h.retirementConditionsMetOn}, le compte n'est plus alimenté (L. 6323-3).`, labelEn: `${y.year}: retirement conditions met, no more crediting.`, references: [REF.L6323_3, REF.L5421_4] });
    } else if (best) {
      const b: Earning = best;
      earned = b.amount;
      const room = checkedCents(ceiling - balance);
      credited = room < 0 ? 0 : earned > room ? room : earned;
      capped = credited < earned;
      for (const r of b.references) yrefs.push(r);
      ysteps.push({ code: 'YEAR_EARNED', label: `${y.year} : ${b.label}.`, labelEn: `${y.year}: earned EUR ${centsToString(earned)}.`, amounts: { earned: centsToString(earned) }, references: b.references });
      if (y.activities.length > 1) ysteps.push({ code: 'MOST_FAVOURABLE', label: 'Plusieurs statuts dans l’année : montant et plafond les plus favorables (R. 6323-27).', labelEn: 'Several statuses: the most favourable amount and ceiling.', references: [REF.R6323_27] });
      ysteps.push(
        capped
          ? { code: 'CEILING_REACHED', label: `Plafond de ${centsToFr(ceiling)} : ${centsToFr(credited)} inscrits sur ${centsToFr(earned)}.`, labelEn: `Ceiling of EUR ${centsToString(ceiling)}: EUR ${centsToString(credited)} credited.`, amounts: { credited: centsToString(credited), ceiling: centsToString(ceiling) }, references: [REF.R6323_1] }
          : { code: 'YEAR_CREDITED', label: `${centsToFr(credited)} inscrits (plafond ${centsToFr(ceiling)}).`, labelEn: `EUR ${centsToString(credited)} credited.`, amounts: { credited: centsToString(credited), ceiling: centsToString(ceiling) } },
      );
      if (credited > 0) {
        const timing = at(rules.creditTiming, date, path);
        creditedBefore = `${y.year + 1}-${timing.value}`;
        if (retireYear === y.year + 1 && h.retirementConditionsMetOn! < creditedBefore) {
          warnings.push({ code: 'RETIREMENT_CREDIT_TIMING', message: `Les droits de ${y.year} sont inscrits avant le ${creditedBefore}, mais les conditions de retraite sont remplies le ${h.retirementConditionsMetOn} : s'ils sont inscrits après cette date, ils ne le seront pas.`, messageEn: `The ${y.year} rights are credited before ${creditedBefore}, but retirement conditions are met on ${h.retirementConditionsMetOn}: crediting after that date would not happen.`, status: 'provisional', references: [REF.L6323_3, REF.SERVICE_PUBLIC_F10705] });
        }
      }
    } else {
      ysteps.push({ code: 'NO_ACTIVITY', label: `${y.year} : aucune activité ouvrant des droits.`, labelEn: `${y.year}: no activity earning rights.` });
    }
    balance = checkedCents(balance + credited);
    let yOutside = 0;
    const outsideList = y.outsideCeiling ?? [];
    const bases = outsideList.length > 0 ? at(rules.outsideCeilingBases, date, path) : undefined;
    outsideList.forEach((o, oi) => {
      if (!bases!.value.includes(o.basis)) {
        problems.push({ path: ['years', yi, 'outsideCeiling', oi, 'basis'], code: 'not_outside_ceiling', message: `« ${o.basis} » n'est pas une base d'abondement hors plafond en ${y.year} (L. 6323-15 : ${bases!.value.join(', ')}).`, messageEn: `"${o.basis}" is not a basis of top-up outside the ceiling in ${y.year} (L. 6323-15: ${bases!.value.join(', ')}).` });
        return;
      }
      yOutside = checkedCents(yOutside + o.amount);
      ysteps.push({ code: 'OUTSIDE_CEILING', label: `Abondement ${o.id ? `« ${o.id} » ` : ''}(${o.basis}) de ${centsToFr(o.amount)} : hors plafond et hors alimentation annuelle (L. 6323-15).`, labelEn: `Top-up (${o.basis}) outside the ceiling (L. 6323-15).`, amounts: { amount: centsToString(o.amount) }, references: bases!.references });
      for (const r of bases!.references) yrefs.push(r);
    });
    outside = checkedCents(outside + yOutside);
    for (const r of yrefs) allRefs.push(r);
    for (const s of ysteps) steps.push(s);
    years.push({
      year: y.year,
      earned: centsToString(earned),
      credited: centsToString(credited),
      ceiling: centsToString(ceiling),
      cappedByCeiling: capped,
      ...(creditedBefore !== undefined ? { creditedBefore } : {}),
      spent: centsToString(spent),
      outsideCeiling: centsToString(yOutside),
      balance: centsToString(balance),
      outsideCeilingBalance: centsToString(outside),
      explanation: ysteps,
      references: dedupe(yrefs),
    });
  });
  if (problems.length > 0) throw new OfkitError('INVALID_INPUT', problems);
  const usable = h.retirementConditionsMetOn === undefined;
  if (!usable) {
    steps.push({ code: 'RIGHTS_NOT_USABLE', label: `Depuis le ${h.retirementConditionsMetOn}, les droits ne peuvent plus être mobilisés (L. 6323-3), sauf droits CEC pour des missions de bénévolat.`, labelEn: 'Since the retirement conditions were met, rights can no longer be used.', references: [REF.L6323_3, REF.L5421_4] });
    allRefs.push(REF.L6323_3);
  }
  const seen = new Set<string>();
  return {
    years,
    balance: centsToString(balance),
    outsideCeiling: centsToString(outside),
    total: centsToString(checkedCents(balance + outside)),
    rightsUsable: usable,
    ...(usable ? {} : { rightsUsableUntil: addDays(h.retirementConditionsMetOn!, -1) }),
    explanation: steps,
    warnings: warnings.filter((w) => {
      const k = `${w.code}|${w.parameter ?? ''}|${w.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
    references: dedupe(allRefs),
  };
}

function dedupe(refs: readonly LegalRef[]): LegalRef[] {
  return [...new Map(refs.map((r) => [`${r.source}|${r.article}|${r.title}`, r])).values()];
}
