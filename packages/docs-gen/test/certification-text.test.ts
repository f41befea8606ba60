import { describe, expect, it } from 'vitest';
import { createDocument, renderMarkdown } from '../src/index.js';
import { completeInputs } from './fixtures.js';

// A CQP registered in neither repertory has no national code: documents print its name, never
// "undefined" (core CertificationRefSchema `type: 'cqp'`, BPF F-3 line c).
describe('certification printed on documents', () => {
  it('prints a CQP outside the repertories by its name on the convention and the programme', () => {
    const inputs = completeInputs();
    const cqp = { type: 'cqp' as const, title: 'CQP Opérateur logistique', code: 'CPNE-LOG-12' };
    for (const kind of ['convention', 'programme'] as const) {
      const data = structuredClone(inputs[kind]) as unknown as { training: Record<string, unknown> };
      data.training['certification'] = cqp;
      const md = renderMarkdown(createDocument(kind, data as never));
      expect(md).toContain('CQP Opérateur logistique');
      expect(md).not.toContain('undefined');
    }
  });
});
