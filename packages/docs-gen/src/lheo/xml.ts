/**
 * `toLheoXml`: the offer of an OF as LHÉO 2.3 XML. Element order and cardinalities follow the
 * official schema ../shared/schemas/lheo-2.3.xsd (positions of the UAI codes, languages, pedagogical
 * modality codes and funders: ../shared/domain/corrections-2026-12.md §7); the tests validate every
 * document they produce against that XSD.
 *
 * The document is written in one pass straight into a string buffer, without building a tree:
 * time and memory grow linearly with the number of actions and sessions (issue 13 measured the
 * former tree-then-serialise version at 2.9× the time for 2× the input, most of it garbage
 * collection of the node objects and small strings kept alive until the end).
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

/** Options of {@link toLheoXml}. */
export interface LheoOptions {
  /** Indent with two spaces (default `true`); `false` writes everything on one line. */
  readonly pretty?: boolean;
  /**
   * How `code-RNCP` is written: `'digits'` (default, `35185`, as in the Carif-Oref and Onisep files)
   * or `'prefixed'` (`RNCP35185`). The LHÉO 2.3 definition allows both.
   */
  readonly rncpCode?: 'digits' | 'prefixed';
}

/**
 * Escapes text content (also `\r`, which parsers would otherwise normalise away).
 *
 * @example
 * ```ts
 * import { escapeXmlText } from '@ofkit/docs-gen/internal';
 * escapeXmlText('a < b & c'); // 'a &lt; b &amp; c'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function escapeXmlText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

const ATTR_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

/**
 * Escapes an attribute value (double-quoted).
 *
 * @example
 * ```ts
 * import { escapeXmlAttr } from '@ofkit/docs-gen/internal';
 * escapeXmlAttr('"x" & \'y\''); // '&quot;x&quot; &amp; &apos;y&apos;'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function escapeXmlAttr(s: string): string {
  return s.replace(/[&<>"'\r\n\t]/g, (c) => ATTR_ESCAPES[c]!);
}

const NEEDS_TEXT_ESCAPE = /[&<>\r]/;

/**
 * Writes XML in one pass. `open` is lazy: an element whose children never come is written `<x/>`.
 * Output pieces are joined every 4096 pieces into a flat chunk, so the number of live strings stays
 * small whatever the size of the document.
 */
class XmlWriter {
  private readonly chunks: string[] = [];
  private readonly parts: string[] = [];
  private depth = 0;
  private pending: string | undefined;
  private readonly stack: string[] = [];
  private readonly pads: string[] = [''];

  constructor(private readonly pretty: boolean) {}

  private pad(): string {
    if (!this.pretty) return '';
    let p = this.pads[this.depth];
    if (p === undefined) {
      p = '  '.repeat(this.depth);
      this.pads[this.depth] = p;
    }
    return p;
  }

  private emit(s: string): void {
    const parts = this.parts;
    parts.push(s);
    // Join small pieces early into one flat chunk: short-lived pieces die young (cheap for the GC)
    // instead of piling up as a deep rope flattened at the end.
    if (parts.length >= 4096) {
      this.chunks.push(parts.join(''));
      parts.length = 0;
    }
  }

  private flushPending(): void {
    if (this.pending === undefined) return;
    const open = this.pending;
    this.pending = undefined;
    this.emit(this.pretty ? `${this.pad()}<${open}>\n` : `<${open}>`);
    this.depth += 1;
  }

  /** Opens an element (written when its first child comes). */
  open(name: string, attrs?: readonly (readonly [string, string | undefined])[]): void {
    this.flushPending();
    let open = name;
    if (attrs) for (const [k, v] of attrs) if (v !== undefined) open += ` ${k}="${escapeXmlAttr(v)}"`;
    this.pending = open;
    this.stack.push(name);
  }

  close(): void {
    const name = this.stack.pop()!;
    if (this.pending !== undefined) {
      this.emit(this.pretty ? `${this.pad()}<${this.pending}/>\n` : `<${this.pending}/>`);
      this.pending = undefined;
      return;
    }
    this.depth -= 1;
    this.emit(this.pretty ? `${this.pad()}</${name}>\n` : `</${name}>`);
  }

  /** An element with text content. */
  leaf(name: string, text: string, attr?: readonly [string, string]): void {
    this.flushPending();
    const t = NEEDS_TEXT_ESCAPE.test(text) ? escapeXmlText(text) : text;
    const a = attr ? ` ${attr[0]}="${escapeXmlAttr(attr[1])}"` : '';
    this.emit(this.pretty ? `${this.pad()}<${name}${a}>${t}</${name}>\n` : `<${name}${a}>${t}</${name}>`);
  }

  /** A leaf written only when the value is given. */
  opt(name: string, v: string | number | undefined): void {
    if (v !== undefined) this.leaf(name, String(v));
  }

  /** An element whose only child is `inner` (`<SIRET-formateur><SIRET>…</SIRET></SIRET-formateur>`). */
  wrap(outer: string, inner: string, text: string): void {
    this.open(outer);
    this.leaf(inner, text);
    this.close();
  }

