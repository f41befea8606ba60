/**
 * Valid calls of the public functions, the starting points of the mutation fuzzing: taken from
 * the test vectors, the example data and the document fixtures, so they follow the real inputs.
 * `seeds.test` in fuzz.test.ts checks that each seed is still a valid call (so the corpus never
 * silently rots when an input model changes).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDocument, type DocumentKind } from '@ofkit/docs-gen';
import { completeInputs } from '../../packages/docs-gen/test/fixtures.js';
import { loadDejaVuFonts } from '../../examples/generate-documents/fonts.js';

const root = resolve(import.meta.dirname, '../..');
const json = (p: string): any => JSON.parse(readFileSync(resolve(root, p), 'utf8'));

export interface Seed {
  /** `entry:name` of the function. */
  readonly id: string;
  readonly args: readonly unknown[];
}

function cpfSeeds(): Seed[] {
  const vectors = json('packages/cpf/src/financing/vectors/plans.json').vectors as { request: unknown; options?: unknown }[];
  const plans = vectors.slice(0, 12).map((v) => ({ id: 'cpf:planCpfFinancing', args: v.options === undefined ? [v.request] : [v.request, v.options] }));
  const examples = ['01-salarie-rncp-dotation-opco', '06-achat-2025-ancien-ordre', '07-dotations-flechee-et-expiree'].map((n) => {
    const data = json(`examples/data/cpf/${n}.json`);
    return { id: 'cpf:planCpfFinancing', args: [data.request ?? data] };
  });
  return [...plans, ...examples];
}

function rnqSeeds(): Seed[] {
  const readiness = json('packages/rnq/src/readiness/vectors/readiness.json').cases.slice(0, 4) as { profile: unknown; evidence: unknown; options: unknown }[];
  const applicability = json('packages/rnq/src/applicability/vectors/applicability.json').cases.slice(0, 4) as { profile: unknown; options: unknown }[];
  const results = json('packages/rnq/src/results/vectors/results.json').cases.slice(0, 2) as { input: unknown }[];
  const calendar = json('packages/rnq/src/calendar/vectors/calendar.json');
  const xapi = json('examples/data/rnq/micro-of-xapi.json');
  return [
    ...readiness.map((c) => ({ id: 'rnq:assessReadiness', args: [c.profile, c.evidence, c.options] })),
    ...applicability.map((c) => ({ id: 'rnq:applicableIndicators', args: [c.profile, c.options] })),
    ...results.map((c) => ({ id: 'rnq:computeResultIndicators', args: [c.input] })),
    ...(calendar.auditCycle as { input: unknown }[]).slice(0, 2).map((c) => ({ id: 'rnq:auditCycle', args: [c.input] })),
    ...(calendar.nonConformity as { input: unknown }[]).slice(0, 2).map((c) => ({ id: 'rnq:nonConformityDeadlines', args: [c.input] })),
    { id: 'rnq:assessDistanceLearning', args: [xapi.traces, xapi.session] },
    { id: 'rnq:parseIsoDuration', args: ['PT1H30M'] },
    { id: 'rnq:getReferential', args: ['2026-12-01'] },
    { id: 'rnq:evidenceKindsFor', args: [23, 'rnq-2026'] },
    { id: 'rnq:requirementGroups', args: [23, 'rnq-2026', false] },
    { id: 'rnq:percent', args: [1, 3] },
  ];
}

function coreSeeds(): Seed[] {
  return [
    { id: 'core:addDays', args: ['2028-02-28', 1] },
    { id: 'core:addMonths', args: ['2026-01-31', 1, { endOfMonth: 'clamp' }] },
    { id: 'core:addYears', args: ['2028-02-29', 1] },
    { id: 'core:addWorkingDays', args: ['2026-04-30', 1, 'alsace-moselle'] },
    { id: 'core:addJoursOuvrables', args: ['2026-11-20', 1] },
    { id: 'core:countWorkingDays', args: ['2026-04-30', '2026-05-08'] },
    { id: 'core:countJoursOuvrables', args: ['2026-11-16', '2026-11-23'] },
    { id: 'core:daysBetween', args: ['2026-01-01', '2027-01-01'] },
    { id: 'core:publicHolidays', args: [2026, 'alsace-moselle'] },
    { id: 'core:publicHolidaysDetail', args: [2026, 'reunion'] },
    { id: 'core:publicHolidayOn', args: ['2026-12-26', 'alsace-moselle'] },
    { id: 'core:toParisDateTime', args: ['2026-06-01T12:30:00+02:00', { halfDayCutoff: '12:00' }] },
    { id: 'core:parisInstant', args: ['2026-07-01', '09:00'] },
    { id: 'core:money', args: ['10.005', { rounding: 'half-up' }] },
    { id: 'core:splitMoney', args: ['10.00', [1, 1, 2]] },
    { id: 'core:sumMoney', args: [['0.10', '0.20']] },
    { id: 'core:formatEur', args: ['1296.8', { asciiSpaces: true }] },
    { id: 'core:validateSiret', args: ['732 829 320 00074'] },
    { id: 'core:validateFrVatNumber', args: ['FR40303265045'] },
    { id: 'core:validateRncpCode', args: ['RNCP37274'] },
    { id: 'core:overrideRules', args: [{ a: { id: 'x', label: 'Exemple', values: [{ from: '2026-01-01', value: 1, status: 'confirmed', references: [] }] } }, { a: [{ from: '2027-01-01', value: 2, status: 'confirmed', references: [] }] }] },
    {
      id: 'core:defineParameter',
      args: [{ id: 'x', label: 'Exemple', values: [{ from: '2026-01-01', value: 1, status: 'confirmed', references: [{ source: 'code-du-travail', article: 'L3133-1' }] }] }],
    },
  ];
}

function docsSeeds(): Seed[] {
  const inputs = completeInputs() as Record<string, unknown>;
  const seeds: Seed[] = [];
  for (const [kind, input] of Object.entries(inputs)) {
    seeds.push({ id: 'docs-gen:createDocument', args: [kind, input] });
    seeds.push({ id: 'docs-gen:checkMentions', args: [kind, input] });
  }
  const doc = createDocument('certificat-realisation' as DocumentKind, inputs['certificat-realisation'] as never);
  const plain = JSON.parse(JSON.stringify(doc)) as unknown;
  seeds.push({ id: 'docs-gen:renderHtml', args: [plain] }, { id: 'docs-gen:renderMarkdown', args: [plain] }, { id: 'docs-gen/pdf:renderPdf', args: [plain, { fonts: loadDejaVuFonts() }] });
  const bpf = json('packages/docs-gen/src/bpf/vectors/small-of-year.json').input;
  seeds.push({ id: 'docs-gen:computeBpf', args: [bpf] });
  seeds.push({ id: 'docs-gen:bpfInputFromDomain', args: [json('examples/data/bpf/domain/domain.json')] });
  seeds.push(
    { id: 'docs-gen:frCitation', args: [{ source: 'code-du-travail', article: 'R6333-3', title: 'Ordre de mobilisation', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000052989055' }] },
    { id: 'docs-gen:frCitation', args: [{ source: 'decret', article: '2025-1156', title: 'Décret' }] },
    { id: 'docs-gen:frCitation', args: [{ source: 'practice', article: 'usage', title: 'Pratique' }] },
  );
  return seeds;
}

/** Every seed; a seed whose id names no public function fails the seeds test. */
export function allSeeds(): Seed[] {
  return [...coreSeeds(), ...cpfSeeds(), ...rnqSeeds(), ...docsSeeds()];
}
