/**
 * Branding (logo, accent colour, font, footer text) applied the same way by the HTML, PDF and DOCX
 * renderers, and validated.
 */
import { describe, expect, it } from 'vitest';
import { OfkitError } from '@ofkit/core';
import { createDocument, renderHtml, resolveBranding, type Branding } from '../src/index.js';
import { preparePdfFonts, renderPdf, renderPdfDetailed } from '../src/pdf/index.js';
import { renderDocx } from '../src/docx/index.js';
import { completeInputs } from './fixtures.js';
import { PNG_DATA_URI, PNG_LOGO } from './branding-data.js';
import { dejaVu, flat, pdfPages } from './pdf-helpers.js';

const fonts = preparePdfFonts(dejaVu());
const doc = createDocument('convention', completeInputs().convention);
const branding: Branding = { logo: PNG_LOGO, accentColor: '#0B5394', font: 'Source Sans 3', footerText: 'Organisme certifié Qualiopi — actions de formation' };

describe('resolveBranding', () => {
  it('reads the logo (type, pixel size, printed size from the aspect ratio)', () => {
    const b = resolveBranding(branding);
    expect(b.logo).toMatchObject({ type: 'png', width: 40, height: 20, heightMm: 14, widthMm: 28 });
    expect(b.logo!.dataUri).toBe(PNG_DATA_URI);
    expect(resolveBranding({ logo: PNG_DATA_URI }).logo!.bytes).toEqual(PNG_LOGO);
    expect(b.accentColor).toBe('#0b5394');
  });

  it('rejects what it cannot use, with every issue', () => {
    const bad: unknown[] = [
      { accentColor: 'red' },
      { accentColor: '#0b5394;background:url(x)' },
      { logo: 'https://example.com/logo.png' },
      { logo: 'data:image/svg+xml;base64,PHN2Zz4=' },
      { logo: new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]) }, // GIF
      { font: '"};body{background:url(x)}' },
      { footerText: '' },
      { colour: '#000000' },
      'x',
      null,
    ];
    for (const b of bad) expect(() => resolveBranding(b), JSON.stringify(b)).toThrow(OfkitError);
    try {
      resolveBranding({ accentColor: 'red', font: 'a"b' });
    } catch (e) {
      expect((e as OfkitError).issues.map((i) => i.path.join('.'))).toEqual(['branding.accentColor', 'branding.font']);
    }
  });
});

describe('applied by every renderer', () => {
  it('HTML: inline logo, accent colour, font family, footer text (page margin and footer)', () => {
    const html = renderHtml(doc, { branding });
    expect(html).toContain(`<img class="logo" alt="" src="${PNG_DATA_URI}">`);
    expect(html).toContain('h1,h2,h3{color:#0b5394}');
    expect(html).toContain('html{font-family:"Source Sans 3",sans-serif}');
    expect(html).toContain('<div>Organisme certifié Qualiopi — actions de formation</div>');
    expect(html).toMatch(/@bottom-left\{content:"[^"]*Organisme certifi\\e9  Qualiopi/);
    expect(() => renderHtml(doc, { branding: { accentColor: 'red' } })).toThrow(OfkitError);
    expect(() => renderHtml(doc, { brand: {} } as never)).toThrow(OfkitError);
  });

  it('PDF: the logo is embedded as an image, the footer text is on every page', async () => {
    const plain = await renderPdf(doc, { fonts, compress: false });
    const { pdf, pageCount } = await renderPdfDetailed(doc, { fonts, branding, compress: false });
    const latin = Buffer.from(pdf).toString('latin1');
    expect(latin).toMatch(/\/Subtype \/Image/);
    expect(Buffer.from(plain).toString('latin1')).not.toMatch(/\/Subtype \/Image/);
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(pageCount);
    for (const p of pages) expect(flat(p)).toContain('Organisme certifié Qualiopi — actions de formation');
    await expect(renderPdf(doc, { fonts, branding: { logo: 'http://x/y.png' } })).rejects.toBeInstanceOf(OfkitError);
  });

  it('DOCX: the logo is a media part of the package, the font is named in the styles', async () => {
    const bytes = Buffer.from(await renderDocx(doc, { branding }));
    // ZIP entry names are stored uncompressed.
    expect(bytes.includes(Buffer.from('word/media/'))).toBe(true);
    expect(Buffer.from(await renderDocx(doc)).includes(Buffer.from('word/media/'))).toBe(false);
  });
});
