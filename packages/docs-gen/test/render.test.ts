/**
 * HTML (self-contained, print CSS, escaping) and Markdown (stable snapshot per kind, escaping).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DOCUMENT_KINDS,
  createDocument,
  defineDocument,
  heading,
  keyValue,
  list,
  pageBreak,
  paragraph,
  renderHtml,
  renderMarkdown,
  section,
  signatures,
  strong,
  em,
  table,
  checklist,
} from '../src/index.js';
import { escapeHtml, escapeMarkdown } from '../src/internal.js';
import { completeInputs } from './fixtures.js';

const inputs = completeInputs();

describe('renderHtml', () => {
  const sample = defineDocument({
    kind: 'note',
    title: 'Essai',
    date: '2026-11-22',
    issuer: { name: 'Forma', nda: '84691234569', ndaRegion: 'Île-de-France' },
    blocks: [
      heading(1, 'Titre'),
      paragraph(['Texte ', strong('gras'), ' et ', em('italique'), '\nà la ligne']),
      list(['a', 'b'], { ordered: true }),
      checklist([{ text: 'oui', checked: true }, { text: 'non', checked: false }]),
      table([{ header: 'A', width: 3 }, { header: 'B', align: 'right' }], [['1', '2']], { minRowHeightMm: 12 }),
      keyValue([['Clé', 'valeur']]),
      pageBreak(),
      section([signatures([{ role: 'Le stagiaire', name: 'Łucja' }], { place: 'Lyon', date: '2026-11-22' })], { keepTogether: true }),
    ],
  });
  const html = renderHtml(sample);

  it('is one self-contained page: no script, no link, no external URL, no image', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
  });
  it('has print CSS: A4, margins, rows and signature blocks never cut, page breaks, repeated table headers', () => {
    expect(html).toContain('@page{size:A4 portrait;margin:');
    expect(html).toMatch(/tr,\.signatures,section\.keep\{break-inside:avoid;page-break-inside:avoid\}/);
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toContain('<div class="page-break"></div>');
    expect(html).toContain('.page-break{break-after:page');
    expect(html).toContain('counter(page)');
    expect(html).toContain('<section class="keep">');
  });
  it('renders the blocks', () => {
    expect(html).toContain('<p>Texte <strong>gras</strong> et <em>italique</em><br>à la ligne</p>');
    expect(html).toContain('<ol><li>a</li><li>b</li></ol>');
    expect(html).toContain('☒</span> oui');
    expect(html).toContain('<col style="width:75.00%"><col style="width:25.00%">');
    expect(html).toContain('<td class="r">2</td>');
    expect(html).toContain('<tr style="height:12mm">');
    expect(html).toContain('<p>Fait à Lyon, le 22 novembre 2026</p>');
    expect(html).toContain('Déclaration d’activité enregistrée sous le numéro 84691234569 auprès du préfet de région d’Île-de-France');
  });
  it('writes every row of a table once and in order, whatever the count (rows are joined 64 at a time)', () => {
    for (const count of [0, 1, 63, 64, 65, 128, 129, 200]) {
      const doc = defineDocument({ kind: 'note', title: 'Lignes', date: '2026-12-07', blocks: [table([{ header: 'N' }, { header: 'Texte' }], Array.from({ length: count }, (_, k) => [String(k), `ligne ${k}`]))] });
      const body = /<tbody>(.*)<\/tbody>/s.exec(renderHtml(doc))![1]!;
      const expected = Array.from({ length: count }, (_, k) => `<tr><td>${k}</td><td>ligne ${k}</td></tr>`).join('');
      expect(body, `${count} rows`).toBe(expected);
    }
  });
  it('prints landscape when the document says so', () => {
    const doc = createDocument('feuille-emargement', inputs['feuille-emargement']);
    expect(renderHtml(doc)).toContain('@page{size:A4 landscape');
  });
  it('escapes every special character, for any string (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeHtml(s);
        expect(e).not.toMatch(/[<>"']/);
        expect(e.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        const back = e.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        expect(back).toBe(s);
      }),
    );
  });
});

describe('renderMarkdown', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: stable snapshot`, () => {
      const md = renderMarkdown(createDocument(kind, inputs[kind] as never));
      expect(md).toMatchSnapshot();
      // Same input, same bytes.
      expect(renderMarkdown(createDocument(kind, structuredClone(inputs[kind]) as never))).toBe(md);
    });
  }
  it('escapes inline markup everywhere and block markup at line starts', () => {
    expect(escapeMarkdown('a*b_c`d[e]f<g>h|i~j&k\\l')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\&k\\\\l');
    expect(escapeMarkdown('# titre')).toBe('\\# titre');
    expect(escapeMarkdown('- item\n+ item\n= x\n12. liste\n3) bis')).toBe('\\- item\n\\+ item\n\\= x\n12\\. liste\n3\\) bis');
    expect(escapeMarkdown('Jean-Marc, 12.5 h')).toBe('Jean-Marc, 12.5 h');
  });
  it('never lets user text open markup (property: escaped text has no unescaped special)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeMarkdown(s);
        // Remove escaped pairs; no special character may remain.
        expect(e.replace(/\\[\s\S]/g, '')).not.toMatch(/[`*_[\]<>|~&\\]/);
      }),
    );
  });
  it('writes tables, checklists, signatures and page breaks', () => {
    const md = renderMarkdown(
      defineDocument({
        kind: 'x',
        title: 'x',
        date: '2026-11-22',
        blocks: [
          table([{ header: 'A' }, { header: 'B', align: 'right' }, { header: 'C', align: 'center' }], [['1', 'a\nb', '']]),
          checklist([{ text: 'oui', checked: true }]),
          pageBreak(),
          signatures([{ role: 'Le client', mention: 'Bon pour accord' }], { place: 'Lyon', date: '2026-11-22' }),
        ],
      }),
    );
    expect(md).toBe(
      '| A | B | C |\n| --- | ---: | :---: |\n| 1 | a<br>b |   |\n\n- [x] oui\n\n---\n\nFait à Lyon, le 22 novembre 2026\n\n- **Le client** — « Bon pour accord » — Signature : ____________________\n',
    );
  });
});
