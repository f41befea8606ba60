/**
 * The law catalogue of `@ofkit/cpf`: every parameter of its exported rule sets, for the law explorer
 * and the regulatory-watch digest. Convention shared by every package: `<package>LawCatalogue()`
 * (see `lawCatalogue` in `@ofkit/core`). The entries are read from the rule sets, so a parameter added
 * to one of them appears without an edit here; a new exported rule set is added to `sources()` below.
 * Facts: ../shared/domain/cpf.md, ../shared/domain/corrections-2026-12.md §4.
 *
 * @module
 */
import type { LawCatalogue, LawOption } from '@ofkit/core';
import { lawCatalogue } from '@ofkit/core/internal/base';
import { formatLawValue } from '@ofkit/core/internal';
import type { AccrualAmount, ReferenceDurations, SpendingOrder } from './accrual/amounts.js';
import { cpfAccrualRules } from './accrual/project.js';
import type { DotationRefundRule } from './dotation/refund.js';
import type { PartialCompletionBands } from './platform/cgu.js';
import { cpfDotationRules } from './dotation/status.js';
import type { AcquiredRightsCaps } from './financing/caps.js';
import type { LightLicenceRule } from './financing/eligibility-rules.js';
import type { MobilisationScheme, PriorityTiers } from './financing/order.js';
import type { ParticipationExemptions } from './financing/participation.js';
import { cpfFinancingRules } from './financing/rules.js';
import { BASIS_LABEL, FUNDER_LABEL, FUNDER_LABEL_EN, HOLDER_STATUS_LABEL } from './financing/wording.js';
import { cpfPlatformRules } from './platform/deadlines.js';

const plan = (name: string, description: string, descriptionEn: string): LawOption => ({ name, function: 'planCpfFinancing', description, descriptionEn });

const PARTICIPATION_OPTIONS: readonly LawOption[] = [
  plan('employerDotationExempts', "Une dotation de l'employeur (L. 6323-4 III) mobilisée exonère le titulaire de la participation (lecture de praticiens ; par défaut, seul l'abondement II 2° exonère).", 'An employer dotation (L. 6323-4 III) that is used exempts the holder from the participation (practitioners’ reading; by default only the II 2° top-up exempts).'),
  plan('opcoTopUpExempts', "Un abondement d'OPCO exonère le titulaire de la participation (par défaut, l'OPCO peut la payer mais n'en dispense pas).", 'An OPCO top-up exempts the holder from the participation (by default the OPCO may pay it but does not waive it).'),
  plan('unusedTopUpExempts', "Un abondement exonérant rattaché à l'achat exonère même s'il n'est pas mobilisé (par défaut, il doit être mobilisé).", 'An exempting top-up attached to the purchase exempts even when it is not used (by default it must be used).'),
  plan('publicServantExempt', 'Les agents publics ne paient pas la participation (pratique rapportée, sans texte identifié).', 'Public servants do not pay the participation (reported practice, no text identified).'),
];

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const money = (v: string | null): string => (v === null ? 'sans plafond' : formatLawValue(v, 'EUR')!);
const moneyEn = (v: string | null): string => (v === null ? 'no cap' : formatLawValue(v, 'EUR', 'en')!);
/** The version of L. 6323-6 a cited article or an applied text names (a Légifrance id marks the 2026 one). */
const LFI_2026 = 'L6323-6 (LEGIARTI000053549516)';

/**
 * Human names of the codes of the orders of priority and of the participation exemptions: the
 * tables `planCpfFinancing` writes its explanation with (./financing/wording.ts), so that the law
 * explorer and a plan name a funder, a basis or a status the same way.
 */
