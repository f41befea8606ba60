import { OfkitError } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREQUENT_FAILURES } from './requirements.js';
import type { OfProfile } from '../applicability/profile.js';
import { EVIDENCE_CATALOGUE, EVIDENCE_KINDS } from '../evidence/catalogue.js';
import type { EvidenceSet } from '../evidence/model.js';
import { readinessToMarkdown } from './markdown.js';
import { assessReadiness, percent, type ReadinessOptions } from './readiness.js';
import { requirementGroups } from './requirements.js';
import vectors from './vectors/readiness.json' with { type: 'json' };

interface Vector {
  id: string;
  profile: OfProfile;
  evidence: EvidenceSet;
  options: ReadinessOptions;
  expected: { summary: Record<string, unknown>; statuses: Record<string, [string, string]>; todoFirst: { indicator: number; risk: string } | null };
}

describe('assessReadiness — vectors', () => {
  for (const v of vectors.cases as unknown as Vector[]) {
    it(v.id, () => {
      const r = assessReadiness(v.profile, v.evidence, v.options);
      expect(r.summary).toEqual(v.expected.summary);
      for (const [n, [status, risk]] of Object.entries(v.expected.statuses)) {
        const i = r.indicators.find((x) => x.number === Number(n));
        expect([i?.status, i?.risk], `indicator ${n}`).toEqual([status, risk]);
      }
      if (v.expected.todoFirst) {
        expect({ indicator: r.todo[0]?.indicator, risk: r.todo[0]?.risk }).toEqual(v.expected.todoFirst);
      } else expect(r.todo.filter((t) => t.risk !== 'none')).toEqual([]);
    });
  }
});

