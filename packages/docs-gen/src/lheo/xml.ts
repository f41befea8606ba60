/**
 * `toLheoXml`: the offer of an OF as LHÉO 2.3 XML. Element order and cardinalities follow
 * ../shared/domain/documents.md §9.1 (from `lheo-gml.xml` v2.3), cross-checked with the order of
 * the Onisep example published in the `lheo/lheo-schema` repository.
 *
 * @module
 */
import { money, parseInput } from '@ofkit/core';
import type { z } from 'zod';
import { LheoOfferSchema, type LheoAddressSchema, type LheoContactDetailsSchema, type LheoContactSchema, type LheoOffer } from './schema.js';

/** LHÉO 2.3 namespace. */
export const LHEO_NAMESPACE = 'http://lheo.gouv.fr/2.3';

type Offer = z.output<typeof LheoOfferSchema>;
type Address = z.output<typeof LheoAddressSchema>;
type Details = z.output<typeof LheoContactDetailsSchema>;
type Contact = z.output<typeof LheoContactSchema>;

interface XmlNode {
  readonly name: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly children?: readonly XmlNode[];
}

/** Options of {@link toLheoXml}. */
export interface LheoOptions {
  /** Indent with two spaces (default `true`); `false` writes everything on one line. */
  readonly pretty?: boolean;
}

const el = (name: string, content?: string | readonly (XmlNode | undefined | false)[], attrs?: Record<string, string>): XmlNode => {
  const base = attrs ? { name, attrs } : { name };
  if (content === undefined) return base;
  if (typeof content === 'string') return { ...base, text: content };
  return { ...base, children: content.filter((c): c is XmlNode => !!c) };
};
const opt = (name: string, v: string | number | undefined): XmlNode | undefined => (v === undefined ? undefined : el(name, String(v)));
const bool = (b: boolean) => (b ? '1' : '0');

/**
 * Escapes text content (also `\r`, which parsers would otherwise normalise away).
 *
 * @example
 * ```ts
 * import { escapeXmlText } from '@ofkit/docs-gen';
 * escapeXmlText('a < b & c'); // 'a &lt; b &amp; c'
 * ```
 */
export function escapeXmlText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/**
 * Escapes an attribute value (double-quoted).
 *
 * @example
 * ```ts
 * import { escapeXmlAttr } from '@ofkit/docs-gen';
 * escapeXmlAttr('"x" & \'y\''); // '&quot;x&quot; &amp; &apos;y&apos;'
 * ```
 */
