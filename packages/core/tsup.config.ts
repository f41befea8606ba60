import { defineConfig } from 'tsup';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

// zod publishes each locale as `en.js` (ESM) and `en.cjs`, and its `./v4/locales/*` export maps
// `require` to the same file name: the CommonJS build must ask for the `.cjs` file, or Node < 20.19
// (no require of ES modules) fails to load `@ofkit/core` with ERR_REQUIRE_ESM. tsup marks the
// dependency external before any plugin sees it, so the built files are rewritten once written.
function zodLocalesAsCjs(): void {
  for (const f of readdirSync('dist').filter((n) => n.endsWith('.cjs'))) {
    const text = readFileSync(`dist/${f}`, 'utf8');
    const fixed = text.replace(/require\((['"])zod\/v4\/locales\/([a-z-]+)\.js\1\)/g, "require('zod/v4/locales/$2.cjs')");
    if (fixed !== text) writeFileSync(`dist/${f}`, fixed);
  }
}

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
  onSuccess: async () => zodLocalesAsCjs(),
});
