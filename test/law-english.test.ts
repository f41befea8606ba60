/**
 * Every parameter ofkit ships is "French first, with English available and really English": each
 * has a `labelEn`, each dated value with a `note` has a `noteEn`, and those English texts are not
 * French. The walk is generic, as in legifrance-ids.test.ts: every exported object shaped like a
 * parameter or a rule set of the four packages, and every parameter of their law catalogues, so a new
 * rule set is covered without touching this file.
 *
 * The law-parameter warnings (PROVISIONAL_VALUE, DISPUTED_VALUE, OVERRIDDEN_VALUE) of the shipped
 * law are written from these texts; the last tests check them end to end on real results.
 */
import * as core from '@ofkit/core';
import { coreLawCatalogue, mergeLawCatalogues, overrideRules, valueAt, warningFor, type Parameter, type Warning } from '@ofkit/core';
import * as cpf from '@ofkit/cpf';
import { cpfLawCatalogue, planCpfFinancing } from '@ofkit/cpf';
import * as docsGen from '@ofkit/docs-gen';
import { docsGenLawCatalogue } from '@ofkit/docs-gen';
import * as rnq from '@ofkit/rnq';
import { rnqLawCatalogue } from '@ofkit/rnq';
import { describe, expect, it } from 'vitest';

type Param = Parameter<unknown>;

const isParam = (v: unknown): v is Param =>
  typeof v === 'object' && v !== null && typeof (v as Param).id === 'string' && typeof (v as Param).label === 'string' &&
  Array.isArray((v as Param).values) && (v as Param).values.every((x) => typeof x === 'object' && x !== null && typeof x.from === 'string' && Array.isArray(x.references));
const isRuleSet = (v: unknown): v is Record<string, Param> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 && Object.values(v).every(isParam);

const PACKAGES = { '@ofkit/core': core, '@ofkit/cpf': cpf, '@ofkit/rnq': rnq, '@ofkit/docs-gen': docsGen } as Record<string, Record<string, unknown>>;

/** Every parameter exported by a package, directly or inside an exported rule set, by id. */
function exportedParameters(): Map<string, { where: string; param: Param }> {
  const out = new Map<string, { where: string; param: Param }>();
  for (const [pkg, mod] of Object.entries(PACKAGES)) {
    for (const [name, v] of Object.entries(mod)) {
      if (isParam(v)) out.set(v.id, { where: `${pkg} ${name}`, param: v });
      else if (isRuleSet(v)) for (const [k, p] of Object.entries(v)) out.set(p.id, { where: `${pkg} ${name}.${k}`, param: p });
    }
  }
  return out;
}

const catalogue = mergeLawCatalogues([coreLawCatalogue(), cpfLawCatalogue(), rnqLawCatalogue(), docsGenLawCatalogue()]);

/** Every parameter of the law catalogues (the rule sets themselves, not the catalogue's copy), by id. */
function catalogueParameters(): Map<string, { where: string; param: Param }> {
  const out = new Map<string, { where: string; param: Param }>();
  for (const s of catalogue.sources) for (const [k, p] of Object.entries(s.rules)) out.set(p.id, { where: `${s.package} ${s.ruleSet}.${k}`, param: p });
  return out;
}

const exported = exportedParameters();
const catalogued = catalogueParameters();
const all = new Map([...catalogued, ...exported]);

/**
 * French names kept in the English texts on purpose, as the project's English does
 * (financing/wording.ts: « Répertoire spécifique (RS) », « arrêté of 30 July 2020 »): names of texts,
 * institutions, platforms, documents and legal terms with no English equivalent, each explained
 * where it is used. They are removed before looking for French words, so that « Code de la
 * consommation » or « loi de finances pour 2026 » does not count as French prose.
 */
const KEPT_FRENCH_NAMES: readonly RegExp[] = [
  /loi de finances pour 2026/g,
  /loi n° [\d-]+/g,
  /Code (?:du travail|de la consommation)(?: applicable à Mayotte)?/gi,
  /Caisse des dépôts/g,
  /La Réunion/g,
  /Mon (?:Compte|Activité) Formation/g,
  /journée de solidarité/g,
  /jours? (?:ouvrables|ouvrés|francs?)/g,
  /participation forfaitaire/g,
  /obligation d'emploi/g,
  /compte d’engagement citoyen/g,
  /référentiel national qualité/g,
  /référent pédagogique/g,
  /bilan (?:de compétences|pédagogique et financier)/g,
  /(?:convention|attestation de fin|contrat) de formation/g,
  /certificat de réalisation/g,
  /règlement intérieur/g,
  /feuille d'émargement/g,
  /conditions particulières/g,
  /proposition de commande/g,
  // Latin, usual in English legal writing.
  /\bet seq\./g,
];

