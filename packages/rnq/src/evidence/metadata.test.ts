// Evidence metadata as schemas (issue 9 §2) and the regulatory-watch digest as evidence for
// indicator 23 (issue 12 §2).
import { OfkitError } from '@ofkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../readiness/readiness.js';
import { EVIDENCE_KINDS, evidenceKindsFor, type EvidenceKind } from './catalogue.js';
import { rnqJsonSchema } from './json-schema.js';
import { EVIDENCE_METADATA_SCHEMAS, closestKey } from './metadata.js';
import { EvidenceSetSchema } from './model.js';
import { validateEvidenceSet } from './validate.js';

const profile = { categories: ['action-de-formation' as const] };
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof OfkitError) return e.issues;
    throw e;
  }
  return [];
};

describe('evidence metadata is validated against its kind', () => {
  const hd = { date: '2026-03-02', period: 'morning', learnerSigned: true, trainerSigned: true };

  it('a typo in a key is an input error with its path and a "did you mean"', () => {
    const issues = issuesOf(() => assessReadiness(profile, { items: [{ kind: 'emargement', date: '2026-03-02', metadata: { halfdays: [hd] } }] }, { auditDate: '2026-06-15' }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['evidence.items.0.metadata.halfdays', 'unrecognized_key']]);
    expect(issues[0]!.message).toContain('vouliez-vous dire « halfDays »');
    expect(issues[0]!.messageEn).toContain('did you mean "halfDays"');
  });

  it("a wrong value is an input error with its path (period: 'matin')", () => {
    const issues = issuesOf(() => validateEvidenceSet({ items: [{ kind: 'emargement', date: '2026-03-02', metadata: { halfDays: [hd, { ...hd, period: 'matin' }, { ...hd, learnerSigned: 'oui' }, { date: '2026-02-30', period: 'afternoon', learnerSigned: true }] } }] }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['evidence.items.0.metadata.halfDays.1.period', 'invalid_value'],
      ['evidence.items.0.metadata.halfDays.2.learnerSigned', 'invalid_type'],
      ['evidence.items.0.metadata.halfDays.3.date', 'invalid_type'],
      ['evidence.items.0.metadata.halfDays.3.trainerSigned', 'invalid_type'],
    ]);
    expect(issues[0]!.message).toContain('morning, afternoon');
  });

  it('checks other kinds the rules read, and lists the known keys when nothing is close', () => {
    const issues = issuesOf(() =>
      validateEvidenceSet({
        items: [
          { kind: 'complaint-log', date: '2026-01-10', metadata: { complaints: [{ id: 'R1', recievedOn: '2026-01-05' }] } },
          { kind: 'subcontracting-contract', date: '2026-01-10', metadata: { cpf: 'yes', subcontractorRevenue: '77 700 €' } },
          { kind: 'programme', date: '2026-01-10', metadata: { fields: ['objectifs', 'tarif'] } },
          { kind: 'trainer-cv', date: '2026-01-10', metadata: { zzzz: 1 } },
        ],
      }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['evidence.items.0.metadata.complaints.0.recievedOn', 'unrecognized_key'],
      ['evidence.items.0.metadata.complaints.0.receivedOn', 'invalid_type'],
      ['evidence.items.1.metadata.cpf', 'invalid_type'],
      ['evidence.items.1.metadata.subcontractorRevenue', 'invalid_type'],
      ['evidence.items.2.metadata.fields.1', 'invalid_value'],
      ['evidence.items.3.metadata.zzzz', 'unrecognized_key'],
    ]);
    expect(issues[0]!.messageEn).toContain('did you mean "receivedOn"');
    expect(issues[5]!.messageEn).toContain('known keys: title, url, file, note, source, reference, trainerId');
  });

  it('closestKey suggests only close keys', () => {
    expect(closestKey('halfdays', ['halfDays', 'title'])).toBe('halfDays');
    expect(closestKey('calculationMetod', ['calculationMethod'])).toBe('calculationMethod');
    expect(closestKey('zzzz', ['halfDays', 'title'])).toBeUndefined();
  });

  it('the metadata written by assessDistanceLearning, evidenceFromCore and the examples is valid', async () => {
    const { readFileSync } = await import('node:fs');
    for (const f of ['micro-of.json', 'cfa.json']) {
      const data = JSON.parse(readFileSync(new URL(`../../../../examples/data/rnq/${f}`, import.meta.url), 'utf8')) as { evidence: unknown };
      expect(() => validateEvidenceSet(data.evidence), f).not.toThrow();
    }
  });

  // Values near the valid ones, per spec type, so that both valid and invalid metadata are drawn.
  const value = fc.oneof(
    fc.constantFrom('2026-03-02', '2026-02-30', 'morning', 'afternoon', 'matin', 'x', '', '92.5', '77700.00', '1 000', 'objectifs', 'duree'),
    fc.constantFrom(true, false, 0, 3, -1, 2.5, null),
  );
  const metadataFor = (kind: EvidenceKind) => {
    const keys = [...Object.keys((EVIDENCE_METADATA_SCHEMAS[kind] as unknown as { shape: Record<string, unknown> }).shape), 'halfdays', 'Note'];
    const leaf = fc.oneof(value, fc.array(value, { maxLength: 2 }));
    const entry = fc.dictionary(fc.constantFrom('date', 'period', 'learnerSigned', 'trainerSigned', 'id', 'receivedOn', 'answeredOn', 'recievedOn'), value, { maxKeys: 5 });
    return fc.dictionary(fc.constantFrom(...keys), fc.oneof(leaf, fc.array(entry, { maxLength: 2 })), { maxKeys: 3 });
  };

  it('the single-pass checker and the zod schemas accept and reject the same metadata (property)', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...EVIDENCE_KINDS).chain((kind) => fc.tuple(fc.constant(kind), metadataFor(kind))),
        ([kind, metadata]) => {
          const input = { items: [{ kind, date: '2026-01-10', metadata }] };
          const z = EvidenceSetSchema.safeParse(input);
          const ours = issuesOf(() => validateEvidenceSet(input));
          expect(ours.length === 0, JSON.stringify(input)).toBe(z.success);
          expect(EVIDENCE_METADATA_SCHEMAS[kind].safeParse(metadata).success).toBe(z.success);
          if (z.success) accepted++;
          else rejected++;
          if (!z.success) {
            const zp = z.error.issues.map((i) => ['evidence', ...i.path].join('.')).sort();
            expect(ours.map((i) => i.path.join('.')).sort()).toEqual(zp);
          }
        },
      ),
      { numRuns: 400 },
    );
    // Both outcomes are exercised.
    expect(accepted).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(20);
  });

  it('each kind has its JSON Schema, strict, reachable like the other schemas', () => {
    for (const kind of EVIDENCE_KINDS) {
      const s = rnqJsonSchema(`metadata:${kind}`) as { type: string; additionalProperties: boolean; properties: Record<string, unknown> };
      expect([s.type, s.additionalProperties], kind).toEqual(['object', false]);
      expect(Object.keys(s.properties), kind).toContain('title');
    }
    const e = rnqJsonSchema('metadata:emargement') as { properties: { halfDays: { items: { required: string[]; properties: { period: { enum: string[] } } } } } };
    expect(e.properties.halfDays.items.required).toEqual(['date', 'period', 'learnerSigned', 'trainerSigned']);
    expect(e.properties.halfDays.items.properties.period.enum).toEqual(['morning', 'afternoon']);
    expect(() => rnqJsonSchema('metadata:nope' as never)).toThrow(OfkitError);
  });
});

