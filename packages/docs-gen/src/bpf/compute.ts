/**
 * `computeBpf`: the figures of the bilan pédagogique et financier (Cerfa 10443) from the
 * organisation's records over one financial year. Source: ../shared/domain/documents.md §7.
 *
 * One pass over the enrolment rows, which validates and aggregates each row (persons, sessions and
 * enrolment ids looked up in hash tables sized once, per-person state in typed arrays); hours are
 * summed as whole hundredths of an hour (exact integers), money with `Money` (exact decimals).
 *
 * @module
 */
import Decimal from 'decimal.js';
import {
  Money,
  OfkitError,
  money,
  parseInput,
  valueAt,
  warningFor,
  type LegalRef,
  type OfkitIssue,
  type ResolvedValue,
  type Step,
  type Warning,
} from '@ofkit/core';
import { dedupeReferences, dedupeWarnings, issue } from '@ofkit/core/internal';
import {
  BPF_C_LINES,
  BPF_OBJECTIVES,
  BPF_REFERENCES,
  BPF_TRAINEE_TYPES,
  bpfRules,
  type BpfCLine,
  type BpfLayout,
  type BpfLineDef,
  type BpfRules,
  type BpfTraineeType,
} from './layout.js';
import { BpfInputLeanSchema, amountToCents, validateEnrolmentRows, type BpfInput, type EnrolmentRow, type EnrolmentRowRefs, type EnrolmentRowSink } from './schema.js';
import { StringIndex } from './string-index.js';
import * as z from '@ofkit/core/internal/zod';
import { isArraySafe, readSafely, safeShallowCopy } from '../model/guard.js';
import { parseArg } from '../model/parse.js';

/** Frames of the form that can lack data. `F` = the hours common to all F tables. */
export type BpfFrameId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'F-1' | 'F-2' | 'F-3' | 'F-4' | 'G' | 'H';

const FRAMES: readonly BpfFrameId[] = ['A', 'B', 'C', 'D', 'E', 'F', 'F-1', 'F-2', 'F-3', 'F-4', 'G', 'H'];

/** A line of cadre C: an amount HT and the invoices (and credit notes) it came from. */
export interface BpfMoneyLine {
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  readonly partOf?: string;
  /** Amount HT, e.g. `"1296.80"`. */
  readonly amount: string;
  readonly sources: { readonly invoices: readonly string[] };
}

/** A line of cadre F or G: distinct trainees, hours followed, and the enrolments they came from. */
export interface BpfTraineeLine {
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  readonly partOf?: string;
  /** Distinct persons (each counted once per financial year, on one line of each table). */
  readonly trainees: number;
  /** Hours followed in the financial year, to the hundredth. */
  readonly hours: number;
  /** NSF code (F-4 only). */
  readonly nsfCode?: string;
  readonly sources: { readonly enrolments: readonly string[] };
}

/** A line of cadre E: distinct trainers and hours delivered. */
export interface BpfTrainerLine {
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  readonly persons: number;
  readonly hours: number;
  readonly sources: { readonly trainers: readonly string[]; readonly trainerHours: readonly string[] };
}

/** Totals of a table of cadre F/G or E. */
export interface BpfTraineeTotal {
  readonly trainees: number;
  readonly hours: number;
}

/** A table of cadre F: its lines (with a `non-classe` line when data is missing) and its total. */
export interface BpfTraineeTable {
  readonly lines: readonly BpfTraineeLine[];
  readonly total: BpfTraineeTotal;
}

/** Data the form needs and the input lacks, per frame. */
export interface BpfMissing {
  readonly code: string;
  /** Where in the input it should be (for single fields). */
  readonly path?: ReadonlyArray<string | number>;
  readonly message: string;
  readonly messageEn: string;
  /** Ids of the records concerned (enrolments, trainings, trainers, invoices…). */
  readonly records: readonly string[];
}

/** Something in the data the declarant must look at (never silently fixed). */
export interface BpfAnomaly {
  readonly code: string;
  readonly frame: BpfFrameId;
  readonly message: string;
  readonly messageEn: string;
  readonly records: readonly string[];
  /** Amount concerned, for money anomalies. */
  readonly amount?: string;
}

/** A consistency check of the form. */
export interface BpfCheck {
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  readonly ok: boolean;
  /** The figures compared. */
  readonly figures: Readonly<Record<string, string>>;
}

/** The BPF of one financial year. */
export interface BpfResult {
  readonly layout: {
    readonly id: string;
    readonly cerfa: string;
    readonly title: string;
    readonly status: string;
    readonly references: readonly LegalRef[];
    /** The full layout (frames and lines) used. */
    readonly definition: BpfLayout;
  };
  readonly financialYear: { readonly start: string; readonly end: string };
  /**
   * The date the BPF must be filed before on Mon Activité Formation: R. 6352-23 says « avant le 30
   * avril », so the last day to file is the day before this date (status in `rulesApplied`).
   */
  readonly filingDeadline: string;
  readonly frameA: {
    readonly name: string | null;
    readonly nda: string | null;
    readonly siret: string | null;
    readonly legalForm: string | null;
    readonly naf: string | null;
    readonly address: { readonly lines: readonly string[]; readonly postalCode: string; readonly city: string } | null;
    readonly addressPublic: boolean | null;
    readonly phone: string | null;
    readonly email: string | null;
  };
  readonly frameB: { readonly financialYear: { readonly start: string; readonly end: string }; readonly distanceActions: boolean | null };
  readonly frameC: {
    /** Lines 1 to 11 with 2a–2h, in form order. */
    readonly lines: readonly BpfMoneyLine[];
    /** Line 2: total of 2a–2h. */
    readonly line2Total: string;
    /** Total of the income from vocational training. */
    readonly total: string;
    /** Share of the global turnover made in vocational training, in %, two decimals; null without turnover. */
    readonly revenueShare: string | null;
    /** Invoices whose payer has no line: NOT in the total (see anomalies). */
    readonly unallocated: { readonly amount: string; readonly invoices: readonly string[] };
  };
  readonly frameD: { readonly total: string; readonly trainerSalaries: string; readonly purchasedTraining: string } | null;
  readonly frameE: { readonly lines: readonly BpfTrainerLine[]; readonly total: { readonly persons: number; readonly hours: number } };
  readonly frameF: {
    readonly f1: BpfTraineeTable;
    /** F-2: of which trainees whose action you entrusted to another OF. */
    readonly f2: BpfTraineeLine;
    readonly f3: BpfTraineeTable;
    readonly f4: BpfTraineeTable;
  };
  readonly frameG: BpfTraineeLine;
  readonly frameH: { readonly lastName: string; readonly firstName: string; readonly title: string } | null;
  readonly checks: readonly BpfCheck[];
  readonly missingData: Readonly<Record<BpfFrameId, readonly BpfMissing[]>>;
  readonly anomalies: readonly BpfAnomaly[];
  readonly explanation: readonly Step[];
  readonly warnings: readonly Warning[];
  readonly references: readonly LegalRef[];
}

/** Options of {@link computeBpf}: the other readings of the points the notes leave open. */
export interface BpfOptions {
  /** A rule set derived with `overrideRules(bpfRules, …)`. */
  readonly rules?: BpfRules;
  /** Count the trainees entrusted to you by another OF (cadre G) in cadre F too. Default: the rule (`false`). */
  readonly subcontractedInCountedInF?: boolean;
  /** Rank the F-4 specialities by hours or by trainees. Default: the rule (`hours`). */
  readonly f4RankBy?: 'hours' | 'trainees';
  /**
   * Check that enrolment ids are unique (default `true`). Costs a few tenths of a second per
   * million rows; turn it off only when ids are primary keys of your database.
   */
  readonly checkUniqueEnrolmentIds?: boolean;
}

