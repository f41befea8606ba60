import type { CivilDate, LegalRef, OfkitIssue, Step, Warning } from '@ofkit/core';
import { OfkitError, valueAt, warningFor } from '@ofkit/core/internal/base';
import { dedupeReferences, dedupeWarnings, toPlainInputAt } from '@ofkit/core/internal';
import { computeApplicability, type ApplicableIndicator, type AuditScope } from '../applicability/applicable.js';
import type { OfProfile } from '../applicability/profile.js';
import { EVIDENCE_CATALOGUE, EVIDENCE_KINDS, type EvidenceKind } from '../evidence/catalogue.js';
import { indexEvidence, type EvidenceIndex } from '../evidence/index-evidence.js';
import type { EvidenceSet } from '../evidence/model.js';
import { runRules, type RuleOutcome } from '../evidence/rules.js';
import { validateEvidenceSet } from '../evidence/validate.js';
import type { AuditType, RnqOptions } from '../referential/options.js';
import { selectReferential } from '../referential/referential.js';
import type { NonConformityGrade, NewEntrantTreatment, Referential, ReferentialId } from '../referential/types.js';
import { Guard } from '../shared/guard.js';
import { REF } from '../shared/references.js';
import { FREQUENT_FAILURES, requirementGroups } from './requirements.js';
import { validateReadinessHead } from './validate-head.js';

/** Readiness of one indicator. */
export type ReadinessStatus = 'covered' | 'partial' | 'missing' | 'deferred';
/** Non-conformity risk if the audit were held with this evidence. */
export type Risk = 'none' | 'minor' | 'major';

/** A missing or failing point, in French and English. */
export interface Gap {
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
}

/** Readiness of one applicable indicator. */
export interface IndicatorReadiness {
  readonly number: number;
  readonly criterion: number;
  readonly title: string;
  readonly nonConformity: NonConformityGrade;
  readonly newEntrant: NewEntrantTreatment;
  readonly auditScope: AuditScope;
  readonly status: ReadinessStatus;
  /** Never `minor` for a major-only indicator. */
  readonly risk: Risk;
  /** Evidence items counted for the indicator (by kind and explicit links). */
  readonly evidenceCount: number;
  /** Kinds present among those that can evidence it. */
  readonly kindsPresent: readonly EvidenceKind[];
  readonly missing: readonly Gap[];
  /** Points that could not be checked for lack of data (status not lowered). */
  readonly toVerify: readonly Gap[];
  readonly rules: readonly RuleOutcome[];
}

/** One entry of the prioritised to-do list. */
export interface TodoItem {
  readonly priority: number;
  readonly indicator: number;
  readonly title: string;
  readonly risk: Risk;
  readonly action: string;
  readonly actionEn: string;
}

/** Options of {@link assessReadiness}. */
export interface ReadinessOptions extends RnqOptions {
  /** Date of the audit, an ISO date `YYYY-MM-DD`: selects the référentiel version and the rules in force; evidence dated after it is ignored and recency is measured from it. */
  readonly auditDate: CivilDate;
  /** `initial` (default), `surveillance` or `renewal`. */
  readonly auditType?: AuditType;
}

/** Result of {@link assessReadiness}. */
export interface ReadinessResult {
  readonly referential: Pick<Referential, 'id' | 'label' | 'status' | 'indicatorCount'>;
  readonly auditDate: CivilDate;
  readonly auditType: AuditType;
  readonly profile: OfProfile;
  readonly summary: {
    readonly applicable: number;
    readonly covered: number;
    readonly partial: number;
    readonly missing: number;
    readonly deferred: number;
    readonly majorRisks: number;
    readonly minorRisks: number;
    /** Covered indicators over audited ones, in percent with one decimal (`"87.5"`). */
    readonly readinessPercent: string;
  };
  readonly indicators: readonly IndicatorReadiness[];
  readonly rules: readonly RuleOutcome[];
  readonly todo: readonly TodoItem[];
  readonly evidence: { readonly items: number; readonly used: number; readonly ignoredAfterAuditDate: number; readonly sessions: number };
  readonly explanation: readonly Step[];
  readonly warnings: readonly Warning[];
  readonly references: readonly LegalRef[];
}

