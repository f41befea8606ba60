import type { CivilDate, EndOfMonthPolicy, LegalRef, Step, Warning } from '@ofkit/core';
import { CivilDateSchema, addMonths, parseInput, valueAt, warningFor } from '@ofkit/core/internal/base';
import { bilingual } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { AuditTypeSchema, type AuditType } from '../referential/options.js';
import { rnqRules, RnqRulesSchema, type RnqRules } from '../referential/rules.js';
import { REF } from '../shared/references.js';
import { lazy } from '@ofkit/core/internal';

/** Input of {@link nonConformityDeadlines}. */
export interface NonConformityInput {
  /** Date the non-conformity was notified, an ISO date `YYYY-MM-DD`; the deadlines run from it. */
  readonly notifiedOn: CivilDate;
  /** Grade notified by the certifier: `major` (corrective actions within 3 months, verified within the month after) or `minor` (action plan implemented within 6 months, checked at the next audit). */
  readonly grade: 'minor' | 'major';
  /** The audit that raised it: an unlifted major NC means suspension after a `surveillance` audit, refusal after an `initial` or `renewal` one. */
  readonly auditType: AuditType;
  /** Minor NCs still open (including this one if minor), for the "5 minors = 1 major" rule. */
  readonly openMinorCount?: number;
  /** `apply` (default, strict) or `ignore` the "5 minors = 1 major" rule (secondary source). */
  readonly fiveMinorsRule?: 'apply' | 'ignore';
  /** End-of-month policy for month arithmetic (default `clamp`, Code de procédure civile art. 641: 30 November + 3 months = 28 February). */
  readonly endOfMonth?: EndOfMonthPolicy;
  /** The legal parameters to apply (default {@link rnqRules}), read at `notifiedOn`: the NC delays and `minorsCountingAsMajor`. */
  readonly rules?: RnqRules;
}

/** Result of {@link nonConformityDeadlines}. */
export interface NonConformityDeadlines {
  readonly grade: 'minor' | 'major';
  /** Grade after the accumulation rule. */
  readonly effectiveGrade: 'minor' | 'major';
  readonly auditType: AuditType;
  /** Major: corrective actions effective by this date. */
  readonly correctiveActionBy?: CivilDate;
  /** Major: certifier's verification by this date (within the month after). */
  readonly verificationBy?: CivilDate;
  /** Minor: action plan implemented by this date. */
  readonly actionPlanImplementedBy?: CivilDate;
  /** Minor: when it is checked. */
  readonly checkedAt?: 'next-audit';
  /** What happens if not lifted in time. */
  readonly ifNotLifted: 'refusal' | 'suspension' | 'requalified-major';
  readonly explanation: readonly Step[];
  readonly warnings: readonly Warning[];
  readonly references: readonly LegalRef[];
}

const Schema = /* @__PURE__ */ lazy(() => z.object({
  notifiedOn: CivilDateSchema,
  grade: z.enum(['minor', 'major']),
  auditType: AuditTypeSchema,
  openMinorCount: z.number().int().min(0).optional(),
  fiveMinorsRule: z.enum(['apply', 'ignore']).optional(),
  endOfMonth: z.enum(['clamp', 'overflow', 'end-of-month']).optional(),
  rules: RnqRulesSchema.optional(),
}).refine((x) => !(x.grade === 'minor' && x.openMinorCount === 0), {
  message: bilingual('Une NC mineure est notifiée : le nombre de NC mineures ouvertes (celle-ci comprise) est au moins 1.', 'A minor NC is being notified: the open minor count (including this one) is at least 1.'),
  path: ['openMinorCount'],
  params: { code: 'inconsistent_count' },
}));

/**
 * Deadlines after a Qualiopi non-conformity (arrêté du 6 juin 2019 modifié, art. 5): a major NC
 * needs corrective actions effective within 3 months of notification, verified by the certifier
 * within the following month, failing which the certification is refused (initial, renewal) or
 * suspended (surveillance); a minor NC needs its action plan implemented within 6 months, is
 * checked at the next audit and becomes major if still open. Five open minors count as one major
 * (secondary source: warning; option `fiveMinorsRule`). Month arithmetic: core `addMonths` with
 * the `clamp` end-of-month policy by default.
 *
 * @example
 * ```ts
 * import { nonConformityDeadlines } from '@ofkit/rnq';
 * const d = nonConformityDeadlines({ notifiedOn: '2026-11-30', grade: 'major', auditType: 'surveillance' });
 * d.correctiveActionBy; // '2027-02-28' (30 February does not exist: clamp)
 * d.verificationBy; // '2027-03-28'
 * d.ifNotLifted; // 'suspension'
 * nonConformityDeadlines({ notifiedOn: '2026-11-30', grade: 'minor', auditType: 'initial' }).actionPlanImplementedBy; // '2027-05-30'
 * ```
 */
