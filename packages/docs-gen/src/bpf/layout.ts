/**
 * The layout of the BPF form (Cerfa 10443) and the provisional reading rules, as dated data with
 * references. Source: ../shared/domain/documents.md §7 (structure of Cerfa 10443*17, consistency
 * checks) and §12.1–§12.2 (what could not be confirmed: exact labels, C-line allocation, F-2/G
 * counting, the "five main NSF" rule, the deadline).
 *
 * @module
 */
import { BPF_C_LINE_BY_FUNDER, type FunderType, type LearnerType, type LegalRef, type Parameter } from '@ofkit/core';
import { shippedRuleSet } from '@ofkit/core/internal';

/** Codes of the lines of cadre C (income by origin). `2a`…`2h` are the split of line 2. */
export type BpfCLine =
  | '1'
  | '2a'
  | '2b'
  | '2c'
  | '2d'
  | '2e'
  | '2f'
  | '2g'
  | '2h'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '10'
  | '11';

/**
 * Every line code of cadre C, in form order.
 *
 * @example
 * ```ts
 * import { BPF_C_LINES } from '@ofkit/docs-gen';
 * BPF_C_LINES.length; // 18
 * ```
 */
export const BPF_C_LINES: readonly BpfCLine[] = ['1', '2a', '2b', '2c', '2d', '2e', '2f', '2g', '2h', '3', '4', '5', '6', '7', '8', '9', '10', '11'];

/** Type of learner (cadre F-1), as the OF records it on the enrolment. */
export type BpfTraineeType = 'salarie-prive' | 'apprenti' | 'demandeur-emploi' | 'particulier' | 'autre';

/** Every trainee type, in form order (F-1 lines a to e). */
export const BPF_TRAINEE_TYPES: readonly BpfTraineeType[] = ['salarie-prive', 'apprenti', 'demandeur-emploi', 'particulier', 'autre'];

/** General objective of a training (cadre F-3). */
export type BpfObjective = 'rncp' | 'rs' | 'cqp-hors-repertoire' | 'autre' | 'bilan-de-competences' | 'vae';

/** Every objective, in form order (F-3 lines a to f). */
export const BPF_OBJECTIVES: readonly BpfObjective[] = ['rncp', 'rs', 'cqp-hors-repertoire', 'autre', 'bilan-de-competences', 'vae'];

/** Level of an RNCP certification (2 to 8), or a CQP registered at the RNCP without a level (F-3 a.6). */
export type BpfRncpLevel = 2 | 3 | 4 | 5 | 6 | 7 | 8 | 'cqp-sans-niveau';

/** One line of the form: its code and its label (French, paraphrased from the form; English). */
export interface BpfLineDef {
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  /** Code of the line this one is a "dont" (part) of, if any. */
  readonly partOf?: string;
}

/** The layout of one version of the form. */
export interface BpfLayout {
  /** Stable id, e.g. `cerfa-10443*17`. */
  readonly id: string;
  /** Cerfa number with its version, e.g. `10443*17`. */
  readonly cerfa: string;
  readonly title: string;
  /** Cadre B asks "did you run actions wholly or partly at a distance?" (new in *17). */
  readonly distanceQuestionInB: boolean;
  readonly frames: {
    readonly C: readonly BpfLineDef[];
    readonly D: readonly BpfLineDef[];
    readonly E: readonly BpfLineDef[];
    readonly F1: readonly BpfLineDef[];
    readonly F2: readonly BpfLineDef[];
    readonly F3: readonly BpfLineDef[];
    readonly F4Other: BpfLineDef;
    readonly G: readonly BpfLineDef[];
  };
}

