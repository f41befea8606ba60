import { OfkitError, issue, parseInput, parseInstant, toParisDateTime, type CivilDate, type IssuePath, type LegalRef, type OfkitIssue, type Step, type Warning } from '@ofkit/core';
import * as z from 'zod';
import type { EvidenceItem } from '../evidence/model.js';
import { REF } from '../shared/references.js';

/** An xAPI agent (actor, or object when a tutor writes to a learner). */
export interface XapiAgent {
  readonly objectType?: 'Agent' | 'Group';
  readonly name?: string;
  readonly mbox?: string;
  readonly account?: { readonly name: string; readonly homePage?: string };
}

/** The subset of an xAPI statement read here. */
export interface XapiStatement {
  readonly actor: XapiAgent;
  readonly verb: { readonly id: string };
  readonly object: { readonly id?: string; readonly objectType?: string; readonly mbox?: string; readonly account?: { readonly name: string }; readonly name?: string };
  /** ISO 8601 with offset. */
  readonly timestamp: string;
  readonly result?: { readonly duration?: string; readonly completion?: boolean; readonly success?: boolean };
}

/** A plain connection log line: a login (and logout when known). */
export interface ConnectionLog {
  readonly type: 'connection';
  readonly learnerId: string;
  /** ISO 8601 with offset. */
  readonly start: string;
  readonly end?: string;
  readonly activityId?: string;
}

/** A trace: an xAPI statement or a connection log. */
export type Trace = XapiStatement | ConnectionLog;

/** A planned activity of the distance session. */
export interface PlannedActivity {
  readonly id: string;
  readonly kind: 'activity' | 'assessment' | 'virtual-class';
  /** Expected duration in minutes (D. 6313-3-1: information on the average duration). */
  readonly expectedMinutes?: number;
}

/** The distance session the traces belong to. */
export interface DistanceSession {
  readonly id: string;
  /** Learner identifiers (account name or e-mail); others found in the traces are reported too. */
  readonly learners?: readonly string[];
  /** Identifiers of tutors/trainers: their statements are human assistance. */
  readonly tutors?: readonly string[];
  readonly activities?: readonly PlannedActivity[];
}

/** Options of {@link assessDistanceLearning}. */
export interface DistanceOptions {
  /** Gap between two events of a learner above which the learner is deemed idle (default 30 min; practice). */
  readonly idleCutoffMinutes?: number;
}

/** Per-learner figures. */
export interface LearnerActivity {
  readonly learnerId: string;
  readonly events: number;
  /** Paris date and time of the first and last trace. */
  readonly first: { readonly date: CivilDate; readonly time: string } | null;
  readonly last: { readonly date: CivilDate; readonly time: string } | null;
  /** Estimated time: explicit connection intervals + gaps ≤ idle cut-off (minutes, rounded down). */
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
  readonly totals: { readonly statements: number; readonly learners: number; readonly tutorStatements: number; readonly humanInteractions: number; readonly estimatedMinutes: number };
  /** No human assistance (tutor message, answered request, virtual class) is traced. */
  readonly selfLearningOnly: boolean;
  /** Gaps against D. 6313-3-1 (French). */
  readonly gaps: readonly string[];
  /** Evidence items for the readiness assessment (indicators 10, 11, 19). */
  readonly evidence: readonly EvidenceItem[];
  readonly explanation: readonly Step[];
  readonly warnings: readonly Warning[];
  readonly references: readonly LegalRef[];
}

const SessionSchema = /* @__PURE__ */ (() => z.object({
  id: z.string().min(1),
  learners: z.array(z.string().min(1)).optional(),
  tutors: z.array(z.string().min(1)).optional(),
  activities: z.array(z.object({ id: z.string().min(1), kind: z.enum(['activity', 'assessment', 'virtual-class']), expectedMinutes: z.number().min(0).optional() })).optional(),
}))();
const OptionsSchema = /* @__PURE__ */ (() => z.object({ idleCutoffMinutes: z.number().positive().max(24 * 60).optional() }).optional())();

const DURATION_RE = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds of an ISO 8601 duration as used by xAPI `result.duration` (`PT1H30M`), or `NaN`.
 *
 * @example
 * ```ts
 * import { parseIsoDuration } from '@ofkit/rnq';
 * parseIsoDuration('PT1H30M'); // 5400000
 * parseIsoDuration('PT12.5S'); // 12500
 * Number.isNaN(parseIsoDuration('90 min')); // true
 * ```
 */
export function parseIsoDuration(d: string): number {
  const m = DURATION_RE.exec(d);
  if (!m || d === 'P' || d.endsWith('T')) return Number.NaN;
  return ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60000 + Number(m[4] ?? 0) * 1000;
}

