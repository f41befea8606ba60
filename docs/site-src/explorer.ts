/**
 * The law explorer (docs/site/law/): every parameter of every package's rule sets (the merged
 * `<package>LawCatalogue()`s), its dated values on a timeline, status badges, references with their
 * Légifrance links, the functions that read it, filters by package and status, and the « what changed
 * between two dates » view computed in the browser by `lawChanges`.
 */
import { coreLawCatalogue, lawChanges, lawRuleSets, mergeLawCatalogues, type LawCatalogueEntry, type OfkitError } from '@ofkit/core';
import { lawValueText } from '@ofkit/core/internal';
import { cpfLawCatalogue } from '@ofkit/cpf';
import { docsGenLawCatalogue } from '@ofkit/docs-gen';
import { rnqLawCatalogue } from '@ofkit/rnq';
import { badge, el, frDate, refNode } from './common.js';

const cat = mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);
const START = '2017-01-01';
const END = '2028-12-31';
const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const pos = (d: string) => Math.max(0, Math.min(100, ((day(d < START ? START : d) - day(START)) / (day(END) - day(START))) * 100));

function timeline(e: LawCatalogueEntry): HTMLElement {
  const bar = el('div', { class: 'timeline', 'aria-hidden': 'true' });
  for (const v of e.values) {
    const left = pos(v.from);
    const right = pos(v.to ?? END);
    bar.append(el('span', { class: `seg ${v.status}${v.origin === 'override' ? ' override' : ''}`, style: `left:${left}%;width:${Math.max(0.6, right - left)}%`, title: `${frDate(v.from)} → ${frDate(v.to)} : ${v.text}` }));
  }
  for (let y = 2018; y <= 2028; y += 2) bar.append(el('span', { class: 'tick', style: `left:${pos(`${y}-01-01`)}%` }, String(y)));
  return bar;
}

function entryNode(e: LawCatalogueEntry): HTMLElement {
  const statuses = [...new Set(e.values.map((v) => v.status))];
  const values = el('ol', { class: 'values' });
  for (const v of e.values) {
    const refs = el('ul', { class: 'refs' });
    v.references.forEach((r) => refs.append(refNode(r)));
    values.append(
      el('li', {}, el('span', { class: 'period' }, `du ${frDate(v.from)} au ${frDate(v.to)}`), ' ', badge(v.status), ' ', el('strong', {}, v.text),
        v.note ? el('p', { class: 'note' }, v.note) : undefined, refs),
    );
  }
  const options = e.options.length
    ? el('p', { class: 'options' }, 'Options : ', ...e.options.flatMap((o) => [el('code', {}, `${o.function}({ ${o.name} })`), ` ${o.description} `]))
    : undefined;
  return el('section', { class: 'param', 'data-id': e.id, 'data-package': e.package, 'data-status': statuses.join(' '), id: e.id },
    el('h3', {}, el('code', {}, e.id), ' ', ...statuses.map(badge)),
    el('p', { class: 'label' }, e.label, e.unit ? ` (${e.unit})` : ''),
    el('p', { class: 'meta' }, `${e.package} · ${e.ruleSet}.${e.key} · lu par `, ...e.readers.flatMap((r, i) => [i ? ', ' : '', el('code', {}, r)])),
    options, timeline(e), values);
}

function filter(): void {
  const pkg = (document.getElementById('f-package') as HTMLSelectElement).value;
  const st = (document.getElementById('f-status') as HTMLSelectElement).value;
  const q = (document.getElementById('f-text') as HTMLInputElement).value.toLowerCase();
  let n = 0;
  document.querySelectorAll<HTMLElement>('section.param').forEach((s) => {
    const ok = (!pkg || s.dataset['package'] === pkg) && (!st || s.dataset['status']!.split(' ').includes(st)) && (!q || s.textContent!.toLowerCase().includes(q));
    s.hidden = !ok;
    if (ok) n++;
  });
  document.getElementById('count')!.textContent = `${n} paramètre(s) sur ${cat.entries.length}`;
}

function changes(): void {
  const from = (document.getElementById('c-from') as HTMLInputElement).value;
  const to = (document.getElementById('c-to') as HTMLInputElement).value;
  const out = document.getElementById('changes')!;
  out.replaceChildren();
  try {
    const list = lawChanges(lawRuleSets(cat), from, to);
    const t = (id: string, v: unknown) => lawValueText(cat, id, v);
    const rows = list.map((c) =>
      el('tr', { 'data-parameter': c.parameter },
        el('td', {}, frDate(c.date)),
        el('td', {}, el('a', { href: `#${c.parameter}` }, el('code', {}, c.parameter)), el('br'), c.label),
        el('td', {}, c.before ? t(c.parameter, c.before.value) : '—', c.before ? ' ' : '', c.before ? badge(c.before.status) : undefined),
        el('td', {}, c.after ? t(c.parameter, c.after.value) : '— (fin de la règle)', c.after ? ' ' : '', c.after ? badge(c.after.status) : undefined),
        el('td', {}, el('ul', { class: 'refs' }, ...c.references.map(refNode)))));
    out.append(el('p', {}, `${list.length} changement(s) du ${frDate(from)} au ${frDate(to)}.`));
    if (list.length) out.append(el('table', {}, el('thead', {}, el('tr', {}, ...['En vigueur le', 'Paramètre', 'Avant', 'Après', 'Références'].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)));
  } catch (e) {
    out.append(el('ul', { class: 'error' }, ...(e as OfkitError).issues.map((i) => el('li', {}, `${i.path.join('.')} : ${i.message}`))));
  }
}

const root = document.getElementById('app')!;
const packages = [...new Set(cat.entries.map((e) => e.package))];
root.append(
  el('h2', {}, 'Ce qui a changé entre deux dates'),
  el('form', { id: 'changes-form' },
    el('label', {}, 'Du ', el('input', { type: 'date', id: 'c-from', value: '2026-01-01' })), ' ',
    el('label', {}, 'au ', el('input', { type: 'date', id: 'c-to', value: '2026-12-31' })), ' ',
    el('button', { type: 'submit' }, 'Afficher')),
  el('div', { id: 'changes' }),
  el('h2', {}, 'Tous les paramètres'),
  el('div', { class: 'filters' },
    el('label', {}, 'Paquet ', el('select', { id: 'f-package' }, el('option', { value: '' }, 'tous'), ...packages.map((p) => el('option', { value: p }, p)))), ' ',
    el('label', {}, 'Statut ', el('select', { id: 'f-status' }, el('option', { value: '' }, 'tous'), el('option', { value: 'confirmed' }, 'confirmé'), el('option', { value: 'provisional' }, 'provisoire'), el('option', { value: 'disputed' }, 'discuté'))), ' ',
    el('label', {}, 'Recherche ', el('input', { type: 'search', id: 'f-text' })), ' ',
    el('span', { id: 'count' })),
  el('div', { id: 'params' }, ...cat.entries.map(entryNode)),
);
document.getElementById('changes-form')!.addEventListener('submit', (ev) => { ev.preventDefault(); changes(); });
for (const id of ['f-package', 'f-status', 'f-text']) document.getElementById(id)!.addEventListener('input', filter);
filter();
changes();
document.body.dataset['ready'] = 'true';
