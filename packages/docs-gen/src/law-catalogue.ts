/**
 * The law catalogue of `@ofkit/docs-gen`: every parameter of `documentRules` and `bpfRules`, for the
 * law explorer and the regulatory-watch digest. Convention shared by every package:
 * `<package>LawCatalogue()` (see `lawCatalogue` in `@ofkit/core`). Entries are read from the rule
 * sets, so a parameter added to one of them appears without an edit here.
 * Facts: ../shared/domain/documents.md, ../shared/domain/corrections-2026-12.md §2–3.
 *
 * @module
 */
import { lawCatalogue, type LawCatalogue } from '@ofkit/core';
import { frDate } from './typography/index.js';
import { formatLawValue } from '@ofkit/core/internal';
import { BPF_TRAINEE_TYPES, bpfRules } from './bpf/layout.js';
import { FUNDER_LABEL } from './bpf/from-domain.js';
import type { FunderType } from '@ofkit/core';
import type { MentionRule } from './documents/mentions.js';
import { documentRules } from './documents/rules.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const SIZES: Readonly<Record<string, string>> = { large: 'grandes entreprises', eti: 'ETI', pme: 'PME', micro: 'micro-entreprises' };
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SIZES_EN: Readonly<Record<string, string>> = { large: 'large companies', eti: 'mid-sized companies (ETI)', pme: 'small and medium-sized companies (PME)', micro: 'micro-enterprises' };
/** What each VAT mention says, in English (the mention itself is printed in French on the invoice). */
const VAT_MENTIONS_EN: Readonly<Record<string, string>> = {
  'exempt-261-4-4a': 'VAT exemption, art. 261-4-4° a of the CGI',
  'franchise-293B': 'VAT not applicable, art. 293 B of the CGI',
};
/**
 * Human names of the funder types (the codes of `cLineByFunder`): French as `bpfInputFromDomain`
 * names a payer without a name (its `FUNDER_LABEL`, read here), English after the labels of the
 * lines of frame C (the Caisse des dépôts is the CDC, as in the project's English).
 */
const FUNDER_EN: Readonly<Record<FunderType, string>> = {
  employer: 'Employer',
  'opco-apprentissage': 'OPCO (apprenticeship)',
  'opco-professionnalisation': 'OPCO (professionalisation)',
  'opco-pro-a': 'OPCO (Pro-A)',
  'transitions-pro': 'Transitions Pro',
  'cpf-cdc': 'CDC (CPF)',
  'fund-jobseekers': 'Scheme for jobseekers',
  'faf-non-salaries': 'Fund of the self-employed (FAF)',
  'opco-plan': 'OPCO (skills development plan)',
  'public-employer': 'Public employer',
  europe: 'European bodies',
  state: 'State',
  region: 'Regional council',
  'france-travail': 'France Travail',
  'other-public': 'Other public resource',
  individual: 'Individual',
  'other-of': 'Other training organisation',
  other: 'Other',
};
const FUNDERS: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries((Object.keys(FUNDER_EN) as FunderType[]).map((k) => [k, [FUNDER_LABEL[k], FUNDER_EN[k]]]));
/** Human names of the learner types of the core domain (the codes of `traineeTypeByLearnerType`). */
const LEARNERS: Readonly<Record<string, readonly [string, string]>> = {
  'private-employee': ['Salarié d’un employeur privé', 'Employee of a private employer'],
  apprentice: ['Apprenti', 'Apprentice'],
  jobseeker: ['Demandeur d’emploi', 'Jobseeker'],
  individual: ['Particulier à ses frais', 'Individual paying for themselves'],
  other: ['Autre', 'Other'],
};
type Lang = 0 | 1;
const nameOf = (table: Readonly<Record<string, readonly [string, string]>>, code: string, l: Lang): string => table[code]?.[l] ?? code;
/** `A → ligne 1, B → ligne 2a`: a mapping of codes to lines, in words. */
const linesText = (v: Readonly<Record<string, string>>, names: (code: string) => string, l: Lang): string =>
  Object.keys(v).length === 0 ? (l === 0 ? 'aucune correspondance' : 'no mapping') : Object.entries(v).map(([k, line]) => `${names(k)} → ${l === 0 ? 'ligne' : 'line'} ${line}`).join(', ');
/** The F-1 line (a to e) of a BPF trainee type: the order of `BPF_TRAINEE_TYPES`, the order of the lines of F-1. */
const f1Line = (t: string): string => {
  const i = (BPF_TRAINEE_TYPES as readonly string[]).indexOf(t);
  return i >= 0 ? `F-1 ${'abcde'[i]}` : t;
};

