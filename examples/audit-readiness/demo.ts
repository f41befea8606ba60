/**
 * `pnpm demo` — runs the audit-readiness report over the sample OFs of examples/data/rnq/
 * (a micro OF run by one independent trainer, and a CFA) and writes out/audit-readiness/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { auditCycle, nonConformityDeadlines } from '@ofkit/rnq';
import { run } from './main.js';

const root = process.cwd();
const outDir = resolve(root, 'out/audit-readiness');
mkdirSync(outDir, { recursive: true });

for (const name of ['micro-of', 'cfa']) {
  const r = run(join(root, 'examples/data/rnq', `${name}.json`));
  writeFileSync(join(outDir, `${name}.md`), r.markdown);
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ readiness: r.readiness, distance: r.distance }, null, 2));
  const s = r.readiness.summary;
  console.log(`${r.readiness.profile.name} — audit ${r.readiness.auditType} du ${r.readiness.auditDate} (${r.readiness.referential.id}, ${r.readiness.referential.indicatorCount} ind.)`);
  console.log(`  ${s.applicable} applicables : ${s.covered} couverts, ${s.partial} partiels, ${s.missing} manquants, ${s.deferred} différés — préparation ${s.readinessPercent} %`);
  console.log(`  risques : ${s.majorRisks} majeur(s), ${s.minorRisks} mineur(s) ; ${r.readiness.warnings.length} avertissement(s)`);
  for (const t of r.readiness.todo.slice(0, 3)) console.log(`  ${t.priority}. [${t.risk}] ind. ${t.indicator} : ${t.action.slice(0, 90)}`);
  if (r.distance) console.log(`  FOAD ${r.distance.sessionId} : ${r.distance.totals.learners} apprenants, ${r.distance.totals.estimatedMinutes} min, autoformation seule : ${r.distance.selfLearningOnly ? 'oui' : 'non'}`);
}
const cycle = auditCycle({ certificationDate: '2025-06-10', asOf: '2026-11-22' });
writeFileSync(join(outDir, 'calendar.json'), JSON.stringify({ cycle, major: nonConformityDeadlines({ notifiedOn: '2026-11-24', grade: 'major', auditType: 'surveillance' }) }, null, 2));
console.log(`Cycle (certifié le 2025-06-10) : surveillance du ${cycle.surveillance.opensOn} au ${cycle.surveillance.closesOn}, fin de validité ${cycle.validity.lastValidDay}`);
console.log(`Rapports : out/audit-readiness/{micro-of,cfa}.md (+ .json, calendar.json)`);
