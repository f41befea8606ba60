import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Guards the packages' tree-shakability (ARCHITECTURE principle 8: importing one function must not
// pull the others; PDF sits behind its own subpath). Bundles a one-line consumer from the sources
// with esbuild, as a user's bundler would, and checks what ends up in it. Sizes are bytes, not time.
const root = resolve(import.meta.dirname, '..');
const src = (p: string) => resolve(root, 'packages', p);

async function bundle(code: string): Promise<string> {
  const r = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

describe('tree-shaking', () => {
  it('a core identifier check does not pull zod, decimal.js or the calendar', async () => {
    const out = await bundle(`import { validateSiret } from '${src('core/src/index.ts')}'; console.log(validateSiret('73282932000074'));`);
    expect(out.length).toBeLessThan(10_000);
    expect(out).not.toMatch(/ZodError|\$ZodType/);
    expect(out).not.toMatch(/DecimalError/);
    expect(out).not.toMatch(/Europe\/Paris/);
  });

  it('renderHtml from docs-gen does not pull pdfmake, pdfkit or fontkit', async () => {
    const out = await bundle(`import { renderHtml } from '${src('docs-gen/src/index.ts')}'; console.log(renderHtml);`);
    expect(out).not.toMatch(/pdfmake|pdfkit|fontkit/i);
    expect(out.length).toBeLessThan(50_000);
  });

  it('assessReadiness from rnq is ≤ 120 kB minified, without decimal.js, zod or the rule-set checks (issue 13)', async () => {
    const out = await bundle(`import { assessReadiness } from '${src('rnq/src/index.ts')}'; console.log(assessReadiness);`);
    // 2026-12-06: 120 000 raised by +4 382 B, exactly the English labels and notes (labelEn, noteEn)
    // of the 18 parameters of rnqRules, so that law-parameter warnings are English in messageEn
    // (117 791 B before, 118 899 B with core’s code that reads them, 123 281 B with the texts).
    // Back to 120 000: 119 709 B once the shipped rule sets are frozen by `shippedRuleSet`, without
    // defineRuleSet's checks and their messages (checked by test/shipped-rule-sets.test.ts instead).
    expect(out.length).toBeLessThanOrEqual(120_000);
    expect(out).not.toMatch(/Au moins une valeur datée est requise/);
    expect(out).not.toMatch(/DecimalError/);
    expect(out).not.toMatch(/ZodError|\$ZodType/);
  });

  it('planCpfFinancing alone: zod/mini only, no decimal.js, no zod locale, and no bigger than today (regression guard)', async () => {
    const out = await bundle(`import { planCpfFinancing } from '${src('cpf/src/index.ts')}'; console.log(planCpfFinancing);`);
    expect(out).not.toMatch(/DecimalError/);
    // Only the two locales ofkit uses (packages/core/src/errors/validate.ts), never the other 60.
    expect(out).not.toMatch(/Ungültige Eingabe|Entrada inválida/);
    // The request, its amounts and dates and the options are zod/mini schemas: zod classic (its
    // methods, its JSON Schema processors) is not in the bundle. Each zod class is made by
    // `$constructor("<name>", …)`: "ZodMiniObject" is mini's, "ZodObject" classic's ("$ZodObject" the core's).
    expect(out).toMatch(/["']ZodMiniObject["']/);
    expect(out).not.toMatch(/["'](ZodObject|ZodString|ZodPipe|ZodOptional)["']/);
    // History: 167 kB on 2026-12-05 (zod classic ≈ 97 kB of it); raised step by step to 188 000 on
    // 2026-12-06 for the English of every step (+5.7 kB of text) and the compiled windows and one-pass
    // decision (+4.9 kB of code). 120 228 B on 2026-12-06 once the CPF request, amounts, dates and
    // options moved to zod/mini (zod 97 → 32 kB). Issue 13's target is 80 kB, not met: 54 kB of the
    // bundle is string literals (the French and English wording of every step, 22.7 kB; the legal
    // references, 8.8 kB; zod's two locales, 5.8 kB). This bound only stops it growing.
    // 2026-12-06: +3 387 B, exactly the English labels and notes (labelEn, noteEn) of the 12
    // parameters of cpfFinancingRules, so that law-parameter warnings are English in messageEn
    // (121 514 B with the code that reads them, 124 901 B with the texts). 121 082 B once the shipped
    // rule sets are frozen by `shippedRuleSet` (defineRuleSet's checks and messages left out).
    // 2026-12-07: 122 746 B (+1 664 B) for the references the plan cites by purchase date: versions
    // 6–8 of L. 6323-4 (three references with their titles), the dated lookup of refs.ts and the
    // per-version reference lists of financing/plan-refs.ts. 123 684 B (+938 B) when R. 6333-3,
    // L. 6333-1, L. 5421-4 and R. 6323-42-1 are also cited by date (three more references, four more
    // version tables); 123 906 B with D. 6323-8 (the co-financing references, no longer an array built
    // per warning); 124 813 B (+907 B) for the dated windows of `cpf.participation.exemptions` (their
    // notes in French and English: before décret 2024-394, and provisional since R. 6323 changed on
    // 2 April 2026).
    expect(out.length).toBeLessThan(125_000);
    expect(out).not.toMatch(/Au moins une valeur datée est requise/);
  });

  it('the browser build of every main entry has no Node built-in', async () => {
    for (const pkg of ['core', 'cpf', 'rnq', 'docs-gen']) {
      const r = await build({
        entryPoints: [src(`${pkg}/src/index.ts`)],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      });
      const out = r.outputFiles[0]!.text;
      expect(out, pkg).not.toMatch(/from\s*["']node:|require\(["'](fs|path|stream|zlib|buffer|events|util)["']\)/);
    }
  });
});