  /** Raw, already-escaped XML written at the current depth (a fragment prepared by another writer). */
  raw(xml: string): void {
    this.flushPending();
    this.emit(xml);
  }

  get currentDepth(): number {
    return this.depth + (this.pending !== undefined ? 1 : 0);
  }

  /** Starts at a given depth (to prepare a fragment written several times). */
  static at(pretty: boolean, depth: number): XmlWriter {
    const w = new XmlWriter(pretty);
    w.depth = depth;
    return w;
  }

  done(): string {
    this.flushPending();
    this.chunks.push(this.parts.join(''));
    this.parts.length = 0;
    return this.chunks.join('');
  }
}

const bool = (b: boolean) => (b ? '1' : '0');
const yyyymmdd = (d: string | null, unknown: string) => (d === null ? unknown : d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10));

function address(w: XmlWriter, a: Address): void {
  w.open('adresse');
  for (const l of a.lines) w.leaf('ligne', l);
  w.leaf('codepostal', a.postalCode);
  w.leaf('ville', a.city);
  w.opt('departement', a.departement);
  w.opt('code-INSEE-commune', a.inseeCommune);
  w.opt('region', a.region);
  w.opt('pays', a.country);
  w.close();
}

function phones(w: XmlWriter, name: string, nums: readonly string[] | undefined): void {
  if (!nums || nums.length === 0) return;
  w.open(name);
  for (const n of nums) w.leaf('numtel', n);
  w.close();
}

function details(w: XmlWriter, d: Details): void {
  w.open('coordonnees');
  w.opt('civilite', d.civility);
  w.opt('nom', d.lastName);
  w.opt('prenom', d.firstName);
  for (const l of d.lines ?? []) w.leaf('ligne', l);
  if (d.address) address(w, d.address);
  phones(w, 'telfixe', d.phones);
  phones(w, 'portable', d.mobiles);
  phones(w, 'fax', d.faxes);
  w.opt('courriel', d.email);
  if (d.websites && d.websites.length > 0) {
    w.open('web');
    for (const u of d.websites) w.leaf('urlweb', u);
    w.close();
  }
  w.close();
}

function contact(w: XmlWriter, name: string, c: Contact): void {
  w.open(name);
  w.opt('type-contact', c.typeContact);
  details(w, c.details);
  w.close();
}

const rncpDigits = (code: string) => code.replace(/^RNCP/, '');

/** `organisme-formation-responsable`, the same in every formation: prepared once. */
function responsible(org: Offer['organisation'], pretty: boolean, depth: number): string {
  const w = XmlWriter.at(pretty, depth);
  w.open('organisme-formation-responsable');
  w.leaf('numero-activite', org.nda);
  w.wrap('SIRET-organisme-formation', 'SIRET', org.siret);
  w.leaf('nom-organisme', org.name);
  w.leaf('raison-sociale', org.legalName);
  w.open('coordonnees-organisme');
  details(w, org.details);
  w.close();
  for (const c of org.contacts) contact(w, 'contact-organisme', c);
  // At the end of the sequence (renseignements-specifiques and potentiel are not written).
  if (org.uai !== undefined) w.wrap('code-UAI-organisme-formation', 'code-UAI', org.uai);
  w.close();
  return w.done();
}

function action(w: XmlWriter, a: Offer['formations'][number]['actions'][number], ref: string): void {
  w.open('action', [['numero', a.id]]);
  w.leaf('rythme-formation', a.rhythm);
  for (const c of a.targetPublic) w.leaf('code-public-vise', c, ['ref', ref]);
  w.leaf('niveau-entree-obligatoire', bool(a.entryLevelMandatory));
  w.leaf('modalites-alternance', a.alternance);
  w.leaf('modalites-enseignement', String(a.teachingMode));
  w.leaf('conditions-specifiques', a.prerequisites);
  w.leaf('prise-en-charge-frais-possible', bool(a.fundingPossible));
  for (const p of a.places ?? []) {
    w.open('lieu-de-formation');
    if (p.siret !== undefined) w.wrap('SIRET-lieu-formation', 'SIRET', p.siret);
    if (p.uai !== undefined) w.wrap('code-UAI-lieu-formation', 'code-UAI', p.uai);
    details(w, p.details);
    w.close();
  }
  w.leaf('modalites-entrees-sorties', String(a.entryMode));
  if (a.url !== undefined) w.wrap('url-action', 'urlweb', a.url);
  for (const s of a.sessions) {
    w.open('session', [['numero', s.id]]);
    w.open('periode');
    w.leaf('debut', yyyymmdd(s.start, '00000000'));
    w.leaf('fin', yyyymmdd(s.end, '99999999'));
    w.close();
    w.open('adresse-inscription');
    address(w, s.registrationAddress);
    w.close();
    w.opt('etat-recrutement', s.recruitmentState);
    w.close();
  }
  w.opt('acces-handicapes', a.accessibility);
  for (const l of a.languages ?? []) w.leaf('langue-formation', l);
  w.opt('modalites-pedagogiques', a.pedagogicalModalities);
  for (const c of a.pedagogicalModalityCodes ?? []) w.leaf('code-modalite-pedagogique', c);
  w.opt('prix-horaire-TTC', a.hourlyPriceTTC === undefined ? undefined : money(a.hourlyPriceTTC).toString());
  w.opt('prix-total-TTC', a.totalPriceTTC === undefined ? undefined : money(a.totalPriceTTC).toString());
  w.opt('duree-indicative', a.indicativeDuration);
  w.opt('nombre-heures-centre', a.hoursInCentre);
  w.opt('nombre-heures-entreprise', a.hoursInCompany);
  w.opt('nombre-heures-total', a.hoursTotal);
  for (const o of a.trainerOrganisations ?? []) {
    w.open('organisme-formateur');
    w.wrap('SIRET-formateur', 'SIRET', o.siret);
    w.leaf('raison-sociale-formateur', o.legalName);
    // After potentiel (not written), before reference-certification.
    if (o.uai !== undefined) w.wrap('code-UAI-formateur', 'code-UAI', o.uai);
    w.close();
  }
  for (const f of a.funders ?? []) {
    w.open('organisme-financeur');
    w.leaf('code-financeur', String(f.code));
    w.opt('nb-places-financees', f.fundedPlaces);
    w.close();
  }
  w.close();
}

