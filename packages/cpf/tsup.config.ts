import { defineConfig } from 'tsup';

// One entry per capability besides the index, with code splitting: the index only re-exports, so a
// bundler (package.json has "sideEffects": false) drops the capabilities a user does not import.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    financing: 'src/financing/plan.ts',
    accrual: 'src/accrual/project.ts',
    dotation: 'src/dotation/status.ts',
    deadlines: 'src/platform/deadlines.ts',
    completion: 'src/platform/completion.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
