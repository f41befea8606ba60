/**
 * Fonts for PDF output: DejaVu Sans from the `dejavu-fonts-ttf` package (a dependency of the CLI, so
 * PDF works out of the box), or the TrueType file given with `--font` (used for every style).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfFontFiles } from '@ofkit/docs-gen/pdf';
import { fileError, pathOf, type CliIo } from './io.js';

const require = createRequire(import.meta.url);

/** Loads the fonts for `renderPdf`. */
export async function loadFonts(io: CliIo, font: string | undefined): Promise<PdfFontFiles> {
  if (font !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(pathOf(io, font)));
    } catch {
      throw fileError(font, 'font_not_found', `Police introuvable : ${font}.`, `Font not found: ${font}.`);
    }
    const magic = Buffer.from(bytes.subarray(0, 4)).toString('latin1');
    if (!['\u0000\u0001\u0000\u0000', 'true', 'OTTO'].includes(magic)) {
      throw fileError(font, 'invalid_font', `${font} n’est pas une police TrueType (.ttf).`, `${font} is not a TrueType font (.ttf).`);
    }
    return { regular: bytes };
  }
  const ttf = async (name: string) => new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  return { regular: await ttf('DejaVuSans.ttf'), bold: await ttf('DejaVuSans-Bold.ttf'), italic: await ttf('DejaVuSans-Oblique.ttf'), boldItalic: await ttf('DejaVuSans-BoldOblique.ttf') };
}
