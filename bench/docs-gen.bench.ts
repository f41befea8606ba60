/**
 * @ofkit/docs-gen benchmark.
 *
 * 1. HTML for 10 000 feuilles d'émargement (12 learners × 10 half-days each): `renderHtml` of a
 *    built model, and `createDocument` + `renderHtml` (validation, mention and consistency
 *    checks included), each beside a hand-written string template producing the same sheet.
 * 2. PDF pages per second: `renderPdf` beside pdfmake called directly with an equivalent
 *    hand-written document definition (same fonts, same content). Target: ratio ≤ 1.5×.
 *
 * Run: node --expose-gc --import tsx bench/docs-gen.bench.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createDocument, renderHtml, type DocumentInput, type DocumentModel } from '@ofkit/docs-gen';
import { preparePdfFonts, renderPdfDetailed } from '@ofkit/docs-gen/pdf';
import { measure, report, type Measure } from './harness.js';

const require = createRequire(new URL('../packages/docs-gen/package.json', import.meta.url));
const ttf = (f: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`)));

const organisation = {
  name: 'Atelier Formation Lyon',
  siret: '84125730600016',
  nda: '84691234569',
  ndaRegion: 'Auvergne-Rhône-Alpes',
  address: { line1: '12 rue de la République', postalCode: '69002', city: 'Lyon' },
  vat: { regime: 'exempt-261-4-4a' as const },
};
const FIRST = ['Łucja', 'Jürgen', 'Nguyễn Thị', 'Éloïse', 'Marc', 'Inès', 'Zoé', 'Håkon', 'Ana', 'Théo', 'Chloé', 'Yanis'];
const LAST = ['Kowalczyk', 'Groß', 'Hồng', 'Dupré', 'Duval', 'Benali', 'Martin', 'Ødegård', 'Silva', 'Lefèvre', 'Roux', 'Haddad'];
const DAYS = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'];

function sheet(i: number): DocumentInput<'feuille-emargement'> {
  const slots = DAYS.flatMap((date) => [
    { date, halfDay: 'morning' as const, start: '09:00', end: '12:30', module: `Module ${(i % 7) + 1}` },
    { date, halfDay: 'afternoon' as const, start: '13:30', end: '17:00', module: `Atelier ${(i % 5) + 1}` },
  ]);
  return {
    organisation,
    training: { title: `Manager une équipe au quotidien — groupe ${i}` },
    session: { id: `S-${i}`, trainingId: 'MGR', startDate: DAYS[0]!, endDate: DAYS[4]!, slots, modality: 'presentiel', place: { name: 'Salle Bellecour' }, trainerIds: ['T1'], capacity: 12 },
    learners: FIRST.map((f, k) => ({ id: `L${k}`, firstName: f, lastName: `${LAST[(k + i) % LAST.length]}` })),
    trainers: [{ id: 'T1', firstName: 'Sophie', lastName: 'Bérard', kind: 'internal' }],
  };
}

// Hand-written baseline: the same sheet (header, identity, 2 tables of 5 half-days, footer), escaped.
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
function template(d: DocumentInput<'feuille-emargement'>): string {
  const s = d.session;
  let h = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${esc(d.training.title)}</title><style>@page{size:A4 landscape;margin:14mm}table{width:100%;border-collapse:collapse}td,th{border:1px solid #555}tr{break-inside:avoid}</style></head><body>`;
  h += `<header><b>${esc(d.organisation.name)}</b><div>${esc(d.organisation.address.line1)}</div></header>`;
  for (let c = 0; c < s.slots.length; c += 5) {
    const chunk = s.slots.slice(c, c + 5);
    h += `<h1>Feuille d'émargement</h1><dl><dt>Formation</dt><dd>${esc(d.training.title)}</dd><dt>Session</dt><dd>${esc(s.id)}</dd></dl><table><thead><tr><th>Stagiaire</th>`;
    for (const sl of chunk) h += `<th>${sl.date.slice(8)}/${sl.date.slice(5, 7)}/${sl.date.slice(0, 4)}<br>${sl.halfDay === 'morning' ? 'matin' : 'après-midi'} ${sl.start}–${sl.end}<br>${esc(sl.module ?? '')}</th>`;
    h += '</tr></thead><tbody>';
    for (const l of d.learners) {
      h += `<tr style="height:13mm"><td><b>${esc(l.lastName)} ${esc(l.firstName)}</b></td>`;
      for (let k = 0; k < chunk.length; k++) h += '<td></td>';
      h += '</tr>';
    }
    h += `<tr><td><b>Formateur</b><br>Sophie Bérard</td>${chunk.map(() => '<td></td>').join('')}</tr></tbody></table>`;
  }
  h += `<footer>${esc(d.organisation.name)} — SIRET ${d.organisation.siret} — NDA ${d.organisation.nda}</footer></body></html>`;
  return h;
}

const N = 10_000;
const inputs = Array.from({ length: N }, (_, i) => sheet(i));
const models: DocumentModel[] = inputs.map((d) => createDocument('feuille-emargement', d));
const sampleHtml = renderHtml(models[0]!);
console.log(`@ofkit/docs-gen — ${N.toLocaleString('en-US')} feuilles d'émargement, ${models[0]!.blocks.filter((b) => b.type === 'table').length} tables each, ${Math.round(sampleHtml.length / 1024)} KB of HTML per sheet`);

const tpl = measure('hand-written template (same sheet)', N, (i) => template(inputs[i]!), 500);
report('HTML: renderHtml(model) — rendering only', measure('renderHtml(model)', N, (i) => renderHtml(models[i]!), 500), tpl);
report(
  'HTML: createDocument + renderHtml — validation, mentions, consistency (holidays, capacity) included',
  measure('createDocument + renderHtml', N, (i) => renderHtml(createDocument('feuille-emargement', inputs[i]!)), 500),
  tpl,
);

// ---------------------------------------------------------------- PDF

async function pdfmakeDirect(): Promise<{ render: (i: number) => Promise<Uint8Array> }> {
  // pdfmake is a dependency of @ofkit/docs-gen: resolve it from there (its Node entry is CommonJS).
  const pdfmake = require('pdfmake') as {
    virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
    addFonts(f: unknown): void;
    setUrlAccessPolicy(f: (u: string) => boolean): void;
    setLocalAccessPolicy(f: (p: string) => boolean): void;
    addTableLayouts(l: unknown): void;
    createPdf(def: unknown): { getBuffer(): Promise<Uint8Array> };
  };
  for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf']) pdfmake.virtualfs.writeFileSync(f, ttf(f));
  pdfmake.addFonts({ DejaVu: { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italics: 'DejaVuSans-Oblique.ttf', bolditalics: 'DejaVuSans-BoldOblique.ttf' } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  const line = () => 0.6;
  const grey = () => '#555555';
  pdfmake.addTableLayouts({ grid: { hLineWidth: line, vLineWidth: line, hLineColor: grey, vLineColor: grey, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2.5, paddingBottom: () => 2.5 } });
  const render = (i: number) => {
    const d = inputs[i]!;
    const s = d.session;
    const content: unknown[] = [{ stack: [{ text: d.organisation.name, bold: true, fontSize: 11 }, { text: d.organisation.address.line1, fontSize: 8.5 }], margin: [0, 0, 0, 10] }];
    for (let c = 0; c < s.slots.length; c += 5) {
      const chunk = s.slots.slice(c, c + 5);
      if (c > 0) content.push({ text: '', pageBreak: 'after' });
      content.push({ text: "Feuille d'émargement", fontSize: 15, bold: true, margin: [0, 4, 0, 8] });
      content.push({ table: { widths: ['30%', '70%'], body: [[{ text: 'Formation', bold: true }, d.training.title], [{ text: 'Session', bold: true }, s.id]] }, layout: 'noBorders', margin: [0, 0, 0, 6] });
      const header: unknown[] = [{ text: 'Stagiaire', bold: true, fillColor: '#eeeeee' }, ...chunk.map((sl) => ({ text: [{ text: `${sl.date}\n`, bold: true }, `${sl.halfDay === 'morning' ? 'matin' : 'après-midi'} ${sl.start}–${sl.end}\n${sl.module ?? ''}`], bold: true, fillColor: '#eeeeee', alignment: 'center' }))];
      const rows: unknown[][] = d.learners.map((l) => [{ text: [{ text: `${l.lastName} ${l.firstName}`, bold: true }] }, ...chunk.map(() => '')]);
      rows.push([{ text: [{ text: 'Formateur', bold: true }, '\nSophie Bérard'] }, ...chunk.map(() => '')]);
      content.push({
        table: { headerRows: 1, dontBreakRows: true, widths: ['25%', ...chunk.map(() => `${75 / chunk.length}%`)], heights: (r: number) => (r === 0 ? 'auto' : 13 * (72 / 25.4)), body: [header, ...rows] },
        layout: 'grid',
        fontSize: 7.5,
      });
    }
    const def = {
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [40, 40, 40, 56],
      defaultStyle: { font: 'DejaVu', fontSize: 9.5, lineHeight: 1.15 },
      content,
      footer: (p: number, n: number) => ({ margin: [40, 8, 40, 0], columns: [{ text: `${d.organisation.name} — SIRET ${d.organisation.siret}`, fontSize: 7 }, { text: `Page ${p} / ${n}`, width: 60, fontSize: 7, alignment: 'right' }] }),
    };
    return pdfmake.createPdf(def).getBuffer();
  };
  return { render };
}

async function measureAsync(name: string, ops: number, fn: (i: number) => Promise<unknown>, warmup = 3): Promise<Measure> {
  for (let i = 0; i < warmup; i++) await fn(i);
  (globalThis as { gc?: () => void }).gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < ops; i++) await fn(i);
  const ms = performance.now() - t0;
  return { name, ops, ms, opsPerSec: (ops / ms) * 1000, heapDeltaMb: (process.memoryUsage().heapUsed - heap0) / 1048576 };
}

const direct = await pdfmakeDirect();
const fonts = preparePdfFonts({ regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf'), italic: ttf('DejaVuSans-Oblique.ttf'), boldItalic: ttf('DejaVuSans-BoldOblique.ttf') });
const P = 40;
const pages = (await renderPdfDetailed(models[0]!, { fonts })).pageCount;
const oursPdf = await measureAsync(`renderPdf (${pages} pages per sheet)`, P, (i) => renderPdfDetailed(models[i]!, { fonts }));
const basePdf = await measureAsync('pdfmake directly, hand-written definition', P, (i) => direct.render(i));
const pps = (m: Measure) => ((m.ops * pages) / m.ms) * 1000;
report(
  `PDF: ${P} émargement sheets (${pages} pages each)`,
  oursPdf,
  basePdf,
  `pages/s: ours ${pps(oursPdf).toFixed(1)}, pdfmake direct ${pps(basePdf).toFixed(1)} — target ratio ≤ 1.5×`,
);
