import type { CivilDate } from '../calendar/civil-date.js';

/** Where a rule comes from. */
export type LegalSource =
  | 'code-du-travail'
  | 'code-general-des-impots'
  | 'code-de-la-securite-sociale'
  | 'code-de-l-education'
  | 'code-de-commerce'
  | 'code-civil'
  | 'code-de-procedure-civile'
  | 'code-de-la-consommation'
  | 'code-de-la-route'
  | 'loi'
  | 'ordonnance'
  | 'decret'
  | 'arrete'
  | 'circulaire'
  | 'cgu'
  | 'guide-de-lecture'
  | 'referentiel'
  | 'cerfa'
  | 'jurisprudence'
  | 'official-site'
  | 'practice';

/**
 * A legal reference: which text, which article, where to read it.
 *
 * @example
 * ```ts
 * import type { LegalRef } from '@ofkit/core';
 * const r6333_3: LegalRef = {
 *   source: 'code-du-travail',
 *   article: 'R6333-3',
 *   title: 'Ordre de mobilisation des droits et ressources du CPF',
 *   url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000052989055',
 * };
 * ```
 */
export interface LegalRef {
  /** The kind of text (code, décret, arrêté, CGU, guide…). */
  readonly source: LegalSource;
  /** The article or identifier, e.g. `R6333-3`, `2025-1156`, `CGU EDOF art. 6`. */
  readonly article: string;
  /** A short title, in French. */
  readonly title: string;
  /** Légifrance identifier (`LEGIARTI…`, `JORFTEXT…`) when known. */
  readonly legifranceId?: string;
  /** URL of the text when known. */
  readonly url?: string;
}

/**
 * How sure we are of a value:
 * - `confirmed`: read in the legal text (or an official publication of it);
 * - `provisional`: seen in secondary sources only, or awaiting a text;
 * - `disputed`: sources disagree; the default follows the strictest reading and the other is an option.
 */
export type ParameterStatus = 'confirmed' | 'provisional' | 'disputed';

/** Where a value used by a result came from: the law as shipped, or an override by the caller. */
export type ValueOrigin = 'law' | 'override';

/** One value of a parameter, in force from `from` to `to` (both inclusive; no `to` = still in force). */
export interface DatedValue<T> {
  /** First day the value is in force, an ISO date `YYYY-MM-DD` (inclusive). */
  readonly from: CivilDate;
  /** Last day the value is in force, an ISO date `YYYY-MM-DD` (inclusive); absent = still in force. */
  readonly to?: CivilDate;
  /** The value itself, in the parameter's `unit` (the shipped rule sets write EUR amounts as `"123.45"` strings). */
  readonly value: T;
  /** `confirmed`, `provisional` or `disputed` (see {@link ParameterStatus}); a result using a value that is not `confirmed` carries a warning. */
  readonly status: ParameterStatus;
  /** The legal texts the value is read from (may be empty for an override). */
  readonly references: readonly LegalRef[];
  /** Why the status is not `confirmed`, what the other reading is, or any remark, in French. */
  readonly note?: string;
  /**
   * The same remark in English (a non-blank string). Only with a `note`: French comes first, so
   * {@link defineParameter} refuses an English note that has no French one. Absent: English text
   * (the `messageEn` of a warning, the English output of the CLI) falls back to the French `note`.
   * Every value shipped by ofkit that has a `note` has a `noteEn`.
   */
  readonly noteEn?: string;
  /** Set by {@link overrideRules}; absent means `law`. */
  readonly origin?: ValueOrigin;
}

/** A named series of dated values: a legal constant as it changes over time. */
export interface Parameter<T> {
  /** Stable identifier, e.g. `cpf.participation.amount`. */
  readonly id: string;
  /** Short French label. */
  readonly label: string;
  /**
   * The same label in English (a non-blank string). Absent (a parameter defined by the caller): English
   * text (the `messageEn` of a warning, the English output of the CLI) falls back to the French `label`.
   * Every parameter shipped by ofkit has one.
   */
  readonly labelEn?: string;
  /** Unit of the values (`EUR`, `working-days`, `hours`…), if any. */
  readonly unit?: string;
  /** The dated values; values of the same origin must not overlap, and `valueAt` takes the one in force at a date (an override before the law). */
  readonly values: readonly DatedValue<T>[];
}

/** The value of a parameter in force at a date, with its provenance. */
export interface ResolvedValue<T> {
  readonly parameter: string;
  /** The parameter's French label. */
  readonly label: string;
  /** The parameter's English label, when it has one (see {@link Parameter.labelEn}). */
  readonly labelEn?: string;
  readonly value: T;
  readonly from: CivilDate;
  readonly to?: CivilDate;
  readonly status: ParameterStatus;
  readonly references: readonly LegalRef[];
  /** The value's French note, if any. */
  readonly note?: string;
  /** The value's English note, when it has one (see {@link DatedValue.noteEn}). */
  readonly noteEn?: string;
  readonly origin: ValueOrigin;
}

/**
 * One step of an explanation: what was done, in French, with the amounts and references involved.
 * Results of every package carry an ordered `explanation: Step[]`.
 */
export interface Step {
  /** Stable machine code, e.g. `LEVEL1_CREDIT_USED`. */
  readonly code: string;
  /** Short French label. */
  readonly label: string;
  /** The same in English. */
  readonly labelEn?: string;
  /** Amounts involved (EUR as `"1296.80"` strings) or other figures, by name. */
  readonly amounts?: Readonly<Record<string, string>>;
  readonly references?: readonly LegalRef[];
}

/** Ordered steps explaining a result. */
export type Explanation = readonly Step[];

/** Kinds of warnings. */
export type WarningCode =
  | 'PROVISIONAL_VALUE'
  | 'DISPUTED_VALUE'
  | 'OVERRIDDEN_VALUE'
  | (string & {});

/**
 * Something the user must know about a result: it depended on a provisional or disputed value,
 * on an override, or on a choice among readings of the law.
 */
export interface Warning {
  readonly code: WarningCode;
  /** French message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
  /** The parameter concerned, if any. */
  readonly parameter?: string;
  readonly status?: ParameterStatus;
  /** The named option that selects the other reading, if any. */
  readonly option?: string;
  readonly references: readonly LegalRef[];
}