/** References shared by the BPF rules. */
export const BPF_REFERENCES = {
  l6352_11: {
    source: 'code-du-travail',
    article: 'L6352-11',
    title: "Bilan pédagogique et financier annuel de l'organisme de formation",
    legifranceId: 'LEGIARTI000037386206',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386206',
  },
  r6352_22: {
    source: 'code-du-travail',
    article: 'R6352-22',
    title: 'Contenu du bilan pédagogique et financier : activités, stagiaires et apprentis, heures, fonds reçus, données comptables',
    legifranceId: 'LEGIARTI000039355607',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000039355607',
  },
  r6352_23: {
    source: 'code-du-travail',
    article: 'R6352-23',
    title: 'Le bilan pédagogique et financier est adressé au préfet de région « avant le 30 avril de chaque année », par téléservice possible',
    legifranceId: 'LEGIARTI000043766609',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043766609',
  },
  cerfa17: {
    source: 'cerfa',
    article: 'Cerfa 10443*17',
    title: 'Bilan pédagogique et financier (exercices 2023 et suivants)',
    url: 'https://www.monactiviteformation.emploi.gouv.fr',
  },
  deets: {
    source: 'official-site',
    article: 'DEETS Guadeloupe, BPF',
    title: 'Le bilan pédagogique et financier : comment ça marche ?',
    url: 'https://guadeloupe.deets.gouv.fr/le-bilan-pedagogique-et-financier-bpf-comment-ca-marche',
  },
  practice: {
    source: 'practice',
    article: 'Pratique (logiciels de gestion d’OF)',
    title: 'Règles de remplissage recoupées dans plusieurs logiciels indépendants, notice officielle non lue',
  },
} as const satisfies Record<string, LegalRef>;

const C_LINES: readonly BpfLineDef[] = [
  { code: '1', label: 'Produits provenant des entreprises pour la formation de leurs salariés', labelEn: 'From companies for the training of their employees' },
  { code: '2a', label: 'OPCO et organismes gestionnaires : contrats d’apprentissage', labelEn: 'Fund managers: apprenticeship contracts', partOf: '2' },
  { code: '2b', label: 'OPCO et organismes gestionnaires : contrats de professionnalisation', labelEn: 'Fund managers: professionalisation contracts', partOf: '2' },
  { code: '2c', label: 'OPCO et organismes gestionnaires : promotion ou reconversion par alternance (Pro-A)', labelEn: 'Fund managers: Pro-A', partOf: '2' },
  { code: '2d', label: 'OPCO et organismes gestionnaires : projets de transition professionnelle', labelEn: 'Fund managers: professional transition projects', partOf: '2' },
  { code: '2e', label: 'OPCO et organismes gestionnaires : compte personnel de formation', labelEn: 'Fund managers: personal training account (CPF)', partOf: '2' },
  { code: '2f', label: 'OPCO et organismes gestionnaires : dispositifs spécifiques pour les personnes en recherche d’emploi', labelEn: 'Fund managers: schemes for jobseekers', partOf: '2' },
  { code: '2g', label: 'OPCO et organismes gestionnaires : dispositifs spécifiques pour les travailleurs non-salariés', labelEn: 'Fund managers: schemes for the self-employed', partOf: '2' },
  { code: '2h', label: 'OPCO et organismes gestionnaires : plan de développement des compétences ou autres dispositifs', labelEn: 'Fund managers: skills development plan or other schemes', partOf: '2' },
  { code: '3', label: 'Pouvoirs publics pour la formation de leurs agents', labelEn: 'Public authorities for the training of their own staff' },
  { code: '4', label: 'Pouvoirs publics, publics spécifiques : instances européennes', labelEn: 'Public authorities, specific publics: European bodies' },
  { code: '5', label: 'Pouvoirs publics, publics spécifiques : État', labelEn: 'Public authorities, specific publics: State' },
  { code: '6', label: 'Pouvoirs publics, publics spécifiques : conseils régionaux', labelEn: 'Public authorities, specific publics: regional councils' },
  { code: '7', label: 'Pouvoirs publics, publics spécifiques : France Travail', labelEn: 'Public authorities, specific publics: France Travail' },
  { code: '8', label: 'Pouvoirs publics, publics spécifiques : autres ressources publiques', labelEn: 'Public authorities, specific publics: other public resources' },
  { code: '9', label: 'Contrats conclus avec des personnes à titre individuel et à leurs frais', labelEn: 'Contracts with individuals paying for themselves' },
  { code: '10', label: 'Contrats conclus avec d’autres organismes de formation (y compris CFA)', labelEn: 'Contracts with other training organisations (incl. CFAs)' },
  { code: '11', label: 'Autres produits au titre de la formation professionnelle', labelEn: 'Other income from vocational training' },
];