function write(offer: Offer, pretty: boolean, rncpCode: 'digits' | 'prefixed'): string {
  const w = new XmlWriter(pretty);
  w.open('lheo', [['xmlns', LHEO_NAMESPACE]]);
  w.open('offres');
  let responsibleXml: string | undefined;
  for (const f of offer.formations) {
    const ref = f.domain.formacodeVersion ?? 'V13';
    w.open('formation', [['numero', f.id]]);
    w.open('domaine-formation');
    for (const c of f.domain.formacodes ?? []) w.leaf('code-FORMACODE', c, ['ref', ref]);
    for (const c of f.domain.nsf ?? []) w.leaf('code-NSF', c);
    for (const c of f.domain.rome ?? []) w.leaf('code-ROME', c);
    w.close();
    w.leaf('intitule-formation', f.title);
    w.leaf('objectif-formation', f.objective);
    w.leaf('resultats-attendus', f.expectedResults);
    w.leaf('contenu-formation', f.content);
    w.leaf('certifiante', bool(f.certifying));
    for (const c of f.contacts) contact(w, 'contact-formation', c);
    w.leaf('parcours-de-formation', String(f.courseType));
    w.leaf('code-niveau-entree', String(f.entryLevel));
    w.opt('objectif-general-formation', f.generalObjective);
    for (const c of f.certifications ?? []) {
      w.open('certification');
      if (c.rncp !== undefined) w.leaf('code-RNCP', rncpCode === 'prefixed' ? c.rncp : rncpDigits(c.rncp));
      w.opt('code-CERTIFINFO', c.certifInfo);
      w.opt('code-RS', c.rs);
      w.opt('code-CPF', c.cpf);
      w.close();
    }
    for (const t of f.typeCodes ?? []) {
      w.open('code-type-formation');
      w.opt('code-CPF', t.cpf);
      w.opt('code-ELU', t.elu);
      w.close();
    }
    w.opt('code-niveau-sortie', f.exitLevel);
    if (f.url !== undefined) w.wrap('url-formation', 'urlweb', f.url);
    for (const a of f.actions) action(w, a, ref);
    responsibleXml ??= responsible(offer.organisation, pretty, w.currentDepth);
    w.raw(responsibleXml);
    w.close();
  }
  w.close();
  w.close();
  return w.done();
}

/**
 * The OF's training offer (formation → action → session, with the responsible organisation, NDA,
 * SIRET, certification references, Formacode/NSF/ROME, contacts) as LHÉO 2.3 XML, UTF-8, escaped
 * and well-formed. Elements come in the order of the LHÉO 2.3 schema; every required element
 * ("premier cercle") is required by the input schema ({@link LheoOfferSchema}), so invalid input
 * throws `OfkitError` with every issue and its path instead of producing an invalid file.
 *
 * `code-RS` keeps its `RS` prefix (`RS5252`), as the LHÉO 2.3 definition requires; `code-RNCP` is
 * written as its number (`RNCP35185` → `35185`, as in the Carif-Oref and Onisep files) or, with
 * `{ rncpCode: 'prefixed' }`, as `RNCP35185` (the definition allows both). Optional elements are
 * written when given: UAI codes, languages, pedagogical modality codes, funders. Every bound of the
 * XSD for what is written (lengths, code lists, `type-contact` 0–14, prices at most 6 / 10
 * characters, URLs of 3 characters or more) is checked first: nothing is written for an offer that
 * would not be valid.
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
 * toLheoXml({ organisation: {}, formations: [] } as never); // throws OfkitError (every issue, with its path)
 * ```
 */
export function toLheoXml(offer: LheoOffer, options: LheoOptions = {}): string {
  const data = parseInput(LheoOfferSchema, offer);
  const pretty = options.pretty ?? true;
  const rncpCode = options.rncpCode ?? 'digits';
  return `<?xml version="1.0" encoding="UTF-8"?>${pretty ? '\n' : ''}${write(data, pretty, rncpCode)}`;
}
