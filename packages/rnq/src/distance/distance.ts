import type { CivilDate, IssuePath, LegalRef, OfkitIssue, Step, Warning } from '@ofkit/core';
import { OfkitError, parseInput, toParisDateTime } from '@ofkit/core/internal/base';
import { issue, toPlainInputAt } from '@ofkit/core/internal';
import * as z from '@ofkit/core/internal/zod';
import type { EvidenceItem } from '../evidence/model.js';
import { REF } from '../shared/references.js';
import { normaliseGivenId, readActor, readIfi, type AgentIdentity, type IfiKind } from './agent.js';
import { AVERAGE_MONTH_MS, AVERAGE_YEAR_MS, isoUtc, readDuration, readTimestamp } from './time.js';
import { lazy } from '@ofkit/core/internal';

/** An xAPI agent or group (actor, or object when a tutor writes to a learner). */
export interface XapiAgent {
  /** `Agent` (default) or `Group`; a group without an identifier stands for each of its identified `member`s. */
  readonly objectType?: 'Agent' | 'Group';
  /** Display name: shown in the report, never used to identify. */
  readonly name?: string;
  /** Identifier: a `mailto:` e-mail address (`mailto:ana@example.org`); give exactly one of `mbox`, `mbox_sha1sum`, `openid`, `account`. */
  readonly mbox?: string;
  /** Identifier: the SHA-1 of the `mailto:` address, 40 hexadecimal characters; exactly one identifier. */
  readonly mbox_sha1sum?: string;
  /** Identifier: an OpenID URI; exactly one identifier. */
  readonly openid?: string;
  /** Identifier: an account on a platform (both `homePage` and `name` required); exactly one identifier. */
  readonly account?: {
    /** Account name on that platform (non-empty). */
    readonly name: string;
    /** URL of the platform that issued the account. */
    readonly homePage: string;
  };
  /** Members of a group (an anonymous group's statement goes to each identified member). */
  readonly member?: readonly XapiAgent[];
}

