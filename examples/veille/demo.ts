/**
 * `pnpm demo` — veille: writes this year's legal and regulatory watch digest for the sample OF
 * (1 January to 5 December 2026, the date of the digest) in HTML and Markdown under out/veille/,
 * from the law ofkit ships (`lawChanges` over every package's law catalogue). The date is fixed,
 * not read from the clock, so the demo gives the same file every run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument, frDate, renderHtml, renderMarkdown } from '@ofkit/docs-gen';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const out = join(root, 'out', 'veille');
mkdirSync(out, { recursive: true });

// The sample OF (core Organisation record of examples/data/session, as for the session's documents).
const organisation = JSON.parse(readFileSync(join(here, '..', 'data', 'session', 'organisation.json'), 'utf8'));
const date = '2026-12-05';
const doc = createDocument('veille-reglementaire', {
  organisation,
  date,
  period: { from: '2026-01-01', to: date },
  actions: [
    'Participation forfaitaire 2026 (103,20 €) reportée dans les devis et les conditions générales de vente.',
    'Offre de bilans de compétences et de permis B revue au regard des plafonds du 26 février 2026.',
    'Plan de passage au référentiel qualité de 2026 avant le prochain audit.',
  ],
});
writeFileSync(join(out, 'veille-2026.html'), renderHtml(doc));
writeFileSync(join(out, 'veille-2026.md'), renderMarkdown(doc));
const changes = doc.explanation.find((s) => s.code === 'LAW_CHANGES_LISTED');
console.log(`Veille réglementaire du ${frDate(date)} pour ${organisation.name} : ${changes?.label}.`);
console.log(`→ out/veille/veille-2026.html, out/veille/veille-2026.md`);
