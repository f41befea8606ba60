import { describe, expect, it } from 'vitest';
import { planCpfFinancing } from '../src/index.js';
import * as W from '../src/financing/wording.js';
import { PlanStep, PlanWarning } from '../src/financing/wording.js';

const STEP_WORDING = Object.fromEntries(Object.entries(W).filter(([k]) => k.startsWith('STEP_')).map(([k, v]) => [k.slice(5), v]));
const WARNING_WORDING = Object.fromEntries(Object.entries(W).filter(([k]) => k.startsWith('WARN_')).map(([k, v]) => [k.slice(5), v]));
import { readRecord } from './recorded-plans.js';

// Issue 13 item 1: a step (and a plan warning) is data (code, amounts, references, facts); its French
// and English text come from one wording table (src/financing/wording.ts) when read and in toJSON.
describe('explanations as data (wording table)', () => {
  const plans = readRecord().map((c) => planCpfFinancing(c.request, c.options));

  it('every step and plan warning of the recorded set reads the same text in French, English and JSON', () => {
    let steps = 0;
    let warnings = 0;
    const bad: string[] = [];
    for (const plan of plans) {
      for (const s of plan.explanation) {
        const json = JSON.parse(JSON.stringify(s)) as { label: string; labelEn: string };
        if (!(s instanceof PlanStep) || json.label !== s.label || json.labelEn !== s.labelEn || s.label.length < 10 || (s.labelEn ?? '').length < 10 || s.label === s.labelEn) bad.push(`${s.code}: ${s.label} / ${s.labelEn}`);
        steps++;
      }
      for (const w of plan.warnings) {
        const json = JSON.parse(JSON.stringify(w)) as { message: string; messageEn: string };
        if (json.message !== w.message || json.messageEn !== w.messageEn || w.message === w.messageEn) bad.push(`${w.code}: ${w.message}`);
        if (w instanceof PlanWarning) warnings++;
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(steps).toBeGreaterThan(20_000);
    expect(warnings).toBeGreaterThan(100);
  });

  it('the recorded set reads every step wording of the table (no dead wording)', () => {
    const read = new Set<unknown>();
    for (const plan of plans) for (const s of plan.explanation) read.add(s.code);
    // Codes whose wording key is the code itself must all occur.
    const selfKeyed = Object.keys(STEP_WORDING).filter((k) => !['RESOURCE_USED', 'RESOURCE_NOT_NEEDED', 'NOTHING_TO_FINANCE', 'BAR_OTHERS_PAY', 'BAR_NOTHING_ELSE', 'BAR_ALLOCATION'].includes(k));
    expect(selfKeyed.filter((k) => !read.has(k) && k !== 'ACQUIRED_RIGHTS')).toEqual([]);
    for (const c of ['CREDIT_USED', 'TOP_UP_USED', 'CREDIT_NOT_NEEDED', 'TOP_UP_NOT_NEEDED', 'ACQUIRED_RIGHTS_BARRED', 'ACQUIRED_RIGHTS', 'ACQUIRED_RIGHTS_CAPPED']) expect(read.has(c), c).toBe(true);
    expect(Object.keys(WARNING_WORDING).length).toBeGreaterThan(15);
  });

  it('a step keeps its facts, not its text or its amounts as strings: label, labelEn and amounts are written when read', () => {
    const plan = planCpfFinancing({
      purchaseDate: '2026-03-10',
      price: '1400.00',
      action: { type: 'rncp', code: 'RNCP37274' },
      holder: { status: 'employee' },
      acquiredRights: '800.00',
      credits: [{ id: 'dotation-employeur', basis: 'L6323-4-III', funder: 'employer', amount: '300.00' }],
    });
    const used = plan.explanation.find((s) => s.code === 'CREDIT_USED')!;
    // Own data: the code and the (shared) references; the rest is read from the facts (issue 13: memory kept per plan).
    expect(Object.keys(used)).toEqual(['code', 'references']);
    expect(used.amounts).toEqual({ used: '300.00', available: '300.00', remaining: '996.80' });
    expect(Object.keys(used.amounts!)).toEqual(['used', 'available', 'remaining']);
    expect(JSON.parse(JSON.stringify(used))).toEqual({ code: 'CREDIT_USED', label: used.label, labelEn: used.labelEn, amounts: used.amounts, references: used.references });
    // A step without amounts has none (not an empty object).
    const level = plan.explanation.find((s) => s.code === 'LEVEL_1')!;
    expect(level.amounts).toBeUndefined();
    expect('amounts' in JSON.parse(JSON.stringify(level))).toBe(false);
    expect(used.label).toBe('Ressource « dotation-employeur » (L. 6323-4 III, employeur) : 300,00\u00A0€ mobilisés sur 300,00\u00A0€.');
    expect(used.labelEn).toBe('Credit "dotation-employeur" (L. 6323-4 III, employer): EUR 300.00 used of EUR 300.00.');
    const w = plan.warnings.find((x) => x.code === 'DISPUTED_EXEMPTION_NOT_APPLIED')!;
    expect(w.message).toContain('« dotation-employeur »');
    expect(w.messageEn).toContain('"dotation-employeur"');
  });
});

describe('client-ready wording in both languages', () => {
  const plans = readRecord().map((c) => ({ request: c.request, plan: planCpfFinancing(c.request, c.options) }));
  // Request codes that must never reach a sentence as such (funders, statuses, action types).
  const FR_CODES = /\b(state|employer|holder|other|region|opco|france-travail|agefiph|self-employed|public-servant|jobseeker|employee|rncp-block|driving-licence|bilan|rncp|rs|vae)(?=[),.;])/;
  const EN_CODES = /(, |: |\()(state|france-travail|agefiph|self-employed|public-servant|rncp-block|driving-licence|rncp|rs|vae|bilan)(?=[),.;])/;

  // Legal-basis codes of the request (`L6323-4-III`, `sapin-ii`…), the library's name, ISO dates.
  const RAW = /\bL\d{4}-\d+(-[A-Z]+|-accord)?\b|sapin-ii|CSS-L|\bofkit\b|\b20\d\d-\d\d-\d\d\b/;

  it('no step, warning or reason names a funder, status, action type or legal basis by its request code, in French or in English', () => {
    const bad: string[] = [];
    for (const { plan } of plans) {
      const texts: Array<[string, string, string]> = [
        ...plan.explanation.map((s) => [s.code, s.label, s.labelEn ?? ''] as [string, string, string]),
        ...plan.warnings.filter((w) => w.parameter === undefined).map((w) => [w.code, w.message, w.messageEn] as [string, string, string]),
        ...(plan.participation.reason ? [['reason', plan.participation.reason, plan.participation.reasonEn ?? ''] as [string, string, string]] : []),
      ];
      for (const [code, fr, en] of texts) {
        // The warning that tells the integrator which basis to declare names that basis as the request writes it.
        if (FR_CODES.test(fr) || RAW.test(fr.replace('base L6323-29', ''))) bad.push(`fr ${code}: ${fr}`);
        if (EN_CODES.test(en) || RAW.test(en.replace('basis L6323-29', '')) || /[«»]/.test(en)) bad.push(`en ${code}: ${en}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('the English says what the French says: every sentence with an amount or an article in French has it in English', () => {
    const bad: string[] = [];
    const articles = (t: string) => (t.match(/\b[LRD]\. ?\d{4}-\d+(-\d+)?( [A-Z])?\b/g) ?? []).map((x) => x.replace(/\. ?/, '. ')).sort();
    for (const { plan } of plans) {
      for (const s of plan.explanation) {
        const en = s.labelEn ?? '';
        if (JSON.stringify(articles(s.label)) !== JSON.stringify(articles(en))) bad.push(`${s.code}: ${s.label} | ${en}`);
        const frAmounts = (s.label.match(/\d[\d\u202f\u00a0 ]*,\d\d/g) ?? []).length;
        const enAmounts = (en.match(/EUR \d+\.\d\d/g) ?? []).length;
        if (frAmounts !== enAmounts) bad.push(`amounts ${s.code}: ${s.label} | ${en}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('a participation with a reason has it in French and in English', () => {
    let withReason = 0;
    for (const { plan } of plans) {
      const p = plan.participation;
      expect(p.reason === undefined, JSON.stringify(p)).toBe(p.reasonEn === undefined);
      if (p.reason !== undefined) {
        withReason++;
        expect(p.reasonEn).not.toBe(p.reason);
        expect(FR_CODES.test(p.reason), p.reason).toBe(false);
      }
    }
    expect(withReason).toBeGreaterThan(100);
  });

  it('a jobseeker, a C2P top-up and an ineligible purchase give their reasons', () => {
    const base = { purchaseDate: '2026-03-10', price: '1400.00', action: { type: 'rncp' as const, code: 'RNCP37274' }, acquiredRights: '800.00' };
    const js = planCpfFinancing({ ...base, holder: { status: 'jobseeker' } }).participation;
    expect(js).toEqual({ amount: '0.00', exempt: true, reason: "Demandeur d'emploi : participation non due (L. 6323-7).", reasonEn: 'Jobseeker: no flat-rate contribution due (L. 6323-7).' });
    const c2p = planCpfFinancing({ ...base, holder: { status: 'employee' }, topUps: [{ id: 'c2p', basis: 'L4163-8', funder: 'other', amount: '500.00' }] }, { unusedTopUpExempts: true });
    expect(c2p.participation.reasonEn).toBe('Top-up "c2p" from the occupational risk prevention account (C2P, L. 4163-8): no flat-rate contribution due (R. 6323).');
    expect(c2p.explanation.find((s) => s.code === 'PARTICIPATION_EXEMPT')!.labelEn).toBe(`Flat-rate contribution (participation forfaitaire) not due. ${c2p.participation.reasonEn}`);
    const old = planCpfFinancing({ ...base, purchaseDate: '2024-03-10', holder: { status: 'employee' } }).participation;
    expect(old.reasonEn).toBe('No flat-rate contribution on this date (introduced on 2 May 2024).');
  });

  it('names the funders as institutions in both languages: Région / Region, like État / State', () => {
    const plan = planCpfFinancing({
      purchaseDate: '2026-03-10',
      price: '1400.00',
      action: { type: 'rncp', code: 'RNCP37274' },
      holder: { status: 'employee' },
      acquiredRights: '800.00',
      topUps: [{ id: 't1', basis: 'L6323-4-II', funder: 'region', amount: '302.00' }, { id: 't2', basis: 'L6323-4-II', funder: 'state', amount: '100.00' }],
    });
    const used = plan.explanation.filter((x) => x.code === 'TOP_UP_USED');
    expect(used.map((s) => s.label)).toEqual(['Abondement « t1 » (L. 6323-4 II, Région) : 302,00\u00a0€ mobilisés sur 302,00\u00a0€.', 'Abondement « t2 » (L. 6323-4 II, État) : 100,00\u00a0€ mobilisés sur 100,00\u00a0€.']);
    expect(used.map((s) => s.labelEn)).toEqual(['Top-up "t1" (L. 6323-4 II, Region): EUR 302.00 used of EUR 302.00.', 'Top-up "t2" (L. 6323-4 II, State): EUR 100.00 used of EUR 100.00.']);
  });

  it('a reserved credit is named by what it is reserved for, in both languages', () => {
    const plan = planCpfFinancing({
      purchaseDate: '2026-03-10',
      price: '1400.00',
      action: { type: 'rncp', code: 'RNCP37274' },
      holder: { status: 'employee' },
      acquiredRights: '800.00',
      credits: [{ id: 'r1', basis: 'L6323-4-III', funder: 'region', amount: '300.00', reservedFor: { actionTypes: ['vae', 'rs'], codes: ['RS5000'] } }],
    });
    const s = plan.explanation.find((x) => x.code === 'CREDIT_SKIPPED_RESERVED')!;
    expect(s.label).toBe("Ressource « r1 » (L. 6323-4 III) écartée : fléchée vers d'autres actions (VAE, certification ou habilitation du répertoire spécifique ; codes RS5000), non vers cette certification RNCP.");
    expect(s.labelEn).toBe('Credit "r1" (L. 6323-4 III) skipped: reserved for other actions (VAE (validation of prior experience), certification or authorisation listed in the Répertoire spécifique (RS); codes RS5000), not for this RNCP certification.');
    const e = plan.explanation.find((x) => x.code === 'ELIGIBLE')!;
    expect(e.labelEn).toBe('Action eligible for the CPF: RNCP certification RNCP37274.');
  });
});

describe('warnings of the parameters in force, built once per date window', () => {
  const req = { purchaseDate: '2026-03-10', price: '1400.00', action: { type: 'rncp' as const, code: 'RNCP37274' }, holder: { status: 'employee' as const }, acquiredRights: '800.00' };
  it('two plans in the same window share the same frozen warning object', () => {
    const a = planCpfFinancing(req).warnings.filter((w) => w.parameter !== undefined);
    const b = planCpfFinancing({ ...req, price: '900.00' }).warnings.filter((w) => w.parameter !== undefined);
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((w) => w.parameter)).toEqual(a.map((w) => w.parameter));
    a.forEach((w, i) => expect(b[i]).toBe(w));
    expect(Object.isFrozen(a[0])).toBe(true);
  });
});

describe('dates in sentences', () => {
  it('are written in words: 1er for the first of the month, leap days and year ends kept', () => {
    expect(W.dateFr('2026-06-01')).toBe('1er juin 2026');
    expect(W.dateFr('2028-02-29')).toBe('29 février 2028');
    expect(W.dateFr('2025-12-31')).toBe('31 décembre 2025');
    expect(W.dateEn('2026-06-01')).toBe('1 June 2026');
    expect(W.dateEn('2028-02-29')).toBe('29 February 2028');
  });
});