const FUNDERS: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(Object.keys(FUNDER_LABEL).map((k) => [k, [FUNDER_LABEL[k]!, FUNDER_LABEL_EN[k] ?? FUNDER_LABEL[k]!]]));
const BASES = BASIS_LABEL;
const HOLDER_STATUSES = HOLDER_STATUS_LABEL;
/** What the exempting top-ups of R. 6323 are, in words (the reasons of the plan name them so). */
const TOP_UP_WHAT: Readonly<Record<string, readonly [string, string]>> = {
  'L4163-8': ['C2P', 'C2P'],
  'CSS-L432-12': ['AT/MP', 'AT/MP'],
};
const lang = { fr: 0, en: 1 } as const;
type Lang = keyof typeof lang;
const nameOf = (table: Readonly<Record<string, readonly [string, string]>>, code: string, l: Lang): string => table[code]?.[lang[l]] ?? code;
/** `a, b et c` / `a, b or c`. */
const joinWords = (items: readonly string[], last: string): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`);

/** One tier of an order of priority: « ressources inscrites (L. 6323-13) », "top-ups (employer, OPCO…)". */
function tierText(tier: PriorityTiers[number], l: Lang): string {
  const or = l === 'fr' ? 'ou' : 'or';
  return tier
    .map((sel) => {
      const what = sel.kind === 'credit' ? (l === 'fr' ? 'ressources inscrites' : 'credits') : l === 'fr' ? 'abondements' : 'top-ups';
      const detail = [
        ...(sel.bases && sel.bases.length > 0 ? [joinWords(sel.bases.map((b) => nameOf(BASES, b, l)), or)] : []),
        ...(sel.funders && sel.funders.length > 0 ? [sel.funders.map((f) => nameOf(FUNDERS, f, l)).join(', ')] : []),
      ];
      if (detail.length > 0) return `${what} (${detail.join(l === 'fr' ? ' ; ' : '; ')})`;
      return l === 'fr' ? `autres ${what}` : `other ${what}`;
    })
    .join(` ${or} `);
}
/** An order of priority, tier by tier: « 1) …, 2) … », then what no tier matches. */
const orderText = (v: PriorityTiers, l: Lang): string =>
  v.length === 0
    ? l === 'fr'
      ? 'aucun ordre : ressources dans l’ordre de la demande'
      : 'no order: resources in the order of the request'
    : `${v.map((t, i) => `${i + 1}) ${tierText(t, l)}`).join(l === 'fr' ? ' ; ' : '; ')}`;

/** The participation exemptions: the exempt statuses, then the exempting top-ups. */
function exemptionsText(v: ParticipationExemptions, l: Lang): string {
  const statuses = v.holderStatuses.map((s) => nameOf(HOLDER_STATUSES, s, l));
  const topUps = v.topUps.map((t) => {
    const who = t.funders && t.funders.length > 0 ? t.funders.map((f) => nameOf(FUNDERS, f, l)).join(', ') : TOP_UP_WHAT[t.basis]?.[lang[l]];
    return who ? `${who} (${nameOf(BASES, t.basis, l)})` : nameOf(BASES, t.basis, l);
  });
  if (l === 'fr') {
    const parts = [
      ...(statuses.length > 0 ? [`${statuses.length > 1 ? 'statuts dispensés' : 'statut dispensé'} : ${statuses.join(', ')}`] : []),
      ...(topUps.length > 0 ? [`${topUps.length > 1 ? 'abondements exonérants' : 'abondement exonérant'} : ${topUps.join(', ')}`] : []),
    ];
    return parts.length > 0 ? parts.join(' ; ') : 'aucune exonération';
  }
  const parts = [
    ...(statuses.length > 0 ? [`exempt ${statuses.length > 1 ? 'statuses' : 'status'}: ${statuses.join(', ')}`] : []),
    ...(topUps.length > 0 ? [`exempting ${topUps.length > 1 ? 'top-ups' : 'top-up'}: ${topUps.join(', ')}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'no exemption';
}

