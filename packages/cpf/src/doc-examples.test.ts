/**
 * Runs every `@example` of the package's JSDoc and every `ts` block of its README: imports of `@ofkit/cpf` and `@ofkit/core` are bound
 * to the sources, and each line written `expression; // value` is checked against that value.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as core from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import * as cpf from './index.js';

const root = fileURLToPath(new URL('.', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const EXPECTED = /^(\s*)(.+?);\s*\/\/\s*(.+)$/;

function literalPrefix(text: string): string | undefined {
  // The longest prefix of the comment that is a JavaScript literal ('x', 12, true, [..], {..}).
  for (let end = text.length; end > 0; end--) {
    const candidate = text.slice(0, end).trim();
    if (!/^['"[{\d-]|^(true|false|undefined|null)$/.test(candidate)) continue;
    try {
      new Function(`return (${candidate});`)();
      return candidate;
    } catch {
      // keep shortening
    }
  }
  return undefined;
}

const examples: Array<{ name: string; code: string }> = [];
for (const file of files(root)) {
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
    const code = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
    examples.push({ name: `${file.slice(root.length)} #${examples.length + 1}`, code });
  }
}

function compile(code: string): string {
  const lines = code.split('\n').map((line) => {
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(@ofkit\/(?:cpf|core))';?$/.exec(line.trim());
    if (imp) return imp[1] ? '' : `const {${imp[2]}} = ${imp[3] === '@ofkit/cpf' ? '__cpf' : '__core'};`;
    const m = EXPECTED.exec(line);
    if (m && !m[2]!.trim().startsWith('//')) {
      const lit = literalPrefix(m[3]!);
      if (lit !== undefined) return `${m[1]}__check(${m[2]}, ${lit}, ${JSON.stringify(line.trim())});`;
    }
    return line;
  });
  return ts.transpileModule(lines.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
}

const readme = readFileSync(join(root, '..', 'README.md'), 'utf8');
for (const m of readme.matchAll(/```ts\n([\s\S]*?)\n```/g)) examples.push({ name: `README.md #${examples.length + 1}`, code: m[1]! });

describe('JSDoc and README examples run and print what they say', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });
  it.each(examples.map((e) => [e.name, e] as const))('%s', (_n, e) => {
    let checks = 0;
    const check = (actual: unknown, expected: unknown, line: string) => {
      checks++;
      expect(actual, line).toEqual(expected);
    };
    new Function('__cpf', '__core', '__check', compile(e.code))(cpf, core, check);
    expect(checks).toBeGreaterThan(0);
  });
});
