import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { lheoOfferJsonSchema, type LheoOffer } from './schema.js';
import { toLheoXml } from './xml.js';

const N = Number.POSITIVE_INFINITY;
/**
 * Structure of LHÉO 2.3 as the research notes give it (../shared/domain/documents.md §9.1):
 * for each element, its children in schema order with [min, max]. Only the elements this exporter
 * writes are listed for optional parts; every required ("premier cercle") element is here.
 */
const STRUCTURE: Record<string, ReadonlyArray<readonly [string, number, number]>> = {
  lheo: [['offres', 1, 1]],
  offres: [['formation', 1, N]],
  formation: [
    ['domaine-formation', 1, 1],
    ['intitule-formation', 1, 1],
    ['objectif-formation', 1, 1],
    ['resultats-attendus', 1, 1],
    ['contenu-formation', 1, 1],
    ['certifiante', 1, 1],
    ['contact-formation', 1, N],
    ['parcours-de-formation', 1, 1],
    ['code-niveau-entree', 1, 1],
    ['objectif-general-formation', 0, 1],
    ['certification', 0, 5],
    ['code-type-formation', 0, 5],
    ['code-niveau-sortie', 0, 1],
    ['url-formation', 0, 1],
    ['action', 1, N],
    ['organisme-formation-responsable', 1, 1],
  ],
  'domaine-formation': [
    ['code-FORMACODE', 0, 5],
    ['code-NSF', 0, 3],
    ['code-ROME', 0, 5],
  ],
  'contact-formation': [
    ['type-contact', 0, 1],
    ['coordonnees', 1, 1],
  ],
  action: [
    ['rythme-formation', 1, 1],
    ['code-public-vise', 1, 10],
    ['niveau-entree-obligatoire', 1, 1],
    ['modalites-alternance', 1, 1],
    ['modalites-enseignement', 1, 1],
    ['conditions-specifiques', 1, 1],
    ['prise-en-charge-frais-possible', 1, 1],
    ['lieu-de-formation', 0, N],
    ['modalites-entrees-sorties', 1, 1],
    ['url-action', 0, 1],
    ['session', 1, N],
    ['acces-handicapes', 0, 1],
    ['prix-horaire-TTC', 0, 1],
    ['prix-total-TTC', 0, 1],
    ['duree-indicative', 0, 1],
    ['nombre-heures-centre', 0, 1],
    ['nombre-heures-entreprise', 0, 1],
    ['nombre-heures-total', 0, 1],
    ['organisme-formateur', 0, N],
  ],
  session: [
    ['periode', 1, 1],
    ['adresse-inscription', 1, 1],
    ['etat-recrutement', 0, 1],
  ],
  periode: [
    ['debut', 1, 1],
    ['fin', 1, 1],
  ],
  'adresse-inscription': [['adresse', 1, 1]],
  adresse: [
    ['ligne', 1, 4],
    ['codepostal', 1, 1],
    ['ville', 1, 1],
    ['departement', 0, 1],
    ['code-INSEE-commune', 0, 1],
    ['region', 0, 1],
    ['pays', 0, 1],
  ],
  coordonnees: [
    ['civilite', 0, 1],
    ['nom', 0, 1],
    ['prenom', 0, 1],
    ['ligne', 0, 4],
    ['adresse', 0, 1],
    ['telfixe', 0, 1],
    ['portable', 0, 1],
    ['fax', 0, 1],
    ['courriel', 0, 1],
    ['web', 0, 1],
  ],
  'organisme-formation-responsable': [
    ['numero-activite', 1, 1],
    ['SIRET-organisme-formation', 1, 1],
    ['nom-organisme', 1, 1],
    ['raison-sociale', 1, 1],
    ['coordonnees-organisme', 1, 1],
    ['contact-organisme', 1, N],
  ],
  'SIRET-organisme-formation': [['SIRET', 1, 1]],
  'coordonnees-organisme': [['coordonnees', 1, 1]],
  'contact-organisme': [
    ['type-contact', 0, 1],
    ['coordonnees', 1, 1],
  ],
};
/** Text constraints: exact length or max length, and patterns. */
const TEXT: Record<string, RegExp> = {
  'numero-activite': /^\d{11}$/,
  SIRET: /^\d{14}$/,
  'code-NSF': /^\d{3}$/,
  'code-FORMACODE': /^\d{5}$/,
  'code-public-vise': /^\d{5}$/,
  debut: /^\d{8}$/,
  fin: /^\d{8}$/,
  certifiante: /^[01]$/,
  'niveau-entree-obligatoire': /^[01]$/,
  'prise-en-charge-frais-possible': /^[01]$/,
  'modalites-enseignement': /^[012]$/,
  'modalites-entrees-sorties': /^[01]$/,
  'parcours-de-formation': /^[1-4]$/,
  codepostal: /^\d{5}$/,
  'code-RNCP': /^\d{1,10}$/,
  'code-RS': /^\d{1,10}$/,
};
const MAX: Record<string, number> = { 'intitule-formation': 255, 'objectif-formation': 3000, 'resultats-attendus': 3000, 'contenu-formation': 3000, ligne: 50, ville: 50, 'acces-handicapes': 250 };

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
const nameOf = (n: Ordered) => Object.keys(n).find((k) => k !== ':@')!;

