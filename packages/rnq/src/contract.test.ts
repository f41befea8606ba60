/**
 * The contract of issue 4 (names users call, profile shape, fields on every indicator) and the
 * bad-input behaviour of every public function: `OfkitError` `INVALID_INPUT` listing every issue
 * with its path, French and English messages, never a partial result or a `TypeError`.
 */
import { OfkitError } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as rnq from './index.js';
import {
  applicableIndicators,
  assessDistanceLearning,
  assessReadiness,
  auditCycle,
  evidenceKindsFor,
  getReferential,
  nonConformityDeadlines,
  OfProfileSchema,
  percent,
  readinessToMarkdown,
  requirementGroups,
  rnqJsonSchema,
  type OfProfile,
} from './index.js';

function issuesOf(f: () => unknown): { code: string; paths: string[] } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    const err = e as OfkitError;
    for (const i of err.issues) {
      expect(i.message.length).toBeGreaterThan(0);
      expect(i.messageEn.length).toBeGreaterThan(0);
    }
    return { code: err.code, paths: err.issues.map((i) => i.path.join('.')) };
  }
  throw new Error('expected an OfkitError');
}

describe('contract (issue 4)', () => {
  it('exports the six functions by their exact names', () => {
    for (const name of ['getReferential', 'applicableIndicators', 'assessReadiness', 'auditCycle', 'nonConformityDeadlines', 'assessDistanceLearning']) {
      expect(typeof (rnq as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('accepts exactly the profile shape of the issue (and rejects unknown keys)', () => {
    const full: OfProfile = {
      categories: ['action-de-formation', 'bilan-de-competences', 'vae', 'apprentissage'],
      certifying: true, subcontracting: true, workBasedPeriods: true, alternance: true,
      longTrainings: true, distanceLearning: true, newEntrant: ['vae'],
    };
    expect(OfProfileSchema.safeParse(full).success).toBe(true);
    expect(OfProfileSchema.safeParse({ ...full, newEntrant: true }).success).toBe(true);
    expect(OfProfileSchema.safeParse({ ...full, certifing: true }).success).toBe(false);
  });

  it('every returned indicator carries number, criterion, nonConformity and newEntrant (property)', () => {
    const cat = fc.constantFrom('action-de-formation', 'bilan-de-competences', 'vae', 'apprentissage') as fc.Arbitrary<OfProfile['categories'][number]>;
    const profile = fc.uniqueArray(cat, { minLength: 1, maxLength: 4 }).chain((categories) =>
      fc.record(
        {
          categories: fc.constant(categories),
          certifying: fc.boolean(), subcontracting: fc.boolean(), workBasedPeriods: fc.boolean(), alternance: fc.boolean(),
          longTrainings: fc.boolean(), distanceLearning: fc.boolean(),
          newEntrant: fc.oneof(fc.boolean(), fc.subarray(categories)),
        },
        { requiredKeys: ['categories'] },
      ),
    );
    fc.assert(
      fc.property(profile, fc.constantFrom('2025-05-01', '2026-10-31', '2026-11-01'), fc.constantFrom('initial', 'surveillance', 'renewal') as fc.Arbitrary<'initial'>, (p, auditDate, auditType) => {
        const r = applicableIndicators(p, { auditDate, auditType, includeExcluded: true });
        expect(r.indicators.length + (r.excluded?.length ?? 0)).toBe(auditDate < '2026-11-01' ? 32 : 33);
        for (const i of r.indicators) {
          expect(Number.isInteger(i.number)).toBe(true);
          expect(i.criterion).toBeGreaterThanOrEqual(1);
          expect(i.criterion).toBeLessThanOrEqual(7);
          expect(['major-only', 'minor-or-major']).toContain(i.nonConformity);
          expect([null, 'partial', 'deferred']).toContain(i.newEntrant);
          // New-entrant adaptations only at an initial audit.
          if (auditType !== 'initial') expect(i.auditScope).toBe('full');
        }
        const ready = assessReadiness(p, { items: [] }, { auditDate, auditType });
        for (const i of ready.indicators) if (i.nonConformity === 'major-only') expect(i.risk).not.toBe('minor');
        // To-do order: major risks, then minor ones, then points to verify; priorities 1..n.
        const rank = { major: 0, minor: 1, none: 2 } as const;
        const ranks = ready.todo.map((t) => rank[t.risk]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(ready.todo.map((t) => t.priority)).toEqual(ready.todo.map((_, k) => k + 1));
      }),
      { numRuns: 60 },
    );
  });
});

describe('bad input: every public function throws OfkitError with every issue and its path', () => {
  it('getReferential', () => {
    const r = issuesOf(() => getReferential('2026-02-30', { indicator8Scope2026: 'some' as never, indicator12Scope2026: 'x' as never, rules: {} as never }));
    expect(r.code).toBe('INVALID_INPUT');
    expect(r.paths).toEqual(expect.arrayContaining(['auditDate', 'options.indicator8Scope2026', 'options.indicator12Scope2026', 'options.rules']));
  });

  it('applicableIndicators: profile and options together; a malformed rule set is an issue, not a TypeError', () => {
    const r = issuesOf(() => applicableIndicators({ categories: [], newEntrant: ['bc'] } as never, { auditDate: '2026-06-15', rules: { referentialVersion: 1 } as never, includeExcluded: 'yes' as never }));
    expect(r.paths).toEqual(expect.arrayContaining(['profile.categories', 'profile.newEntrant', 'options.rules', 'options.includeExcluded']));
  });

  it('applicableIndicators: a new-entrant category the profile does not deliver', () => {
    const r = issuesOf(() => applicableIndicators({ categories: ['action-de-formation'], newEntrant: ['action-de-formation', 'vae'] }, { auditDate: '2026-06-15' }));
    expect(r.paths).toEqual(['profile.newEntrant.1']);
  });

  it('assessReadiness: a missing options object', () => {
    const r = issuesOf(() => assessReadiness({ categories: ['vae'] }, { items: [] }, undefined as never));
    expect(r.paths).toEqual(['options']);
  });

  it('auditCycle: every field', () => {
    const r = issuesOf(() => auditCycle({ certificationDate: '2025-02-29', asOf: '26-01-01', windowReading: 'loose' as never, endOfMonth: 'round' as never, rules: [] as never }));
    expect(r.paths.sort()).toEqual(['asOf', 'certificationDate', 'endOfMonth', 'rules', 'windowReading']);
  });

  it('nonConformityDeadlines: a minor NC with zero open minors is inconsistent', () => {
    const r = issuesOf(() => nonConformityDeadlines({ notifiedOn: '2026-11-30', grade: 'minor', auditType: 'initial', openMinorCount: 0 }));
    expect(r.paths).toEqual(['openMinorCount']);
    expect(nonConformityDeadlines({ notifiedOn: '2026-11-30', grade: 'major', auditType: 'initial', openMinorCount: 0 }).effectiveGrade).toBe('major');
  });

  it('assessDistanceLearning: traces that are not a list, a session without id', () => {
    const r = issuesOf(() => assessDistanceLearning('log' as never, {} as never));
    expect(r.paths).toEqual(expect.arrayContaining(['traces', 'session.id']));
  });

  it('small helpers validate too (percent, readinessToMarkdown, requirementGroups, evidenceKindsFor, rnqJsonSchema)', () => {
    expect(issuesOf(() => percent(1, 0)).paths).toEqual(['den']);
    expect(issuesOf(() => percent(-1, 2.5)).paths).toEqual(['num', 'den']);
    expect(issuesOf(() => readinessToMarkdown({ summary: {} } as never, { maxTodo: -1 })).paths).toEqual(
      expect.arrayContaining(['result.referential', 'result.profile', 'result.evidence', 'result.indicators', 'result.todo', 'options.maxTodo']),
    );
    expect(issuesOf(() => readinessToMarkdown(null as never)).paths).toEqual(['result']);
    expect(issuesOf(() => requirementGroups(33, 'rnq-2019-v9', false)).paths).toEqual(['indicator']);
    expect(issuesOf(() => requirementGroups(0, 'v10' as never, 'no' as never)).paths).toEqual(['indicator', 'version', 'distanceLearning']);
    expect(issuesOf(() => evidenceKindsFor(34, 'rnq-2026')).paths).toEqual(['indicator']);
    expect(issuesOf(() => rnqJsonSchema('session' as never)).paths).toEqual(['name']);
  });
});
