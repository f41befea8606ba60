/**
 * Audit-readiness report for a Qualiopi audit.
 *
 *   node --import tsx examples/audit-readiness/main.ts <of.json> [--audit-date YYYY-MM-DD]
 *        [--audit-type initial|surveillance|renewal] [--json] [--out report.md]
 *
 * <of.json> = { profile, evidence: { sessions?, items }, auditDate?, auditType?, lmsTraces? } where
 * `lmsTraces` names a JSON file { session, traces } (xAPI statements / connection logs) next to it;
 * its evidence is added through assessDistanceLearning. Writes the Markdown report (or JSON with --json)
 * to --out, else to stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OfkitError } from '@ofkit/core';
import {
  assessDistanceLearning,
  assessReadiness,
  readinessToMarkdown,
  type AuditType,
  type DistanceLearningResult,
  type EvidenceSet,
  type OfProfile,
  type ReadinessResult,
} from '@ofkit/rnq';

export interface RunOptions {
  readonly auditDate?: string;
  readonly auditType?: AuditType;
}

export interface RunResult {
  readonly readiness: ReadinessResult;
  readonly distance?: DistanceLearningResult;
  readonly markdown: string;
}

interface OfFile {
  profile: OfProfile;
  evidence: EvidenceSet;
  auditDate?: string;
  auditType?: AuditType;
  lmsTraces?: string;
}

/** Reads an OF file, adds LMS evidence if any, assesses readiness and renders Markdown. */
export function run(file: string, options: RunOptions = {}): RunResult {
  const data = JSON.parse(readFileSync(file, 'utf8')) as OfFile;
  const auditDate = options.auditDate ?? data.auditDate;
  if (!auditDate) throw new Error('audit date missing: pass --audit-date YYYY-MM-DD or set "auditDate" in the file');
  let items = data.evidence.items;
  let distance: DistanceLearningResult | undefined;
  if (data.lmsTraces) {
    const lms = JSON.parse(readFileSync(join(dirname(file), data.lmsTraces), 'utf8'));
    distance = assessDistanceLearning(lms.traces, lms.session);
    items = [...items, ...distance.evidence];
  }
  const auditType = options.auditType ?? data.auditType;
  const readiness = assessReadiness(data.profile, { ...data.evidence, items }, { auditDate, ...(auditType ? { auditType } : {}) });
  let markdown = readinessToMarkdown(readiness);
  if (distance) {
    const lines = [
      '## Formation à distance (traces LMS)',
      '',
      `Session ${distance.sessionId} : ${distance.totals.learners} apprenant(s), ${distance.totals.estimatedMinutes} min estimées, ${distance.totals.humanInteractions} interaction(s) humaine(s)${distance.selfLearningOnly ? ' — **autoformation seule**' : ''}.`,
      '',
      `Méthode : ${distance.method.description}`,
      '',
      '| Apprenant | Temps estimé (min) | Durée déclarée (min) | Activités | Évaluations | Demandes / réponses | Délai médian (min) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...distance.learners.map((l) => `| ${l.learnerId} | ${l.estimatedMinutes} | ${l.declaredMinutes} | ${l.activitiesCompleted}/${l.activitiesPlanned} | ${l.assessmentsCompleted}/${l.assessmentsPlanned} | ${l.assistance.requests}/${l.assistance.answered} | ${l.assistance.medianResponseMinutes ?? '—'} |`),
      '',
      ...distance.gaps.map((g) => `- ${g}`),
      '',
    ];
    markdown += `\n${lines.join('\n')}`;
  }
  return { readiness, ...(distance ? { distance } : {}), markdown };
}

function main(argv: string[]): number {
  const args = [...argv];
  const file = args.find((a) => !a.startsWith('--') && !['--audit-date', '--audit-type', '--out'].includes(args[args.indexOf(a) - 1] ?? ''));
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!file) {
    console.error('usage: main.ts <of.json> [--audit-date YYYY-MM-DD] [--audit-type initial|surveillance|renewal] [--json] [--out file]');
    return 2;
  }
  try {
    const auditDate = flag('--audit-date');
    const auditType = flag('--audit-type') as AuditType | undefined;
    const r = run(resolve(file), { ...(auditDate ? { auditDate } : {}), ...(auditType ? { auditType } : {}) });
    const text = args.includes('--json') ? JSON.stringify({ readiness: r.readiness, distance: r.distance }, null, 2) : r.markdown;
    const out = flag('--out');
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
    return 0;
  } catch (e) {
    if (e instanceof OfkitError) {
      console.error(e.message);
      for (const i of e.issues) console.error(`  - ${i.path.join('.') || '(racine)'} [${i.code}] ${i.message}`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