/** Checks every element of a preserveOrder parse against STRUCTURE and TEXT; returns the problems. */
function checkTree(nodes: Ordered[], path = ''): string[] {
  const problems: string[] = [];
  for (const n of nodes) {
    const name = nameOf(n);
    if (name === '#text' || name === '?xml') continue;
    const children = (n[name] as Ordered[]).filter((c) => nameOf(c) !== '#text');
    const text = (n[name] as Ordered[]).filter((c) => nameOf(c) === '#text').map((c) => String(c['#text'])).join('');
    const here = `${path}/${name}`;
    const spec = STRUCTURE[name];
    if (spec) {
      let i = 0;
      for (const [child, min, max] of spec) {
        let count = 0;
        while (i < children.length && nameOf(children[i]!) === child) {
          count++;
          i++;
        }
        if (count < min || count > max) problems.push(`${here}: ${child} ×${count} not in [${min}, ${max}]`);
      }
      if (i < children.length) problems.push(`${here}: unexpected or misplaced ${nameOf(children[i]!)}`);
    }
    if (TEXT[name] && !TEXT[name].test(text)) problems.push(`${here}: text "${text}" does not match ${TEXT[name]}`);
    if (MAX[name] !== undefined && [...text].length > MAX[name]) problems.push(`${here}: text longer than ${MAX[name]}`);
    problems.push(...checkTree(children, here));
  }
  return problems;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false, trimValues: false });
const simpleParser = new XMLParser({ htmlEntities: true, ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: () => false });

const address = { lines: ['12 rue des Tanneurs', 'Bâtiment B'], postalCode: '75011', city: 'Paris', departement: '75', country: 'FR' };
const hostile = 'Accès <script>alert("x")</script> & « guillemets » \u202Eעברית\u202C 👩‍💻 \'quote\' ]]> fin';

function offer(over: { title?: string; content?: string } = {}): LheoOffer {
  return {
    organisation: {
      nda: '11 75 54334 75',
      siret: '732 829 320 00074',
      name: 'Atelier Formation',
      legalName: 'ATELIER FORMATION CONSEIL',
      details: { address, phones: ['01 43 55 00 00'], email: 'contact@atelier.example', websites: ['https://atelier.example'] },
      contacts: [{ typeContact: 3, details: { lastName: 'Lefèvre', firstName: 'Marie', email: 'marie@atelier.example' } }],
    },
    formations: [
      {
        id: 'F-EXCEL',
        domain: { formacodes: ['70332', '70322'], nsf: ['326'], rome: ['M1607'] },
        title: over.title ?? 'Excel perfectionnement',
        objective: 'Automatiser des tableaux de bord',
        expectedResults: 'Certification TOSA',
        content: over.content ?? 'Tableaux croisés dynamiques\nMacros',
        certifying: true,
        contacts: [{ details: { lastName: 'Girard', phones: ['06 00 00 00 00'] } }],
        courseType: 1,
        entryLevel: 0,
        generalObjective: 6,
        certifications: [{ rs: 'RS5252' }, { rncp: 'RNCP35185', certifInfo: '108473' }],
        url: 'https://atelier.example/excel?x=1&y=2',
        actions: [
          {
            id: 'A1',
            rhythm: 'Temps plein, 2 jours',
            targetPublic: ['15054'],
            entryLevelMandatory: false,
            alternance: 'Sans objet',
            teachingMode: 0,
            prerequisites: 'Bases d’Excel',
            fundingPossible: true,
            places: [{ siret: '73282932000074', details: { address } }],
            entryMode: 0,
            sessions: [
              { id: 'S1', start: '2026-03-09', end: '2026-03-10', registrationAddress: address, recruitmentState: 1 },
              { start: null, end: null, registrationAddress: address },
            ],
            accessibility: 'Locaux accessibles ; référent handicap : Marie Lefèvre',
            totalPriceTTC: '840.00',
            hoursTotal: 14,
            trainerOrganisations: [{ siret: '73282932000074', legalName: 'ATELIER FORMATION CONSEIL' }],
          },
        ],
      },
      {
        domain: {},
        title: 'Bilan de compétences',
        objective: 'Définir un projet professionnel',
        expectedResults: 'Synthèse remise au bénéficiaire',
        content: 'Trois phases',
        certifying: false,
        contacts: [{ details: { lastName: 'Orientation Plus' } }],
        courseType: 2,
        entryLevel: 0,
        typeCodes: [{ cpf: 'CPF202' }],
        actions: [
          {
            rhythm: 'Entretiens individuels',
            targetPublic: ['15031'],
            entryLevelMandatory: false,
            alternance: 'Sans objet',
            teachingMode: 1,
            prerequisites: 'Aucun',
            fundingPossible: true,
            entryMode: 1,
            sessions: [{ start: '2026-01-01', end: '2026-12-31', registrationAddress: address }],
          },
        ],
      },
    ],
  };
}

