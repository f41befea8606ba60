/**
 * Prints each package's `## Public API` lists from its entries' exports (read by test/public-api.ts),
 * grouped by kind, to paste into the README after a deliberate change of the public surface.
 * Usage: `tsx scripts/public-api.ts [package]`.
 */
import { PUBLIC_ENTRIES, sourceExports } from '../test/public-api.js';

const only = process.argv[2];
const exportsByEntry = sourceExports();
for (const [pkg, entries] of Object.entries(PUBLIC_ENTRIES)) {
  if (only && pkg !== only) continue;
  console.log(`==== packages/${pkg}/README.md\n`);
  for (const [entry, file] of Object.entries(entries)) {
    const mod = (await import(`../${file}`)) as Record<string, unknown>;
    const e = exportsByEntry[entry]!;
    const isClass = (v: unknown) => typeof v === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(v));
    const groups: [string, string[]][] = [
      ['Functions', e.values.filter((n) => typeof mod[n] === 'function' && !isClass(mod[n]))],
      ['Classes', e.values.filter((n) => isClass(mod[n]))],
      ['Schemas', e.values.filter((n) => typeof mod[n] === 'object' && /Schema$/.test(n))],
      ['Constants and rule sets', e.values.filter((n) => typeof mod[n] !== 'function' && !(typeof mod[n] === 'object' && /Schema$/.test(n)))],
      ['Types', e.types],
    ];
    for (const [title, names] of groups) {
      if (names.length === 0) continue;
      console.log(`### \`${entry}\` — ${title}\n`);
      for (const n of names) console.log(`- \`${n}\``);
      console.log('');
    }
  }
}
