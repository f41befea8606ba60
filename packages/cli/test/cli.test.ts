/**
 * Contract tests of the `ofkit` command (issue 11): the BUILT binary run as a subprocess over
 * examples/data and examples/cli/data. Every command prints exactly the library's result as JSON
 * (compared with the library called directly), every exit code (0, 1, 2) is exercised, and bad inputs
 * give a clear message, no stack trace, and nothing written at --out.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, coreLawCatalogue, formatEur, hasValueAt, lawChanges, lawRuleSets, mergeLawCatalogues, publicHolidays, validateSiret, valueAt, type OfkitIssue } from '@ofkit/core';
import { lawValueText } from '@ofkit/core/internal';
import { cpfFinancingRules, cpfLawCatalogue, cpfPlatformDeadlines, dotationStatus, planCpfFinancing, projectCpfRights } from '@ofkit/cpf';
import {
  applicableIndicators,
  assessDistanceLearning,
  assessReadiness,
  auditCycle,
  nonConformityDeadlines,
  readinessToMarkdown,
  rnqJsonSchema,
  rnqLawCatalogue,
} from '@ofkit/rnq';
import { bpfInputFromDomain, bpfToCsv, checkMentions, computeBpf, createDocument, docsGenLawCatalogue, documentInputsFromSession, renderHtml, renderMarkdown, toLheoXml } from '@ofkit/docs-gen';
import { convocationCalendar } from '@ofkit/docs-gen/ics';
import { readBpfData } from '../../../examples/bpf/main.js';
import { writeSessionInputs } from '../../../examples/cli/session-inputs.js';
import { asJson, bin, ensureBuilt, ofkit, root } from './helpers.js';
import { spawnSync } from 'node:child_process';

const data = (p: string) => join(root, 'examples', 'data', p);
const cliData = (p: string) => join(root, 'examples', 'cli', 'data', p);
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
let tmp: string;
let sessionDir: string;
let jobs: Array<{ name: string; kind: string; input: unknown }>;

beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'ofkit-cli-'));
  sessionDir = join(tmp, 'session-inputs');
  jobs = writeSessionInputs(root, sessionDir).map((name) => ({ name, ...readJson(join(sessionDir, name)) }));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Asserts a failed run: exit 2, each issue on stderr, no stack trace, nothing on stdout. */
function expectUsage(r: { status: number | null; stdout: string; stderr: string }, ...fragments: string[]) {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^ofkit: \d+ probl/);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  for (const f of fragments) expect(r.stderr).toContain(f);
}

