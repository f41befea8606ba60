/**
 * French typography and client-ready text (issue 10 §2–§3): every kind, built from the sample
 * data, carries no straight apostrophe, no ISO date in prose, no decimal point in a number and no
 * machine code in what a client or learner reads; the internal annex is the only place for codes.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, createDocument, documentInputJsonSchema, frDate, frPercent, frSiret, frText, frTime, renderMarkdown, type Block, type Inline } from '../src/index.js';
import { completeInputs, cpfPlan } from './fixtures.js';

const inputs = completeInputs();

function texts(blocks: readonly Block[]): string[] {
  const inl = (x: Inline): string => (typeof x === 'string' ? x : x.map((r) => r.text).join(''));
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return [inl(b.text)];
      case 'list':
        return b.items.map(inl);
      case 'checklist':
        return b.items.map((i) => inl(i.text));
      case 'table':
        return [...b.columns.map((c) => inl(c.header)), ...b.rows.flat().map(inl)];
      case 'keyValue':
        return b.items.flatMap((i) => [i.key, inl(i.value)]);
      case 'signatures':
        return b.signatories.map((s) => s.role);
      case 'section':
        return texts(b.blocks);
      default:
        return [];
    }
  });
}

describe('French typography in every kind', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: no straight apostrophe, ISO date, decimal point or machine code in client text`, () => {
      const doc = createDocument(kind, inputs[kind] as never);
      // The émargement evidence annex lists e-signature timestamps as recorded (evidence, not prose).
      const all = texts(kind === 'feuille-emargement' ? doc.blocks.slice(0, doc.blocks.findIndex((b) => b.type === 'heading' && String(b.text).startsWith('Annexe'))) : doc.blocks);
      expect(all.length).toBeGreaterThan(3);
      // The title is client text too: HTML <title>, PDF and DOCX properties, browser tab.
      expect(doc.meta.title, doc.meta.title).not.toMatch(/\p{L}'\p{L}/u);
      for (const t of all) {
        expect(t, t).not.toMatch(/\p{L}'\p{L}/u);
        expect(t, t).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
        expect(t, t).not.toMatch(/\b\d+\.\d+\b(?!\.)/);
        expect(t, t).not.toMatch(/\b[A-Z]{3,}_[A-Z_]+\b/);
        expect(t.toLowerCase(), t).not.toContain('ofkit');
      }
      const md = renderMarkdown(doc);
      expect(md).not.toContain('undefined');
    });
  }

  it('the CPF plan reads as plain French steps: codes and source notes only in the internal annex', () => {
    const plan = { ...cpfPlan, explanation: [
      { code: 'RULES_IN_FORCE', label: 'Règles en vigueur au 22/11/2026 (texte non lu)' },
      { code: 'CPF_COVERAGE_LIMIT', label: 'Plafond de prise en charge' },
      { code: 'ACQUIRED_RIGHTS_USED', label: 'Droits acquis mobilisés : 1 396,80 € (ofkit applique la lecture littérale)' },
    ] };
    const doc = createDocument('cpf-plan', { ...inputs['cpf-plan'], plan });
    const md = renderMarkdown(doc);
    expect(md).toContain('Comment votre formation est financée');
    // The learner's steps come from the plan's figures, not from the computation's labels.
    expect(md.replace(/[\u00a0\u202f]/g, ' ')).toContain('Vos droits acquis sur le compte personnel de formation : 1 396,80 €.');
    expect(md).not.toMatch(/RULES_IN_FORCE|CPF_COVERAGE_LIMIT|Plafond de prise en charge|Droits acquis mobilisés|texte non lu|ofkit|R6333-3/);
    // References cited as a reader cites them.
    expect(md.replace(/[\u00a0\u202f]/g, ' ')).toContain('art. R. 6333-3 du code du travail');
    // The computation stays in the result and in the internal annex, with its codes.
    expect(doc.explanation.map((s) => s.code)).toEqual(expect.arrayContaining(['CPF_RULES_IN_FORCE', 'CPF_CPF_COVERAGE_LIMIT', 'CPF_ACQUIRED_RIGHTS_USED']));
    const annexed = renderMarkdown(createDocument('cpf-plan', { ...inputs['cpf-plan'], plan }, { internalAnnex: true }));
    expect(annexed).toContain('Annexe interne');
    expect(annexed).toContain('CPF\\_RULES\\_IN\\_FORCE');
  });

  it('the convocation opens with a courtesy line and never presumes a gender', () => {
    const md = renderMarkdown(createDocument('convocation', inputs.convocation));
    expect(md).toContain('Bonjour Łucja Kowalczyk,');
    expect(renderMarkdown(createDocument('convocation', { ...inputs.convocation, learner: { ...inputs.convocation.learner, civility: 'Mme' } }))).toContain('Madame Kowalczyk,');
    expect(renderMarkdown(createDocument('feuille-emargement', inputs['feuille-emargement']))).not.toMatch(/\bAbsent\b/);
  });

  it('the helpers write French', () => {
    expect(frDate('2026-12-07')).toBe('7 décembre 2026');
    expect(frTime('09:00')).toBe('9\u00A0h\u00A000');
    expect(frPercent('63.6')).toBe('63,6\u202F%');
    expect(frSiret('84125730600016')).toBe('841\u00A0257\u00A0306\u00A000016');
    expect(frText("l'action")).toBe('l’action');
    // An amount stays with its unit (a line never starts with « € » or « % »).
    expect(frText('soit 103,20 € et 25 % du prix')).toBe('soit 103,20\u00a0€ et 25\u202f% du prix');
    expect(frText('voir https://exemple.fr/l\'a')).toContain("https://exemple.fr/l'a");
  });
});

describe('options and garbage input (issue 14)', () => {
  it('throws OfkitError, never TypeError', () => {
    for (const bad of [null, 42, 'x', [], { organisation: 7 }]) {
      expect(() => createDocument('convention', bad as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
    expect(() => createDocument('convention', inputs.convention, { draft: 'no' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => createDocument('convention', inputs.convention, 5 as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('documented input model', () => {
  it('every property of every kind’s JSON Schema that the document model adds carries a description', () => {
    const s = documentInputJsonSchema('convention') as { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> };
    for (const block of ['training', 'session', 'client'] as const) {
      const props = s.properties[block]!.properties!;
      for (const [k, v] of Object.entries(props)) expect(v.description, `${block}.${k}`).toBeTruthy();
    }
    expect(s.properties['session']!.properties!['distanceRatePercent']!.description).toContain('D. 6353-1');
  });
  it('every top-level field of every kind carries a description', () => {
    const undocumented: string[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const s = documentInputJsonSchema(kind) as { properties: Record<string, { description?: string }> };
      for (const [k, v] of Object.entries(s.properties)) if (!v.description) undocumented.push(`${kind}.${k}`);
    }
    expect(undocumented).toEqual([]);
  });
});