describe('assessReadiness — behaviour', () => {
  const profile: OfProfile = { categories: ['action-de-formation'], subcontracting: true };

  it('never grades a major-only indicator as a minor risk (property)', () => {
    const item = fc.record({
      kind: fc.constantFrom(...EVIDENCE_KINDS),
      date: fc.constantFrom('2025-01-10', '2026-01-10', '2026-06-01', '2026-12-31'),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.constantFrom('2026-06-15', '2026-12-15'), (items, auditDate) => {
        const r = assessReadiness({ categories: ['apprentissage'], subcontracting: true }, { items }, { auditDate });
        for (const i of r.indicators) {
          if (i.nonConformity === 'major-only') expect(i.risk).not.toBe('minor');
          if (i.status === 'covered' || i.status === 'deferred') expect(i.risk).toBe('none');
          if (i.status === 'missing') expect(i.risk).toBe('major');
        }
        expect(r.summary.covered + r.summary.partial + r.summary.missing + r.summary.deferred).toBe(r.summary.applicable);
        // To-do order: every major risk first, then minor risks in the order of FREQUENT_FAILURES
        // (practice: what small OFs most often fail), then points to verify.
        const rank = (t: { risk: string; indicator: number }) => {
          const f = FREQUENT_FAILURES.indexOf(t.indicator);
          return (t.risk === 'major' ? 0 : t.risk === 'minor' ? 1 : 2) * 1000 + (t.risk === 'none' ? 0 : (f < 0 ? 100 + t.indicator : f));
        };
        const ranks = r.todo.map(rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });

  it('CPF subcontracting: certified, exempt micro-entrepreneur, and non-compliant subcontractor', () => {
    const base = { kind: 'subcontracting-contract' as const, date: '2026-02-01' };
    const run = (metadata: Record<string, unknown>) =>
      assessReadiness(profile, { items: [{ ...base, id: 'C1', metadata }] }, { auditDate: '2026-06-15' }).rules.find((x) => x.id === 'cpf-subcontracting');
    expect(run({ cpf: true, subcontractorCertified: true })?.status).toBe('pass');
    expect(run({ cpf: true, microEntrepreneur: true, subcontractorRevenue: '77700.00' })?.status).toBe('pass');
    expect(run({ cpf: true, microEntrepreneur: true, subcontractorRevenue: '77700.01' })?.status).toBe('fail');
    expect(run({ cpf: true, subcontractorCertified: true, written: false })?.status).toBe('fail');
    expect(run({ cpf: false })).toBeUndefined();
    expect(run({ cpf: true, signedOn: '2024-03-31' })).toBeUndefined();
  });

  it('a result that relied on the disputed 2026 micro-entrepreneur cap carries its warning (R. 6333-6-3; 77 700 € kept, 83 600 € announced, corrections §4 of issue 8)', () => {
    const base = { kind: 'subcontracting-contract' as const, date: '2026-02-01', id: 'C1' };
    const warn = (metadata: Record<string, unknown>, auditDate: string) =>
      assessReadiness(profile, { items: [{ ...base, metadata }] }, { auditDate }).warnings.filter((w) => w.parameter === 'rnq.cpf.microEntrepreneurRevenueCap').map((w) => w.code);
    expect(warn({ cpf: true, microEntrepreneur: true, subcontractorRevenue: '80000.00' }, '2026-06-15')).toEqual(['DISPUTED_VALUE']);
    // A certified subcontractor does not depend on the cap: no warning.
    expect(warn({ cpf: true, subcontractorCertified: true }, '2026-06-15')).toEqual([]);
  });

  it('2026 indicator 27: conformity clause required in subcontracting contracts', () => {
    const items = [{ kind: 'subcontracting-contract' as const, date: '2026-02-01', id: 'C1' }];
    expect(assessReadiness(profile, { items }, { auditDate: '2026-06-15' }).rules.find((r) => r.id === 'subcontracting-rnq-clause')).toBeUndefined();
    expect(assessReadiness(profile, { items }, { auditDate: '2026-12-15' }).rules.find((r) => r.id === 'subcontracting-rnq-clause')?.status).toBe('fail');
  });

  it('indicator 3: a missing pass rate is a major risk even though 3 is gradable', () => {
    const r = assessReadiness({ categories: ['action-de-formation'], certifying: true }, { items: [{ kind: 'result-publication', date: '2026-01-01', metadata: { calculationMethod: 'x' } }] }, { auditDate: '2026-06-15' });
    const i3 = r.indicators.find((i) => i.number === 3)!;
    expect(i3.nonConformity).toBe('minor-or-major');
    expect([i3.status, i3.risk]).toEqual(['partial', 'major']);
  });

  it('per-learner émargement: every learner must sign every half-day', () => {
    const session = { id: 'S', startDate: '2026-03-02', endDate: '2026-03-02', halfDays: 2, learners: ['A', 'B'] };
    const sheet = (learnerId: string, signedPm: boolean) => ({
      kind: 'emargement' as const, date: '2026-03-02', sessionId: 'S', learnerId,
      metadata: { halfDays: [{ date: '2026-03-02', period: 'morning', learnerSigned: true, trainerSigned: true }, { date: '2026-03-02', period: 'afternoon', learnerSigned: signedPm, trainerSigned: true }] },
    });
    const rule = (items: ReturnType<typeof sheet>[]) => assessReadiness({ categories: ['action-de-formation'] }, { sessions: [session], items }, { auditDate: '2026-06-15' }).rules.find((r) => r.id === 'emargement-every-half-day');
    expect(rule([sheet('A', true), sheet('B', true)])?.status).toBe('pass');
    expect(rule([sheet('A', true), sheet('B', false)])?.status).toBe('fail');
    expect(rule([sheet('A', true)])?.examples).toEqual(['S']);
  });

  it('a half-day entry with no valid period (morning/afternoon) does not count, nor one missing the trainer signature', () => {
    const session = { id: 'S', startDate: '2026-03-02', endDate: '2026-03-02', halfDays: 2 };
    const run = (halfDays: unknown[]) =>
      assessReadiness({ categories: ['action-de-formation'] }, { sessions: [session], items: [{ kind: 'emargement', date: '2026-03-02', sessionId: 'S', metadata: { halfDays } }] }, { auditDate: '2026-06-15' }).rules.find((r) => r.id === 'emargement-every-half-day')?.status;
    const am = { date: '2026-03-02', period: 'morning', learnerSigned: true, trainerSigned: true };
    expect(run([am, { ...am, period: 'afternoon' }])).toBe('pass');
    // A bogus period is an input error with its path (it used to silently count, then to fail the rule).
    expect(() => run([am, { ...am, period: 'evening' }])).toThrow(/halfDays\[1\]\.period/);
    expect(run([am, { ...am, period: 'afternoon', trainerSigned: false }])).toBe('fail');
  });

  it('a complaint answered only after the audit date, or "answered" before it was received, is not answered (guide V9 ind. 31)', () => {
    const run = (complaints: unknown[]) =>
      assessReadiness({ categories: ['action-de-formation'] }, { items: [{ kind: 'complaint-log', date: '2026-01-10', metadata: { complaints } }] }, { auditDate: '2026-06-15' }).rules.find((r) => r.id === 'complaints-answered');
    expect(run([{ id: 'R1', receivedOn: '2026-01-05', answeredOn: '2026-01-12' }])?.status).toBe('pass');
    expect(run([{ id: 'R1', receivedOn: '2026-01-05', answeredOn: '2026-07-01' }])?.examples).toEqual(['R1']);
    expect(run([{ id: 'R1', receivedOn: '2026-01-05', answeredOn: '2025-12-01' }])?.status).toBe('fail');
    // A complaint received after the audit date is not checked.
    expect(run([{ id: 'R2', receivedOn: '2026-07-01' }])?.checked).toBe(0);
  });

  it('CFA: indicator 2 needs the L. 6111-8 results (InserJeunes or own computation; guide V9)', () => {
    const run = (metadata: Record<string, unknown>, categories: ('apprentissage' | 'action-de-formation')[] = ['apprentissage']) =>
      assessReadiness({ categories }, { items: [{ id: 'P', kind: 'result-publication', date: '2026-09-15', metadata }] }, { auditDate: '2026-10-15' }).rules.find((r) => r.id === 'cfa-l6111-8-results');
    expect(run({ existingScheme: 'InserJeunes' })?.status).toBe('pass');
    expect(run({ l6111_8: true, calculationMethod: 'diplômés ÷ présentés' })?.status).toBe('pass');
    expect(run({ satisfactionRate: '92.0' })?.status).toBe('fail');
    expect(run({ satisfactionRate: '92.0' }, ['action-de-formation'])).toBeUndefined();
  });

  it('signatures dated outside the session do not count', () => {
    const session = { id: 'S', startDate: '2026-03-02', endDate: '2026-03-02', halfDays: 1 };
    const items = [{ kind: 'emargement' as const, date: '2026-03-02', sessionId: 'S', metadata: { halfDays: [{ date: '2026-03-03', period: 'morning', learnerSigned: true, trainerSigned: true }] } }];
    expect(assessReadiness({ categories: ['action-de-formation'] }, { sessions: [session], items }, { auditDate: '2026-06-15' }).rules.find((r) => r.id === 'emargement-every-half-day')?.status).toBe('fail');
  });

  it('five or more minor risks warn that five open minors count as one major (secondary source)', () => {
    const items = [
      { kind: 'programme' as const, date: '2026-01-01', metadata: { fields: ['objectifs'] } },
      { kind: 'legal-watch' as const, date: '2024-01-01' },
      { kind: 'jobs-watch' as const, date: '2024-01-01' },
      { kind: 'pedagogical-watch' as const, date: '2024-01-01' },
      { kind: 'satisfaction-hot' as const, date: '2026-01-01' },
    ];
    const r = assessReadiness({ categories: ['action-de-formation'] }, { items }, { auditDate: '2026-06-15' });
    expect(r.summary.minorRisks).toBe(6); // 1, 23, 24, 25, 30 (no funder feedback) and 2 (survey without published results)
    const w = r.warnings.find((x) => x.code === 'MINORS_COUNT_AS_MAJOR');
    expect(w?.status).toBe('provisional');
    const fewer = assessReadiness({ categories: ['action-de-formation'] }, { items: items.slice(0, 4) }, { auditDate: '2026-06-15' });
    expect(fewer.warnings.some((x) => x.code === 'MINORS_COUNT_AS_MAJOR')).toBe(false);
  });

  it('every requirement group only uses kinds the catalogue links to the indicator', () => {
    for (const v of ['rnq-2019-v9', 'rnq-2026'] as const) {
      for (let n = 1; n <= (v === 'rnq-2019-v9' ? 32 : 33); n++) {
        for (const g of requirementGroups(n, v, true)) for (const k of g) expect(EVIDENCE_CATALOGUE[k].indicators[v], `${v} ${n} ${k}`).toContain(n);
      }
    }
  });

  it('renders a Markdown report', () => {
    const r = assessReadiness({ name: 'Micro OF', categories: ['action-de-formation'] }, vectors.cases[1]!.evidence as unknown as EvidenceSet, { auditDate: '2026-06-15' });
    const md = readinessToMarkdown(r);
    expect(md).toContain('# Préparation à l\'audit Qualiopi — Micro OF');
    expect(md).toContain('| 22 | 16 | 5 | 1 | 0 | 3 | 3 | 72.7 % |');
    expect(md).toMatch(/### Risque de NC majeure[^#]*\n1\. \*\*Indicateur 10\*\*/);
    expect(md).toContain('## Points d’interprétation');
  });

  it('rejects bad input with every issue, from profile, options and evidence at once', () => {
    try {
      assessReadiness({ categories: [] }, { sessions: [{ id: 'S', startDate: '2026-03-05', endDate: '2026-03-01' }], items: [{ kind: 'selfie', date: '2026-02-30' }, { kind: 'other', date: '2026-01-01', indicators: [34] }] } as never, { auditDate: 'tomorrow' });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const paths = (e as OfkitError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['profile.categories', 'options.auditDate', 'evidence.sessions.0.endDate', 'evidence.items.0.kind', 'evidence.items.0.date', 'evidence.items.1.indicators.0']));
    }
  });

  it('percent rounds half up on tenths with integers', () => {
    expect(percent(1, 3)).toBe('33.3');
    expect(percent(2, 3)).toBe('66.7');
    expect(percent(1, 8)).toBe('12.5');
    expect(percent(1, 16)).toBe('6.3');
    expect(percent(0, 5)).toBe('0.0');
    expect(percent(5, 5)).toBe('100.0');
  });
});

describe('assessReadiness — indicator 3 needs a publication', () => {
  it('certification results alone do not cover indicator 3 (the rates must be published)', () => {
    const r = assessReadiness({ categories: ['vae'] }, { items: [{ kind: 'certification-results', date: '2026-01-01' }] }, { auditDate: '2026-06-15' });
    const i3 = r.indicators.find((i) => i.number === 3)!;
    expect([i3.status, i3.risk]).toEqual(['partial', 'major']); // an unpublished pass rate cannot be a minor NC (guide V9)
    expect(i3.missing[0]?.message).toContain('Publication des indicateurs de résultats');
  });
});
