/** The demo's documents come from core records only (issue 10): complete, and the CLI's copy of the records is the same. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDocument, documentInputsFromSession } from '@ofkit/docs-gen';
import { buildJobs, loadRecords } from './inputs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = join(root, 'examples', 'data', 'session');
const cliDir = join(root, 'examples', 'cli', 'data', 'session');

describe('examples/data/session: the sample session as core records', () => {
  it('examples/cli/data/session holds the same files, byte for byte', () => {
    const names = readdirSync(dir).sort();
    expect(readdirSync(cliDir).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(cliDir, n), 'utf8'), n).toBe(readFileSync(join(dir, n), 'utf8'));
  });

  it('documentInputsFromSession builds every document of the session, none missing anything', () => {
    const docs = documentInputsFromSession(loadRecords(dir));
    expect(docs.length).toBe(18);
    for (const d of docs) expect(d.missing, d.key).toEqual([]);
  });

  it('the demo builds 23 documents, the 18 of the session taken as documentInputsFromSession gives them', () => {
    const records = loadRecords(dir);
    const jobs = buildJobs(records);
    const docs = documentInputsFromSession(records);
    expect(jobs.filter((j) => j.fromSession).map((j) => j.input)).toEqual(docs.map((d) => d.input));
    expect(new Set(jobs.map((j) => j.kind)).size).toBe(13);
    for (const j of jobs) expect(createDocument(j.kind, j.input as never).blocks.length, j.file).toBeGreaterThan(0);
    expect(jobs).toHaveLength(23);
  });
});