type Lean = z.output<typeof BpfInputLeanSchema>;

// The rule set is data read through core's `valueAt`, which checks each parameter it reads.
const BpfOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    rules: z.record(z.string(), z.unknown()).optional(),
    subcontractedInCountedInF: z.boolean().optional(),
    f4RankBy: z.enum(['hours', 'trainees']).optional(),
    checkUniqueEnrolmentIds: z.boolean().optional(),
  }))();

const UNCLASSIFIED = { code: 'non-classe', label: 'Non classé (donnée manquante)', labelEn: 'Unclassified (missing data)' } as const;

/** Hours to whole hundredths (exact integers from here on). */
const centi = (h: number): number => Math.round(h * 100 + 1e-7);
const fromCenti = (c: number): number => c / 100;

const PctDecimal = /* @__PURE__ */ (() => Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP }))();

/** What {@link validate} returns: the input, its rows, the sessions numbered, and the rows aggregated. */
interface Validated {
  readonly data: Lean;
  readonly rows: EnrolmentRow[];
  /** Session ids numbered by position. */
  readonly sessionIndex: StringIndex;
  /** The rows aggregated in the validation pass (undefined if `aggregator` declined). */
  readonly agg: RowAggregator | undefined;
}

/**
 * Validates the input (throws `OfkitError` with every issue) and, in the same pass over the rows,
 * aggregates them with the aggregator that `aggregator` makes once the rest of the input is known
 * valid (issue 13: validation fused with aggregation). Issues and their order are those of a
 * validation followed by a separate aggregation pass: the shape of everything, then references.
 */
function validate(input: unknown, checkUniqueIds: boolean, aggregator: (data: Lean, rows: number) => RowAggregator | undefined): Validated {
  const issues: OfkitIssue[] = [];
  let data: Lean | undefined;
  let rowsRaw: unknown;
  if (typeof input !== 'object' || input === null || isArraySafe(input)) {
    throw new OfkitError('INVALID_INPUT', [issue([], 'invalid_type', 'Objet attendu pour les données du BPF.', 'Expected an object for the BPF data.')]);
  }
  rowsRaw = readSafely(['enrolments'], () => (input as Record<string, unknown>)['enrolments']);
  try {
    // The rows apart (they are validated in place, without a copy: there may be a million of them);
    // the rest through parseInput, which copies it safely.
    data = parseInput(BpfInputLeanSchema, { ...safeShallowCopy(input, 'enrolments'), enrolments: [] });
  } catch (e) {
    if (e instanceof OfkitError) issues.push(...e.issues);
    else throw e;
  }
  // Referential integrity of the records but the rows: every reference points to a record; ids are
  // unique. Checked before the rows (their aggregation needs it), reported after their shape.
  const refIssues: OfkitIssue[] = [];
  const sessionIndex = new StringIndex(data?.sessions.length ?? 0);
  if (data !== undefined) {
    const dup = (list: ReadonlyArray<{ id?: string | undefined }>, name: string) => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (x.id === undefined) return;
        if (seen.has(x.id)) refIssues.push(issue([name, i, 'id'], 'duplicate_id', `Identifiant en double : ${x.id}.`, `Duplicate id: ${x.id}.`));
        seen.add(x.id);
      });
      return seen;
    };
    const trainingIds = dup(data.trainings, 'trainings');
    const sessionIds = dup(data.sessions, 'sessions');
    const trainerIds = dup(data.trainers ?? [], 'trainers');
    const payerIds = dup(data.payers ?? [], 'payers');
    const invoiceIds = dup(data.invoices ?? [], 'invoices');
    dup(data.trainerHours ?? [], 'trainerHours');
    data.sessions.forEach((s, i) => {
      if (!trainingIds.has(s.trainingId)) refIssues.push(issue(['sessions', i, 'trainingId'], 'unknown_reference', `Formation inconnue : ${s.trainingId}.`, `Unknown training: ${s.trainingId}.`));
    });
    (data.trainerHours ?? []).forEach((r, i) => {
      if (!trainerIds.has(r.trainerId)) refIssues.push(issue(['trainerHours', i, 'trainerId'], 'unknown_reference', `Formateur inconnu : ${r.trainerId}.`, `Unknown trainer: ${r.trainerId}.`));
      if (r.sessionId !== undefined && !sessionIds.has(r.sessionId)) refIssues.push(issue(['trainerHours', i, 'sessionId'], 'unknown_reference', `Session inconnue : ${r.sessionId}.`, `Unknown session: ${r.sessionId}.`));
    });
    (data.invoices ?? []).forEach((inv, i) => {
      if (!payerIds.has(inv.payerId)) refIssues.push(issue(['invoices', i, 'payerId'], 'unknown_reference', `Payeur inconnu : ${inv.payerId}.`, `Unknown payer: ${inv.payerId}.`));
      if (inv.creditedInvoiceId !== undefined) {
        if (!invoiceIds.has(inv.creditedInvoiceId)) refIssues.push(issue(['invoices', i, 'creditedInvoiceId'], 'unknown_reference', `Facture créditée inconnue : ${inv.creditedInvoiceId}.`, `Unknown credited invoice: ${inv.creditedInvoiceId}.`));
        if ((inv.kind ?? 'invoice') !== 'credit-note') refIssues.push(issue(['invoices', i, 'creditedInvoiceId'], 'not_a_credit_note', 'Seul un avoir peut créditer une facture.', 'Only a credit note can credit an invoice.'));
      }
    });
    // Each session id numbered by its position (when ids repeat, the first; that is refused above).
    for (const s of data.sessions) sessionIndex.add(s.id);
  }
  // One pass over the rows: their shape, their session reference and id uniqueness (kept aside),
  // and their aggregation while no issue is found.
  const rowRefIssues: OfkitIssue[] = [];
  let agg: RowAggregator | undefined;
  if (!isArraySafe(rowsRaw)) {
    issues.push(issue(['enrolments'], 'invalid_type', 'Liste d’inscriptions attendue.', 'Expected a list of enrolments.'));
  } else {
    let refs: EnrolmentRowRefs | undefined;
    if (data !== undefined) {
      let n = 0;
      try {
        n = (rowsRaw as unknown[]).length;
      } catch {
        // validateEnrolmentRows reports the unreadable list.
      }
      const size = Number.isInteger(n) && n >= 0 ? Math.min(n, 0x7fffffff) : 0;
      agg = issues.length === 0 && refIssues.length === 0 ? aggregator(data, size) : undefined;
      refs = { sessionIds: sessionIndex, enrolmentIds: checkUniqueIds ? new StringIndex(size) : undefined, out: rowRefIssues, sink: agg };
    }
    validateEnrolmentRows(rowsRaw, issues, refs);
  }
  if (issues.length > 0 || !data) throw new OfkitError('INVALID_INPUT', issues);
  for (let i = 0; i < refIssues.length; i++) issues.push(refIssues[i]!);
  for (let i = 0; i < rowRefIssues.length; i++) issues.push(rowRefIssues[i]!);
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return { data, rows: rowsRaw as EnrolmentRow[], sessionIndex, agg };
}

