/**
 * The legal constants the documents depend on, as dated parameters with references and status
 * (../shared/domain/documents.md). Read at the date of the document; override with
 * `overrideRules(documentRules, {...})` from `@ofkit/core` and pass `{ rules }` to
 * {@link createDocument}.
 *
 * @module
 */
import { type Parameter, type RuleSet } from '@ofkit/core';
import { shippedRuleSet } from '@ofkit/core/internal';
import { REFS } from './refs.js';
import { MENTION_LISTS, MENTION_LIST_BASIS, type MentionRule } from './mentions.js';

const p = <T>(x: Parameter<T>): Parameter<T> => x;

/** Date the recodified Code du travail (and the L. 6353-x numbering) came into force. */
const RECODIFICATION = '2008-05-01';

/**
 * Issuer size categories used by the e-invoicing calendar (LF 2024 art. 91).
 *
 * @example
 * ```ts
 * import type { IssuerSize } from '@ofkit/docs-gen';
 * const size: IssuerSize = 'pme'; // e-invoicing mentions from 1 September 2027
 * ```
 */
export type IssuerSize = 'large' | 'eti' | 'pme' | 'micro';

/** The kinds whose mandatory mentions are a parameter `<kind>.mentions`. */
/** A document kind that has a mandatory-mention list in `documentRules`. */
export type MentionKind = keyof typeof MENTION_LISTS;

/**
 * The parameter keys of the mention lists: `'convention.mentions'`, `'facture.mentions'`…
 *
 * @example
 * ```ts
 * import type { MentionParameterKey } from '@ofkit/docs-gen';
 * const key: MentionParameterKey = 'convention.mentions';
 * ```
 */
export type MentionParameterKey = `${MentionKind}.mentions`;

/** The French name of each kind, for the label of its `<kind>.mentions` parameter (never the machine code). */
const KIND_FR: Readonly<Record<MentionKind, string>> = {
  convention: 'convention de formation',
  'contrat-formation': 'contrat de formation avec une personne physique',
  programme: 'programme de formation',
  devis: 'devis',
  convocation: 'convocation',
  'reglement-interieur': 'règlement intérieur',
  'feuille-emargement': 'feuille d’émargement',
  'attestation-fin-formation': 'attestation de fin de formation',
  'certificat-realisation': 'certificat de réalisation',
  'questionnaire-satisfaction': 'questionnaire de satisfaction',
  facture: 'facture',
  'cpf-plan': 'plan de financement CPF',
  'audit-readiness': 'rapport de préparation à l’audit Qualiopi',
  'veille-reglementaire': 'registre de veille légale et réglementaire',
};

/** The English name of each kind, for the English label of its `<kind>.mentions` parameter. */
const KIND_EN: Readonly<Record<MentionKind, string>> = {
  convention: 'training agreement (convention de formation)',
  'contrat-formation': 'training contract with an individual (contrat de formation)',
  programme: 'training programme',
  devis: 'quote (devis)',
  convocation: 'notice to attend (convocation)',
  'reglement-interieur': 'internal rules (règlement intérieur)',
  'feuille-emargement': "attendance sheet (feuille d'émargement)",
  'attestation-fin-formation': 'end-of-training certificate (attestation de fin de formation)',
  'certificat-realisation': 'certificate of completion (certificat de réalisation)',
  'questionnaire-satisfaction': 'satisfaction questionnaire',
  facture: 'invoice (facture)',
  'cpf-plan': 'CPF financing plan',
  'audit-readiness': 'Qualiopi audit readiness report',
  'veille-reglementaire': 'legal and regulatory watch record (veille)',
};