/** Kinds that can evidence each indicator, per version (computed once). */
const KINDS_BY_INDICATOR: Readonly<Record<ReferentialId, ReadonlyMap<number, readonly EvidenceKind[]>>> = /* @__PURE__ */ (() => {
  const build = (v: ReferentialId) => {
    const m = new Map<number, EvidenceKind[]>();
    for (const kind of EVIDENCE_KINDS) for (const n of EVIDENCE_CATALOGUE[kind].indicators[v]) (m.get(n) ?? m.set(n, []).get(n)!).push(kind);
    return m;
  };
  return { 'rnq-2019-v9': build('rnq-2019-v9'), 'rnq-2026': build('rnq-2026') };
})();

function label(kind: EvidenceKind): string {
  return EVIDENCE_CATALOGUE[kind].label;
}

function assessIndicator(ind: ApplicableIndicator, index: EvidenceIndex, version: ReferentialId, profile: OfProfile, rules: readonly RuleOutcome[]): IndicatorReadiness {
  const base = {
    number: ind.number,
    criterion: ind.criterion,
    title: ind.title,
    nonConformity: ind.nonConformity,
    newEntrant: ind.newEntrant,
    auditScope: ind.auditScope,
  };
  const kinds = KINDS_BY_INDICATOR[version].get(ind.number) ?? [];
  const kindsPresent = kinds.filter((k) => index.byKind.has(k));
  const explicit = index.byIndicator.get(ind.number) ?? [];
  let count = explicit.length;
  for (const k of kindsPresent) count += index.byKind.get(k)!.length;
  const explicitOther = explicit.some((i) => i.kind === 'other');
  if (ind.auditScope === 'deferred') {
    return { ...base, status: 'deferred', risk: 'none', evidenceCount: count, kindsPresent, missing: [], toVerify: [], rules: [] };
  }
  const missing: Gap[] = [];
  const toVerify: Gap[] = [];
  const groups = requirementGroups(ind.number, version, profile.distanceLearning === true);
  let otherUsed = false;
  for (const g of groups) {
    const met = g.some((k) => index.byKind.has(k) || explicit.some((i) => i.kind === k));
    if (met) continue;
    if (explicitOther && !otherUsed) {
      otherUsed = true;
      continue;
    }
    missing.push({
      code: 'MISSING_EVIDENCE',
      message: `Preuve à produire : ${g.map(label).join(' ou ')}.`,
      messageEn: `Expected evidence: ${g.map((k) => EVIDENCE_CATALOGUE[k].labelEn).join(' or ')}.`,
    });
  }
  const mine = ind.auditScope === 'full' ? rules.filter((r) => r.indicator === ind.number) : [];
  let forcesMajor = false;
  for (const r of mine) {
    if (r.status === 'fail') {
      missing.push({ code: `RULE_${r.id}`, message: r.message, messageEn: r.messageEn });
      if (r.forcesMajor) forcesMajor = true;
    } else if (r.status === 'not-checkable') toVerify.push({ code: `RULE_${r.id}`, message: r.message, messageEn: r.messageEn });
  }
  let status: ReadinessStatus;
  if (count === 0) status = 'missing';
  else if (ind.auditScope === 'process-only') status = missing.length < groups.length || groups.length === 0 ? 'covered' : 'partial';
  else status = missing.length === 0 ? 'covered' : 'partial';
  if (ind.auditScope === 'process-only' && status === 'covered') missing.length = 0;
  const risk: Risk = status === 'covered' ? 'none' : status === 'missing' || forcesMajor || ind.nonConformity === 'major-only' ? 'major' : 'minor';
  if (status === 'missing' && missing.length === 0) {
    missing.push({ code: 'NO_EVIDENCE', message: 'Aucune preuve pour cet indicateur.', messageEn: 'No evidence for this indicator.' });
  }
  return { ...base, status, risk, evidenceCount: count, kindsPresent, missing, toVerify, rules: mine };
}

