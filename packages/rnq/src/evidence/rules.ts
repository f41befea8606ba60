import type { CivilDate, LegalRef } from '@ofkit/core';
import { addMonths, valueAt } from '@ofkit/core/internal/base';
import type { OfProfile } from '../applicability/profile.js';
import type { RnqRules } from '../referential/rules.js';
import type { ReferentialId } from '../referential/types.js';
import { REF } from '../shared/references.js';
import type { EvidenceKind } from './catalogue.js';
import type { EvidenceIndex } from './index-evidence.js';
import { PUBLIC_INFORMATION_FIELDS, PUBLIC_INFORMATION_LABELS, type EvidenceItem, type EvidenceSession } from './model.js';

/** What a substance rule rests on. */
export type RuleBasis = 'law' | 'case-law' | 'guide-v9' | 'decree-2026' | 'practice';

/** The outcome of one evidence rule. */
export interface RuleOutcome {
  readonly id: string;
  readonly indicator: number;
  /** `pass`, `fail`, or `not-checkable` (the data needed to check it is absent). */
  readonly status: 'pass' | 'fail' | 'not-checkable';
  /** How many things were checked (sessions, complaints, contracts…) and how many failed. */
  readonly checked: number;
  readonly failed: number;
  /** Up to 5 identifiers of failing things (session ids, complaint ids…). */
  readonly examples: readonly string[];
  readonly message: string;
  readonly messageEn: string;
  readonly basis: RuleBasis;
  /** A failure of this rule cannot be a minor non-conformity. */
  readonly forcesMajor: boolean;
  readonly references: readonly LegalRef[];
}

/** Context a rule reads. */
export interface RuleContext {
  readonly index: EvidenceIndex;
  readonly auditDate: CivilDate;
  readonly version: ReferentialId;
  readonly profile: OfProfile;
  readonly rules: RnqRules;
  /** Applicable indicators whose implementation is audited now. */
  readonly audited: ReadonlySet<number>;
}

/** Description of a rule (for docs and the catalogue). */
export interface EvidenceRule {
  readonly id: string;
  readonly indicator: number;
  readonly label: string;
  readonly labelEn: string;
  readonly basis: RuleBasis;
  readonly references: readonly LegalRef[];
  readonly versions: readonly ReferentialId[];
  /** Returns `undefined` when the rule does not concern this OF. */
  readonly check: (ctx: RuleContext) => Omit<RuleOutcome, 'id' | 'indicator' | 'basis' | 'references'> | undefined;
}

const BOTH: readonly ReferentialId[] = ['rnq-2019-v9', 'rnq-2026'];
const EXAMPLES = 5;

function finished(s: EvidenceSession, auditDate: CivilDate): boolean {
  return s.finished ?? s.endDate < auditDate;
}
function kinds(ctx: RuleContext, kind: EvidenceKind): readonly EvidenceItem[] {
  return ctx.index.byKind.get(kind) ?? [];
}
function outcome(checked: number, failures: string[], ok: [string, string], ko: (n: number, ex: string) => [string, string], forcesMajor = false) {
  const failed = failures.length;
  const ex = failures.slice(0, EXAMPLES);
  const [message, messageEn] = failed === 0 ? ok : ko(failed, ex.join(', ') + (failed > ex.length ? ', …' : ''));
  return { status: failed === 0 ? ('pass' as const) : ('fail' as const), checked, failed, examples: ex, message, messageEn, forcesMajor };
}
function notCheckable(message: string, messageEn: string) {
  return { status: 'not-checkable' as const, checked: 0, failed: 0, examples: [], message, messageEn, forcesMajor: false };
}
function meta(it: EvidenceItem, key: string): unknown {
  return it.metadata?.[key];
}
/**
 * An amount in euros (`"77700.00"`, `"50000.5"`, `77700`) as exact integer cents, or `undefined`.
 * Exact decimal comparison without decimal.js (issue 13: no decimal.js in the readiness bundle).
 */
