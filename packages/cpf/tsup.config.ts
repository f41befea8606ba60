import { defineConfig } from 'tsup';

// Two builds of the same sources (issue 13, cold start), chosen by the `exports` map:
//
// - `dist/` (condition `node` under `import`, and `require`: Node, Deno, Bun, bundlers targeting
//   Node): one file per format. Node tree-shakes nothing and pays for every module it resolves,
//   reads and compiles.
// - `dist/bundler/` (`import` otherwise: bundlers for the browser or a neutral platform): one entry
//   per capability besides the index, with code splitting: the index only re-exports, so a bundler
//   (package.json has "sideEffects": false) drops the capabilities a user does not import.
//
// zod comes from `@ofkit/core/internal/zod` (external, like every dependency): one zod per process.
const common = {
  sourcemap: false,
  treeshake: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
} as const;

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    splitting: false,
    outDir: 'dist',
    clean: ['!bundler/**'],
  },
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      financing: 'src/financing/plan.ts',
      accrual: 'src/accrual/project.ts',
      dotation: 'src/dotation/status.ts',
      deadlines: 'src/platform/deadlines.ts',
      completion: 'src/platform/completion.ts',
    },
    format: ['esm'],
    splitting: true,
    outDir: 'dist/bundler',
    clean: true,
  },
]);
