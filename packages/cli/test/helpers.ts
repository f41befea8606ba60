/**
 * Runs the BUILT `ofkit` binary (packages/cli/dist/bin.js) as a subprocess, as users run it. The
 * binary is (re)built when it is missing or older than the sources, so the tests never exercise a
 * stale build; the other packages' builds (which the binary imports) must exist (`pnpm build`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..', '..');
export const cliDir = join(root, 'packages', 'cli');
export const bin = join(cliDir, 'dist', 'bin.js');

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Makes sure the binary exists and is up to date; throws a clear message otherwise. */
export function ensureBuilt(): void {
  const missing = ['core', 'cpf', 'rnq', 'docs-gen'].filter((p) => !existsSync(join(root, 'packages', p, 'dist', 'index.js')));
  if (missing.length > 0) {
    throw new Error(`The CLI tests run the built packages; build them first with \`pnpm build\` (missing: ${missing.map((m) => `packages/${m}/dist`).join(', ')}).`);
  }
  if (!existsSync(bin) || statSync(bin).mtimeMs < newestMtime(join(cliDir, 'src'))) {
    execFileSync('pnpm', ['--filter', '@ofkit/cli', 'build'], { cwd: root, stdio: 'pipe' });
  }
  if (!existsSync(bin)) throw new Error('packages/cli/dist/bin.js is missing after `pnpm --filter @ofkit/cli build`.');
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly bytes: Buffer;
}

/** Runs `ofkit …args` from the repository root, with `input` on standard input. */
export function ofkit(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, env: options.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => {
      const bytes = Buffer.concat(out);
      resolvePromise({ status, stdout: bytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), bytes });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** JSON of a library result as the CLI prints it (undefined fields dropped, like JSON.stringify). */
export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
