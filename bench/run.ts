/**
 * `pnpm bench`: runs every `bench/*.bench.ts` in its own Node process (so memory figures do not
 * mix), with `--expose-gc` so the harness can settle the heap before measuring.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
console.log(`\n${files.length - failed} benchmark file(s) ran, ${failed} failed.`);
process.exit(failed > 0 ? 1 : 0);