/** Hours (hundredths), sources and distinct trainees of one NSF group (F-4). */
interface NsfAgg {
  c: number;
  src: string[];
  trainees: number;
}

/**
 * What the rows need of each session, by the session's position, in typed arrays (the rows look a
 * session up a million times: small arrays stay in the processor's cache, one object per session
 * would not).
 */
class Sessions {
  /** 0 inside the year, 1 outside, 2 spans the start or end of the year. */
  readonly relation: Int8Array;
  /** Planned hundredths in the year / in total, when the session has slots. */
  readonly planIn: Float64Array;
  readonly planTotal: Float64Array;
  /** F-3 line of its training's objective (6: none). */
  readonly obj: Int8Array;
  /** F-3 RNCP level line (-1: none). */
  readonly level: Int8Array;
  /** 0 none, 1 out (F-2), 2 in (G). */
  readonly sub: Int8Array;
  /** 1 once an enrolment of the session counted in cadre F. */
  readonly used: Uint8Array;
  /** NSF group of its training ('' when none). */
  readonly nsf: string[] = [];
  readonly trainingId: string[] = [];
  /** The totals of the session's NSF group, once a row of the session counted in F. */
  readonly nsfAgg: Array<NsfAgg | undefined> = [];

  constructor(data: Lean, fyStart: string, fyEnd: string) {
    const n = data.sessions.length;
    this.relation = new Int8Array(n);
    this.planIn = new Float64Array(n);
    this.planTotal = new Float64Array(n);
    this.obj = new Int8Array(n);
    this.level = new Int8Array(n);
    this.sub = new Int8Array(n);
    this.used = new Uint8Array(n);
    const trainingById = new Map(data.trainings.map((t) => [t.id, t]));
    data.sessions.forEach((s, k) => {
      const t = trainingById.get(s.trainingId)!;
      let planIn = 0;
      let planTotal = 0;
      for (const slot of s.slots ?? []) {
        const c = centi(slot.hours);
        planTotal += c;
        if (slot.date >= fyStart && slot.date <= fyEnd) planIn += c;
      }
      this.relation[k] = relationOf(s.start, s.end, fyStart, fyEnd);
      this.planIn[k] = planIn;
      this.planTotal[k] = planTotal;
      this.obj[k] = t.objective === undefined ? 6 : BPF_OBJECTIVES.indexOf(t.objective);
      this.level[k] = t.objective === 'rncp' && t.rncpLevel !== undefined ? LEVEL_INDEX[String(t.rncpLevel)]! : -1;
      this.sub[k] = s.subcontracting === 'out' ? 1 : s.subcontracting === 'in' ? 2 : 0;
      this.nsf.push(t.nsfCode === undefined ? '' : t.nsfCode.slice(0, 3));
      this.trainingId.push(s.trainingId);
      this.nsfAgg.push(undefined);
    });
  }
}

function relationOf(start: string, end: string, fyStart: string, fyEnd: string): 0 | 1 | 2 {
  if (start >= fyStart && end <= fyEnd) return 0;
  if (end < fyStart || start > fyEnd) return 1;
  return 2;
}

const LEVEL_INDEX: Record<string, number> = { '8': 0, '7': 0, '6': 0, '5': 1, '4': 2, '3': 3, '2': 4, 'cqp-sans-niveau': 5 };

/**
 * Cadres F and G, one row at a time (rows arrive from the validation pass, in order, each once):
 * hours by F-1 type, F-3 objective (and RNCP level), NSF group, F-2 and G, with the ids of the rows
 * behind each line, and the main line of each person.
 *
 * Per-person state lives in parallel typed arrays indexed by the person's number in a
 * {@link StringIndex} (no object per person or per row, issue 13): main enrolment's hours
 * (hundredths), F-1 type, F-3 objective, RNCP level, NSF group, and whether the person has
 * enrolments on different lines.
 */
class RowAggregator implements EnrolmentRowSink {
  readonly f1Hours = [0, 0, 0, 0, 0, 0];
  readonly f1Src: string[][] = [[], [], [], [], [], []];
  readonly f3Hours = [0, 0, 0, 0, 0, 0, 0];
  readonly f3Src: string[][] = [[], [], [], [], [], [], []];
  readonly f3SubHours = [0, 0, 0, 0, 0, 0];
  readonly f3SubSrc: string[][] = [[], [], [], [], [], []];
  readonly nsfHours = new Map<string, NsfAgg>();
  f2Hours = 0;
  readonly f2Persons = new Set<string>();
  readonly f2Src: string[] = [];
  gHours = 0;
  readonly gPersons = new Set<string>();
  readonly gSrc: string[] = [];
  readonly persons: StringIndex;
  pH: Float64Array;
  pT: Int8Array;
  pO: Int8Array;
  pL: Int8Array;
  pMulti: Uint8Array;
  readonly pN: NsfAgg[] = [];
  readonly missingType: string[] = [];
  readonly unsplit: string[] = [];
  splitByAttendance = 0;
  splitBySchedule = 0;
  cancelled = 0;
  zeroHours = 0;
  outside = 0;
  hoursOutsideYear = 0;

  /** @param rows rows expected (sizes the person index, up to 4 million; it grows past it if needed). */
  constructor(
    readonly sessions: Sessions,
    private readonly fyStart: string,
    private readonly fyEnd: string,
    /** Whether the trainees of cadre G are counted in F too. */
    readonly gInF: boolean,
    rows: number,
  ) {
    this.persons = new StringIndex(rows);
    const cap = 1024;
    this.pH = new Float64Array(cap);
    this.pT = new Int8Array(cap);
    this.pO = new Int8Array(cap);
    this.pL = new Int8Array(cap);
    this.pMulti = new Uint8Array(cap);
  }

  row(id: string, learnerId: string, session: number, t: number, status: EnrolmentRow['status'], hours: number | undefined, att: EnrolmentRow['attendance']): void {
    if (status === 'cancelled') {
      this.cancelled++;
      return;
    }
    const S = this.sessions;
    let h = 0;
    if (att !== undefined) {
      let out = 0;
      for (let k = 0; k < att.length; k++) {
        const a = att[k]!;
        if (a.date >= this.fyStart && a.date <= this.fyEnd) h += centi(a.hours);
        else out += centi(a.hours);
      }
      if (out > 0) {
        this.hoursOutsideYear += out;
        if (h > 0) this.splitByAttendance++;
      }
    } else {
      const hc = centi(hours!);
      const relation = S.relation[session];
      if (relation === 0) h = hc;
      else if (relation === 1) {
        this.outside++;
        return;
      } else if (S.planTotal[session]! > 0) {
        h = Math.round((hc * S.planIn[session]!) / S.planTotal[session]!);
        this.hoursOutsideYear += hc - h;
        this.splitBySchedule++;
      } else {
        this.unsplit.push(id);
        return;
      }
    }
    if (h === 0) {
      this.zeroHours++;
      return;
    }
    S.used[session] = 1;
    const sub = S.sub[session];
    if (sub === 2) {
      this.gHours += h;
      this.gPersons.add(learnerId);
      this.gSrc.push(id);
      if (!this.gInF) return;
    }
    if (t === 5) this.missingType.push(id);
    this.f1Hours[t]! += h;
    this.f1Src[t]!.push(id);
    const o = S.obj[session]!;
    this.f3Hours[o]! += h;
    this.f3Src[o]!.push(id);
    const l = S.level[session]!;
    if (l >= 0) {
      this.f3SubHours[l]! += h;
      this.f3SubSrc[l]!.push(id);
    }
    // The NSF group's totals, found once per session (made on the group's first counted row).
    let nh = S.nsfAgg[session];
    if (nh === undefined) {
      const code = S.nsf[session]!;
      nh = this.nsfHours.get(code);
      if (nh === undefined) {
        nh = { c: 0, src: [], trainees: 0 };
        this.nsfHours.set(code, nh);
      }
      S.nsfAgg[session] = nh;
    }
    nh.c += h;
    nh.src.push(id);
    if (sub === 1) {
      this.f2Hours += h;
      this.f2Persons.add(learnerId);
      this.f2Src.push(id);
    }
    const before = this.persons.size;
    const p = this.persons.add(learnerId);
    if (p === before) {
      if (p === this.pH.length) this.grow();
      this.pH[p] = h;
      this.pT[p] = t;
      this.pO[p] = o;
      this.pL[p] = l;
      this.pN.push(nh);
    } else {
      if (this.pT[p] !== t || this.pO[p] !== o || this.pN[p] !== nh) this.pMulti[p] = 1;
      if (h > this.pH[p]!) {
        this.pH[p] = h;
        this.pT[p] = t;
        this.pO[p] = o;
        this.pL[p] = l;
        this.pN[p] = nh;
      }
    }
  }