export function nonConformityDeadlines(input: NonConformityInput): NonConformityDeadlines {
  const i = parseInput(Schema(), input);
  const rules = input.rules ?? rnqRules;
  const eom = { endOfMonth: i.endOfMonth ?? 'clamp' } as const;
  const at = i.notifiedOn;
  const warnings: Warning[] = [];
  const explanation: Step[] = [];
  const refs: LegalRef[] = [REF.arreteArt5];
  let effectiveGrade = i.grade;
  const threshold = valueAt(rules.minorsCountingAsMajor, at);
  if (i.grade === 'minor' && i.openMinorCount !== undefined && i.openMinorCount >= threshold.value) {
    const apply = (i.fiveMinorsRule ?? 'apply') === 'apply';
    if (apply) effectiveGrade = 'major';
    const w = warningFor(threshold, 'fiveMinorsRule');
    if (w) warnings.push(w);
    refs.push(REF.fiveMinors);
    explanation.push({
      code: 'MINORS_ACCUMULATION',
      label: `${i.openMinorCount} NC mineures ouvertes : ${threshold.value} NC mineures non levées valent une NC majeure${apply ? ' (appliqué)' : ' (option « ignore » : non appliqué)'}.`,
      labelEn: `${i.openMinorCount} open minor NCs: ${threshold.value} open minors count as one major${apply ? ' (applied)' : ' (ignored by option)'}.`,
      references: threshold.references,
    });
  }
  if (effectiveGrade === 'major') {
    const m = valueAt(rules.majorCorrectiveMonths, at);
    const v = valueAt(rules.majorVerificationMonths, at);
    const correctiveActionBy = addMonths(at, m.value, eom);
    const verificationBy = addMonths(correctiveActionBy, v.value, eom);
    const ifNotLifted = i.auditType === 'surveillance' ? 'suspension' : 'refusal';
    explanation.push(
      { code: 'MAJOR_CORRECTIVE', label: `NC majeure notifiée le ${at} : actions correctives effectives sous ${m.value} mois, soit le ${correctiveActionBy}.`, labelEn: `Major NC notified ${at}: corrective actions effective within ${m.value} months, by ${correctiveActionBy}.`, references: m.references },
      { code: 'MAJOR_VERIFICATION', label: `Vérification par le certificateur dans le mois suivant, au plus tard le ${verificationBy} (audit complémentaire possible).`, labelEn: `Verification by the certifier within the following month, by ${verificationBy}.`, references: v.references },
      {
        code: 'IF_NOT_LIFTED',
        label: ifNotLifted === 'suspension' ? 'À défaut : suspension de la certification.' : `À défaut : refus de certification (audit ${i.auditType === 'renewal' ? 'de renouvellement, mené comme un audit initial' : 'initial'}) ; nouvelle demande possible après 3 mois.`,
        labelEn: ifNotLifted === 'suspension' ? 'Otherwise: certification suspended.' : 'Otherwise: certification refused; new application after 3 months.',
        references: [REF.arreteArt5, REF.arreteAudit],
      },
      { code: 'END_OF_MONTH', label: `Règle de fin de mois : ${eom.endOfMonth}.`, labelEn: `End-of-month policy: ${eom.endOfMonth}.` },
    );
    return { grade: i.grade, effectiveGrade, auditType: i.auditType, correctiveActionBy, verificationBy, ifNotLifted, explanation, warnings, references: refs };
  }
  const six = valueAt(rules.minorImplementationMonths, at);
  const actionPlanImplementedBy = addMonths(at, six.value, eom);
  explanation.push(
    { code: 'MINOR_PLAN', label: `NC mineure notifiée le ${at} : plan d’action transmis dans le délai fixé par le certificateur, mis en œuvre sous ${six.value} mois, soit le ${actionPlanImplementedBy}.`, labelEn: `Minor NC notified ${at}: action plan implemented within ${six.value} months, by ${actionPlanImplementedBy}.`, references: six.references },
    { code: 'MINOR_CHECK', label: 'Vérifiée au prochain audit ; requalifiée en NC majeure si elle n’est pas levée.', labelEn: 'Checked at the next audit; requalified as major if not lifted.', references: [REF.arreteArt5] },
    { code: 'END_OF_MONTH', label: `Règle de fin de mois : ${eom.endOfMonth}.`, labelEn: `End-of-month policy: ${eom.endOfMonth}.` },
  );
  return { grade: i.grade, effectiveGrade, auditType: i.auditType, actionPlanImplementedBy, checkedAt: 'next-audit', ifNotLifted: 'requalified-major', explanation, warnings, references: refs };
}
