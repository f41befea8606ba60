/**
 * `pnpm demo`: runs every example program (`examples/<name>/demo.ts`) over the sample data in
 * `examples/data/`, each writing readable results to `out/<name>/` and a short summary to the terminal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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
// out/index.html links every output of every example, grouped by example.
const outDir = join(root, 'out');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const sections = readdirSync(outDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const list = files(join(outDir, d.name)).sort().map((f) => {
      const rel = relative(outDir, f).split('\\').join('/');
      return `<li><a href="${esc(encodeURI(rel))}">${esc(rel.slice(d.name.length + 1))}</a> <small>(${Math.max(1, Math.round(statSync(f).size / 1024))} ko)</small></li>`;
    });
    return `<h2>${esc(d.name)}</h2>\n<ul>\n${list.join('\n')}\n</ul>`;
  });
writeFileSync(join(outDir, 'index.html'), `<!DOCTYPE html>\n<html lang="fr"><meta charset="utf-8"><title>Sorties de la démonstration ofkit</title>\n<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}small{color:#666}</style>\n<h1>Sorties de la démonstration</h1>\n${sections.join('\n')}\n</html>\n`);
console.log(`\n${names.length - failed}/${names.length} exemple(s) exécuté(s) ; résultats dans out/ (index : out/index.html).`);
process.exit(failed > 0 ? 1 : 0);
