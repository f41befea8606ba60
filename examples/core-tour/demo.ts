/**
 * Core tour (`pnpm demo`): identifier checks on a sample OF, the public holidays of a year in a few
 * zones, deadlines in working days and in months, and Paris half-days across the DST changes.
 * Reads examples/data/core/*.json, writes out/core-tour/report.md, prints a short summary.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  OfkitError,
  addMonths,
  addWorkingDays,
  countWorkingDays,
  frVatNumberFromSiren,
  isoWeekday,
  parisInstant,
  publicHolidays,
  toParisDateTime,
  validateFormacode,
  validateFrVatNumber,
  validateNda,
  validateNsfCode,
  validateRncpCode,
  validateRsCode,
  validateSiren,
  validateSiret,
  validateUai,
  type EndOfMonthPolicy,
  type HolidayZone,
  type IdentifierResult,
} from '@ofkit/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'examples', 'data', 'core');
const outDir = join(root, 'out', 'core-tour');

interface Organisation {
  name: string;
  siren: string;
  vatNumber: string;
  nda: string;
  establishments: Array<{ label: string; siret: string; uai: string }>;
  trainings: Array<{ title: string; rncp?: string; rncpBlock?: string; rs?: string; nsf: string; formacode: string }>;
}
interface CalendarData {
  year: number;
  zones: HolidayZone[];
  workingDayDeadlines: Array<{ label: string; from: string; workingDays: number; zone: HolidayZone }>;
  monthDeadlines: Array<{ label: string; from: string; months: number }>;
  signatures: Array<{ label: string; at: string }>;
  localTimes: Array<{ date: string; time: string; label: string }>;
}

const org = JSON.parse(readFileSync(join(dataDir, 'organisation.json'), 'utf8')) as Organisation;
const cal = JSON.parse(readFileSync(join(dataDir, 'calendar.json'), 'utf8')) as CalendarData;

const DAYS = ['', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const day = (d: string) => `${DAYS[isoWeekday(d)]} ${d}`;
const md: string[] = [];
const summary: string[] = [];

// 1. Identifiers -------------------------------------------------------------------------------
interface Check {
  what: string;
  input: string;
  result: IdentifierResult;
}
const checks: Check[] = [
  { what: 'SIREN', input: org.siren, result: validateSiren(org.siren) },
  { what: 'TVA intracommunautaire', input: org.vatNumber, result: validateFrVatNumber(org.vatNumber) },
  { what: "NDA (déclaration d'activité)", input: org.nda, result: validateNda(org.nda) },
];
for (const e of org.establishments) {
  checks.push({ what: `SIRET — ${e.label}`, input: e.siret, result: validateSiret(e.siret) });
  checks.push({ what: `UAI — ${e.label}`, input: e.uai, result: validateUai(e.uai) });
}
for (const t of org.trainings) {
  if (t.rncp) checks.push({ what: `RNCP — ${t.title}`, input: t.rncp, result: validateRncpCode(t.rncp) });
  if (t.rncpBlock) checks.push({ what: `Bloc RNCP — ${t.title}`, input: t.rncpBlock, result: validateRncpCode(t.rncpBlock, { block: true }) });
  if (t.rs) checks.push({ what: `RS — ${t.title}`, input: t.rs, result: validateRsCode(t.rs) });
  checks.push({ what: `NSF — ${t.title}`, input: t.nsf, result: validateNsfCode(t.nsf) });
  checks.push({ what: `Formacode — ${t.title}`, input: t.formacode, result: validateFormacode(t.formacode) });
}
const vat = frVatNumberFromSiren(org.siren);

md.push(`# Tour of @ofkit/core`, '', `Sample organisation: **${org.name}** (fictional data, examples/data/core).`, '');
md.push('## 1. Identifier checks', '', '| Identifier | Input | Result |', '|---|---|---|');
for (const c of checks) {
  const res = c.result.ok
    ? `✓ \`${c.result.value}\`${c.result.warnings?.length ? ` ⚠ ${c.result.warnings.map((w) => w.message).join(' ')}` : ''}`
    : `✗ ${c.result.issues.map((i) => `${i.message} _(${i.messageEn})_`).join(' ')}`;
  md.push(`| ${c.what} | \`${c.input}\` | ${res} |`);
}
md.push('', `VAT number computed from the SIREN: \`${vat.ok ? vat.value : 'n/a'}\`.`, '');
const bad = checks.filter((c) => !c.result.ok);
summary.push(`Identifiers: ${checks.length - bad.length}/${checks.length} valid for ${org.name}`);
for (const b of bad) if (!b.result.ok) summary.push(`  ✗ ${b.what}: ${b.result.issues[0]?.message}`);

// 2. Public holidays ---------------------------------------------------------------------------
md.push(`## 2. Public holidays ${cal.year}`, '');
const lists = new Map(cal.zones.map((z) => [z, publicHolidays(cal.year, z)] as const));
const allDates = [...new Set([...lists.values()].flat().map((h) => h.date))].sort();
md.push(`| Date | ${cal.zones.join(' | ')} |`, `|---|${cal.zones.map(() => '---').join('|')}|`);
for (const d of allDates) {
  md.push(`| ${day(d)} | ${cal.zones.map((z) => lists.get(z)!.filter((h) => h.date === d).map((h) => h.name).join(', ') || '—').join(' | ')} |`);
}
md.push('', 'Sources: Code du travail L. 3133-1 (metropole), L. 3134-13 (Alsace-Moselle), loi n° 83-550 and décret n° 83-1003 (overseas departments).', '');
summary.push(`Holidays ${cal.year}: ${cal.zones.map((z) => `${z} ${lists.get(z)!.length}`).join(', ')}`);
const extra = (z: HolidayZone) =>
  lists
    .get(z)!
    .filter((h) => !lists.get('metropole')?.some((m) => m.key === h.key))
    .map((h) => `${h.name} ${h.date}`)
    .join(', ');
for (const z of cal.zones.filter((z) => z !== 'metropole')) summary.push(`  ${z}: + ${extra(z)}`);

// 3. Deadlines -----------------------------------------------------------------------------------
md.push('## 3. Deadlines', '', '### In jours ouvrés (Monday–Friday, not a public holiday; the start day is not counted)', '');
md.push('| Case | Zone | Start | + jours ouvrés | Deadline | Same in metropole |', '|---|---|---|---|---|---|');
for (const w of cal.workingDayDeadlines) {
  const due = addWorkingDays(w.from, w.workingDays, w.zone);
  const dueMetro = addWorkingDays(w.from, w.workingDays);
  md.push(`| ${w.label} | ${w.zone} | ${day(w.from)} | ${w.workingDays} | **${day(due)}** (${countWorkingDays(w.from, due, w.zone)} jours ouvrés later) | ${day(dueMetro)} |`);
  summary.push(`Deadline: ${w.label} (${w.zone}) from ${w.from} → ${due}`);
}
md.push('', '### In months (end-of-month policy stated)', '');
const policies: EndOfMonthPolicy[] = ['clamp', 'overflow', 'end-of-month'];
md.push(`| Case | Start | ${policies.join(' | ')} |`, `|---|---|${policies.map(() => '---').join('|')}|`);
for (const m of cal.monthDeadlines) {
  const r = policies.map((p) => addMonths(m.from, m.months, { endOfMonth: p }));
  md.push(`| ${m.label} | ${m.from} | ${r.join(' | ')} |`);
}
md.push('', '`clamp` (default) follows art. 641 of the Code de procédure civile: without the same day in the target month, the last day of that month.', '');
const first = cal.monthDeadlines[0]!;
summary.push(`Deadline: ${first.label} ${first.from} → ${addMonths(first.from, first.months)} (clamp), ${addMonths(first.from, first.months, { endOfMonth: 'overflow' })} (overflow)`);

// 4. Half-days in Europe/Paris ---------------------------------------------------------------------
md.push('## 4. Signatures as Paris half-days (cut-off 13:00)', '', '| Case | Instant | Paris date | Paris time | Offset | Half-day |', '|---|---|---|---|---|---|');
for (const s of cal.signatures) {
  const p = toParisDateTime(s.at);
  md.push(`| ${s.label} | \`${s.at}\` | ${p.date} | ${p.time} | ${p.offset} | ${p.halfDay === 'morning' ? 'matin' : 'après-midi'} |`);
  summary.push(`  ${s.at.padEnd(26)} → ${p.date} ${p.time} ${p.offset} ${p.halfDay}`);
}
summary.splice(summary.length - cal.signatures.length, 0, 'Paris half-days across DST:');
md.push('', '### Paris wall-clock times that do not name exactly one instant', '', '| Case | Local time | Instant chosen |', '|---|---|---|');
for (const l of cal.localTimes) md.push(`| ${l.label} | ${l.date} ${l.time} | \`${parisInstant(l.date, l.time)}\` |`);

// 5. An error, as users get it -------------------------------------------------------------------
md.push('', '## 5. Invalid input', '');
try {
  addWorkingDays('2026-02-30', 11);
} catch (e) {
  if (!(e instanceof OfkitError)) throw e;
  md.push('`addWorkingDays(\'2026-02-30\', 11)` throws `OfkitError`:', '', '```json', JSON.stringify(e.toJSON(), null, 2), '```', '');
  summary.push(`Invalid input → ${e.code}: ${e.message}`);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'report.md'), `${md.join('\n')}\n`);
summary.push(`Report: out/core-tour/report.md`);
console.log(summary.slice(0, 25).join('\n'));
