import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';

const data = (f: string) => join(process.cwd(), 'examples/data/rnq', f);

describe('audit-readiness example over the sample data', () => {
  it('micro OF: finds the gaps planted in the sample file', () => {
    const r = run(data('micro-of.json'));
    const by = (n: number) => r.readiness.indicators.find((i) => i.number === n);
    expect(r.readiness.referential.id).toBe('rnq-2026');
    // longTrainings: false, but the 2026 text of 12 adds violence prevention with no duration limit:
    // 12 applies by default (option indicator12Scope2026) and the missing procedure is flagged.
    expect(by(12)?.missing[0]?.message).toContain('violences');
    expect(r.readiness.warnings.some((w) => w.option === 'indicator12Scope2026')).toBe(true);
    expect(by(10)?.missing[0]?.message).toContain('EXCEL-06'); // trainer did not sign one afternoon
    expect(by(31)?.missing[0]?.message).toContain('R-2026-02'); // unanswered complaint
    expect(by(23)?.risk).toBe('minor'); // legal watch from 2025-05-10
    expect(by(1)?.missing[0]?.message).toContain('délais d’accès');
    expect(by(19)?.status).toBe('covered'); // LMS evidence from the xAPI traces
    expect(r.distance?.selfLearningOnly).toBe(false);
    expect(r.markdown).toContain('## Formation à distance');
  });

  it('CFA: 33 indicators in 2026, the trainer without CV and the 2026-only evidence are flagged', () => {
    const r = run(data('cfa.json'));
    expect(r.readiness.summary.applicable).toBe(33);
    const by = (n: number) => r.readiness.indicators.find((i) => i.number === n);
    expect(by(21)?.missing[0]?.message).toContain('s.benali');
    expect(by(27)?.missing.some((m) => m.message.includes('clause de conformité'))).toBe(true);
    expect(by(33)?.status).toBe('covered');
  });

  it('the audit date can be given on the command line (2019 référentiel before November 2026)', () => {
    expect(run(data('cfa.json'), { auditDate: '2026-10-15' }).readiness.referential.id).toBe('rnq-2019-v9');
  });
});
