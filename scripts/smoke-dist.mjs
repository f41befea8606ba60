// Loads every built entry point of every package, as ESM and as CJS, from the published `exports`
// map (through the examples workspace, which depends on all packages), and calls one function of each.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const examples = new URL('../examples/package.json', import.meta.url);
const require = createRequire(fileURLToPath(examples));
const resolveFrom = (id) => require.resolve(id);
const entries = {
  '@ofkit/core': (m) => m.publicHolidays(2026).length === 11,
  '@ofkit/cpf': (m) => typeof m.planCpfFinancing === 'function',
  '@ofkit/rnq': (m) => typeof m.getReferential === 'function',
  '@ofkit/docs-gen': (m) => typeof m.renderHtml === 'function',
  '@ofkit/docs-gen/pdf': (m) => typeof m.renderPdf === 'function',
  '@ofkit/docs-gen/pdf-browser': (m) => typeof m.renderPdfInBrowser === 'function',
  '@ofkit/docs-gen/docx': (m) => typeof m.renderDocx === 'function',
  '@ofkit/docs-gen/ics': (m) => typeof m.convocationCalendar === 'function',
  '@ofkit/core/internal': (m) => typeof m.bilingual === 'function' && m.luhnValid('552120222') === true,
  '@ofkit/core/internal/base': (m) => m.publicHolidays(2026).length === 11 && !('SessionSchema' in m) && !('Money' in m),
  '@ofkit/core/internal/zod': (m) => m.object({ a: m.string() }).safeParse({ a: 1 }).error?.issues[0]?.code === 'invalid_type',
  '@ofkit/core/internal/zod-mini': (m) => m.object({ a: m.string() }).safeParse({ a: 'x' }).success === true,
  '@ofkit/docs-gen/internal': (m) => m.escapeHtml('<') === '&lt;',
};
let bad = 0;
for (const [id, ok] of Object.entries(entries)) {
  const cjs = require(id);
  const esm = await import(new URL(`file://${resolveFrom(id).replace(/\.cjs$/, '.js')}`).href);
  for (const [kind, mod] of [['cjs', cjs], ['esm', esm]]) {
    const good = ok(mod);
    if (!good) bad += 1;
    console.log(`${good ? 'ok  ' : 'FAIL'} ${id} (${kind})`);
  }
}
process.exit(bad ? 1 : 0);
