/**
 * The recorded set of issue 13: 3 000 generated requests (`generate.ts`, seed 20261205) and, for
 * each, the plan `planCpfFinancing` gave when it was recorded: its outcome in clear (eligibility,
 * issue codes, participation, lines, what the holder pays, warning codes) and the SHA-256 of its
 * whole serialisation (`JSON.stringify(plan)`: explanation, warnings, references included).
 *
 * `npx tsx packages/cpf/test/recorded-plans.ts` lists the requests whose plan differs from the
 * record; with `--write` it rewrites the record (do that only for an intended change of results, and
 * explain each changed request in the commit).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CpfFinancingOptions, CpfFinancingPlan, CpfFinancingRequest } from '../src/index.js';
import { generateCases } from './generate.js';

export const RECORD_PATH = fileURLToPath(new URL('./recorded/plans.json', import.meta.url));
export const RECORD_SEED = 20261205;
export const RECORD_SIZE = 3000;

export interface RecordedOutcome {
  eligible: boolean;
  issues: string[];
  participation: string;
  lines: string[];
  holderPays: string;
  warnings: string[];
  sha256: string;
}
export interface RecordedCase {
  n: number;
  request: CpfFinancingRequest;
  options?: CpfFinancingOptions;
  plan: RecordedOutcome;
}

/** The outcome of a plan as recorded. */
export function outcome(plan: CpfFinancingPlan): RecordedOutcome {
  return {
    eligible: plan.eligible,
    issues: plan.issues.map((i) => i.code),
    participation: `${plan.participation.amount}${plan.participation.exempt ? ' exempt' : ''}`,
    lines: plan.lines.map((l) => `${l.level}:${l.source}:${l.amount}`),
    holderPays: plan.holderPays,
    warnings: plan.warnings.map((w) => (w.option ? `${w.code}/${w.option}` : w.code)),
    sha256: createHash('sha256').update(JSON.stringify(plan)).digest('hex'),
  };
}

export function readRecord(): RecordedCase[] {
  return (JSON.parse(readFileSync(RECORD_PATH, 'utf8')) as { cases: RecordedCase[] }).cases;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { planCpfFinancing } = await import('../src/index.js');
  const write = process.argv.includes('--write');
  let old: RecordedCase[] = [];
  try {
    old = readRecord();
  } catch {
    /* first recording */
  }
  const cases = old.length > 0 ? old.map(({ request, options }) => (options ? { request, options } : { request })) : generateCases(RECORD_SIZE, RECORD_SEED);
  const out: RecordedCase[] = cases.map((c, n) => {
    const plan = outcome(planCpfFinancing(c.request, c.options));
    return c.options ? { n, request: c.request, options: c.options, plan } : { n, request: c.request, plan };
  });
  let changed = 0;
  for (const c of out) {
    const was = old[c.n]?.plan;
    if (!was || was.sha256 === c.plan.sha256) continue;
    changed++;
    const diff = (Object.keys(c.plan) as Array<keyof RecordedOutcome>).filter((k) => k !== 'sha256' && JSON.stringify(was[k]) !== JSON.stringify(c.plan[k]));
    console.log(`#${c.n} ${c.request.action.type} ${c.request.purchaseDate}: ${diff.map((k) => `${k} ${JSON.stringify(was[k])} -> ${JSON.stringify(c.plan[k])}`).join('; ') || 'text only'}`);
  }
  console.log(`${changed} of ${out.length} plans differ from the record.`);
  if (write) {
    const body = out.map((c) => JSON.stringify(c)).join(',\n');
    writeFileSync(RECORD_PATH, `{"seed":${RECORD_SEED},"generator":"packages/cpf/test/generate.ts","cases":[\n${body}\n]}\n`);
    console.log(`wrote ${RECORD_PATH}`);
  }
}
