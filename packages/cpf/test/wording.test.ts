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

  it('a step keeps its facts, not its text: the English of a used credit names the amounts', () => {
    const plan = planCpfFinancing({
      purchaseDate: '2026-03-10',
      price: '1400.00',
      action: { type: 'rncp', code: 'RNCP37274' },
      holder: { status: 'employee' },
      acquiredRights: '800.00',
      credits: [{ id: 'dotation-employeur', basis: 'L6323-4-III', funder: 'employer', amount: '300.00' }],
    });
    const used = plan.explanation.find((s) => s.code === 'CREDIT_USED')!;
    expect(Object.keys(used)).toEqual(['code', 'amounts', 'references']);
    expect(used.amounts).toEqual({ used: '300.00', available: '300.00', remaining: '996.80' });
    expect(used.label).toBe('Ressource « dotation-employeur » (L6323-4-III, employer) : 300,00\u00A0€ mobilisés sur 300,00\u00A0€.');
    expect(used.labelEn).toBe('Credit "dotation-employeur" (L6323-4-III): EUR 300.00 used of EUR 300.00.');
    const w = plan.warnings.find((x) => x.code === 'DISPUTED_EXEMPTION_NOT_APPLIED')!;
    expect(w.message).toContain('« dotation-employeur »');
    expect(w.messageEn).toContain('"dotation-employeur"');
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
