import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { lheoXsd, validateAgainstLheoXsd, LHEO_XSD_PATH } from '../../test/lheo/xsd.js';
import { lheoOfferJsonSchema, type LheoOffer } from './schema.js';
import { toLheoXml as toLheoXmlUnderTest, type LheoOptions } from './xml.js';

/** Every document this file produces, validated against the official XSD by the last test. */
const produced: string[] = [];
function toLheoXml(offer: LheoOffer, options?: LheoOptions): string {
  const xml = toLheoXmlUnderTest(offer, options);
  produced.push(xml);
  return xml;
}

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
    ['langue-formation', 0, 5],
    ['modalites-pedagogiques', 0, 1],
    ['code-modalite-pedagogique', 0, 5],
    ['prix-horaire-TTC', 0, 1],
    ['prix-total-TTC', 0, 1],
    ['duree-indicative', 0, 1],
    ['nombre-heures-centre', 0, 1],
    ['nombre-heures-entreprise', 0, 1],
    ['nombre-heures-total', 0, 1],
    ['organisme-formateur', 0, N],
    ['organisme-financeur', 0, 8],
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
    ['ligne', 0, 3],
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
    ['code-UAI-organisme-formation', 0, 1],
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
  'code-RNCP': /^(RNCP)?\d{1,6}$/,
  'code-RS': /^RS\d{1,8}$/,
  'code-UAI': /^\d{7}[A-Z]$/,
  'langue-formation': /^[a-z]{2}$/,
  'code-modalite-pedagogique': /^\d{5}$/,
  'type-contact': /^([0-9]|1[0-4])$/,
  'prix-horaire-TTC': /^.{1,6}$/,
  'prix-total-TTC': /^.{1,10}$/,
  urlweb: /^.{3,400}$/s,
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

type FullOffer = ReturnType<typeof fullOffer>;