describe('toLheoXml', () => {
  it('writes well-formed LHÉO 2.3 XML whose structure follows the schema (order and cardinalities)', () => {
    const xml = toLheoXml(offer());
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3">')).toBe(true);
    expect(checkTree(parser.parse(xml) as Ordered[])).toEqual([]);
  });

  it('the structure check itself catches a misplaced or missing element', () => {
    const xml = toLheoXml(offer());
    const swapped = xml.replace(/(<intitule-formation>[^<]*<\/intitule-formation>)\s*(<objectif-formation>[^<]*<\/objectif-formation>)/, '$2$1');
    expect(checkTree(parser.parse(swapped) as Ordered[])).not.toEqual([]);
    const missing = xml.replace(/<certifiante>[01]<\/certifiante>/g, '');
    expect(checkTree(parser.parse(missing) as Ordered[]).some((p) => p.includes('certifiante'))).toBe(true);
  });

  it('normalises identifiers and writes codes, dates and booleans as LHÉO expects', () => {
    const xml = toLheoXml(offer());
    expect(xml).toContain('<numero-activite>11755433475</numero-activite>');
    expect(xml).toContain('<SIRET>73282932000074</SIRET>');
    expect(xml).toContain('<code-RNCP>35185</code-RNCP>');
    expect(xml).toContain('<code-RS>5252</code-RS>');
    expect(xml).toContain('<code-FORMACODE ref="V13">70332</code-FORMACODE>');
    expect(xml).toContain('<debut>20260309</debut>');
    expect(xml).toContain('<debut>00000000</debut>');
    expect(xml).toContain('<fin>99999999</fin>');
    expect(xml).toContain('<prix-total-TTC>840.00</prix-total-TTC>');
    expect(xml).toContain('<urlweb>https://atelier.example/excel?x=1&amp;y=2</urlweb>');
    expect(xml).toContain('<session numero="S1">');
  });

  it('escapes hostile text and it survives a parse round trip unchanged', () => {
    const long = 'é'.repeat(3000);
    const xml = toLheoXml(offer({ title: hostile, content: long }));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    const doc = simpleParser.parse(xml) as { lheo: { offres: { formation: Array<Record<string, string>> } } };
    expect(doc.lheo.offres.formation[0]!['intitule-formation']).toBe(hostile);
    expect(doc.lheo.offres.formation[0]!['contenu-formation']).toBe(long);
  });

  it('any text the schema accepts gives well-formed XML and round-trips (property)', () => {
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s));
    fc.assert(
      fc.property(text, text, (title, content) => {
        let xml: string;
        try {
          xml = toLheoXml(offer({ title, content }), { pretty: false });
        } catch (e) {
          // only refusals for lone surrogates or lengths, with a path
          expect(e).toBeInstanceOf(OfkitError);
          expect((e as OfkitError).issues[0]!.path[0]).toBe('formations');
          return;
        }
        expect(XMLValidator.validate(xml)).toBe(true);
        const doc = simpleParser.parse(xml) as { lheo: { offres: { formation: Array<Record<string, string>> } } };
        expect(doc.lheo.offres.formation[0]!['intitule-formation']).toBe(title);
        expect(doc.lheo.offres.formation[0]!['contenu-formation']).toBe(content);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects invalid offers with every issue and its path', () => {
    const bad = offer({ title: 'x'.repeat(256) }) as unknown as {
      organisation: Record<string, unknown>;
      formations: Array<Record<string, unknown> & { actions: Array<Record<string, unknown>> }>;
    };
    bad.organisation['nda'] = '123';
    bad.organisation['contacts'] = [];
    bad.formations[0]!['contacts'] = [];
    bad.formations[0]!.actions[0]!['sessions'] = [];
    bad.formations[0]!.actions[0]!['targetPublic'] = ['1505'];
    bad.formations[1]!['domain'] = { nsf: ['326t'] };
    bad.formations[1]!['title'] = 'Contrôle \u0007';
    try {
      toLheoXml(bad as unknown as LheoOffer);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const paths = (e as OfkitError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(
        expect.arrayContaining([
          'organisation.nda',
          'organisation.contacts',
          'formations.0.title',
          'formations.0.contacts',
          'formations.0.actions.0.sessions',
          'formations.0.actions.0.targetPublic.0',
          'formations.1.domain.nsf.0',
          'formations.1.title',
        ]),
      );
      for (const i of (e as OfkitError).issues) expect(i.messageEn.length).toBeGreaterThan(0);
    }
  });

  it('exports its input as JSON Schema', () => {
    const s = lheoOfferJsonSchema();
    expect(s['type']).toBe('object');
    expect((s['required'] as string[]).sort()).toEqual(['formations', 'organisation']);
  });
});
