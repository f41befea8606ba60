import { OfkitError } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CATALOGUE, EVIDENCE_KINDS, evidenceKindsFor } from './catalogue.js';
import { EvidenceSetSchema } from './model.js';
import { EVIDENCE_RULES } from './rules.js';
import { validateEvidenceSet } from './validate.js';

describe('evidence catalogue', () => {
  it('covers every indicator of both versions with at least one kind', () => {
    for (let n = 1; n <= 32; n++) expect(evidenceKindsFor(n, 'rnq-2019-v9').length, `v9 ${n}`).toBeGreaterThan(0);
    for (let n = 1; n <= 33; n++) expect(evidenceKindsFor(n, 'rnq-2026').length, `2026 ${n}`).toBeGreaterThan(0);
    expect(evidenceKindsFor(33, 'rnq-2019-v9')).toEqual([]);
  });

  it('links 2026-only kinds to 2026 only', () => {
    expect(EVIDENCE_CATALOGUE['risk-analysis'].indicators['rnq-2019-v9']).toEqual([]);
    expect(EVIDENCE_CATALOGUE['violence-prevention-procedure'].indicators['rnq-2026']).toEqual([12, 14]);
  });

  it('every rule names its basis and at least one reference', () => {
    for (const r of EVIDENCE_RULES) {
      expect(r.references.length).toBeGreaterThan(0);
      expect(['law', 'case-law', 'guide-v9', 'decree-2026', 'practice']).toContain(r.basis);
      if (r.basis === 'practice') expect(r.references.some((x) => x.source === 'practice')).toBe(true);
    }
  });
});

describe('validateEvidenceSet (hand-written hot path) agrees with EvidenceSetSchema (zod)', () => {
  const anyValue = fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.constant(null), fc.boolean());
  const date = fc.oneof(fc.constantFrom('2026-01-31', '2026-02-29', '2028-02-29', '2026-13-01', '', 'x'), anyValue);
  const item = fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...EVIDENCE_KINDS), fc.string()),
      date,
      id: fc.oneof(fc.string(), fc.integer()),
      sessionId: fc.string(),
      indicators: fc.oneof(fc.array(fc.integer({ min: -2, max: 36 })), fc.string()),
      metadata: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.integer()),
    },
    { requiredKeys: ['kind', 'date'] },
  );
  const session = fc.record(
    {
      id: fc.oneof(fc.string(), fc.integer()),
      startDate: date,
      endDate: date,
      halfDays: fc.oneof(fc.integer({ min: -1, max: 10 }), fc.double()),
      modality: fc.oneof(fc.constantFrom('presentiel', 'distance', 'mixte'), fc.string()),
      finished: anyValue,
    },
    { requiredKeys: ['id', 'startDate', 'endDate'] },
  );
  it('accepts and rejects the same inputs, with the same paths (and never fewer)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), fc.option(fc.array(session, { maxLength: 3 }), { nil: undefined }), (items, sessions) => {
        const input = sessions === undefined ? { items } : { sessions, items };
        const z = EvidenceSetSchema.safeParse(input);
        let ours: OfkitError | undefined;
        try {
          validateEvidenceSet(input);
        } catch (e) {
          ours = e as OfkitError;
        }
        expect(ours === undefined).toBe(z.success);
        if (!z.success && ours) {
          const zp = new Set(z.error.issues.map((i) => ['evidence', ...i.path].join('.')));
          const op = new Set(ours.issues.map((i) => i.path.join('.')));
          // Ours reports at least what zod reports (zod skips an object refinement once a field fails).
          for (const x of zp) expect(op.has(x), x).toBe(true);
          // ...and may say more: zod skips an object refinement (end date, metadata of the kind) once a field of the object fails.
          for (const x of op) if (!zp.has(x)) expect(x.endsWith('endDate') || /\.metadata\./.test(x)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
