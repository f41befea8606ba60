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
import type { MobilisationScheme } from './financing/order.js';
import { cpfFinancingRules } from './financing/rules.js';
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
