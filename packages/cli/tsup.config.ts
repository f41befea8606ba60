import { defineConfig } from 'tsup';

// ESM only (Node ≥ 20 runs it directly): `bin.js` is the `ofkit` command (with its shebang), `index.js`
// the programmatic entry `run(argv, io)`. The @ofkit packages and the other dependencies stay external.
export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
  target: 'node20',
  platform: 'node',
  tsconfig: 'tsconfig.build.json',
});