export function escapeXmlAttr(s: string): string {
  return s.replace(/[&<>"'\r\n\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' })[c]!);
}

function serialize(n: XmlNode, pretty: boolean, depth: number, out: string[]): void {
  const pad = pretty ? '  '.repeat(depth) : '';
  const nl = pretty ? '\n' : '';
  let open = `<${n.name}`;
  for (const [k, v] of Object.entries(n.attrs ?? {})) open += ` ${k}="${escapeXmlAttr(v)}"`;
  if (n.text !== undefined) {
    out.push(`${pad}${open}>${escapeXmlText(n.text)}</${n.name}>${nl}`);
  } else if (!n.children || n.children.length === 0) {
    out.push(`${pad}${open}/>${nl}`);
  } else {
    out.push(`${pad}${open}>${nl}`);
    for (const c of n.children) serialize(c, pretty, depth + 1, out);
    out.push(`${pad}</${n.name}>${nl}`);
  }
}

const yyyymmdd = (d: string | null, unknown: string) => (d === null ? unknown : d.replaceAll('-', ''));

function address(a: Address): XmlNode {
  return el('adresse', [
    ...a.lines.map((l) => el('ligne', l)),
    el('codepostal', a.postalCode),
    el('ville', a.city),
    opt('departement', a.departement),
    opt('code-INSEE-commune', a.inseeCommune),
    opt('region', a.region),
    opt('pays', a.country),
  ]);
}

function details(d: Details): XmlNode {
  const tel = (name: string, nums: readonly string[] | undefined) => (nums && nums.length > 0 ? el(name, nums.map((n) => el('numtel', n))) : undefined);
  return el('coordonnees', [
    opt('civilite', d.civility),
    opt('nom', d.lastName),
    opt('prenom', d.firstName),
    ...(d.lines ?? []).map((l) => el('ligne', l)),
    d.address && address(d.address),
    tel('telfixe', d.phones),
    tel('portable', d.mobiles),
    tel('fax', d.faxes),
    opt('courriel', d.email),
    d.websites && d.websites.length > 0 ? el('web', d.websites.map((w) => el('urlweb', w))) : undefined,
  ]);
}

function contact(name: string, c: Contact): XmlNode {
  return el(name, [opt('type-contact', c.typeContact), details(c.details)]);
}

/** RNCP and RS codes are written as their number, as in Carif-Oref and Onisep LHÉO files. */
const digits = (code: string) => code.replace(/^[A-Za-z]+/, '');

function build(offer: Offer): XmlNode {
  const org = offer.organisation;
  const responsible = el('organisme-formation-responsable', [
    el('numero-activite', org.nda.replace(/\s/g, '')),
    el('SIRET-organisme-formation', [el('SIRET', org.siret.replace(/\s/g, ''))]),
    el('nom-organisme', org.name),
    el('raison-sociale', org.legalName),
    el('coordonnees-organisme', [details(org.details)]),
    ...org.contacts.map((c) => contact('contact-organisme', c)),
  ]);
  const formations = offer.formations.map((f) => {
    const ref = f.domain.formacodeVersion ?? 'V13';
    const actions = f.actions.map((a) =>
      el(
        'action',
        [
          el('rythme-formation', a.rhythm),
          ...a.targetPublic.map((c) => el('code-public-vise', c, { ref })),
          el('niveau-entree-obligatoire', bool(a.entryLevelMandatory)),
          el('modalites-alternance', a.alternance),
          el('modalites-enseignement', String(a.teachingMode)),
          el('conditions-specifiques', a.prerequisites),
          el('prise-en-charge-frais-possible', bool(a.fundingPossible)),
          ...(a.places ?? []).map((p) => el('lieu-de-formation', [p.siret ? el('SIRET-lieu-formation', [el('SIRET', p.siret)]) : undefined, details(p.details)])),
          el('modalites-entrees-sorties', String(a.entryMode)),
          a.url !== undefined && el('url-action', [el('urlweb', a.url)]),
          ...a.sessions.map((s) =>
            el(
              'session',
              [
                el('periode', [el('debut', yyyymmdd(s.start, '00000000')), el('fin', yyyymmdd(s.end, '99999999'))]),
                el('adresse-inscription', [address(s.registrationAddress)]),
                opt('etat-recrutement', s.recruitmentState),
              ],
              s.id !== undefined ? { numero: s.id } : undefined,
            ),
          ),
          opt('acces-handicapes', a.accessibility),
          opt('prix-horaire-TTC', a.hourlyPriceTTC === undefined ? undefined : money(a.hourlyPriceTTC).toString()),
          opt('prix-total-TTC', a.totalPriceTTC === undefined ? undefined : money(a.totalPriceTTC).toString()),
          opt('duree-indicative', a.indicativeDuration),
          opt('nombre-heures-centre', a.hoursInCentre),
          opt('nombre-heures-entreprise', a.hoursInCompany),
          opt('nombre-heures-total', a.hoursTotal),
          ...(a.trainerOrganisations ?? []).map((o) =>
            el('organisme-formateur', [el('SIRET-formateur', [el('SIRET', o.siret)]), el('raison-sociale-formateur', o.legalName)]),
          ),
        ],
        a.id !== undefined ? { numero: a.id } : undefined,
      ),
    );
    return el(
      'formation',
      [
        el('domaine-formation', [
          ...(f.domain.formacodes ?? []).map((c) => el('code-FORMACODE', c, { ref })),
          ...(f.domain.nsf ?? []).map((c) => el('code-NSF', c)),
          ...(f.domain.rome ?? []).map((c) => el('code-ROME', c)),
        ]),
        el('intitule-formation', f.title),
        el('objectif-formation', f.objective),
        el('resultats-attendus', f.expectedResults),
        el('contenu-formation', f.content),
        el('certifiante', bool(f.certifying)),
        ...f.contacts.map((c) => contact('contact-formation', c)),
        el('parcours-de-formation', String(f.courseType)),
        el('code-niveau-entree', String(f.entryLevel)),
        opt('objectif-general-formation', f.generalObjective),
        ...(f.certifications ?? []).map((c) =>
          el('certification', [
            c.rncp !== undefined && el('code-RNCP', digits(c.rncp)),
            c.certifInfo !== undefined && el('code-CERTIFINFO', c.certifInfo),
            c.rs !== undefined && el('code-RS', digits(c.rs)),
            c.cpf !== undefined && el('code-CPF', c.cpf),
          ]),
        ),
        ...(f.typeCodes ?? []).map((t) => el('code-type-formation', [t.cpf !== undefined && el('code-CPF', t.cpf), t.elu !== undefined && el('code-ELU', t.elu)])),
        opt('code-niveau-sortie', f.exitLevel),
        f.url !== undefined && el('url-formation', [el('urlweb', f.url)]),
        ...actions,
        responsible,
      ],
      f.id !== undefined ? { numero: f.id } : undefined,
    );
  });
  return el('lheo', [el('offres', formations)], { xmlns: LHEO_NAMESPACE });
}

/**
 * The OF's training offer (formation → action → session, with the responsible organisation, NDA,
 * SIRET, certification references, Formacode/NSF/ROME, contacts) as LHÉO 2.3 XML, UTF-8, escaped
 * and well-formed. Elements come in the order of the LHÉO 2.3 schema; every required element
 * ("premier cercle") is required by the input schema ({@link LheoOfferSchema}), so invalid input
 * throws `OfkitError` with every issue and its path instead of producing an invalid file.
 *
 * RNCP and RS codes are written as their number (`RNCP35185` → `35185`), as in the LHÉO files
 * of the Carif-Oref network and Onisep.
 *
 * @example
 * ```ts
 * import { toLheoXml } from '@ofkit/docs-gen';
 * const address = { lines: ['12 rue des Tanneurs'], postalCode: '75011', city: 'Paris' };
 * const xml = toLheoXml({
 *   organisation: {
 *     nda: '11755433475', siret: '73282932000074', name: 'Atelier Formation', legalName: 'ATELIER FORMATION CONSEIL',
 *     details: { address }, contacts: [{ details: { email: 'contact@atelier.example' } }],
 *   },
 *   formations: [{
 *     domain: { formacodes: ['70332'], nsf: ['326'] },
 *     title: 'Excel perfectionnement', objective: 'Automatiser des tableaux', expectedResults: 'Attestation',
 *     content: 'Tableaux croisés, macros', certifying: false, contacts: [{ details: { lastName: 'Lefèvre' } }],
 *     courseType: 1, entryLevel: 0,
 *     actions: [{
 *       rhythm: 'Temps plein', targetPublic: ['15054'], entryLevelMandatory: false, alternance: 'Sans objet',
 *       teachingMode: 0, prerequisites: 'Bases d’Excel', fundingPossible: true, entryMode: 0,
 *       sessions: [{ start: '2026-03-09', end: '2026-03-10', registrationAddress: address }],
 *     }],
 *   }],
 * });
 * xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'); // true
 * xml.includes('<debut>20260309</debut>'); // true
 * ```
 */
export function toLheoXml(offer: LheoOffer, options: LheoOptions = {}): string {
  const data = parseInput(LheoOfferSchema, offer);
  const pretty = options.pretty ?? true;
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8"?>${pretty ? '\n' : ''}`];
  serialize(build(data), pretty, 0, out);
  return out.join('');
}
