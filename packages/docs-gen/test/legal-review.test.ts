/**
 * Expert review of the mandatory mentions against ../shared/domain/documents.md: each test would
 * have caught one error found in the review (wrong status, missing mention, a rule stated as
 * confirmed on a secondary source, a model detail).
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, checkMentions, createDocument, renderMarkdown } from '../src/index.js';
import { completeInputs, without } from './fixtures.js';

const inputs = completeInputs();
const mentionsOf = (kind: (typeof DOCUMENT_KINDS)[number], data: unknown = inputs[kind]) => createDocument(kind, data as never).mentions ?? [];

describe('legal review', () => {
  it('§6.1 convocation: no Code article prescribes it, so none of its mentions is "confirmed" (RI hand-over included)', () => {
    const ms = mentionsOf('convocation');
    expect(ms.map((m) => m.code)).toContain('convocation.rules');
    for (const m of ms) expect(m.ruleStatus, m.code).toBe('provisional');
    const w = createDocument('convocation', inputs.convocation as never).warnings.filter((x) => x.code === 'PROVISIONAL_MENTION');
    expect(w.map((x) => x.parameter)).toContain('convocation.rules');
  });

  it('§3.4 programme: the sanction of the training (attestation, certification + code) is a mandatory mention (L. 6353-1)', () => {
    const missing = checkMentions('programme', without(inputs.programme, ['training', 'sanction']) as never);
    expect(missing.map((m) => m.code)).toEqual(['programme.sanction']);
    expect(missing[0]?.references.map((r) => r.article)).toEqual(['L6353-1']);
    expect(missing[0]?.path).toEqual(['training', 'sanction']);
  });

  it('§4.2 / §12.4 règlement intérieur: the sanction timing of R. 6352-6 is settled by the text (corrections-2026-12 §2): confirmed', () => {
    const ms = mentionsOf('reglement-interieur');
    const proc = ms.find((m) => m.code === 'ri.procedure')!;
    expect(proc.ruleStatus).toBe('confirmed');
    expect(proc.references.map((r) => r.article)).toEqual(['R6352-4', 'R6352-5']);
    const timing = ms.find((m) => m.code === 'ri.sanctionTiming')!;
    expect(timing.ruleStatus).toBe('confirmed');
    expect(timing.references.map((r) => r.article)).toEqual(['R6352-6']);
    expect(timing.references[0]!.legifranceId).toBe('LEGIARTI000039355633');
  });

  it('§4.3 / §12.4 représentation > 500 h: R. 6352-9 and the election window of R. 6352-10 confirmed (corrections-2026-12 §2), no warning', () => {
    const data = { ...(inputs['reglement-interieur'] as object), hasSessionsOver500h: true };
    const doc = createDocument('reglement-interieur', data as never);
    const ms = doc.mentions ?? [];
    expect(ms.find((m) => m.code === 'ri.representation')?.ruleStatus).toBe('confirmed');
    expect(ms.find((m) => m.code === 'ri.representationElection')?.ruleStatus).toBe('confirmed');
    expect(doc.warnings.some((w) => w.parameter === 'ri.representationElection' || w.parameter === 'docs.ri.electionWindowHours')).toBe(false);
    expect(renderMarkdown(doc)).toContain('délégué titulaire et un délégué suppléant');
    // Without sessions over 500 h, no representation article and no such mention.
    const none = mentionsOf('reglement-interieur', { ...(inputs['reglement-interieur'] as object), hasSessionsOver500h: false });
    expect(none.some((m) => m.code.startsWith('ri.representation'))).toBe(false);
  });

  it('§5.3 certificat de réalisation: the duration carries the model’s footnote ² (distance learning) like the model, not only when foad is set', () => {
    const md = renderMarkdown(createDocument('certificat-realisation', inputs['certificat-realisation'] as never));
    expect(md).toMatch(/pour une durée de [\d,]+ heures ²/);
    expect(md).toContain('² Pour les formations à distance');
    expect(md).toContain('¹ Dans le cadre d’un projet de transition professionnelle');
    expect(md).toMatch(/pendant une durée de 3 ans à compter de la fin de l’année du dernier paiement/);
  });

  it('§1.1 devis: it stands in for the convention only for an action de formation (D. 6353-1 II)', () => {
    const base = inputs.devis as unknown as { training: Record<string, unknown> };
    expect(checkMentions('devis', inputs.devis as never)).toEqual([]);
    const bilan = { ...base, training: { ...base.training, category: 'bilan-de-competences' } };
    const missing = checkMentions('devis', bilan as never);
    expect(missing.map((m) => [m.code, m.status, m.path.join('.')])).toEqual([['devis.replacesConventionScope', 'invalid', 'training.category']]);
    expect(missing[0]?.references.map((r) => r.article)).toContain('D6353-1');
    expect(checkMentions('devis', { ...bilan, replacesConvention: false } as never)).toEqual([]);
  });

  it('statuses follow the confidence tags: [L] articles confirmed, practice and case-law sources provisional', () => {
    for (const kind of DOCUMENT_KINDS) {
      for (const m of mentionsOf(kind)) {
        const sources = new Set(m.references.map((r) => r.source));
        // A mention resting only on practice or on case law relayed by practitioners is never confirmed.
        if ([...sources].every((s) => s === 'practice' || s === 'jurisprudence')) expect(m.ruleStatus, `${kind}:${m.code}`).toBe('provisional');
        // §5.1 / §12.3: the attestation de fin de formation rests on L. 6353-1 as relayed by practitioners.
        if (kind === 'attestation-fin-formation') expect(m.ruleStatus, m.code).toBe('provisional');
      }
    }
  });
});
