import type { CivilDate, EndOfMonthPolicy, LegalRef, Step, Warning } from '@ofkit/core';
import { CivilDateSchema, OfkitError, addDays, addMonths, addYears, parseInput, valueAt, warningFor } from '@ofkit/core/internal/base';
import { dedupeWarnings } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { rnqRules, RnqRulesSchema, type RnqRules } from '../referential/rules.js';
import type { ReferentialId } from '../referential/types.js';
import { REF } from '../shared/references.js';
import { lazy } from '@ofkit/core/internal';

/**
 * How to read « entre le 14e et le 22e mois » (arrêté du 6 juin 2019 modifié, art. 2):
 * - `strict` (default): from 14 months after certification (the 14th month completed) to the day
 *   before 22 months have elapsed (still within the 22nd month) — the intersection of the readings;
 * - `ordinal`: from the first day of the 14th month (certification + 13 months) to the last day of
 *   the 22nd month (certification + 22 months − 1 day);
 * - `elapsed`: from certification + 14 months to certification + 22 months, both included.
 */
export type SurveillanceWindowReading = 'strict' | 'ordinal' | 'elapsed';

/** Input of {@link auditCycle}. */
export interface AuditCycleInput {
  /** Date the certification was obtained (date of the certificate), an ISO date `YYYY-MM-DD`; validity and the surveillance window run from it. */
  readonly certificationDate: CivilDate;
  /** Optional ISO date `YYYY-MM-DD` to situate the cycle (fills `next`: what is due next); a date, never the clock. */
  readonly asOf?: CivilDate;
  /** How to count « entre le 14e et le 22e mois » (arrêté art. 2): `strict` (default), `ordinal` or `elapsed`; see {@link SurveillanceWindowReading}. */
  readonly windowReading?: SurveillanceWindowReading;
  /** End-of-month policy for month arithmetic (default `clamp`, Code de procédure civile art. 641). */
  readonly endOfMonth?: EndOfMonthPolicy;
  /** The legal parameters to apply (default {@link rnqRules}): derive a corrected set with `overrideRules`. Reads `certificateValidityYears` and `surveillanceWindowMonths` at the certification date, the major-NC delays at the last valid day. */
  readonly rules?: RnqRules;
}

/** Result of {@link auditCycle}. */
export interface AuditCycleResult {
  readonly certificationDate: CivilDate;
  readonly validity: { readonly from: CivilDate; readonly lastValidDay: CivilDate; readonly years: number };
  readonly surveillance: { readonly opensOn: CivilDate; readonly closesOn: CivilDate; readonly reading: SurveillanceWindowReading; readonly referentialAtOpening: ReferentialId | null; readonly referentialAtClosing: ReferentialId | null };
  readonly renewal: {
    /** Latest renewal-audit date that still leaves 3 + 1 months to lift a major NC before expiry. */
    readonly latestAuditDate: CivilDate;
    /** Suggested start of the renewal preparation (6 months before expiry; practice). */
    readonly prepareFrom: CivilDate;
  };
  /** With `asOf`: the next step of the cycle. */
  readonly next?: { readonly step: 'surveillance-not-yet-open' | 'surveillance-window-open' | 'renewal-due' | 'renewal-late' | 'expired'; readonly message: string; readonly messageEn: string };
  readonly explanation: readonly Step[];
  readonly warnings: readonly Warning[];
  readonly references: readonly LegalRef[];
}

const AuditCycleSchema = /* @__PURE__ */ lazy(() => z.object({
  certificationDate: CivilDateSchema,
  asOf: CivilDateSchema.optional(),
  windowReading: z.enum(['strict', 'ordinal', 'elapsed']).optional(),
  endOfMonth: z.enum(['clamp', 'overflow', 'end-of-month']).optional(),
  rules: RnqRulesSchema.optional(),
}));

function versionAt(rules: RnqRules, date: CivilDate): ReferentialId | null {
  try {
    return valueAt(rules.referentialVersion, date).value;
  } catch {
    return null;
  }
}

/**
 * The Qualiopi certification cycle: validity (3 years: annex of the Code du travail, part II, 2 a), the
 * surveillance-audit window (between the 14th and the 22nd month, arrêté art. 2; the reading of the
 * bounds is an option), and the renewal timing (an audit late enough to lift a major NC, 3 + 1
 * months, before expiry). Month arithmetic uses `addMonths` of `@ofkit/core` with an explicit
 * end-of-month policy (default `clamp`: 31 January + 1 month = 28/29 February).
 *
 * @example
 * ```ts
 * import { auditCycle } from '@ofkit/rnq';
 * const c = auditCycle({ certificationDate: '2025-03-15' });
 * c.validity.lastValidDay; // '2028-03-14'
 * c.surveillance.opensOn; // '2026-05-15' (14 months)
 * c.surveillance.closesOn; // '2027-01-14' (the day before 22 months)
 * c.renewal.latestAuditDate; // '2027-11-14'
 * c.warnings.some((w) => w.parameter === 'rnq.certificate.validityYears'); // false (confirmed by the annex)
 * ```
 */