/** An offer with every optional field this exporter supports filled, at the largest bounds of the XSD. */
function fullOffer() {
  const fullAddress = { lines: ['12 rue des Tanneurs', 'Bâtiment B', 'Escalier 3', '2e étage'], postalCode: '75011', city: 'Paris', departement: '75', inseeCommune: '75111', region: '11', country: 'FR' };
  const fullDetails = {
    civility: 'Madame',
    lastName: 'Lefèvre',
    firstName: 'Marie',
    lines: ['Service formation', 'Pôle numérique', 'Bureau 12'],
    address: fullAddress,
    phones: ['01 43 55 00 00', '01 43 55 00 01', '01 43 55 00 02'],
    mobiles: ['06 00 00 00 00'],
    faxes: ['01 43 55 00 09'],
    email: 'marie@atelier.example',
    websites: ['https://atelier.example', 'a.b', 'https://atelier.example/catalogue'],
  };
  const session = { id: 'S1', start: '2026-03-09', end: '2026-03-10', registrationAddress: fullAddress, recruitmentState: 1 as const };
  return {
    organisation: {
      nda: '11755433475',
      siret: '73282932000074',
      name: 'Atelier Formation',
      legalName: 'ATELIER FORMATION CONSEIL',
      details: fullDetails,
      contacts: [{ typeContact: 14 as number, details: fullDetails }, { details: { lastName: 'Accueil' } }],
      uai: '0751234J' as string | undefined,
    },
    formations: [
      {
        id: 'F-FULL' as string,
        domain: { formacodes: ['70332', '70322', '31054', '31009', '15054'], formacodeVersion: 'V14', nsf: ['326', '324', '310'], rome: ['M1607', 'M1805', 'M1810', 'M1802', 'M1801'] },
        title: 'T'.repeat(255),
        objective: 'O'.repeat(3000),
        expectedResults: 'Certification',
        content: 'Contenu',
        certifying: true,
        contacts: [{ typeContact: 1, details: fullDetails }],
        courseType: 4 as const,
        entryLevel: 18,
        generalObjective: 6 as const,
        certifications: [{ rncp: 'RNCP35185', certifInfo: '108473', rs: 'RS5252', cpf: 'CPF1234567' }, { rs: 'RS1' }, { rncp: '123456' }, { certifInfo: '1' }, { cpf: 'CPF1' }] as Array<{ rncp?: string; rs?: string; certifInfo?: string; cpf?: string }>,
        typeCodes: [{ cpf: 'CPF202', elu: 'ELU1234567' }, { cpf: 'CPF1' }, { elu: 'ELU1' }, {}, { cpf: 'CPF9' }],
        exitLevel: 16,
        url: 'https://atelier.example/f?x=1&y=2' as string | undefined,
        actions: [
          {
            id: 'A1',
            rhythm: 'Temps plein',
            targetPublic: Array.from({ length: 10 }, (_, i) => String(15040 + i)),
            entryLevelMandatory: true,
            alternance: 'Sans objet',
            teachingMode: 2 as const,
            prerequisites: 'Aucun',
            fundingPossible: true,
            places: [
              { siret: '73282932000074', uai: '0751234J' as string | undefined, details: fullDetails },
              { details: { address: fullAddress } },
            ],
            entryMode: 1 as const,
            url: 'a.b',
            sessions: [session, { start: null, end: null, registrationAddress: fullAddress, recruitmentState: 3 as const }],
            accessibility: 'A'.repeat(250),
            languages: ['fr', 'en'] as string[] | undefined,
            pedagogicalModalities: 'Cours, ateliers & études de cas <en ligne>' as string | undefined,
            pedagogicalModalityCodes: ['96094', '96095', '96096', '96097', '96098'] as string[] | undefined,
            hourlyPriceTTC: '999.99' as string | number,
            totalPriceTTC: 9999999.99 as string | number,
            indicativeDuration: 'D'.repeat(150) as string | undefined,
            hoursInCentre: 100,
            hoursInCompany: 0,
            hoursTotal: 100,
            trainerOrganisations: [
              { siret: '73282932000074', legalName: 'ATELIER FORMATION CONSEIL', uai: '0751234J' },
              { siret: '55212022200013', legalName: 'SOUS-TRAITANT' },
            ],
            funders: [{ code: 10, fundedPlaces: 12 }, { code: 0 }, { code: 20, fundedPlaces: 0 }] as Array<{ code: number; fundedPlaces?: number }> | undefined,
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
    expect(xml).toContain('<code-RS>RS5252</code-RS>');
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

  // ../shared/domain/corrections-2026-12.md §7: code-RS keeps its prefix; code-RNCP digits alone or RNCP + digits.
  it('writes code-RS with its RS prefix (even a 1-digit code) and code-RNCP as digits or, on request, prefixed', () => {
    const o = offer();
    o.formations[0]!.certifications = [{ rs: 'rs 7' }, { rncp: '35185' }, { rncp: 'RNCP 1234' }];
    const xml = toLheoXml(o);
    expect(xml).toContain('<code-RS>RS7</code-RS>');
    expect(xml).toContain('<code-RNCP>35185</code-RNCP>');
    expect(xml).toContain('<code-RNCP>1234</code-RNCP>');
    const prefixed = toLheoXml(o, { rncpCode: 'prefixed' });
    expect(prefixed).toContain('<code-RNCP>RNCP35185</code-RNCP>');
    expect(prefixed).toContain('<code-RNCP>RNCP1234</code-RNCP>');
    expect(checkTree(parser.parse(prefixed) as Ordered[])).toEqual([]);
  });

  it('writes every optional element we support in its schema position (fixture with everything filled)', () => {
    const xml = toLheoXml(fullOffer());
    expect(checkTree(parser.parse(xml) as Ordered[])).toEqual([]);
    for (const fragment of [
      '<code-UAI-organisme-formation>',
      '<code-UAI>0751234J</code-UAI>',
      '<code-UAI-lieu-formation>',
      '<code-UAI-formateur>',
      '<langue-formation>fr</langue-formation>',
      '<langue-formation>en</langue-formation>',
      '<modalites-pedagogiques>',
      '<code-modalite-pedagogique>96094</code-modalite-pedagogique>',
      '<organisme-financeur>',
      '<code-financeur>10</code-financeur>',
      '<nb-places-financees>12</nb-places-financees>',
      '<prix-horaire-TTC>999.99</prix-horaire-TTC>',
      '<prix-total-TTC>9999999.99</prix-total-TTC>',
      '<type-contact>14</type-contact>',
      '<urlweb>a.b</urlweb>',
    ]) {
      expect(xml, fragment).toContain(fragment);
    }
    // Order inside the action, as in the XSD sequence.
    const order = ['</session>', '<acces-handicapes>', '<langue-formation>', '<modalites-pedagogiques>', '<code-modalite-pedagogique>', '<prix-horaire-TTC>', '<organisme-formateur>', '<organisme-financeur>'];
    const positions = order.map((t) => xml.indexOf(t));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  // Bounds of ../shared/schemas/lheo-2.3.xsd (corrections §7): refused with a clear error, nothing written.
  it('refuses every value the XSD would reject, with the path, and writes nothing', () => {
    const cases: Array<[string, (o: FullOffer) => void, string]> = [
      ['type-contact 15', (o) => (o.organisation.contacts[0]!.typeContact = 15), 'organisation.contacts.0.typeContact'],
      ['hourly price 1000 €', (o) => (o.formations[0]!.actions[0]!.hourlyPriceTTC = '1000'), 'formations.0.actions.0.hourlyPriceTTC'],
      ['total price 10 M€', (o) => (o.formations[0]!.actions[0]!.totalPriceTTC = 10_000_000), 'formations.0.actions.0.totalPriceTTC'],
      ['2-character URL', (o) => (o.formations[0]!.url = 'ab'), 'formations.0.url'],
      ['2-character website', (o) => (o.organisation.details.websites = ['ab']), 'organisation.details.websites.0'],
      ['6 funders too many', (o) => (o.formations[0]!.actions[0]!.funders = Array.from({ length: 9 }, () => ({ code: 1 }))), 'formations.0.actions.0.funders'],
      ['funder code 21', (o) => (o.formations[0]!.actions[0]!.funders = [{ code: 21 }]), 'formations.0.actions.0.funders.0.code'],
      ['language of 3 letters', (o) => (o.formations[0]!.actions[0]!.languages = ['fra']), 'formations.0.actions.0.languages.0'],
      ['6 languages', (o) => (o.formations[0]!.actions[0]!.languages = ['fr', 'en', 'de', 'es', 'it', 'pt']), 'formations.0.actions.0.languages'],
      ['modality code of 4 characters', (o) => (o.formations[0]!.actions[0]!.pedagogicalModalityCodes = ['9609']), 'formations.0.actions.0.pedagogicalModalityCodes.0'],
      ['UAI with a bad check letter', (o) => (o.organisation.uai = '0751234K'), 'organisation.uai'],
      ['UAI with no département', (o) => (o.formations[0]!.actions[0]!.places![0]!.uai = '9990001X'), 'formations.0.actions.0.places.0.uai'],
      ['RS without its digits', (o) => (o.formations[0]!.certifications = [{ rs: 'RS' }]), 'formations.0.certifications.0.rs'],
      ['RNCP block code', (o) => (o.formations[0]!.certifications = [{ rncp: 'RNCP37274BC01' }]), 'formations.0.certifications.0.rncp'],
      ['201-character modalities', (o) => (o.formations[0]!.actions[0]!.pedagogicalModalities = 'x'.repeat(201)), 'formations.0.actions.0.pedagogicalModalities'],
      ['151-character duration', (o) => (o.formations[0]!.actions[0]!.indicativeDuration = 'x'.repeat(151)), 'formations.0.actions.0.indicativeDuration'],
      ['control character in a numero', (o) => (o.formations[0]!.id = 'F\u0001'), 'formations.0.id'],
    ];
    for (const [label, mutate, path] of cases) {
      const o = fullOffer();
      mutate(o);
      let error: unknown;
      let xml: string | undefined;
      try {
        xml = toLheoXml(o as LheoOffer);
      } catch (e) {
        error = e;
      }
      expect(xml, label).toBeUndefined();
      expect(error, label).toBeInstanceOf(OfkitError);
      const issues = (error as OfkitError).issues;
      expect(issues.map((i) => i.path.join('.')), label).toContain(path);
      for (const i of issues) {
        expect(i.message.length, label).toBeGreaterThan(0);
        expect(i.messageEn.length, label).toBeGreaterThan(0);
      }
    }
    // The messages name the LHÉO limit in both languages.
    const o = fullOffer();
    o.formations[0]!.actions[0]!.hourlyPriceTTC = '1000';
    const e = (() => {
      try {
        toLheoXml(o as LheoOffer);
      } catch (err) {
        return err as OfkitError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e.issues[0]!.message).toContain('6 caractères');
    expect(e.issues[0]!.messageEn).toContain('6 characters');
  });

  it('the largest values within the bounds are accepted and valid', () => {
    const o = fullOffer();
    o.organisation.contacts[0]!.typeContact = 0;
    o.formations[0]!.actions[0]!.hourlyPriceTTC = 0;
    o.formations[0]!.actions[0]!.funders = Array.from({ length: 8 }, (_, i) => ({ code: i * 2 + 5, fundedPlaces: 0 }));
    o.formations[0]!.actions[0]!.languages = ['FR', 'en', 'de', 'es', 'it'];
    const xml = toLheoXml(o as LheoOffer);
    expect(xml.match(/<organisme-financeur>/g)).toHaveLength(8);
    expect(xml).toContain('<langue-formation>fr</langue-formation>');
    expect(xml).toContain('<prix-horaire-TTC>0.00</prix-horaire-TTC>');
  });

  it('writes the same document, compact or indented, for many actions and sessions (one-pass writer)', () => {
    const o = fullOffer();
    const a = o.formations[0]!.actions[0]!;
    o.formations[0]!.actions = Array.from({ length: 30 }, (_, i) => ({ ...a, id: `A${i}`, sessions: Array.from({ length: 7 }, (_, j) => ({ ...a.sessions[0]!, id: `S${i}-${j}` })) }));
    o.formations.push({ ...o.formations[0]!, id: 'F-COPY' });
    const pretty = toLheoXml(o as LheoOffer);
    const compact = toLheoXml(o as LheoOffer, { pretty: false });
    expect(compact).not.toContain('\n');
    expect(pretty.split('\n').map((l) => l.trim()).join('')).toBe(compact.replace('?>', '?>'));
    expect(compact.match(/<session numero=/g)).toHaveLength(420);
    expect(compact.match(/<organisme-formation-responsable>/g)).toHaveLength(2);
  });

  // Every document produced above goes through the official schema. Keep this test last.
  it('every XML this file produced is valid against the official LHÉO 2.3 XSD', async (ctx) => {
    const xsd = lheoXsd();
    if (xsd === undefined) {
      ctx.skip(`LHÉO XSD not found at ${LHEO_XSD_PATH} (outside CI only; under CI=true this fails)`);
      return;
    }
    expect(produced.length).toBeGreaterThan(300);
    const failures = await validateAgainstLheoXsd(produced, xsd);
    expect(failures.map((f) => `#${f.index}: ${f.errors.join(' | ')}`)).toEqual([]);
    // A negative control: the validator does reject what the old exporter wrote.
    const old = produced[0]!.replace('<code-RS>RS5252</code-RS>', '<code-RS>5</code-RS>').replace('<type-contact>3</type-contact>', '<type-contact>15</type-contact>');
    expect(old).not.toBe(produced[0]);
    expect(await validateAgainstLheoXsd([old], xsd)).toHaveLength(1);
  }, 60_000);
});
