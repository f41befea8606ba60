/** Test helpers: DejaVu fonts as bytes, PDF text extraction with pdfjs-dist (legacy build for Node). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFontFiles } from '../src/pdf/index.js';

const require = createRequire(import.meta.url);

export function dejaVu(): PdfFontFiles {
  const ttf = (f: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`)));
  return { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf'), italic: ttf('DejaVuSans-Oblique.ttf'), boldItalic: ttf('DejaVuSans-BoldOblique.ttf') };
}

export function ttfBytes(f: string): Uint8Array {
  return new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`)));
}

/** The text of each page (items joined without separator, then whitespace collapsed). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : ''))
        .join('')
        .normalize('NFC'),
    );
  }
  await doc.destroy();
  return pages;
}

/** Collapses whitespace, for `toContain` checks across line wraps. */
export function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}