/** A mention list longer than this is summarised: its count, its first mentions, how many more. */
const MENTIONS_SHOWN = 8;
/** A mention label as a list item: lower-case first letter (unless an acronym), `{name}` placeholders shown as « … ». */
const mentionItem = (label: string): string => {
  const t = label.replace(/\{\w+\}/g, '…');
  return /^\p{Lu}\p{Ll}/u.test(t) ? t[0]!.toLocaleLowerCase('fr') + t.slice(1) : t;
};
/** The mandatory mentions of a document, by their names (with the dates of those that are dated). */
function mentionsText(v: readonly MentionRule[], l: Lang): string {
  if (v.length === 0) return l === 0 ? 'aucune' : 'none';
  const items = v.slice(0, v.length > MENTIONS_SHOWN + 1 ? MENTIONS_SHOWN : v.length).map((m) => {
    const dates = [
      ...(m.from ? [l === 0 ? `à partir du ${frDate(m.from)}` : `from ${formatLawValue(m.from, 'date', 'en')}`] : []),
      ...(m.to ? [l === 0 ? `jusqu’au ${frDate(m.to)}` : `until ${formatLawValue(m.to, 'date', 'en')}`] : []),
    ];
    return `${mentionItem(l === 0 ? m.label : m.labelEn)}${dates.length > 0 ? ` (${dates.join(l === 0 ? ', ' : ', ')})` : ''}`;
  });
  const sep = l === 0 ? ' ; ' : '; ';
  if (items.length === v.length) return `${v.length} ${v.length > 1 ? 'mentions' : 'mention'}${l === 0 ? ' : ' : ': '}${items.join(sep)}`;
  const more = v.length - items.length;
  return l === 0
    ? `${v.length} mentions, dont les ${items.length} premières : ${items.join(sep)} ; et ${more} autres`
    : `${v.length} mentions, the first ${items.length} of which: ${items.join(sep)}; and ${more} more`;
}
const mentionKeys = Object.keys(documentRules).filter((k) => k.endsWith('.mentions'));

const ordinal = (n: number): string => {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
};

/**
 * Every parameter of `@ofkit/docs-gen` (`documentRules`, `bpfRules`) with its dated values (and their
 * plain-French and plain-English wording, `text` and `textEn`), statuses, references, the functions that read it and the options that decide
 * its open readings.
 *
 * @example
 * ```ts
 * import { docsGenLawCatalogue } from '@ofkit/docs-gen';
 * const cat = docsGenLawCatalogue();
 * cat.entries.find((e) => e.id === 'bpf.filingDeadline')?.values[0]?.text; // 'avant le 30 avril de l’année suivant l’exercice'
 * cat.entries.find((e) => e.id === 'bpf.filingDeadline')?.values[0]?.textEn; // 'before 30 April of the year after the financial year'
 * cat.entries.find((e) => e.id === 'docs.contrat.withdrawalDays')?.readers.includes('createDocument'); // true
 * ```
 */
