/** documentInputsFromSession: every document of a session from core's records, nothing guessed (issue 10 §1). */
import { describe, expect, it } from 'vitest';
import { createDocument, documentInputsFromSession } from '../src/index.js';
import { attendance, client, learners, organisation, session, trainers, training } from './fixtures.js';

const enrolments = learners.map((l) => ({ id: `E-${l.id}`, learnerId: l.id, sessionId: session.id, hoursPlanned: 21, status: 'completed' as const, funding: [{ funder: 'opco-plan' as const, amount: '800.00' }] }));
const base = { organisation, training, session, learners, trainers, attendance, enrolments, date: '2026-11-20' };

describe('documentInputsFromSession', () => {
  it('builds one document per kind, per learner where the kind is per learner', () => {
    const docs = documentInputsFromSession({ ...base, client });
    const keys = docs.map((d) => d.key);
    expect(keys).toContain('convention');
    expect(keys).toContain('feuille-emargement');
    expect(keys.filter((k) => k.startsWith('convocation:'))).toHaveLength(3);
    expect(keys.filter((k) => k.startsWith('certificat-realisation:'))).toHaveLength(3);
    expect(keys.some((k) => k.startsWith('contrat-formation'))).toBe(false); // nobody pays themself
  });
  it('derives hours attended from the attendance records (L3 excused on the last afternoon: 17.5 h)', () => {
    const docs = documentInputsFromSession(base);
    const l3 = docs.find((d) => d.key === 'certificat-realisation:L3')!;
    expect((l3.input as { hoursDone?: number }).hoursDone).toBe(17.5);
    expect(l3.missing).toEqual([]);
    expect(createDocument('certificat-realisation', l3.input as never).blocks.length).toBeGreaterThan(3);
    expect(docs.find((d) => d.key === 'feuille-emargement')!.missing).toEqual([]);
  });
  it('says what is missing instead of guessing: no client, no assessment results, no payment terms', () => {
    const docs = documentInputsFromSession(base);
    expect(docs.find((d) => d.kind === 'convention')!.missing).toContain('client');
    expect(docs.find((d) => d.key === 'attestation-fin-formation:L1')!.missing).toEqual(['assessmentResults']);
    expect(docs.find((d) => d.kind === 'facture')!.missing).toContain('client');
  });
  it('a learner paying themself gets a contrat de formation', () => {
    const e = enrolments.map((x) => (x.learnerId === 'L3' ? { ...x, funding: [{ funder: 'individual' as const, amount: '1200.00' }] } : x));
    expect(documentInputsFromSession({ ...base, enrolments: e }).map((d) => d.key)).toContain('contrat-formation:L3');
  });
  it('malformed records throw OfkitError with the path', () => {
    expect(() => documentInputsFromSession({ ...base, session: { ...session, endDate: 'x' } } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
