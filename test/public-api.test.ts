/**
 * Issue 14 §1: nothing becomes public by accident. Each package README lists its public API under
 * `## Public API`; this test fails when an entry exports a name the list does not have, or the list
 * has a name the entry does not export — runtime values checked on the imported module itself, type
 * names on the entry's exports as the TypeScript compiler reads them. A deliberate change: update the
 * README (`tsx scripts/public-api.ts <package>` prints the lists) and add a changeset.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_ENTRIES, readmeLists, sourceExports } from './public-api.js';

const INTERNAL_HELPERS = ['bilingual', 'issuesFromZod', 'formatPath', 'luhnValid', 'dedupeWarnings', 'walkBlocks', 'escapeHtml', 'escapeMarkdown'];

describe('public API (README "## Public API" lists)', () => {
  const compiled = sourceExports();

  for (const [pkg, entries] of Object.entries(PUBLIC_ENTRIES)) {
    describe(pkg, () => {
      const listed = readmeLists(pkg);

      it('lists exactly the entries the package exports', () => {
        expect(Object.keys(listed).sort()).toEqual(Object.keys(entries).sort());
      });

      for (const [entry, file] of Object.entries(entries)) {
        it(`${entry}: every runtime export is listed and every listed value is exported`, async () => {
          const mod = (await import(/* @vite-ignore */ `../${file}`)) as Record<string, unknown>;
          const runtime = Object.keys(mod).filter((n) => n !== 'default').sort();
          expect(runtime.length).toBeGreaterThan(0);
          const readme = listed[entry]?.values ?? [];
          expect({ exportedButNotListed: runtime.filter((n) => !readme.includes(n)), listedButNotExported: readme.filter((n) => !runtime.includes(n)) }).toEqual({
            exportedButNotListed: [],
            listedButNotExported: [],
          });
          // The compiler agrees with the runtime on what is a value.
          expect(compiled[entry]!.values).toEqual(runtime);
        });

        it(`${entry}: every exported type is listed under a Types heading, and only those`, () => {
          const readme = listed[entry]?.types ?? [];
          const types = compiled[entry]!.types;
          expect({ exportedButNotListed: types.filter((n) => !readme.includes(n)), listedButNotExported: readme.filter((n) => !types.includes(n)) }).toEqual({
            exportedButNotListed: [],
            listedButNotExported: [],
          });
        });
      }
    });
  }

  it('keeps the shared helpers out of every public entry, in the internal entries', async () => {
    const publicNames = new Set(Object.values(compiled).flatMap((e) => [...e.values, ...e.types]));
    const coreInternal = (await import('@ofkit/core/internal')) as Record<string, unknown>;
    const docsInternal = (await import('@ofkit/docs-gen/internal')) as Record<string, unknown>;
    for (const name of INTERNAL_HELPERS) {
      expect(publicNames.has(name), name).toBe(false);
      expect(typeof (coreInternal[name] ?? docsInternal[name]), name).toBe('function');
    }
  });

  it('detects an unlisted export (the check is not vacuous)', () => {
    const core = readmeLists('core')['@ofkit/core']!;
    expect(core.values).toContain('addWorkingDays');
    expect(core.values).not.toContain('bilingual');
    expect(core.types).toContain('OfkitIssue');
  });
});
