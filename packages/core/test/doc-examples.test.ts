/**
 * Runs every JSDoc `@example` of core's errors, law, money, calendar and identifiers modules, and
 * checks the values their comments announce: `expr; // 'value'` (also over following comment
 * lines, and `…` in an object for "and other fields"), and `// expr throws`. An example that no
 * longer runs, or whose announced value is wrong, fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as core from '../src/index.js';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const FOLDERS = ['errors', 'law', 'money', 'calendar', 'identifiers'];

interface Example {
  file: string;
  symbol: string;
  code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const folder of FOLDERS) {
    for (const f of readdirSync(join(srcDir, folder))) {
      if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
      const text = readFileSync(join(srcDir, folder, f), 'utf8');
      const re = /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type|static|get)?\s*([\w$#]+)?/g;
      for (const m of text.matchAll(re)) {
        const doc = m[1]!
          .split('\n')
          .map((l) => l.replace(/^\s*\* ?/, ''))
          .join('\n');
        for (const ex of doc.matchAll(/@example\s*```ts\n([\s\S]*?)```/g)) {
          out.push({ file: relative(srcDir, join(srcDir, folder, f)), symbol: m[2] ?? '?', code: ex[1]! });
        }
      }
    }
  }
  return out;
}

/** The JavaScript literal at the start of `s` (string, number, boolean, array or object), or undefined. */
function literalPrefix(s: string): { text: string; complete: boolean } | undefined {
  const simple = /^(-?\d+(?:\.\d+)?|true|false|undefined|null)\b/.exec(s);
  if (simple) return { text: simple[1]!, complete: true };
  const c = s[0];
  if (c !== "'" && c !== '"' && c !== '[' && c !== '{') return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) {
        quote = undefined;
        if (depth === 0) return { text: s.slice(0, i + 1), complete: true };
      }
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return { text: s.slice(0, i + 1), complete: true };
    }
  }
  return { text: s, complete: false };
}

/** Rewrites an example into a script that calls __check/__throws; returns it and the number of checks. */
function instrument(code: string): { script: string; checks: number } {
  const lines = code.split('\n');
  const out: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';\s*$/.exec(line);
    if (imp) {
      if (imp[1]) continue;
      const names = imp[2]!
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !n.startsWith('type '));
      const from = imp[3] === '@ofkit/core' ? '__core' : imp[3] === 'zod' ? '__zod' : undefined;
      if (!from) throw new Error(`unexpected import in example: ${line}`);
      out.push(`const { ${names.join(', ')} } = ${from};`);
      continue;
    }
    const thrower = /^\s*\/\/\s*(.+?)\s+throws\b/.exec(line);
    if (thrower && !/^\s*\/\/\s*[A-Z]/.test(line)) {
      out.push(`__throws(() => { ${thrower[1]}; });`);
      checks++;
      continue;
    }
    const m = /^(\s*)([^/].*?;)\s*\/\/\s?(.*)$/.exec(line);
    let stmt: string | undefined;
    let comment: string | undefined;
    let indent = '';
    if (m && !/^\s*(const|let|var|import|try|if|for|}|\{)\b/.test(m[2]!)) {
      indent = m[1]!;
      stmt = m[2]!;
      comment = m[3]!;
    } else if (/^(\s*)([^/].*;)\s*$/.test(line) && !/^\s*(const|let|var|import|try|if|for|})/.test(line) && /^\s*\/\/\s*[[{'"]/.test(lines[i + 1] ?? '')) {
      const mm = /^(\s*)(.*;)\s*$/.exec(line)!;
      indent = mm[1]!;
      stmt = mm[2]!;
      comment = lines[++i]!.replace(/^\s*\/\/\s?/, '');
    }
    if (stmt === undefined || comment === undefined) {
      out.push(line);
      continue;
    }
    let lit = literalPrefix(comment.trim());
    if (!lit) {
      // a remark; the value may follow on the next comment line
      if (/^\s*\/\/\s*[[{'"]/.test(lines[i + 1] ?? '')) lit = literalPrefix(lines[++i]!.replace(/^\s*\/\/\s*/, ''));
      if (!lit) {
        out.push(line);
        continue;
      }
    }
    let text = lit.text;
    while (!lit.complete && /^\s*\/\//.test(lines[i + 1] ?? '')) {
      text += ` ${lines[++i]!.replace(/^\s*\/\/\s*/, '')}`;
      lit = literalPrefix(text)!;
      text = lit.text;
    }
    const partial = text.includes('…');
    const expected = text.replace(/,?\s*…/g, '');
    const expr = stmt.replace(/;$/, '').replace(/^console\.log\(([\s\S]*)\)$/, '$1');
    out.push(`${indent}__check(${expr}, ${expected}, ${partial}, ${JSON.stringify(line.trim())});`);
    checks++;
  }
  return { script: out.join('\n'), checks };
}

const normalise = (v: unknown): unknown => {
  if (typeof v === 'string') return v.replace(/[\u202F\u00A0]/g, ' ');
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  }
  return v;
};

const all = examples();

describe('JSDoc @example blocks of core', () => {
  it('there are examples to run', () => {
    expect(all.length).toBeGreaterThan(40);
  });

  for (const ex of all) {
    it(`${ex.file} ${ex.symbol}`, () => {
      runExample(ex.code);
    });
  }

  it('the runner itself fails on a wrong announced value, a missing throw, and counts checks', () => {
    expect(() => runExample("import { addDays } from '@ofkit/core';\naddDays('2028-02-28', 1); // '2028-03-01'")).toThrow();
    expect(() => runExample("import { addDays } from '@ofkit/core';\n// addDays('2028-02-28', 1) throws")).toThrow();
    expect(runExample("import { addDays } from '@ofkit/core';\naddDays('2028-02-28', 1); // '2028-02-29' (leap)\n// addDays('2028-02-30', 1) throws")).toBe(2);
    expect(runExample("import { formatEur } from '@ofkit/core';\nformatEur('1296.8'); // '1 296,80 €'")).toBe(1);
    expect(runExample("import { toParisDateTime } from '@ofkit/core';\ntoParisDateTime('2026-06-01T10:00:00Z');\n// { date: '2026-06-01',\n//   time: '12:00:00', … }")).toBe(1);
    expect(() => runExample("import { toParisDateTime } from '@ofkit/core';\ntoParisDateTime('2026-06-01T10:00:00Z');\n// { date: '2026-06-02', … }")).toThrow();
  });
});

/** Runs one example; returns the number of checks made (all of those announced). */
function runExample(code: string): number {
  const { script, checks } = instrument(code);
  const js = ts.transpileModule(script, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  let ran = 0;
  const __check = (actual: unknown, expected: unknown, partial: boolean, where: string) => {
    ran++;
    const a = normalise(actual);
    const e = normalise(expected);
    if (partial) expect(a, where).toMatchObject(e as object);
    else expect(a, where).toEqual(e);
  };
  const __throws = (f: () => unknown) => {
    ran++;
    expect(f).toThrow(core.OfkitError);
  };
  new Function('__core', '__zod', '__check', '__throws', js)(core, zod, __check, __throws);
  expect(ran, `checks run in:\n${script}`).toBe(checks);
  return ran;
}
