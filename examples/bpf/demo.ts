/**
 * `pnpm demo` → the BPF of a small OF (examples/data/bpf: a year from 1 July 2025 to 30 June 2026,
 * 12 sessions, mixed funders, a session across two years, subcontracting in and out) written to
 * out/bpf/ as HTML, PDF, Markdown, JSON and CSV; then the same kind of year given as @ofkit/core
 * domain records (examples/data/bpf/domain/domain.json) through bpfInputFromDomain → out/bpf/domain/.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, summary } from './main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { result, files } = await run({ data: join(root, 'examples/data/bpf'), out: join(root, 'out/bpf'), csv: 'fr', pdf: true });
for (const line of summary(result, files)) console.log(line);

console.log('— depuis les enregistrements du domaine (@ofkit/core) via bpfInputFromDomain :');
const dom = await run({ data: join(root, 'examples/data/bpf/domain'), out: join(root, 'out/bpf/domain'), csv: 'fr', pdf: true });
const lines = summary(dom.result, dom.files);
for (const line of [lines[0], lines[1], lines[4], lines[7]]) console.log(line);
const missing = Object.entries(dom.result.missingData).flatMap(([frame, ms]) => ms.map((m) => `${frame} ${m.code} (${m.records.join(', ')})`));
console.log(`  à compléter : ${missing.join(' ; ')}`);