export function docsGenLawCatalogue(): LawCatalogue {
  return lawCatalogue([
    {
      package: '@ofkit/docs-gen',
      ruleSet: 'documentRules',
      rules: documentRules,
      theme: 'documents',
      readers: ['createDocument', 'checkMentions'],
      describe: {
        einvoicingMentionsFrom: (v: Readonly<Record<string, string>>) =>
          Object.entries(v).map(([k, d]) => `${SIZES[k] ?? k} : à partir du ${frDate(d)}`).join(' ; '),
        vatMentions: (v: Readonly<Record<string, string>>) => Object.values(v).map((t) => `« ${t} »`).join(' ; '),
        sanctionTiming: (v: { minClearDays: number; maxDays: number }) => `au moins ${v.minClearDays} jour franc et au plus ${v.maxDays} jours après l’entretien`,
        electionWindowHours: (v: { notBefore: number; notAfter: number }) => `entre la ${v.notBefore}e et la ${v.notAfter}e heure de la première session collective`,
        ...Object.fromEntries(mentionKeys.map((k) => [k, (v: readonly MentionRule[]) => mentionsText(v, 0)])),
      },
      describeEn: {
        einvoicingMentionsFrom: (v: Readonly<Record<string, string>>) =>
          Object.entries(v).map(([k, d]) => `${SIZES_EN[k] ?? k}: from ${formatLawValue(d, 'date', 'en')}`).join('; '),
        // The mentions are printed verbatim in French on a French invoice: quoted as they are, then said in English.
        vatMentions: (v: Readonly<Record<string, string>>) =>
          `printed in French: ${Object.entries(v).map(([k, t]) => `"${t}"${VAT_MENTIONS_EN[k] ? ` (${VAT_MENTIONS_EN[k]})` : ''}`).join('; ')}`,
        sanctionTiming: (v: { minClearDays: number; maxDays: number }) =>
          `at least ${v.minClearDays} clear ${v.minClearDays === 1 ? 'day' : 'days'} and at most ${v.maxDays} ${v.maxDays === 1 ? 'day' : 'days'} after the interview`,
        electionWindowHours: (v: { notBefore: number; notAfter: number }) => `between the ${ordinal(v.notBefore)} and the ${ordinal(v.notAfter)} hour of the first group session`,
        ...Object.fromEntries(mentionKeys.map((k) => [k, (v: readonly MentionRule[]) => mentionsText(v, 1)])),
      },
    },
    {
      package: '@ofkit/docs-gen',
      ruleSet: 'bpfRules',
      rules: bpfRules,
      theme: 'documents',
      readers: ['computeBpf'],
      options: {
        subcontractedInCountedInF: [{ name: 'subcontractedInCountedInF', function: 'computeBpf', description: 'Lecture contraire pour les stagiaires confiés par un autre organisme (cadre G) : ne pas les compter aussi au cadre F.', descriptionEn: 'The other reading for trainees entrusted by another organisation (frame G): do not count them in frame F as well.' }],
        f4MainSpecialities: [{ name: 'f4RankBy', function: 'computeBpf', description: 'Critère de classement des spécialités principales du cadre F-4 : heures ou nombre de stagiaires.', descriptionEn: 'How the main specialities of frame F-4 are ranked: hours or number of trainees.' }],
      },
      describe: {
        layout: (v: { id: string }) => `formulaire ${v.id.replace(/^cerfa-/i, 'Cerfa n° ')}`,
        revenueBasis: (v: string) => (v === 'invoice-issue-date' ? 'produits retenus à la date d’émission des factures, avoirs l’année de leur émission' : v),
        traineeCounting: (v: string) => (v === 'distinct-persons-per-year' ? 'personnes distinctes par exercice, heures selon la date où elles sont suivies' : v),
        f4MainSpecialities: (v: { count: number; rankBy: string }) => `${v.count} spécialités principales, classées par ${v.rankBy === 'hours' ? 'nombre d’heures' : 'nombre de stagiaires'}`,
        filingDeadline: (v: { month: number; day: number }) => `avant le ${v.day} ${MONTHS[v.month - 1] ?? v.month} de l’année suivant l’exercice`,
        cLineByFunder: (v: Readonly<Record<string, string>>) => linesText(v, (k) => nameOf(FUNDERS, k, 0), 0),
        traineeTypeByLearnerType: (v: Readonly<Record<string, string>>) => linesText(Object.fromEntries(Object.entries(v).map(([k, t]) => [k, f1Line(t)])), (k) => nameOf(LEARNERS, k, 0), 0),
      },
      describeEn: {
        layout: (v: { id: string }) => (/^cerfa-/i.test(v.id) ? `Cerfa form no. ${v.id.replace(/^cerfa-/i, '')}` : `form ${v.id}`),
        revenueBasis: (v: string) => (v === 'invoice-issue-date' ? 'income counted at the issue date of the invoices, credit notes in the year they are issued' : v),
        traineeCounting: (v: string) => (v === 'distinct-persons-per-year' ? 'distinct persons per financial year, hours allocated by the date they are attended' : v),
        f4MainSpecialities: (v: { count: number; rankBy: string }) => `${v.count} main specialities, ranked by ${v.rankBy === 'hours' ? 'number of hours' : 'number of trainees'}`,
        filingDeadline: (v: { month: number; day: number }) => `before ${v.day} ${MONTHS_EN[v.month - 1] ?? v.month} of the year after the financial year`,
        cLineByFunder: (v: Readonly<Record<string, string>>) => linesText(v, (k) => nameOf(FUNDERS, k, 1), 1),
        traineeTypeByLearnerType: (v: Readonly<Record<string, string>>) => linesText(Object.fromEntries(Object.entries(v).map(([k, t]) => [k, f1Line(t)])), (k) => nameOf(LEARNERS, k, 1), 1),
      },
    },
  ]);
}
