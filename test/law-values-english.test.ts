/**
 * The value texts of the law catalogue are "French first, with English available and really English":
 * every dated value of every parameter of the merged catalogue of the four packages has a `textEn`
 * that is a non-empty English text, and the French `text` is byte for byte the recorded one
 * (test/data/law-catalogue-french-texts.json, first written from the catalogue before `textEn` existed;
 * a French wording changed on purpose is recorded again in the same commit, which says why).
 * Generic: a parameter added to a rule set is covered without touching this file.
 * test/law-wordings.test.ts checks that no value is left without a real wording in either language.
 *
 * test/law-english.test.ts does the same for the labels and notes (`labelEn`, `noteEn`); the value
 * texts are short phrases built from figures, so they get their own, stricter list of markers below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreLawCatalogue, mergeLawCatalogues } from '@ofkit/core';
import { lawValueText } from '@ofkit/core/internal';
import { cpfLawCatalogue } from '@ofkit/cpf';
import { docsGenLawCatalogue } from '@ofkit/docs-gen';
import { rnqLawCatalogue } from '@ofkit/rnq';
import { describe, expect, it } from 'vitest';

const catalogue = mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);
const values = catalogue.entries.flatMap((e) => e.values.map((v) => ({ id: e.id, ...v })));

/**
 * What marks French in a short value text. Each is matched case-insensitively, as a whole word
 * (letters, digits, apostrophes and hyphens around it do not count, so "non-conformity" and
 * "holder’s" are not French):
 * - French function words that English never uses: le, la, les, de, du, des, au, aux, à, et, ou,
 *   en, un, une, par, pour, sur, sous, entre, avant, après, dans, avec, sans, pas, selon, partir,
 *   suivant(e), and the words « oui », « non », « aucun(e) »;
 * - French words of durations and of the shipped French wordings: mois, ans (and « N an »), jour(s),
 *   heure(s), ouvré(s), franc, année, exercice, règle, détaillée, références, plafond(s),
 *   plafonné(s), droits, titulaire, seuil, prix, organisme, financeur, permis, formulaire, produits,
 *   factures, avoirs, personnes, spécialités, classées, entreprises, remboursement, réalisation,
 *   rédaction, réservé, ouvert, lu(e), inscrits, mobilisés, crédités;
 * - French elision: d’, l’, qu’, n’, s’ before a letter (« d’emploi », « l’année »);
 * - French typography: « », a space before ; : ? !, « € » anywhere (English writes EUR 103.20),
 *   a narrow no-break space (French thousands), a decimal comma (« 1,5 », « 103,20 »), « 25 % »,
 *   a French numeric date (« 01/04/2024 », which an English reader takes for 4 January), a French
 *   ordinal (« 14e »).
 * Deliberately not markers: « arrêté », « décret », « Cerfa », « CGI », « ETI », « PME »: names of
 * French legal texts and acronyms that the project's English keeps (see test/law-english.test.ts).
 */
const FRENCH_MARKERS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'French word',
    /(?<![\p{L}\p{N}'’-])(?:le|la|les|de|du|des|au|aux|à|et|ou|en|un|une|par|pour|sur|sous|entre|avant|après|dans|avec|sans|pas|selon|partir|suivante?|oui|non|aucune?|mois|ans|jours?|heures?|ouvrés?|franc|années?|exercice|règles?|détaillée|références|plafonds?|plafonnée?s?|droits|titulaire|seuil|prix|organisme|financeurs?|permis|formulaire|produits|factures|avoirs|personnes|spécialités|classées|entreprises|remboursement|réalisation|rédaction|réservée?s?|ouverte?s?|lue?|inscrits|mobilisés|crédités)(?![\p{L}\p{N}'’-])/iu,
  ],
  ['« N an »', /\d an(?![\p{L}])/u],
  ['French elision', /(?<![\p{L}])(?:d|l|qu|n|s)['’](?=\p{L})/iu],
  ['guillemets', /[«»]/u],
  ['space before ; : ? !', /\s[;:?!]/u],
  ['euro sign', /€/u],
  ['narrow no-break space', /\u202f/u],
  ['decimal comma', /\d,\d{1,2}(?!\d)/u],
  ['« 25 % »', /\d\s%/u],
  ['French numeric date', /\b\d{2}\/\d{2}\/\d{4}\b/u],
  ['French ordinal', /\b\d+e\b/u],
];

/**
 * French kept in an English value text on purpose, each with its reason. Removed before looking for
 * markers, for the parameters named (`*` for any).
 */
const JUSTIFIED_FRENCH: ReadonlyArray<{ readonly ids: '*' | readonly string[]; readonly re: RegExp; readonly why: string }> = [
  {
    ids: ['cpf.caps.acquired-rights'],
    re: /Répertoire spécifique/g,
    why: 'the name of the French register of certifications, kept as the project’s English does (financing/wording.ts: « Répertoire spécifique (RS) »)',
  },
  { ids: ['cpf.caps.acquired-rights'], re: /CléA/g, why: 'the name of a certification' },
  { ids: ['bpf.c.lineByFunder'], re: /\bline 2e\b/g, why: 'line 2e of frame C of the Cerfa (a line code printed on the form, not a French ordinal)' },
  {
    ids: ['docs.vatMentions'],
    re: /"[^"]*"/g,
    why: 'the VAT mentions themselves, quoted: an invoice of a French training organisation prints them in French, word for word; the English text says what each means after it',
  },
];

