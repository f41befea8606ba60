/**
 * Mandatory mentions as dated data (issue 8 §1; ../shared/domain/corrections-2026-12.md §2–§3).
 */
import { describe, expect, it } from 'vitest';
import { overrideRules, type LegalRef } from '@ofkit/core';
import { DOCUMENT_KINDS, DOCUMENT_REFERENCES, checkMentions, createDocument, documentRules, type MentionRule } from '../src/index.js';
import { mentionInForce } from '../src/internal.js';
import { completeInputs } from './fixtures.js';

const inputs = completeInputs();
const codes = (xs: readonly { code: string }[]) => xs.map((x) => x.code);

function blended<T extends object>(data: T, date: string, withRate: boolean): T {
  const d = structuredClone(data) as Record<string, unknown> & { session: Record<string, unknown> };
  d.session.modality = 'mixte';
  d.session.foad = { assistance: 'Tutrice joignable par messagerie sous 24 h ouvrées.', activities: 'Six modules en ligne, environ 1 h 30 chacun.', assessments: 'Quiz de fin de module et étude de cas finale.' };
  if (withRate) d.session.distanceRatePercent = 40;
  d.date = date;
  return d as T;
}

describe('mentions as dated data', () => {
  it('every kind has its mention list as a parameter `<kind>.mentions` with references and a status', () => {
    for (const kind of DOCUMENT_KINDS) {
      const p = (documentRules as unknown as Record<string, { values: { value: MentionRule[] }[] }>)[`${kind}.mentions`];
      expect(p, kind).toBeDefined();
      for (const rule of p!.values[0]!.value) {
        expect(rule.references.length, `${kind} ${rule.code}`).toBeGreaterThan(0);
        expect(['confirmed', 'provisional', 'disputed']).toContain(rule.status);
      }
    }
  });

  it('D. 6353-1 I 1° (décret 2025-586): a blended convention dated 2025-06-30 needs no distance rate; dated 2025-07-01 it does', () => {
    // Reasoning: the décret of 27 June 2025 added « le taux des enseignements dispensés à distance sur
    // la durée totale » to the convention's mentions from 1 July 2025 (LEGIARTI000051819671).
    const before = checkMentions('convention', blended(inputs.convention, '2025-06-30', false));
    expect(codes(before)).toEqual([]);
    const after = checkMentions('convention', blended(inputs.convention, '2025-07-01', false));
    expect(codes(after)).toEqual(['session.distanceRate']);
    expect(after[0]!.path).toEqual(['session', 'distanceRatePercent']);
    expect(after[0]!.references[0]).toMatchObject({ article: 'D6353-1', legifranceId: 'LEGIARTI000051819671' });
    expect(checkMentions('convention', blended(inputs.convention, '2025-07-01', true))).toEqual([]);
    // In person: no distance rate asked.
    expect(checkMentions('convention', { ...inputs.convention, date: '2026-01-05' })).toEqual([]);
  });

  it('a devis standing in for a convention needs the distance rate too', () => {
    const missing = checkMentions('devis', blended(inputs.devis, '2026-01-05', false));
    expect(codes(missing)).toEqual(['session.distanceRate']);
    expect(checkMentions('devis', { ...blended(inputs.devis, '2026-01-05', false), replacesConvention: false })).toEqual([]);
  });

  it('a host overrides a mention list like any parameter (here: drops a mention from 2027)', () => {
    const list = (documentRules['convention.mentions'].values[0]!.value).filter((r) => r.code !== 'paymentTerms');
    const rules = overrideRules(documentRules, { 'convention.mentions': [{ from: '2027-01-01', value: list, status: 'confirmed', references: [] }] });
    const data = { ...inputs.convention, paymentTerms: undefined };
    expect(codes(checkMentions('convention', { ...data, date: '2026-12-31' }, { rules }))).toEqual(['paymentTerms']);
    expect(checkMentions('convention', { ...data, date: '2027-01-02' }, { rules })).toEqual([]);
    const doc = createDocument('convention', { ...data, date: '2027-01-02' }, { rules });
    expect(doc.warnings.some((w) => w.code === 'OVERRIDDEN_VALUE')).toBe(true);
  });

  it('mentionInForce reads from/to inclusively', () => {
    const r: MentionRule = { code: 'x', label: 'x', labelEn: 'x', from: '2025-07-01', to: '2025-12-31', references: [], status: 'confirmed' };
    expect([mentionInForce(r, '2025-06-30'), mentionInForce(r, '2025-07-01'), mentionInForce(r, '2025-12-31'), mentionInForce(r, '2026-01-01')]).toEqual([false, true, true, false]);
  });
});

describe('émargement: a signature per half-day (CAA Nantes, 1 June 2021)', () => {
  const base = inputs['feuille-emargement'];
  it('a learner marked present without a signature is a defect', () => {
    const att = structuredClone(base.attendance)!;
    delete (att[1]!.learners[0] as { signature?: unknown }).signature;
    const missing = checkMentions('feuille-emargement', { ...base, attendance: att });
    expect(codes(missing)).toEqual(['emargement.learnerSignatures']);
    expect(missing[0]!.path).toEqual(['attendance', 1, 'learners', 0, 'signature']);
    expect(missing[0]!.message).toContain('sans signature');
  });
  it('a trainer without a signature is a defect', () => {
    const att = structuredClone(base.attendance)!;
    delete (att[0]!.trainer as { signature?: unknown }).signature;
    expect(codes(checkMentions('feuille-emargement', { ...base, attendance: att }))).toEqual(['emargement.trainerSignatures']);
  });
  it('an accepted alternative proof (attendanceProofs) settles it, and an absent learner needs none', () => {
    const att = structuredClone(base.attendance)!;
    delete (att[1]!.learners[0] as { signature?: unknown }).signature;
    const proof = { slot: att[1]!.slot, personId: att[1]!.learners[0]!.learnerId, proof: 'Relevé de connexion de la classe virtuelle' };
    expect(checkMentions('feuille-emargement', { ...base, attendance: att, attendanceProofs: [proof] })).toEqual([]);
    // A proof for another half-day does not count.
    expect(codes(checkMentions('feuille-emargement', { ...base, attendance: att, attendanceProofs: [{ ...proof, slot: att[0]!.slot }] }))).toEqual(['emargement.learnerSignatures']);
  });
});

describe('Légifrance ids (corrections-2026-12 §2)', () => {
  it('every Code du travail reference of the documents carries its LEGIARTI id', () => {
    const refs: LegalRef[] = [...Object.values(DOCUMENT_REFERENCES)];
    for (const [key, p] of Object.entries(documentRules)) {
      for (const v of (p as unknown as { values: { references: LegalRef[]; value: unknown }[] }).values) {
        refs.push(...v.references);
        if (key.endsWith('.mentions')) for (const r of v.value as MentionRule[]) refs.push(...r.references);
      }
    }
    const ct = refs.filter((r) => r.source === 'code-du-travail');
    expect(ct.length).toBeGreaterThan(30);
    for (const r of ct) expect(r.legifranceId, r.article).toMatch(/^LEGIARTI\d{12}$/);
    // Spot checks against the table of corrections §2.
    expect(DOCUMENT_REFERENCES.R6352_2.legifranceId).toBe('LEGIARTI000018522360');
    expect(DOCUMENT_REFERENCES.L6353_5.legifranceId).toBe('LEGIARTI000006904415');
    expect(DOCUMENT_REFERENCES.D6353_1.legifranceId).toBe('LEGIARTI000051819671');
  });
});
