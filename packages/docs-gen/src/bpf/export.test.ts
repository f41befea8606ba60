import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { documentText } from '../internal.js';
import { renderHtml, renderMarkdown } from '../render/index.js';
import { renderPdf } from '../pdf/index.js';
import { computeBpf } from './compute.js';
import { bpfToDocument, formatHoursFr } from './document.js';
import { BPF_CSV_COLUMNS, bpfToCsv, bpfToJson } from './export.js';
import vectorJson from './vectors/small-of-year.json' with { type: 'json' };
import type { BpfInput } from './schema.js';

const vector = { ...vectorJson, input: vectorJson.input as BpfInput };

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF), to check what bpfToCsv writes. */
function readCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

const hostileLabel = 'Informatique; "réseaux"\nligne 2 <script>alert(1)</script>';
function hostileInput() {
  const input = structuredClone(vectorJson.input);
  input.trainings[0]!.nsfLabel = hostileLabel;
  input.trainings[3]!.nsfLabel = hostileLabel;
  input.organisation.name = '=HYPERLINK("http://evil")';
  return input as BpfInput;
}

describe('bpfToCsv', () => {
  const r = computeBpf(vector.input);

  it('French format: ";" and decimal comma, one row per line, every row complete', () => {
    const rows = readCsv(bpfToCsv(r), ';');
    expect(rows[0]).toEqual([...BPF_CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(BPF_CSV_COLUMNS.length);
    const get = (frame: string, line: string) => rows.find((x) => x[0] === frame && x[1] === line)!;
    expect(get('C', '1')[6]).toBe('4390,00');
    expect(get('C', '2')[6]).toBe('10200,00');
    expect(get('C', 'total')[6]).toBe('25120,00');
    expect(get('C', 'part_ca')[3]).toBe('66,11');
    expect(get('F-1', 'total').slice(4, 6)).toEqual(['17', '994']);
    expect(get('F-2', '2').slice(4, 6)).toEqual(['1', '14']);
    expect(get('G', 'total').slice(4, 6)).toEqual(['3', '42']);
    expect(get('E', '1').slice(4, 6)).toEqual(['2', '771']);
  });

  it('RFC 4180 format: "," and decimal point', () => {
    const rows = readCsv(bpfToCsv(r, { format: 'rfc4180' }), ',');
    expect(rows.find((x) => x[0] === 'C' && x[1] === '1')![6]).toBe('4390.00');
    expect(rows.find((x) => x[0] === 'F-1' && x[1] === 'c')!.slice(4, 6)).toEqual(['4', '343']);
  });

  it('quotes separators, quotes and line breaks, neutralises formulas, optional BOM', () => {
    const h = computeBpf(hostileInput());
    const csv = bpfToCsv(h, { bom: true });
    expect(csv.startsWith('\uFEFFcadre;')).toBe(true);
    const rows = readCsv(csv.slice(1), ';');
    expect(rows.find((x) => x[0] === 'F-4' && x[1] === '326')![2]).toBe(`326 ${hostileLabel}`);
    expect(rows.find((x) => x[0] === 'A' && x[1] === 'denomination')![3]).toBe(`'=HYPERLINK("http://evil")`);
    for (const row of rows) expect(row).toHaveLength(BPF_CSV_COLUMNS.length);
  });

  it('neutralises a formula hidden behind a leading tab or carriage return (OWASP CSV injection; issue 14)', () => {
    for (const lead of ['\t', '\r']) {
      const input = structuredClone(vectorJson.input);
      input.organisation.name = `${lead}=HYPERLINK("http://evil")`;
      const rows = readCsv(bpfToCsv(computeBpf(input as BpfInput)), ';');
      expect(rows.find((x) => x[0] === 'A' && x[1] === 'denomination')![3]).toBe(`'${lead}=HYPERLINK("http://evil")`);
    }
  });
});

describe('bpfToJson', () => {
  const r = computeBpf(vector.input);
  it('round-trips the result; money stays strings', () => {
    const back = JSON.parse(bpfToJson(r)) as typeof r;
    expect(back).toEqual(JSON.parse(JSON.stringify(r)));
    expect(back.frameC.total).toBe('25120.00');
  });
  it('can leave out the record ids', () => {
    const text = bpfToJson(r, { sources: false, indent: 0 });
    expect(text).not.toContain('"sources"');
    expect(text).not.toContain('\n');
    expect((JSON.parse(text) as typeof r).frameF.f1.total).toEqual({ trainees: 17, hours: 994 });
  });
});

describe('bpfToDocument', () => {
  it('lays out frames A to H with the figures, checks and warnings', () => {
    const doc = bpfToDocument(computeBpf(vector.input), { ndaRegion: 'Île-de-France' });
    expect(doc.meta.kind).toBe('bpf');
    expect(doc.meta.title).toBe('Bilan pédagogique et financier 2025-2026');
    expect(doc.meta.date).toBe('2026-06-30');
    const text = documentText(doc).join('\n');
    for (const s of ['Cadre A', 'Cadre B', 'Cadre C', 'Cadre D', 'Cadre E', 'Cadre F', 'F-1.', 'F-2.', 'F-3.', 'F-4.', 'Cadre G', 'Cadre H', 'Contrôles de cohérence']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('25\u202F120,00\u00A0€');
    expect(text).toContain('10\u202F200,00\u00A0€');
    expect(text).toContain('Comptabilité, gestion');
    // The NSF column already holds the code: the label does not repeat it ("314 | 314 — …").
    expect(text).not.toContain('314 — Comptabilité, gestion');
    expect(doc.warnings.length).toBeGreaterThan(0);
    // Warnings are printed for the declarant: no path into the project's research notes.
    expect(text).not.toContain('shared/domain');
    expect(text).toContain('à vérifier dans la notice officielle');
  });

  it('escapes user data in HTML and Markdown', () => {
    const doc = bpfToDocument(computeBpf(hostileInput()));
    const html = renderHtml(doc);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(renderMarkdown(doc)).not.toContain('<script>alert(1)</script>');
  });

  it('renders to PDF with embedded fonts', async () => {
    const require = createRequire(import.meta.url);
    const ttf = (f: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
    const pdf = await renderPdf(bpfToDocument(computeBpf(vector.input)), {
      fonts: { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf'), italic: ttf('DejaVuSans-Oblique.ttf'), boldItalic: ttf('DejaVuSans-BoldOblique.ttf') },
    });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });

  it('formats hours the French way', () => {
    expect(formatHoursFr(1234.5)).toBe('1\u202F234,5');
    expect(formatHoursFr(994)).toBe('994');
    expect(formatHoursFr(0.25)).toBe('0,25');
  });
});
