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

describe('documentInputsFromSession: documentFields complete what core records never hold', () => {
  const e = enrolments.map((x) => (x.learnerId === 'L3' ? { ...x, funding: [{ funder: 'individual' as const, amount: '1200.00' }] } : x));
  const results = (r: string) => ({ planned: true, results: training.objectives.map((objective) => ({ objective, result: r })) });
  const documentFields = {
    followUp: 'Feuilles d’émargement par demi-journée.',
    sanction: 'Attestation de fin de formation.',
    paymentTerms: 'Virement à 30 jours.',
    invoiceNumber: 'F-2026-0042',
    bankAccount: { iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'AGRIFRPP' },
    accessArrangements: 'Entretien de positionnement.',
    accessLeadTime: '15 jours ouvrés.',
    prices: '1 200 € net de taxe par stagiaire.',
    resultIndicators: 'Satisfaction 2025 : 4,6 / 5.',
    contacts: [{ name: 'Claire Martin', title: 'Responsable pédagogique', phone: '04 78 00 00 00' }],
    disabilityContact: { name: 'Karim Haddad', title: 'Référent handicap' },
    equipment: 'De quoi prendre des notes.',
    rulesAttached: true,
    programmeAttached: true,
    convention: { number: 'CONV-1', price: { amountExclTax: '2400.00' }, cancellationTerms: 'Dédit de 30 %.' },
    contract: { earlyTerminationTerms: 'Heures suivies dues au prorata.', paymentSchedule: [{ dueDate: '2026-12-02', amount: '360.00' }, { dueDate: '2026-12-09', amount: '840.00' }] },
    invoice: { dueDate: '2027-01-09', date: '2026-12-10', lines: [{ description: 'Formation intra, 3 jours', quantity: 3, unitPrice: '800.00' }], seller: { rcs: 'RCS Lyon 841 257 306', capital: '10 000 €' }, latePenaltyRate: 'trois fois le taux d’intérêt légal', earlyPaymentDiscount: 'Pas d’escompte.' },
    assessmentResults: { L1: results('acquis'), L2: results('acquis'), L3: results('en cours d’acquisition') },
  };
  const docs = documentInputsFromSession({ ...base, enrolments: e, client, training: { ...training, price: '1200.00' }, documentFields });
  const input = (key: string) => docs.find((d) => d.key === key)!.input as Record<string, unknown>;

  it('every document of the session is complete, and builds', () => {
    expect(docs.length).toBeGreaterThan(10);
    for (const d of docs) {
      expect(d.missing, d.key).toEqual([]);
      expect(createDocument(d.kind, d.input as never).blocks.length, d.key).toBeGreaterThan(0);
    }
  });
  it('puts each field in the documents that print it', () => {
    expect(input('programme')).toMatchObject({ accessArrangements: documentFields.accessArrangements, accessLeadTime: documentFields.accessLeadTime, prices: documentFields.prices, resultIndicators: documentFields.resultIndicators, contacts: documentFields.contacts, disabilityContact: documentFields.disabilityContact });
    expect(input('convocation:L1')).toMatchObject({ equipment: documentFields.equipment, rulesAttached: true, programmeAttached: true, contacts: documentFields.contacts });
    expect(input('convention')).toMatchObject({ number: 'CONV-1', price: { amountExclTax: '2400.00' }, cancellationTerms: 'Dédit de 30 %.', paymentTerms: 'Virement à 30 jours.' });
    expect(input('facture')).toMatchObject({ number: 'F-2026-0042', date: '2026-12-10', dueDate: '2027-01-09', lines: documentFields.invoice.lines, seller: documentFields.invoice.seller, bankAccount: documentFields.bankAccount });
    expect(input('attestation-fin-formation:L3')['assessmentResults']).toEqual(results('en cours d’acquisition'));
  });
  it("the contrat takes the training record's price unless documentFields.contract gives one, and the general payment terms unless its own", () => {
    expect(input('contrat-formation:L3')).toMatchObject({ price: { amountExclTax: '1200.00' }, paymentTerms: 'Virement à 30 jours.' });
    const own = documentInputsFromSession({ ...base, enrolments: e, documentFields: { ...documentFields, contract: { ...documentFields.contract, price: { amountExclTax: '1000.00' }, paymentTerms: 'Par chèque.' } } });
    expect(own.find((d) => d.key === 'contrat-formation:L3')!.input).toMatchObject({ price: { amountExclTax: '1000.00' }, paymentTerms: 'Par chèque.' });
  });
  it('the convention and the invoice name only the learners the client pays for (not one who pays themself)', () => {
    const ids = (k: string) => (input(k)['learners'] as { id: string }[]).map((l) => l.id);
    expect(ids('convention')).toEqual(['L1', 'L2']);
    expect(ids('facture')).toEqual(['L1', 'L2']);
  });
  it('a learner without assessment results in documentFields still has its attestation reported incomplete', () => {
    const { L3: _l3, ...others } = documentFields.assessmentResults;
    void _l3;
    const d = documentInputsFromSession({ ...base, enrolments: e, client, documentFields: { ...documentFields, assessmentResults: others } });
    expect(d.find((x) => x.key === 'attestation-fin-formation:L3')!.missing).toEqual(['assessmentResults']);
    expect(d.find((x) => x.key === 'attestation-fin-formation:L1')!.missing).toEqual([]);
  });
  it('malformed documentFields throw OfkitError with the path', () => {
    expect(() => documentInputsFromSession({ ...base, documentFields: { invoice: { dueDate: '2027-02-30' } } } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: ['documentFields', 'invoice', 'dueDate'] })] }));
  });
});
