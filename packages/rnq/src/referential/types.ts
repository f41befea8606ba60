import type { CivilDate, LegalRef, ParameterStatus, Warning } from '@ofkit/core';

/** The four categories of actions of L. 6313-1 (1° to 4°). */
export type Category = 'action-de-formation' | 'bilan-de-competences' | 'vae' | 'apprentissage';

/** Every category, in the order of L. 6313-1. */
export const CATEGORIES: readonly Category[] = ['action-de-formation', 'bilan-de-competences', 'vae', 'apprentissage'];

/** Identifier of an encoded référentiel version. */
export type ReferentialId = 'rnq-2019-v9' | 'rnq-2026';

/**
 * A condition under which an indicator applies to a category:
 * - `certifying`: the action leads to a « certification professionnelle » (RNCP/RS);
 * - `subcontracting`: the provider uses « sous-traitance ou portage salarial »;
 * - `work-based-periods`: the action includes « périodes de formation en situation de travail »;
 * - `alternance`: « formations en alternance » (contrat de professionnalisation for actions de formation);
 * - `long-trainings`: trainings longer than 2 days (guide V9, indicator 12).
 */
export type Condition = 'certifying' | 'subcontracting' | 'work-based-periods' | 'alternance' | 'long-trainings';

/** Possible non-conformity grade of an indicator (arrêté du 6 juin 2019 modifié, art. 5). */
export type NonConformityGrade = 'major-only' | 'minor-or-major';

/** New-entrant treatment (guide V9 préambule): `deferred` = audited at surveillance only; `partial` = process at initial, implementation at surveillance. */
export type NewEntrantTreatment = 'deferred' | 'partial' | null;

/**
 * Where the official wording shown comes from:
 * - `legal-text`: the énoncé of the annex of the Code du travail (LEGIARTI000038591641), verbatim
 *   but for the typography of the Légifrance rendering (« et/ ou » printed « et/ou »);
 * - `transcribed-unverified`: full text as transcribed by public repositories (2026 décret not read on Légifrance);
 * - `unchanged-per-2026-notes`: 2019 wording taken from the 2026 transcription, which the sources say is unchanged;
 * - `not-in-notes`: the official text of this version is not in our sources; only an English paraphrase is given.
 */
export type WordingStatus = 'legal-text' | 'transcribed-unverified' | 'unchanged-per-2026-notes' | 'not-in-notes';

/**
 * What changed in an indicator of the 2026 référentiel against the 2019 annex (the legal text, not
 * the guide V9): `new-requirement` (substance added), `reworded` (same requirement, other words or a
 * precision), `form-only`, `none`, `new-indicator` (33).
 */
export type ChangeVs2019 = 'new-requirement' | 'reworded' | 'form-only' | 'none' | 'new-indicator';

/** How an indicator applies to one category. */
export interface CategoryApplicability {
  /** Conditions that must all hold (none = always applies to the category). */
  readonly conditions: readonly Condition[];
  readonly status: ParameterStatus;
  /** A named option that changes this cell (for disputed cells). */
  readonly option?: DisputedOptionName;
  readonly note?: string;
}

/** Named options selecting the other reading of a disputed point (see {@link RnqOptions}). */
export type DisputedOptionName =
  | 'indicator8Scope2026'
  | 'indicator12Scope2026'
  | 'indicator33Grade'
  | 'indicator33NewEntrant'
  | 'referential';

/** A disputed or unverified point of an indicator, with the reading applied by default and the other one. */
export interface Dispute {
  readonly option: DisputedOptionName;
  readonly field: 'applicability' | 'nonConformity' | 'newEntrant' | 'wording' | 'existence';
  readonly defaultReading: string;
  readonly alternativeReading: string;
  readonly status: ParameterStatus;
  readonly references: readonly LegalRef[];
}

/** One indicator of a référentiel version. */
export interface Indicator {
  readonly number: number;
  readonly criterion: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Our short French title (no official short titles exist). */
  readonly title: string;
  /** Official French wording, or `null` when our sources do not hold it (see `wordingStatus`). */
  readonly wording: string | null;
  readonly wordingStatus: WordingStatus;
  /** What is uncertain about `wording` (a variant reading of the same text), when the notes say so. */
  readonly wordingNote?: string;
  /** English paraphrase of the indicator (rnq-v9.md §2). */
  readonly summaryEn: string;
  /** « Niveau attendu » (English paraphrase; rnq-v9.md §2.1), or `null` when not yet set. */
  readonly expectedLevelEn: string | null;
  /** Where the expected level comes from. */
  readonly expectedLevelSource: 'guide-v9' | 'guide-v7-era-seed' | 'not-set';
  /** Applicability per category; a category absent from the record is not concerned. */
  readonly applicability: Readonly<Partial<Record<Category, CategoryApplicability>>>;
  readonly nonConformity: NonConformityGrade;
  readonly newEntrant: NewEntrantTreatment;
  /** Typical evidence (guide V9 examples, English paraphrase). */
  readonly typicalEvidenceEn: string;
  /**
   * 2026 only: what changed compared with the 2019 annex (the legal text; the name is kept for
   * compatibility). Read from the `indicatorChanges2026` parameter of `rnqRules`.
   */
  readonly changeVsV9?: ChangeVs2019;
  readonly status: ParameterStatus;
  readonly disputes: readonly Dispute[];
  readonly references: readonly LegalRef[];
}

/** A criterion of R. 6316-1 (décret n° 2019-564). */
export interface Criterion {
  readonly number: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Official French heading, as part I of the annex writes it (LEGIARTI000038591641). */
  readonly heading: string;
  readonly headingEn: string;
}

/** A référentiel version, as returned by {@link getReferential}. */
export interface Referential {
  readonly id: ReferentialId;
  readonly label: string;
  /** First audit date for which this version applies. */
  readonly from: CivilDate;
  /** Last audit date (inclusive) for which it applies, if it has ended. */
  readonly to?: CivilDate;
  readonly status: ParameterStatus;
  /** Guide de lecture used to read it. */
  readonly guideVersion: string;
  readonly indicatorCount: number;
  readonly criteria: readonly Criterion[];
  readonly indicators: readonly Indicator[];
  readonly references: readonly LegalRef[];
  readonly warnings: readonly Warning[];
}
