import type { CivilDate, LegalRef, ResolvedValue, Warning } from '@ofkit/core';
import { CivilDateSchema, OfkitError, parseInput, valueAt, warningFor } from '@ofkit/core/internal/base';
import { dedupeWarnings, issue } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import { REF } from '../shared/references.js';
import { deepFreeze } from '../shared/freeze.js';
import { CRITERIA, buildIndicators2026, buildIndicatorsV9, type LawFacts } from './data.js';
import { RnqOptionsSchema, type RnqOptions } from './options.js';
import { rnqRules, type RnqRules } from './rules.js';
import type { CategoryApplicability, Indicator, Referential, ReferentialId } from './types.js';
import { lazy } from '@ofkit/core/internal';

/** First and last audit dates of each encoded version (the dates its law facts are read at). */
const SPAN: Readonly<Record<ReferentialId, { readonly from: CivilDate; readonly to?: CivilDate }>> = {
  'rnq-2019-v9': { from: '2024-03-08', to: '2026-10-31' },
  'rnq-2026': { from: '2026-11-01' },
};

/** Built indicators by rule set and by the dated values they were built from (pure memo). */
const CACHE = /* @__PURE__ */ (() => new WeakMap<object, Map<string, readonly Indicator[]>>())();

interface RawIndicators {
  readonly indicators: readonly Indicator[];
  /** Warnings of the law facts read (overrides, or values not confirmed in a confirmed version). */
  readonly warnings: readonly Warning[];
}

/**
 * Raw indicators of a version, before options are applied, built from the law facts of `rules`
 * (columns, major-only list, new-entrant treatment, 2026 changes) read at `auditDate`, or at the
 * nearest date of the version's span when the version is forced outside its dates.
 */
export function rawIndicators(id: ReferentialId, rules: RnqRules = rnqRules, auditDate?: CivilDate): RawIndicators {
  const span = SPAN[id];
  let at = auditDate ?? span.from;
  if (at < span.from) at = span.from;
  if (span.to !== undefined && at > span.to) at = span.to;
  const columns = valueAt(rules.applicabilityColumns, at);
  const majorOnly = valueAt(rules.majorOnlyIndicators, at);
  const newEntrant = valueAt(rules.newEntrantTreatment, at);
  const changes = id === 'rnq-2026' ? valueAt(rules.indicatorChanges2026, at) : undefined;
  const used: ReadonlyArray<ResolvedValue<unknown>> = [columns, majorOnly, newEntrant, ...(changes ? [changes] : [])];
  const warnings: Warning[] = [];
  for (const r of used) {
    // The 2026 version as a whole is already reported provisional; report overrides always, and
    // values that are not confirmed within the 2019 version.
    const w = warningFor(r);
    if (w && (r.origin === 'override' || id === 'rnq-2019-v9')) warnings.push(w);
  }
  const key = `${id}|${used.map((r) => `${r.parameter}@${r.from}`).join('|')}`;
  let byKey = CACHE.get(rules);
  if (!byKey) {
    byKey = new Map();
    CACHE.set(rules, byKey);
  }
  let indicators = byKey.get(key);
  if (!indicators) {
    const law: LawFacts = {
      columns: columns.value,
      columnsStatus: columns.status,
      majorOnly: majorOnly.value,
      newEntrant: newEntrant.value,
      changes2026: changes?.value ?? {},
    };
    indicators = deepFreeze(id === 'rnq-2019-v9' ? buildIndicatorsV9(law) : buildIndicators2026(law));
    byKey.set(key, indicators);
  }
  return { indicators, warnings };
}

/** Resolved options with their defaults. */
export interface ResolvedOptions {
  readonly referential: 'by-audit-date' | ReferentialId;
  readonly indicator8Scope2026: 'all-categories' | 'af-and-apprenticeship';
  readonly indicator12Scope2026: 'all-trainings' | 'longer-than-2-days';
  readonly indicator33Grade: 'major-only' | 'minor-or-major';
  readonly indicator33NewEntrant: 'none' | 'partial';
  readonly rules: RnqRules;
}

