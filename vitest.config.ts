import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

// Tests run against the TypeScript sources (no build needed); the published builds are checked by
// `pnpm check` (publint + attw) and exercised by `pnpm demo`.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@ofkit\/docs-gen\/pdf$/, replacement: src('docs-gen/src/pdf/index.ts') },
      { find: /^@ofkit\/docs-gen\/pdf-browser$/, replacement: src('docs-gen/src/pdf/browser.ts') },
      { find: /^@ofkit\/docs-gen\/docx$/, replacement: src('docs-gen/src/docx/index.ts') },
      { find: /^@ofkit\/docs-gen\/ics$/, replacement: src('docs-gen/src/ics/index.ts') },
      { find: /^@ofkit\/core\/internal\/(zod|zod-mini)$/, replacement: src('core/src/vendor/$1.ts') },
      { find: /^@ofkit\/core\/internal\/base$/, replacement: src('core/src/base.ts') },
      { find: /^@ofkit\/(core|docs-gen)\/internal$/, replacement: src('$1/src/internal.ts') },
      { find: /^@ofkit\/(core|cpf|rnq|docs-gen|cli)$/, replacement: src('$1/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
