import { BPF_C_LINE_BY_FUNDER, overrideRules, valueAt } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { computeBpf } from './compute.js';
import { bpfInputFromDomain, type BpfDomainInput } from './from-domain.js';
import { bpfRules } from './layout.js';
import vectorJson from './vectors/from-domain.json' with { type: 'json' };

const input = (): BpfDomainInput => structuredClone(vectorJson.input) as unknown as BpfDomainInput;

// ../shared/domain/documents.md §7.2 (Cerfa 10443*17, frame C and F-1) and corrections-2026-12.md §2
// (R. 6352-23 for the deadline, R. 6352-22 for the content).
describe('BPF mappings as dated parameters', () => {
  it('frame C line per funder and F-1 line per learner type are parameters read at the end of the financial year', () => {
    const c = valueAt(bpfRules.cLineByFunder, '2025-12-31');
    expect(c.value).toEqual(BPF_C_LINE_BY_FUNDER);
    expect(c.status).toBe('provisional');
    expect(c.references.map((r) => r.article)).toContain('Cerfa 10443*17');
    const f1 = valueAt(bpfRules.traineeTypeByLearnerType, '2025-12-31');
    expect(f1.value).toEqual({ 'private-employee': 'salarie-prive', apprentice: 'apprenti', jobseeker: 'demandeur-emploi', individual: 'particulier', other: 'autre' });
  });

  it('the shipped values give the same result as before (vector from-domain)', () => {
    const mapped = bpfInputFromDomain(input());
    expect(Object.fromEntries((mapped.invoices ?? []).map((i) => [i.id, i.cLine ?? null]))).toEqual(vectorJson.expected.mapping.invoiceLines);
    expect(Object.fromEntries(mapped.enrolments.map((e) => [e.id, e.traineeType ?? null]))).toEqual(vectorJson.expected.mapping.traineeTypes);
  });

  it('an override of cLineByFunder moves the invoices of that funder to another line of frame C', () => {
    const base = valueAt(bpfRules.cLineByFunder, '2025-12-31').value;
    const rules = overrideRules(bpfRules, { cLineByFunder: [{ from: '2025-01-01', value: { ...base, 'opco-professionnalisation': '2h' }, status: 'confirmed', references: [] }] });
    const d = input();
    const before = bpfInputFromDomain(d);
    const after = bpfInputFromDomain(d, { rules });
    const moved = (before.invoices ?? []).filter((i) => i.cLine === '2b').map((i) => i.id);
    expect(moved.length).toBeGreaterThan(0);
    for (const id of moved) expect(after.invoices?.find((i) => i.id === id)?.cLine).toBe('2h');
    const line = (r: ReturnType<typeof computeBpf>, code: string) => r.frameC.lines.find((l) => l.code === code)?.amount;
    expect(line(computeBpf(after), '2b')).toBe('0.00');
    expect(line(computeBpf(after), '2h')).toBe(line(computeBpf(before), '2b'));
  });

  it('an override of traineeTypeByLearnerType moves trainees between F-1 lines', () => {
    const base = valueAt(bpfRules.traineeTypeByLearnerType, '2025-12-31').value;
    const rules = overrideRules(bpfRules, { traineeTypeByLearnerType: [{ from: '2025-01-01', value: { ...base, jobseeker: 'autre' }, status: 'confirmed', references: [] }] });
    const after = bpfInputFromDomain(input(), { rules });
    expect(after.enrolments.some((e) => e.traineeType === 'demandeur-emploi')).toBe(false);
    expect(bpfInputFromDomain(input()).enrolments.some((e) => e.traineeType === 'demandeur-emploi')).toBe(true);
  });

  it('a financial year before the encoded Cerfa is reported at financialYear.end, not a TypeError', () => {
    const d = { ...input(), financialYear: { start: '2022-01-01', end: '2022-12-31' } };
    try {
      bpfInputFromDomain(d);
      expect.fail('should throw');
    } catch (e) {
      const issues = (e as { issues: { path: unknown[]; code: string }[] }).issues;
      expect(issues.filter((i) => i.code === 'no_value_in_force').map((i) => i.path)).toEqual([['financialYear', 'end'], ['financialYear', 'end']]);
    }
  });

  it('the filing deadline cites R. 6352-23 (« avant le 30 avril »), confirmed; its content R. 6352-22', () => {
    const v = valueAt(bpfRules.filingDeadline, '2025-12-31');
    expect(v.value).toEqual({ month: 4, day: 30 });
    expect(v.status).toBe('confirmed');
    expect(v.references.map((r) => [r.article, r.legifranceId])).toEqual([['R6352-23', 'LEGIARTI000043766609'], ['R6352-22', 'LEGIARTI000039355607']]);
  });
});
