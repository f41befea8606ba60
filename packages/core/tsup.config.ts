import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

// Rewrites of three zod modules, so that a user's bundler can drop from our build what it dropped
// from the `zod` package (there, whole modules go when unused: zod's package.json declares them free
// of side effects; bundled into our chunks, only statements can go, and only pure ones):
// - zod's schemas reach the `util` helpers through zod's index in two places, `import { util } from
//   "../core/index.js"` (classic) and `core.util.constantCatch(…)` (classic and mini), where every
//   other use is `import * as util from "./util.js"`. The first forms make esbuild build the namespace
//   object (`util_exports`, an `__export` call naming every helper), after which no helper can be
//   dropped: +11 kB in the bundle of docs-gen's `renderHtml` (zod/mini only). Same bindings.
// - the global registry is created by a bare statement at import (`globalThis.__zod_globalRegistry ??=
//   registry()`), which kept `$ZodRegistry` in every bundle, zod/mini ones included (+0.7 kB). Made a
//   pure expression: still evaluated at import in Node, dropped by a bundler when nothing uses it.
// Each rewrite fails the build if its text is gone (zod upgraded): then check the bundle sizes.
const ZOD_REWRITES: [RegExp, [string, string][]][] = [
  [/[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/, [
    ['import { util } from "../core/index.js";', 'import * as util from "../core/util.js";'],
    ['core.util.constantCatch(', 'util.constantCatch('],
  ]],
  [/[\\/]zod[\\/]v4[\\/]mini[\\/]schemas\.js$/, [['core.util.constantCatch(', 'util.constantCatch(']]],
  [/[\\/]zod[\\/]v4[\\/]core[\\/]registries\.js$/, [[
    '(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());\nexport const globalRegistry = globalThis.__zod_globalRegistry;',
    'export const globalRegistry = /* @__PURE__ */ (() => { const g = globalThis; return g.__zod_globalRegistry ?? (g.__zod_globalRegistry = registry()); })();',
  ]]],
];
const zodRewrites: Plugin = {
  name: 'zod-rewrites',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/](classic|mini|core)[\\/](schemas|registries)\.js$/ }, async (args) => {
      const rewrites = ZOD_REWRITES.find(([file]) => file.test(args.path))?.[1];
      if (!rewrites) return undefined;
      let text = await readFile(args.path, 'utf8');
      for (const [from, to] of rewrites) {
        if (!text.includes(from)) throw new Error(`zod-rewrites: ${args.path} no longer has \`${from}\` (zod upgraded?): check the bundle sizes, then update or drop this rewrite.`);
        text = text.replaceAll(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

// Two builds of the same sources (issue 13, cold start), chosen by the `exports` map:
//
// - `dist/` (condition `node` under `import`, and `require`: Node, Deno, Bun, bundlers targeting
//   Node): few files. Node tree-shakes nothing and pays for every module it resolves, reads and
//   compiles: the index and the `internal` subpaths only, with their shared chunks, and @date-fns/tz
//   inlined (used inside the calendar only, no TZDate is returned; 8 modules fewer).
// - `dist/bundler/` (`import` otherwise: bundlers for the browser or a neutral platform): one entry
//   per capability besides the index, with code splitting: the index only re-exports, so a bundler
//   (package.json has "sideEffects": false) drops the capabilities a user does not import, and with
//   them their dependencies' module-level code (@date-fns/tz patches Date methods at import and
//   declares no "sideEffects", so one shared file would keep it in every bundle).
//
// In both, zod is bundled, not external: Node loaded every module of the `zod` package at import —
// its ~64 locale modules among them (the classic index re-exports `locales`), about 100 files and
// 80 ms. Bundled, only what ofkit uses stays (zod's package.json declares its modules free of side
// effects), with the two locales ofkit speaks (fr, en). The other packages take zod from here
// (`internal/zod`, `internal/zod-mini`), so there is one zod per process and per bundle. The type
// declarations (one set, for both builds) still refer to the `zod` package, a dependency pinned to
// the version bundled. `internal` is the `@ofkit/core/internal` subpath (helpers shared by the
// ofkit packages, not public); `internal/base` is everything the index exports but the public zod
// schemas and the money module, for packages that do not use them (`@ofkit/cpf`, `@ofkit/rnq`): in
// Node, the index builds the schemas at import, and the money module loads decimal.js.
const subpaths = {
  index: 'src/index.ts',
  internal: 'src/internal.ts',
  'internal/base': 'src/base.ts',
  'internal/zod': 'src/vendor/zod.ts',
  'internal/zod-mini': 'src/vendor/zod-mini.ts',
};
const common = {
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  esbuildPlugins: [zodRewrites],
} as const;

export default defineConfig([
  {
    ...common,
    entry: subpaths,
    format: ['esm', 'cjs'],
    dts: { entry: subpaths },
    noExternal: ['zod', '@date-fns/tz'],
    outDir: 'dist',
    clean: ['!bundler/**'],
  },
  {
    ...common,
    entry: {
      ...subpaths,
      errors: 'src/errors/index.ts',
      law: 'src/law/index.ts',
      money: 'src/money/index.ts',
      calendar: 'src/calendar/index.ts',
      identifiers: 'src/identifiers/index.ts',
      schemas: 'src/schemas/index.ts',
    },
    format: ['esm'],
    noExternal: ['zod'],
    outDir: 'dist/bundler',
    clean: true,
  },
]);