/**
 * Cerfa 10443*17: frames and lines (labels paraphrased, ../shared/domain/documents.md §7.2).
 *
 * @example
 * ```ts
 * import { CERFA_10443_17 } from '@ofkit/docs-gen';
 * CERFA_10443_17.frames.F3.map((l) => l.code).join(' '); // 'a a1 a2 a3 a4 a5 a6 b c d e f'
 * ```
 */
export const CERFA_10443_17: BpfLayout = {
  id: 'cerfa-10443*17',
  cerfa: '10443*17',
  title: 'Bilan pédagogique et financier',
  distanceQuestionInB: true,
  frames: {
    C: C_LINES,
    D: [
      { code: 'total', label: 'Total des charges de l’organisme liées à l’activité de formation', labelEn: 'Total charges related to training' },
      { code: 'salaires', label: 'dont salaires des formateurs', labelEn: 'of which trainers’ salaries', partOf: 'total' },
      { code: 'achats', label: 'dont achats de prestations de formation et honoraires de formation', labelEn: 'of which purchased training services and fees', partOf: 'total' },
    ],
    E: [
      { code: '1', label: 'Personnes de votre organisme dispensant des heures de formation', labelEn: 'Your own staff delivering training hours' },
      { code: '2', label: 'Personnes extérieures à votre organisme dispensant des heures de formation (sous-traitance)', labelEn: 'External persons delivering training hours (subcontracting)' },
    ],
    F1: [
      { code: 'a', label: 'Salariés d’employeurs privés hors apprentis', labelEn: 'Employees of private employers (excluding apprentices)' },
      { code: 'b', label: 'Apprentis', labelEn: 'Apprentices' },
      { code: 'c', label: 'Personnes en recherche d’emploi formées par votre organisme', labelEn: 'Jobseekers' },
      { code: 'd', label: 'Particuliers à leurs propres frais formés par votre organisme', labelEn: 'Individuals paying for themselves' },
      { code: 'e', label: 'Autres stagiaires', labelEn: 'Other trainees' },
    ],
    F2: [{ code: '2', label: 'dont activité sous-traitée de l’organisme', labelEn: 'of which activity subcontracted out by the organisation' }],
    F3: [
      { code: 'a', label: 'Formations visant un diplôme, un titre à finalité professionnelle ou un CQP enregistré au RNCP', labelEn: 'Towards an RNCP-registered diploma, title or CQP' },
      { code: 'a1', label: 'dont de niveau 6 à 8 (licence, master, ingénieur, doctorat…)', labelEn: 'of which levels 6 to 8', partOf: 'a' },
      { code: 'a2', label: 'dont de niveau 5 (BTS, DUT, écoles sanitaires et sociales…)', labelEn: 'of which level 5', partOf: 'a' },
      { code: 'a3', label: 'dont de niveau 4 (bac pro, BT, BP, BM…)', labelEn: 'of which level 4', partOf: 'a' },
      { code: 'a4', label: 'dont de niveau 3 (BEP, CAP…)', labelEn: 'of which level 3', partOf: 'a' },
      { code: 'a5', label: 'dont de niveau 2', labelEn: 'of which level 2', partOf: 'a' },
      { code: 'a6', label: 'dont CQP sans niveau de qualification', labelEn: 'of which CQP without a qualification level', partOf: 'a' },
      { code: 'b', label: 'Formations visant une certification ou une habilitation enregistrée au répertoire spécifique (RS)', labelEn: 'Towards an RS-registered certification or habilitation' },
      { code: 'c', label: 'Formations visant un CQP non enregistré au RNCP ou au RS', labelEn: 'Towards a CQP registered in neither RNCP nor RS' },
      { code: 'd', label: 'Autres formations professionnelles', labelEn: 'Other vocational training' },
      { code: 'e', label: 'Bilans de compétences', labelEn: 'Skills assessments (bilans de compétences)' },
      { code: 'f', label: 'Actions d’accompagnement à la validation des acquis de l’expérience', labelEn: 'VAE support' },
    ],
    F4Other: { code: 'autres', label: 'Autres spécialités', labelEn: 'Other specialities' },
    G: [{ code: 'G', label: 'Stagiaires dont l’action a été confiée à votre organisme par un autre organisme de formation', labelEn: 'Trainees whose action was entrusted to you by another training organisation' }],
  },
};

