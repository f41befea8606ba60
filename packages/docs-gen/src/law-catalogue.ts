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
import { bpfRules } from './bpf/layout.js';
import { documentRules } from './documents/rules.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const SIZES: Readonly<Record<string, string>> = { large: 'grandes entreprises', eti: 'ETI', pme: 'PME', micro: 'micro-entreprises' };

/**
 * Every parameter of `@ofkit/docs-gen` (`documentRules`, `bpfRules`) with its dated values (and their
 * plain-French wording), statuses, references, the functions that read it and the options that decide
 * its open readings.
 *
 * @example
 * ```ts
 * import { docsGenLawCatalogue } from '@ofkit/docs-gen';
 * const cat = docsGenLawCatalogue();
 * cat.entries.find((e) => e.id === 'bpf.filingDeadline')?.values[0]?.text; // 'avant le 30 avril de l’année suivant l’exercice'
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
      },
    },
  ]);
}