export function resolveOptions(o: RnqOptions | undefined): ResolvedOptions {
  return {
    referential: o?.referential ?? 'by-audit-date',
    indicator8Scope2026: o?.indicator8Scope2026 ?? 'af-and-apprenticeship',
    indicator12Scope2026: o?.indicator12Scope2026 ?? 'all-trainings',
    indicator33Grade: o?.indicator33Grade ?? 'major-only',
    indicator33NewEntrant: o?.indicator33NewEntrant ?? 'none',
    rules: o?.rules ?? rnqRules,
  };
}

function applyOptions(list: readonly Indicator[], o: ResolvedOptions): Indicator[] {
  return list.map((ind) => {
    if (ind.number === 8 && o.indicator8Scope2026 === 'af-and-apprenticeship' && ind.applicability['bilan-de-competences']) {
      const { ['bilan-de-competences']: _bc, vae: _vae, ...rest } = ind.applicability;
      return { ...ind, applicability: rest };
    }
    if (ind.number === 12 && o.indicator12Scope2026 === 'longer-than-2-days' && ind.disputes.some((d) => d.option === 'indicator12Scope2026')) {
      const applicability: Partial<Record<keyof typeof ind.applicability, CategoryApplicability>> = {};
      for (const [cat, cell] of Object.entries(ind.applicability) as [keyof typeof ind.applicability, CategoryApplicability][]) {
        applicability[cat] = { ...cell, conditions: [...cell.conditions, 'long-trainings'] };
      }
      return { ...ind, applicability };
    }
    if (ind.number === 33) {
      return {
        ...ind,
        nonConformity: o.indicator33Grade,
        newEntrant: o.indicator33NewEntrant === 'partial' ? 'partial' : null,
      };
    }
    return ind;
  });
}

/** The warning for a disputed point whose reading matters to a result. */
export function disputeWarning(ind: Indicator, option: string, chosen: string): Warning {
  const d = ind.disputes.find((x) => x.option === option);
  // Readings are written "code : explanation"; show the explanation of the one applied first.
  const strip = (r: string) => r.replace(/^[a-z0-9-]+ : /, '');
  const chosenIsDefault = d === undefined || d.defaultReading.startsWith(`${chosen} `);
  const retained = d ? strip(chosenIsDefault ? d.defaultReading : d.alternativeReading) : '';
  const other = d ? strip(chosenIsDefault ? d.alternativeReading : d.defaultReading) : '';
  return {
    code: 'DISPUTED_VALUE',
    message: `Indicateur ${ind.number} — point discuté entre les sources. Lecture retenue : ${retained}${other ? ` Autre lecture possible : ${other}` : ''} (option ${option} = ${chosen})`.trim(),
    messageEn: `Indicator ${ind.number}: disputed point (option "${option}" = "${chosen}"); the other reading is available through this option.`,
    parameter: `rnq.indicator.${ind.number}`,
    status: 'disputed',
    option,
    references: d?.references ?? ind.references,
  };
}

export interface ReferentialSelection {
  readonly referential: Referential;
  readonly options: ResolvedOptions;
}

