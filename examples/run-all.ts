/**
 * `pnpm demo`: runs every example program (`examples/<name>/demo.ts`) over the sample data in
 * `examples/data/`, each writing readable results to `out/<name>/` and a short summary to the terminal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
mkdirSync(join(root, 'out'), { recursive: true });
const order = ['core-tour', 'cpf-plan', 'audit-readiness', 'generate-documents', 'bpf'];
const names = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'demo.ts')))
  .map((d) => d.name)
  .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
let failed = 0;
for (const name of names) {
  console.log(`\n━━━ ${name} ━━━`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, name, 'demo.ts')], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    failed += 1;
    console.error(`✗ ${name} failed (exit ${r.status})`);
  }
}
console.log(`\n${names.length - failed}/${names.length} example(s) ran; results in out/.`);
process.exit(failed > 0 ? 1 : 0);