/** The subset of an xAPI statement read here (other properties are allowed and ignored). */
export interface XapiStatement {
  /** UUID; used to drop duplicates and to apply voiding. */
  readonly id?: string;
  /** Who did it: a learner, or a tutor listed in `session.tutors` (then the statement is human assistance). */
  readonly actor: XapiAgent;
  /** What was done. */
  readonly verb: {
    /** Verb IRI, read by its last segment: `completed`, `passed`, `failed`, `mastered`, `scored` complete the object, `uncompleted` undoes it, `attended`/`joined` mark a virtual class attended, `asked` is a request for help; `…/verbs/voided` voids the statement its `object` references. */
    readonly id: string;
    /** Display text by language; not read. */
    readonly display?: Readonly<Record<string, string>>;
  };
  /** What it was done on: an activity (default), an agent or group (a tutor writing to a learner), or a `StatementRef` (voiding). */
  readonly object: {
    /** The activity IRI (matched against `session.activities[].id`), or the UUID of the statement a `StatementRef` points to. */
    readonly id?: string;
    /** `Activity` (default), `Agent`, `Group`, `StatementRef` or `SubStatement` (checked, not counted); anything else is rejected. */
    readonly objectType?: string;
    /** For an agent object: Identifier: a `mailto:` e-mail address (`mailto:ana@example.org`); give exactly one of `mbox`, `mbox_sha1sum`, `openid`, `account`. */
    readonly mbox?: string;
    /** For an agent object: Identifier: the SHA-1 of the `mailto:` address, 40 hexadecimal characters; exactly one identifier. */
    readonly mbox_sha1sum?: string;
    /** For an agent object: Identifier: an OpenID URI; exactly one identifier. */
    readonly openid?: string;
    /** For an agent object: Identifier: an account on a platform (both `homePage` and `name` required); exactly one identifier. */
    readonly account?: {
      /** Account name on that platform (non-empty). */
      readonly name: string;
      /** URL of the platform that issued the account. */
      readonly homePage: string;
    };
    /** For an agent object: its display name, never used to identify. */
    readonly name?: string;
    /** For a group object: its members. */
    readonly member?: readonly XapiAgent[];
    readonly [key: string]: unknown;
  };
  /** ISO 8601 with offset (`Z`, `±HH:MM`, `±HHMM`, `±HH`); when absent, `stored` is read. */
  readonly timestamp?: string;
  /** Set by the LRS when it stores the statement. */
  readonly stored?: string;
  /** Outcome of the statement. */
  readonly result?: {
    /** Time declared by the LMS, an ISO 8601 duration (`PT15M`, `P4W`; years and months per option `calendarDurations`), summed as `declaredMinutes`. */
    readonly duration?: string;
    /** `true` completes the object like a completion verb. */
    readonly completion?: boolean;
    /** Success flag of xAPI; accepted, not read. */
    readonly success?: boolean;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

/** A plain connection log line: a login (and logout when known). */
export interface ConnectionLog {
  /** Always `connection`: what tells a connection log from an xAPI statement. */
  readonly type: 'connection';
  /** The learner, in the form of {@link xapiAgentId} (an e-mail address for an `mbox`). */
  readonly learnerId: string;
  /** ISO 8601 with offset. */
  readonly start: string;
  /** Logout instant, ISO 8601 with offset, not before `start`; absent when unknown. */
  readonly end?: string;
  /** The activity the learner connected to, matched against `session.activities[].id`. */
  readonly activityId?: string;
}

/** A trace: an xAPI statement or a connection log. */
export type Trace = XapiStatement | ConnectionLog;

/** An LRS `GET /statements` answer (xAPI Communication §2.1.3). */
export interface XapiStatementResult {
  /** The statements of this page (connection logs may be mixed in). */
  readonly statements: readonly Trace[];
  /** URL of the next page, or empty when none. */
  readonly more?: string;
}

/** What {@link assessDistanceLearning} reads: an array, an LRS StatementResult, or any iterable of traces. */
export type TraceInput = readonly Trace[] | XapiStatementResult | Iterable<Trace>;

/** What {@link assessDistanceLearningAsync} reads: also async iterables (a stream of pages). */
export type AsyncTraceInput = TraceInput | AsyncIterable<Trace> | AsyncIterable<XapiStatementResult>;

/** A planned activity of the distance session. */
export interface PlannedActivity {
  /** The activity's identifier as it appears in the traces (the xAPI `object.id`, or the `activityId` of a connection log); traces on other objects do not count towards completion. */
  readonly id: string;
  /** `activity` (a module counted in the activities completed), `assessment` (counted in the assessments completed; D. 6313-3-1 expects at least one) or `virtual-class` (also completed by attending it). */
  readonly kind: 'activity' | 'assessment' | 'virtual-class';
  /** Expected duration in minutes (D. 6313-3-1: information on the average duration). */
  readonly expectedMinutes?: number;
}

/** The distance session the traces belong to. */
export interface DistanceSession {
  /** Identifier of the session; it becomes the `sessionId` of the result and of the evidence items produced. */
  readonly id: string;
  /** Learner identifiers in the form of {@link xapiAgentId} (a bare e-mail address for an `mbox`); others found in the traces are reported too. */
  readonly learners?: readonly string[];
  /** Identifiers of tutors/trainers (same form): their statements are human assistance. */
  readonly tutors?: readonly string[];
  /** The planned activities and assessments, for completion figures and the D. 6313-3-1 gaps (no assessment, no expected duration); default none. */
  readonly activities?: readonly PlannedActivity[];
}

/** Options of {@link assessDistanceLearning}. */
export interface DistanceOptions {
  /** Gap between two events of a learner above which the learner is deemed idle (default 30 min; practice). */
  readonly idleCutoffMinutes?: number;
  /** `true`: any invalid statement makes the call throw one `OfkitError` listing every issue (all-or-nothing). Default `false`: invalid statements are listed in `rejected` and the rest is computed. */
  readonly strict?: boolean;
  /**
   * Years and months of `result.duration` have no fixed length: `'ignore'` (default) leaves them
   * out of `declaredMinutes` with a warning; `'average'` counts them as average Gregorian years
   * (365.2425 days) and months (a twelfth of that).
   */
  readonly calendarDurations?: 'ignore' | 'average';
}

/** A statement left out of the computation, with every reason. */
export interface RejectedTrace {
  /** Position in the input (0-based, across pages for a stream). */
  readonly index: number;
  /** The statement `id` when it had a string one. */
  readonly id?: string;
  readonly issues: readonly OfkitIssue[];
}

/** Per-learner figures. */
export interface LearnerActivity {
  /** Canonical identifier ({@link xapiAgentId}). */
  readonly learnerId: string;
  /** Which xAPI identifier it is (`connection` for an id only seen in connection logs or the session). */
  readonly identifierKind: IfiKind | 'given';
  /** Latest display name seen in the learner's statements (never used to identify). */
  readonly displayName: string | null;
  readonly events: number;
  /** Paris date and time of the first and last trace. */
  readonly first: { readonly date: CivilDate; readonly time: string } | null;
  readonly last: { readonly date: CivilDate; readonly time: string } | null;
  /** Estimated time (minutes, rounded down): see `method.description`. */
  readonly estimatedMinutes: number;
  /** Sum of xAPI `result.duration` (minutes, rounded down). */
  readonly declaredMinutes: number;
  readonly activitiesCompleted: number;
  readonly activitiesPlanned: number;
  readonly assessmentsCompleted: number;
  readonly assessmentsPlanned: number;
  readonly assistance: {
    readonly requests: number;
    readonly answered: number;
    readonly tutorMessages: number;
    readonly virtualClassesAttended: number;
    /** Response delays in minutes (rounded down), in order. */
    readonly medianResponseMinutes: number | null;
    readonly maxResponseMinutes: number | null;
  };
}

/** Result of {@link assessDistanceLearning}. */
export interface DistanceLearningResult {
  readonly sessionId: string;
  readonly method: { readonly idleCutoffMinutes: number; readonly description: string; readonly descriptionEn: string };
  readonly learners: readonly LearnerActivity[];
  readonly totals: {
    /** Traces received (valid or not). */
    readonly statements: number;
    readonly learners: number;
    readonly tutorStatements: number;
    readonly humanInteractions: number;
    readonly estimatedMinutes: number;
    /** Traces read (received − rejected − duplicates − voiding statements). */
    readonly accepted: number;
    readonly rejected: number;
    /** Repeated statement ids (counted once). */
    readonly duplicates: number;
    /** Statements cancelled by a voiding statement of the input. */
    readonly voided: number;
    /** Voiding statements (not learning activity). */
    readonly voiding: number;
  };
  /** No human assistance (tutor message, answered request, virtual class) is traced. */
  readonly selfLearningOnly: boolean;
  /** Gaps against D. 6313-3-1 (French). */
  readonly gaps: readonly string[];
  /** Evidence items for the readiness assessment (indicators 10, 11, 19). */
  readonly evidence: readonly EvidenceItem[];
  /** Statements left out (first 1 000; `totals.rejected` counts them all). Empty in `strict` mode. */
  readonly rejected: readonly RejectedTrace[];
  readonly explanation: readonly Step[];
  readonly warnings: readonly Warning[];
  readonly references: readonly LegalRef[];
}

/** The xAPI specification (1.0.3, Data): identity, voiding, timestamps, durations. */
const XAPI_REF: LegalRef = {
  source: 'official-site',
  article: 'xAPI 1.0.3, Data §2.4.2, §2.3.2, §4.5, §4.6',
  title: 'Spécification xAPI (ADL) : identifiants des agents, annulation (voiding), horodatages, durées',
  url: 'https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md',
};

const SessionSchema = /* @__PURE__ */ lazy(() => z.object({
  id: z.string().min(1),
  learners: z.array(z.string().min(1)).optional(),
  tutors: z.array(z.string().min(1)).optional(),
  activities: z.array(z.object({ id: z.string().min(1), kind: z.enum(['activity', 'assessment', 'virtual-class']), expectedMinutes: z.number().min(0).optional() })).optional(),
}));
const OptionsSchema = /* @__PURE__ */ lazy(() => z.strictObject({
  idleCutoffMinutes: z.number().positive().max(24 * 60).optional(),
  strict: z.boolean().optional(),
  calendarDurations: z.enum(['ignore', 'average']).optional(),
}).optional());

/**
 * Milliseconds of an ISO 8601 duration as used by xAPI `result.duration`, with the whole grammar
 * (`PT1H30M`, `PT16559.14S`, `P4W`, `P3Y1M29DT4H35M59.14S`), or `NaN` when malformed (`PA1H0M0S`,
 * `P4W1D`). Weeks count 7 days and days 24 hours; years and months have no fixed length and count
 * as average Gregorian years (365.2425 days) and months (a twelfth of a year).
 *
 * @example
 * ```ts
 * import { parseIsoDuration } from '@ofkit/rnq';
 * parseIsoDuration('PT1H30M'); // 5400000
 * parseIsoDuration('PT12.5S'); // 12500
 * parseIsoDuration('P4W'); // 2419200000
 * Number.isNaN(parseIsoDuration('P4W1D')); // true
 * Number.isNaN(parseIsoDuration('90 min')); // true
 * ```
 */
export function parseIsoDuration(d: string): number {
  const p = readDuration(d);
  if (!p) return Number.NaN;
  return Math.round(p.fixedMs + p.years * AVERAGE_YEAR_MS + p.months * AVERAGE_MONTH_MS);
}

// Verbs (by the last segment of their IRI, as LMSs use several vocabularies for the same verb).
const COMPLETION_VERBS = /* @__PURE__ */ (() => new Set(['completed', 'passed', 'failed', 'mastered', 'scored']))();
// Completion undone: Moodle's `https://xapi.edlm/profiles/edlm-lms/concepts/verbs/uncompleted`
// (course_module_completion_updated, logstore_xapi). No other LMS vocabulary we found (ADL, TLA,
// cmi5, Tin Can registry, activitystrea.ms) has a verb meaning "completion undone"; `forfeited`
// (TLA) is used by Moodle for revoked badges and certificates, not for activities.
const UNCOMPLETION_VERBS = /* @__PURE__ */ (() => new Set(['uncompleted']))();
const ATTEND_VERBS = /* @__PURE__ */ (() => new Set(['attended', 'joined', 'join']))();
const REQUEST_VERBS = /* @__PURE__ */ (() => new Set(['asked']))();
const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const MAX_REJECTED = 1000;

function verbName(id: string): string {
  const i = Math.max(id.lastIndexOf('/'), id.lastIndexOf('#'));
  return (i >= 0 ? id.slice(i + 1) : id).toLowerCase();
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Row flags.
const F_CONNECTION = 1;
const F_COMPLETE = 2;
const F_UNCOMPLETE = 4;
const F_ATTEND = 8;
const F_REQUEST = 16;
const F_TUTOR = 32;
/** Cancelled by a voiding statement. */
const F_DEAD = 64;

// Id-index entry states.
const S_PRESENT = 1;
const S_VOIDED = 2;
const S_VOIDING = 4;
const S_USED = 8;

/** Growable typed column. */
class Col<T extends Float64Array | Int32Array | Uint8Array> {
  a: T;
  constructor(private readonly make: (n: number) => T) {
    this.a = make(1024);
  }
  set(i: number, v: number): void {
    if (i >= this.a.length) {
      const b = this.make(Math.max(this.a.length * 2, i + 1));
      b.set(this.a);
      this.a = b;
    }
    this.a[i] = v;
  }
}

/** A column allocated only once a row differs from the default (most statements carry no duration, no logout). */
class SparseCol {
  private col: Col<Float64Array> | undefined;
  constructor(private readonly fallback: number) {}
  set(i: number, v: number): void {
    if (this.col === undefined) {
      if (Object.is(v, this.fallback)) return;
      this.col = new Col((n) => new Float64Array(n).fill(this.fallback));
    }
    this.col.set(i, v);
  }
  get(i: number): number {
    const a = this.col?.a;
    return a !== undefined && i < a.length ? a[i]! : this.fallback;
  }
}

/**
 * Open-addressing index of statement ids (UUIDs as four 32-bit words: exact, 16 bytes each), with
 * per id: its state, its first row and row count, and a hash of what we read (for conflicting
 * duplicates).
 */
class IdIndex {
  private cap = 1024;
  private keys = new Uint32Array(this.cap * 4);
  state = new Uint8Array(this.cap);
  row = new Int32Array(this.cap);
  /** Rows of the statement (one per identified member of an anonymous group; 255 = see `bigCount`). */
  count = new Uint8Array(this.cap);
  readonly bigCount = new Map<number, number>();
  hash = new Uint32Array(this.cap);
  size = 0;

  static words(uuid: string): [number, number, number, number] {
    const h = uuid.replace(/-/g, '').toLowerCase();
    return [parseInt(h.slice(0, 8), 16) >>> 0, parseInt(h.slice(8, 16), 16) >>> 0, parseInt(h.slice(16, 24), 16) >>> 0, parseInt(h.slice(24, 32), 16) >>> 0];
  }

  /** Slot of the id, inserting it (state 0) when absent. */
  slot(w: readonly number[]): number {
    if (this.size * 4 >= this.cap * 3) this.grow();
    const mask = this.cap - 1;
    let i = (Math.imul(w[0]! ^ w[3]!, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      if (!this.state[i]) {
        this.state[i] = S_USED;
        this.keys.set(w, i * 4);
        this.row[i] = -1;
        this.size++;
        return i;
      }
      const k = i * 4;
      if (this.keys[k] === w[0] && this.keys[k + 1] === w[1] && this.keys[k + 2] === w[2] && this.keys[k + 3] === w[3]) return i;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = { cap: this.cap, keys: this.keys, state: this.state, row: this.row, count: this.count, hash: this.hash };
    this.cap *= 2;
    this.keys = new Uint32Array(this.cap * 4);
    this.state = new Uint8Array(this.cap);
    this.row = new Int32Array(this.cap);
    this.count = new Uint8Array(this.cap);
    this.hash = new Uint32Array(this.cap);
    this.size = 0;
    for (let j = 0; j < old.cap; j++) {
      if (!old.state[j]) continue;
      const s = this.slot([old.keys[j * 4]!, old.keys[j * 4 + 1]!, old.keys[j * 4 + 2]!, old.keys[j * 4 + 3]!]);
      this.state[s] = old.state[j]!;
      this.row[s] = old.row[j]!;
      this.count[s] = old.count[j]!;
      this.hash[s] = old.hash[j]!;
    }
  }
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface LearnerInfo {
  readonly id: string;
  kind: IfiKind | 'given';
  /** Listed in `session.learners` (reported even without traces). */
  listed: boolean;
  name: string | null;
  nameEpoch: number;
}

interface ParsedOptions {
  readonly cutoffMin: number;
  readonly strict: boolean;
  readonly calendar: 'ignore' | 'average';
}

/**
 * The streaming accumulator: each trace is validated and reduced to compact rows in typed columns
 * (learner, instant, end, declared duration, object, flags: 37 bytes a row) plus, for a statement
 * with an id, one entry of the id index (about 60 bytes with its slack). Statements themselves are
 * never kept; learners, objects and threads are interned once.
 */
class Accumulator {
  private readonly issues: OfkitIssue[] = [];
  readonly rejected: RejectedTrace[] = [];
  rejectedCount = 0;
  received = 0;
  duplicates = 0;
  conflicting: number[] = [];
  conflictingCount = 0;
  voiding = 0;
  voided = 0;
  voidOfVoiding = 0;
  calendarIgnored = 0;
  more: string | undefined;
  private rows = 0;
  private readonly learner = new Col((n) => new Int32Array(n));
  private readonly epoch = new Col((n) => new Float64Array(n));
  private readonly end = new SparseCol(Number.NaN);
  private readonly dur = new SparseCol(0);
  private readonly obj = new Col((n) => new Int32Array(n));
  private readonly flags = new Col((n) => new Uint8Array(n));
  private readonly ids = new IdIndex();
  readonly learners: LearnerInfo[] = [];
  private readonly learnerIndex = new Map<string, number>();
  private readonly objects: string[] = [];
  private readonly objectIndex = new Map<string, number>();
  readonly tutors: ReadonlySet<string>;

  constructor(
    readonly session: z.output<ReturnType<typeof SessionSchema>>,
    readonly opts: ParsedOptions,
  ) {
    this.tutors = new Set((session.tutors ?? []).map(normaliseGivenId));
    for (const l of session.learners ?? []) this.learners[this.learnerOf(normaliseGivenId(l), 'given')]!.listed = true;
  }

  private learnerOf(id: string, kind: IfiKind | 'given', name?: string, epoch = -Infinity): number {
    let i = this.learnerIndex.get(id);
    if (i === undefined) {
      i = this.learners.length;
      this.learners.push({ id, kind, name: null, nameEpoch: -Infinity, listed: false });
      this.learnerIndex.set(id, i);
    }
    const info = this.learners[i]!;
    if (info.kind === 'given' && kind !== 'given') info.kind = kind;
    if (name !== undefined && epoch >= info.nameEpoch) ((info.name = name), (info.nameEpoch = epoch));
    return i;
  }

  private objectOf(id: string | undefined): number {
    if (id === undefined) return -1;
    let i = this.objectIndex.get(id);
    if (i === undefined) {
      i = this.objects.length;
      this.objects.push(id);
      this.objectIndex.set(id, i);
    }
    return i;
  }

  private addRow(learner: number, epoch: number, end: number, dur: number, obj: number, flags: number, alive: boolean): void {
    const r = this.rows++;
    this.learner.set(r, learner);
    this.epoch.set(r, epoch);
    this.end.set(r, end);
    this.dur.set(r, dur);
    this.obj.set(r, obj);
    this.flags.set(r, alive ? flags : flags | F_DEAD);
  }

  private reject(index: number, id: unknown, issues: OfkitIssue[]): void {
    this.rejectedCount++;
    if (this.opts.strict) {
      for (const i of issues) if (this.issues.length < MAX_REJECTED) this.issues.push(i);
      return;
    }
    if (this.rejected.length < MAX_REJECTED) this.rejected.push({ index, ...(typeof id === 'string' && { id }), issues });
  }

  /** Issues collected in strict mode. */
  strictIssues(): OfkitIssue[] {
    return this.issues;
  }

  add(t: unknown, index: number, base: IssuePath): void {
    this.received++;
    const p = (...rest: Array<string | number>): IssuePath => [...base, index, ...rest];
    // A plain copy of the statement: a getter or proxy that throws, or a cycle, rejects this one
    // statement (with its path), never the batch.
    try {
      t = toPlainInputAt(t, p());
    } catch (e) {
      if (!(e instanceof OfkitError)) throw e;
      this.reject(index, undefined, [...e.issues]);
      return;
    }
    const iss: OfkitIssue[] = [];
    if (!isObj(t)) {
      this.reject(index, undefined, [issue(p(), 'invalid_type', 'Objet attendu.', 'Expected an object.')]);
      return;
    }
    if (t['type'] === 'connection') return this.addConnection(t, index, p);
    // Statement id: a UUID (xAPI Data §2.4.1).
    const id = t['id'];
    if (id !== undefined && (typeof id !== 'string' || !UUID_RE.test(id))) iss.push(issue(p('id'), 'invalid_id', 'Identifiant de déclaration (UUID) invalide.', 'Invalid statement id (UUID expected).'));
    const actors = readActor(t['actor'], p('actor'), iss);
    const verb = t['verb'];
    const verbId = isObj(verb) && typeof verb['id'] === 'string' && verb['id'] !== '' ? verb['id'] : undefined;
    if (verbId === undefined) iss.push(issue(p('verb', 'id'), 'invalid_type', 'Verbe xAPI (id) requis.', 'xAPI verb id required.'));
    const object = t['object'];
    let objId: string | undefined;
    let target: AgentIdentity | null = null;
    let voidTarget: string | undefined;
    if (!isObj(object)) iss.push(issue(p('object'), 'invalid_type', 'Objet xAPI requis.', 'xAPI object required.'));
    else {
      const ot = object['objectType'] ?? 'Activity';
      if (ot === 'Activity') {
        if (typeof object['id'] !== 'string' || object['id'] === '') iss.push(issue(p('object', 'id'), 'invalid_type', 'Identifiant d’activité (IRI) requis.', 'Activity id (IRI) required.'));
        else objId = object['id'];
      } else if (ot === 'Agent' || ot === 'Group') {
        const before = iss.length;
        target = readIfi(object, p('object'), iss);
        if (!target && iss.length === before && !(ot === 'Group' && Array.isArray(object['member']) && object['member'].length > 0)) {
          iss.push(issue(p('object'), 'invalid_actor', 'Agent objet sans identifiant xAPI.', 'Object agent without xAPI identifier.'));
        }
      } else if (ot === 'StatementRef') {
        if (typeof object['id'] !== 'string' || !UUID_RE.test(object['id'])) iss.push(issue(p('object', 'id'), 'invalid_id', 'Référence de déclaration (UUID) requise.', 'Statement reference (UUID) required.'));
        else voidTarget = object['id'];
      } else if (ot === 'SubStatement') {
        // A SubStatement is not an event (Data §2.4.4.3): only checked to be a statement.
        readActor(object['actor'], p('object', 'actor'), iss);
        if (!isObj(object['verb']) || typeof object['verb']['id'] !== 'string') iss.push(issue(p('object', 'verb', 'id'), 'invalid_type', 'Verbe xAPI (id) requis.', 'xAPI verb id required.'));
        if (!isObj(object['object'])) iss.push(issue(p('object', 'object'), 'invalid_type', 'Objet xAPI requis.', 'xAPI object required.'));
      } else {
        iss.push(issue(p('object', 'objectType'), 'invalid_value', 'Type d’objet xAPI inconnu.', 'Unknown xAPI object type.'));
      }
    }
    // The authority, when given, is an agent or a group (of two agents, OAuth) with identifiers.
    if (t['authority'] !== undefined) readActor(t['authority'], p('authority'), iss);
    // Instant: timestamp, else stored (the LRS sets timestamp = stored when absent).
    let epoch = Number.NaN;
    let tsField: 'timestamp' | 'stored' = 'timestamp';
    for (const f of ['timestamp', 'stored'] as const) {
      if (t[f] === undefined) continue;
      const r = readTimestamp(t[f]);
      if (!r.ok) {
        iss.push(
          r.code === 'invalid_offset'
            ? issue(p(f), 'invalid_offset', `Décalage horaire invalide ou inconnu (-00:00) : ${json(t[f])}.`, `Invalid or unknown UTC offset (-00:00): ${json(t[f])}.`)
            : issue(p(f), 'invalid_instant', `Horodatage ISO 8601 avec décalage attendu (ex. 2026-03-29T09:00:00+02:00), reçu ${json(t[f])}.`, `Expected an ISO 8601 timestamp with offset (e.g. 2026-03-29T09:00:00+02:00), got ${json(t[f])}.`),
        );
      } else if (Number.isNaN(epoch)) ((epoch = r.epochMs), (tsField = f));
    }
    if (t['timestamp'] === undefined && t['stored'] === undefined) {
      iss.push(issue(p('timestamp'), 'missing_timestamp', 'Ni horodatage (timestamp) ni date d’enregistrement (stored) : instant inconnu.', 'Neither timestamp nor stored: the instant is unknown.'));
    }
    const result = t['result'];
    let durMs = 0;
    let completion = false;
    if (result !== undefined) {
      if (!isObj(result)) iss.push(issue(p('result'), 'invalid_type', 'Objet attendu.', 'Expected an object.'));
      else {
        if (result['duration'] !== undefined) {
          const d = readDuration(result['duration']);
          if (!d) iss.push(issue(p('result', 'duration'), 'invalid_duration', `Durée ISO 8601 attendue (ex. PT15M, P4W), reçu ${json(result['duration'])}.`, `Expected an ISO 8601 duration (e.g. PT15M, P4W), got ${json(result['duration'])}.`));
          else {
            durMs = d.fixedMs;
            if (d.years !== 0 || d.months !== 0) {
              if (this.opts.calendar === 'average') durMs += d.years * AVERAGE_YEAR_MS + d.months * AVERAGE_MONTH_MS;
              else this.calendarIgnored++;
            }
            // A huge declared duration (PT99…9S reads as Infinity) is refused, never summed.
            if (!(durMs <= MAX_DECLARED_MS)) iss.push(issue(p('result', 'duration'), 'duration_too_long', 'Durée déclarée de plus de 10 ans.', 'Declared duration longer than 10 years.'));
          }
        }
        if (result['completion'] !== undefined && typeof result['completion'] !== 'boolean') iss.push(issue(p('result', 'completion'), 'invalid_type', 'Booléen attendu.', 'Expected a boolean.'));
        completion = result['completion'] === true;
      }
    }
    if (iss.length > 0) return this.reject(index, id, iss);

    // De-duplication and voiding by id.
    let slot = -1;
    if (typeof id === 'string') {
      slot = this.ids.slot(IdIndex.words(id));
      const h = fnv(`${actors.map((a) => a.id).join(',')}|${verbId}|${objId ?? target?.id ?? voidTarget ?? ''}|${String(t[tsField])}|${durMs}|${completion}`);
      if (this.ids.state[slot]! & S_PRESENT) {
        this.duplicates++;
        if (this.ids.hash[slot] !== h) {
          this.conflictingCount++;
          if (this.conflicting.length < 5) this.conflicting.push(index);
        }
        return;
      }
      this.ids.state[slot]! |= S_PRESENT;
      this.ids.hash[slot] = h;
    }
    if (verbId === VOIDED && voidTarget !== undefined) {
      this.voiding++;
      if (slot >= 0) this.ids.state[slot]! |= S_VOIDING;
      const ts = this.ids.slot(IdIndex.words(voidTarget));
      const st = this.ids.state[ts]!;
      if (st & S_VOIDING) {
        this.voidOfVoiding++; // a voiding statement cannot be voided (Data §2.3.2)
        return;
      }
      if (!(st & S_VOIDED)) {
        this.ids.state[ts] = st | S_VOIDED;
        if (st & S_PRESENT) this.voided++;
        const r0 = this.ids.row[ts]!;
        const cnt = this.ids.count[ts] === 255 ? this.ids.bigCount.get(r0)! : this.ids.count[ts]!;
        for (let r = r0; r >= 0 && r < r0 + cnt; r++) this.flags.a[r]! |= F_DEAD;
      }
      return;
    }
    const alive = slot < 0 || !(this.ids.state[slot]! & S_VOIDED);
    if (!alive) this.voided++;
    const firstRow = this.rows;
    const v = verbName(verbId!);
    const objIdx = this.objectOf(objId);
    const actorIds = actors.map((a) => normaliseGivenId(a.id));
    if (actorIds.some((a) => this.tutors.has(a))) {
      const tgt = target ? this.learnerOf(target.id, target.kind, target.name) : -1;
      this.addRow(tgt, epoch, Number.NaN, 0, objIdx, F_TUTOR, alive);
    } else {
      let flags = 0;
      if (COMPLETION_VERBS.has(v) || completion) flags |= F_COMPLETE;
      if (UNCOMPLETION_VERBS.has(v)) flags = (flags & ~F_COMPLETE) | F_UNCOMPLETE;
      if (ATTEND_VERBS.has(v)) flags |= F_ATTEND;
      if (REQUEST_VERBS.has(v)) flags |= F_REQUEST;
      for (const a of actors) this.addRow(this.learnerOf(a.id, a.kind, a.name, epoch), epoch, Number.NaN, durMs, objIdx, flags, alive);
    }
    if (slot >= 0) {
      const cnt = this.rows - firstRow;
      this.ids.row[slot] = firstRow;
      this.ids.count[slot] = Math.min(cnt, 255);
      if (cnt >= 255) this.ids.bigCount.set(firstRow, cnt);
    }
  }

  private addConnection(t: Record<string, unknown>, index: number, p: (...rest: Array<string | number>) => IssuePath): void {
    const iss: OfkitIssue[] = [];
    const learnerId = t['learnerId'];
    if (typeof learnerId !== 'string' || learnerId === '') iss.push(issue(p('learnerId'), 'invalid_type', 'Identifiant d’apprenant requis.', 'Learner id required.'));
    const s = readTimestamp(t['start']);
    if (!s.ok) iss.push(issue(p('start'), s.code, `Horodatage ISO 8601 avec décalage attendu, reçu ${json(t['start'])}.`, `Expected an ISO 8601 timestamp with offset, got ${json(t['start'])}.`));
    const e = t['end'] === undefined ? undefined : readTimestamp(t['end']);
    if (e && !e.ok) iss.push(issue(p('end'), e.code, `Horodatage ISO 8601 avec décalage attendu, reçu ${json(t['end'])}.`, `Expected an ISO 8601 timestamp with offset, got ${json(t['end'])}.`));
    if (s.ok && e?.ok && e.epochMs < s.epochMs) iss.push(issue(p('end'), 'end_before_start', 'Déconnexion avant la connexion.', 'Logout before login.'));
    if (iss.length > 0) return this.reject(index, undefined, iss);
    const l = this.learnerOf(normaliseGivenId(learnerId as string), 'given');
    const st = (s as { epochMs: number }).epochMs;
    this.addRow(l, st, e?.ok ? e.epochMs : Number.NaN, 0, this.objectOf(typeof t['activityId'] === 'string' ? t['activityId'] : undefined), F_CONNECTION, true);
  }

  /** Aggregates the live rows into the report. */
  finish(): Omit<DistanceLearningResult, 'method' | 'gaps' | 'evidence' | 'explanation' | 'warnings' | 'references' | 'sessionId' | 'rejected' | 'selfLearningOnly'> & { lastEpoch: number; selfLearningOnly: boolean; unanswered: number } {
    const n = this.rows;
    const L = this.learners.length;
    const cutoffMs = this.opts.cutoffMin * 60000;
    const learnerA = this.learner.a;
    const flagsA = this.flags.a;
    const epochA = this.epoch.a;
    const objA = this.obj.a;
    // Rows grouped by learner (counting sort), tutor rows and requests apart.
    const counts = new Int32Array(L + 1);
    let tutorStatements = 0;
    const assist: number[] = [];
    for (let r = 0; r < n; r++) {
      if (flagsA[r]! & F_DEAD) continue;
      if (flagsA[r]! & F_TUTOR) {
        tutorStatements++;
        assist.push(r);
        continue;
      }
      counts[learnerA[r]! + 1]!++;
      if (flagsA[r]! & F_REQUEST) assist.push(r);
    }
    for (let i = 1; i <= L; i++) counts[i]! += counts[i - 1]!;
    const order = new Int32Array(counts[L]!);
    const fill = counts.slice(0, L);
    for (let r = 0; r < n; r++) if (!(flagsA[r]! & (F_TUTOR | F_DEAD))) order[fill[learnerA[r]!]!++] = r;

    // Assistance: each request is answered by the first later tutor statement on the same thread
    // (object) or addressed to the learner (linear after the sort by instant).
    assist.sort((a, b) => epochA[a]! - epochA[b]! || a - b);
    const answered = new Int32Array(L);
    const tutorMessages = new Int32Array(L);
    const delays: number[][] = Array.from({ length: L }, () => []);
    const byThread = new Map<number, number[]>();
    const byLearner = new Map<number, number[]>();
    const done = new Set<number>();
    const answer = (queue: number[] | undefined, at: number) => {
      if (!queue) return;
      for (const r of queue) {
        if (done.has(r)) continue;
        done.add(r);
        answered[learnerA[r]!]!++;
        delays[learnerA[r]!]!.push(Math.floor((at - epochA[r]!) / 60000));
      }
      queue.length = 0;
    };
    for (const r of assist) {
      if (!(flagsA[r]! & F_TUTOR)) {
        if (objA[r]! >= 0) (byThread.get(objA[r]!) ?? byThread.set(objA[r]!, []).get(objA[r]!)!).push(r);
        (byLearner.get(learnerA[r]!) ?? byLearner.set(learnerA[r]!, []).get(learnerA[r]!)!).push(r);
        continue;
      }
      if (learnerA[r]! >= 0) tutorMessages[learnerA[r]!]!++;
      if (objA[r]! >= 0) answer(byThread.get(objA[r]!), epochA[r]!);
      if (learnerA[r]! >= 0) answer(byLearner.get(learnerA[r]!), epochA[r]!);
    }

    const planned = this.session.activities ?? [];
    const plannedKind = new Map<number, PlannedActivity['kind']>();
    for (const a of planned) plannedKind.set(this.objectOf(a.id), a.kind);
    const plannedActivities = planned.filter((a) => a.kind !== 'assessment').length;
    const plannedAssessments = planned.length - plannedActivities;
    const out: LearnerActivity[] = [];
    let totalMinutes = 0;
    let humanInteractions = 0;
    let lastEpoch = -Infinity;
    let unanswered = 0;
    for (let l = 0; l < L; l++) {
      const from = counts[l]!;
      const to = counts[l + 1]!;
      const points: number[] = [];
      const intervals: Array<[number, number]> = [];
      let declared = 0;
      let first = Infinity;
      let last = -Infinity;
      let requests = 0;
      let vc = 0;
      const comp = new Map<number, [number, number]>();
      for (let k = from; k < to; k++) {
        const r = order[k]!;
        const e = epochA[r]!;
        const f = flagsA[r]!;
        const end = this.end.get(r);
        if (f & F_CONNECTION && !Number.isNaN(end)) intervals.push([e, end]);
        else points.push(e);
        first = Math.min(first, e);
        last = Math.max(last, Number.isNaN(end) ? e : end);
        declared += this.dur.get(r);
        if (f & F_REQUEST) requests++;
        const o = objA[r]!;
        const kind = o >= 0 ? plannedKind.get(o) : undefined;
        if (kind === undefined) continue;
        let c = comp.get(o);
        if (!c) comp.set(o, (c = [-Infinity, -Infinity]));
        if (f & F_COMPLETE) c[0] = Math.max(c[0], e);
        if (f & F_UNCOMPLETE) c[1] = Math.max(c[1], e);
        if (kind === 'virtual-class' && f & F_ATTEND) {
          vc++;
          c[0] = Math.max(c[0], e);
        }
      }
      let actDone = 0;
      let assDone = 0;
      for (const [o, [c, u]] of comp) {
        // Completed when the latest completion is after the latest "uncompleted" (a tie: not completed).
        if (c > u) plannedKind.get(o) === 'assessment' ? assDone++ : actDone++;
      }
      const estimatedMinutes = Math.floor(estimate(points, intervals, cutoffMs) / 60000);
      totalMinutes += estimatedMinutes;
      humanInteractions += answered[l]! + tutorMessages[l]! + vc;
      unanswered += requests - answered[l]!;
      if (last > lastEpoch) lastEpoch = last;
      const d = delays[l]!.sort((a, b) => a - b);
      const info = this.learners[l]!;
      // Someone seen only in voided statements is not reported (unless the session lists them).
      if (to === from && tutorMessages[l] === 0 && !info.listed) continue;
      out.push({
        learnerId: info.id,
        identifierKind: info.kind,
        displayName: info.name,
        events: to - from,
        first: first === Infinity ? null : paris(first),
        last: last === -Infinity ? null : paris(last),
        estimatedMinutes,
        declaredMinutes: Math.floor(declared / 60000),
        activitiesCompleted: actDone,
        activitiesPlanned: plannedActivities,
        assessmentsCompleted: assDone,
        assessmentsPlanned: plannedAssessments,
        assistance: {
          requests,
          answered: answered[l]!,
          tutorMessages: tutorMessages[l]!,
          virtualClassesAttended: vc,
          medianResponseMinutes: d.length === 0 ? null : d[Math.floor((d.length - 1) / 2)]!,
          maxResponseMinutes: d.length === 0 ? null : d[d.length - 1]!,
        },
      });
    }
    out.sort((a, b) => (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0));
    const voided = this.voided;
    const accepted = this.received - this.rejectedCount - this.duplicates - this.voiding - voided;
    return {
      learners: out,
      totals: { statements: this.received, learners: out.length, tutorStatements, humanInteractions, estimatedMinutes: totalMinutes, accepted, rejected: this.rejectedCount, duplicates: this.duplicates, voided, voiding: this.voiding },
      lastEpoch,
      selfLearningOnly: humanInteractions === 0 && tutorStatements === 0,
      unanswered,
    };
  }
}

function paris(epoch: number): { date: CivilDate; time: string } {
  const p = toParisDateTime(isoUtc(epoch));
  return { date: p.date, time: p.time };
}

/**
 * Time of a learner: the union of the explicit connection intervals and of the spans of their
 * trace clusters (consecutive traces at most `cutoffMs` apart belong to one cluster).
 */
function estimate(points: number[], intervals: Array<[number, number]>, cutoffMs: number): number {
  const spans: Array<[number, number]> = [...intervals];
  if (points.length > 0) {
    const ep = Float64Array.from(points).sort();
    let s = ep[0]!;
    let e = ep[0]!;
    for (let k = 1; k < ep.length; k++) {
      if (ep[k]! - e <= cutoffMs) e = ep[k]!;
      else {
        spans.push([s, e]);
        s = e = ep[k]!;
      }
    }
    spans.push([s, e]);
  }
  if (spans.length === 0) return 0;
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [cs, ce] = spans[0]!;
  for (let k = 1; k < spans.length; k++) {
    const [s, e] = spans[k]!;
    if (s <= ce) ce = Math.max(ce, e);
    else {
      total += ce - cs;
      cs = s;
      ce = e;
    }
  }
  return total + ce - cs;
}

function validateHead(session: unknown, options: unknown, issues: OfkitIssue[] = []): { s: z.output<ReturnType<typeof SessionSchema>>; o: ParsedOptions } {
  let s: z.output<ReturnType<typeof SessionSchema>> | undefined;
  let o: z.output<ReturnType<typeof OptionsSchema>>;
  try {
    s = parseInput(SessionSchema(), session, ['session']);
  } catch (e) {
    if (e instanceof OfkitError) issues.push(...e.issues);
    else throw e;
  }
  try {
    o = parseInput(OptionsSchema(), options, ['options']);
  } catch (e) {
    if (e instanceof OfkitError) issues.push(...e.issues);
    else throw e;
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return { s: s!, o: { cutoffMin: o?.idleCutoffMinutes ?? 30, strict: o?.strict ?? false, calendar: o?.calendarDurations ?? 'ignore' } };
}

/** The longest duration one statement may declare (10 average years). */
const MAX_DECLARED_MS = 10 * AVERAGE_YEAR_MS;

/** A value of a copied statement in a message (a BigInt cannot be written as JSON). */
function json(v: unknown): string {
  try {
    return String(JSON.stringify(v)).slice(0, 200);
  } catch {
    return typeof v;
  }
}

/** Reads the caller's traces container: a getter, proxy or iterator that throws is an `OfkitError`. */
function readTraces<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof OfkitError) throw e;
    throw new OfkitError('INVALID_INPUT', [issue(['traces'], 'unreadable', 'Traces illisibles (accesseur, proxy ou itérateur qui lève une exception).', 'Unreadable traces (a getter, proxy or iterator that throws).')]);
  }
}

const notTraces = () => issue(['traces'], 'invalid_type', 'Traces attendues : tableau, réponse d’un LRS { statements, more } ou itérable.', 'Expected traces: an array, an LRS answer { statements, more } or an iterable.');
const isIterable = (v: unknown): v is Iterable<unknown> => isObj(v) && typeof (v as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> => isObj(v) && typeof (v as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function';

function isStatementResult(v: unknown): v is XapiStatementResult {
  return isObj(v) && Array.isArray(v['statements']);
}

/**
 * Turns LMS traces (xAPI statements and plain connection logs) into the evidence an auditor asks
 * for distance learning (D. 6313-3-1: technical and pedagogical assistance, information on the
 * activities and their expected duration, assessments; 2026 indicator 19: follow-up actually
 * checked): time per learner (method and idle cut-off stated), completion of planned activities and
 * assessments, human assistance with response delays, a "self-learning only" flag, and evidence
 * items ready for `assessReadiness`.
 *
 * Reads xAPI as LRSs and LMSs write it (`../shared/domain/corrections-2026-12.md` §8):
 * - **identity** by the inverse functional identifier (exactly one of `mbox`, `mbox_sha1sum`,
 *   `openid`, `account` = `homePage` + `name`), never by the display name (shown as
 *   `displayName`); an identified group is one learner; an anonymous group's statement goes to
 *   each member that has an identifier;
 * - **voiding** (`…/verbs/voided` + `StatementRef`, in any order): the target no longer counts and
 *   the voiding statement is not activity; the same `id` twice counts once (a warning when the two
 *   differ); Moodle's `uncompleted` undoes a completion;
 * - `timestamp`, else `stored`; offsets `Z`, `±HH:MM`, `±HHMM`, `±HH`; any fraction digits; the
 *   whole ISO 8601 duration grammar (option `calendarDurations` for years and months);
 * - **batches**: an invalid statement is listed in `rejected` (index, id, issues) and the rest is
 *   computed; `strict: true` makes any invalid statement throw one `OfkitError` listing every issue.
 *
 * `traces` may be an array, an LRS StatementResult `{ statements, more }` (a warning says when
 * `more` announces other pages) or any iterable, consumed one trace at a time; statements are not
 * kept (see the README for the memory bound). For an async iterable, use
 * {@link assessDistanceLearningAsync}.
 *
 * @example
 * ```ts
 * import { assessDistanceLearning } from '@ofkit/rnq';
 * const r = assessDistanceLearning(
 *   [
 *     { actor: { mbox: 'mailto:ana@example.fr', name: 'Ana' }, verb: { id: 'http://adlnet.gov/expapi/verbs/launched' }, object: { id: 'mod-1' }, timestamp: '2026-03-02T09:00:00+01:00' },
 *     { actor: { mbox: 'mailto:ana@example.fr' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: 'mod-1' }, timestamp: '2026-03-02T09:20:00+01' },
 *     { actor: { name: 'Ana' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: 'mod-1' }, timestamp: '2026-03-02T09:30:00Z' },
 *   ],
 *   { id: 'S1', activities: [{ id: 'mod-1', kind: 'activity', expectedMinutes: 20 }] },
 * );
 * r.learners[0]?.learnerId; // 'ana@example.fr'
 * r.learners[0]?.displayName; // 'Ana'
 * r.learners[0]?.estimatedMinutes; // 20
 * r.learners[0]?.activitiesCompleted; // 1
 * r.rejected[0]?.index; // 2
 * r.rejected[0]?.issues[0]?.code; // 'invalid_actor'
 * r.selfLearningOnly; // true (no tutor traced)
 * ```
 */
export function assessDistanceLearning(traces: TraceInput, session: DistanceSession, options?: DistanceOptions): DistanceLearningResult {
  const kind = readTraces(() => (Array.isArray(traces) ? 'array' : isStatementResult(traces) ? 'lrs' : isIterable(traces) ? 'iterable' : isAsyncIterable(traces) ? 'async' : undefined));
  const { s, o } = validateHead(session, options, kind === 'async' ? [issue(['traces'], 'async_input', 'Itérable asynchrone : utiliser assessDistanceLearningAsync.', 'Async iterable: use assessDistanceLearningAsync.')] : kind ? [] : [notTraces()]);
  const acc = new Accumulator(s, o);
  if (kind === 'array' || kind === 'lrs') {
    const list = readTraces(() => (kind === 'lrs' ? (traces as XapiStatementResult).statements : (traces as unknown[])));
    const base: IssuePath = kind === 'lrs' ? ['traces', 'statements'] : ['traces'];
    const n = readTraces(() => list.length);
    for (let i = 0; i < n; i++) acc.add(readTraces(() => list[i]), i, base);
    if (kind === 'lrs') {
      const more = readTraces(() => (traces as XapiStatementResult).more);
      if (typeof more === 'string' && more !== '') acc.more = more;
    }
  } else {
    const it = readTraces(() => (traces as Iterable<unknown>)[Symbol.iterator]());
    for (let i = 0; ; i++) {
      const r = readTraces(() => it.next());
      if (readTraces(() => r.done)) break;
      acc.add(readTraces(() => r.value), i, ['traces']);
    }
  }
  return report(acc);
}

/**
 * {@link assessDistanceLearning} for a stream: also reads an async iterable of traces, or of LRS
 * pages `{ statements, more }` (each page's statements in turn), consumed one at a time. Same
 * result, as a Promise.
 *
 * @example
 * ```ts
 * import { assessDistanceLearningAsync } from '@ofkit/rnq';
 * async function* pages() {
 *   yield { statements: [{ actor: { openid: 'https://id.example.fr/ana' }, verb: { id: 'http://adlnet.gov/expapi/verbs/launched' }, object: { id: 'm1' }, stored: '2026-03-02T09:00:00Z' }], more: '/xapi/statements?page=2' };
 *   yield { statements: [{ actor: { openid: 'https://id.example.fr/ana' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: 'm1' }, stored: '2026-03-02T09:12:00Z' }], more: '' };
 * }
 * const r = await assessDistanceLearningAsync(pages(), { id: 'S1' });
 * r.learners[0]?.learnerId; // 'openid:https://id.example.fr/ana'
 * r.learners[0]?.estimatedMinutes; // 12
 * ```
 */
export async function assessDistanceLearningAsync(traces: AsyncTraceInput, session: DistanceSession, options?: DistanceOptions): Promise<DistanceLearningResult> {
  if (!readTraces(() => isAsyncIterable(traces))) {
    return assessDistanceLearning(traces as TraceInput, session, options);
  }
  const { s, o } = validateHead(session, options);
  const acc = new Accumulator(s, o);
  let i = 0;
  const it = readTraces(() => (traces as AsyncIterable<unknown>)[Symbol.asyncIterator]());
  for (;;) {
    let r: IteratorResult<unknown>;
    try {
      r = await it.next();
    } catch (e) {
      // An OfkitError from the caller's iterator (a reader reporting bad lines) is passed on as it is.
      if (e instanceof OfkitError) throw e;
      r = readTraces(() => { throw 0; });
    }
    if (readTraces(() => r.done)) break;
    const t = readTraces(() => r.value);
    const page = readTraces(() => (isStatementResult(t) ? { statements: [...t.statements], more: t.more } : undefined));
    if (page) {
      for (const st of page.statements) acc.add(st, i++, ['traces']);
      acc.more = typeof page.more === 'string' && page.more !== '' ? page.more : undefined;
    } else acc.add(t, i++, ['traces']);
  }
  return report(acc);
}

function report(acc: Accumulator): DistanceLearningResult {
  if (acc.opts.strict && acc.strictIssues().length > 0) throw new OfkitError('INVALID_INPUT', acc.strictIssues());
  const sess = acc.session;
  const cutoffMin = acc.opts.cutoffMin;
  const f = acc.finish();
  const out = f.learners;
  const planned = sess.activities ?? [];
  const { totalsMinutes, humanInteractions, tutorStatements } = { totalsMinutes: f.totals.estimatedMinutes, humanInteractions: f.totals.humanInteractions, tutorStatements: f.totals.tutorStatements };
  const selfLearningOnly = f.selfLearningOnly;
  const gaps: string[] = [];
  if (selfLearningOnly) gaps.push('Aucune assistance humaine tracée (message de tuteur, réponse à une demande, classe virtuelle) : module en autoformation seule ; D. 6313-3-1 exige une assistance technique et pédagogique appropriée.');
  const noDuration = planned.filter((a) => a.expectedMinutes === undefined);
  if (noDuration.length > 0) gaps.push(`Durée moyenne non renseignée pour ${noDuration.length} activité(s) (${noDuration.slice(0, 5).map((a) => a.id).join(', ')}) : D. 6313-3-1 exige l’information sur la durée moyenne des activités à distance.`);
  if (!planned.some((a) => a.kind === 'assessment')) gaps.push('Aucune évaluation planifiée : D. 6313-3-1 exige des évaluations qui jalonnent ou concluent l’action.');
  if (f.unanswered > 0) gaps.push(`${f.unanswered} demande(s) d’apprenant sans réponse tracée d’un tuteur.`);

  const evidence: EvidenceItem[] = [];
  if (f.lastEpoch > -Infinity) {
    const lastDate = paris(f.lastEpoch).date;
    evidence.push({
      id: `${sess.id}:lms-connection-log`,
      kind: 'lms-connection-log',
      date: lastDate,
      sessionId: sess.id,
      metadata: { learners: out.length, estimatedMinutes: totalsMinutes, idleCutoffMinutes: cutoffMin, source: 'assessDistanceLearning' },
    });
    if (planned.length > 0) {
      const done = out.reduce((n, l) => n + l.activitiesCompleted + l.assessmentsCompleted, 0);
      evidence.push({
        id: `${sess.id}:lms-completion-report`,
        kind: 'lms-completion-report',
        date: lastDate,
        sessionId: sess.id,
        metadata: { planned: planned.length, completedTotal: done, learners: out.length, source: 'assessDistanceLearning' },
      });
    }
    if (!selfLearningOnly) {
      evidence.push({
        id: `${sess.id}:lms-assistance-log`,
        kind: 'lms-assistance-log',
        date: lastDate,
        sessionId: sess.id,
        metadata: { humanInteractions, tutorStatements, unanswered: f.unanswered, source: 'assessDistanceLearning' },
      });
    }
  }
  const description = `Temps estimé par apprenant = durée de la réunion des intervalles de connexion explicites (connexion → déconnexion) et des séquences de traces (deux traces consécutives du même apprenant séparées d’au plus ${cutoffMin} min appartiennent à la même séquence ; au-delà, l’apprenant est réputé inactif). Les durées déclarées xAPI (result.duration) sont additionnées à part. Minutes arrondies à l’inférieur.`;
  const descriptionEn = `Estimated time per learner = length of the union of explicit connection intervals (login → logout) and of trace sequences (two consecutive traces of the same learner at most ${cutoffMin} min apart belong to one sequence; longer gaps: idle). Declared xAPI durations (result.duration) are summed separately. Minutes rounded down.`;
  const warnings: Warning[] = [
    {
      code: 'ESTIMATION_METHOD',
      message: `Temps estimé par la méthode des écarts avec un seuil d’inactivité de ${cutoffMin} min (pratique, paramétrable : idleCutoffMinutes).`,
      messageEn: `Time estimated by the gap method with an idle cut-off of ${cutoffMin} min (practice; option idleCutoffMinutes).`,
      option: 'idleCutoffMinutes',
      references: [REF.practice],
    },
  ];
  if (selfLearningOnly) {
    warnings.push({ code: 'SELF_LEARNING_ONLY', message: gaps[0]!, messageEn: 'No human assistance traced: self-learning only; D. 6313-3-1 requires appropriate technical and pedagogical assistance.', references: [REF.d6313_3_1] });
  }
  const t = f.totals;
  if (t.rejected > 0) {
    warnings.push({
      code: 'STATEMENTS_REJECTED',
      message: `${t.rejected} trace(s) invalide(s) écartée(s) du calcul (voir la liste des traces rejetées${acc.rejected.length < t.rejected ? `, limitée aux ${acc.rejected.length} premières` : ''}).`,
      messageEn: `${t.rejected} invalid trace(s) left out of the computation (see the rejected list${acc.rejected.length < t.rejected ? `, limited to the first ${acc.rejected.length}` : ''}).`,
      references: [XAPI_REF],
    });
  }
  if (acc.conflictingCount > 0) {
    warnings.push({
      code: 'DUPLICATE_ID_CONFLICT',
      message: `${acc.conflictingCount} déclaration(s) reçue(s) deux fois avec le même identifiant mais un contenu différent (positions ${acc.conflicting.join(', ')}) : seule la première a été retenue.`,
      messageEn: `${acc.conflictingCount} statement(s) received twice with the same id but different content (positions ${acc.conflicting.join(', ')}): only the first was kept.`,
      references: [XAPI_REF],
    });
  }
  if (acc.voidOfVoiding > 0) {
    warnings.push({
      code: 'VOIDING_OF_VOIDING_IGNORED',
      message: `${acc.voidOfVoiding} annulation(s) visant une autre annulation ignorée(s) : une déclaration d’annulation ne peut pas être annulée.`,
      messageEn: `${acc.voidOfVoiding} voiding statement(s) targeting another voiding statement ignored: a voiding statement cannot be voided.`,
      references: [XAPI_REF],
    });
  }
  if (acc.calendarIgnored > 0) {
    warnings.push({
      code: 'CALENDAR_DURATION_IGNORED',
      message: `${acc.calendarIgnored} durée(s) déclarée(s) en années ou en mois, sans longueur fixe : cette partie n’est pas comptée dans les durées déclarées (option calendarDurations: 'average' pour la compter en années et mois moyens).`,
      messageEn: `${acc.calendarIgnored} declared duration(s) in years or months, which have no fixed length: that part is not counted in declared durations (option calendarDurations: 'average' counts average years and months).`,
      option: 'calendarDurations',
      references: [XAPI_REF],
    });
  }
  if (acc.more !== undefined) {
    warnings.push({
      code: 'MORE_STATEMENTS_AVAILABLE',
      message: 'La réponse du LRS annonce d’autres pages de déclarations (more) : le rapport ne porte que sur les pages fournies.',
      messageEn: 'The LRS answer announces further pages of statements (more): the report covers only the pages given.',
      references: [XAPI_REF],
    });
  }
  return {
    sessionId: sess.id,
    method: { idleCutoffMinutes: cutoffMin, description, descriptionEn },
    learners: out,
    totals: t,
    selfLearningOnly,
    gaps,
    evidence,
    rejected: acc.rejected,
    explanation: [
      {
        code: 'TRACES',
        label: `${t.statements} trace(s) reçue(s) : ${t.accepted} retenue(s), ${t.rejected} rejetée(s), ${t.duplicates} doublon(s), ${t.voided} annulée(s) ; ${out.length} apprenant(s), ${tutorStatements} trace(s) de tuteur.`,
        labelEn: `${t.statements} trace(s) received: ${t.accepted} read, ${t.rejected} rejected, ${t.duplicates} duplicate(s), ${t.voided} voided; ${out.length} learner(s), ${tutorStatements} tutor trace(s).`,
        references: [XAPI_REF],
      },
      { code: 'TIME_METHOD', label: description, labelEn: descriptionEn, amounts: { idleCutoffMinutes: String(cutoffMin), totalMinutes: String(totalsMinutes) } },
      { code: 'ASSISTANCE', label: `${humanInteractions} interaction(s) humaine(s) tracée(s)${selfLearningOnly ? ' : autoformation seule' : ''}.`, labelEn: `${humanInteractions} human interaction(s) traced.`, references: [REF.d6313_3_1] },
    ],
    warnings,
    references: [REF.d6313_3_1, REF.guideV9, REF.decret2026_728, REF.l6353_1, XAPI_REF],
  };
}