describe('veille-reglementaire: a dated regulatory-watch digest evidences indicator 23', () => {
  const digest = (date: string) => ({ kind: 'veille-reglementaire' as const, date, metadata: { from: '2025-01-01', to: date, changes: 12, openPoints: 2, title: 'Veille réglementaire 2026' } });
  const rule23 = (items: unknown[]) => assessReadiness(profile, { items } as never, { auditDate: '2026-12-01' }).rules.find((r) => r.id === 'watch-recent-23');
  const ind23 = (items: unknown[]) => assessReadiness(profile, { items } as never, { auditDate: '2026-12-01' }).indicators.find((i) => i.number === 23);

  it('is in the catalogue for indicator 23 in both versions', () => {
    expect(evidenceKindsFor(23, 'rnq-2026')).toEqual(['legal-watch', 'veille-reglementaire']);
    expect(evidenceKindsFor(23, 'rnq-2019-v9')).toEqual(['legal-watch', 'veille-reglementaire']);
  });

  it('the age-of-the-last-watch rule applies to it', () => {
    expect(rule23([digest('2026-10-01')])?.status).toBe('pass');
    const old = rule23([digest('2024-10-01')]);
    expect(old?.status).toBe('fail');
    expect(old?.message).toContain('2024-10-01');
    // The latest of a legal-watch record and a digest counts.
    expect(rule23([digest('2024-10-01'), { kind: 'legal-watch', date: '2026-11-01' }])?.status).toBe('pass');
    expect(rule23([digest('2026-11-01'), { kind: 'legal-watch', date: '2023-01-01' }])?.status).toBe('pass');
    expect(ind23([digest('2026-10-01')])?.status).toBe('covered');
    expect(ind23([])?.status).toBe('missing');
  });

  it('its metadata is checked too', () => {
    const issues = issuesOf(() => validateEvidenceSet({ items: [{ kind: 'veille-reglementaire', date: '2026-10-01', metadata: { form: '2025-01-01', changes: -1 } }] }));
    expect(issues.map((i) => [i.path.slice(3).join('.'), i.code])).toEqual([
      ['metadata.form', 'unrecognized_key'],
      ['metadata.changes', 'invalid_type'],
    ]);
    expect(issues[0]!.messageEn).toContain('did you mean "from"');
  });
});