/** How the five main specialities of F-4 are ranked. */
export interface BpfF4Rule {
  /** How many specialities get their own line (the rest go to "Autres spécialités"). */
  readonly count: number;
  /** Rank by trainee-hours (default) or by number of trainees. */
  readonly rankBy: 'hours' | 'trainees';
}

/** Month and day of the legal filing deadline in year N+1 (N = year the financial year ends). */
export interface BpfDeadlineRule {
  readonly month: number;
  readonly day: number;
}

const p = <T>(x: Parameter<T>): Parameter<T> => x;

/**
 * F-1 line of each core learner type on Cerfa 10443*17 (../shared/domain/documents.md §7.2 F-1): the
 * value of `bpfRules.traineeTypeByLearnerType` for financial years from 2023.
 *
 * @internal
 */
export const F1_BY_LEARNER_TYPE_17: Readonly<Record<LearnerType, BpfTraineeType>> = {
  'private-employee': 'salarie-prive',
  apprentice: 'apprenti',
  jobseeker: 'demandeur-emploi',
  individual: 'particulier',
  other: 'autre',
};
// User-facing wording (printed in warnings and on the BPF document); the research note is
// ../shared/domain/documents.md §12.1–§12.2.
const UNCONFIRMED = 'à vérifier dans la notice officielle';
const UNCONFIRMED_EN = 'to be checked against the official notice';

/**
 * The rules of the BPF as dated, referenced parameters (keyed on the last day of the financial year).
 * Every value but the filing deadline (R. 6352-23, `confirmed` for financial years from 2021) is
 * `provisional`: the official notice of Cerfa 10443*17 was not read (../shared/domain/documents.md
 * §12.1), so results carry warnings. The frame C line per funder type (`cLineByFunder`) and the F-1
 * line per learner type (`traineeTypeByLearnerType`) are parameters too, read by
 * `bpfInputFromDomain` at the end of the financial year. Derive another set with
 * `overrideRules(bpfRules, {...})` from `@ofkit/core` to correct a value without forking.
 *
 * @example
 * ```ts
 * import { valueAt } from '@ofkit/core';
 * import { bpfRules } from '@ofkit/docs-gen';
 * valueAt(bpfRules.layout, '2025-12-31').value.cerfa; // '10443*17'
 * valueAt(bpfRules.cLineByFunder, '2025-12-31').value['cpf-cdc']; // '2e'
 * valueAt(bpfRules.traineeTypeByLearnerType, '2025-12-31').value.jobseeker; // 'demandeur-emploi'
 * valueAt(bpfRules.filingDeadline, '2025-12-31').references[0]?.article; // 'R6352-23'
 * ```
 */
