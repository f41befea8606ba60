import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { computeBpf, type BpfResult, type BpfTraineeLine } from './compute.js';
import vectors from './vectors/edge-cases.json' with { type: 'json' };
import type { BpfInput } from './schema.js';

const fig = (lines: readonly BpfTraineeLine[]) => Object.fromEntries(lines.map((l) => [l.code, { trainees: l.trainees, hours: l.hours }]));

/** A flat view of a result that the JSON expectations are matched against. */
function view(r: BpfResult) {
  return {
    c: Object.fromEntries(r.frameC.lines.map((l) => [l.code, l.amount])),
    cSources: Object.fromEntries(r.frameC.lines.filter((l) => l.sources.invoices.length > 0).map((l) => [l.code, l.sources.invoices])),
    cTotal: r.frameC.total,
    unallocated: r.frameC.unallocated,
    f1: fig(r.frameF.f1.lines),
    f3: fig(r.frameF.f3.lines),
    f4: fig(r.frameF.f4.lines),
    f1Total: r.frameF.f1.total,
    f3Total: r.frameF.f3.total,
    f4Total: r.frameF.f4.total,
    g: { trainees: r.frameG.trainees, hours: r.frameG.hours },
    anomalies: r.anomalies.map((a) => a.code),
    failedChecks: r.checks.filter((c) => !c.ok).map((c) => c.code),
    missing: Object.fromEntries(Object.entries(r.missingData).filter(([, v]) => v.length > 0).map(([k, v]) => [k, v.map((m) => m.code)])),
    filingDeadline: r.filingDeadline,
  };
}

describe('BPF edge cases (vectors/edge-cases.json)', () => {
  for (const c of vectors.cases) {
    it(c.name, () => {
      const options = 'options' in c ? (c.options as { subcontractedInCountedInF?: boolean }) : {};
      if ('expectedErrors' in c) {
        let err: unknown;
        try {
          computeBpf(c.input as BpfInput, options);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(OfkitError);
        const paths = (err as OfkitError).issues.map((i) => JSON.stringify(i.path));
        for (const p of c.expectedErrors) expect(paths).toContain(JSON.stringify(p));
        for (const i of (err as OfkitError).issues) {
          expect(i.message.length).toBeGreaterThan(0);
          expect(i.messageEn.length).toBeGreaterThan(0);
        }
        return;
      }
      const v = view(computeBpf(c.input as BpfInput, options));
      const { anomalies, failedChecks, missing, ...rest } = c.expected as Record<string, unknown>;
      expect(v).toMatchObject(rest);
      if (anomalies) expect(v.anomalies).toEqual(anomalies);
      if (failedChecks) expect(v.failedChecks).toEqual(failedChecks);
      for (const [frame, codes] of Object.entries((missing ?? {}) as Record<string, string[]>)) {
        expect(v.missing[frame]).toEqual(expect.arrayContaining(codes));
      }
    });
  }
});
