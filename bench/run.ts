/**
 * `pnpm bench`: runs every `bench/*.bench.ts` in its own Node process (so memory figures do not
 * mix), with `--expose-gc` so the harness can settle the heap before measuring.
 *
 * The packages are measured as published: `pnpm bench` builds them first, and tsx resolves
 * `@ofkit/*` through bench/tsconfig.json, whose paths point at each package's dist/ (the root
 * tsconfig points at the sources, and tsx's transform of sources wraps every function in a naming
 * helper that costs time in closure-heavy code). Set OFKIT_BENCH_SOURCES=1 to measure the sources.
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
const benchEnv = process.env['OFKIT_BENCH_SOURCES'] ? process.env : { ...process.env, TSX_TSCONFIG_PATH: join(here, 'tsconfig.json') };
console.log(process.env['OFKIT_BENCH_SOURCES'] ? 'Measuring the sources (OFKIT_BENCH_SOURCES).' : 'Measuring the published builds (dist/, through bench/tsconfig.json).');
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, f)], { stdio: 'inherit', env: benchEnv });
  if (r.status !== 0) failed += 1;
}
console.log(`\n${files.length - failed} benchmark file(s) ran, ${failed} failed.`);
process.exit(failed > 0 ? 1 : 0);
