import { CivilDateSchema, OfkitError, dedupeWarnings, issue, parseInput, valueAt, warningFor, type CivilDate, type Warning } from '@ofkit/core';
import * as z from 'zod';
import { REF } from '../shared/references.js';
import { deepFreeze } from '../shared/freeze.js';
import { CRITERIA, buildIndicators2026, buildIndicatorsV9 } from './data.js';
import { RnqOptionsSchema, type RnqOptions } from './options.js';
import { rnqRules, type RnqRules } from './rules.js';
import type { CategoryApplicability, Indicator, Referential, ReferentialId } from './types.js';

const V9: readonly Indicator[] = /* @__PURE__ */ (() => deepFreeze(/* @__PURE__ */ buildIndicatorsV9()))();
const V2026: readonly Indicator[] = /* @__PURE__ */ (() => deepFreeze(/* @__PURE__ */ buildIndicators2026()))();

/** Raw indicators of a version, before options are applied. */
export function rawIndicators(id: ReferentialId): readonly Indicator[] {
  return id === 'rnq-2019-v9' ? V9 : V2026;
}

/** Resolved options with their defaults. */
export interface ResolvedOptions {
  readonly referential: 'by-audit-date' | ReferentialId;
  readonly indicator13Scope: 'alternance-training' | 'apprenticeship-only';
  readonly indicator8Scope2026: 'all-categories' | 'af-and-apprenticeship';
  readonly indicator12Scope2026: 'all-trainings' | 'longer-than-2-days';
  readonly indicator33Grade: 'major-only' | 'minor-or-major';
  readonly indicator33NewEntrant: 'none' | 'partial';
  readonly rules: RnqRules;
}

export function resolveOptions(o: RnqOptions | undefined): ResolvedOptions {
  return {
    referential: o?.referential ?? 'by-audit-date',
    indicator13Scope: o?.indicator13Scope ?? 'alternance-training',
    indicator8Scope2026: o?.indicator8Scope2026 ?? 'af-and-apprenticeship',
    indicator12Scope2026: o?.indicator12Scope2026 ?? 'all-trainings',
    indicator33Grade: o?.indicator33Grade ?? 'major-only',
    indicator33NewEntrant: o?.indicator33NewEntrant ?? 'none',
    rules: o?.rules ?? rnqRules,
  };
}

function applyOptions(list: readonly Indicator[], o: ResolvedOptions): Indicator[] {
  return list.map((ind) => {
    if (ind.number === 13 && o.indicator13Scope === 'apprenticeship-only') {
      const { ['action-de-formation']: _af, ...rest } = ind.applicability;
      return { ...ind, applicability: rest };
    }
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
  const indicators = applyOptions(rawIndicators(id), o);
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
    references: is2019 ? [REF.decret2019_564, REF.decret2019_565, REF.guideV9, REF.arreteAudit] : [REF.decret2019_564, REF.decret2026_728, REF.guideV9, REF.arreteAudit],
    warnings: dedupeWarnings(warnings),
  };
  return { referential, options: o };
}

const GetReferentialInput = /* @__PURE__ */ (() => z.object({ auditDate: CivilDateSchema, options: RnqOptionsSchema.optional() }))();

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
  const input = parseInput(GetReferentialInput, { auditDate, ...(options !== undefined ? { options } : {}) });
  return selectReferential(input.auditDate, options).referential;
}

export type { CategoryApplicability };
