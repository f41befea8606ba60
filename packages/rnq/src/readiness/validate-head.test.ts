import { CivilDateSchema, OfkitError, overrideRules, parseInput } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { OfProfileSchema } from '../applicability/profile.js';
import { cents } from '../evidence/rules.js';
import { AuditTypeSchema, RnqOptionsSchema } from '../referential/options.js';
import { rnqRules } from '../referential/rules.js';
import { validateReadinessHead } from './validate-head.js';

// The schema assessReadiness used to parse with (and still the reference): the hand-written head
// validator must accept and reject the same inputs, at the same paths.
const Reference = z.object({ profile: OfProfileSchema, options: RnqOptionsSchema.extend({ auditDate: CivilDateSchema, auditType: AuditTypeSchema.optional() }) });

const paths = (f: () => unknown): string[] | null => {
  try {
    f();
    return null;
  } catch (e) {
    if (!(e instanceof OfkitError)) throw e;
    return e.issues.map((i) => i.path.join('.')).sort();
  }
};

describe('validateReadinessHead agrees with the zod schemas (property)', () => {
  const cat = fc.constantFrom('action-de-formation', 'bilan-de-competences', 'vae', 'apprentissage', 'formation', 3);
  const anyV = fc.constantFrom(undefined, null, true, false, 0, 'x', [], {});
  const validProfile = fc.constantFrom({ categories: ['action-de-formation'] }, { categories: ['vae', 'apprentissage'], newEntrant: ['vae'], certifying: true }, { name: 'OF', categories: ['bilan-de-competences'], newEntrant: true });
  const profile = fc.oneof(
    { weight: 8, arbitrary: validProfile },
    { weight: 8, arbitrary: fc.record(
      {
        name: fc.oneof(fc.string(), anyV),
        categories: fc.oneof({ weight: 5, arbitrary: fc.array(cat, { maxLength: 3 }) }, anyV),
        certifying: fc.oneof(fc.boolean(), anyV),
        distanceLearning: fc.boolean(),
        longTrainings: fc.oneof(fc.boolean(), anyV),
        newEntrant: fc.oneof(fc.boolean(), fc.array(cat, { maxLength: 2 }), anyV),
        certifing: fc.boolean(),
      },
      { requiredKeys: [] },
    ) },
    anyV,
  );
  const date = fc.constantFrom('2026-06-15', '2026-02-30', '2026-6-15', '', 20260615, undefined);
  const rules = fc.constantFrom(undefined, rnqRules, overrideRules(rnqRules, {}), {}, { watchMaxAgeMonths: { values: [] } }, 'rules', null);
  const validOptions = fc.constantFrom({ auditDate: '2026-06-15' }, { auditDate: '2026-12-01', auditType: 'renewal', rules: rnqRules }, { auditDate: '2027-01-31', referential: 'rnq-2026', extra: 1 });
  const options = fc.oneof(
    { weight: 8, arbitrary: validOptions },
    { weight: 8, arbitrary: fc.record(
      {
        auditDate: date,
        auditType: fc.constantFrom('initial', 'surveillance', 'renewal', 'other', undefined),
        referential: fc.constantFrom('by-audit-date', 'rnq-2026', 'rnq-2027', undefined),
        indicator33Grade: fc.constantFrom('major-only', 'minor', undefined),
        rules,
        unknownOption: fc.boolean(),
      },
      { requiredKeys: [] },
    ) },
    anyV,
  );

  it('accepts and rejects the same inputs with the same paths', () => {
    let ok = 0;
    let ko = 0;
    fc.assert(
      fc.property(profile, options, (p, o) => {
        const ref = paths(() => parseInput(Reference, { profile: p, options: o }));
        const ours = paths(() => validateReadinessHead(p, o));
        expect(ours, JSON.stringify({ p, o })).toEqual(ref);
        if (ref === null) ok++;
        else ko++;
      }),
      { numRuns: 1500 },
    );
    expect(ok).toBeGreaterThan(20);
    expect(ko).toBeGreaterThan(20);
  });
});

describe('cents: exact amounts without decimal.js', () => {
  it('reads euros as integer cents', () => {
    expect(cents('77700.00')).toBe(7770000n);
    expect(cents('50000.5')).toBe(5000050n);
    expect(cents(77700)).toBe(7770000n);
    expect(cents('77700.01')! > cents('77700.00')!).toBe(true);
    for (const bad of ['1 000', '-1', '1.234', 'x', -5, Number.NaN, undefined, 1e21]) expect(cents(bad), String(bad)).toBeUndefined();
  });
});