describe('ofkit --version and --help', () => {
  it('--version prints the package version', async () => {
    const r = await ofkit(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(readJson(join(root, 'packages', 'cli', 'package.json')).version);
  });

  it('--help lists every command; each command has its own --help with an example, in French and English', async () => {
    const g = await ofkit(['--help']);
    expect(g.status).toBe(0);
    const commands = [
      'cpf plan', 'cpf rights', 'cpf deadlines', 'cpf dotation', 'qualiopi indicators', 'qualiopi readiness', 'qualiopi calendar',
      'lms distance', 'docs build', 'docs check', 'docs session', 'bpf', 'lheo', 'schema', 'law', 'law changes', 'validate', 'calendar holidays', 'calendar add-working-days',
    ];
    for (const c of commands) {
      expect(g.stdout).toContain(`  ${c}`);
      const fr = await ofkit([...c.split(' '), '--help']);
      expect(fr.status).toBe(0);
      expect(fr.stdout).toContain(`ofkit ${c}`);
      expect(fr.stdout).toMatch(/Exemple :\n {2}ofkit /);
      const en = await ofkit([...c.split(' '), '--help', '--lang', 'en']);
      expect(en.stdout).toMatch(/Example:\n {2}ofkit /);
    }
  });
});

describe('the example of every command’s --help runs from the repository root', () => {
  it('each example exits 0', async () => {
    const { COMMANDS } = await import('../src/run.js');
    expect(COMMANDS).toHaveLength(19);
    for (const c of COMMANDS) {
      const words = [...c.example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      expect(words[0]).toBe('ofkit');
      expect(words.slice(1, 1 + c.path.length)).toEqual([...c.path]);
      const r = await ofkit(words.slice(1));
      expect(r.status, `${c.example}\n${r.stderr}`).toBe(0);
    }
  });
});

describe('cpf', () => {
  const files = readdirSync(data('cpf')).filter((f) => f.endsWith('.json'));

  it.each(files)('cpf plan %s prints exactly planCpfFinancing’s result', async (f) => {
    const r = await ofkit(['cpf', 'plan', data(`cpf/${f}`)]);
    expect(r.status, r.stderr).toBe(0);
    const { request, options } = readJson(data(`cpf/${f}`));
    // A file { request, options } (as in examples/data/cpf) is planned with its options.
    expect(JSON.parse(r.stdout)).toEqual(asJson(planCpfFinancing(request, options ?? {})));
  });

  it('cpf plan reads --options (a named alternative reading) and standard input (-)', async () => {
    const file = data('cpf/01-salarie-rncp-dotation-opco.json');
    const request = readJson(file).request;
    const options = join(tmp, 'options.json');
    writeFileSync(options, JSON.stringify({ employerDotationExempts: true }));
    const r = await ofkit(['cpf', 'plan', '-', '--options', options], { input: JSON.stringify(request) });
    expect(r.status, r.stderr).toBe(0);
    const expected = planCpfFinancing(request, { employerDotationExempts: true });
    expect(JSON.parse(r.stdout)).toEqual(asJson(expected));
    // The option changes the answer (the employer dotation exempts from the participation).
    expect(expected.participation.exempt).toBe(true);
    expect(planCpfFinancing(request).participation.exempt).toBe(false);
  });

  it('cpf plan --format text shows the lines, what the holder pays and the warnings, in French or English', async () => {
    const file = data('cpf/01-salarie-rncp-dotation-opco.json');
    const plan = planCpfFinancing(readJson(file).request);
    const fr = await ofkit(['cpf', 'plan', file, '--format', 'text']);
    expect(fr.stdout).toContain(`Reste à charge du titulaire : ${formatEur(plan.holderPays)}`);
    expect(fr.stdout).toContain('droits acquis');
    expect(fr.stdout).not.toContain('acquired-rights');
    expect(fr.stdout).toContain(plan.warnings[0]!.message);
    const en = await ofkit(['cpf', 'plan', file, '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain(`Holder pays: EUR ${plan.holderPays}`);
    expect(en.stdout).toContain(plan.warnings[0]!.messageEn);
    // English text in English: quotes, the contribution's name, no French label.
    expect(en.stdout).toContain('Level 1 — "dotation-employeur": EUR 300.00');
    expect(en.stdout).toContain(`Flat-rate contribution: EUR ${plan.participation.amount}`);
    expect(en.stdout).not.toMatch(/«|Participation forfaitaire :/);
    // A waived participation prints its reason, in the language asked for.
    const js = readJson(file).request;
    const jsFile = join(tmp, 'jobseeker.json');
    writeFileSync(jsFile, JSON.stringify({ ...js, holder: { ...js.holder, status: 'jobseeker' } }));
    const jsEn = await ofkit(['cpf', 'plan', jsFile, '--format', 'text', '--lang', 'en']);
    expect(jsEn.stdout).toContain('Flat-rate contribution: EUR 0.00 (exempt) — Jobseeker: no flat-rate contribution due (L. 6323-7).');
    const jsFr = await ofkit(['cpf', 'plan', jsFile, '--format', 'text']);
    // French amounts in French: decimal comma and a no-break space before the euro sign.
    expect(jsFr.stdout).toContain("Participation forfaitaire : 0,00\u00A0€ (exonéré) — Demandeur d'emploi : participation non due (L. 6323-7).");
    expect(fr.stdout).toContain('Niveau 1 — « dotation-employeur » : 300,00\u00A0€');
    expect(fr.stdout).not.toMatch(/\d\.\d\d\s€/);
  });

  it('cpf rights, deadlines and dotation print the library’s results', async () => {
    const rights = await ofkit(['cpf', 'rights', cliData('cpf-droits.json')]);
    expect(JSON.parse(rights.stdout)).toEqual(asJson(projectCpfRights(readJson(cliData('cpf-droits.json')))));
    // 2024 a full year: 500 €; 2025 700 h of the 1607-hour reference: 700 / 1607 × 500 = 217.797… → 217.80 € (as @ofkit/cpf’s own example).
    expect(JSON.parse(rights.stdout).balance).toBe('717.80');
    const deadlines = await ofkit(['cpf', 'deadlines', cliData('cpf-delais.json')]);
    expect(JSON.parse(deadlines.stdout)).toEqual(asJson(cpfPlatformDeadlines(readJson(cliData('cpf-delais.json')))));
    const dotation = await ofkit(['cpf', 'dotation', cliData('cpf-dotation.json'), '--date', '2026-09-01']);
    expect(dotation.status).toBe(0);
    expect(JSON.parse(dotation.stdout)).toEqual(asJson(dotationStatus(readJson(cliData('cpf-dotation.json')), '2026-09-01')));
    expect(JSON.parse(dotation.stdout).status).toBe('expired');
    expectUsage(await ofkit(['cpf', 'dotation', cliData('cpf-dotation.json')]), '--date');
  });
});

describe('qualiopi and lms', () => {
  it.each(['micro-of.json', 'cfa.json'])('qualiopi indicators and readiness over examples/data/rnq/%s equal the library', async (f) => {
    const file = data(`rnq/${f}`);
    const of = readJson(file);
    const ind = await ofkit(['qualiopi', 'indicators', file]);
    expect(ind.status, ind.stderr).toBe(0);
    expect(JSON.parse(ind.stdout)).toEqual(asJson(applicableIndicators(of.profile, { auditDate: of.auditDate, auditType: of.auditType })));
    const ready = await ofkit(['qualiopi', 'readiness', file]);
    const expected = assessReadiness(of.profile, of.evidence, { auditDate: of.auditDate, auditType: of.auditType });
    expect(JSON.parse(ready.stdout)).toEqual(asJson(expected));
    const md = await ofkit(['qualiopi', 'readiness', file, '--format', 'md']);
    expect(md.stdout).toBe(readinessToMarkdown(expected));
  });

  it('qualiopi indicators: --date and --audit-type override the file; --include-excluded adds the excluded ones', async () => {
    const file = data('rnq/micro-of.json');
    const r = await ofkit(['qualiopi', 'indicators', file, '--date', '2026-06-15', '--audit-type', 'initial', '--include-excluded']);
    expect(JSON.parse(r.stdout)).toEqual(asJson(applicableIndicators(readJson(file).profile, { auditDate: '2026-06-15', auditType: 'initial', includeExcluded: true })));
    expectUsage(await ofkit(['qualiopi', 'indicators', file, '--audit-type', 'annual']), '--audit-type', 'annual');
  });

  it('qualiopi readiness reads the follow-up spreadsheet (CSV: ; separator, jj/mm/aaaa dates, French headers)', async () => {
    const profile = data('rnq/micro-of.json');
    const of = readJson(profile);
    const r = await ofkit(['qualiopi', 'readiness', cliData('qualiopi-preuves.csv'), '--profile', profile]);
    expect(r.status, r.stderr).toBe(0);
    // Row 2: « P-001;programme;15/01/2026;;;1 » → an item of kind programme dated 2026-01-15 linked to indicator 1.
    const result = JSON.parse(r.stdout);
    expect(result.summary.evidenceProvided ?? result.summary).toBeDefined();
    const items = [
      { id: 'P-001', kind: 'programme', date: '2026-01-15', indicators: [1] },
      { id: 'P-002', kind: 'public-information', date: '2026-01-15' },
      { id: 'P-003', kind: 'needs-analysis', date: '2026-01-05', sessionId: 'EXCEL-01' },
      { id: 'P-004', kind: 'convention', date: '2026-01-06', sessionId: 'EXCEL-01' },
      { id: 'P-005', kind: 'emargement', date: '2026-01-13', sessionId: 'EXCEL-01' },
      { id: 'P-006', kind: 'satisfaction-hot', date: '2026-01-13', sessionId: 'EXCEL-01' },
      { id: 'P-007', kind: 'complaint-log', date: '2026-06-30', indicators: [31, 32] },
      { id: 'P-008', kind: 'trainer-cv', date: '2026-01-02', indicators: [21] },
      { id: 'P-009', kind: 'legal-watch', date: '2026-03-01', indicators: [23] },
      { id: 'P-010', kind: 'improvement-plan', date: '2026-09-01', indicators: [32] },
    ];
    expect(result).toEqual(asJson(assessReadiness(of.profile, { items } as never, { auditDate: of.auditDate, auditType: of.auditType })));
  });

  it('qualiopi readiness --template writes the headers and one example row, which reads back', async () => {
    const out = join(tmp, 'modele.csv');
    const t = await ofkit(['qualiopi', 'readiness', '--template', 'evidence', '--out', out]);
    expect(t.status, t.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n').filter((l) => l !== '')).toEqual(['Identifiant;Type de preuve;Date;Session;Apprenant;Indicateurs', 'P-001;programme;15/01/2026;EXCEL-01;;1 2']);
    const r = await ofkit(['qualiopi', 'readiness', out, '--profile', data('rnq/micro-of.json')]);
    expect(r.status, r.stderr).toBe(0);
  });

  it('qualiopi calendar: audit cycle and non-conformity deadlines equal the library', async () => {
    const cycle = await ofkit(['qualiopi', 'calendar', '--certification-date', '2025-03-14', '--date', '2026-12-05']);
    expect(cycle.status, cycle.stderr).toBe(0);
    expect(JSON.parse(cycle.stdout)).toEqual(asJson(auditCycle({ certificationDate: '2025-03-14', asOf: '2026-12-05' })));
    const nc = await ofkit(['qualiopi', 'calendar', cliData('qualiopi-nc.json')]);
    expect(JSON.parse(nc.stdout)).toEqual(asJson(nonConformityDeadlines(readJson(cliData('qualiopi-nc.json')))));
    const ncOpts = await ofkit(['qualiopi', 'calendar', '--notified-on', '2026-11-24', '--grade', 'minor', '--audit-type', 'initial']);
    expect(JSON.parse(ncOpts.stdout)).toEqual(asJson(nonConformityDeadlines({ notifiedOn: '2026-11-24', grade: 'minor', auditType: 'initial' })));
    expectUsage(await ofkit(['qualiopi', 'calendar']), '--certification-date');
  });

  it('lms distance reads a JSON document, an LRS StatementResult, NDJSON and standard input alike', async () => {
    const lms = readJson(data('rnq/micro-of-xapi.json'));
    const expected = asJson(assessDistanceLearning(lms.traces, lms.session));
    const session = join(tmp, 'session.json');
    writeFileSync(session, JSON.stringify(lms.session));
    const array = join(tmp, 'statements.json');
    writeFileSync(array, JSON.stringify(lms.traces, null, 2));
    const result = join(tmp, 'statement-result.json');
    writeFileSync(result, JSON.stringify({ statements: lms.traces, more: '' }));
    const ndjson = join(tmp, 'statements.ndjson');
    writeFileSync(ndjson, `${lms.traces.map((t: unknown) => JSON.stringify(t)).join('\n')}\n`);
    for (const file of [data('rnq/micro-of-xapi.json'), array, result, ndjson]) {
      const r = await ofkit(['lms', 'distance', file, '--session', session]);
      expect(r.status, `${file}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(expected);
      expect(r.stderr).toBe(''); // no progress when standard error is not a terminal
    }
    const stdin = await ofkit(['lms', 'distance', '-', '--session', data('rnq/micro-of-xapi.json')], { input: readFileSync(ndjson) });
    expect(JSON.parse(stdin.stdout)).toEqual(expected);
  });

  it('lms distance on real statements (Blackboard xAPI plugin, xAPI-vle/xAPI-vle-recipe): same result from every input shape', async () => {
    const dir = join(root, 'packages', 'cli', 'test', 'data', 'xapi-vle-recipe');
    const statements = readJson(join(dir, 'blackboard-statements.json'));
    const session = { id: 'BB-xAPI-Basics', activities: [{ id: 'https://jisc.blackboard.com/webapps/gradebook/do/instructor/enterGradeCenter?course_id=_47_1&cvid=fullGC#', kind: 'assessment' }] };
    const sessionFile = join(tmp, 'bb-session.json');
    writeFileSync(sessionFile, JSON.stringify(session));
    const expected = asJson(assessDistanceLearning(statements, session as never));
    // Agents identified by their xAPI account (homePage + name): the two homePages of the public
    // samples are two learners. The « completed » sample reuses the « started » sample's statement id
    // (copied files), so it is a duplicate and the first one wins (xAPI Data §2.4.1): no assessment done.
    const e = expected as { learners: Array<{ learnerId: string; assessmentsCompleted: number }>; totals: { duplicates: number } };
    expect(e.learners.map((l) => [l.learnerId, l.assessmentsCompleted])).toEqual([
      ['account:https://jisc.blackboard.com|test1', 0],
      ['account:https://services-uswest.skytap.com:27219|test1', 0],
    ]);
    expect(e.totals.duplicates).toBe(1);
    const ndjson = join(tmp, 'bb.ndjson');
    writeFileSync(ndjson, `${statements.map((t: unknown) => JSON.stringify(t)).join('\r\n')}\r\n`);
    const result = join(tmp, 'bb-result.json');
    writeFileSync(result, JSON.stringify({ statements, more: '' }, null, 4));
    for (const file of [join(dir, 'blackboard-statements.json'), ndjson, result]) {
      const r = await ofkit(['lms', 'distance', file, '--session', sessionFile]);
      expect(r.status, `${file}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(expected);
    }
    // The course_access sample has no timestamp: left out and listed in `rejected` (exit 0), as the library does.
    const noTs = readJson(join(dir, 'blackboard-course-access-no-timestamp.json'));
    const withBad = join(tmp, 'bb-bad.json');
    writeFileSync(withBad, JSON.stringify([...statements, noTs]));
    const lenient = await ofkit(['lms', 'distance', withBad, '--session', sessionFile]);
    expect(lenient.status, lenient.stderr).toBe(0);
    const lenientJson = JSON.parse(lenient.stdout);
    expect(lenientJson).toEqual(asJson(assessDistanceLearning([...statements, noTs], session as never)));
    expect(lenientJson.rejected.map((x: { index: number; issues: OfkitIssue[] }) => [x.index, x.issues[0]!.path])).toEqual([[4, ['traces', 4, 'timestamp']]]);
    // The text format lists the rejected statement with its position and reason, in French or English.
    const text = await ofkit(['lms', 'distance', withBad, '--session', sessionFile, '--format', 'text']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Traces rejetées (1)');
    expect(text.stdout).toContain('n° 4 : traces[4].timestamp : Ni horodatage');
    const textEn = await ofkit(['lms', 'distance', withBad, '--session', sessionFile, '--format', 'text', '--lang', 'en']);
    expect(textEn.stdout).toContain('Rejected statements (1):\n  - n° 4: traces[4].timestamp: Neither timestamp nor stored');
    // --strict: all or nothing, the library's own error with the statement's path.
    const bad = await ofkit(['lms', 'distance', withBad, '--session', sessionFile, '--strict', '--json']);
    let libraryError: unknown = 'no error';
    try {
      assessDistanceLearning([...statements, noTs], session as never, { strict: true });
    } catch (err) {
      libraryError = asJson(err);
    }
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(JSON.parse(bad.stderr)).toEqual(libraryError);
    expect(JSON.parse(bad.stderr).issues[0].path).toEqual(['traces', 4, 'timestamp']);
  });

  it('lms distance reports every bad NDJSON line with its number', async () => {
    const bad = join(tmp, 'bad.ndjson');
    writeFileSync(bad, '{"actor":{"mbox":"mailto:a@b.fr"},"verb":{"id":"x/launched"},"object":{"id":"m"},"timestamp":"2026-03-02T09:00:00+01:00"}\n{oops\n\n[1,\n');
    const r = await ofkit(['lms', 'distance', bad, '--session', cliData('../../../examples/data/rnq/micro-of-xapi.json')]);
    expectUsage(r, 'Ligne 2', 'Ligne 4');
  });
});

describe('docs', () => {
  it('docs build prints createDocument’s model as JSON, and renders HTML, Markdown and PDF, for one document of every kind', async () => {
    const byKind = new Map<string, (typeof jobs)[number]>();
    for (const j of jobs) if (!byKind.has(j.kind)) byKind.set(j.kind, j);
    expect(byKind.size).toBeGreaterThanOrEqual(12);
    for (const j of byKind.values()) {
      const file = join(sessionDir, j.name);
      const input = join(tmp, `${j.kind}.json`);
      writeFileSync(input, JSON.stringify(j.input));
      const r = await ofkit(['docs', 'build', j.kind, input]);
      expect(r.status, `${j.kind}: ${r.stderr}`).toBe(0);
      const doc = createDocument(j.kind as never, j.input as never);
      expect(JSON.parse(r.stdout)).toEqual(asJson(doc));
      void file;
    }
    const conv = byKind.get('convention')!;
    const input = join(tmp, 'convention.json');
    const doc = createDocument('convention', conv.input as never);
    expect((await ofkit(['docs', 'build', 'convention', input, '--format', 'html'])).stdout).toBe(renderHtml(doc));
    expect((await ofkit(['docs', 'build', 'convention', input, '--format', 'md'])).stdout).toBe(renderMarkdown(doc));
    const pdf = await ofkit(['docs', 'build', 'convention', input, '--format', 'pdf']);
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.toString('latin1')).toContain('DejaVuSans');
  });

  it('docs build --font embeds the chosen TrueType font; a font that is not TrueType is refused', async () => {
    const input = join(tmp, 'convention.json');
    const font = join(root, 'node_modules', '.pnpm', 'dejavu-fonts-ttf@2.37.3', 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSerif.ttf');
    const r = await ofkit(['docs', 'build', 'convention', input, '--format', 'pdf', '--font', font]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.bytes.toString('latin1')).toContain('DejaVuSerif');
    expectUsage(await ofkit(['docs', 'build', 'convention', input, '--format', 'pdf', '--font', input]), 'TrueType');
  });

  it('docs check: exit 0 and [] when complete; exit 1 with each missing mention, its path and article', async () => {
    const facture = jobs.find((j) => j.kind === 'facture')!;
    const ok = join(tmp, 'facture-ok.json');
    writeFileSync(ok, JSON.stringify(facture.input));
    const good = await ofkit(['docs', 'check', 'facture', ok]);
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual([]);
    const { dueDate, latePenaltyRate, ...rest } = facture.input as Record<string, unknown>;
    void dueDate;
    void latePenaltyRate;
    const badFile = join(tmp, 'facture-bad.json');
    writeFileSync(badFile, JSON.stringify(rest));
    const bad = await ofkit(['docs', 'check', 'facture', badFile]);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toEqual(asJson(checkMentions('facture', rest as never)));
    const text = await ofkit(['docs', 'check', 'facture', badFile, '--format', 'text']);
    expect(text.status).toBe(1);
    // C. com. L. 441-9 / L. 441-10: the due date and the late-payment penalty rate are mandatory on an invoice.
    expect(text.stdout).toMatch(/dueDate : .*Date d'échéance.*L441-9/);
    expect(text.stdout).toMatch(/latePenaltyRate : .*L441-10/);
    const en = await ofkit(['docs', 'check', 'facture', badFile, '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toMatch(/dueDate: Mandatory mention missing/);
  });

  it('docs session writes every document of the session into --out, all or nothing', async () => {
    const out = join(tmp, 'session-html');
    const r = await ofkit(['docs', 'session', sessionDir, '--format', 'html', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(jobs.map((j) => j.name.replace(/\.json$/, '.html')).sort());
    const first = jobs[0]!;
    expect(readFileSync(join(out, first.name.replace(/\.json$/, '.html')), 'utf8')).toBe(renderHtml(createDocument(first.kind as never, first.input as never)));
    // One broken document: nothing is written.
    const broken = join(tmp, 'session-broken');
    writeSessionInputs(root, broken);
    writeFileSync(join(broken, 'zz-broken.json'), JSON.stringify({ kind: 'facture', input: { number: 'F-1' } }));
    const out2 = join(tmp, 'session-none');
    const b = await ofkit(['docs', 'session', broken, '--format', 'html', '--out', out2]);
    expectUsage(b, 'zz-broken.json');
    expect(existsSync(out2)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('docs from core records, DOCX and ICS', () => {
  const sessionRecordsDir = cliData('session');
  const records = () => {
    const r: Record<string, unknown> = {};
    for (const n of ['organisation', 'training', 'session', 'learners', 'enrolments', 'trainers', 'attendance', 'client']) r[n] = readJson(join(sessionRecordsDir, `${n}.json`));
    const { date, documentFields } = readJson(join(sessionRecordsDir, 'documents.json'));
    return { ...r, date, documentFields };
  };

  it('docs session over core records: every document documentInputsFromSession lists, completed by documents.json, exit 0', async () => {
    const out = join(tmp, 'records-html');
    const r = await ofkit(['docs', 'session', sessionRecordsDir, '--format', 'html', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const docs = documentInputsFromSession(records() as never);
    expect(docs.length).toBe(18);
    expect(readdirSync(out).sort()).toEqual(docs.map((d) => `${d.key.replace(':', '-')}.html`).sort());
    // A document core records complete alone is the library's, byte for byte.
    const sheet = docs.find((d) => d.kind === 'feuille-emargement')!;
    expect(sheet.missing).toEqual([]);
    expect(readFileSync(join(out, 'feuille-emargement.html'), 'utf8')).toBe(renderHtml(createDocument(sheet.kind, sheet.input as never)));
    // documents.json's documentFields complete every document in the library: each file is the library's, byte for byte.
    for (const d of docs) expect(d.missing, d.key).toEqual([]);
    const conv = docs.find((d) => d.key === 'convocation:L2')!;
    expect(readFileSync(join(out, 'convocation-L2.html'), 'utf8')).toBe(renderHtml(createDocument('convocation', conv.input as never)));
    // A field given under documents.json's `inputs` (by kind) is still merged into the library's input.
    const withInputs = join(tmp, 'records-inputs');
    mkdirSync(withInputs, { recursive: true });
    for (const n of readdirSync(sessionRecordsDir)) writeFileSync(join(withInputs, n), readFileSync(join(sessionRecordsDir, n)));
    const extra = { equipment: 'Un ordinateur portable.' };
    writeFileSync(join(withInputs, 'documents.json'), JSON.stringify({ ...readJson(join(sessionRecordsDir, 'documents.json')), inputs: { convocation: extra } }));
    const out3 = join(tmp, 'records-inputs-html');
    const r3 = await ofkit(['docs', 'session', withInputs, '--format', 'html', '--out', out3]);
    expect(r3.status, r3.stderr).toBe(0);
    expect(readFileSync(join(out3, 'convocation-L2.html'), 'utf8')).toBe(renderHtml(createDocument('convocation', { ...(conv.input as object), ...extra } as never)));
  });

  it('docs session over core records without the completions: the complete documents are written, the others listed with what is missing, exit 1', async () => {
    const dir = join(tmp, 'records-bare');
    mkdirSync(dir, { recursive: true });
    for (const n of readdirSync(sessionRecordsDir)) if (n !== 'documents.json') writeFileSync(join(dir, n), readFileSync(join(sessionRecordsDir, n)));
    const out = join(tmp, 'records-bare-out');
    const r = await ofkit(['docs', 'session', dir, '--date', '2026-11-20', '--format', 'md', '--out', out]);
    expect(r.status, r.stderr).toBe(1);
    const docs = documentInputsFromSession({ ...records(), documentFields: {} } as never);
    const ready = docs.filter((d) => d.missing.length === 0);
    expect(ready.length).toBeGreaterThan(0);
    expect(ready.length).toBeLessThan(docs.length);
    expect(readdirSync(out).sort()).toEqual(ready.map((d) => `${d.key.replace(':', '-')}.md`).sort());
    expect(r.stderr).toContain(`${ready.length} document(s) écrit(s) sur ${docs.length}.`);
    for (const d of docs.filter((x) => x.missing.length > 0)) expect(r.stderr).toContain(`  - ${d.key} : à compléter — ${d.missing.join(', ')}`);
    // No date (neither --date nor documents.json) and a missing required file: exit 2, nothing written.
    const out2 = join(tmp, 'records-none');
    expectUsage(await ofkit(['docs', 'session', dir, '--out', out2]), '--date');
    rmSync(join(dir, 'learners.json'));
    expectUsage(await ofkit(['docs', 'session', dir, '--date', '2026-11-20', '--out', out2]), 'learners.json');
    expect(existsSync(out2)).toBe(false);
  });

  it('--format docx (docs build, docs session) writes Word files with the document’s text', async () => {
    const out = join(tmp, 'facture.docx');
    const r = await ofkit(['docs', 'build', 'facture', cliData('facture.json'), '--format', 'docx', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { renderDocx } = await import('@ofkit/docs-gen/docx');
    const lib = Buffer.from(await renderDocx(createDocument('facture', readJson(cliData('facture.json')))));
    expect(bytes.length).toBeGreaterThan(5000);
    expect(Math.abs(bytes.length - lib.length)).toBeLessThan(200); // same document (zip timestamps may differ)
    const dir = join(tmp, 'records-docx');
    const s = await ofkit(['docs', 'session', sessionRecordsDir, '--format', 'docx', '--out', dir]);
    expect(s.status, s.stderr).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).toHaveLength(18);
  });

  it('--format ics for a convocation: convocationCalendar with --issued-at (or now); other kinds and bad instants are usage errors', async () => {
    const input = readJson(cliData('convocation.json'));
    const r = await ofkit(['docs', 'build', 'convocation', cliData('convocation.json'), '--format', 'ics', '--issued-at', '2026-11-20T10:00:00+01:00']);
    expect(r.status, r.stderr).toBe(0);
    const expected = convocationCalendar({ organisation: input.organisation, training: input.training, session: input.session, learner: input.learner, issuedAt: '2026-11-20T10:00:00+01:00' });
    expect(r.stdout).toBe(expected);
    expect(r.stdout).toContain('DTSTART;TZID=Europe/Paris:20261207T090000');
    expect(r.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(input.session.slots.length);
    const now = await ofkit(['docs', 'build', 'convocation', cliData('convocation.json'), '--format', 'ics']);
    expect(now.status, now.stderr).toBe(0);
    const stamp = /DTSTAMP:(\d{8}T\d{6}Z)/.exec(now.stdout)![1]!;
    expect(stamp.slice(0, 4)).toBe(String(new Date().getUTCFullYear()));
    expectUsage(await ofkit(['docs', 'build', 'facture', cliData('facture.json'), '--format', 'ics']), 'convocation');
    expectUsage(await ofkit(['docs', 'build', 'convocation', cliData('convocation.json'), '--format', 'ics', '--issued-at', '20/11/2026']), '--issued-at');
  });
});

describe('bpf and lheo', () => {
  it('bpf over examples/data/bpf (one file per list) and examples/data/bpf/domain (core records) equals computeBpf', async () => {
    const r = await ofkit(['bpf', data('bpf')]);
    expect(r.status, r.stderr).toBe(0);
    const expected = computeBpf(readBpfData(data('bpf')));
    expect(JSON.parse(r.stdout)).toEqual(asJson(expected));
    const csv = await ofkit(['bpf', data('bpf'), '--format', 'csv']);
    expect(csv.stdout).toBe(bpfToCsv(expected, { format: 'fr' }));
    const domain = await ofkit(['bpf', data('bpf/domain/domain.json')]);
    expect(domain.status, domain.stderr).toBe(0);
    expect(JSON.parse(domain.stdout)).toEqual(asJson(computeBpf(bpfInputFromDomain(readJson(data('bpf/domain/domain.json'))))));
  });

  it('bpf reads enrolments, attendance and invoices from French CSV (decimal comma, jj/mm/aaaa, spaces in amounts)', async () => {
    const r = await ofkit(['bpf', cliData('bpf-exercice.json'), '--enrolments', cliData('bpf-inscriptions.csv'), '--attendance', cliData('bpf-presences.csv'), '--invoices', cliData('bpf-factures.csv')]);
    expect(r.status, r.stderr).toBe(0);
    const input = {
      ...readJson(cliData('bpf-exercice.json')),
      enrolments: [
        { id: 'E1', learnerId: 'L1', sessionId: 'S1', traineeType: 'salarie-prive', status: 'completed', hours: 14 },
        { id: 'E2', learnerId: 'L2', sessionId: 'S1', traineeType: 'salarie-prive', status: 'completed', hours: 14 },
        { id: 'E3', learnerId: 'L3', sessionId: 'S1', traineeType: 'particulier', status: 'completed', hours: 10.5 },
        { id: 'E4', learnerId: 'L4', sessionId: 'S2', traineeType: 'demandeur-emploi', status: 'in-progress', attendance: [{ date: '2026-03-09', hours: 7 }, { date: '2026-03-10', hours: 3.5 }] },
      ],
      invoices: [
        { id: 'F2025-101', number: 'F2025-101', kind: 'invoice', status: 'issued', issueDate: '2025-09-17', amountHT: '1260.00', payerId: 'ACME' },
        { id: 'F2025-102', number: 'F2025-102', kind: 'invoice', status: 'issued', issueDate: '2025-09-17', amountHT: '420.00', payerId: 'PART' },
        { id: 'F2026-010', number: 'F2026-010', kind: 'invoice', status: 'issued', issueDate: '2026-03-10', amountHT: '840.00', payerId: 'CDC' },
      ],
    };
    const expected = computeBpf(input);
    expect(JSON.parse(r.stdout)).toEqual(asJson(expected));
  });

  it('bpf over a directory holding organisation.json, JSON lists and enrolments/invoices as CSV gives the same BPF as the options', async () => {
    const dir = join(tmp, 'bpf-dir');
    mkdirSync(dir);
    const { enrolments: _e, invoices: _i, trainings, sessions, trainers, trainerHours, payers, ...organisation } = readJson(cliData('bpf-exercice.json'));
    void _e;
    void _i;
    writeFileSync(join(dir, 'organisation.json'), JSON.stringify(organisation));
    for (const [k, v] of Object.entries({ trainings, sessions, trainers, trainerHours, payers })) writeFileSync(join(dir, `${k}.json`), JSON.stringify(v));
    writeFileSync(join(dir, 'enrolments.csv'), readFileSync(cliData('bpf-inscriptions.csv')));
    writeFileSync(join(dir, 'invoices.csv'), readFileSync(cliData('bpf-factures.csv')));
    const fromDir = await ofkit(['bpf', dir, '--attendance', cliData('bpf-presences.csv')]);
    expect(fromDir.status, fromDir.stderr).toBe(0);
    const fromOptions = await ofkit(['bpf', cliData('bpf-exercice.json'), '--enrolments', cliData('bpf-inscriptions.csv'), '--attendance', cliData('bpf-presences.csv'), '--invoices', cliData('bpf-factures.csv')]);
    expect(JSON.parse(fromDir.stdout)).toEqual(JSON.parse(fromOptions.stdout));
  });

  it('bpf --template writes each table’s headers and example row; the example rows read back', async () => {
    for (const [t, header] of [
      ['enrolments', 'Inscription;Stagiaire;Session;Type de stagiaire;Statut;Heures suivies'],
      ['invoices', 'Identifiant;Numéro;Nature;Statut;Date d’émission;Montant HT;Payeur;Ligne C;Facture créditée'],
      ['attendance', 'Inscription;Date;Heures'],
    ] as const) {
      const r = await ofkit(['bpf', '--template', t]);
      expect(r.status).toBe(0);
      expect(r.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(header);
      expect(r.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(2);
      writeFileSync(join(tmp, `tpl-${t}.csv`), r.stdout);
    }
    const r = await ofkit(['bpf', cliData('bpf-exercice.json'), '--enrolments', join(tmp, 'tpl-enrolments.csv'), '--attendance', join(tmp, 'tpl-attendance.csv'), '--invoices', join(tmp, 'tpl-invoices.csv')]);
    expect(r.status, r.stderr).toBe(0);
  });

  it('lheo prints toLheoXml’s XML', async () => {
    const r = await ofkit(['lheo', cliData('lheo-offre.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(toLheoXml(readJson(cliData('lheo-offre.json'))));
  });
});

describe('schema, law, validate, calendar', () => {
  it('schema lists the input schemas and prints one as the library’s JSON Schema', async () => {
    const list = await ofkit(['schema']);
    const names = JSON.parse(list.stdout).map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['core/Organisation', 'cpf/request', 'rnq/profile', 'rnq/evidence', 'docs-gen/bpf', 'docs-gen/lheo', 'docs-gen/facture']));
    const one = await ofkit(['schema', 'rnq/profile']);
    expect(JSON.parse(one.stdout)).toEqual(asJson(rnqJsonSchema('profile')));
    expectUsage(await ofkit(['schema', 'nope']), 'nope');
  });

  it('law lists the parameters in force at --date with status and references; --status filters', async () => {
    const r = await ofkit(['law', '--date', '2026-12-05']);
    expect(r.status, r.stderr).toBe(0);
    const all = JSON.parse(r.stdout) as Array<{ parameter: string; status: string; value: unknown }>;
    const participation = all.find((e) => e.parameter === 'cpf.participation.amount');
    expect(participation).toMatchObject(asJson(valueAt(cpfFinancingRules.participationAmount, '2026-12-05')) as object);
    const prov = JSON.parse((await ofkit(['law', '--date', '2026-12-05', '--status', 'provisional'])).stdout) as typeof all;
    expect(prov.length).toBeGreaterThan(0);
    expect(prov.every((e) => e.status === 'provisional')).toBe(true);
    expect(prov.length).toBe(all.filter((e) => e.status === 'provisional').length);
    // The day before the first participation value of the rule set, it is not listed: never the nearest value.
    const first = cpfFinancingRules.participationAmount.values[0]!.from;
    const before = addDays(first, -1);
    const old = JSON.parse((await ofkit(['law', '--date', before])).stdout) as typeof all;
    expect(old.some((e) => e.parameter === 'cpf.participation.amount')).toBe(false);
    expect((JSON.parse((await ofkit(['law', '--date', first])).stdout) as typeof all).some((e) => e.parameter === 'cpf.participation.amount')).toBe(true);
    expectUsage(await ofkit(['law']), '--date');
    expectUsage(await ofkit(['law', '--date', '2026-12-05', '--status', 'maybe']), 'maybe');
  });

  it('law reads every package’s catalogue (with the value in plain French and English); law changes equals lawChanges over the merged catalogue, its values worded', async () => {
    const catalogue = mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);
    const r = await ofkit(['law', '--date', '2026-12-05']);
    const all = JSON.parse(r.stdout) as Array<{ parameter: string; package: string; text: string; textEn: string; theme: string; value: unknown }>;
    const inForce = catalogue.entries.filter((e) => {
      const src = catalogue.sources.find((s) => s.package === e.package && s.ruleSet === e.ruleSet)!;
      return hasValueAt(src.rules[e.key] as never, '2026-12-05');
    });
    expect(all.map((e) => e.parameter)).toEqual(inForce.map((e) => e.id));
    expect(new Set(all.map((e) => e.package))).toEqual(new Set(['@ofkit/core', '@ofkit/cpf', '@ofkit/rnq', '@ofkit/docs-gen']));
    expect(all.find((e) => e.parameter === 'cpf.participation.amount')!.text).toBe('103,20\u00a0€');
    expect(all.find((e) => e.parameter === 'cpf.participation.amount')!.textEn).toBe('EUR 103.20');
    // The JSON carries both wordings whatever --lang: the catalogue's text and textEn of the value in force.
    for (const e of all) {
      expect(e.text, e.parameter).toBe(lawValueText(catalogue, e.parameter, e.value));
      expect(e.textEn, e.parameter).toBe(lawValueText(catalogue, e.parameter, e.value, 'en'));
    }
    expect((await ofkit(['law', '--date', '2026-12-05', '--lang', 'en'])).stdout).toBe(r.stdout);
    const ch = await ofkit(['law', 'changes', '--from', '2026-01-01', '--to', '2026-12-31']);
    expect(ch.status, ch.stderr).toBe(0);
    const expected = lawChanges(lawRuleSets(catalogue), '2026-01-01', '2026-12-31');
    expect(expected.length).toBeGreaterThan(0);
    // lawChanges' result, each value before and after with the catalogue's wording in French and English.
    const word = (id: string, v: (typeof expected)[number]['before']) => (v === undefined ? undefined : { ...v, text: lawValueText(catalogue, id, v.value), textEn: lawValueText(catalogue, id, v.value, 'en') });
    const worded = expected.map((c) => ({ ...c, ...(c.before ? { before: word(c.parameter, c.before) } : {}), ...(c.after ? { after: word(c.parameter, c.after) } : {}) }));
    expect(JSON.parse(ch.stdout)).toEqual(asJson(worded));
    expect(Object.keys(JSON.parse(ch.stdout)[0])).toEqual(Object.keys(asJson(expected[0]) as object));
    expect((await ofkit(['law', 'changes', '--from', '2026-01-01', '--to', '2026-12-31', '--lang', 'en'])).stdout).toBe(ch.stdout);
    const text = await ofkit(['law', 'changes', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'text']);
    expect(text.stdout.split('\n')[0]).toBe(`${expected.length} changement(s) du 2026-01-01 au 2026-12-31`);
    expect(text.stdout).toContain(expected[0]!.parameter);
    expectUsage(await ofkit(['law', 'changes', '--from', '2026-01-01']), '--to');
    expectUsage(await ofkit(['law', 'changes', '--from', '2026-12-31', '--to', '2026-01-01']));
  });

  it('law and law changes in text: the parameter’s French label and value wording, or their English with --lang en', async () => {
    const p = cpfFinancingRules.participationAmount;
    const fr = await ofkit(['law', '--date', '2026-12-05', '--format', 'text']);
    const en = await ofkit(['law', '--date', '2026-12-05', '--format', 'text', '--lang', 'en']);
    const line = (out: string, id: string = p.id) => out.split('\n').find((l) => l.startsWith(`${id} `))!;
    expect(line(fr.stdout)).toContain(`  ${p.label} = 103,20\u00a0€  (`);
    expect(line(en.stdout)).toContain(`  ${p.labelEn!} = EUR 103.20  (`);
    expect(en.stdout).not.toContain(p.label);
    // Structured values in words, not raw JSON; durations and dates in English.
    expect(line(en.stdout, 'cpf.dotation.refund')).toContain(' = refund of the unused part possible from 1 December 2026, if the funder set an end-of-validity date');
    expect(line(fr.stdout, 'cpf.dotation.refund')).toContain(' = remboursement de la part non utilisée possible à partir du 01/12/2026');
    expect(line(en.stdout, 'rnq.nc.minor.implementationMonths')).toContain(' = 6 months');
    expect(line(en.stdout, 'bpf.c.lineByFunder')).toContain(' = Employer → line 1, OPCO (apprenticeship) → line 2a, ');
    expect(line(en.stdout, 'calendar.holidays.metropole')).toContain(" = New Year's Day, Easter Monday");
    expect(line(fr.stdout, 'docs.cpf-plan.mentions')).toMatch(/ = aucune$/);
    expect(line(en.stdout, 'docs.cpf-plan.mentions')).toMatch(/ = none$/);
    // No French value wording and no raw JSON left in the English text (the references keep the
    // identifiers of French texts, e.g. « Arrêté du 30 décembre 2025 », so only the part before them is read).
    // docs.vatMentions quotes the French mentions an invoice prints word for word: the quotes are left out.
    const valuesEn = en.stdout.split('\n').slice(1, -1).map((l) => l.split(' = ')[1]!.replace(/  \(.*\)$/, '').replace(/"[^"]*"/g, ''));
    expect(valuesEn.length).toBeGreaterThan(60);
    for (const v of valuesEn) {
      expect(v).not.toMatch(/[{[]"|règle|\bmois\b|\bjours?\b|\boui\b|\bnon\b|€|\b(?:du|au|le|la|les|des|de)\s/u);
    }
    const chFr = await ofkit(['law', 'changes', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'text']);
    const chEn = await ofkit(['law', 'changes', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'text', '--lang', 'en']);
    expect(chFr.stdout).toContain(`${p.id}  ${p.label} : 102,23\u00a0€ → 103,20\u00a0€  [provisional]`);
    expect(chEn.stdout).toContain(`${p.id}  ${p.labelEn!}: EUR 102.23 → EUR 103.20  [provisional]`);
    expect(chEn.stdout).toContain('no cap on acquired rights → acquired rights capped at EUR 1,500.00');
    expect(chEn.stdout).toContain(': — → threshold to be set by an arrêté');
    expect(chEn.stdout).not.toContain(p.label);
    expect(chEn.stdout).not.toMatch(/règle détaillée|plafonnés|aucun plafond/u);
  });

  it('validate: exit 0 for a valid identifier, 1 for an invalid one, 2 for an unknown type', async () => {
    const ok = await ofkit(['validate', 'siret', '732 829 320 00074']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(asJson(validateSiret('732 829 320 00074')));
    const bad = await ofkit(['validate', 'siret', '732 829 320 00075', '--format', 'text']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^invalide/);
    for (const [kind, value] of [['siren', '732829320'], ['nda', '11755433475'], ['vat', 'FR44732829320'], ['rncp', 'RNCP37274'], ['rs', 'RS5252']]) {
      const r = await ofkit(['validate', kind!, value!]);
      expect(r.status, `${kind} ${value}: ${r.stdout}`).toBe(0);
    }
    expectUsage(await ofkit(['validate', 'iban', 'FR76']), 'iban');
  });

  it('calendar holidays and add-working-days equal the library, by zone', async () => {
    const h = await ofkit(['calendar', 'holidays', '2027', '--zone', 'alsace-moselle']);
    expect(JSON.parse(h.stdout)).toEqual(asJson(publicHolidays(2027, 'alsace-moselle')));
    const csv = await ofkit(['calendar', 'holidays', '2027', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[1]).toBe('01/01/2027;Jour de l\'an');
    const d = await ofkit(['calendar', 'add-working-days', '2026-04-27', '11']);
    expect(JSON.parse(d.stdout)).toBe(addWorkingDays('2026-04-27', 11));
    const back = await ofkit(['calendar', 'add-working-days', '2026-04-27', '-3', '--zone', 'reunion']);
    expect(JSON.parse(back.stdout)).toBe(addWorkingDays('2026-04-27', -3, 'reunion'));
    expectUsage(await ofkit(['calendar', 'holidays', '2027', '--zone', 'atlantide']), 'atlantide');
    expectUsage(await ofkit(['calendar', 'add-working-days', '2026-02-30', '1']), '2026-02-30');
  });
});

describe('errors: exit 2, a clear message per issue, nothing written', () => {
  it('a missing file', async () => {
    const out = join(tmp, 'never-missing.json');
    expectUsage(await ofkit(['cpf', 'plan', 'nope.json', '--out', out]), 'nope.json : Fichier introuvable');
    expect(existsSync(out)).toBe(false);
    expectUsage(await ofkit(['cpf', 'plan', 'nope.json', '--lang', 'en']), 'nope.json: File not found');
  });

  it('a file that is not JSON', async () => {
    const f = join(tmp, 'not.json');
    writeFileSync(f, '{ "purchaseDate": "2026-03-10",\n  price: 12 }');
    const out = join(tmp, 'never-notjson.json');
    expectUsage(await ofkit(['cpf', 'plan', f, '--out', out]), 'n’est pas du JSON valide', '(ligne 2)');
    expect(existsSync(out)).toBe(false);
  });

  it('the wrong schema: every issue with its path, in French or English; --json prints the OfkitError', async () => {
    const f = cliData('cpf-delais.json');
    const out = join(tmp, 'never-schema.json');
    const r = await ofkit(['cpf', 'plan', f, '--out', out]);
    expectUsage(r, 'purchaseDate : ', 'acquiredRights : ');
    expect(existsSync(out)).toBe(false);
    const en = await ofkit(['cpf', 'plan', f, '--lang', 'en']);
    expectUsage(en, 'purchaseDate: Missing value (required field)');
    const j = await ofkit(['cpf', 'plan', f, '--json']);
    expect(j.status).toBe(2);
    const err = JSON.parse(j.stderr);
    let expected: unknown;
    try {
      planCpfFinancing(readJson(f));
    } catch (e) {
      expected = asJson(e);
    }
    expect(err).toEqual(expected);
    expect(err.issues.map((i: OfkitIssue) => i.path[0])).toEqual(expect.arrayContaining(['purchaseDate', 'price', 'action', 'holder', 'acquiredRights']));
  });

  it('an unknown command, an unknown option, an option of another command, a wrong argument count, an unavailable format', async () => {
    expectUsage(await ofkit(['frobnicate']), 'Commande inconnue');
    expectUsage(await ofkit(['cpf', 'simulate', 'x.json']), 'Commande inconnue', 'cpf plan');
    expectUsage(await ofkit(['cpf', 'plan', 'x.json', '--bogus']), 'Option inconnue : --bogus');
    expectUsage(await ofkit(['cpf', 'rights', cliData('cpf-droits.json'), '--zone', 'reunion']), '--zone');
    expectUsage(await ofkit(['cpf', 'plan']), 'argument manquant');
    expectUsage(await ofkit(['cpf', 'plan', 'a.json', 'b.json']), 'argument en trop');
    expectUsage(await ofkit(['calendar', 'holidays', '2027', '--format', 'docx']), 'Format non disponible', 'docx');
    expectUsage(await ofkit(['calendar', 'holidays', '2027', '--format', 'ics']), 'Format non disponible', 'ics');
    expectUsage(await ofkit(['cpf', 'plan', 'x.json', '--format', 'yaml']), 'Format inconnu');
    expectUsage(await ofkit([]), 'Commande manquante');
    expectUsage(await ofkit(['docs', 'build', 'lettre', 'x.json']), 'Type de document inconnu');
  });

  it('a CSV with a bad date, a bad number and an unknown value: each cell with its row and column, nothing written', async () => {
    const f = join(tmp, 'inscriptions-bad.csv');
    writeFileSync(f, '\uFEFFInscription;Stagiaire;Session;Type de stagiaire;Statut;Heures suivies\r\nE1;L1;S1;salarie-prive;completed;14\r\nE2;L2;S1;salarie-prive;fini;quatorze\r\n');
    const att = join(tmp, 'presences-bad.csv');
    writeFileSync(att, 'Inscription;Date;Heures\nE1;31/02/2026;7\n');
    const out = join(tmp, 'never-bpf.json');
    const r = await ofkit(['bpf', cliData('bpf-exercice.json'), '--enrolments', f, '--attendance', att, '--out', out]);
    expectUsage(r, 'Ligne 3, colonne E (Statut) : valeur « fini » inconnue', 'Ligne 3, colonne F (Heures suivies) : nombre invalide « quatorze »', 'Ligne 2, colonne B (Date) : date invalide « 31/02/2026 » (attendu jj/mm/aaaa)');
    expect(existsSync(out)).toBe(false);
    const ev = join(tmp, 'preuves-bad.csv');
    writeFileSync(ev, 'Type de preuve;Date\nprogramme;2026-13-01\n');
    expectUsage(await ofkit(['qualiopi', 'readiness', ev, '--profile', data('rnq/micro-of.json'), '--lang', 'en']), 'Row 2, column B (Date): invalid date "2026-13-01"');
  });

  it('a failure leaves an existing --out file untouched; a success replaces it whole', async () => {
    const out = join(tmp, 'keep.json');
    writeFileSync(out, 'previous');
    expectUsage(await ofkit(['cpf', 'plan', cliData('cpf-delais.json'), '--out', out]));
    expect(readFileSync(out, 'utf8')).toBe('previous');
    const file = data('cpf/02-demandeur-emploi-permis-b.json');
    const ok = await ofkit(['cpf', 'plan', file, '--out', out]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(asJson(planCpfFinancing(readJson(file).request)));
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('output piped into a reader that stops early (`ofkit law changes … | head -c 100`): exit 0, no EPIPE stack trace', () => {
    // 218 kB of JSON, more than a pipe holds: the command is still writing when `head` exits. A shell
    // pipe, as users have it (Node's own child-process pipes are socket pairs, which do not fail the same way).
    const q = (x: string) => `'${x.replace(/'/g, `'\\''`)}'`;
    const r = spawnSync('bash', ['-c', `${q(process.execPath)} ${q(bin)} law changes --from 2017-01-01 --to 2028-12-31 --format json | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stderr.trim()).toBe('status=0');
  });
});