/** The French markers found in an English value text of parameter `id`, or none. */
function frenchIn(text: string, id = ''): string[] {
  let t = text;
  for (const j of JUSTIFIED_FRENCH) if (j.ids === '*' || j.ids.includes(id)) t = t.replace(j.re, ' ');
  return FRENCH_MARKERS.flatMap(([name, re]) => {
    const m = re.exec(t);
    return m ? [`${name} "${m[0]}"`] : [];
  });
}

describe('English value texts of the law catalogue (textEn)', () => {
  it('the walk covers every package and many values (not vacuous)', () => {
    expect(new Set(catalogue.entries.map((e) => e.package))).toEqual(new Set(['@ofkit/core', '@ofkit/cpf', '@ofkit/rnq', '@ofkit/docs-gen']));
    expect(catalogue.entries.length).toBeGreaterThan(80);
    expect(values.length).toBeGreaterThan(100);
  });

  it('every value has a non-empty textEn without French, and different from its French text when that is French', () => {
    const problems: string[] = [];
    for (const v of values) {
      const at = `${v.id} (from ${v.from})`;
      if (typeof v.textEn !== 'string' || v.textEn.trim() === '') {
        problems.push(`${at}: no textEn`);
        continue;
      }
      for (const f of frenchIn(v.textEn, v.id)) problems.push(`${at}: textEn has French (${f}): ${v.textEn}`);
      if (frenchIn(v.text).length > 0 && v.textEn === v.text) problems.push(`${at}: textEn is the French text: ${v.text}`);
    }
    expect(problems).toEqual([]);
  });

  it('every shipped package gives an English wording for each French one, and no other', () => {
    for (const s of catalogue.sources) {
      expect(Object.keys(s.describeEn ?? {}).sort(), `${s.package} ${s.ruleSet}`).toEqual(Object.keys(s.describe ?? {}).sort());
    }
    expect(catalogue.sources.filter((s) => s.describe !== undefined).length).toBeGreaterThanOrEqual(8);
  });

  it('lawValueText in English gives each value’s textEn, in French (the default) its text', () => {
    for (const v of values) {
      expect(lawValueText(catalogue, v.id, v.value, 'en'), v.id).toBe(v.textEn);
      expect(lawValueText(catalogue, v.id, v.value), v.id).toBe(v.text);
    }
  });

  it('the English of figures, durations, dates and the package wordings, as the project writes English', () => {
    const en = (id: string, from?: string) => {
      const e = catalogue.entries.find((x) => x.id === id)!;
      return (from === undefined ? e.values[0] : e.values.find((v) => v.from === from))!.textEn;
    };
    expect(en('cpf.participation.amount', '2025-01-01')).toBe('EUR 102.23');
    expect(en('rnq.cpf.microEntrepreneurRevenueCap')).toBe('EUR 77,700.00');
    expect(en('rnq.nc.minor.implementationMonths')).toBe('6 months');
    expect(en('rnq.nc.major.verificationMonths')).toBe('1 month');
    expect(en('rnq.certificate.validityYears')).toBe('3 years');
    expect(en('cpf.platform.earliest-start')).toBe('11 working days');
    expect(en('docs.contrat.maxAdvanceShare')).toBe('30%');
    expect(en('bpf.g.countedInF')).toBe('no');
    expect(en('rnq.cpf.subcontractingRulesFrom')).toBe('1 April 2024');
    expect(en('rnq.2026.ind19.trainersThreshold')).toBe('threshold to be set by an arrêté');
    expect(en('cpf.dotation.refund')).toBe('refund of the unused part possible from 1 December 2026, if the funder set an end-of-validity date');
    expect(en('rnq.audit.surveillanceWindow')).toBe('between the 14th and the 22nd month after certification');
    expect(en('docs.ri.electionWindowHours')).toBe('between the 20th and the 40th hour of the first group session');
    expect(en('calendar.holidays.metropole')).toMatch(/^New Year's Day, Easter Monday, Labour Day, .*, Christmas Day$/);
    expect(en('cpf.accrual.standard')).toBe('EUR 500.00 per year, ceiling EUR 5,000.00');
    expect(en('bpf.c.lineByFunder')).toMatch(/^Employer → line 1, OPCO \(apprenticeship\) → line 2a, .*, Other → line 11$/);
    expect(en('cpf.order.level3')).toBe('1) top-ups (employer, OPCO, State, Region, France Travail, Agefiph, other funder); 2) top-ups (holder)');
    expect(en('docs.cpf-plan.mentions')).toBe('none');
  });
});

describe('French value texts change only on purpose', () => {
  const before = JSON.parse(readFileSync(join(import.meta.dirname, 'data', 'law-catalogue-french-texts.json'), 'utf8')) as Record<string, Record<string, string>>;

  it('byte for byte the recorded texts (test/data/law-catalogue-french-texts.json)', () => {
    const now = Object.fromEntries(catalogue.entries.map((e) => [e.id, Object.fromEntries(e.values.map((v) => [v.from, v.text]))]));
    // A parameter or value added since is not in the file: only those present are compared, and none may vanish.
    const compared = Object.fromEntries(Object.entries(now).filter(([id]) => id in before).map(([id, byFrom]) => [id, Object.fromEntries(Object.entries(byFrom).filter(([from]) => from in before[id]!))]));
    expect(compared).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(80);
  });

  it('every French text that differs from its English is found French by the markers (the list is not too lax)', () => {
    const missed = values.filter((v) => v.text !== v.textEn && frenchIn(v.text).length === 0).map((v) => `${v.id}: ${v.text}`);
    expect(missed).toEqual([]);
    expect(values.filter((v) => frenchIn(v.text).length > 0).length).toBeGreaterThan(80);
  });
});

describe('the check itself', () => {
  it('finds French words, elision, typography, amounts, dates and ordinals', () => {
    for (const t of ['6 mois', 'oui', 'non', 'règle détaillée (voir les références)', '11 jours ouvrés', '500 heures', 'à partir du 1er', 'avant le 30 avril',
      '103,20 €', '77\u202f700,00 €', '30 %', '01/04/2024', 'entre le 14e et le 22e mois', 'droits acquis plafonnés', 'permis du groupe léger', "demandeurs d'emploi", '3 an', '« TVA »', 'a : b']) {
      expect(frenchIn(t), t).not.toEqual([]);
    }
  });

  it('accepts the project’s English', () => {
    for (const t of ['EUR 1,500.00', 'EUR 102.23', '6 months', '1 April 2024', 'an annual days-based arrangement of at most 218 days', 'the holder’s acquired rights are used first',
      "New Year's Day, All Saints' Day", 'non-conformity', '4, 5, 6, 7', 'threshold to be set by an arrêté', '2026 national quality framework (RNQ, décret 2026-728)', 'Cerfa form no. 10443*17', '12.5%']) {
      expect(frenchIn(t), t).toEqual([]);
    }
  });

  it('a justified exception applies only to its parameter', () => {
    const vat = 'printed in French: "TVA non applicable, art. 293 B du CGI" (VAT not applicable, art. 293 B of the CGI)';
    expect(frenchIn(vat, 'docs.vatMentions')).toEqual([]);
    expect(frenchIn(vat, 'docs.other')).not.toEqual([]);
  });
});
