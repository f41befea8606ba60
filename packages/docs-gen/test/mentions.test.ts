/**
 * Every mandatory mention of every kind: removing the field that carries it makes checkMentions
 * report it (code, path, legal reference) and createDocument throw MISSING_MENTIONS naming it,
 * unless { draft: true }.
 */
import { describe, expect, it } from 'vitest';
import { OfkitError } from '@ofkit/core';
import { DOCUMENT_KINDS, checkMentions, createDocument, type DocumentKind } from '../src/index.js';
import { thrown } from '../../core/test/helpers.js';
import { completeInputs, without } from './fixtures.js';

function set<T>(value: T, path: readonly (string | number)[], v: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let cur = copy;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]!] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = v;
  return copy as T;
}

const errorOf = thrown;

const inputs = completeInputs();

/** Mentions a second field can carry (tested below with both fields removed). */
const ALTERNATIVES = new Set([
  'attestation-fin-formation:attestation.duration', // hoursAttended, else training.durationHours
  'facture:facture.clientSiren', // client.siren, else client.siret (which contains it)
  'devis:price.amountExclTax', // computed from the lines (at least one line is required)
  'convocation:convocation.times', // session.schedule, else the times of session.slots
]);

describe('each missing mandatory mention is reported with its reference', () => {
  for (const kind of DOCUMENT_KINDS) {
    const complete = createDocument(kind, inputs[kind] as never);
    // Mentions tied to an input field (generated texts have no field to remove).
    const removable = complete.mentions.filter(
      (m) => m.check === 'presence' && m.path.length > 0 && !m.code.startsWith('ri.representation') && !ALTERNATIVES.has(`${kind}:${m.code}`),
    );
    if (removable.length === 0) {
      it(`${kind}: has no mandatory mention (report)`, () => {
        expect(['cpf-plan', 'audit-readiness', 'veille-reglementaire']).toContain(kind);
      });
      continue;
    }
    for (const mention of removable) {
      it(`${kind}: ${mention.code} at ${mention.path.join('.')}`, () => {
        expect(mention.references.length).toBeGreaterThan(0);
        const data = inputs[kind] as Record<string, unknown>;
        const variants = [without(data, mention.path), set(data, mention.path, ''), set(data, mention.path, [])];
        let reported = false;
        for (const variant of variants) {
          let missing;
          try {
            missing = checkMentions(kind as DocumentKind, variant as never);
          } catch (e) {
            // The schema itself refuses this shape (e.g. a required list); try the next variant.
            if (e instanceof OfkitError && e.code === 'INVALID_INPUT') continue;
            throw e;
          }
          const hit = missing.find((m) => m.code === mention.code);
          if (!hit) continue;
          reported = true;
          expect(hit.status).toBe('missing');
          expect(hit.path).toEqual(mention.path);
          expect(hit.references.length).toBeGreaterThan(0);
          expect(hit.message).toMatch(/Mention obligatoire manquante/);
          const err = errorOf(() => createDocument(kind as DocumentKind, variant as never));
          expect(err.code).toBe('MISSING_MENTIONS');
          const iss = err.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(mention.path));
          expect(iss?.code).toBe('missing_mention');
          // The message cites the legal reference (article).
          expect(iss?.message).toContain(hit.references[0]!.article);
          const draft = createDocument(kind as DocumentKind, variant as never, { draft: true });
          expect(draft.meta.title.startsWith('PROJET')).toBe(true);
          expect(draft.warnings.some((w) => w.code === 'MISSING_MENTION' && w.parameter === mention.code)).toBe(true);
          break;
        }
        if (!reported) {
          // Only acceptable when the schema enforces the field itself (INVALID_INPUT naming it).
          const err = errorOf(() => checkMentions(kind as DocumentKind, without(data, mention.path) as never));
          expect(err.code).toBe('INVALID_INPUT');
          expect(err.issues.some((i) => mention.path.every((p, k) => i.path[k] === p))).toBe(true);
        }
      });
    }
  }
});

describe('createDocument lists every missing mention at once', () => {
  it('convention with no action description', () => {
    const data = { ...inputs.convention, training: {}, session: {}, price: {}, paymentTerms: undefined };
    const err = errorOf(() => createDocument('convention', data as never));
    expect(err.code).toBe('MISSING_MENTIONS');
    const paths = err.issues.map((i) => i.path.join('.'));
    for (const p of ['training.title', 'training.objectives', 'training.content', 'training.methods', 'training.durationHours', 'session.startDate', 'session.modality', 'training.followUp', 'training.sanction', 'price.amountExclTax', 'paymentTerms']) {
      expect(paths).toContain(p);
    }
    expect(err.issues.every((i) => i.message.includes('D6353-1'))).toBe(true);
    expect(err.messageEn).toMatch(/Mandatory mention missing/);
  });

  it('rejects an unknown kind and malformed data with INVALID_INPUT naming the field', () => {
    expect(errorOf(() => createDocument('bon-de-commande' as never, {} as never)).issues[0]?.path).toEqual(['kind']);
    const err = errorOf(() => createDocument('facture', { ...inputs.facture, date: '2026-02-30' }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues.map((i) => i.path.join('.'))).toContain('date');
  });
});
