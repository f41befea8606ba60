/**
 * `pnpm demo` → the BPF of a small OF (examples/data/bpf: a year from 1 July 2025 to 30 June 2026,
 * 12 sessions, mixed funders, a session across two years, subcontracting in and out) written to
 * out/bpf/ as HTML, PDF, Markdown, JSON and CSV.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, summary } from './main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { result, files } = await run({ data: join(root, 'examples/data/bpf'), out: join(root, 'out/bpf'), csv: 'fr', pdf: true });
for (const line of summary(result, files)) console.log(line);
