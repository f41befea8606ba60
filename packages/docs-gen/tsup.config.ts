import { defineConfig } from 'tsup';

// Besides the public entries (`.`, `./pdf`, `./pdf-browser`, `./docx`, `./ics`) and `./internal` (helpers
// shared inside ofkit, not public), one entry per capability with code splitting: the
// index only re-exports, so a bundler (package.json has "sideEffects": false) drops the capabilities a
// user does not import, and with them their dependencies' module-level code (decimal.js, used by the
// BPF, declares no "sideEffects": in one shared file it would stay in every bundle, e.g. renderHtml's).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    pdf: 'src/pdf/index.ts',
    'pdf-browser': 'src/pdf/browser.ts',
    docx: 'src/docx/index.ts',
    ics: 'src/ics/index.ts',
    model: 'src/model/index.ts',
    render: 'src/render/index.ts',
    documents: 'src/documents/index.ts',
    bpf: 'src/bpf/index.ts',
    lheo: 'src/lheo/index.ts',
    internal: 'src/internal.ts',
  },
  format: ['esm', 'cjs'],
  dts: {
    entry: {
      index: 'src/index.ts',
      pdf: 'src/pdf/index.ts',
      'pdf-browser': 'src/pdf/browser.ts',
      docx: 'src/docx/index.ts',
      ics: 'src/ics/index.ts',
      internal: 'src/internal.ts',
    },
  },
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