function mentionParameters(): { readonly [K in MentionParameterKey]: Parameter<readonly MentionRule[]> } {
  return Object.fromEntries(
    (Object.keys(MENTION_LISTS) as MentionKind[]).map((kind) => [
      `${kind}.mentions`,
      p<readonly MentionRule[]>({
        id: `docs.${kind}.mentions`,
        label: `Mentions obligatoires : ${KIND_FR[kind]}`,
        labelEn: `Mandatory mentions: ${KIND_EN[kind]}`,
        values: [
          {
            from: '1900-01-01',
            value: MENTION_LISTS[kind],
            status: 'confirmed',
            references: MENTION_LIST_BASIS[kind]?.references ?? [],
            note: MENTION_LIST_BASIS[kind]?.note ?? 'Chaque mention porte ses dates, références et statut ; la liste est lue à la date du document.',
            noteEn: MENTION_LIST_BASIS[kind]?.noteEn ?? 'Each mention carries its own dates, references and status; the list is read at the date of the document.',
          },
        ],
      }),
    ]),
  ) as { readonly [K in MentionParameterKey]: Parameter<readonly MentionRule[]> };
}

const parameters: DocumentRules = /* @__PURE__ */ ((): DocumentRules => ({
  /** L. 6353-5: withdrawal period of a contrat de formation signed by an individual. */
  withdrawalDays: p<number>({
    id: 'docs.contrat.withdrawalDays',
    label: 'Délai de rétractation du contrat de formation (jours)',
    labelEn: 'Withdrawal period of the training contract (days)',
    unit: 'days',
    values: [{ from: RECODIFICATION, value: 10, status: 'confirmed', references: [REFS.L6353_5] }],
  }),
  /** C. consom. L221-18 as applied by practitioners to a contract signed at a distance or off-premises. */
  withdrawalDaysDistance: p<number>({
    id: 'docs.contrat.withdrawalDaysDistance',
    label: 'Délai de rétractation, contrat signé à distance ou hors établissement (jours)',
    labelEn: 'Withdrawal period, contract signed at a distance or off-premises (days)',
    unit: 'days',
    values: [
      {
        from: '2016-07-01',
        value: 14,
        status: 'provisional',
        references: [REFS.CONSO_L221_18, REFS.L6353_5],
        note: "Application du code de la consommation au contrat de formation relevée chez les praticiens seulement ; la lecture la plus protectrice (14 jours) est retenue. Option : withdrawalAtDistance: 'labour-code' (10 jours).",
        noteEn: "Application of the Code de la consommation (consumer code) to the training contract found among practitioners only; the most protective reading (14 days) is applied. Option: withdrawalAtDistance: 'labour-code' (10 days).",
      },
    ],
  }),
  /** L. 6353-6: at most 30 % of the price may be paid when the withdrawal period ends. */
  maxAdvanceShare: p<string>({
    id: 'docs.contrat.maxAdvanceShare',
    label: "Part maximale du prix payable à l'issue du délai de rétractation",
    labelEn: 'Maximum share of the price payable when the withdrawal period ends',
    unit: 'ratio',
    values: [{ from: RECODIFICATION, value: '0.30', status: 'confirmed', references: [REFS.L6353_6] }],
  }),
  /** C. com. D. 441-5: the fixed recovery indemnity owed by a business client paying late. */
  recoveryIndemnity: p<string>({
    id: 'docs.facture.recoveryIndemnity',
    label: 'Indemnité forfaitaire pour frais de recouvrement',
    labelEn: 'Fixed indemnity for recovery costs',
    unit: 'EUR',
    values: [
      {
        from: '2013-01-01',
        value: '40.00',
        status: 'provisional',
        references: [REFS.CCOM_D441_5, REFS.CCOM_L441_10],
        note: 'Montant de 40 € relevé dans des sources secondaires concordantes ; texte de D. 441-5 non relu.',
        noteEn: 'Amount of EUR 40 found in concordant secondary sources; text of D. 441-5 not re-read.',
      },
    ],
  }),
  /**
   * Décret 2022-1299: the four new invoice mentions (client SIREN, delivery address, nature of
   * the operations, option for VAT on debits) apply when the issuer must issue e-invoices.
   */
  einvoicingMentionsFrom: p<Readonly<Record<IssuerSize, string>>>({
    id: 'docs.facture.einvoicingMentionsFrom',
    label: 'Entrée en vigueur des nouvelles mentions de facture (facturation électronique)',
    labelEn: 'Entry into force of the new invoice mentions (e-invoicing)',
    values: [
      {
        from: '2024-01-01',
        value: { large: '2026-09-01', eti: '2026-09-01', pme: '2027-09-01', micro: '2027-09-01' },
        status: 'provisional',
        references: [REFS.DECRET_2022_1299],
        note: "Calendrier LF 2024 art. 91 relevé dans des sources secondaires ; l'application aux prestations de formation exonérées de TVA (e-invoicing ou e-reporting) n'est pas confirmée. Défaut : taille 'large' (mentions exigées dès le 1er septembre 2026).",
        noteEn: "Timetable of the 2024 Finance Act (LF 2024) art. 91 found in secondary sources; whether it applies to VAT-exempt training services (e-invoicing or e-reporting) is not confirmed. Default: size 'large' (mentions required from 1 September 2026).",
      },
    ],
  }),
  /** VAT mentions printed on invoices, quotes, conventions by VAT regime of the OF. */
  vatMentions: p<Readonly<Record<'exempt-261-4-4a' | 'franchise-293B', string>>>({
    id: 'docs.vatMentions',
    label: "Mention d'exonération ou de non-application de la TVA",
    labelEn: 'Mention of the VAT exemption or of VAT not applying',
    values: [
      {
        from: '2000-01-01',
        value: {
          'exempt-261-4-4a': 'Exonération de TVA – article 261-4-4° a du CGI',
          'franchise-293B': 'TVA non applicable, art. 293 B du CGI',
        },
        status: 'confirmed',
        references: [REFS.CGI_242_NONIES_A, REFS.CGI_261_4_4A, REFS.CGI_293B],
        note: "Aucune formule exacte n'est imposée : l'annexe II art. 242 nonies A exige la référence à la disposition d'exonération ; la formule est celle de l'usage.",
        noteEn: 'No exact wording is imposed: annex II art. 242 nonies A requires a reference to the exempting provision; the wording is the customary one.',
      },
    ],
  }),
  /** R. 6352-9: representation of learners for sessions of more than 500 hours. */
  representationThresholdHours: p<number>({
    id: 'docs.ri.representationThresholdHours',
    label: 'Durée de session au-delà de laquelle des délégués sont élus (heures)',
    labelEn: 'Session length above which trainee delegates are elected (hours)',
    unit: 'hours',
    values: [{ from: RECODIFICATION, value: 500, status: 'confirmed', references: [REFS.R6352_9, REFS.L6352_3] }],
  }),
  /** R. 6352-2: the règlement intérieur is drawn up within 3 months of the start of activity. */
  riDeadlineMonths: p<number>({
    id: 'docs.ri.deadlineMonths',
    label: "Délai d'établissement du règlement intérieur après le début de l'activité (mois)",
    labelEn: 'Time to draw up the internal rules (règlement intérieur) after the start of the activity (months)',
    unit: 'months',
    values: [
      {
        from: RECODIFICATION,
        value: 3,
        status: 'confirmed',
        references: [REFS.R6352_2],
        note: 'R. 6352-2 (LEGIARTI000018522360) : « dans les trois mois suivant le début de l’activité » (corrections-2026-12 §2).',
        noteEn: 'R. 6352-2 (LEGIARTI000018522360): "within three months of the start of the activity" (corrections-2026-12 §2).',
      },
    ],
  }),
  /** R. 6352-6: timing of a sanction after the interview. */
  sanctionTiming: p<Readonly<{ minClearDays: number; maxDays: number }>>({
    id: 'docs.ri.sanctionTiming',
    label: "Délai de la sanction après l'entretien",
    labelEn: 'Time limits of a sanction after the interview',
    values: [
      {
        from: RECODIFICATION,
        value: { minClearDays: 1, maxDays: 15 },
        status: 'confirmed',
        references: [REFS.R6352_6],
        note: 'R. 6352-6 : « ni moins d’un jour franc ni plus de quinze jours après l’entretien » (corrections-2026-12 §2).',
        noteEn: 'R. 6352-6: "no less than one clear day (jour franc) and no more than fifteen days after the interview" (corrections-2026-12 §2).',
      },
    ],
  }),
  /** R. 6352-10 to -15: when the election of delegates takes place. */
  electionWindowHours: p<Readonly<{ notBefore: number; notAfter: number }>>({
    id: 'docs.ri.electionWindowHours',
    label: "Scrutin des délégués : heures après le début de la première session",
    labelEn: 'Election of trainee delegates: hours after the start of the first session',
    unit: 'hours',
    values: [
      {
        from: RECODIFICATION,
        value: { notBefore: 20, notAfter: 40 },
        status: 'confirmed',
        references: [REFS.R6352_10],
        note: 'R. 6352-10 : « au plus tôt vingt heures et au plus tard quarante heures après le début de la première session collective » (corrections-2026-12 §2).',
        noteEn: 'R. 6352-10: "no earlier than twenty hours and no later than forty hours after the start of the first group session" (corrections-2026-12 §2).',
      },
    ],
  }),
  ...mentionParameters(),
  /** Ministry model of the certificat de réalisation: retention undertaking. */
  certificatRetentionYears: p<number>({
    id: 'docs.certificat.retentionYears',
    label: "Conservation des pièces justificatives du certificat (années après la fin de l'année du dernier paiement)",
    labelEn: 'Retention of the supporting documents of the certificate of completion (years after the end of the year of the last payment)',
    unit: 'years',
    values: [{ from: '2020-04-01', value: 3, status: 'confirmed', references: [REFS.CERTIFICAT_MODEL, REFS.R6332_26] }],
  }),
}))();

