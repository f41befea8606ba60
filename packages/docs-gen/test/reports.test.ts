/**
 * Reports from the other packages: the real results of planCpfFinancing (@ofkit/cpf) and
 * assessReadiness (@ofkit/rnq) fit the structural schemas (checked at compile time and at run
 * time) and render.
 */
import { describe, expect, it } from 'vitest';
import { planCpfFinancing, type CpfFinancingPlan } from '@ofkit/cpf';
import { assessReadiness, type ReadinessResult } from '@ofkit/rnq';
import { createDocument, renderMarkdown, type DocumentInput } from '../src/index.js';
import { organisation } from './fixtures.js';

describe('reports built from the other packages', () => {
  it('cpf-plan accepts a CpfFinancingPlan as returned by planCpfFinancing', () => {
    const plan: CpfFinancingPlan = planCpfFinancing({
      purchaseDate: '2026-06-01',
      price: 1500,
      action: { type: 'rncp', code: 'RNCP37274' },
      holder: { status: 'employee' },
      acquiredRights: 900,
    } as never);
    // Compile-time: the exported type fits the document input.
    const input: DocumentInput<'cpf-plan'> = { organisation, date: '2026-06-01', plan, training: { title: 'Anglais professionnel', price: '1500.00' } };
    const md = renderMarkdown(createDocument('cpf-plan', input));
    expect(md).toContain('Plan de financement CPF');
    expect(md).toContain('Reste à charge du titulaire');
    for (const l of plan.lines) expect(md).toContain(l.amount.replace('.', ','));
  });

  it('audit-readiness accepts a ReadinessResult as returned by assessReadiness', () => {
    const result: ReadinessResult = assessReadiness(
      { categories: ['action-de-formation'] } as never,
      { items: [{ kind: 'complaint-log', date: '2026-01-10', metadata: { complaints: [{ id: 'R1', receivedOn: '2026-01-05' }] } }] } as never,
      { auditDate: '2026-06-15' },
    );
    const input: DocumentInput<'audit-readiness'> = { organisation, date: '2026-06-01', result };
    const doc = createDocument('audit-readiness', input);
    const md = renderMarkdown(doc);
    expect(md).toContain("Préparation de l’audit Qualiopi");
    expect(md).toContain(`${result.summary.readinessPercent.replace('.', ',')}\u202F%`);
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBe(result.indicators.length);
  });

  it('rejects a plan whose amounts are not 2-decimal strings (no floats)', () => {
    const bad = { organisation, date: '2026-06-01', plan: { eligible: true, issues: [], participation: { amount: 103.2, exempt: false }, lines: [], holderPays: '0.00', explanation: [], warnings: [], references: [] } };
    expect(() => createDocument('cpf-plan', bad as never)).toThrow(/plan/);
  });
});