function agentId(a: { name?: string; mbox?: string; account?: { name: string } } | undefined): string | undefined {
  if (!a) return undefined;
  if (a.account && typeof a.account.name === 'string' && a.account.name !== '') return a.account.name;
  if (typeof a.mbox === 'string' && a.mbox !== '') return a.mbox.startsWith('mailto:') ? a.mbox.slice(7) : a.mbox;
  if (typeof a.name === 'string' && a.name !== '') return a.name;
  return undefined;
}

function verbName(id: string): string {
  const i = id.lastIndexOf('/');
  return (i >= 0 ? id.slice(i + 1) : id).toLowerCase();
}

const COMPLETION_VERBS = /* @__PURE__ */ (() => new Set(['completed', 'passed', 'failed', 'mastered', 'scored']))();
const ATTEND_VERBS = /* @__PURE__ */ (() => new Set(['attended', 'joined']))();
const REQUEST_VERBS = /* @__PURE__ */ (() => new Set(['asked']))();

interface LearnerState {
  epochs: number[];
  sorted: boolean;
  lastPushed: number;
  intervals: Array<[number, number]>;
  declaredMs: number;
  firstEpoch: number;
  firstTs: string;
  lastEpoch: number;
  lastTs: string;
  completed: Set<string>;
  requests: number;
  answered: number;
  tutorMessages: number;
  virtualClasses: number;
  delays: number[];
}