/**
 * The parameters the document builders read, by key (the keys `overrideRules` accepts).
 *
 * @example
 * ```ts
 * import type { DocumentRules } from '@ofkit/docs-gen';
 * type Key = keyof DocumentRules; // 'withdrawalDays' | 'maxAdvanceShare' | …
 * ```
 */
export type DocumentRules = {
  readonly withdrawalDays: Parameter<number>;
  readonly withdrawalDaysDistance: Parameter<number>;
  readonly maxAdvanceShare: Parameter<string>;
  readonly recoveryIndemnity: Parameter<string>;
  readonly einvoicingMentionsFrom: Parameter<Readonly<Record<IssuerSize, string>>>;
  readonly vatMentions: Parameter<Readonly<Record<'exempt-261-4-4a' | 'franchise-293B', string>>>;
  readonly representationThresholdHours: Parameter<number>;
  readonly riDeadlineMonths: Parameter<number>;
  readonly sanctionTiming: Parameter<Readonly<{ minClearDays: number; maxDays: number }>>;
  readonly electionWindowHours: Parameter<Readonly<{ notBefore: number; notAfter: number }>>;
  readonly certificatRetentionYears: Parameter<number>;
} & {
  /** The mandatory mentions of each kind, each with its dates, references and status (`mentions.ts`). */
  readonly [K in MentionParameterKey]: Parameter<readonly MentionRule[]>;
};

/**
 * The law the documents apply by default (withdrawal periods, the 30 % cap, the 40 € indemnity,
 * e-invoicing mentions calendar, VAT mentions, règlement-intérieur thresholds…), each a dated
 * value with references and a status.
 *
 * @example
 * ```ts
 * import { overrideRules, valueAt } from '@ofkit/core';
 * import { documentRules } from '@ofkit/docs-gen';
 * valueAt(documentRules.withdrawalDays, '2026-11-22').value; // 10
 * const rules = overrideRules(documentRules, {
 *   recoveryIndemnity: [{ from: '2027-01-01', value: '50.00', status: 'confirmed', references: [] }],
 * });
 * valueAt(rules.recoveryIndemnity, '2027-02-01').value; // '50.00'
 * ```
 */
export const documentRules: RuleSet<DocumentRules> = /* @__PURE__ */ ((): RuleSet<DocumentRules> => shippedRuleSet(parameters))();
