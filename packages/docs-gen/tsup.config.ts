import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {"index": "src/index.ts", "pdf": "src/pdf/index.ts"},
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
