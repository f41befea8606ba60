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
    expect(md).toContain('Reste à votre charge');
    for (const l of plan.lines) expect(md).toContain(l.amount.replace('.', ','));
  });

  it('cpf-plan names every line by who pays it (from the request), never by an id, a legal basis or an English code', () => {
    const request = {
      purchaseDate: '2026-06-01',
      price: 3000,
      action: { type: 'rncp', code: 'RNCP37274' },
      holder: { status: 'employee' },
      acquiredRights: 900,
      credits: [{ id: 'DOT-ACME-2026', funder: 'employer', basis: 'L6323-4-III', amount: 400 }],
      topUps: [{ id: 'ABD-OPCO-7', funder: 'opco', basis: 'L6323-4-II', amount: 600 }, { id: 'PERSO', funder: 'holder', basis: 'L6323-4-II', amount: 500 }],
    };
    const plan = planCpfFinancing(request as never);
    expect(plan.lines.map((l) => l.source)).toEqual(['DOT-ACME-2026', 'acquired-rights', 'ABD-OPCO-7', 'PERSO']);
    // Spaces compared as plain spaces (the typography puts no-break spaces in amounts and quotes).
    const md = renderMarkdown(createDocument('cpf-plan', { organisation, date: '2026-06-01', plan, request })).replace(/[\u00a0\u202f]/g, ' ');
    expect(md).toContain('| Dotation de votre employeur inscrite sur votre compte | 400,00 € |');
    expect(md).toContain('| Vos droits acquis sur le compte personnel de formation | 900,00 € |');
    expect(md).toContain('| Abondement de l’opérateur de compétences (OPCO) | 600,00 € |');
    expect(md).toContain('| Votre financement personnel | 500,00 € |');
    expect(md).not.toMatch(/DOT-ACME|ABD-OPCO|PERSO|L6323-4-II|L6323-4-III|\bemployer\b|\bopco\b|\bholder\b|Niveau/);
    // Without the request, a line is named by its kind and the caller's id.
    const bare = renderMarkdown(createDocument('cpf-plan', { organisation, date: '2026-06-01', plan })).replace(/[\u00a0\u202f]/g, ' ');
    expect(bare).toContain('Abondement « ABD-OPCO-7 »');
    expect(bare).toContain('Ressource inscrite sur votre compte « DOT-ACME-2026 »');
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