function newState(): LearnerState {
  return { epochs: [], sorted: true, lastPushed: -Infinity, intervals: [], declaredMs: 0, firstEpoch: Infinity, firstTs: '', lastEpoch: -Infinity, lastTs: '', completed: new Set(), requests: 0, answered: 0, tutorMessages: 0, virtualClasses: 0, delays: [] };
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function epochOrIssue(v: unknown, path: IssuePath, issues: OfkitIssue[]): number {
  try {
    return parseInstant(v, path);
  } catch (e) {
    if (e instanceof OfkitError) {
      if (issues.length < 1000) issues.push(...e.issues);
      return Number.NaN;
    }
    throw e;
  }
}

interface AssistEvent {
  epoch: number;
  kind: 'request' | 'response';
  learner: string | undefined;
  thread: string | undefined;
}

/**
 * Turns LMS traces (xAPI statements and plain connection logs) into the evidence an auditor asks
 * for distance learning (D. 6313-3-1: technical and pedagogical assistance, information on the
 * activities and their expected duration, assessments; 2026 indicator 19: follow-up actually
 * checked): time per learner (method and idle cut-off stated), completion of planned activities and
 * assessments, human assistance with response delays, a "self-learning only" flag, and evidence
 * items ready for `assessReadiness`. Linear in the number of traces (each timestamp is parsed once
 * with core `parseInstant`; only first/last instants are converted to Paris time).
 *
 * @example
 * ```ts
 * import { assessDistanceLearning } from '@ofkit/rnq';
 * const r = assessDistanceLearning(
 *   [
 *     { actor: { mbox: 'mailto:ana@example.fr' }, verb: { id: 'http://adlnet.gov/expapi/verbs/launched' }, object: { id: 'mod-1' }, timestamp: '2026-03-02T09:00:00+01:00' },
 *     { actor: { mbox: 'mailto:ana@example.fr' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: 'mod-1' }, timestamp: '2026-03-02T09:20:00+01:00' },
 *   ],
 *   { id: 'S1', activities: [{ id: 'mod-1', kind: 'activity', expectedMinutes: 20 }] },
 * );
 * r.learners[0]?.estimatedMinutes; // 20
 * r.learners[0]?.activitiesCompleted; // 1
 * r.selfLearningOnly; // true (no tutor traced)
 * ```
 */
export function assessDistanceLearning(traces: readonly Trace[], session: DistanceSession, options?: DistanceOptions): DistanceLearningResult {
  const issues: OfkitIssue[] = [];
  let s: z.output<typeof SessionSchema> | undefined;
  let o: z.output<typeof OptionsSchema>;
  try {
    s = parseInput(SessionSchema, session, ['session']);
  } catch (e) {
    if (e instanceof OfkitError) issues.push(...e.issues);
    else throw e;
  }
  try {
    o = parseInput(OptionsSchema, options, ['options']);
  } catch (e) {
    if (e instanceof OfkitError) issues.push(...e.issues);
    else throw e;
  }
  if (!Array.isArray(traces)) {
    issues.push(issue(['traces'], 'invalid_type', 'Tableau de traces attendu.', 'Expected an array of traces.'));
  }
  const cutoffMin = o?.idleCutoffMinutes ?? 30;
  const cutoffMs = cutoffMin * 60000;
  const tutors = new Set(s?.tutors ?? []);
  const activities = new Map<string, PlannedActivity>();
  for (const a of s?.activities ?? []) activities.set(a.id, a as PlannedActivity);
  const learners = new Map<string, LearnerState>();
  const state = (id: string) => {
    let st = learners.get(id);
    if (!st) learners.set(id, (st = newState()));
    return st;
  };
  for (const l of s?.learners ?? []) state(l);
  const assist: AssistEvent[] = [];
  let tutorStatements = 0;
  const list = Array.isArray(traces) ? traces : [];
  for (let i = 0; i < list.length; i++) {
    const t: unknown = list[i];
    if (!isObj(t)) {
      issues.push(issue(['traces', i], 'invalid_type', 'Objet attendu.', 'Expected an object.'));
      continue;
    }
    if (t['type'] === 'connection') {
      const learnerId = t['learnerId'];
      if (typeof learnerId !== 'string' || learnerId === '') {
        issues.push(issue(['traces', i, 'learnerId'], 'invalid_type', 'Identifiant d’apprenant requis.', 'Learner id required.'));
        continue;
      }
      const start = epochOrIssue(t['start'], ['traces', i, 'start'], issues);
      const end = t['end'] === undefined ? undefined : epochOrIssue(t['end'], ['traces', i, 'end'], issues);
      if (Number.isNaN(start) || (end !== undefined && Number.isNaN(end))) continue;
      if (end !== undefined && end < start) {
        issues.push(issue(['traces', i, 'end'], 'end_before_start', 'Déconnexion avant la connexion.', 'Logout before login.'));
        continue;
      }
      if (issues.length > 0) continue;
      const st = state(learnerId);
      if (end !== undefined) st.intervals.push([start, end]);
      else pushEpoch(st, start);
      track(st, start, t['start'] as string);
      if (end !== undefined) track(st, end, t['end'] as string);
      continue;
    }
    const actor = t['actor'];
    const verb = t['verb'];
    const object = t['object'];
    const actorId = isObj(actor) ? agentId(actor as XapiAgent) : undefined;
    if (actorId === undefined) issues.push(issue(['traces', i, 'actor'], 'invalid_actor', 'Acteur xAPI sans identifiant (account.name, mbox ou name).', 'xAPI actor without identifier (account.name, mbox or name).'));
    if (!isObj(verb) || typeof verb['id'] !== 'string') issues.push(issue(['traces', i, 'verb', 'id'], 'invalid_type', 'Verbe xAPI (id) requis.', 'xAPI verb id required.'));
    if (!isObj(object)) issues.push(issue(['traces', i, 'object'], 'invalid_type', 'Objet xAPI requis.', 'xAPI object required.'));
    const epoch = epochOrIssue(t['timestamp'], ['traces', i, 'timestamp'], issues);
    const result = t['result'];
    let durMs = 0;
    if (isObj(result) && result['duration'] !== undefined) {
      durMs = typeof result['duration'] === 'string' ? parseIsoDuration(result['duration']) : Number.NaN;
      if (Number.isNaN(durMs)) issues.push(issue(['traces', i, 'result', 'duration'], 'invalid_duration', 'Durée ISO 8601 attendue (ex. PT15M).', 'Expected an ISO 8601 duration (e.g. PT15M).'));
    }
    if (issues.length > 0) continue;
    const v = verbName((verb as { id: string }).id);
    const obj = object as XapiStatement['object'];
    const ts = t['timestamp'] as string;
    if (tutors.has(actorId!)) {
      tutorStatements++;
      const target = obj.objectType === 'Agent' ? agentId(obj) : undefined;
      assist.push({ epoch, kind: 'response', learner: target, thread: obj.id });
      if (target !== undefined) state(target).tutorMessages++;
      continue;
    }
    const st = state(actorId!);
    pushEpoch(st, epoch);
    track(st, epoch, ts);
    st.declaredMs += durMs;
    const objId = obj.id;
    if (objId !== undefined) {
      const planned = activities.get(objId);
      const res = result as XapiStatement['result'] | undefined;
      if (planned && (COMPLETION_VERBS.has(v) || res?.completion === true)) st.completed.add(objId);
      if (planned?.kind === 'virtual-class' && ATTEND_VERBS.has(v)) {
        st.virtualClasses++;
        st.completed.add(objId);
      }
    }
    if (REQUEST_VERBS.has(v)) {
      st.requests++;
      assist.push({ epoch, kind: 'request', learner: actorId, thread: objId });
    }
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues.slice(0, 1000));
  const sess = s!;

  // Response delays: each request is answered by the first later tutor statement on the same
  // thread (object id) or addressed to the learner. Open requests are queued by thread and by
  // learner, so matching is linear in the number of assistance events.
  assist.sort((a, b) => a.epoch - b.epoch);
  const byThread = new Map<string, AssistEvent[]>();
  const byLearner = new Map<string, AssistEvent[]>();
  const answeredSet = new Set<AssistEvent>();
  const answer = (queue: AssistEvent[] | undefined, at: number) => {
    if (!queue) return;
    for (const r of queue) {
      if (answeredSet.has(r)) continue;
      answeredSet.add(r);
      const st = learners.get(r.learner!)!;
      st.answered++;
      st.delays.push(Math.floor((at - r.epoch) / 60000));
    }
    queue.length = 0;
  };
  for (const ev of assist) {
    if (ev.kind === 'request') {
      if (ev.thread !== undefined) (byThread.get(ev.thread) ?? byThread.set(ev.thread, []).get(ev.thread)!).push(ev);
      if (ev.learner !== undefined) (byLearner.get(ev.learner) ?? byLearner.set(ev.learner, []).get(ev.learner)!).push(ev);
      continue;
    }
    if (ev.thread !== undefined) answer(byThread.get(ev.thread), ev.epoch);
    if (ev.learner !== undefined) answer(byLearner.get(ev.learner), ev.epoch);
  }

  const planned = [...activities.values()];
  const plannedActivities = planned.filter((a) => a.kind !== 'assessment');
  const plannedAssessments = planned.filter((a) => a.kind === 'assessment');
  const out: LearnerActivity[] = [];
  let totalMinutes = 0;
  let humanInteractions = 0;
  for (const [learnerId, st] of learners) {
    const estimatedMs = estimate(st, cutoffMs);
    const estimatedMinutes = Math.floor(estimatedMs / 60000);
    totalMinutes += estimatedMinutes;
    humanInteractions += st.answered + st.tutorMessages + st.virtualClasses;
    const delays = [...st.delays].sort((a, b) => a - b);
    out.push({
      learnerId,
      events: st.epochs.length + st.intervals.length,
      first: st.firstTs ? pick(st.firstTs) : null,
      last: st.lastTs ? pick(st.lastTs) : null,
      estimatedMinutes,
      declaredMinutes: Math.floor(st.declaredMs / 60000),
      activitiesCompleted: plannedActivities.filter((a) => st.completed.has(a.id)).length,
      activitiesPlanned: plannedActivities.length,
      assessmentsCompleted: plannedAssessments.filter((a) => st.completed.has(a.id)).length,
      assessmentsPlanned: plannedAssessments.length,
      assistance: {
        requests: st.requests,
        answered: st.answered,
        tutorMessages: st.tutorMessages,
        virtualClassesAttended: st.virtualClasses,
        medianResponseMinutes: delays.length === 0 ? null : delays[Math.floor((delays.length - 1) / 2)]!,
        maxResponseMinutes: delays.length === 0 ? null : delays[delays.length - 1]!,
      },
    });
  }
  out.sort((a, b) => (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0));
  const selfLearningOnly = humanInteractions === 0 && tutorStatements === 0;
  const gaps: string[] = [];
  if (selfLearningOnly) gaps.push('Aucune assistance humaine tracée (message de tuteur, réponse à une demande, classe virtuelle) : module en autoformation seule ; D. 6313-3-1 exige une assistance technique et pédagogique appropriée.');
  const noDuration = planned.filter((a) => a.expectedMinutes === undefined);
  if (noDuration.length > 0) gaps.push(`Durée moyenne non renseignée pour ${noDuration.length} activité(s) (${noDuration.slice(0, 5).map((a) => a.id).join(', ')}) : D. 6313-3-1 exige l’information sur la durée moyenne des activités à distance.`);
  if (plannedAssessments.length === 0) gaps.push('Aucune évaluation planifiée : D. 6313-3-1 exige des évaluations qui jalonnent ou concluent l’action.');
  const unanswered = out.reduce((n, l) => n + l.assistance.requests - l.assistance.answered, 0);
  if (unanswered > 0) gaps.push(`${unanswered} demande(s) d’apprenant sans réponse tracée d’un tuteur.`);

  let lastDate: CivilDate | undefined;
  let lastEpoch = -Infinity;
  let lastTs = '';
  for (const st of learners.values()) if (st.lastEpoch > lastEpoch) ((lastEpoch = st.lastEpoch), (lastTs = st.lastTs));
  if (lastTs) lastDate = toParisDateTime(lastTs).date;
  const evidence: EvidenceItem[] = [];
  if (lastDate !== undefined) {
    evidence.push({
      id: `${sess.id}:lms-connection-log`,
      kind: 'lms-connection-log',
      date: lastDate,
      sessionId: sess.id,
      metadata: { learners: out.length, estimatedMinutes: totalMinutes, idleCutoffMinutes: cutoffMin, source: 'assessDistanceLearning' },
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
        metadata: { humanInteractions, tutorStatements, unanswered, source: 'assessDistanceLearning' },
      });
    }
  }
  const description = `Temps estimé par apprenant = somme des intervalles de connexion explicites (connexion → déconnexion, fusionnés) + somme des écarts entre deux traces consécutives du même apprenant (hors écarts internes à un même intervalle de connexion) lorsque l’écart ne dépasse pas ${cutoffMin} min (au-delà, l’apprenant est réputé inactif et l’écart compte 0). Les durées déclarées xAPI (result.duration) sont additionnées à part. Minutes arrondies à l’inférieur.`;
  const descriptionEn = `Estimated time per learner = explicit connection intervals (login → logout) + gaps between consecutive traces of the same learner when the gap is at most ${cutoffMin} min (longer gaps count 0: idle). Declared xAPI durations (result.duration) are summed separately. Minutes rounded down.`;
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
  return {
    sessionId: sess.id,
    method: { idleCutoffMinutes: cutoffMin, description, descriptionEn },
    learners: out,
    totals: { statements: list.length, learners: out.length, tutorStatements, humanInteractions, estimatedMinutes: totalMinutes },
    selfLearningOnly,
    gaps,
    evidence,
    explanation: [
      { code: 'TRACES', label: `${list.length} trace(s), ${out.length} apprenant(s), ${tutorStatements} trace(s) de tuteur.`, labelEn: `${list.length} trace(s), ${out.length} learner(s), ${tutorStatements} tutor trace(s).` },
      { code: 'TIME_METHOD', label: description, labelEn: descriptionEn, amounts: { idleCutoffMinutes: String(cutoffMin), totalMinutes: String(totalMinutes) } },
      { code: 'ASSISTANCE', label: `${humanInteractions} interaction(s) humaine(s) tracée(s)${selfLearningOnly ? ' : autoformation seule' : ''}.`, labelEn: `${humanInteractions} human interaction(s) traced.`, references: [REF.d6313_3_1] },
    ],
    warnings,
    references: [REF.d6313_3_1, REF.guideV9, REF.decret2026_728, REF.l6353_1],
  };
}

