/**
 * Writes the input of every document of the sample session (the core records of
 * examples/data/session, built by examples/generate-documents/inputs.ts) as one JSON file per
 * document, `{ "kind", "input" }`: the former layout `ofkit docs session <dir>` still reads. Derived
 * at run time so it never drifts from the sample.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJobs, loadRecords } from '../generate-documents/inputs.js';

/** Writes the job files into `dir` (emptied first); returns their names. */
export function writeSessionInputs(root: string, dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const jobs = buildJobs(loadRecords(join(root, 'examples', 'data', 'session')));
  return jobs.map((j) => {
    const name = `${j.file}.json`;
    writeFileSync(join(dir, name), `${JSON.stringify({ kind: j.kind, input: j.input }, null, 2)}\n`);
    return name;
  });
}