export function cents(v: unknown): bigint | undefined {
  const s = typeof v === 'number' ? (Number.isFinite(v) && v >= 0 ? String(v) : '') : typeof v === 'string' ? v.trim() : '';
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return undefined;
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}
function distanceOrBlended(s: EvidenceSession): boolean {
  return s.modality === 'distance' || s.modality === 'mixte';
}

/** The shape of a rule that asks each session it applies to for one of some evidence kinds. */
interface PerSessionSpec {
  /** The sessions the rule checks. */
  readonly applies: (s: EvidenceSession) => boolean;
  /** A session passes when it has evidence of at least one of these kinds. */
  readonly requiredKinds: readonly EvidenceKind[];
  /** Messages [FR, EN]: all sessions pass, or `n` of `checked` fail (`ex`: their ids). */
  readonly messages: {
    readonly ok: (checked: number) => [string, string];
    readonly ko: (n: number, ex: string, checked: number) => [string, string];
  };
}

/**
 * A rule over evidence items (publications, contracts…): `undefined` when there is none, else one
 * check per item, failing those for which `fails` is true (named by their id, else their date).
 */
function perItemRule(items: readonly EvidenceItem[], fails: (it: EvidenceItem) => boolean, ok: [string, string], ko: (n: number, ex: string) => [string, string]) {
  if (items.length === 0) return undefined;
  return outcome(
    items.length,
    items.filter(fails).map((it) => it.id ?? it.date),
    ok,
    ko,
  );
}

/** Runs a {@link PerSessionSpec}: `undefined` when no session applies, else pass/fail per session. */
function perSessionRule(ctx: RuleContext, spec: PerSessionSpec) {
  const failures: string[] = [];
  let checked = 0;
  for (const s of ctx.index.sessions) {
    if (!spec.applies(s)) continue;
    checked++;
    const m = ctx.index.bySession.get(s.id);
    if (!m || !spec.requiredKinds.some((k) => m.has(k))) failures.push(s.id);
  }
  if (checked === 0) return undefined;
  return outcome(checked, failures, spec.messages.ok(checked), (n, ex) => spec.messages.ko(n, ex, checked));
}

interface HalfDayEntry {
  date?: unknown;
  period?: unknown;
  learnerSigned?: unknown;
  trainerSigned?: unknown;
}

/** Number of distinct half-days within the session dates signed by both learner and trainer. */
function signedHalfDays(items: readonly EvidenceItem[], s: EvidenceSession): number {
  const keys = new Set<string>();
  for (const it of items) {
    const hd = meta(it, 'halfDays');
    if (!Array.isArray(hd)) continue;
    for (const e of hd as HalfDayEntry[]) {
      // Only a real half-day (morning or afternoon) inside the session dates counts (CAA Nantes,
      // 1 June 2021: the trainee signs per half-day and the trainer signs).
      if (e && e.learnerSigned === true && e.trainerSigned === true && (e.period === 'morning' || e.period === 'afternoon') && typeof e.date === 'string' && e.date >= s.startDate && e.date <= s.endDate) {
        keys.add(`${e.date}|${String(e.period)}`);
      }
    }
  }
  return keys.size;
}