function pushEpoch(st: LearnerState, epoch: number): void {
  if (epoch < st.lastPushed) st.sorted = false;
  st.lastPushed = epoch;
  st.epochs.push(epoch);
}

function track(st: LearnerState, epoch: number, ts: string): void {
  if (epoch < st.firstEpoch) ((st.firstEpoch = epoch), (st.firstTs = ts));
  if (epoch > st.lastEpoch) ((st.lastEpoch = epoch), (st.lastTs = ts));
}

function pick(ts: string): { date: CivilDate; time: string } {
  const p = toParisDateTime(ts);
  return { date: p.date, time: p.time };
}

/** Merged connection intervals + gaps ≤ cut-off between consecutive point events not inside the same interval. */
function estimate(st: LearnerState, cutoffMs: number): number {
  let total = 0;
  const merged: Array<[number, number]> = [];
  if (st.intervals.length > 0) {
    const iv = [...st.intervals].sort((a, b) => a[0] - b[0]);
    let [cs, ce] = iv[0]!;
    for (let k = 1; k < iv.length; k++) {
      const [s, e] = iv[k]!;
      if (s <= ce) ce = Math.max(ce, e);
      else {
        merged.push([cs, ce]);
        cs = s;
        ce = e;
      }
    }
    merged.push([cs, ce]);
    for (const [a, b] of merged) total += b - a;
  }
  const ep = st.sorted ? st.epochs : Float64Array.from(st.epochs).sort();
  let j = 0;
  const inside = (t: number): number => {
    while (j < merged.length && merged[j]![1] < t) j++;
    return j < merged.length && merged[j]![0] <= t ? j : -1;
  };
  let prevIn = ep.length > 0 ? inside(ep[0]!) : -1;
  for (let k = 1; k < ep.length; k++) {
    const curIn = inside(ep[k]!);
    const gap = ep[k]! - ep[k - 1]!;
    if (gap <= cutoffMs && !(curIn >= 0 && curIn === prevIn)) total += gap;
    prevIn = curIn;
  }
  return total;
}
