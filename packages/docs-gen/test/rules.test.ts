/**
 * Validity rules and dated parameters: withdrawal period and the 30 % cap (L. 6353-5/-6),
 * invoice numbering, B2B mentions and the e-invoicing calendar, émargement consistency
 * (public holidays, capacity, timestamps), règlement intérieur (no fines, 3-month deadline,
 * representation), options and overrides.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OfkitError, overrideRules } from '@ofkit/core';
import {
  checkMentions,
  createDocument,
  documentJsonSchema,
  documentJsonSchemas,
  documentRules,
  documentSchemas,
  renderMarkdown,
  DOCUMENT_KINDS,
} from '../src/index.js';
import { followsInvoiceNumber } from '../src/internal.js';
import { completeInputs, without } from './fixtures.js';

const inputs = completeInputs();
const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe('contrat de formation: L. 6353-5 and L. 6353-6 on the payment schedule', () => {
  const base = inputs['contrat-formation'];
  it('accepts a first payment on day 11 after signature and 30 % before the start', () => {
    // Signed 2026-11-20: the 10-day period covers 21..30 November; 1 December is the first day.
    const data = { ...base, paymentSchedule: [{ dueDate: '2026-12-01', amount: '360.00' }, { dueDate: '2026-12-08', amount: '840.00' }] };
    expect(checkMentions('contrat-formation', data)).toEqual([]);
  });
  it('refuses a payment on day 10 (the period has not expired)', () => {
    const data = { ...base, paymentSchedule: [{ dueDate: '2026-11-30', amount: '360.00' }, { dueDate: '2026-12-08', amount: '840.00' }] };
    const missing = checkMentions('contrat-formation', data);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ code: 'contrat.noPaymentBeforeWithdrawalEnd', status: 'invalid', path: ['paymentSchedule', 0, 'dueDate'] });
    expect(missing[0]!.references.map((r) => r.article)).toContain('L6353-6');
  });
  it('refuses more than 30 % due by the first day of training, to the cent', () => {
    const over = { ...base, paymentSchedule: [{ dueDate: '2026-12-01', amount: '360.01' }, { dueDate: '2026-12-08', amount: '839.99' }] };
    expect(codes(checkMentions('contrat-formation', over))).toEqual(['contrat.maxAdvance']);
    const onStart = { ...base, paymentSchedule: [{ dueDate: '2026-12-07', amount: '400.00' }, { dueDate: '2026-12-09', amount: '800.00' }] };
    expect(codes(checkMentions('contrat-formation', onStart))).toEqual(['contrat.maxAdvance']);
  });
  it('refuses a schedule that does not add up to the price', () => {
    const data = { ...base, paymentSchedule: [{ dueDate: '2026-12-01', amount: '300.00' }, { dueDate: '2026-12-08', amount: '800.00' }] };
    expect(codes(checkMentions('contrat-formation', data))).toEqual(['contrat.scheduleTotal']);
  });
  it('applies 14 days to a contract signed at a distance (default, provisional, with a warning), 10 with the labour-code option', () => {
    const data = { ...base, signedAtDistance: true, paymentSchedule: [{ dueDate: '2026-12-01', amount: '360.00' }, { dueDate: '2026-12-08', amount: '840.00' }] };
    expect(codes(checkMentions('contrat-formation', data))).toEqual(['contrat.noPaymentBeforeWithdrawalEnd']);
    expect(checkMentions('contrat-formation', data, { withdrawalAtDistance: 'labour-code' })).toEqual([]);
    const ok = { ...data, paymentSchedule: [{ dueDate: '2026-12-05', amount: '360.00' }, { dueDate: '2026-12-08', amount: '840.00' }] };
    const doc = createDocument('contrat-formation', ok);
    const w = doc.warnings.find((x) => x.parameter === 'docs.contrat.withdrawalDaysDistance');
    expect(w).toMatchObject({ code: 'PROVISIONAL_VALUE', option: 'withdrawalAtDistance' });
    expect(renderMarkdown(doc)).toContain('délai de 14 jours');
  });
  it('prints the withdrawal clause and the interruption rules', () => {
    const md = renderMarkdown(createDocument('contrat-formation', base));
    expect(md).toContain('délai de 10 jours');
    expect(md).toContain('30\u202f% du prix convenu');
    expect(md).toContain('force majeure');
  });
  it('an override of the withdrawal period is used and flagged', () => {
    const rules = overrideRules(documentRules, { withdrawalDays: [{ from: '2026-11-01', value: 12, status: 'confirmed', references: [] }] });
    const late = { ...base, paymentSchedule: [{ dueDate: '2026-12-03', amount: '360.00' }, { dueDate: '2026-12-08', amount: '840.00' }] };
    expect(codes(checkMentions('contrat-formation', base, { rules }))).toEqual(['contrat.noPaymentBeforeWithdrawalEnd']);
    const doc = createDocument('contrat-formation', late, { rules });
    expect(renderMarkdown(doc)).toContain('délai de 12 jours');
    expect(doc.warnings.map((w) => w.code)).toContain('OVERRIDDEN_VALUE');
  });
});

describe('facture', () => {
  const base = inputs.facture;
  it('numbering: sequence without gap, same prefix', () => {
    expect(followsInvoiceNumber('F-2026-0041', 'F-2026-0042')).toBe(true);
    expect(followsInvoiceNumber('F-2026-0041', 'F-2026-0043')).toBe(false);
    expect(followsInvoiceNumber('F-2026-0099', 'F-2026-0100')).toBe(true);
    expect(followsInvoiceNumber('A-9', 'B-10')).toBe(false);
    expect(codes(checkMentions('facture', { ...base, previousNumber: 'F-2026-0040' }))).toEqual(['facture.numberSequence']);
    expect(codes(checkMentions('facture', { ...base, number: 'FACTURE', previousNumber: undefined }))).toEqual(['facture.numberFormat']);
  });
  it('business client: due date, penalty rate, discount conditions required; 40 € printed', () => {
    const data = { ...base, dueDate: undefined, latePenaltyRate: undefined, earlyPaymentDiscount: undefined };
    expect(codes(checkMentions('facture', data))).toEqual(['facture.dueDate', 'facture.latePenaltyRate', 'facture.earlyPaymentDiscount']);
    const md = renderMarkdown(createDocument('facture', base));
    expect(md).toContain('40,00');
    expect(md).toContain('Indemnité forfaitaire pour frais de recouvrement');
  });
  it('individual client: no B2B mentions and no 40 € indemnity', () => {
    const data = { ...base, client: { name: 'Jürgen Groß', type: 'individual' as const, address: base.client.address }, dueDate: undefined, latePenaltyRate: undefined, earlyPaymentDiscount: undefined };
    expect(checkMentions('facture', data)).toEqual([]);
    expect(renderMarkdown(createDocument('facture', data))).not.toContain('recouvrement');
  });
  it('VAT: exemption mention under 261-4-4° a; an OF subject to VAT needs its VAT number and line rates', () => {
    expect(renderMarkdown(createDocument('facture', base))).toContain('Exonération de TVA – article 261\\-4\\-4° a du CGI'.replace(/\\/g, ''));
    const subject = { ...base, organisation: { ...base.organisation, vat: { regime: 'subject' as const } } };
    expect(codes(checkMentions('facture', subject))).toEqual(['facture.sellerVatNumber', 'facture.vatRate']);
    const ok = {
      ...subject,
      organisation: { ...subject.organisation, vat: { regime: 'subject' as const, number: 'FR31841257306' } },
      lines: [{ ...base.lines[0]!, vatRate: '20' }],
    };
    const md = renderMarkdown(createDocument('facture', ok));
    expect(md).toContain('480,00'); // 20 % of 2 400,00
    expect(md).toContain('2\u202F880,00');
  });
  it('e-invoicing mentions (décret 2022-1299) depend on the date and the issuer size', () => {
    const noSiren = { ...base, client: { ...base.client, siren: undefined, siret: undefined } };
    // Default size 'large': required from 2026-09-01.
    expect(codes(checkMentions('facture', noSiren))).toEqual(['facture.clientSiren']);
    expect(checkMentions('facture', noSiren, { issuerSize: 'pme' })).toEqual([]);
    expect(checkMentions('facture', { ...noSiren, date: '2026-08-31', dueDate: '2026-09-30', previousNumber: undefined })).toEqual([]);
    expect(codes(checkMentions('facture', { ...noSiren, date: '2027-09-01', dueDate: '2027-10-01' }, { issuerSize: 'pme' }))).toEqual(['facture.clientSiren']);
    const doc = createDocument('facture', base);
    expect(doc.warnings.some((w) => w.parameter === 'docs.facture.einvoicingMentionsFrom' && w.option === 'issuerSize')).toBe(true);
  });
  it('a company must show its RCS and capital', () => {
    expect(codes(checkMentions('facture', { ...base, seller: {} }))).toEqual(['facture.sellerRcs', 'facture.sellerCapital']);
    const assoc = { ...base, seller: {}, organisation: { ...base.organisation, legalForm: 'Association loi 1901' } };
    expect(checkMentions('facture', assoc)).toEqual([]);
  });
});

describe("feuille d'émargement", () => {
  const base = inputs['feuille-emargement'];
  it('builds a blank sheet without attendance (one row per learner, one column per half-day, trainer row)', () => {
    const doc = createDocument('feuille-emargement', { ...base, attendance: undefined });
    expect(doc.meta.orientation).toBe('landscape');
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(2); // 6 half-days, 5 per sheet → 3 + 3
    for (const t of tables) {
      if (t.type !== 'table') continue;
      expect(t.columns).toHaveLength(4);
      expect(t.rows).toHaveLength(4); // 3 learners + trainer
      expect(t.rows.slice(0, 3).every((r) => r.slice(1).every((c) => c === ''))).toBe(true);
    }
  });
  it('fills cells from attendance with method and Paris time, and annexes the evidence', () => {
    const md = renderMarkdown(createDocument('feuille-emargement', base));
    expect(md).toContain('signé (électronique)<br>07/12/2026 9\u00A0h\u00A002');
    expect(md).toContain('Absence justifiée');
    expect(md).toContain('Annexe — signatures électroniques');
    expect(md).toContain('otp: validé');
    // The annex names the trainer, not their record id.
    expect(md).toMatch(/\| Bérard Sophie \(formateur\) \|/);
    expect(md).not.toContain('Formateur (T1)');
  });
  it('never prints "signé" for a presence recorded without a signature', () => {
    const att = base.attendance!.map((r) => ({ ...r, trainer: { trainerId: r.trainer.trainerId }, learners: r.learners.map((l) => ({ learnerId: l.learnerId, status: l.status })) }));
    const md = renderMarkdown(createDocument('feuille-emargement', { ...base, attendance: att }, { draft: true }));
    expect(md).not.toMatch(/\| signé \|/);
    expect(md).toContain('présent (signature non enregistrée)');
    expect(md).toContain('signature non enregistrée');
  });
  it('refuses a half-day on a public holiday (zone-aware)', () => {
    const slot = { date: '2026-12-25', halfDay: 'morning' as const, start: '09:00', end: '12:00' };
    const data = { ...base, attendance: undefined, session: { ...base.session, endDate: '2026-12-26', slots: [...base.session.slots, slot] } };
    const missing = checkMentions('feuille-emargement', data);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ code: 'emargement.noPublicHoliday', path: ['session', 'slots', 6, 'date'] });
    expect(missing[0]!.message).toContain('Noël');
    // 26 December is a holiday in Alsace-Moselle only.
    const st = { ...data, session: { ...data.session, slots: [...base.session.slots, { ...slot, date: '2026-12-26' }] } };
    expect(checkMentions('feuille-emargement', st)).toEqual([]);
    expect(codes(checkMentions('feuille-emargement', { ...st, zone: 'alsace-moselle' }))).toEqual(['emargement.noPublicHoliday']);
  });
  it('refuses more learners than the room holds', () => {
    const data = { ...base, session: { ...base.session, capacity: 2 } };
    expect(codes(checkMentions('feuille-emargement', data))).toEqual(['emargement.capacity']);
  });
  it('refuses a signature timestamped on another day, an unknown learner, a slot outside the planning', () => {
    const att = structuredClone(base.attendance)!;
    att[0]!.learners[0]!.signature!.signedAt = '2026-12-09T17:30:00+01:00';
    att[1]!.learners.push({ learnerId: 'L9', status: 'absent' as const } as never);
    att[2]!.slot.date = '2026-12-10';
    const missing = checkMentions('feuille-emargement', { ...base, attendance: att });
    const paths = missing.map((m) => m.path.join('.'));
    expect(paths.slice(0, 3)).toEqual(['attendance.0.learners.0.signature.signedAt', 'attendance.1.learners.3.learnerId', 'attendance.2.slot']);
    // The signatures of the moved half-day no longer match its date either.
    expect(paths.slice(3).every((p) => p.startsWith('attendance.2.') && p.endsWith('signedAt'))).toBe(true);
    expect(paths).toHaveLength(7);
  });
  it('requires the trainer to be known', () => {
    expect(codes(checkMentions('feuille-emargement', { ...base, trainers: [] }))).toEqual(['emargement.trainer', 'emargement.trainerKnown']);
  });
});

describe('règlement intérieur', () => {
  const base = inputs['reglement-interieur'];
  it('forbids fines and pecuniary sanctions (R. 6352-3)', () => {
    const data = { ...base, sanctions: [{ name: 'Avertissement' }, { name: 'Amende de 50 €' }, { name: 'Retenue sur la rémunération' }] };
    const missing = checkMentions('reglement-interieur', data);
    expect(missing.map((m) => m.path.join('.'))).toEqual(['sanctions.1', 'sanctions.2']);
    expect(missing[0]!.references[0]!.article).toBe('R6352-3');
  });
  it('checks the 3-month deadline (R. 6352-2, confirmed) at the end of month boundary', () => {
    expect(checkMentions('reglement-interieur', { ...base, activityStartDate: '2025-11-30', date: '2026-02-28' })).toEqual([]);
    expect(codes(checkMentions('reglement-interieur', { ...base, activityStartDate: '2025-11-30', date: '2026-03-01' }))).toEqual(['ri.deadline']);
    const doc = createDocument('reglement-interieur', base);
    expect(doc.warnings.some((w) => w.parameter === 'docs.ri.deadlineMonths')).toBe(false);
    expect(doc.mentions.find((m) => m.code === 'ri.deadline')?.references.map((r) => r.article)).toEqual(['R6352-2']);
  });
  it('prints the representation rules for sessions over 500 h, with the election timing of R. 6352-10', () => {
    const doc = createDocument('reglement-interieur', { ...base, hasSessionsOver500h: true });
    const md = renderMarkdown(doc);
    expect(md).toContain('supérieure à 500 heures');
    expect(md).toContain('au plus tôt 20 heures');
    expect(doc.warnings.some((w) => w.parameter === 'docs.ri.electionWindowHours')).toBe(false);
    expect(renderMarkdown(createDocument('reglement-interieur', base))).not.toContain('500 heures');
  });
});

describe('end-of-training documents', () => {
  it('attestation: results required only when an assessment was planned', () => {
    const base = inputs['attestation-fin-formation'];
    expect(codes(checkMentions('attestation-fin-formation', { ...base, assessmentResults: { planned: true } }))).toEqual(['attestation.results']);
    const none = createDocument('attestation-fin-formation', { ...base, assessmentResults: { planned: false } });
    expect(renderMarkdown(none)).toContain("Aucune évaluation des acquis n’était prévue");
    expect(none.warnings.some((w) => w.code === 'PROVISIONAL_MENTION')).toBe(true);
    const both = without(without(base, ['hoursAttended']), ['training', 'durationHours']);
    expect(codes(checkMentions('attestation-fin-formation', both))).toEqual(['attestation.duration']);
  });
  it('certificat: exactly one of the 4 boxes ticked; months for apprenticeship; FOAD footnote', () => {
    const base = inputs['certificat-realisation'];
    const doc = createDocument('certificat-realisation', base);
    const boxes = doc.blocks.find((b) => b.type === 'checklist');
    expect(boxes?.type === 'checklist' && boxes.items.filter((i) => i.checked).length).toBe(1);
    expect(codes(checkMentions('certificat-realisation', { ...base, training: { ...base.training, category: 'apprentissage' as const } }))).toEqual(['certificat.months']);
    expect(renderMarkdown(createDocument('certificat-realisation', { ...base, training: { ...base.training, category: 'apprentissage' as const }, monthsDone: 7 }))).toContain('durée de 7 mois');
    expect(renderMarkdown(createDocument('certificat-realisation', base))).toContain('3 ans à compter de la fin de l’année du dernier paiement');
  });
  it('questionnaire: hot and cold variants; cold must come after the session', () => {
    const base = inputs['questionnaire-satisfaction'];
    expect(renderMarkdown(createDocument('questionnaire-satisfaction', base))).toContain('évaluation à chaud');
    expect(codes(checkMentions('questionnaire-satisfaction', { ...base, variant: 'cold' }))).toEqual(['questionnaire.coldAfterEnd']);
    expect(renderMarkdown(createDocument('questionnaire-satisfaction', { ...base, variant: 'cold', date: '2027-03-09' }))).toContain('à froid');
  });
  it('programme: a CFA must name its référent handicap; others get a warning', () => {
    const base = inputs.programme;
    const noRef = without(base, ['disabilityContact']);
    expect(createDocument('programme', noRef).warnings.some((w) => w.code === 'RECOMMENDED_MENTION')).toBe(true);
    expect(codes(checkMentions('programme', { ...noRef, isCfa: true }))).toEqual(['programme.disabilityContact']);
  });
  it('FOAD: a distance action needs the D. 6313-3-1 mentions', () => {
    const base = inputs.convention;
    const data = { ...base, session: { ...base.session, modality: 'distance' as const, place: undefined } };
    expect(codes(checkMentions('convention', data))).toEqual(['session.distanceRate', 'action.foad.assistance', 'action.foad.activities', 'action.foad.assessments']);
  });
});

describe('schemas', () => {
  it('exports a zod schema and a JSON Schema per kind', () => {
    expect(Object.keys(documentSchemas).sort()).toEqual([...DOCUMENT_KINDS].sort());
    const all = documentJsonSchemas();
    for (const k of DOCUMENT_KINDS) {
      expect(all[k]).toMatchObject({ type: 'object' });
      expect(JSON.stringify(all[k])).toContain('organisation');
    }
    const conv = documentJsonSchema('convention') as { required?: string[] };
    expect(conv.required).toEqual(expect.arrayContaining(['organisation', 'client', 'date']));
    expect(conv.required).not.toContain('paymentTerms'); // a mention: reported by checkMentions, not by the schema
  });
  it('the same data always gives the same document', () => {
    const a = createDocument('convention', inputs.convention);
    const b = createDocument('convention', structuredClone(inputs.convention));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
  it('errors are OfkitError with bilingual messages', () => {
    try {
      createDocument('facture', { ...inputs.facture, lines: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      expect((e as OfkitError).issues[0]).toMatchObject({ path: ['lines'], message: 'Au moins une ligne.', messageEn: 'At least one line.' });
    }
  });
});

describe('properties', () => {
  const base = inputs['contrat-formation'];
  it('the 30 % cap is flagged exactly when the advance exceeds 30 % of the price, to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 5_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (priceCents, share) => {
        const firstCents = Math.floor(priceCents * share);
        const eur = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
        const data = {
          ...base,
          price: { amountExclTax: eur(priceCents) },
          paymentSchedule: [
            { dueDate: '2026-12-01', amount: eur(firstCents) },
            { dueDate: '2026-12-09', amount: eur(priceCents - firstCents) },
          ],
        };
        const flagged = checkMentions('contrat-formation', data).some((c) => c.code === 'contrat.maxAdvance');
        // Integer cents: cap = floor(30 % of the price in cents).
        expect(flagged).toBe(firstCents > Math.floor((priceCents * 3) / 10));
      }),
      { numRuns: 200 },
    );
  });
  it('checkMentions and createDocument agree: a document builds iff no mention is missing (drafts aside)', () => {
    const kinds = ['convention', 'facture', 'programme'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 0, max: 30 }), (kind, drop) => {
        const complete = createDocument(kind, inputs[kind] as never);
        const m = complete.mentions.filter((c) => c.check === 'presence' && c.path.length > 0)[drop % 10];
        const data = m ? without(inputs[kind], m.path) : inputs[kind];
        let missing: unknown[] = [];
        try {
          missing = checkMentions(kind, data as never);
        } catch {
          return; // schema-enforced field
        }
        if (missing.length === 0) expect(() => createDocument(kind, data as never)).not.toThrow();
        else expect(() => createDocument(kind, data as never)).toThrow(OfkitError);
      }),
      { numRuns: 60 },
    );
  });
});