  private grow(): void {
    const cap = 2 * this.pH.length;
    const h2 = new Float64Array(cap);
    h2.set(this.pH);
    this.pH = h2;
    const t2 = new Int8Array(cap);
    t2.set(this.pT);
    this.pT = t2;
    const o2 = new Int8Array(cap);
    o2.set(this.pO);
    this.pO = o2;
    const l2 = new Int8Array(cap);
    l2.set(this.pL);
    this.pL = l2;
    const m2 = new Uint8Array(cap);
    m2.set(this.pMulti);
    this.pMulti = m2;
  }
}

class MissingCollector {
  readonly byFrame: Record<BpfFrameId, BpfMissing[]> = Object.fromEntries(FRAMES.map((f) => [f, []])) as unknown as Record<BpfFrameId, BpfMissing[]>;
  add(frame: BpfFrameId, m: BpfMissing): void {
    this.byFrame[frame].push(m);
  }
}

/**
 * Computes the BPF (Cerfa 10443) of one financial year: frames A to H with totals, the form's
 * consistency checks, the missing data per frame, anomalies, and for every figure the records it
 * came from. The financial year need not be a calendar year.
 *
 * - Cadre C: invoices issued in the year, HT, on the line of **who pays the organisation**
 *   (`invoice.cLine`, else the payer's `cLine`); credit notes are deducted in their issue year;
 *   cancelled invoices are ignored; an invoice whose line is unknown is an anomaly, never line 11.
 * - Cadre F: distinct persons per year (a person with several enrolments is counted once, on the
 *   line of the enrolment with the most hours, so F-1, F-3 and F-4 totals agree); hours are those
 *   actually done in the year (`attendance` by date), so a session across two years is split.
 * - Cadre G: trainees entrusted to you by another OF (sessions with `subcontracting: 'in'`),
 *   not counted in F by default.
 *
 * Throws `OfkitError` (`INVALID_INPUT`) with every issue and its path on invalid input.
 *
 * @example
 * ```ts
 * import { computeBpf } from '@ofkit/docs-gen';
 * const bpf = computeBpf({
 *   financialYear: { start: '2025-01-01', end: '2025-12-31' },
 *   trainings: [{ id: 't1', title: 'Excel', objective: 'autre', nsfCode: '326', nsfLabel: 'Informatique' }],
 *   sessions: [{ id: 's1', trainingId: 't1', start: '2025-03-10', end: '2025-03-11' }],
 *   enrolments: [{ id: 'e1', learnerId: 'p1', sessionId: 's1', traineeType: 'salarie-prive', hours: 14 }],
 *   payers: [{ id: 'acme', name: 'ACME SAS', cLine: '1' }],
 *   invoices: [{ id: 'f1', issueDate: '2025-03-12', amountHT: '1400.00', payerId: 'acme' }],
 * });
 * bpf.frameC.total; // '1400.00'
 * bpf.frameF.f1.total; // { trainees: 1, hours: 14 }
 * ```
 */
