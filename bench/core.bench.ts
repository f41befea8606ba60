/**
 * @ofkit/core benchmarks: public holidays and working days over 1990–2100, money parse/add/format.
 * Each figure is printed beside a plain-JavaScript baseline doing the same work in the same run.
 * Run: node --expose-gc --import tsx bench/core.bench.ts
 */
import { addWorkingDays, formatEur, money, publicHolidays, type Money } from '@ofkit/core';
import { measure, report } from './harness.js';

const FIRST = 1990;
const LAST = 2100;
const YEARS = LAST - FIRST + 1;

// ---- Baseline: a hand-written holiday list (metropole) with Date, and a Set for lookups ----------
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function easterMs(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Date.UTC(y, Math.floor(n / 31) - 1, (n % 31) + 1);
}
function handHolidays(y: number): Array<{ date: string; name: string }> {
  const e = easterMs(y);
  const list = [
    { date: `${y}-01-01`, name: "Jour de l'an" },
    { date: iso(e + DAY), name: 'Lundi de Pâques' },
    { date: `${y}-05-01`, name: 'Fête du travail' },
    { date: `${y}-05-08`, name: 'Victoire 1945' },
    { date: iso(e + 39 * DAY), name: 'Ascension' },
    { date: iso(e + 50 * DAY), name: 'Lundi de Pentecôte' },
    { date: `${y}-07-14`, name: 'Fête nationale' },
    { date: `${y}-08-15`, name: 'Assomption' },
    { date: `${y}-11-01`, name: 'Toussaint' },
    { date: `${y}-11-11`, name: 'Armistice 1918' },
    { date: `${y}-12-25`, name: 'Noël' },
  ];
  return list.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
}
function handAddWorkingDays(date: string, n: number): string {
  const sets = new Map<number, Set<string>>();
  let ms = Date.parse(`${date}T00:00:00Z`);
  let left = Math.abs(n);
  const step = n >= 0 ? DAY : -DAY;
  while (left > 0) {
    ms += step;
    const d = new Date(ms);
    const wd = d.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const y = d.getUTCFullYear();
    let set = sets.get(y);
    if (!set) sets.set(y, (set = new Set(handHolidays(y).map((h) => h.date))));
    if (!set.has(iso(ms))) left -= 1;
  }
  return iso(ms);
}

// Sanity: ours and the baseline agree on what they compute (a wrong baseline would make the ratio meaningless).
for (let y = FIRST; y <= LAST; y++) {
  const a = publicHolidays(y).map((h) => h.date).join();
  const b = handHolidays(y).map((h) => h.date).join();
  if (a !== b) throw new Error(`baseline mismatch in ${y}: ${a} vs ${b}`);
  if (addWorkingDays(`${y}-04-20`, 30) !== handAddWorkingDays(`${y}-04-20`, 30)) throw new Error(`working-day mismatch in ${y}`);
}

console.log(`@ofkit/core — ${YEARS} years (${FIRST}–${LAST}) per operation unless stated; Node ${process.version}`);

report(
  `publicHolidays(year) for every year ${FIRST}–${LAST}`,
  measure('ofkit publicHolidays × 111 years', 300, () => {
    let n = 0;
    for (let y = FIRST; y <= LAST; y++) n += publicHolidays(y).length;
    return n;
  }),
  measure('hand-written list + Date × 111 years', 300, () => {
    let n = 0;
    for (let y = FIRST; y <= LAST; y++) n += handHolidays(y).length;
    return n;
  }),
  'ofkit also resolves the dated holiday parameter (valueAt) and checks its inputs on every call.',
);

report(
  `addWorkingDays(date, ±30) from 20 April of every year ${FIRST}–${LAST}`,
  measure('ofkit addWorkingDays × 111 years × 2', 40, () => {
    let s = '';
    for (let y = FIRST; y <= LAST; y++) s = addWorkingDays(`${y}-04-20`, 30) + addWorkingDays(`${y}-04-20`, -30);
    return s;
  }),
  measure('Date loop + Set of holidays × 111 years × 2', 40, () => {
    let s = '';
    for (let y = FIRST; y <= LAST; y++) s = handAddWorkingDays(`${y}-04-20`, 30) + handAddWorkingDays(`${y}-04-20`, -30);
    return s;
  }),
);

report(
  `addWorkingDays(date, 250) across a year end (one call spans two years)`,
  measure('ofkit addWorkingDays(…, 250)', 2000, (i) => addWorkingDays(`${FIRST + (i % YEARS)}-06-01`, 250)),
  measure('Date loop + Set (…, 250)', 2000, (i) => handAddWorkingDays(`${FIRST + (i % YEARS)}-06-01`, 250)),
);

// ---- Money ---------------------------------------------------------------------------------------
const AMOUNTS = Array.from({ length: 1000 }, (_, i) => `${(i * 7919) % 100000}.${String((i * 37) % 100).padStart(2, '0')}`);

function centsOf(s: string): number {
  const neg = s.startsWith('-');
  const [int = '0', dec = '0'] = (neg ? s.slice(1) : s).split('.');
  const c = Number(int) * 100 + Number(dec.padEnd(2, '0'));
  return neg ? -c : c;
}
function handFormat(cents: number): string {
  const s = (Math.abs(cents) / 100).toFixed(2);
  const [int = '0', dec = '00'] = s.split('.');
  return `${cents < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F')},${dec}\u00A0€`;
}
if (formatEur(AMOUNTS[5]!) !== handFormat(centsOf(AMOUNTS[5]!))) throw new Error('format baseline mismatch');

report(
  'money: parse 1000 decimal strings',
  measure('ofkit money(string) × 1000', 300, () => {
    let last: Money | undefined;
    for (const a of AMOUNTS) last = money(a);
    return last;
  }),
  measure('integer cents via split/Number × 1000', 300, () => {
    let last = 0;
    for (const a of AMOUNTS) last = centsOf(a);
    return last;
  }),
);

const parsed = AMOUNTS.map((a) => money(a));
const cents = AMOUNTS.map(centsOf);
report(
  'money: add 1000 amounts',
  measure('ofkit Money#plus × 1000', 300, () => {
    let t = money(0);
    for (const m of parsed) t = t.plus(m);
    return t;
  }),
  measure('integer cents + × 1000', 300, () => {
    let t = 0;
    for (const c of cents) t += c;
    return t;
  }),
);

report(
  'money: format 1000 amounts in French',
  measure('ofkit formatEur × 1000', 300, () => {
    let s = '';
    for (const m of parsed) s = formatEur(m);
    return s;
  }),
  measure('toFixed + regex grouping × 1000', 300, () => {
    let s = '';
    for (const c of cents) s = handFormat(c);
    return s;
  }),
);

const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
report(
  'money: format 1000 amounts, against Intl.NumberFormat',
  measure('ofkit formatEur × 1000', 300, () => {
    let s = '';
    for (const m of parsed) s = formatEur(m);
    return s;
  }),
  measure('Intl.NumberFormat fr-FR EUR (float) × 1000', 300, () => {
    let s = '';
    for (const c of cents) s = intl.format(c / 100);
    return s;
  }),
);

report(
  'money: parse + add + format (a 1000-line invoice total)',
  measure('ofkit money → plus → formatEur', 300, () => {
    let t = money(0);
    for (const a of AMOUNTS) t = t.plus(money(a));
    return formatEur(t);
  }),
  measure('integer cents → + → toFixed format', 300, () => {
    let t = 0;
    for (const a of AMOUNTS) t += centsOf(a);
    return handFormat(t);
  }),
);
