import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { checkMentions, createDocument, documentRules, renderHtml, renderMarkdown } from '../../index.js';
import { changedItems } from './veille.js';

const organisation = {
  name: 'Atelier Formation Lyon', siret: '84125730600016', nda: '84691234569',
  address: { line1: '12 rue de la République', postalCode: '69002', city: 'Lyon' }, vat: { regime: 'exempt-261-4-4a' as const },
};

describe('veille-reglementaire', () => {
  it('lists the 2026 changes in plain French with their dates and legal sources (cpf.md, corrections §4)', () => {
    const doc = createDocument('veille-reglementaire', { organisation, date: '2026-12-05', period: { from: '2026-01-01', to: '2026-12-05' } });
    expect(doc.meta.date).toBe('2026-12-05');
    const md = renderMarkdown(doc);
    // 1 January 2026: participation 103.20 € (arrêté du 30 décembre 2025), provisional.
    // French typography (typeset step): a no-break space before « : » and « € ».
    expect(md).toMatch(/\| 1er janvier 2026 \| Participation forfaitaire du titulaire\u00a0: 103,20\u00a0€ \(auparavant\u00a0: 102,23\u00a0€\)\. À confirmer/);
    // 26 February 2026: caps of D. 6323-1 A (décret 2026-127).
    expect(md).toMatch(/\| 26 février 2026 \| Plafonds des droits acquis mobilisables \(D\. 6323-1 A\)\u00a0: droits acquis plafonnés à 1\u202f500,00\u00a0€.*décret n° 2026-127/);
    // 1 November 2026: the 2026 référentiel (décret 2026-728).
    expect(md).toMatch(/1er novembre 2026 \| Version du référentiel national qualité.*référentiel national qualité de 2026/);
    // The 5 December 2025 order change is outside the period.
    expect(md).not.toContain('5 décembre 2025');
    // Open points with the option deciding them, in words, never its machine name.
    expect(md).toContain('## Points ouverts');
    expect(md).toContain('Les agents publics ne paient pas la participation');
    expect(md).not.toMatch(/publicServantExempt|cpf\.participation|PROVISIONAL|LAW_CHANGES/);
    // No notes on our sources in a client document.
    expect(md).not.toMatch(/non lu|secondaire|certipilot/);
    // Légifrance links.
    expect(md).toContain('https://www.legifrance.gouv.fr/codes/article\\_lc/LEGIARTI000052989055');
    expect(renderHtml(doc)).toContain('Veille légale et réglementaire');
    // Client-ready: Légifrance ids only inside the links of « Textes cités », never in the text;
    // no empty source list « — » in an open point; articles cited the French way.
    const body = md.slice(0, md.indexOf('## Textes cités'));
    expect(body).not.toMatch(/LEGIARTI|JORFTEXT/);
    expect(body).toContain('L. 6323-6 dans sa rédaction issue de la loi de finances pour 2026 (auparavant\u00a0: L. 6323-6 dans sa rédaction antérieure');
    expect(body).not.toMatch(/, —\)/);
    expect(body).toContain('art. R. 6333-3 du code du travail');
    expect(body).not.toMatch(/art\. [LRD]\d/);
    // Typography of the typeset step: typographic apostrophes only.
    expect(md.slice(0, md.indexOf('---\n'))).not.toContain("'");
  });

  it('tells a change of a long list value by the items that changed, not by quoting both values whole', () => {
    // Décret 2026-728 (rnq-2026.md): from 1 Nov 2026 indicator 33 joins 14, 15, 20 and 29 as
    // « apprentissage (4°) seulement »; the three other items of the category table are unchanged.
    // Quoting the table before and after (≈ 600 characters) hid that one-indicator change.
    const md = renderMarkdown(createDocument('veille-reglementaire', { organisation, date: '2026-12-05', period: { from: '2026-11-01', to: '2026-11-01' }, themes: ['qualiopi'] }));
    const row = md.split('\n').find((l) => l.includes('Catégories d’actions'))!;
    // French typography: no-break spaces inside « » and before « : » and « ; ».
    expect(row).toMatch(/«[\u00a0\u202f]indicateurs 14, 15, 20, 29 et 33/);
    const plain = row.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain).toContain('désormais « indicateurs 14, 15, 20, 29 et 33 : apprentissage (4°) seulement » au lieu de « indicateurs 14, 15, 20 et 29 : apprentissage (4°) seulement » ; le reste est inchangé.');
    expect(row).not.toContain('auparavant');
    expect(row).not.toContain('les quatre catégories');
    // A short value is still quoted whole, before and after (1 January 2026, participation).
    const jan = renderMarkdown(createDocument('veille-reglementaire', { organisation, date: '2026-12-05', period: { from: '2026-01-01', to: '2026-01-01' }, themes: ['cpf'] }));
    expect(jan).toMatch(/103,20\u00a0€ \(auparavant\u00a0: 102,23\u00a0€\)/);
  });

  it('links each article cited to its latest version in « Textes cités » (L. 6323-4 changed on 19 August 2026)', () => {
    // The period cites L. 6323-4 in version 9 (LEGIARTI000049423585, from 17 Apr 2024) and 10
    // (LEGIARTI000054703482, from 19 Aug 2026): the list names the article once, linked to version 10.
    const md = renderMarkdown(createDocument('veille-reglementaire', { organisation, date: '2026-12-05', period: { from: '2026-01-01', to: '2026-12-05' }, themes: ['cpf'] }));
    const cited = md.slice(md.indexOf('## Textes cités')).split('\n').filter((l) => l.includes('L. 6323-4 du code du travail'));
    expect(cited).toHaveLength(1);
    expect(cited[0]).toContain('LEGIARTI000054703482');
  });

  it('changedItems says « le reste est inchangé » only when it is true, else leaves the whole values to be quoted', () => {
    const item = (k: number, v = 'valeur assez longue pour que la liste dépasse la limite de longueur') => `indicateurs ${k}, ${k + 1} et ${k + 2} : ${v}`;
    const before = [1, 4, 7, 10].map((k) => item(k));
    const after = [...before.slice(0, 3), item(10, 'autre valeur, elle aussi assez longue pour la limite de longueur')];
    expect(changedItems(after.join(' ; '), before.join(' ; '))).toBe(`désormais « ${after[3]} » au lieu de « ${before[3]} » ; le reste est inchangé`);
    // The same items in another order, one of them changed: not « le reste est inchangé ».
    expect(changedItems([after[1], after[0], after[2], after[3]].join(' ; '), before.join(' ; '))).toBeUndefined();
    // An item dropped while its twin stays: sets would not see it.
    expect(changedItems([...before, before[0]].join(' ; '), before.join(' ; '))).toBeUndefined();
    // An item with a second « : » (a « ; » inside it would split it): quoted whole.
    expect(changedItems([...before.slice(0, 3), `${item(10)} : détail`].join(' ; '), before.join(' ; '))).toBeUndefined();
    // Short values are quoted whole.
    expect(changedItems('a : 1 ; b : 2 ; c : 3', 'a : 1 ; b : 2 ; c : 4')).toBeUndefined();
  });

  it('has no mandatory mention: its `veille-reglementaire.mentions` list is empty, and its note says why (RNQ indicator 23)', () => {
    const p = documentRules['veille-reglementaire.mentions'];
    expect(p.values[0]!.value).toEqual([]);
    expect(p.values[0]!.note).toMatch(/Aucune mention obligatoire : le code du travail n’impose ni ce document ni son contenu/);
    expect(p.values[0]!.references.map((r) => r.article)).toEqual(['RNQ indicateur 23']);
    expect(checkMentions('veille-reglementaire', { organisation, date: '2026-12-05', period: { from: '2026-01-01', to: '2026-12-05' } })).toEqual([]);
  });

  it('keeps the themes asked for, says when a theme has no change, and lists the actions decided', () => {
    const doc = createDocument('veille-reglementaire', {
      organisation, date: '2025-12-31', period: { from: '2025-12-01', to: '2025-12-31' }, themes: ['cpf', 'calendar'], actions: ['Devis mis à jour.'],
    });
    const md = renderMarkdown(doc);
    expect(md).toMatch(/\| 5 décembre 2025 \| Ordre de mobilisation.*les droits et dotations crédités par des tiers sont mobilisés avant/);
    expect(md).toContain('## Calendrier (jours fériés)\n\nAucun changement pendant la période.');
    expect(md).not.toContain('Qualité (Qualiopi');
    expect(md).toContain('- Devis mis à jour.');
  });

  it('marks changes after the digest date as coming', () => {
    const md = renderMarkdown(createDocument('veille-reglementaire', { organisation, date: '2026-09-01', period: { from: '2026-09-01', to: '2026-12-31' }, themes: ['qualiopi'] }));
    expect(md).toContain('1er novembre 2026 (à venir)');
  });

  it('rejects a period that ends before it starts, with every issue', () => {
    try {
      createDocument('veille-reglementaire', { organisation, date: '2026-13-01', period: { from: '2026-12-31', to: '2026-01-01' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      expect((e as OfkitError).issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['date']));
    }
    try {
      createDocument('veille-reglementaire', { organisation, date: '2026-12-01', period: { from: '2026-12-31', to: '2026-01-01' } });
      expect.unreachable();
    } catch (e) {
      expect((e as OfkitError).issues[0]).toMatchObject({ path: ['period', 'to'], code: 'end_before_start' });
    }
  });
});
