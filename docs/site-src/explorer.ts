/**
 * The law explorer (docs/site/law/): every parameter of every package's rule sets (the merged
 * `<package>LawCatalogue()`s), its dated values on a timeline, status badges, references with their
 * Légifrance links, the functions that read it, filters by package and status, and the « what changed
 * between two dates » view computed in the browser by `lawChanges`.
 *
 * In French by default; `?lang=en` (or the FR | EN switch, which links to it) shows it in English:
 * every piece of the page's own wording, the status badges, the dates, and the catalogue's English
 * texts (`labelEn`, `noteEn`, `textEn`, `descriptionEn`). The references keep their French titles:
 * they are the titles of French legal texts.
 */
import { coreLawCatalogue, lawChanges, lawRuleSets, mergeLawCatalogues, type LawCatalogueEntry, type OfkitError } from '@ofkit/core';
import { lawValueText } from '@ofkit/core/internal';
import { cpfLawCatalogue } from '@ofkit/cpf';
import { docsGenLawCatalogue } from '@ofkit/docs-gen';
import { rnqLawCatalogue } from '@ofkit/rnq';
import { applyLang, badge, dateIn, el, langSwitch, pageLang, refNode, type Lang } from './common.js';

const cat = mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);
const START = '2017-01-01';
const END = '2028-12-31';
const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const pos = (d: string) => Math.max(0, Math.min(100, ((day(d < START ? START : d) - day(START)) / (day(END) - day(START))) * 100));

const lang: Lang = pageLang();
const en = lang === 'en';

/** The page's own wording, in French and in English. */
const UI = {
  title: { fr: 'Explorateur du droit', en: 'Law explorer' },
  changesTitle: { fr: 'Ce qui a changé entre deux dates', en: 'What changed between two dates' },
  from: { fr: 'Du ', en: 'From ' },
  to: { fr: 'au ', en: 'to ' },
  show: { fr: 'Afficher', en: 'Show' },
  allParams: { fr: 'Tous les paramètres', en: 'All parameters' },
  package: { fr: 'Paquet ', en: 'Package ' },
  status: { fr: 'Statut ', en: 'Status ' },
  search: { fr: 'Recherche ', en: 'Search ' },
  all: { fr: 'tous', en: 'all' },
  confirmed: { fr: 'confirmé', en: 'confirmed' },
  provisional: { fr: 'provisoire', en: 'provisional' },
  disputed: { fr: 'discuté', en: 'disputed' },
  readBy: { fr: ' · lu par ', en: ' · read by ' },
  options: { fr: 'Options : ', en: 'Options: ' },
  unit: { fr: 'unité : ', en: 'unit: ' },
  ruleEnded: { fr: '— (fin de la règle)', en: '— (rule ended)' },
  headers: { fr: ['En vigueur le', 'Paramètre', 'Avant', 'Après', 'Références'], en: ['In force from', 'Parameter', 'Before', 'After', 'References'] },
} as const;
const t = <K extends keyof typeof UI>(k: K): (typeof UI)[K]['fr'] | (typeof UI)[K]['en'] => UI[k][lang];

/** The units of the rule sets, in words. */
const UNITS: Record<string, { fr: string; en: string }> = {
  EUR: { fr: 'euros', en: 'euros' },
  months: { fr: 'mois', en: 'months' },
  years: { fr: 'années', en: 'years' },
  hours: { fr: 'heures', en: 'hours' },
  days: { fr: 'jours', en: 'days' },
  'working-days': { fr: 'jours ouvrés', en: 'working days' },
  ratio: { fr: 'proportion', en: 'proportion' },
  date: { fr: 'date', en: 'date' },
};

const date = (d: string | undefined) => dateIn(lang, d);
const period = (from: string, to: string | undefined) => (en ? `from ${date(from)} to ${date(to)}` : `du ${date(from)} au ${date(to)}`);
const count = (n: number, total: number) => (en ? `${n} of ${total} parameter(s)` : `${n} paramètre(s) sur ${total}`);
const changesCount = (n: number, from: string, to: string) => (en ? `${n} change(s) from ${date(from)} to ${date(to)}.` : `${n} changement(s) du ${date(from)} au ${date(to)}.`);

