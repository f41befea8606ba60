/**
 * Loads the DejaVu Sans fonts shipped by the `dejavu-fonts-ttf` package (a dependency of
 * `@ofkit/docs-gen`) as bytes, for `renderPdf(doc, { fonts })`. Examples may read files; the
 * library never does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdfFontFiles } from '@ofkit/docs-gen/pdf';

const here = dirname(fileURLToPath(import.meta.url));
// Resolve from the docs-gen package, which depends on dejavu-fonts-ttf.
const require = createRequire(resolve(here, '../../packages/docs-gen/package.json'));

/** DejaVu Sans regular, bold, oblique and bold oblique, as bytes. */
export function loadDejaVuFonts(): PdfFontFiles {
  const ttf = (name: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  return {
    regular: ttf('DejaVuSans.ttf'),
    bold: ttf('DejaVuSans-Bold.ttf'),
    italic: ttf('DejaVuSans-Oblique.ttf'),
    boldItalic: ttf('DejaVuSans-BoldOblique.ttf'),
  };
}