export function computeBpf(input: BpfInput, options: BpfOptions = {}): BpfResult {
  options = options === undefined ? {} : (parseArg(BpfOptionsSchema, options, ['options']) as BpfOptions);
  const rules = options.rules ?? bpfRules;
  const subcontractedInCountedInF = options.subcontractedInCountedInF;
  // The rows are aggregated while they are validated: the one rule that aggregation reads is read
  // first (if it cannot be, it throws again in its place below, after validation).
  const validated = validate(input, options.checkUniqueEnrolmentIds ?? true, (d, n) => {
    let gInF = subcontractedInCountedInF;
    if (gInF === undefined) {
      try {
        gInF = valueAt(rules.subcontractedInCountedInF, d.financialYear.end).value;
      } catch {
        return undefined;
      }
    }
    return new RowAggregator(new Sessions(d, d.financialYear.start, d.financialYear.end), d.financialYear.start, d.financialYear.end, gInF, n);
  });
  const { data, rows, sessionIndex } = validated;
  let agg = validated.agg;
  const fyStart = data.financialYear.start;
  const fyEnd = data.financialYear.end;
  const layoutR = valueAt(rules.layout, fyEnd);
  const layout = layoutR.value;
  const revenueR = valueAt(rules.revenueBasis, fyEnd);
  const countingR = valueAt(rules.traineeCounting, fyEnd);
  const gInFR = valueAt(rules.subcontractedInCountedInF, fyEnd);
  const f4R = valueAt(rules.f4MainSpecialities, fyEnd);
  const deadlineR = valueAt(rules.filingDeadline, fyEnd);
  const gInF = options.subcontractedInCountedInF ?? gInFR.value;
  const f4Rank = options.f4RankBy ?? f4R.value.rankBy;

  const warnings: Warning[] = [];
  const explanation: Step[] = [];
  const anomalies: BpfAnomaly[] = [];
  const missing = new MissingCollector();
  const pushWarning = (r: ResolvedValue<unknown>, option?: string) => {
    const w = warningFor(r, option);
    if (w) warnings.push(w);
  };
  pushWarning(layoutR);
  pushWarning(deadlineR);

  const dl = deadlineR.value;
  const filingDeadline = `${Number(fyEnd.slice(0, 4)) + 1}-${String(dl.month).padStart(2, '0')}-${String(dl.day).padStart(2, '0')}`;
  explanation.push({
    code: 'BPF_LAYOUT',
    label: `Formulaire Cerfa ${layout.cerfa}, exercice du ${fyStart} au ${fyEnd} ; dépôt sur Mon Activité Formation avant le ${filingDeadline}.`,
    labelEn: `Form Cerfa ${layout.cerfa}, financial year ${fyStart} to ${fyEnd}; file on Mon Activité Formation before ${filingDeadline}.`,
    references: [...layoutR.references, ...deadlineR.references],
  });

  // ---- Cadre A, B, H -------------------------------------------------------------------------
  const org = data.organisation ?? {};
  const orgFields: Array<[keyof typeof org, string, string]> = [
    ['name', 'Dénomination', 'Name'],
    ['nda', 'Numéro de déclaration d’activité', 'Activity declaration number'],
    ['siret', 'SIRET', 'SIRET'],
    ['legalForm', 'Forme juridique', 'Legal form'],
    ['naf', 'Code NAF', 'NAF code'],
    ['address', 'Adresse', 'Address'],
    ['addressPublic', 'Accord pour rendre l’adresse publique', 'Consent to publish the address'],
    ['phone', 'Téléphone', 'Phone'],
    ['email', 'Courriel', 'E-mail'],
  ];
  for (const [k, fr, en] of orgFields) {
    if (org[k] === undefined) {
      missing.add('A', { code: 'missing_field', path: ['organisation', k], message: `${fr} manquant(e).`, messageEn: `${en} is missing.`, records: [] });
    }
  }
  if (data.distanceActions === undefined) {
    missing.add('B', {
      code: 'missing_field',
      path: ['distanceActions'],
      message: 'Indiquez si des actions ont été réalisées en tout ou partie à distance.',
      messageEn: 'Say whether actions were delivered wholly or partly at a distance.',
      records: [],
    });
  }
  if (data.manager === undefined) {
    missing.add('H', { code: 'missing_field', path: ['manager'], message: 'Dirigeant (nom, prénom, qualité) manquant.', messageEn: 'Manager (name, first name, title) is missing.', records: [] });
  }

  // ---- Cadre C ---------------------------------------------------------------------------------
  const payers = new Map((data.payers ?? []).map((p) => [p.id, p]));
  const invoices = data.invoices ?? [];
  const invoiceById = new Map(invoices.map((inv) => [inv.id, inv]));
  const lineOf = (inv: (typeof invoices)[number]): BpfCLine | undefined => {
    if (inv.cLine) return inv.cLine;
    if ((inv.kind ?? 'invoice') === 'credit-note' && inv.creditedInvoiceId !== undefined) {
      const orig = invoiceById.get(inv.creditedInvoiceId);
      if (orig) {
        const l = orig.cLine ?? payers.get(orig.payerId)?.cLine;
        if (l) return l;
      }
    }
    return payers.get(inv.payerId)?.cLine;
  };
  // Sums in integer cents (bigint): exact, and no decimal object per invoice.
  const cCents = new Map<BpfCLine, bigint>(BPF_C_LINES.map((c) => [c, 0n]));
  const cSources = new Map<BpfCLine, string[]>(BPF_C_LINES.map((c) => [c, []]));
  let allocatedCents = 0n;
  let unallocatedCents = 0n;
  const unallocatedIds: string[] = [];
  const cancelledIds: string[] = [];
  let outsideYear = 0;
  let creditNotes = 0;
  let counted = 0;
  for (const inv of invoices) {
    if (inv.status === 'cancelled') {
      cancelledIds.push(inv.id);
      continue;
    }
    if (inv.issueDate < fyStart || inv.issueDate > fyEnd) {
      outsideYear += 1;
      continue;
    }
    const isCredit = inv.kind === 'credit-note';
    const cents = isCredit ? -amountToCents(inv.amountHT) : amountToCents(inv.amountHT);
    if (isCredit) creditNotes += 1;
    const line = lineOf(inv);
    if (!line) {
      unallocatedCents += cents;
      unallocatedIds.push(inv.id);
      continue;
    }
    counted += 1;
    cCents.set(line, cCents.get(line)! + cents);
    cSources.get(line)!.push(inv.id);
    allocatedCents += cents;
  }
  const allocatedSum = Money.fromCents(allocatedCents);
  const unallocated = Money.fromCents(unallocatedCents);
  const cAmounts = new Map<BpfCLine, Money>([...cCents].map(([k, v]) => [k, Money.fromCents(v)]));
  if (counted > 0) pushWarning(revenueR);
  const cLines: BpfMoneyLine[] = layout.frames.C.map((d) => ({
    ...lineDef(d),
    amount: (cAmounts.get(d.code as BpfCLine) ?? Money.zero()).toString(),
    sources: { invoices: cSources.get(d.code as BpfCLine) ?? [] },
  }));
  let line2 = Money.zero();
  let cTotal = Money.zero();
  for (const l of cLines) {
    cTotal = cTotal.plus(l.amount);
    if (l.partOf === '2') line2 = line2.plus(l.amount);
  }
  explanation.push({
    code: 'C_INVOICES',
    label: `Cadre C : ${counted} facture(s) et avoir(s) émis dans l’exercice classés selon le payeur (dont ${creditNotes} avoir(s) déduit(s)) ; ${cancelledIds.length} annulée(s) et ${outsideYear} hors exercice ignorée(s).`,
    labelEn: `Cadre C: ${counted} invoice(s) and credit note(s) issued in the year placed by payer (${creditNotes} credit note(s) deducted); ${cancelledIds.length} cancelled and ${outsideYear} outside the year ignored.`,
    amounts: { total: cTotal.toString(), line2: line2.toString() },
    references: revenueR.references,
  });
  if (unallocatedIds.length > 0) {
    const a: BpfAnomaly = {
      code: 'UNMAPPED_PAYER',
      frame: 'C',
      message: `${unallocatedIds.length} facture(s) (${unallocated.format()} HT) sans ligne du cadre C : précisez la ligne du payeur (cLine). Elles ne sont pas comptées (jamais en ligne 11 par défaut).`,
      messageEn: `${unallocatedIds.length} invoice(s) (EUR ${unallocated.toString()} excl. VAT) with no cadre C line: set the payer's line (cLine). They are not counted (never put on line 11 by default).`,
      records: unallocatedIds,
      amount: unallocated.toString(),
    };
    anomalies.push(a);
    missing.add('C', { code: 'payer_line_missing', message: a.message, messageEn: a.messageEn, records: unallocatedIds });
  }
  for (const l of cLines) {
    if (money(l.amount).isNegative()) {
      anomalies.push({
        code: 'NEGATIVE_LINE',
        frame: 'C',
        message: `Ligne ${l.code} négative (${l.amount} €) : des avoirs de l’exercice dépassent les factures de la ligne.`,
        messageEn: `Line ${l.code} is negative (EUR ${l.amount}): credit notes of the year exceed its invoices.`,
        records: l.sources.invoices,
        amount: l.amount,
      });
    }
  }
  let revenueShare: string | null = null;
  if (org.totalRevenueHT === undefined) {
    missing.add('C', {
      code: 'missing_field',
      path: ['organisation', 'totalRevenueHT'],
      message: 'Chiffre d’affaires global manquant : la part réalisée en formation (%) ne peut être calculée.',
      messageEn: 'Global turnover is missing: the share made in training (%) cannot be computed.',
      records: [],
    });
  } else if (!money(org.totalRevenueHT).isZero()) {
    revenueShare = new PctDecimal(cTotal.toString()).div(money(org.totalRevenueHT).toString()).times(100).toDecimalPlaces(2).toFixed(2);
  }

  // ---- Cadre D ---------------------------------------------------------------------------------
  let frameD: BpfResult['frameD'] = null;
  if (data.charges) {
    const total = money(data.charges.total);
    const sal = money(data.charges.trainerSalaries);
    const pur = money(data.charges.purchasedTraining);
    frameD = { total: total.toString(), trainerSalaries: sal.toString(), purchasedTraining: pur.toString() };
    if (sal.plus(pur).gt(total)) {
      anomalies.push({
        code: 'D_PARTS_EXCEED_TOTAL',
        frame: 'D',
        message: 'Cadre D : les lignes « dont » dépassent le total des charges.',
        messageEn: 'Cadre D: the "of which" lines exceed the total charges.',
        records: [],
        amount: sal.plus(pur).minus(total).toString(),
      });
    }
  } else {
    missing.add('D', { code: 'missing_field', path: ['charges'], message: 'Charges de l’organisme (cadre D) manquantes.', messageEn: 'Charges of the organisation (cadre D) are missing.', records: [] });
  }
  if (cTotal.isPositive() && (!frameD || money(frameD.total).isZero())) {
    anomalies.push({
      code: 'REVENUE_WITHOUT_CHARGES',
      frame: 'D',
      message: 'Des produits sont déclarés au cadre C mais aucune charge au cadre D.',
      messageEn: 'Income is declared in cadre C but no charges in cadre D.',
      records: [],
    });
  }

  // ---- Cadre F and G: aggregated during the validation pass (see RowAggregator) ------------------
  // Normally done; again here only if the rule read early gave another answer than now.
  if (agg === undefined || agg.gInF !== gInF) {
    agg = new RowAggregator(new Sessions(data, fyStart, fyEnd), fyStart, fyEnd, gInF, rows.length);
    for (let i = 0; i < rows.length; i++) {
      const e = rows[i]!;
      agg.row(e.id, e.learnerId, sessionIndex.get(e.sessionId), e.traineeType === undefined ? 5 : BPF_TRAINEE_TYPES.indexOf(e.traineeType), e.status, e.hours, e.attendance);
    }
  }
  const sessionAt = agg.sessions;
  const trainingsMissingObjective = new Set<string>();
  const trainingsMissingLevel = new Set<string>();
  const trainingsMissingNsf = new Set<string>();
  const { f1Hours, f1Src, f3Hours, f3Src, f3SubHours, f3SubSrc, nsfHours, f2Hours, f2Persons, f2Src, gHours, gPersons, gSrc, persons, pT, pO, pL, pMulti, pN } = agg;
  const { missingType, unsplit, splitByAttendance, splitBySchedule, cancelled, zeroHours, outside, hoursOutsideYear } = agg;
  const gInFEffective = gInF;
  // Person counts, on the line of each person's main enrolment.
  const f1Count = [0, 0, 0, 0, 0, 0];
  const f3Count = [0, 0, 0, 0, 0, 0, 0];
  const f3SubCount = [0, 0, 0, 0, 0, 0];
  const multiPersons: string[] = [];
  for (let p = 0; p < persons.size; p++) {
    f1Count[pT[p]!]!++;
    f3Count[pO[p]!]!++;
    if (pL[p]! >= 0) f3SubCount[pL[p]!]!++;
    pN[p]!.trainees++;
    if (pMulti[p] === 1) multiPersons.push(persons.key(p));
  }
  // Trainings missing objective / level / NSF, among those whose sessions counted.
  const usedTrainings = new Set<string>();
  for (let k = 0; k < sessionAt.used.length; k++) if (sessionAt.used[k] === 1) usedTrainings.add(sessionAt.trainingId[k]!);
  for (const t of data.trainings) {
    if (!usedTrainings.has(t.id)) continue;
    if (t.objective === undefined) trainingsMissingObjective.add(t.id);
    if (t.objective === 'rncp' && t.rncpLevel === undefined) trainingsMissingLevel.add(t.id);
    if (t.nsfCode === undefined) trainingsMissingNsf.add(t.id);
  }
  const keepUsed = (set: Set<string>) => [...set];

  const total = (hours: number[], counts: number[], upTo = hours.length) => {
    let th = 0;
    let tc = 0;
    for (let k = 0; k < upTo; k++) {
      th += hours[k]!;
      tc += counts[k]!;
    }
    return { trainees: tc, hours: fromCenti(th) };
  };
  const line = (d: BpfLineDef | typeof UNCLASSIFIED, trainees: number, hoursC: number, enrolments: string[], extra: { nsfCode?: string } = {}): BpfTraineeLine => ({
    ...lineDef(d),
    trainees,
    hours: fromCenti(hoursC),
    ...extra,
    sources: { enrolments },
  });

  const f1Lines = layout.frames.F1.map((d, k) => line(d, f1Count[k]!, f1Hours[k]!, f1Src[k]!));
  if (f1Count[5]! > 0 || f1Hours[5]! > 0) f1Lines.push(line(UNCLASSIFIED, f1Count[5]!, f1Hours[5]!, f1Src[5]!));
  const f1: BpfTraineeTable = { lines: f1Lines, total: total(f1Hours, f1Count) };

  const mainF3 = layout.frames.F3.filter((d) => d.partOf === undefined);
  const subF3 = layout.frames.F3.filter((d) => d.partOf !== undefined);
  const f3Lines: BpfTraineeLine[] = [];
  mainF3.forEach((d, k) => {
    f3Lines.push(line(d, f3Count[k]!, f3Hours[k]!, f3Src[k]!));
    if (k === 0) subF3.forEach((sd, j) => f3Lines.push(line(sd, f3SubCount[j]!, f3SubHours[j]!, f3SubSrc[j]!)));
  });
  if (f3Count[6]! > 0 || f3Hours[6]! > 0) f3Lines.push(line(UNCLASSIFIED, f3Count[6]!, f3Hours[6]!, f3Src[6]!));
  const f3: BpfTraineeTable = { lines: f3Lines, total: total(f3Hours, f3Count) };

  // F-4: the main specialities, then "other", then unclassified.
  const f4Count = f4R.value.count;
  const ranked = [...nsfHours.entries()].filter(([code]) => code !== '').sort(([ca, a], [cb, b]) => {
    const primary = f4Rank === 'hours' ? b.c - a.c : b.trainees - a.trainees;
    if (primary !== 0) return primary;
    const secondary = f4Rank === 'hours' ? b.trainees - a.trainees : b.c - a.c;
    return secondary !== 0 ? secondary : ca < cb ? -1 : ca > cb ? 1 : 0;
  });
  const nsfLabel = new Map<string, string>();
  for (const t of data.trainings) if (t.nsfCode && t.nsfLabel && !nsfLabel.has(t.nsfCode.slice(0, 3))) nsfLabel.set(t.nsfCode.slice(0, 3), t.nsfLabel);
  const f4Lines: BpfTraineeLine[] = [];
  const missingLabels: string[] = [];
  ranked.slice(0, f4Count).forEach(([code, v]) => {
    const label = nsfLabel.get(code);
    if (!label) missingLabels.push(code);
    f4Lines.push({ code, label: label ?? `NSF ${code}`, labelEn: label ?? `NSF ${code}`, nsfCode: code, trainees: v.trainees, hours: fromCenti(v.c), sources: { enrolments: v.src } });
  });
  let otherC = 0;
  let otherT = 0;
  const otherSrc: string[] = [];
  for (const [, v] of ranked.slice(f4Count)) {
    otherC += v.c;
    otherT += v.trainees;
    for (const x of v.src) otherSrc.push(x);
  }
  f4Lines.push(line(layout.frames.F4Other, otherT, otherC, otherSrc));
  const unNsf = nsfHours.get('');
  if (unNsf) f4Lines.push(line(UNCLASSIFIED, unNsf.trainees, unNsf.c, unNsf.src));
  let f4TotalC = 0;
  let f4TotalT = 0;
  for (const v of nsfHours.values()) {
    f4TotalC += v.c;
    f4TotalT += v.trainees;
  }
  const f4: BpfTraineeTable = { lines: f4Lines, total: { trainees: f4TotalT, hours: fromCenti(f4TotalC) } };
  if (ranked.length > f4Count) pushWarning(f4R, 'f4RankBy');

  const f2 = line(layout.frames.F2[0]!, f2Persons.size, f2Hours, f2Src);
  const frameG = line(layout.frames.G[0]!, gPersons.size, gHours, gSrc);
  if (gSrc.length > 0) pushWarning(gInFR, 'subcontractedInCountedInF');

  // Missing data of F.
  if (missingType.length > 0) {
    missing.add('F-1', { code: 'trainee_type_missing', message: `${missingType.length} inscription(s) sans type de stagiaire (traineeType).`, messageEn: `${missingType.length} enrolment(s) without a trainee type (traineeType).`, records: missingType });
  }
  const mo = keepUsed(trainingsMissingObjective);
  if (mo.length > 0) missing.add('F-3', { code: 'objective_missing', message: `${mo.length} formation(s) sans objectif général (objective).`, messageEn: `${mo.length} training(s) without a general objective (objective).`, records: mo });
  const ml = keepUsed(trainingsMissingLevel);
  if (ml.length > 0) missing.add('F-3', { code: 'rncp_level_missing', message: `${ml.length} formation(s) RNCP sans niveau (rncpLevel) : lignes a.1 à a.6 incomplètes.`, messageEn: `${ml.length} RNCP training(s) without a level (rncpLevel): lines a.1 to a.6 incomplete.`, records: ml });
  const mn = keepUsed(trainingsMissingNsf);
  if (mn.length > 0) missing.add('F-4', { code: 'nsf_missing', message: `${mn.length} formation(s) sans code NSF (nsfCode).`, messageEn: `${mn.length} training(s) without an NSF code (nsfCode).`, records: mn });
  if (missingLabels.length > 0) missing.add('F-4', { code: 'nsf_label_missing', message: `Libellé en clair manquant pour les spécialités ${missingLabels.join(', ')} (nsfLabel).`, messageEn: `Plain-text label missing for specialities ${missingLabels.join(', ')} (nsfLabel).`, records: missingLabels });
  if (unsplit.length > 0) {
    const m = {
      code: 'hours_not_split',
      message: `${unsplit.length} inscription(s) à une session à cheval sur deux exercices sans heures datées (attendance) ni planning (slots) : heures non comptées.`,
      messageEn: `${unsplit.length} enrolment(s) in a session spanning two financial years with neither dated hours (attendance) nor a schedule (slots): hours not counted.`,
      records: unsplit,
    };
    missing.add('F', m);
    anomalies.push({ ...m, code: 'HOURS_NOT_SPLIT', frame: 'F' });
  }
  if (splitBySchedule > 0) {
    warnings.push({
      code: 'HOURS_SPLIT_BY_SCHEDULE',
      message: `${splitBySchedule} inscription(s) à cheval sur deux exercices réparties au prorata du planning de la session, faute d’heures datées : à vérifier.`,
      messageEn: `${splitBySchedule} enrolment(s) spanning two financial years split pro rata of the session schedule, for lack of dated hours: check them.`,
      references: countingR.references,
    });
  }
  if (multiPersons.length > 0 || splitByAttendance > 0 || splitBySchedule > 0) pushWarning(countingR);

  explanation.push({
    code: 'F_ENROLMENTS',
    label: `Cadre F : ${rows.length} inscription(s) lues ; ${cancelled} annulée(s), ${outside} hors exercice, ${zeroHours} sans heure dans l’exercice ; ${persons.size} personne(s) distincte(s), ${fromCenti(f1Hours.reduce((a, b) => a + b, 0))} h suivies dans l’exercice.`,
    labelEn: `Cadre F: ${rows.length} enrolment(s) read; ${cancelled} cancelled, ${outside} outside the year, ${zeroHours} with no hour in the year; ${persons.size} distinct person(s), ${fromCenti(f1Hours.reduce((a, b) => a + b, 0))} h followed in the year.`,
    amounts: { persons: String(persons.size), hours: String(f1.total.hours), hoursOutsideYear: String(fromCenti(hoursOutsideYear)) },
    references: countingR.references,
  });
  if (splitByAttendance + splitBySchedule > 0) {
    explanation.push({
      code: 'F_SPLIT_ACROSS_YEARS',
      label: `${splitByAttendance} inscription(s) réparties selon la date des heures suivies et ${splitBySchedule} au prorata du planning ; ${fromCenti(hoursOutsideYear)} h relèvent d’un autre exercice.`,
      labelEn: `${splitByAttendance} enrolment(s) split by the date of the hours followed and ${splitBySchedule} pro rata of the schedule; ${fromCenti(hoursOutsideYear)} h belong to another financial year.`,
    });
  }
  if (multiPersons.length > 0) {
    explanation.push({
      code: 'F_PERSON_ON_SEVERAL_LINES',
      label: `${multiPersons.length} personne(s) avec plusieurs inscriptions sur des lignes différentes : comptée(s) une fois, sur la ligne de l’inscription la plus longue ; leurs heures restent sur chaque ligne.`,
      labelEn: `${multiPersons.length} person(s) with enrolments on different lines: counted once, on the line of the longest enrolment; their hours stay on each line.`,
      amounts: { persons: String(multiPersons.length) },
    });
  }
  if (gSrc.length > 0) {
    explanation.push({
      code: 'G_SUBCONTRACTED_IN',
      label: `Cadre G : ${gPersons.size} stagiaire(s), ${fromCenti(gHours)} h confiés par un autre organisme ; ${gInFEffective ? 'aussi comptés' : 'non comptés'} au cadre F.`,
      labelEn: `Cadre G: ${gPersons.size} trainee(s), ${fromCenti(gHours)} h entrusted by another OF; ${gInFEffective ? 'also counted' : 'not counted'} in cadre F.`,
      references: gInFR.references,
    });
  }

  // ---- Cadre E -----------------------------------------------------------------------------------
  const trainerKind = new Map((data.trainers ?? []).map((t) => [t.id, t.kind]));
  const eHours = [0, 0, 0];
  const ePersons = [new Set<string>(), new Set<string>(), new Set<string>()];
  const eSrc: string[][] = [[], [], []];
  const eUnsplit: string[] = [];
  (data.trainerHours ?? []).forEach((r, i) => {
    const rid = r.id ?? `trainerHours[${i}]`;
    const hc = centi(r.hours);
    let h = 0;
    if (r.date !== undefined) {
      if (r.date < fyStart || r.date > fyEnd) return;
      h = hc;
    } else {
      const k = sessionIndex.get(r.sessionId!);
      const relation = sessionAt.relation[k]!;
      if (relation === 1) return;
      if (relation === 0) h = hc;
      else if (sessionAt.planTotal[k]! > 0) h = Math.round((hc * sessionAt.planIn[k]!) / sessionAt.planTotal[k]!);
      else {
        eUnsplit.push(rid);
        return;
      }
    }
    if (h === 0) return;
    const kind = trainerKind.get(r.trainerId);
    const k = kind === 'internal' ? 0 : kind === 'external' ? 1 : 2;
    eHours[k]! += h;
    ePersons[k]!.add(r.trainerId);
    eSrc[k]!.push(rid);
  });
  const eLines: BpfTrainerLine[] = layout.frames.E.map((d, k) => ({
    ...lineDef(d),
    persons: ePersons[k]!.size,
    hours: fromCenti(eHours[k]!),
    sources: { trainers: [...ePersons[k]!], trainerHours: eSrc[k]! },
  }));
  if (eSrc[2]!.length > 0) {
    eLines.push({ ...lineDef(UNCLASSIFIED), persons: ePersons[2]!.size, hours: fromCenti(eHours[2]!), sources: { trainers: [...ePersons[2]!], trainerHours: eSrc[2]! } });
    missing.add('E', { code: 'trainer_kind_missing', message: `${ePersons[2]!.size} formateur(s) sans statut interne/externe (kind).`, messageEn: `${ePersons[2]!.size} trainer(s) without internal/external status (kind).`, records: [...ePersons[2]!] });
  }
  if (eUnsplit.length > 0) {
    missing.add('E', { code: 'hours_not_split', message: `${eUnsplit.length} relevé(s) d’heures formateur sans date sur une session à cheval sur deux exercices : non comptés.`, messageEn: `${eUnsplit.length} trainer-hour record(s) without a date on a session spanning two years: not counted.`, records: eUnsplit });
  }
  if ((data.trainerHours ?? []).length === 0 && persons.size + gPersons.size > 0) {
    missing.add('E', { code: 'trainer_hours_missing', path: ['trainerHours'], message: 'Aucune heure de formateur alors que des stagiaires ont été formés.', messageEn: 'No trainer hours although trainees were trained.', records: [] });
  }
  const eTotal = { persons: ePersons[0]!.size + ePersons[1]!.size + ePersons[2]!.size, hours: fromCenti(eHours[0]! + eHours[1]! + eHours[2]!) };

  // ---- Checks ----------------------------------------------------------------------------------
  const checks: BpfCheck[] = [];
  const check = (code: string, label: string, labelEn: string, ok: boolean, figures: Record<string, string>) => checks.push({ code, label, labelEn, ok, figures });
  check('C_LINE2_SUM', 'Ligne 2 = somme des lignes 2.a à 2.h', 'Line 2 = sum of lines 2.a to 2.h', line2.eq(cLines.filter((l) => l.partOf === '2').reduce((a, l) => a.plus(l.amount), Money.zero())), { line2: line2.toString() });
  check('C_TOTAL_SUM', 'Total du cadre C = somme des lignes 1 à 11 = produits classés', 'Cadre C total = sum of lines 1 to 11 = allocated income', cTotal.eq(allocatedSum), { total: cTotal.toString(), allocated: allocatedSum.toString() });
  check('C_ALL_ALLOCATED', 'Toutes les factures de l’exercice ont une ligne', 'Every invoice of the year has a line', unallocatedIds.length === 0, { unallocated: unallocated.toString() });
  check('F_TRAINEES_AGREE', 'Totaux stagiaires F-1 = F-3 = F-4', 'Trainee totals F-1 = F-3 = F-4', f1.total.trainees === f3.total.trainees && f3.total.trainees === f4.total.trainees, {
    f1: String(f1.total.trainees),
    f3: String(f3.total.trainees),
    f4: String(f4.total.trainees),
  });
  check('F_HOURS_AGREE', 'Totaux heures F-1 = F-3 = F-4', 'Hour totals F-1 = F-3 = F-4', f1.total.hours === f3.total.hours && f3.total.hours === f4.total.hours, {
    f1: String(f1.total.hours),
    f3: String(f3.total.hours),
    f4: String(f4.total.hours),
  });
  check('F2_WITHIN_F1', 'F-2 ≤ F-1 (stagiaires et heures)', 'F-2 ≤ F-1 (trainees and hours)', f2.trainees <= f1.total.trainees && f2.hours <= f1.total.hours, {
    f2Trainees: String(f2.trainees),
    f1Trainees: String(f1.total.trainees),
    f2Hours: String(f2.hours),
    f1Hours: String(f1.total.hours),
  });
  check(
    'F_ALL_CLASSIFIED',
    'Chaque stagiaire et chaque heure a un type, un objectif et une spécialité',
    'Every trainee and hour has a type, an objective and a speciality',
    f1Hours[5] === 0 && f3Hours[6] === 0 && unNsf === undefined,
    { unclassifiedF1: String(fromCenti(f1Hours[5]!)), unclassifiedF3: String(fromCenti(f3Hours[6]!)), unclassifiedF4: String(fromCenti(unNsf?.c ?? 0)) },
  );
  check('D_CHARGES_IF_REVENUE', 'Des charges sont déclarées si des produits le sont', 'Charges are declared when income is', !(cTotal.isPositive() && (!frameD || money(frameD.total).isZero())), {
    cTotal: cTotal.toString(),
    dTotal: frameD?.total ?? 'null',
  });
  if (frameD) {
    check('D_PARTS_WITHIN_TOTAL', 'Salaires + achats ≤ total des charges', 'Salaries + purchases ≤ total charges', money(frameD.trainerSalaries).plus(frameD.purchasedTraining).lte(frameD.total), { ...frameD });
  }
  const failed = checks.filter((c) => !c.ok);
  // Failed checks not already reported as an anomaly of the data.
  const covered = new Set(['C_ALL_ALLOCATED', 'D_CHARGES_IF_REVENUE', 'D_PARTS_WITHIN_TOTAL']);
  for (const c of failed) {
    if (!covered.has(c.code)) {
      anomalies.push({ code: `CHECK_${c.code}`, frame: c.code.startsWith('C') ? 'C' : c.code.startsWith('D') ? 'D' : 'F', message: `Contrôle non satisfait : ${c.label}.`, messageEn: `Check failed: ${c.labelEn}.`, records: [] });
    }
  }
  explanation.push({
    code: 'CHECKS',
    label: `${checks.length - failed.length}/${checks.length} contrôle(s) de cohérence satisfait(s).`,
    labelEn: `${checks.length - failed.length}/${checks.length} consistency check(s) passed.`,
  });

  const references = dedupeReferences([
    BPF_REFERENCES.l6352_11,
    BPF_REFERENCES.r6352_22,
    ...layoutR.references,
    ...revenueR.references,
    ...countingR.references,
    ...deadlineR.references,
  ]);

  return {
    layout: { id: layout.id, cerfa: layout.cerfa, title: layout.title, status: layoutR.status, references: layoutR.references, definition: layout },
    financialYear: { start: fyStart, end: fyEnd },
    filingDeadline,
    frameA: {
      name: org.name ?? null,
      nda: org.nda ?? null,
      siret: org.siret ?? null,
      legalForm: org.legalForm ?? null,
      naf: org.naf ?? null,
      address: org.address ?? null,
      addressPublic: org.addressPublic ?? null,
      phone: org.phone ?? null,
      email: org.email ?? null,
    },
    frameB: { financialYear: { start: fyStart, end: fyEnd }, distanceActions: data.distanceActions ?? null },
    frameC: { lines: cLines, line2Total: line2.toString(), total: cTotal.toString(), revenueShare, unallocated: { amount: unallocated.toString(), invoices: unallocatedIds } },
    frameD,
    frameE: { lines: eLines, total: eTotal },
    frameF: { f1, f2, f3, f4 },
    frameG,
    frameH: data.manager ?? null,
    checks,
    missingData: missing.byFrame,
    anomalies,
    explanation,
    warnings: dedupeWarnings(warnings),
    references,
  };
}

function lineDef(d: { code: string; label: string; labelEn: string; partOf?: string }): { code: string; label: string; labelEn: string; partOf?: string } {
  return d.partOf !== undefined ? { code: d.code, label: d.label, labelEn: d.labelEn, partOf: d.partOf } : { code: d.code, label: d.label, labelEn: d.labelEn };
}
