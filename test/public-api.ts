/**
 * The public API of each package (issue 14 §1): what its entries export, read with the TypeScript
 * compiler from the source entry files (runtime values and type-only names apart), and what its
 * README lists under `## Public API`. `test/public-api.test.ts` compares them; `pnpm public-api`
 * (scripts/public-api.ts) prints the lists to paste into a README after a deliberate change.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every public entry (package.json `exports`, minus `./internal` and `./package.json`), by package. */
export const PUBLIC_ENTRIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  core: { '@ofkit/core': 'packages/core/src/index.ts' },
  cpf: { '@ofkit/cpf': 'packages/cpf/src/index.ts' },
  rnq: { '@ofkit/rnq': 'packages/rnq/src/index.ts' },
  'docs-gen': {
    '@ofkit/docs-gen': 'packages/docs-gen/src/index.ts',
    '@ofkit/docs-gen/pdf': 'packages/docs-gen/src/pdf/index.ts',
    '@ofkit/docs-gen/pdf-browser': 'packages/docs-gen/src/pdf/browser.ts',
    '@ofkit/docs-gen/docx': 'packages/docs-gen/src/docx/index.ts',
    '@ofkit/docs-gen/ics': 'packages/docs-gen/src/ics/index.ts',
  },
  cli: { '@ofkit/cli': 'packages/cli/src/index.ts' },
};

export interface EntryExports {
  /** Names with a runtime value (functions, classes, constants, schemas). */
  readonly values: string[];
  /** Type-only names (interfaces, type aliases). A class is a value. */
  readonly types: string[];
}

/** Reads every entry's exports with the compiler (the repository's tsconfig paths resolve `@ofkit/*`). */
export function sourceExports(): Record<string, EntryExports> {
  const configPath = join(ROOT, 'tsconfig.base.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = Object.values(PUBLIC_ENTRIES).flatMap((e) => Object.values(e).map((f) => join(ROOT, f)));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, types: ['node'] });
  const checker = program.getTypeChecker();
  const out: Record<string, EntryExports> = {};
  for (const entries of Object.values(PUBLIC_ENTRIES)) {
    for (const [entry, file] of Object.entries(entries)) {
      const sf = program.getSourceFile(join(ROOT, file));
      if (!sf) throw new Error(`${file}: not in the program`);
      const mod = checker.getSymbolAtLocation(sf);
      if (!mod) throw new Error(`${file}: no module symbol`);
      const values: string[] = [];
      const types: string[] = [];
      for (const sym of checker.getExportsOfModule(mod)) {
        const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
        (target.flags & ts.SymbolFlags.Value ? values : types).push(sym.getName());
      }
      out[entry] = { values: values.sort(), types: types.sort() };
    }
  }
  return out;
}

/**
 * The names a README lists under `## Public API`, by entry. Inside that section, each `###` heading
 * names its entry in backticks (`@ofkit/…`; the package's main entry when absent) and says whether
 * it lists types (a heading containing "Types"); each bullet starts with one export name in backticks.
 */
export function readmeLists(pkg: string): Record<string, EntryExports> {
  const text = readFileSync(join(ROOT, 'packages', pkg, 'README.md'), 'utf8');
  const start = text.search(/^## Public API\s*$/m);
  if (start < 0) throw new Error(`packages/${pkg}/README.md has no "## Public API" section`);
  const rest = text.slice(start).split('\n').slice(1);
  const main = Object.keys(PUBLIC_ENTRIES[pkg]!)[0]!;
  const out: Record<string, { values: string[]; types: string[] }> = {};
  let entry = main;
  let types = false;
  for (const line of rest) {
    if (/^#{1,2} /.test(line)) break;
    const h = /^### (.*)$/.exec(line);
    if (h) {
      entry = /`(@ofkit\/[^`]+)`/.exec(h[1]!)?.[1] ?? main;
      types = /\bTypes\b/.test(h[1]!);
      continue;
    }
    const b = /^- `([A-Za-z_$][\w$]*)`/.exec(line);
    if (!b) continue;
    const e = (out[entry] ??= { values: [], types: [] });
    (types ? e.types : e.values).push(b[1]!);
  }
  for (const e of Object.values(out)) {
    e.values.sort();
    e.types.sort();
  }
  return out;
}