function watchRule(indicator: 23 | 24 | 25, watchKinds: readonly EvidenceKind[], fr: string, en: string): EvidenceRule {
  return {
    id: `watch-recent-${indicator}`,
    indicator,
    label: `${fr} : une trace de veille datée de moins de N mois (paramètre) avant l'audit`,
    labelEn: `${en}: a watch record less than N months (parameter) before the audit`,
    basis: 'practice',
    references: [REF.guideV9, REF.practice],
    versions: BOTH,
    check: (ctx) => {
      const months = valueAt(ctx.rules.watchMaxAgeMonths, ctx.auditDate).value;
      const limit = addMonths(ctx.auditDate, -months);
      // The latest record of any of the kinds (indicator 23: a legal-watch record or a dated
      // veille-reglementaire digest, issue 12 §2).
      let last: CivilDate | undefined;
      for (const kind of watchKinds) {
        const d = ctx.index.latestByKind.get(kind);
        if (d !== undefined && (last === undefined || d > last)) last = d;
      }
      if (last === undefined) return undefined;
      return outcome(
        1,
        last >= limit ? [] : [last],
        [`${fr} récente (dernière trace le ${last}).`, `${en} is recent (last record ${last}).`],
        () => [`${fr} : dernière trace le ${last}, plus de ${months} mois avant l'audit (avant le ${limit}).`, `${en}: last record ${last}, more than ${months} months before the audit.`],
      );
    },
  };
}