export const bpfRules = /* @__PURE__ */ (() => shippedRuleSet({
  layout: p<BpfLayout>({
    id: 'bpf.layout',
    label: 'Modèle du formulaire BPF (Cerfa 10443)',
    labelEn: 'Form model of the BPF (bilan pédagogique et financier, the yearly report of a training organisation; Cerfa 10443)',
    values: [
      {
        from: '2023-01-01',
        value: CERFA_10443_17,
        status: 'provisional',
        references: [BPF_REFERENCES.cerfa17, BPF_REFERENCES.l6352_11],
        note: `Cadres et lignes recoupés dans plusieurs logiciels et synthèses officielles ; PDF et notice du Cerfa non lus (${UNCONFIRMED}). Utilisé pour les exercices 2023 et suivants ; aucune version *18 connue.`,
        noteEn: `Frames and lines cross-checked in several software packages and official summaries; the Cerfa's PDF and notice not read (${UNCONFIRMED_EN}). Used for financial years 2023 onwards; no version *18 known.`,
      },
    ],
  }),
  revenueBasis: p<'invoice-issue-date'>({
    id: 'bpf.c.revenueBasis',
    label: 'Cadre C : produits retenus (factures émises dans l’exercice, avoirs l’année de leur émission, ligne selon le payeur)',
    labelEn: 'Frame C: income counted (invoices issued in the financial year, credit notes in the year they are issued, line by payer)',
    values: [
      {
        from: '2017-01-01',
        value: 'invoice-issue-date',
        status: 'provisional',
        references: [BPF_REFERENCES.practice, BPF_REFERENCES.cerfa17],
        note: `Règle des logiciels de gestion (ligne décidée par qui paie l’organisme, montants HT, date d’émission) ; règle de la notice sur la date de rattachement non lue (${UNCONFIRMED}).`,
        noteEn: `Rule of the management software packages (line decided by who pays the organisation, amounts excluding VAT, issue date); the notice's rule on the year an invoice belongs to not read (${UNCONFIRMED_EN}).`,
      },
    ],
  }),
  traineeCounting: p<'distinct-persons-per-year'>({
    id: 'bpf.f.traineeCounting',
    label: 'Cadre F : personnes distinctes par exercice, heures réparties selon la date des heures suivies',
    labelEn: 'Frame F: distinct persons per financial year, hours allocated by the date they were attended',
    values: [
      {
        from: '2017-01-01',
        value: 'distinct-persons-per-year',
        status: 'provisional',
        references: [BPF_REFERENCES.practice],
        note: `Deux logiciels indépendants concordent ; pas de texte de la notice (${UNCONFIRMED}). Une personne à plusieurs inscriptions est comptée une fois, sur la ligne de l’inscription où elle a le plus d’heures (choix d’ofkit pour que les totaux F-1, F-3, F-4 concordent).`,
        noteEn: `Two independent software packages agree; no text of the notice (${UNCONFIRMED_EN}). A person with several enrolments is counted once, on the line of the enrolment where they have the most hours (ofkit's choice, so that the totals of F-1, F-3 and F-4 agree).`,
      },
    ],
  }),
  subcontractedInCountedInF: p<boolean>({
    id: 'bpf.g.countedInF',
    label: 'Cadre G : les stagiaires confiés par un autre organisme sont aussi comptés au cadre F',
    labelEn: 'Frame G: trainees entrusted by another organisation are also counted in frame F',
    values: [
      {
        from: '2017-01-01',
        value: false,
        status: 'provisional',
        references: [BPF_REFERENCES.practice],
        note: `Selon la notice relayée par un logiciel, ils ne sont pas comptés en F (${UNCONFIRMED}). Option : subcontractedInCountedInF.`,
        noteEn: `According to the notice as relayed by one software package, they are not counted in F (${UNCONFIRMED_EN}). Option: subcontractedInCountedInF.`,
      },
    ],
  }),
  f4MainSpecialities: p<BpfF4Rule>({
    id: 'bpf.f4.mainSpecialities',
    label: 'Cadre F-4 : nombre de spécialités principales et critère de classement',
    labelEn: 'Frame F-4: number of main specialities and ranking criterion',
    values: [
      {
        from: '2017-01-01',
        value: { count: 5, rankBy: 'hours' },
        status: 'provisional',
        references: [BPF_REFERENCES.cerfa17],
        note: `Cinq spécialités NSF principales plus « Autres » ; le critère de classement (heures ou stagiaires) n’a pas été lu dans la notice (${UNCONFIRMED}). Option : f4RankBy.`,
        noteEn: `Five main NSF specialities (the French nomenclature of training specialities) plus "Others"; the ranking criterion (hours or trainees) was not read in the notice (${UNCONFIRMED_EN}). Option: f4RankBy.`,
      },
    ],
  }),
  filingDeadline: p<BpfDeadlineRule>({
    id: 'bpf.filingDeadline',
    label: 'Date limite de dépôt du BPF (année suivant la clôture)',
    labelEn: 'Deadline for filing the BPF (in the year after the close of the financial year)',
    unit: 'date',
    values: [
      {
        from: '2017-01-01',
        to: '2020-12-31',
        value: { month: 4, day: 30 },
        status: 'provisional',
        references: [BPF_REFERENCES.deets, BPF_REFERENCES.r6352_23],
        note: 'Avant le 30 avril selon la DEETS ; version de R. 6352-23 antérieure au 8 juillet 2021 non relue.',
        noteEn: 'Before 30 April according to the DEETS (the regional labour administration); the version of R. 6352-23 before 8 July 2021 was not re-read.',
      },
      {
        from: '2021-01-01',
        value: { month: 4, day: 30 },
        status: 'confirmed',
        references: [BPF_REFERENCES.r6352_23, BPF_REFERENCES.r6352_22],
        note: 'R. 6352-23 : « avant le 30 avril de chaque année » (R. 6352-22 fixe le contenu du bilan). Les campagnes 2021 à 2025 de Mon Activité Formation ont été prolongées au 31 mai par l’administration : une tolérance annoncée chaque année, pas le texte.',
        noteEn: 'R. 6352-23: "before 30 April of each year" (R. 6352-22 sets the content of the report). The 2021 to 2025 campaigns of Mon Activité Formation (the filing platform) were extended to 31 May by the administration: a tolerance announced each year, not the text.',
      },
    ],
  }),
  cLineByFunder: p<Readonly<Record<FunderType, BpfCLine>>>({
    id: 'bpf.c.lineByFunder',
    label: 'Cadre C : ligne de chaque type de financeur (qui paie l’organisme)',
    labelEn: 'Frame C: line of each type of funder (who pays the organisation)',
    values: [
      {
        from: '2023-01-01',
        value: { ...BPF_C_LINE_BY_FUNDER } as Readonly<Record<FunderType, BpfCLine>>,
        status: 'provisional',
        references: [BPF_REFERENCES.cerfa17, BPF_REFERENCES.r6352_22, BPF_REFERENCES.practice],
        note: `Lignes 1 à 11 (2a à 2h) du Cerfa 10443*17 ; la ligne est décidée par le payeur facturé (deux logiciels indépendants concordent, libellés du formulaire). Notice non lue (${UNCONFIRMED}). Un payeur inconnu n’est jamais classé en ligne 11 par défaut.`,
        noteEn: `Lines 1 to 11 (2a to 2h) of Cerfa 10443*17; the line is decided by the payer invoiced (two independent software packages agree, wording of the form). Notice not read (${UNCONFIRMED_EN}). An unknown payer is never put on line 11 by default.`,
      },
    ],
  }),
  traineeTypeByLearnerType: p<Readonly<Record<LearnerType, BpfTraineeType>>>({
    id: 'bpf.f1.traineeTypeByLearnerType',
    label: 'Cadre F-1 : ligne de chaque type de stagiaire',
    labelEn: 'Frame F-1: line of each type of trainee',
    values: [
      {
        from: '2023-01-01',
        value: F1_BY_LEARNER_TYPE_17,
        status: 'provisional',
        references: [BPF_REFERENCES.cerfa17, BPF_REFERENCES.r6352_22],
        note: `Lignes a à e du Cerfa 10443*17 : salariés d’employeurs privés hors apprentis, apprentis, personnes en recherche d’emploi, particuliers à leurs frais, autres stagiaires (agents publics et non-salariés, séparés dans les versions antérieures, sont en e). Notice non lue (${UNCONFIRMED}).`,
        noteEn: `Lines a to e of Cerfa 10443*17: employees of private employers other than apprentices, apprentices, jobseekers, individuals paying for themselves, other trainees (public servants and the self-employed, separate in earlier versions, are in e). Notice not read (${UNCONFIRMED_EN}).`,
      },
    ],
  }),
}))();

/** The type of the BPF rule set (for `overrideRules`). */
export type BpfRules = typeof bpfRules;
