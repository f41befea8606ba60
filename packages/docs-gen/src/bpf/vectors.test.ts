import { describe, expect, it } from 'vitest';
import { computeBpf } from './compute.js';
import vectorJson from './vectors/small-of-year.json' with { type: 'json' };
import type { BpfInput } from './schema.js';

const vector = { ...vectorJson, input: vectorJson.input as BpfInput };

type Fig = { trainees: number; hours: number };

describe(`BPF vector: ${vector.id}`, () => {
  const r = computeBpf(vector.input);
  const x = vector.expected;

  it('cadre C: every line, line 2, total, share and the invoices each came from', () => {
    const got = Object.fromEntries(r.frameC.lines.map((l) => [l.code, l.amount]));
    expect(got).toEqual(x.frameC.lines);
    expect(r.frameC.line2Total).toBe(x.frameC.line2Total);
    expect(r.frameC.total).toBe(x.frameC.total);
    expect(r.frameC.revenueShare).toBe(x.frameC.revenueShare);
    expect(r.frameC.unallocated.amount).toBe(x.frameC.unallocated);
    for (const [code, ids] of Object.entries(x.frameC.sources)) {
      expect(r.frameC.lines.find((l) => l.code === code)?.sources.invoices).toEqual(ids);
    }
  });

  it('cadre D and E', () => {
    expect(r.frameD).toEqual(x.frameD);
    expect(r.frameE.lines.map((l) => ({ code: l.code, persons: l.persons, hours: l.hours }))).toEqual([
      { code: '1', ...x.frameE['1'] },
      { code: '2', ...x.frameE['2'] },
    ]);
    expect(r.frameE.total).toEqual(x.frameE.total);
  });

  const table = (lines: readonly { code: string; trainees: number; hours: number }[]) =>
    Object.fromEntries(lines.map((l) => [l.code, { trainees: l.trainees, hours: l.hours }]));

  it('F-1, F-2, F-3 lines and totals', () => {
    const { total: t1, ...f1 } = x.f1;
    expect(table(r.frameF.f1.lines)).toEqual(f1);
    expect(r.frameF.f1.total).toEqual(t1);
    expect({ trainees: r.frameF.f2.trainees, hours: r.frameF.f2.hours }).toEqual({ trainees: x.f2.trainees, hours: x.f2.hours });
    expect(r.frameF.f2.sources.enrolments).toEqual(x.f2.sources);
    const { total: t3, ...f3 } = x.f3;
    expect(table(r.frameF.f3.lines)).toEqual(f3);
    expect(r.frameF.f3.total).toEqual(t3);
  });

  it('F-4: five main specialities in rank order, then "autres"', () => {
    expect(r.frameF.f4.lines.map((l) => ({ code: l.code, trainees: l.trainees, hours: l.hours }))).toEqual(x.f4.lines);
    expect(r.frameF.f4.total).toEqual(x.f4.total as Fig);
  });

  it('cadre G', () => {
    expect({ trainees: r.frameG.trainees, hours: r.frameG.hours }).toEqual({ trainees: x.frameG.trainees, hours: x.frameG.hours });
    expect(r.frameG.sources.enrolments).toEqual(x.frameG.sources);
  });

  it('checks, anomalies, missing data, warnings, deadline', () => {
    expect(r.checks.filter((c) => !c.ok).map((c) => c.code)).toEqual(x.failedChecks);
    expect(r.anomalies.map((a) => a.code)).toEqual(x.anomalies);
    expect(Object.values(r.missingData).flat().length).toBe(x.missingDataCount);
    expect([...new Set(r.warnings.map((w) => w.code))].sort()).toEqual([...x.warningCodes].sort());
    expect(r.warnings.flatMap((w) => (w.parameter ? [w.parameter] : [])).sort()).toEqual([...x.warningParameters].sort());
    expect(r.filingDeadline).toBe(x.filingDeadline);
  });

  it('every expected figure has its reasoning', () => {
    expect(Object.keys(vector.reasoning).length).toBeGreaterThan(15);
  });
});