/** Core of {@link assessReadiness} on validated input. */
export function computeReadiness(profile: OfProfile, evidence: EvidenceSet, options: ReadinessOptions): ReadinessResult {
  const { referential, options: o } = selectReferential(options.auditDate, options, ['options']);
  const auditType = options.auditType ?? 'initial';
  const app = computeApplicability(profile, referential, auditType, o, false);
  const index = indexEvidence(evidence.items, evidence.sessions ?? [], options.auditDate);
  const audited = new Set(app.indicators.filter((i) => i.auditScope === 'full').map((i) => i.number));
  const rules = runRules({ index, auditDate: options.auditDate, version: referential.id, profile, rules: o.rules, audited });
  const indicators = app.indicators.map((ind) => assessIndicator(ind, index, referential.id, profile, rules));
  const warnings: Warning[] = [...app.warnings];
  for (const r of rules) {
    if (r.basis === 'practice') {
      warnings.push({
        code: 'PRACTICE_RULE',
        message: `Règle « ${r.id} » (indicateur ${r.indicator}) : pratique, non imposée telle quelle par un texte.`,
        messageEn: `Rule "${r.id}" (indicator ${r.indicator}) is practice, not a rule of a text as such.`,
        references: r.references,
      });
    }
  }
  // The micro-entrepreneur exemption of R. 6333-6-3 compares a revenue with a cap whose 2026 value is
  // disputed (77 700 € kept, 83 600 € announced): a result that relied on it says so.
  if (rules.some((r) => r.id === 'cpf-subcontracting') && evidence.items.some((i) => i.kind === 'subcontracting-contract' && (i.metadata as Record<string, unknown> | undefined)?.['microEntrepreneur'] === true)) {
    const w = warningFor(valueAt(o.rules.cpfMicroEntrepreneurRevenueCap, options.auditDate));
    if (w) warnings.push(w);
  }
  if (rules.some((r) => r.id.startsWith('watch-recent'))) {
    const w = warningFor(valueAt(o.rules.watchMaxAgeMonths, options.auditDate));
    if (w) warnings.push(w);
  }
  const counts = { covered: 0, partial: 0, missing: 0, deferred: 0, major: 0, minor: 0 };
  for (const i of indicators) {
    counts[i.status]++;
    if (i.risk === 'major') counts.major++;
    if (i.risk === 'minor') counts.minor++;
  }
  const minorsAsMajor = valueAt(o.rules.minorsCountingAsMajor, options.auditDate);
  if (counts.minor >= minorsAsMajor.value) {
    warnings.push({
      code: 'MINORS_COUNT_AS_MAJOR',
      message: `${counts.minor} risques de NC mineures : ${minorsAsMajor.value} NC mineures non levées valent une NC majeure (source secondaire).`,
      messageEn: `${counts.minor} minor NC risks: ${minorsAsMajor.value} open minor NCs count as one major NC (secondary source).`,
      parameter: minorsAsMajor.parameter,
      status: minorsAsMajor.status,
      references: minorsAsMajor.references,
    });
  }
  const todo = buildTodo(indicators);
  const audited_n = indicators.length - counts.deferred;
  const pct = audited_n === 0 ? '100.0' : percent(counts.covered, audited_n);
  const explanation: Step[] = [
    ...app.explanation,
    {
      code: 'EVIDENCE_INDEXED',
      label: `${index.used} preuve(s) retenue(s) sur ${evidence.items.length} (${index.ignoredFuture} postérieure(s) à la date d’audit ignorée(s)) ; ${index.sessions.length} session(s).`,
      labelEn: `${index.used} evidence item(s) used of ${evidence.items.length} (${index.ignoredFuture} dated after the audit ignored); ${index.sessions.length} session(s).`,
    },
    {
      code: 'RULES_RUN',
      label: `${rules.length} règle(s) de fond appliquée(s), ${rules.filter((r) => r.status === 'fail').length} en échec.`,
      labelEn: `${rules.length} substance rule(s) run, ${rules.filter((r) => r.status === 'fail').length} failing.`,
    },
    {
      code: 'RISK_GRADING',
      label: 'Risque : aucun si couvert ; majeur si absent, si l’indicateur n’admet que des NC majeures ou si la règle l’impose ; sinon mineur.',
      labelEn: 'Risk: none when covered; major when missing, for major-only indicators or when a rule forces it; otherwise minor.',
      amounts: { covered: String(counts.covered), partial: String(counts.partial), missing: String(counts.missing), deferred: String(counts.deferred), readinessPercent: pct },
      references: [REF.arreteArt5, REF.guideV9],
    },
  ];
  return {
    referential: { id: referential.id, label: referential.label, status: referential.status, indicatorCount: referential.indicatorCount },
    auditDate: options.auditDate,
    auditType,
    profile,
    summary: {
      applicable: indicators.length,
      covered: counts.covered,
      partial: counts.partial,
      missing: counts.missing,
      deferred: counts.deferred,
      majorRisks: counts.major,
      minorRisks: counts.minor,
      readinessPercent: pct,
    },
    indicators,
    rules,
    todo,
    evidence: { items: evidence.items.length, used: index.used, ignoredAfterAuditDate: index.ignoredFuture, sessions: index.sessions.length },
    explanation,
    warnings: dedupeWarnings(warnings),
    references: dedupeReferences([...referential.references, ...rules.flatMap((r) => r.references)]),
  };
}