/**
 * Words that mark French prose, justified by what they are: French function words and verbs that
 * English never uses (le, la, les, de, du, des, en, à, une, est, et, pour, dans, avec, sans, sur,
 * pas, non, qui, que, au, aux, ou, sont, été, selon, seulement, depuis, avant, après, jusqu'…,
 * d'un…, l'…) and the content
 * words of the shipped French notes and labels whose English differs (montant, titulaire,
 * abondement, financeur, droits, délai, plafond, valeur, règle, texte, lu/lue, appliqué, éligible,
 * cadre, ligne, stagiaire, salarié, organisme, mois, jours, heures, ans, année). A legal name that contains one of
 * them is in KEPT_FRENCH_NAMES. Matched as whole words, case-insensitively.
 */
const FRENCH_WORDS =
  /(?<![\p{L}\p{N}'’-])(?:le|la|les|de|du|des|en|à|une|est|et|pour|dans|avec|sans|sur|pas|non|qui|que|au|aux|ou|sont|été|selon|seulement|depuis|avant|après|entre|montant|titulaire|abondements?|financeurs?|droits|délai|plafonds?|valeurs?|règles?|texte|lue?s?|appliquée?s?|éligibles?|cadres?|lignes?|stagiaires?|salariés?|organismes?|mois|jours|heures|ans|années?)(?![\p{L}\p{N}'’-])|(?<![\p{L}])(?:jusqu|d|l|qu|n)['’](?=\p{L})/iu;

/** French typography: guillemets, a space before ; : ? !, or a French amount (« 103,20 € », « 40 € »). */
const FRENCH_TYPOGRAPHY = /[«»]|\s[;:?!]|\d,\d{2}\s?€|\d\s€/u;

/** What is French in an English text, or nothing. */
function frenchIn(text: string): string[] {
  let t = text;
  for (const name of KEPT_FRENCH_NAMES) t = t.replace(name, ' ');
  const out: string[] = [];
  const w = FRENCH_WORDS.exec(t);
  if (w) out.push(`word "${w[0]}"`);
  const ty = FRENCH_TYPOGRAPHY.exec(t);
  if (ty) out.push(`typography "${ty[0]}"`);
  return out;
}

/** Every problem with the English of one parameter. */
function problemsOf(where: string, p: Param): string[] {
  const out: string[] = [];
  const at = `${where} (${p.id})`;
  if (typeof p.labelEn !== 'string' || p.labelEn.trim() === '') out.push(`${at}: no labelEn`);
  else {
    if (p.labelEn === p.label) out.push(`${at}: labelEn is the French label`);
    for (const f of frenchIn(p.labelEn)) out.push(`${at}: labelEn has French (${f}): ${p.labelEn}`);
  }
  p.values.forEach((v, i) => {
    if (v.note === undefined) {
      if (v.noteEn !== undefined) out.push(`${at} values[${i}]: noteEn without note`);
      return;
    }
    if (typeof v.noteEn !== 'string' || v.noteEn.trim() === '') out.push(`${at} values[${i}] (from ${v.from}): note without noteEn`);
    else {
      if (v.noteEn === v.note) out.push(`${at} values[${i}]: noteEn is the French note`);
      for (const f of frenchIn(v.noteEn)) out.push(`${at} values[${i}]: noteEn has French (${f}): ${v.noteEn}`);
    }
  });
  return out;
}

describe('English of every shipped parameter (labelEn, noteEn)', () => {
  it('the walk finds the rule sets of each package and of each catalogue (not vacuous)', () => {
    const byPackage = (m: Map<string, { where: string }>) => new Set([...m.values()].map((x) => x.where.split(' ')[0]));
    expect(byPackage(exported)).toEqual(new Set(Object.keys(PACKAGES)));
    expect(byPackage(catalogued)).toEqual(new Set(Object.keys(PACKAGES)));
    expect(all.size).toBeGreaterThanOrEqual(86);
    expect([...all.values()].filter(({ param }) => param.values.some((v) => v.note !== undefined)).length).toBeGreaterThan(40);
  });

  it('every exported parameter is in a law catalogue (so the catalogue shows its English too)', () => {
    expect([...exported.keys()].filter((id) => !catalogued.has(id))).toEqual([]);
  });

  it('every parameter has a labelEn, every value with a note a noteEn, and neither is French', () => {
    const problems = [...all.values()].flatMap(({ where, param }) => problemsOf(where, param));
    expect(problems).toEqual([]);
  });

  it('the catalogue entries and lawChanges carry them', () => {
    expect(catalogue.entries.filter((e) => !e.labelEn).map((e) => e.id)).toEqual([]);
    expect(catalogue.entries.flatMap((e) => e.values.filter((v) => v.note !== undefined && !v.noteEn).map((v) => `${e.id} ${v.from}`))).toEqual([]);
    const changes = core.lawChanges(core.lawRuleSets(catalogue), '2017-01-01', '2028-12-31');
    expect(changes.length).toBeGreaterThan(10);
    expect(changes.filter((c) => !c.labelEn || (c.note !== undefined && !c.noteEn)).map((c) => `${c.date} ${c.parameter}`)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds French prose, guillemets, French spacing and French amounts', () => {
    expect(frenchIn('Montant de l’arrêté rapporté par des sources secondaires')).not.toEqual([]);
    expect(frenchIn('Avant le décret 2024-394, pas de participation.')).not.toEqual([]);
    expect(frenchIn('Version of L. 6323-6 (actions éligibles) appliquée')).not.toEqual([]);
    expect(frenchIn('The "x" columns of the annex « en place ».')).not.toEqual([]);
    expect(frenchIn('Rule : applied')).not.toEqual([]);
    expect(frenchIn('EUR 103.20 is kept, not 103,20 €.')).not.toEqual([]);
    expect(frenchIn("Délai d'établissement")).not.toEqual([]);
  });

  it('finds the French of every shipped label and note (the list is not too lax)', () => {
    const texts = [...all.values()].flatMap(({ param }) => [param.label, ...param.values.flatMap((v) => (v.note === undefined ? [] : [v.note]))]);
    const missed = texts.filter((t) => frenchIn(t).length === 0);
    expect(texts.length).toBeGreaterThan(130);
    expect(missed).toEqual([]);
  });

  it('accepts English that keeps French legal names', () => {
    expect(frenchIn('Amount of the arrêté of 26 December 2024; the arrêté itself was not read.')).toEqual([]);
    expect(frenchIn('Application of the Code de la consommation (consumer code): jours ouvrables (working days Monday–Saturday).')).toEqual([]);
    expect(frenchIn('Before the 2026 Finance Act (loi de finances pour 2026), décret n° 83-1003, L. 6323-4 II 2°.')).toEqual([]);
    expect(frenchIn("Holder's flat-rate contribution (participation forfaitaire); ofkit's choice.")).toEqual([]);
  });
});

/** Words of the shipped French texts that must not reach an English warning. */
const FRENCH_IN_WARNING = /«|»| : |valeur|provisoire|discuté|surcharge|n'a pas été|sources secondaires|titulaire|abondement/u;

describe('law-parameter warnings of the shipped law are English in messageEn', () => {
  const lawWarnings = (ws: readonly Warning[]) => ws.filter((w) => ['PROVISIONAL_VALUE', 'DISPUTED_VALUE', 'OVERRIDDEN_VALUE'].includes(w.code));

  it('warningFor on every non-confirmed value of every shipped parameter', () => {
    const bad: string[] = [];
    let n = 0;
    for (const { param } of all.values()) {
      for (const v of param.values) {
        const w = warningFor(valueAt(param, v.from));
        if (!w) continue;
        n++;
        if (FRENCH_IN_WARNING.test(w.messageEn) || !w.messageEn.includes(`"${param.labelEn}"`)) bad.push(`${param.id} ${v.from}: ${w.messageEn}`);
        if (!w.message.includes(`« ${param.label} »`)) bad.push(`${param.id} ${v.from}: French message lost its label`);
      }
    }
    expect(n).toBeGreaterThan(30);
    expect(bad).toEqual([]);
  });

  it('an override of a shipped parameter: OVERRIDDEN_VALUE names it in English', () => {
    const rules = overrideRules(cpf.cpfFinancingRules, { participationAmount: [{ from: '2026-04-02', value: '150.00', status: 'confirmed', references: [] }] });
    const w = warningFor(valueAt(rules.participationAmount, '2026-06-01'))!;
    expect(w.code).toBe('OVERRIDDEN_VALUE');
    expect(w.messageEn).toBe(`"${cpf.cpfFinancingRules.participationAmount.labelEn}": value supplied by the caller (override), not the one shipped with ofkit.`);
  });

  it('planCpfFinancing in late 2026: its law warnings are English, their French unchanged', () => {
    const plan = planCpfFinancing({
      purchaseDate: '2026-09-01',
      price: '1400.00',
      action: { type: 'rncp', code: 'RNCP37274' },
      holder: { status: 'employee' },
      acquiredRights: '800.00',
      credits: [{ id: 'dotation-employeur', basis: 'L6323-4-III', funder: 'employer', amount: '300.00' }],
      topUps: [{ id: 'opco', basis: 'L6323-4-II', funder: 'opco', amount: '1000.00' }],
    });
    const law = lawWarnings(plan.warnings);
    expect(law.map((w) => w.parameter).sort()).toEqual(expect.arrayContaining(['cpf.eligibility.l6323-6-version', 'cpf.financing.l6323-4-version', 'cpf.participation.amount']));
    for (const w of law) {
      expect(w.messageEn, w.parameter).not.toMatch(FRENCH_IN_WARNING);
      expect(w.message, w.parameter).toMatch(/^« .+ » : /u);
    }
  });
});
