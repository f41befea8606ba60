import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDoctests, toModule } from './doctest.js';

const root = resolve(import.meta.dirname, '..');
// Inside docs-gen's node_modules so that the examples resolve the packages docs-gen depends on (zod, pdfmake…).
const tmp = join(root, 'packages', 'docs-gen', 'node_modules', '.doctest');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const tests = collectDoctests(root);

describe('doctests (JSDoc @example and Markdown code blocks run, value comments asserted)', () => {
  it('finds examples to run', () => {
    expect(tests.length).toBeGreaterThan(50);
  });
  tests.forEach((t, i) => {
    it(`${t.file}:${t.line}`, async () => {
      const { code } = toModule(t.source);
      const file = join(tmp, `ex${i}.ts`);
      writeFileSync(file, code);
      await import(file);
    });
  });
});