/** The bases of L. 6323-15 (`outsideCeilingBases`), by article and what they are (../shared/domain/cpf.md §1.6). */
const OUTSIDE_CEILING: Readonly<Record<string, readonly [string, string]>> = {
  'L2254-2': ['licenciement après refus d’un accord de performance collective', 'dismissal after refusing a collective performance agreement'],
  'L5151-9': ['compte d’engagement citoyen, CEC', 'civic engagement account, CEC'],
  'L6323-13': ['abondement correctif', 'corrective top-up'],
  'L6323-14': ['accords collectifs', 'collective agreements'],
};
/** `L6323-13` → `L. 6323-13` (an article as a reader writes it). */
const article = (code: string): string => code.replace(/^([LRD])(\d)/, '$1. $2');
const outsideCeilingText = (v: readonly string[], l: Lang): string =>
  v.length === 0 ? (l === 'fr' ? 'aucune base' : 'no basis') : v.map((b) => `${article(b)}${OUTSIDE_CEILING[b] ? ` (${OUTSIDE_CEILING[b][lang[l]]})` : ''}`).join(', ');

/** Builds the sources every call (cheap: the rule sets are shared, frozen data). */
function sources() {
  return [
    {
      package: '@ofkit/cpf',
      ruleSet: 'cpfFinancingRules',
      rules: cpfFinancingRules,
      theme: 'cpf' as const,
      readers: ['planCpfFinancing'],
      options: {
        participationAmount: PARTICIPATION_OPTIONS,
        participationExemptions: PARTICIPATION_OPTIONS,
        acquiredRightsCaps: [plan('capAlsoLimitsAgreementCredits', "Les plafonds de D. 6323-1 A limitent aussi les droits crédités par accord (L. 6323-11 al. 4) ; par défaut, ils ne limitent que les droits acquis.", 'The D. 6323-1 A caps also limit agreement credits (L. 6323-11 para. 4); by default they limit acquired rights only.')],
        lightLicenceRule: [plan('licenceCofinancingMayBeDotation', "Une dotation d'un financeur de L. 6323-4 II 2° à 12° compte comme cofinancement du permis B ; par défaut, seuls les abondements comptent.", 'A dotation from a funder of L. 6323-4 II 2°–12° counts as co-financing of a light-group licence; by default only top-ups count.')],
      },
      describe: {
        mobilisationScheme: (v: MobilisationScheme) =>
          v === 'credits-first'
            ? 'les droits et dotations crédités par des tiers sont mobilisés avant les droits acquis du titulaire, puis les abondements'
            : 'les droits acquis du titulaire sont mobilisés en premier, puis les ressources complémentaires',
        acquiredRightsCaps: (v: AcquiredRightsCaps) =>
          v.rsExceptClea === null && v.bilan === null && v.lightDrivingLicence === null
            ? 'aucun plafond sur les droits acquis'
            : `droits acquis plafonnés à ${money(v.rsExceptClea)} (certifications du répertoire spécifique hors CléA), ${money(v.bilan)} (bilan de compétences), ${money(v.lightDrivingLicence)} (permis de conduire du groupe léger)`,
        lightLicenceRule: (v: LightLicenceRule) =>
          !v.jobseekerOrCofinancing
            ? 'permis du groupe léger ouvert à tout titulaire'
            : `permis du groupe léger réservé aux demandeurs d'emploi ou aux achats cofinancés${v.minCofinancing ? ` (au moins ${money(v.minCofinancing)})` : ''}${v.excludeValidLicenceHolders ? ', sauf pour un titulaire déjà détenteur d’un permis valide' : ''}`,
        eligibleActionsText: (v: string) => (v.startsWith('LEGIARTI') ? 'rédaction de L. 6323-6 issue de la loi de finances pour 2026' : 'rédaction de L. 6323-6 antérieure à la loi de finances pour 2026'),
        financingText: () => 'rédaction de L. 6323-4 en vigueur au 27 mars 2026',
        // The cited version, in words (a client document never shows a Légifrance id).
        eligibilityArticle: (v: string) =>
          v === LFI_2026 ? 'L. 6323-6 dans sa rédaction issue de la loi de finances pour 2026' : v === 'L6323-6' ? 'L. 6323-6 dans sa rédaction antérieure à la loi de finances pour 2026' : v,
        bilanFiveYearRule: (v: boolean) => (v ? 'un bilan de compétences financé par les droits acquis au plus une fois tous les cinq ans' : 'pas de délai entre deux bilans de compétences'),
        participationExemptions: (v: ParticipationExemptions) => exemptionsText(v, 'fr'),
        level1Order: (v: PriorityTiers) => orderText(v, 'fr'),
        level3Order: (v: PriorityTiers) => orderText(v, 'fr'),
        complementaryOrder2020: (v: PriorityTiers) => orderText(v, 'fr'),
      },
      describeEn: {
        mobilisationScheme: (v: MobilisationScheme) =>
          v === 'credits-first'
            ? 'rights and allocations credited to the account by third parties are used before the holder’s acquired rights, then the top-ups'
            : 'the holder’s acquired rights are used first, then the complementary resources',
        acquiredRightsCaps: (v: AcquiredRightsCaps) =>
          v.rsExceptClea === null && v.bilan === null && v.lightDrivingLicence === null
            ? 'no cap on acquired rights'
            : `acquired rights capped at ${moneyEn(v.rsExceptClea)} (certifications of the Répertoire spécifique other than CléA), ${moneyEn(v.bilan)} (skills assessment), ${moneyEn(v.lightDrivingLicence)} (light-vehicle group driving licence)`,
        lightLicenceRule: (v: LightLicenceRule) =>
          !v.jobseekerOrCofinancing
            ? 'light-vehicle group driving licence open to every holder'
            : `light-vehicle group driving licence reserved for jobseekers or co-financed purchases${v.minCofinancing ? ` (at least ${moneyEn(v.minCofinancing)})` : ''}${v.excludeValidLicenceHolders ? ', except for a holder who already has a valid licence' : ''}`,
        eligibleActionsText: (v: string) => (v.startsWith('LEGIARTI') ? 'wording of L. 6323-6 from the 2026 Finance Act' : 'wording of L. 6323-6 before the 2026 Finance Act'),
        financingText: () => 'wording of L. 6323-4 in force on 27 March 2026',
        eligibilityArticle: (v: string) =>
          v === LFI_2026 ? 'L. 6323-6 as worded by the 2026 Finance Act' : v === 'L6323-6' ? 'L. 6323-6 as worded before the 2026 Finance Act' : v,
        bilanFiveYearRule: (v: boolean) => (v ? 'at most one skills assessment funded by acquired rights every five years' : 'no minimum interval between two skills assessments'),
        participationExemptions: (v: ParticipationExemptions) => exemptionsText(v, 'en'),
        level1Order: (v: PriorityTiers) => orderText(v, 'en'),
        level3Order: (v: PriorityTiers) => orderText(v, 'en'),
        complementaryOrder2020: (v: PriorityTiers) => orderText(v, 'en'),
      },
    },
    {
      package: '@ofkit/cpf',
      ruleSet: 'cpfPlatformRules',
      rules: cpfPlatformRules,
      theme: 'cpf' as const,
      readers: ['cpfPlatformDeadlines', 'completionRate', 'partialCompletionPayment'],
      describe: {
        partialCompletionBands: (v: PartialCompletionBands) =>
          `sous ${v.floorBelow} % de réalisation, ${v.floorPercent} % du prix payé à l’organisme ; à partir de ${v.fullFrom} %, le prix entier ; entre les deux, au prorata`,
      },
      describeEn: {
        partialCompletionBands: (v: PartialCompletionBands) =>
          `below ${v.floorBelow}% completion, ${v.floorPercent}% of the price paid to the provider; from ${v.fullFrom}%, the full price; in between, pro rata`,
      },
    },
    {
      package: '@ofkit/cpf',
      ruleSet: 'cpfDotationRules',
      rules: cpfDotationRules,
      theme: 'cpf' as const,
      readers: ['dotationStatus'],
      describe: {
        dotationRefundRule: (v: DotationRefundRule) =>
          `remboursement de la part non utilisée possible à partir du ${formatLawValue(v.refundsOpenFrom)}${v.requiresEndOfValidity ? ', si le financeur a fixé une fin de validité' : ''}`,
      },
      describeEn: {
        dotationRefundRule: (v: DotationRefundRule) =>
          `refund of the unused part possible from ${formatLawValue(v.refundsOpenFrom, 'date', 'en')}${v.requiresEndOfValidity ? ', if the funder set an end-of-validity date' : ''}`,
      },
    },
    {
      package: '@ofkit/cpf',
      ruleSet: 'cpfAccrualRules',
      rules: cpfAccrualRules,
      theme: 'cpf' as const,
      readers: ['projectCpfRights'],
      describe: {
        ...Object.fromEntries(
          ['standardAccrual', 'lowQualificationAccrual', 'disabilityIncrease', 'esatAccrual', 'selfEmployedAccrual'].map((k) => [
            k,
            (v: AccrualAmount) => `${formatLawValue(v.yearly, 'EUR')} par an, plafond ${formatLawValue(v.ceiling, 'EUR')}`,
          ]),
        ),
        referenceDurations: (v: ReferenceDurations) => `temps plein de ${v.defaultHours} heures à défaut de durée conventionnelle ; forfait jours d’au plus ${v.maxForfaitDays} jours`,
        spendingOrder: (v: SpendingOrder) => (v === 'acquired-first' ? 'les droits acquis sont utilisés en premier' : 'les droits crédités hors plafond sont utilisés avant les droits acquis'),
        creditTiming: (v: string) => {
          const m = /^(\d{2})-(\d{2})$/.exec(v);
          return m ? `droits de l’année inscrits avant le ${Number(m[2])} ${MONTHS[Number(m[1]) - 1] ?? m[1]} de l’année suivante` : v;
        },
        outsideCeilingBases: (v: readonly string[]) => outsideCeilingText(v, 'fr'),
      },
      describeEn: {
        ...Object.fromEntries(
          ['standardAccrual', 'lowQualificationAccrual', 'disabilityIncrease', 'esatAccrual', 'selfEmployedAccrual'].map((k) => [
            k,
            (v: AccrualAmount) => `${formatLawValue(v.yearly, 'EUR', 'en')} per year, ceiling ${formatLawValue(v.ceiling, 'EUR', 'en')}`,
          ]),
        ),
        referenceDurations: (v: ReferenceDurations) =>
          `full time: ${v.defaultHours} hours where no collective agreement sets the working time; an annual days-based arrangement of at most ${v.maxForfaitDays} days`,
        spendingOrder: (v: SpendingOrder) => (v === 'acquired-first' ? 'acquired rights are used first' : 'rights credited outside the ceiling are used before acquired rights'),
        creditTiming: (v: string) => {
          const m = /^(\d{2})-(\d{2})$/.exec(v);
          return m ? `rights of the year credited before ${Number(m[2])} ${MONTHS_EN[Number(m[1]) - 1] ?? m[1]} of the following year` : v;
        },
        outsideCeilingBases: (v: readonly string[]) => outsideCeilingText(v, 'en'),
      },
    },
  ];
}

/**
 * Every parameter of `@ofkit/cpf` (`cpfFinancingRules`, `cpfPlatformRules`, `cpfDotationRules`,
 * `cpfAccrualRules`) with its dated values (and their plain-French and plain-English wording, `text` and
 * `textEn`), statuses, references, the functions that read it and the options that decide its open readings.
 *
 * @example
 * ```ts
 * import { lawChanges, lawRuleSets } from '@ofkit/core';
 * import { cpfLawCatalogue } from '@ofkit/cpf';
 * const cat = cpfLawCatalogue();
 * cat.entries.find((e) => e.id === 'cpf.order.scheme')?.readers; // ['planCpfFinancing']
 * cat.entries.find((e) => e.id === 'cpf.participation.amount')?.values.find((v) => v.from === '2025-01-01')?.textEn; // 'EUR 102.23'
 * lawChanges(lawRuleSets(cat), '2025-12-05', '2025-12-05').map((c) => c.parameter).includes('cpf.order.scheme'); // true
 * ```
 */
export function cpfLawCatalogue(): LawCatalogue {
  return lawCatalogue(sources());
}