/**
 * `num / den` in percent with one decimal, rounded half up, computed with integers (no float drift).
 *
 * @example
 * ```ts
 * import { percent } from '@ofkit/rnq';
 * percent(2, 3); // '66.7'
 * percent(1, 8); // '12.5'
 * ```
 */
export function percent(num: number, den: number): string {
  new Guard()
    .check(Number.isSafeInteger(num) && num >= 0, ['num'], 'invalid_count', 'Le numérateur doit être un entier positif ou nul.', 'The numerator must be a non-negative integer.')
    .check(Number.isSafeInteger(den) && den > 0, ['den'], 'invalid_count', 'Le dénominateur doit être un entier strictement positif.', 'The denominator must be a positive integer.')
    .done();
  const tenths = Math.floor((num * 2000 + den) / (2 * den));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

function buildTodo(indicators: readonly IndicatorReadiness[]): TodoItem[] {
  const rank = (n: number) => {
    const i = FREQUENT_FAILURES.indexOf(n);
    return i < 0 ? FREQUENT_FAILURES.length : i;
  };
  const risky = indicators
    .filter((i) => i.risk !== 'none')
    .sort((a, b) => (a.risk === b.risk ? 0 : a.risk === 'major' ? -1 : 1) || rank(a.number) - rank(b.number) || a.number - b.number);
  const out: TodoItem[] = [];
  for (const i of risky) {
    for (const g of i.missing) {
      out.push({ priority: out.length + 1, indicator: i.number, title: i.title, risk: i.risk, action: g.message, actionEn: g.messageEn });
    }
  }
  for (const i of indicators) {
    for (const g of i.toVerify) out.push({ priority: out.length + 1, indicator: i.number, title: i.title, risk: 'none', action: `À vérifier : ${g.message}`, actionEn: `To verify: ${g.messageEn}` });
  }
  return out;
}

/**
 * How ready an OF is for its Qualiopi audit: for each applicable indicator, a status (`covered`,
 * `partial`, `missing`, `deferred` for new entrants), the non-conformity risk (`none`, `minor`,
 * `major`; never `minor` for a major-only indicator), what is missing, and a prioritised to-do list
 * (major risks first, then the indicators small OFs most often fail). Evidence is indexed once, so
 * the cost is linear in the number of items and sessions. Render it with {@link readinessToMarkdown}.
 *
 * @example
 * ```ts
 * import { assessReadiness } from '@ofkit/rnq';
 * const r = assessReadiness(
 *   { categories: ['action-de-formation'] },
 *   { items: [{ kind: 'complaint-log', date: '2026-01-10', metadata: { complaints: [{ id: 'R1', receivedOn: '2026-01-05' }] } }] },
 *   { auditDate: '2026-06-15' },
 * );
 * r.indicators.find((i) => i.number === 31)?.status; // 'partial' (complaint R1 has no answer)
 * r.indicators.find((i) => i.number === 31)?.risk; // 'major' (31 is major-only)
 * r.todo[0]?.risk; // 'major'
 * ```
 */
export function assessReadiness(profile: OfProfile, evidence: EvidenceSet, options: ReadinessOptions): ReadinessResult {
  const issues: OfkitIssue[] = [];
  const collect = <T,>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof OfkitError && e.code === 'INVALID_INPUT') {
        issues.push(...e.issues);
        return undefined;
      }
      throw e;
    }
  };
  // Hand-written, proven equal to the zod schemas by a property test: keeps zod out of the bundle.
  // Plain copies first: getters and proxies that throw, cycles, BigInts inside and excessive nesting
  // become issues at their path, and the caller's objects are never read twice.
  const p = collect(() => toPlainInputAt(profile, ['profile']) as OfProfile);
  const copied = collect(() => toPlainInputAt(options, ['options']) as ReadinessOptions);
  // The rule sets are used as given (an override is recognised by identity), the rest from the copy.
  const o = copied && copied.rules !== undefined && options.rules !== undefined ? { ...copied, rules: options.rules } : copied;
  const e = collect(() => toPlainInputAt(evidence, ['evidence'], 'tree') as EvidenceSet);
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  const head = collect(() => validateReadinessHead(p!, o!));
  const ev = collect(() => validateEvidenceSet(e!));
  if (!head || !ev || issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return computeReadiness(head.profile as OfProfile, ev, { ...o!, auditDate: head.options.auditDate, ...(head.options.auditType !== undefined ? { auditType: head.options.auditType } : {}) });
}
