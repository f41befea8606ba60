import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '@ofkit/docs-gen';
import { documentKindsMarkdown } from '../scripts/document-kinds.js';

// docs/document-kinds.md: one complete createDocument example per kind (run by the doctests).
describe('docs/document-kinds.md', () => {
  it('is what scripts/document-kinds.ts writes from the current fixtures (regenerate with `pnpm exec tsx scripts/document-kinds.ts`)', () => {
    expect(readFileSync(new URL('../docs/document-kinds.md', import.meta.url), 'utf8')).toBe(documentKindsMarkdown());
  });
  it('has an example for each of the 14 kinds', () => {
    const text = readFileSync(new URL('../docs/document-kinds.md', import.meta.url), 'utf8');
    for (const kind of DOCUMENT_KINDS) expect(text).toContain(`createDocument('${kind}', input)`);
  });
});
