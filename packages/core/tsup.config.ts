import { defineConfig } from 'tsup';

// `internal` is the `@ofkit/core/internal` subpath (helpers shared by the ofkit packages, not public).
// One entry per capability besides the index, with code splitting: the index only re-exports, so a
// bundler (package.json has "sideEffects": false) drops the capabilities a user does not import, and
// with them their dependencies' module-level code (@date-fns/tz patches Date methods at import and
// declares no "sideEffects", so one shared file would keep it in every bundle).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    errors: 'src/errors/index.ts',
    law: 'src/law/index.ts',
    money: 'src/money/index.ts',
    calendar: 'src/calendar/index.ts',
    identifiers: 'src/identifiers/index.ts',
    schemas: 'src/schemas/index.ts',
    internal: 'src/internal.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', internal: 'src/internal.ts' } },
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