/** Selects and builds the référentiel for a date (internal; validated inputs). */
export function selectReferential(auditDate: CivilDate, options: RnqOptions | undefined, path: ReadonlyArray<string | number> = []): ReferentialSelection {
  const o = resolveOptions(options);
  let resolved;
  try {
    resolved = valueAt(o.rules.referentialVersion, auditDate);
  } catch (e) {
    if (e instanceof OfkitError && e.code === 'NO_VALUE_IN_FORCE') {
      throw new OfkitError('NO_VALUE_IN_FORCE', [
        issue(
          [...path, 'auditDate'],
          'no_referential_in_force',
          `Aucun référentiel encodé pour un audit au ${auditDate} : la première version encodée (RNQ 2019 lu avec le guide V9) s'applique à partir du 2024-03-08.`,
          `No encoded référentiel for an audit on ${auditDate}: the first encoded version (2019 RNQ with guide V9) applies from 2024-03-08.`,
        ),
      ]);
    }
    throw e;
  }
  const warnings: Warning[] = [];
  let id: ReferentialId = resolved.value;
  const w = warningFor(resolved, id === 'rnq-2026' ? 'referential' : undefined);
  if (o.referential !== 'by-audit-date' && o.referential !== id) {
    warnings.push({
      code: 'REFERENTIAL_FORCED',
      message: `Référentiel imposé par l'option « referential » : ${o.referential}, alors que ${id} est en vigueur au ${auditDate}.`,
      messageEn: `Référentiel forced by option "referential": ${o.referential}, while ${id} is in force on ${auditDate}.`,
      option: 'referential',
      references: resolved.references,
    });
    id = o.referential;
  } else if (w) {
    warnings.push(w);
  }
  const raw = rawIndicators(id, o.rules, auditDate);
  warnings.push(...raw.warnings);
  const indicators = applyOptions(raw.indicators, o);
  const is2019 = id === 'rnq-2019-v9';
  const referential: Referential = {
    id,
    label: is2019
      ? 'Référentiel national qualité 2019 (décret n° 2019-565), lu avec le guide de lecture V9'
      : 'Référentiel national qualité 2026 (décret n° 2026-728) — non vérifié sur Légifrance',
    from: is2019 ? '2024-03-08' : '2026-11-01',
    ...(is2019 ? { to: '2026-10-31' } : {}),
    status: is2019 ? 'confirmed' : 'provisional',
    guideVersion: 'V9 (8 janvier 2024)',
    indicatorCount: indicators.length,
    criteria: CRITERIA,
    indicators,
    references: (is2019
      ? [REF.r6316_1, REF.rnqAnnex, REF.decret2019_564, REF.decret2019_565, REF.guideV9, REF.arreteAudit]
      : [REF.r6316_1, REF.decret2019_564, REF.decret2026_728, REF.rnqAnnex, REF.guideV9, REF.arreteAudit]) satisfies LegalRef[],
    warnings: dedupeWarnings(warnings),
  };
  return { referential, options: o };
}

const GetReferentialInput = /* @__PURE__ */ lazy(() => z.object({ auditDate: CivilDateSchema, options: RnqOptionsSchema.optional() }));

/**
 * The Qualiopi référentiel in force at an audit date: the 2019 RNQ read with guide V9 (32
 * indicators) for audits from 2024-03-08 to 2026-10-31, the référentiel of décret n° 2026-728 (33
 * indicators, provisional) from 2026-11-01. Throws `OfkitError` `NO_VALUE_IN_FORCE` before the
 * first encoded version, `INVALID_INPUT` for a bad date. Options select the other reading of
 * disputed points.
 *
 * @example
 * ```ts
 * import { getReferential } from '@ofkit/rnq';
 * const r = getReferential('2026-12-01');
 * r.id; // 'rnq-2026'
 * r.indicatorCount; // 33
 * r.warnings[0]?.code; // 'PROVISIONAL_VALUE'
 * getReferential('2026-10-31').indicatorCount; // 32
 * const alt = getReferential('2026-12-01', { indicator33Grade: 'minor-or-major' });
 * alt.indicators.find((i) => i.number === 33)?.nonConformity; // 'minor-or-major'
 * ```
 */
export function getReferential(auditDate: CivilDate, options?: RnqOptions): Referential {
  const input = parseInput(GetReferentialInput(), { auditDate, ...(options !== undefined ? { options } : {}) });
  return selectReferential(input.auditDate, options).referential;
}

export type { CategoryApplicability };
