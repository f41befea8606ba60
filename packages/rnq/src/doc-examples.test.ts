/**
 * Runs every `@example` of the JSDoc in src/ (and the TypeScript blocks of README.md): imports are
 * mapped to the sources, and each line `expr; // <literal>` becomes an assertion that `expr`
 * equals the literal (strings, numbers, booleans, null, arrays of them).
 */
import * as core from '@ofkit/core';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as rnq from './index.js';

const here = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
  );
}

function examplesOf(text: string): string[] {
  const out: string[] = [];
  const re = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n'));
  return out;
}

const LITERAL = /^('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|null|\[\[[^\]]*\]\]|\[[^\]]*\])(?:\s|$)/;

function toChecked(example: string): { code: string; checks: number } {
  let checks = 0;
  const lines = example.split('\n').map((line) => {
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@ofkit\/(rnq|core)';$/.exec(line.trim());
    if (imp) return imp[1] ? '' : `const {${imp[2]}} = __${imp[3]};`;
    const m = /^(?!\s*(?:const|let|import|\/\/))(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (m) {
      const lit = LITERAL.exec(m[2]!.trim());
      if (lit) {
        checks++;
        return `__check(${m[1]}, ${lit[1]}, ${JSON.stringify(m[1]!.trim())});`;
      }
    }
    return line;
  });
  return { code: lines.join('\n'), checks };
}

function run(example: string): number {
  const { code, checks } = toChecked(example);
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  const check = (actual: unknown, expected: unknown, what: string) => expect(actual, what).toEqual(expected);
  new Function('__rnq', '__core', '__check', js)(rnq, core, check);
  return checks;
}

describe('JSDoc @example blocks run and their commented values hold', () => {
  const files = sources(here);
  let total = 0;
  for (const f of files) {
    const examples = examplesOf(readFileSync(f, 'utf8'));
    examples.forEach((ex, i) => {
      it(`${f.slice(here.length + 1)} #${i + 1}`, () => {
        total += run(ex);
      });
    });
  }
  it('checked a meaningful number of values', () => {
    expect(total).toBeGreaterThan(25);
  });
});

describe('README TypeScript blocks run', () => {
  const readme = readFileSync(join(here, '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  blocks.forEach((b, i) => it(`README block ${i + 1}`, () => void run(b)));
});
