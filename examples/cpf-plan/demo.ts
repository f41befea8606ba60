/**
 * `pnpm demo` part for @ofkit/cpf: plans every sample request of examples/data/cpf/, writes the French
 * report (.txt) and the plan (.json) to out/cpf-plan/, and prints one line per sample.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatEur } from '@ofkit/core';
import { planCpfFinancing } from '@ofkit/cpf';
import { readSample } from './main.js';
import { renderPlanFr } from './render.js';

const dataDir = join('examples', 'data', 'cpf');
const outDir = join('out', 'cpf-plan');
mkdirSync(outDir, { recursive: true });
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();
console.log(`@ofkit/cpf — ${files.length} demandes d'achat (${dataDir}) → ${outDir}/`);
for (const f of files) {
  const name = basename(f, '.json');
  const { request, options, description } = readSample(join(dataDir, f));
  const plan = planCpfFinancing(request, options);
  writeFileSync(join(outDir, `${name}.txt`), renderPlanFr(request, plan, description) + '\n');
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ request, options, plan }, null, 2) + '\n');
  const eur = (x: string) => formatEur(x, { asciiSpaces: true });
  const lines = plan.lines.map((l) => `N${l.level} ${eur(l.amount)}`).join(' + ');
  const status = plan.eligible ? `${lines || 'rien'} ; titulaire ${eur(plan.holderPays)}` : `NON ÉLIGIBLE (${plan.issues.map((i) => i.code).join(', ')})`;
  console.log(`  ${name.padEnd(40)} ${status}${plan.warnings.length ? ` ; ⚠ ${plan.warnings.length}` : ''}`);
}
console.log(`Détail : ${outDir}/<nom>.txt (tableau et explication), .json (plan).`);