export function auditCycle(input: AuditCycleInput): AuditCycleResult {
  const i = parseInput(AuditCycleSchema(), input);
  const rules = input.rules ?? rnqRules;
  const eom = { endOfMonth: i.endOfMonth ?? 'clamp' } as const;
  const reading = i.windowReading ?? 'strict';
  const at = i.certificationDate;
  let validity;
  try {
    validity = valueAt(rules.certificateValidityYears, at);
  } catch (e) {
    if (e instanceof OfkitError) throw new OfkitError(e.code, e.issues.map((x) => ({ ...x, path: ['certificationDate'] })));
    throw e;
  }
  const window = valueAt(rules.surveillanceWindowMonths, at);
  const lastValidDay = addDays(addYears(at, validity.value, eom), -1);
  // NC delays are those in force when the renewal is held (near expiry).
  const major = valueAt(rules.majorCorrectiveMonths, lastValidDay);
  const verif = valueAt(rules.majorVerificationMonths, lastValidDay);
  const { from: m1, to: m2 } = window.value;
  const opensOn = reading === 'ordinal' ? addMonths(at, m1 - 1, eom) : addMonths(at, m1, eom);
  const closesOn = reading === 'elapsed' ? addMonths(at, m2, eom) : addDays(addMonths(at, m2, eom), -1);
  const latestAuditDate = addMonths(lastValidDay, -(major.value + verif.value), eom);
  const prepareFrom = addMonths(lastValidDay, -6, eom);
  const warnings: Warning[] = [];
  const wv = warningFor(validity);
  if (wv) warnings.push(wv);
  warnings.push({
    code: 'INTERPRETED_BOUNDS',
    message: `Bornes de la fenêtre de surveillance lues selon « ${reading} » (« entre le ${m1}e et le ${m2}e mois ») ; autres lectures : option windowReading (strict, ordinal, elapsed).`,
    messageEn: `Surveillance window bounds read as "${reading}"; other readings via option windowReading (strict, ordinal, elapsed).`,
    option: 'windowReading',
    references: [REF.arreteArt2],
  });
  let next: AuditCycleResult['next'];
  if (i.asOf !== undefined) {
    const d = i.asOf;
    if (d > lastValidDay) next = { step: 'expired', message: `Certificat expiré depuis le ${addDays(lastValidDay, 1)}.`, messageEn: `Certificate expired on ${addDays(lastValidDay, 1)}.` };
    else if (d < opensOn) next = { step: 'surveillance-not-yet-open', message: `Fenêtre de l’audit de surveillance : du ${opensOn} au ${closesOn}.`, messageEn: `Surveillance window: ${opensOn} to ${closesOn}.` };
    else if (d <= closesOn) next = { step: 'surveillance-window-open', message: `Fenêtre de surveillance ouverte jusqu’au ${closesOn}.`, messageEn: `Surveillance window open until ${closesOn}.` };
    else if (d <= latestAuditDate) next = { step: 'renewal-due', message: `Audit de renouvellement à tenir au plus tard le ${latestAuditDate}.`, messageEn: `Renewal audit due by ${latestAuditDate}.` };
    else next = { step: 'renewal-late', message: `Trop tard pour lever une NC majeure (3 + 1 mois) avant l’échéance du ${lastValidDay}.`, messageEn: `Too late to lift a major NC (3 + 1 months) before expiry on ${lastValidDay}.` };
  }
  const explanation: Step[] = [
    { code: 'VALIDITY', label: `Validité ${validity.value} ans : du ${at} au ${lastValidDay} inclus (veille de l’anniversaire).`, labelEn: `Valid ${validity.value} years: ${at} to ${lastValidDay} inclusive.`, references: validity.references },
    {
      code: 'SURVEILLANCE_WINDOW',
      label: `Surveillance entre le ${m1}e et le ${m2}e mois, lecture « ${reading} » : du ${opensOn} au ${closesOn}.`,
      labelEn: `Surveillance between month ${m1} and month ${m2}, reading "${reading}": ${opensOn} to ${closesOn}.`,
      amounts: { fromMonth: String(m1), toMonth: String(m2) },
      references: window.references,
    },
    {
      code: 'RENEWAL',
      label: `Renouvellement : audit au plus tard le ${latestAuditDate} pour lever une NC majeure (${major.value} + ${verif.value} mois) avant l’échéance ; préparation dès le ${prepareFrom} (pratique).`,
      labelEn: `Renewal: audit by ${latestAuditDate} to lift a major NC (${major.value} + ${verif.value} months) before expiry; prepare from ${prepareFrom} (practice).`,
      references: [REF.renewalFaq, REF.arreteArt5],
    },
    { code: 'END_OF_MONTH', label: `Règle de fin de mois : ${eom.endOfMonth}.`, labelEn: `End-of-month policy: ${eom.endOfMonth}.` },
  ];
  return {
    certificationDate: at,
    validity: { from: at, lastValidDay, years: validity.value },
    surveillance: { opensOn, closesOn, reading, referentialAtOpening: versionAt(rules, opensOn), referentialAtClosing: versionAt(rules, closesOn) },
    renewal: { latestAuditDate, prepareFrom },
    ...(next !== undefined ? { next } : {}),
    explanation,
    warnings: dedupeWarnings(warnings),
    references: [REF.arreteArt2, REF.arreteArt5, REF.rnqAnnexPart2, REF.renewalFaq],
  };
}
