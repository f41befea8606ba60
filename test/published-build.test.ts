import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Guards the published builds (dist/) for the cold start of issue 13: zod is bundled into
// @ofkit/core with only the two locales ofkit speaks, the other packages take zod from core (none
// loads the `zod` package at run time), and bundlers still get the per-capability build. Reads the
// built files: run `pnpm build` first. Counts and strings, no timing.
const root = resolve(import.meta.dirname, '..');
const pkg = (p: string) => join(root, 'packages', p);
const PACKAGES = ['core', 'cpf', 'rnq', 'docs-gen', 'cli'];

// esbuild writes non-ASCII characters as escapes (`\xE9`, `\u0436`): read them back as text.
const unescape = (text: string) =>
  text.replace(/\\x([0-9a-fA-F]{2})|\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, x, b, u) => String.fromCodePoint(parseInt(x ?? b ?? u, 16)));

function builtFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: these tests read the published builds, run \`pnpm build\` first.`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(c?js|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

describe('published builds (dist/)', () => {
  it('core contains zod\'s French and English messages, and no other locale', () => {
    const zodLocales = join(dirname(createRequire(join(pkg('core'), 'package.json')).resolve('zod/package.json')), 'v4', 'locales');
    // The messages of every other locale (string literals of 12 characters or more with a space) that
    // are neither in the French or English locale nor elsewhere in zod (codes, code fragments).
    const literals = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/"([^"\\\n;]{12,})"/g)].map((m) => m[1]!).filter((t) => t.includes(' ')));
    const zodDir = join(zodLocales, '..');
    const ours = new Set([...literals(join(zodLocales, 'en.js')), ...literals(join(zodLocales, 'fr.js'))]);
    for (const d of ['core', 'classic', 'mini']) {
      for (const f of readdirSync(join(zodDir, d)).filter((n) => n.endsWith('.js'))) for (const t of literals(join(zodDir, d, f))) ours.add(t);
    }
    const foreign = new Map<string, string>();
    for (const f of readdirSync(zodLocales).filter((n) => n.endsWith('.js') && !['en.js', 'fr.js', 'index.js'].includes(n))) {
      for (const t of literals(join(zodLocales, f))) if (!ours.has(t)) foreign.set(t, f);
    }
    expect(foreign.size).toBeGreaterThan(300);
    for (const file of builtFiles(join(pkg('core'), 'dist'))) {
      const text = unescape(readFileSync(file, 'utf8'));
      const found = [...foreign].filter(([s]) => text.includes(s)).map(([s, f]) => `${f}: ${s}`);
      expect(found, file).toEqual([]);
    }
    const all = builtFiles(join(pkg('core'), 'dist')).map((f) => unescape(readFileSync(f, 'utf8'))).join('\n');
    expect(all).toContain('Invalid input');
    expect(all).toContain('Entrée invalide');
  });

  it('no package loads the `zod` package at run time (zod comes from @ofkit/core)', () => {
    for (const p of PACKAGES) {
      for (const file of builtFiles(join(pkg(p), 'dist'))) {
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/(?:from\s*|require\(\s*|import\(\s*)["']zod(?:\/[^"']*)?["']/);
      }
    }
  });

  it('Node loads neither zod nor the per-capability chunks nor core\'s index when importing or requiring @ofkit/cpf (nor core\'s index for @ofkit/rnq)', () => {
    const hook = `data:text/javascript,${encodeURIComponent('export async function load(url, context, next) { process._rawDebug(url); return next(url, context); }')}`;
    const code = `import { register } from 'node:module'; register(${JSON.stringify(hook)}); await import('@ofkit/cpf');`;
    const esm = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: pkg('cli'), encoding: 'utf8' });
    expect(esm.status, esm.stderr).toBe(0);
    const loaded = esm.stderr.split('\n').filter((l) => l.startsWith('file:'));
    expect(loaded.some((u) => u.includes('/packages/cpf/dist/index.js'))).toBe(true);
    expect(loaded.filter((u) => /\/zod\/|\/dist\/bundler\//.test(u))).toEqual([]);
    // 1 file of cpf and a handful of core's (internal subpaths, shared chunks), not ~40 chunks.
    expect(loaded.filter((u) => u.includes('/packages/')).length).toBeLessThanOrEqual(12);
    // cpf takes core's runtime from `@ofkit/core/internal/base`: core's index, which builds the public
    // domain and identifier schemas at import (a third of core's import time), is not loaded.
    expect(loaded.some((u) => u.includes('/packages/core/dist/internal/base.js'))).toBe(true);
    expect(loaded.filter((u) => u.endsWith('/packages/core/dist/index.js'))).toEqual([]);

    // rnq too: it reaches core's SessionSchema and AttendanceRecordSchema through `@ofkit/core/internal`, built on first use.
    const rnq = spawnSync(process.execPath, ['--input-type=module', '-e', code.replace("'@ofkit/cpf'", "'@ofkit/rnq'")], { cwd: pkg('cli'), encoding: 'utf8' });
    expect(rnq.status, rnq.stderr).toBe(0);
    const rnqLoaded = rnq.stderr.split('\n').filter((l) => l.startsWith('file:'));
    expect(rnqLoaded.some((u) => u.includes('/packages/rnq/dist/index.js'))).toBe(true);
    expect(rnqLoaded.filter((u) => u.endsWith('/packages/core/dist/index.js'))).toEqual([]);
    // Neither loads decimal.js (128 kB to read and compile): `@ofkit/core/internal/base` leaves out
    // core's money module, rnq computes no money and cpf computes in whole cents.
    expect(rnqLoaded.filter((u) => /decimal\.js|decimal\.mjs/.test(u))).toEqual([]);
    expect(loaded.filter((u) => /decimal\.js|decimal\.mjs/.test(u))).toEqual([]);

    const cjs = spawnSync(process.execPath, ['-e', `require('@ofkit/cpf'); console.log(JSON.stringify(Object.keys(require.cache)))`], { cwd: pkg('cli'), encoding: 'utf8' });
    expect(cjs.status, cjs.stderr).toBe(0);
    const required: string[] = JSON.parse(cjs.stdout);
    expect(required.filter((f) => /[\\/]zod[\\/]/.test(f))).toEqual([]);
  });

  it('bundlers (no `node` condition) get the per-capability build: one core function stays small', async () => {
    const r = await build({
      stdin: { contents: `import { validateSiret } from '@ofkit/core'; console.log(validateSiret('73282932000074'));`, resolveDir: pkg('cpf'), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      metafile: true,
      tsconfigRaw: {},
    });
    expect(Object.keys(r.metafile.inputs).some((f) => f.includes('dist/bundler/'))).toBe(true);
    const out = r.outputFiles[0]!.text;
    expect(out.length).toBeLessThan(10_000);
    expect(out).not.toMatch(/ZodError|\$ZodType|DecimalError|Europe\/Paris/);
  });
});
