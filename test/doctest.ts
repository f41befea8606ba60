/**
 * Doctests: every ```ts block of a JSDoc `@example` in packages/<pkg>/src and of the Markdown docs
 * (package READMEs, docs/) is turned into a module and run. A statement line ending in a comment that
 * reads as a value becomes an assertion:
 *
 *   addMonths('2026-01-31', 1); // '2026-02-28'          → expect(…).toEqual('2026-02-28')
 *   toParisDateTime(x); // { date: '2026-03-29', … }      → expect(…).toMatchObject({ date: '2026-03-29' })
 *   money(0.1 + 0.2); // throws …                         → expect(() => …).toThrow()
 *   isCivilDate('2028-02-29'); // true (leap year)        → a trailing "(…)" remark is ignored
 *
 * Comments that do not read as a value are left alone. Blocks containing `doctest: skip` are skipped.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Doctest {
  readonly file: string;
  readonly line: number;
  readonly source: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'api') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Finds the code blocks to run. */
export function collectDoctests(root: string): Doctest[] {
  const tests: Doctest[] = [];
  const files = [
    ...walk(join(root, 'packages')).filter((f) => /\/src\/.*\.ts$/.test(f) && !f.endsWith('.test.ts')),
    ...walk(join(root, 'packages')).filter((f) => /packages\/[^/]+\/README\.md$/.test(f)),
    ...walk(join(root, 'docs')).filter((f) => f.endsWith('.md')),
    join(root, 'README.md'),
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const isMd = file.endsWith('.md');
    const re = isMd ? /```(?:ts|typescript)\n([\s\S]*?)```/g : /```ts\n([\s\S]*?)```/g;
    for (const m of text.matchAll(re)) {
      let block = m[1]!;
      if (!isMd) block = block.replace(/^[ \t]*\* ?/gm, '');
      if (/doctest: skip/.test(block)) continue;
      if (!/from '@ofkit\//.test(block)) continue;
      const line = text.slice(0, m.index).split('\n').length;
      tests.push({ file: relative(root, file), line, source: block });
    }
  }
  return tests;
}

function parses(expr: string): boolean {
  try {
    new Function(`return (${expr});`);
    return true;
  } catch {
    return false;
  }
}

/** Strips an ellipsis from an object/array literal, returning it and whether it was partial. */
function stripEllipsis(expr: string): { expr: string; partial: boolean } {
  if (!expr.includes('…')) return { expr, partial: false };
  const e = expr.replace(/,\s*…/g, '').replace(/…\s*,?/g, '');
  return { expr: e, partial: true };
}

/** Turns an example into a module body with assertions. */
export function toModule(source: string): { code: string; assertions: number } {
  const imports: string[] = [];
  const body: string[] = [];
  let assertions = 0;
  let depth = 0;
  for (const raw of source.split('\n')) {
    if (/^\s*import\s/.test(raw)) {
      imports.push(raw);
      continue;
    }
    const m = /^(\s*)(.*?);\s*\/\/\s*(.+)$/.exec(raw);
    if (depth === 0 && m && !/^\s*\/\//.test(raw) && m[2] && !/^(const|let|var|type|interface|export)\b/.test(m[2].trim())) {
      const [, indent, stmt, comment] = m as unknown as [string, string, string, string];
      const expression = stmt.replace(/^await\s+/, 'await ');
      if (/^throws\b/i.test(comment)) {
        body.push(`${indent}await __expectThrows(async () => { ${expression}; }, ${JSON.stringify(raw.trim())});`);
        assertions += 1;
        continue;
      }
      let c = comment.trim();
      const remark = /^(.*?)\s+\([^()]*\)\s*$/.exec(c);
      if (remark && parses(remark[1]!)) c = remark[1]!;
      const { expr, partial } = stripEllipsis(c);
      if (parses(expr) && !/^[A-Za-z_$][\w$]*\s*\(/.test(expr) && !/^[A-Za-z_$][\w$]*$/.test(expr.trim())) {
        body.push(`${indent}__check(${partial ? 'true' : 'false'}, await (async () => (${expression}))(), (${expr}), ${JSON.stringify(raw.trim())});`);
        assertions += 1;
        continue;
      }
    }
    depth += (raw.match(/[{([]/g)?.length ?? 0) - (raw.match(/[})\]]/g)?.length ?? 0);
    if (depth < 0) depth = 0;
    body.push(raw);
  }
  const prelude = `import { expect } from 'vitest';
function __norm(actual: unknown, expected: unknown): unknown {
  if (typeof expected === 'string' && actual !== null && typeof actual === 'object' && typeof (actual as { toJSON?: unknown }).toJSON === 'function') return (actual as { toJSON(): unknown }).toJSON();
  return JSON.parse(JSON.stringify(actual ?? null));
}
function __check(partial: boolean, actual: unknown, expected: unknown, line: string): void {
  const a = __norm(actual, expected);
  if (partial) expect(a, line).toMatchObject(expected as object);
  else expect(a, line).toEqual(expected);
}
async function __expectThrows(fn: () => Promise<unknown>, line: string): Promise<void> {
  let threw = false;
  try { await fn(); } catch { threw = true; }
  expect(threw, line + ' should throw').toBe(true);
}
`;
  return { code: `${imports.join('\n')}\n${prelude}\n${body.join('\n')}\nexport {};\n`, assertions };
}