function timeline(e: LawCatalogueEntry): HTMLElement {
  const bar = el('div', { class: 'timeline', 'aria-hidden': 'true' });
  for (const v of e.values) {
    const left = pos(v.from);
    const right = pos(v.to ?? END);
    bar.append(el('span', { class: `seg ${v.status}${v.origin === 'override' ? ' override' : ''}`, style: `left:${left}%;width:${Math.max(0.6, right - left)}%`, title: `${date(v.from)} → ${date(v.to)}${en ? ':' : ' :'} ${en ? v.textEn : v.text}` }));
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
    const note = en ? (v.noteEn ?? v.note) : v.note;
    values.append(
      el('li', {}, el('span', { class: 'period' }, period(v.from, v.to)), ' ', badge(v.status, lang), ' ', el('strong', { class: 'value' }, en ? v.textEn : v.text),
        note ? el('p', { class: 'note' }, note) : undefined, refs),
    );
  }
  const options = e.options.length
    ? el('p', { class: 'options' }, t('options'), ...e.options.flatMap((o) => [el('code', {}, `${o.function}({ ${o.name} })`), ` ${en ? o.descriptionEn : o.description} `]))
    : undefined;
  const unit = e.unit ? UNITS[e.unit]?.[lang] ?? e.unit : undefined;
  return el('section', { class: 'param', 'data-id': e.id, 'data-package': e.package, 'data-status': statuses.join(' '), id: e.id },
    el('h3', {}, el('code', {}, e.id), ' ', ...statuses.map((s) => badge(s, lang))),
    el('p', { class: 'label' }, en ? (e.labelEn ?? e.label) : e.label, unit ? el('span', { class: 'unit' }, ` (${t('unit')}${unit})`) : ''),
    el('p', { class: 'meta' }, `${e.package} · ${e.ruleSet}.${e.key}${t('readBy')}`, ...e.readers.flatMap((r, i) => [i ? ', ' : '', el('code', {}, r)])),
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
  document.getElementById('count')!.textContent = count(n, cat.entries.length);
}

function changes(): void {
  const from = (document.getElementById('c-from') as HTMLInputElement).value;
  const to = (document.getElementById('c-to') as HTMLInputElement).value;
  const out = document.getElementById('changes')!;
  out.replaceChildren();
  try {
    const list = lawChanges(lawRuleSets(cat), from, to);
    const text = (id: string, v: unknown) => lawValueText(cat, id, v, lang);
    const rows = list.map((c) =>
      el('tr', { 'data-parameter': c.parameter },
        el('td', {}, date(c.date)),
        el('td', {}, el('a', { href: `#${c.parameter}` }, el('code', {}, c.parameter)), el('br'), en ? (c.labelEn ?? c.label) : c.label),
        el('td', { class: 'before' }, c.before ? text(c.parameter, c.before.value) : '—', c.before ? ' ' : '', c.before ? badge(c.before.status, lang) : undefined),
        el('td', { class: 'after' }, c.after ? text(c.parameter, c.after.value) : t('ruleEnded'), c.after ? ' ' : '', c.after ? badge(c.after.status, lang) : undefined),
        el('td', {}, el('ul', { class: 'refs' }, ...c.references.map(refNode)))));
    out.append(el('p', { id: 'changes-count' }, changesCount(list.length, from, to)));
    if (list.length) out.append(el('table', {}, el('thead', {}, el('tr', {}, ...t('headers').map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)));
  } catch (e) {
    out.append(el('ul', { class: 'error' }, ...(e as OfkitError).issues.map((i) => el('li', {}, `${i.path.join('.')}${en ? ': ' : ' : '}${en ? i.messageEn : i.message}`))));
  }
}

applyLang(lang, UI.title);
document.querySelector('header')!.append(langSwitch(lang));
const root = document.getElementById('app')!;
const packages = [...new Set(cat.entries.map((e) => e.package))];
root.append(
  el('h2', {}, t('changesTitle')),
  el('form', { id: 'changes-form' },
    el('label', {}, t('from'), el('input', { type: 'date', id: 'c-from', value: '2026-01-01' })), ' ',
    el('label', {}, t('to'), el('input', { type: 'date', id: 'c-to', value: '2026-12-31' })), ' ',
    el('button', { type: 'submit' }, t('show'))),
  el('div', { id: 'changes' }),
  el('h2', {}, t('allParams')),
  el('div', { class: 'filters' },
    el('label', {}, t('package'), el('select', { id: 'f-package' }, el('option', { value: '' }, t('all')), ...packages.map((p) => el('option', { value: p }, p)))), ' ',
    el('label', {}, t('status'), el('select', { id: 'f-status' }, el('option', { value: '' }, t('all')), el('option', { value: 'confirmed' }, t('confirmed')), el('option', { value: 'provisional' }, t('provisional')), el('option', { value: 'disputed' }, t('disputed')))), ' ',
    el('label', {}, t('search'), el('input', { type: 'search', id: 'f-text' })), ' ',
    el('span', { id: 'count' })),
  el('div', { id: 'params' }, ...cat.entries.map(entryNode)),
);
document.getElementById('changes-form')!.addEventListener('submit', (ev) => { ev.preventDefault(); changes(); });
for (const id of ['f-package', 'f-status', 'f-text']) document.getElementById(id)!.addEventListener('input', filter);
filter();
changes();
document.body.dataset['ready'] = 'true';