/** The evidence rules that check substance, each with its basis. */
export const EVIDENCE_RULES: readonly EvidenceRule[] = /* @__PURE__ */ (() => [
  {
    id: 'emargement-every-half-day',
    indicator: 10,
    label: 'Émargement : chaque demi-journée de chaque session terminée est signée par le stagiaire et par le formateur',
    labelEn: 'Émargement: every half-day of every finished session signed by the learner and the trainer',
    basis: 'case-law',
    references: [REF.l6353_1, REF.caaNantes2021],
    versions: BOTH,
    check: (ctx) => {
      const failures: string[] = [];
      let checked = 0;
      let unknown = 0;
      for (const s of ctx.index.sessions) {
        if (s.modality === 'distance' || !finished(s, ctx.auditDate)) continue;
        if (s.halfDays === undefined) {
          unknown++;
          continue;
        }
        checked++;
        const items = ctx.index.bySession.get(s.id)?.get('emargement') ?? [];
        const perLearner = s.learners !== undefined && s.learners.length > 0 && items.some((i) => i.learnerId !== undefined);
        if (!perLearner) {
          if (signedHalfDays(items, s) < s.halfDays) failures.push(s.id);
          continue;
        }
        const byLearner = new Map<string, EvidenceItem[]>();
        const collective: EvidenceItem[] = [];
        for (const it of items) {
          if (it.learnerId === undefined) collective.push(it);
          else {
            const a = byLearner.get(it.learnerId);
            if (a) a.push(it);
            else byLearner.set(it.learnerId, [it]);
          }
        }
        const ok = s.learners!.every((l) => signedHalfDays([...(byLearner.get(l) ?? []), ...collective], s) >= s.halfDays!);
        if (!ok) failures.push(s.id);
      }
      if (checked === 0) {
        return unknown > 0 ? notCheckable('Émargement non vérifiable : nombre de demi-journées des sessions inconnu.', 'Émargement not checkable: number of half-days unknown.') : undefined;
      }
      return outcome(
        checked,
        failures,
        [`Émargements complets pour ${checked} session(s) terminée(s).`, `Complete émargements for ${checked} finished session(s).`],
        (n, ex) => [`${n} session(s) sur ${checked} sans émargement complet par demi-journée (stagiaire et formateur) : ${ex}.`, `${n} of ${checked} session(s) lack a complete half-day émargement: ${ex}.`],
      );
    },
  },
  {
    id: 'satisfaction-every-finished-session',
    indicator: 30,
    label: 'Satisfaction recueillie pour chaque session terminée',
    labelEn: 'Satisfaction collected for every finished session',
    basis: 'practice',
    references: [REF.guideV9, REF.practice],
    versions: BOTH,
    check: (ctx) =>
      perSessionRule(ctx, {
        applies: (s) => finished(s, ctx.auditDate),
        requiredKinds: ['satisfaction-hot', 'satisfaction-cold'],
        messages: {
          ok: (checked) => [`Satisfaction recueillie pour les ${checked} session(s) terminée(s).`, `Satisfaction collected for all ${checked} finished session(s).`],
          ko: (n, ex, checked) => [`${n} session(s) terminée(s) sur ${checked} sans recueil de satisfaction : ${ex}.`, `${n} of ${checked} finished session(s) without a satisfaction survey: ${ex}.`],
        },
      }),
  },
  {
    id: 'funder-feedback-yearly',
    indicator: 30,
    label: 'Appréciation des financeurs recueillie au moins une fois par an',
    labelEn: 'Funder feedback collected at least once a year',
    basis: 'guide-v9',
    references: [REF.guideV9],
    versions: BOTH,
    check: (ctx) => {
      if (ctx.profile.categories.every((c) => c === 'bilan-de-competences')) return undefined;
      const months = valueAt(ctx.rules.funderFeedbackMaxAgeMonths, ctx.auditDate).value;
      const limit = addMonths(ctx.auditDate, -months);
      const last = ctx.index.latestByKind.get('funder-feedback');
      return outcome(
        1,
        last !== undefined && last >= limit ? [] : [last ?? 'aucune'],
        [`Appréciation des financeurs recueillie le ${last}.`, `Funder feedback collected on ${last}.`],
        () => [`Aucune appréciation des financeurs depuis le ${limit} (au moins une fois par an).`, `No funder feedback since ${limit} (at least once a year).`],
      );
    },
  },
  {
    id: 'results-calculation-method',
    indicator: 2,
    label: 'Indicateurs de résultats publiés avec leurs modalités de calcul (ou un dispositif existant)',
    labelEn: 'Result indicators published with their calculation method (or an existing scheme)',
    basis: 'decree-2026',
    references: [REF.decret2026_728],
    versions: ['rnq-2026'],
    check: (ctx) =>
      perItemRule(
        kinds(ctx, 'result-publication'),
        (p) => !(typeof meta(p, 'calculationMethod') === 'string' && (meta(p, 'calculationMethod') as string).trim() !== '') && typeof meta(p, 'existingScheme') !== 'string',
        ['Chaque publication de résultats précise sa méthode de calcul.', 'Every result publication states its calculation method.'],
        (n, ex) => [`${n} publication(s) de résultats sans méthode de calcul (indicateur 2, 2026) : ${ex}.`, `${n} result publication(s) without calculation method: ${ex}.`],
      ),
  },
  {
    id: 'cfa-l6111-8-results',
    indicator: 2,
    label: 'CFA : résultats de l’article L. 6111-8 publiés (InserJeunes, ou calcul propre quand InserJeunes n’en donne pas)',
    labelEn: 'CFA: the L. 6111-8 results published (InserJeunes, or own figures where InserJeunes has none)',
    basis: 'law',
    references: [REF.l6111_8, REF.guideV9],
    versions: BOTH,
    check: (ctx) => {
      if (!ctx.profile.categories.includes('apprentissage')) return undefined;
      const pubs = kinds(ctx, 'result-publication');
      if (pubs.length === 0) return undefined;
      const ok = pubs.some((p) => {
        const scheme = meta(p, 'existingScheme');
        return (typeof scheme === 'string' && /inser\s*jeunes/i.test(scheme)) || meta(p, 'l6111_8') === true;
      });
      return outcome(
        1,
        ok ? [] : ['L. 6111-8'],
        ['Résultats L. 6111-8 (InserJeunes) publiés.', 'L. 6111-8 results (InserJeunes) published.'],
        () => [
          'CFA : aucune publication ne reprend les indicateurs de l’article L. 6111-8 (InserJeunes) ni ne les calcule quand InserJeunes n’en donne pas (guide V9, indicateur 2).',
          'CFA: no publication points to the L. 6111-8 indicators (InserJeunes) or computes them where InserJeunes has none (guide V9, indicator 2).',
        ],
      );
    },
  },
  {
    id: 'pass-rate-with-presentation-rate',
    indicator: 3,
    label: 'Taux d’obtention publié avec le taux de présentation à l’examen',
    labelEn: 'Pass rate published together with the presentation rate',
    basis: 'guide-v9',
    references: [REF.guideV9],
    versions: BOTH,
    check: (ctx) => {
      const pubs = kinds(ctx, 'result-publication');
      const withPass = pubs.filter((p) => meta(p, 'passRate') !== undefined);
      if (withPass.length === 0) {
        return { ...outcome(1, ['passRate'], ['', ''], () => ['Taux d’obtention des certifications non publié : ne peut pas être une NC mineure (guide V9).', 'Certification pass rate not published: cannot be a minor NC (guide V9).']), forcesMajor: true };
      }
      return perItemRule(
        withPass,
        (p) => meta(p, 'presentationRate') === undefined,
        ['Taux d’obtention publié avec le taux de présentation.', 'Pass rate published with the presentation rate.'],
        (n, ex) => [`${n} publication(s) du taux d’obtention sans taux de présentation : ${ex}.`, `${n} pass-rate publication(s) without presentation rate: ${ex}.`],
      );
    },
  },
  /* @__PURE__ */ watchRule(23, ['legal-watch', 'veille-reglementaire'], 'Veille légale et réglementaire', 'Legal watch'),
  /* @__PURE__ */ watchRule(24, ['jobs-watch'], 'Veille métiers et compétences', 'Jobs and skills watch'),
  /* @__PURE__ */ watchRule(25, ['pedagogical-watch'], 'Veille pédagogique et technologique', 'Pedagogical watch'),
  {
    id: 'complaints-answered',
    indicator: 31,
    label: 'Chaque réclamation du registre a reçu une réponse',
    labelEn: 'Every complaint in the log has been answered',
    basis: 'guide-v9',
    references: [REF.guideV9],
    versions: BOTH,
    check: (ctx) => {
      const logs = kinds(ctx, 'complaint-log');
      if (logs.length === 0) return undefined;
      const failures: string[] = [];
      let checked = 0;
      for (const log of logs) {
        const list = meta(log, 'complaints');
        if (!Array.isArray(list)) continue;
        list.forEach((c: unknown, i: number) => {
          const rec = (c ?? {}) as Record<string, unknown>;
          if (typeof rec['receivedOn'] === 'string' && rec['receivedOn'] > ctx.auditDate) return;
          checked++;
          // An answer counts only if it exists on the audit date (an answer dated later is not
          // evidence the auditor can see) and does not precede the complaint.
          const answered = rec['answeredOn'];
          const ok = typeof answered === 'string' && answered <= ctx.auditDate && (typeof rec['receivedOn'] !== 'string' || answered >= rec['receivedOn']);
          if (!ok) failures.push(String(rec['id'] ?? `${log.id ?? log.date}#${i}`));
        });
      }
      if (checked === 0) return { status: 'pass', checked: 0, failed: 0, examples: [], message: 'Registre des réclamations tenu ; aucune réclamation enregistrée.', messageEn: 'Complaint log kept; no complaint recorded.', forcesMajor: false };
      return outcome(
        checked,
        failures,
        [`Les ${checked} réclamation(s) ont reçu une réponse.`, `All ${checked} complaint(s) answered.`],
        (n, ex) => [`${n} réclamation(s) sur ${checked} sans réponse tracée : ${ex}.`, `${n} of ${checked} complaint(s) without a recorded answer: ${ex}.`],
      );
    },
  },
  {
    id: 'cpf-subcontracting',
    indicator: 27,
    label: 'Sous-traitance CPF : contrat écrit et sous-traitant certifié (sauf micro-entrepreneur sous le seuil)',
    labelEn: 'CPF subcontracting: written contract and certified subcontractor (unless exempt micro-entrepreneur)',
    basis: 'law',
    references: [REF.r6333_6_2, REF.r6333_6_3],
    versions: BOTH,
    check: (ctx) => {
      const contracts = kinds(ctx, 'subcontracting-contract');
      const from = valueAt(ctx.rules.cpfSubcontractingFrom, ctx.auditDate).value;
      const cap = cents(valueAt(ctx.rules.cpfMicroEntrepreneurRevenueCap, ctx.auditDate).value);
      const failures: string[] = [];
      let checked = 0;
      for (const c of contracts) {
        if (meta(c, 'cpf') !== true) continue;
        const signed = typeof meta(c, 'signedOn') === 'string' ? (meta(c, 'signedOn') as string) : c.date;
        if (signed < from) continue;
        checked++;
        const written = meta(c, 'written') !== false;
        let exempt = false;
        if (meta(c, 'microEntrepreneur') === true) {
          const rev = cents(meta(c, 'subcontractorRevenue'));
          exempt = rev !== undefined && cap !== undefined && rev <= cap;
        }
        const certified = meta(c, 'subcontractorCertified') === true || exempt;
        if (!written || !certified) failures.push(c.id ?? c.date);
      }
      if (checked === 0) return undefined;
      return outcome(
        checked,
        failures,
        [`${checked} contrat(s) de sous-traitance CPF conformes (écrit, sous-traitant certifié ou dispensé).`, `${checked} CPF subcontract(s) compliant.`],
        (n, ex) => [`${n} contrat(s) de sous-traitance CPF non conformes (contrat non écrit ou sous-traitant non certifié et non dispensé) : ${ex}.`, `${n} CPF subcontract(s) non-compliant: ${ex}.`],
      );
    },
  },
  {
    id: 'subcontracting-rnq-clause',
    indicator: 27,
    label: 'Conformité au référentiel tracée dans chaque contrat de sous-traitance',
    labelEn: 'RNQ conformity traceable in every subcontracting contract',
    basis: 'decree-2026',
    references: [REF.decret2026_728],
    versions: ['rnq-2026'],
    check: (ctx) =>
      perItemRule(
        kinds(ctx, 'subcontracting-contract'),
        (c) => meta(c, 'rnqComplianceClause') !== true,
        ['Chaque contrat de sous-traitance trace la conformité au référentiel.', 'Every subcontract traces RNQ conformity.'],
        (n, ex) => [`${n} contrat(s) de sous-traitance sans clause de conformité au référentiel : ${ex}.`, `${n} subcontract(s) without an RNQ conformity clause: ${ex}.`],
      ),
  },
  {
    id: 'trainer-cv-each',
    indicator: 21,
    label: 'Un CV pour chaque intervenant des sessions',
    labelEn: 'A CV for every trainer of the sessions',
    basis: 'guide-v9',
    references: [REF.guideV9],
    versions: BOTH,
    check: (ctx) => {
      const trainers = new Set<string>();
      for (const s of ctx.index.sessions) if (s.trainers) for (const t of s.trainers) trainers.add(t);
      if (trainers.size === 0) return undefined;
      const withCv = new Set<string>();
      for (const cv of kinds(ctx, 'trainer-cv')) {
        const t = meta(cv, 'trainerId');
        if (typeof t === 'string') withCv.add(t);
      }
      const failures = [...trainers].filter((t) => !withCv.has(t));
      return outcome(
        trainers.size,
        failures,
        [`CV présent pour les ${trainers.size} intervenant(s).`, `CV on file for all ${trainers.size} trainer(s).`],
        (n, ex) => [`${n} intervenant(s) sans CV : ${ex}.`, `${n} trainer(s) without a CV: ${ex}.`],
      );
    },
  },
  {
    id: 'public-information-complete',
    indicator: 1,
    label: 'L’information publique comporte chaque élément exigé par l’indicateur 1',
    labelEn: 'Public information carries every item indicator 1 requires',
    basis: 'law',
    references: [REF.d6316_1_1, REF.guideV9],
    versions: BOTH,
    check: (ctx) => {
      const items = [...kinds(ctx, 'programme'), ...kinds(ctx, 'public-information')];
      const withFields = items.filter((i) => Array.isArray(meta(i, 'fields')));
      if (items.length === 0) return undefined;
      if (withFields.length === 0) {
        return notCheckable('Contenu de l’information publique non vérifiable : renseigner metadata.fields.', 'Public information content not checkable: fill metadata.fields.');
      }
      const required = PUBLIC_INFORMATION_FIELDS[ctx.version];
      const failures: string[] = [];
      const missingAll = new Set<string>();
      for (const it of withFields) {
        const have = new Set(meta(it, 'fields') as unknown[]);
        const missing = required.filter((f) => !have.has(f));
        if (missing.length > 0) {
          failures.push(it.id ?? it.date);
          for (const m of missing) missingAll.add(m);
        }
      }
      return outcome(
        withFields.length,
        failures,
        ['Information publique complète.', 'Public information complete.'],
        (n, ex) => [`${n} support(s) d’information incomplet(s) (${ex}) ; il manque : ${[...missingAll].map((f) => PUBLIC_INFORMATION_LABELS[f] ?? f).join(', ')}.`, `${n} public-information item(s) incomplete (${ex}); missing: ${[...missingAll].join(', ')}.`],
      );
    },
  },
  {
    id: 'distance-follow-up-traced',
    indicator: 19,
    label: 'FOAD : connexions ou réalisation des activités tracées pour chaque session à distance terminée',
    labelEn: 'Distance learning: connections or activity completion traced for every finished distance session',
    basis: 'law',
    references: [REF.d6313_3_1, REF.l6353_1, REF.decret2026_728],
    versions: BOTH,
    check: (ctx) => {
      if (ctx.profile.distanceLearning !== true) return undefined;
      return perSessionRule(ctx, {
        applies: (s) => distanceOrBlended(s) && finished(s, ctx.auditDate),
        requiredKinds: ['lms-connection-log', 'lms-completion-report'],
        messages: {
          ok: (checked) => [`Suivi à distance tracé pour ${checked} session(s).`, `Distance follow-up traced for ${checked} session(s).`],
          ko: (n, ex) => [`${n} session(s) à distance sans relevé de connexion ni suivi de réalisation : ${ex}.`, `${n} distance session(s) without connection log or completion report: ${ex}.`],
        },
      });
    },
  },
  {
    id: 'distance-assistance-traced',
    indicator: 19,
    label: 'FOAD : assistance technique et pédagogique tracée pour chaque session à distance terminée',
    labelEn: 'Distance learning: technical and pedagogical assistance traced for every finished distance session',
    basis: 'law',
    references: [REF.d6313_3_1, REF.guideV9],
    versions: BOTH,
    check: (ctx) => {
      if (ctx.profile.distanceLearning !== true) return undefined;
      return perSessionRule(ctx, {
        applies: (s) => distanceOrBlended(s) && finished(s, ctx.auditDate),
        requiredKinds: ['lms-assistance-log'],
        messages: {
          ok: (checked) => [`Assistance tracée pour ${checked} session(s) à distance.`, `Assistance traced for ${checked} distance session(s).`],
          ko: (n, ex) => [`${n} session(s) à distance sans assistance humaine tracée (autoformation seule ?) : ${ex}.`, `${n} distance session(s) without traced human assistance (self-learning only?): ${ex}.`],
        },
      });
    },
  },
])();

/** Runs the rules for the indicators audited now. */
export function runRules(ctx: RuleContext): RuleOutcome[] {
  const out: RuleOutcome[] = [];
  for (const r of EVIDENCE_RULES) {
    if (!r.versions.includes(ctx.version) || !ctx.audited.has(r.indicator)) continue;
    const o = r.check(ctx);
    if (o) out.push({ ...o, id: r.id, indicator: r.indicator, basis: r.basis, references: r.references });
  }
  return out;
}
