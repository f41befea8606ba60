/**
 * The wording of every explanation step and every plan-specific warning of `planCpfFinancing`, in
 * French and in English, in one table (issue 13 item 1: explanations as data).
 *
 * A step records its code, its amounts, its references and the few facts its sentence needs; its
 * text is produced from this table when `label` / `labelEn` (or `message` / `messageEn`) is read and
 * by `toJSON`, so a serialised plan is byte-identical to the one built with eager template strings
 * (guarded by packages/cpf/test/recorded.test.ts).
 */
import type { LegalRef, ParameterStatus, Step, Warning } from '@ofkit/core';
import { centsToFr, centsToString } from '../internal/cents.js';

const fmt = centsToString;
const eur = centsToFr;

/** The two sentences of one step or warning, from the facts `A` it records. */
export interface Wording<A> {
  readonly fr: (a: A) => string;
  readonly en: (a: A) => string;
  /**
   * The facts that are the step's `amounts`, in the order they are written: a number is whole cents
   * (written `"1296.80"`), a string is written as it is, `undefined` leaves the key out.
   */
  readonly amounts?: readonly string[];
  /** `amounts` is written after `references` in the serialised step (a step built from a shared one). */
  readonly amountsLast?: boolean;
}

/** What the purchase is, in a French sentence (« pour cette certification RNCP »). */
export const THIS_ACTION: Readonly<Record<string, string>> = {
  rncp: 'cette certification RNCP',
  'rncp-block': 'ce bloc de compétences RNCP',
  rs: 'cette certification du répertoire spécifique',
  vae: 'cette VAE',
  bilan: 'ce bilan de compétences',
  'driving-licence': 'ce permis de conduire',
};

/** The same, in English (« for this RNCP certification »). */
const THIS_ACTION_EN: Readonly<Record<string, string>> = {
  rncp: 'this RNCP certification',
  'rncp-block': 'this RNCP skills block',
  rs: 'this certification of the Répertoire spécifique (RS)',
  vae: 'this VAE (validation of prior experience)',
  bilan: 'this skills assessment (bilan de compétences)',
  'driving-licence': 'this driving licence',
};

const ACTION_LABEL_EN: Readonly<Record<string, string>> = {
  rncp: 'RNCP certification',
  'rncp-block': 'RNCP skills block',
  rs: 'certification or authorisation listed in the Répertoire spécifique (RS)',
  vae: 'VAE (validation of prior experience)',
  bilan: 'skills assessment (bilan de compétences)',
  'driving-licence': 'driving licence',
};

/** Who pays a credit or a top-up, as a reader names them (the request's `funder` codes). */
/** @internal Also read by the law catalogue (../law-catalogue.ts), which names codes as the plan does. */
export const FUNDER_LABEL: Readonly<Record<string, string>> = {
  holder: 'titulaire',
  employer: 'employeur',
  opco: 'OPCO',
  state: 'État',
  region: 'Région',
  'france-travail': 'France Travail',
  agefiph: 'Agefiph',
  other: 'autre financeur',
};
/** @internal */
export const FUNDER_LABEL_EN: Readonly<Record<string, string>> = {
  holder: 'holder',
  employer: 'employer',
  opco: 'OPCO',
  state: 'State',
  region: 'Region',
  'france-travail': 'France Travail',
  agefiph: 'Agefiph',
  other: 'other funder',
};
/** The legal basis of a credit or a top-up as a reader writes it (the request's `basis` codes). */
/** @internal */
export const BASIS_LABEL: Readonly<Record<string, readonly [string, string]>> = {
  'L6323-4-III': ['L. 6323-4 III', 'L. 6323-4 III'],
  'L2254-2-VI': ['L. 2254-2 VI', 'L. 2254-2 VI'],
  'L6323-14': ['L. 6323-14', 'L. 6323-14'],
  'L6323-11-accord': ['accord collectif, L. 6323-11', 'collective agreement, L. 6323-11'],
  'L6323-13': ['L. 6323-13', 'L. 6323-13'],
  'L7342-3': ['L. 7342-3', 'L. 7342-3'],
  'sapin-ii': ['loi Sapin II', 'Sapin II Act'],
  'L6323-4-II': ['L. 6323-4 II', 'L. 6323-4 II'],
  'L4163-8': ['L. 4163-8', 'L. 4163-8'],
  'L6323-29': ['L. 6323-29', 'L. 6323-29'],
  'L6323-37': ['L. 6323-37', 'L. 6323-37'],
  'L6323-43': ['L. 6323-43', 'L. 6323-43'],
  'CSS-L432-12': ['CSS L. 432-12', 'CSS L. 432-12'],
};
const basisFr = (b: string): string => BASIS_LABEL[b]?.[0] ?? b;
const basisEn = (b: string): string => BASIS_LABEL[b]?.[1] ?? b;

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `2026-06-24` → « 24 juin 2026 » (`1er` for the first day). */
export const dateFr = (d: string): string => {
  const day = Number(d.slice(8, 10));
  return `${day === 1 ? '1er' : day} ${MONTHS_FR[Number(d.slice(5, 7)) - 1] ?? ''} ${d.slice(0, 4)}`;
};
/** `2026-06-24` → "24 June 2026". */
export const dateEn = (d: string): string => `${Number(d.slice(8, 10))} ${MONTHS_EN[Number(d.slice(5, 7)) - 1] ?? ''} ${d.slice(0, 4)}`;

/** `, <funder>` after the legal basis, or nothing. */
const funderFr = (f: string | undefined): string => (f ? `, ${FUNDER_LABEL[f] ?? f}` : '');
const funderEn = (f: string | undefined): string => (f ? `, ${FUNDER_LABEL_EN[f] ?? f}` : '');

const ACTION_LABEL: Readonly<Record<string, string>> = {
  rncp: 'certification RNCP',
  'rncp-block': 'bloc de compétences RNCP',
  rs: 'certification ou habilitation du répertoire spécifique',
  vae: 'VAE',
  bilan: 'bilan de compétences',
  'driving-licence': 'permis de conduire',
};

/** A wording from its French and English sentences (a function call is shorter than an object once minified). */
const wording = <A>(fr: (a: A) => string, en: (a: A) => string, amounts?: ReadonlyArray<keyof A & string>, amountsLast?: boolean): Wording<A> =>
  amounts === undefined ? { fr, en } : amountsLast ? { fr, en, amounts, amountsLast } : { fr, en, amounts };
const fixed = (frText: string, enText: string): Wording<undefined> => wording(() => frText, () => enText);
/** A sentence without facts, with amounts. */
const fixedWithAmounts = <A>(frText: string, enText: string, amounts: ReadonlyArray<keyof A & string>): Wording<A> => wording<A>(() => frText, () => enText, amounts);

interface Bar {
  readonly article: string;
  readonly what: string;
  readonly whatEn: string;
}

// Every step's wording (`STEP_<key>`); a step code may have several wordings.
export const STEP_RULES_IN_FORCE = /* @__PURE__ */ wording(
  (a: { date: string; creditsFirst: boolean; price: number }) =>
    `Règles en vigueur au ${dateFr(a.date)} : ${a.creditsFirst ? 'ressources inscrites (niveau 1), puis droits acquis (niveau 2), puis abondements (niveau 3) (R. 6333-3, décret 2025-1156)' : "droits acquis d'abord, puis ressources complémentaires dans l'ordre de l'arrêté du 30 juillet 2020 (R. 6333-3 antérieur)"}.`,
  (a: { date: string; creditsFirst: boolean; price: number }) =>
    `Rules in force on ${dateEn(a.date)}: ${a.creditsFirst ? 'account credits (level 1), then acquired rights (level 2), then top-ups (level 3) (R. 6333-3, décret 2025-1156)' : 'acquired rights first, then complementary resources in the order of the arrêté of 30 July 2020 (R. 6333-3, previous version)'}.`,
  ['price'],
);
export const STEP_CREDIT_EMPTY = /* @__PURE__ */ wording(
  (a: { id: string; basis: string }) => `Ressource « ${a.id} » (${basisFr(a.basis)}) : solde nul, non mobilisée.`,
  (a: { id: string; basis: string }) => `Credit "${a.id}" (${basisEn(a.basis)}): zero balance, not used.`,
);
export const STEP_CREDIT_SKIPPED_EXPIRED = /* @__PURE__ */ wording(
  (a: { id: string; basis: string; validUntil: string; date: string; available: number }) => `Ressource « ${a.id} » (${basisFr(a.basis)}) écartée : validité expirée le ${dateFr(a.validUntil)} (achat le ${dateFr(a.date)}).`,
  (a: { id: string; basis: string; validUntil: string; date: string; available: number }) => `Credit "${a.id}" (${basisEn(a.basis)}) skipped: validity ended on ${dateEn(a.validUntil)} (purchase on ${dateEn(a.date)}).`,
  ['available'],
);
export const STEP_CREDIT_SKIPPED_RESERVED = /* @__PURE__ */ wording(
  (a: { id: string; basis: string; actionTypes?: readonly string[] | undefined; codes?: readonly string[] | undefined; action: string; available: number }) =>
    `Ressource « ${a.id} » (${basisFr(a.basis)}) écartée : fléchée vers d'autres actions (${reservedWhat(a, ACTION_LABEL, ' ; ')}), non vers ${THIS_ACTION[a.action]}.`,
  (a: { id: string; basis: string; actionTypes?: readonly string[] | undefined; codes?: readonly string[] | undefined; action: string; available: number }) =>
    `Credit "${a.id}" (${basisEn(a.basis)}) skipped: reserved for other actions (${reservedWhat(a, ACTION_LABEL_EN, '; ')}), not for ${THIS_ACTION_EN[a.action]}.`,
  ['available'],
);
export const STEP_NOT_ELIGIBLE = /* @__PURE__ */ fixedWithAmounts<{ price: number }>(
  "Achat non éligible au CPF : aucune ressource du compte n'est mobilisée ; le prix reste dû hors CPF.",
  'Purchase not eligible for the CPF: nothing is drawn from the account; the price remains payable outside the CPF.',
  ['price'],
);
/** Why the participation is not charged (or is zero): a wording and its facts. */
export interface Reason {
  readonly w: Wording<never>;
  readonly f: unknown;
}
/** The reason's French and English sentences. */
export const reasonFr = (r: Reason): string => (r.w as Wording<unknown>).fr(r.f);
export const reasonEn = (r: Reason): string => (r.w as Wording<unknown>).en(r.f);
const reason = <A>(w: Wording<A>, f: A): Reason => ({ w: w as Wording<never>, f });

/** @internal */
export const HOLDER_STATUS_LABEL: Readonly<Record<string, readonly [string, string]>> = {
  employee: ['salarié', 'employee'],
  jobseeker: ["demandeur d'emploi", 'jobseeker'],
  'self-employed': ['travailleur indépendant', 'self-employed'],
  'public-servant': ['agent public', 'public servant'],
  other: ['autre', 'other'],
};
const statusLabel = (status: string, i: 0 | 1): string => HOLDER_STATUS_LABEL[status]?.[i] ?? status;

// Every reason of `participation.reason` / `reasonEn` (`REASON_<key>`).
export const REASON_JOBSEEKER = /* @__PURE__ */ fixed("Demandeur d'emploi : participation non due (L. 6323-7).", 'Jobseeker: no flat-rate contribution due (L. 6323-7).');
export const REASON_STATUS = /* @__PURE__ */ wording(
  (a: { status: string }) => `Statut « ${statusLabel(a.status, 0)} » dispensé.`,
  (a: { status: string }) => `Status "${statusLabel(a.status, 1)}" exempt.`,
);
export const REASON_C2P = /* @__PURE__ */ wording(
  (a: { id: string }) => `Abondement « ${a.id} » au titre du C2P (L. 4163-8) : participation non due (R. 6323).`,
  (a: { id: string }) => `Top-up "${a.id}" from the occupational risk prevention account (C2P, L. 4163-8): no flat-rate contribution due (R. 6323).`,
);
export const REASON_ATMP = /* @__PURE__ */ wording(
  (a: { id: string }) => `Abondement « ${a.id} » AT/MP (CSS L. 432-12) : participation non due (R. 6323).`,
  (a: { id: string }) => `Top-up "${a.id}" for an occupational accident or disease (AT/MP, CSS L. 432-12): no flat-rate contribution due (R. 6323).`,
);
export const REASON_EMPLOYER_TOP_UP = /* @__PURE__ */ wording(
  (a: { id: string; agreement: boolean }) =>
    `Abondement employeur « ${a.id} » (${a.agreement ? 'accord collectif L. 6323-14, versé au titre du II 2° de L. 6323-4' : 'L. 6323-4 II 2°'}) : participation non due (L. 6323-7).`,
  (a: { id: string; agreement: boolean }) =>
    `Employer top-up "${a.id}" (${a.agreement ? 'collective agreement L. 6323-14, paid under L. 6323-4 II 2°' : 'L. 6323-4 II 2°'}): no flat-rate contribution due (L. 6323-7).`,
);
export const REASON_DOTATION_OPTION = /* @__PURE__ */ wording(
  (a: { id: string }) => `Dotation employeur « ${a.id} » (L. 6323-4 III) : dispense retenue par option (lecture discutée).`,
  (a: { id: string }) => `Employer allocation (dotation) "${a.id}" (L. 6323-4 III): exemption applied by option (disputed reading).`,
);
export const REASON_OPCO_OPTION = /* @__PURE__ */ wording(
  (a: { id: string }) => `Abondement OPCO « ${a.id} » : dispense retenue par option (lecture discutée).`,
  (a: { id: string }) => `OPCO top-up "${a.id}": exemption applied by option (disputed reading).`,
);
export const REASON_PUBLIC_SERVANT = /* @__PURE__ */ fixed(
  'Agent public : participation non prélevée en pratique (option publicServantExempt).',
  'Public servant: the flat-rate contribution is not charged in practice (option publicServantExempt).',
);
export const REASON_NOT_ELIGIBLE = /* @__PURE__ */ fixed('Achat non éligible : pas de participation forfaitaire.', 'Purchase not eligible: no flat-rate contribution.');
export const REASON_NONE_AT_DATE = /* @__PURE__ */ fixed('Pas de participation forfaitaire à cette date (créée le 2 mai 2024).', 'No flat-rate contribution on this date (introduced on 2 May 2024).');
export const REASON_PRICE_AT_MOST = /* @__PURE__ */ fixed(
  'Prix inférieur ou égal à la participation : le titulaire paie le prix, aucun droit n’est mobilisé.',
  'Price not above the flat-rate contribution: the holder pays the price and no rights are used.',
);
export { reason };

export const STEP_PARTICIPATION_EXEMPT = /* @__PURE__ */ wording(
  (a: { reason: Reason; participation: number; parameter: string }) => `Participation forfaitaire non due. ${reasonFr(a.reason)}`,
  (a: { reason: Reason; participation: number; parameter: string }) => `Flat-rate contribution (participation forfaitaire) not due. ${reasonEn(a.reason)}`,
  ['participation', 'parameter'],
);
export const STEP_PARTICIPATION = /* @__PURE__ */ wording(
  (a: { cents: number; value: string; limited: boolean; participation: number }) => (a.cents === 0 ? 'Pas de participation forfaitaire à cette date.' : `Participation forfaitaire : ${eur(a.cents)} par achat${a.limited ? ', limitée au prix' : ''}.`),
  (a: { cents: number; value: string; limited: boolean; participation: number }) =>
    a.cents === 0 ? 'No flat-rate contribution (participation forfaitaire) on this date.' : `Flat-rate contribution (participation forfaitaire): EUR ${fmt(a.cents)} per purchase${a.limited ? ', limited to the price' : ''}.`,
  ['participation'],
);
export const STEP_CPF_COVERAGE_LIMIT = /* @__PURE__ */ wording(
  (a: { price: number; participation: number; maxCpf: number }) => (a.maxCpf === 0 ? 'Le prix ne dépasse pas la participation : aucune ressource CPF ni abondement n’est mobilisé.' : `Les ressources CPF et abondements couvrent au plus prix − participation = ${eur(a.maxCpf)}.`),
  (a: { price: number; participation: number; maxCpf: number }) => (a.maxCpf === 0 ? 'The price does not exceed the flat-rate contribution: nothing is drawn from the CPF account and no top-up is used.' : `CPF resources and top-ups cover at most the price minus the flat-rate contribution: EUR ${fmt(a.maxCpf)}.`),
  ['price', 'participation', 'maxCpf'],
);
export const STEP_RESOURCE_USED = /* @__PURE__ */ wording(
  (a: UsedFacts) =>
    `${a.credit ? 'Ressource' : 'Abondement'} « ${a.id} » (${basisFr(a.basis)}${funderFr(a.funder)}) : ${eur(a.used)} mobilisés sur ${eur(a.available)}${a.capLimited ? ' (plafond D. 6323-1 A atteint)' : ''}.`,
  (a: UsedFacts) => `${a.credit ? 'Credit' : 'Top-up'} "${a.id}" (${basisEn(a.basis)}${funderEn(a.funder)}): EUR ${fmt(a.used)} used of EUR ${fmt(a.available)}${a.capLimited ? ' (D. 6323-1 A cap reached)' : ''}.`,
  ['used', 'available', 'remaining'],
);
interface UsedFacts {
  readonly credit: boolean;
  readonly id: string;
  readonly basis: string;
  readonly funder: string | undefined;
  readonly used: number;
  readonly available: number;
  readonly remaining: number;
  readonly capLimited: boolean;
}
export const STEP_RESOURCE_NOT_NEEDED = /* @__PURE__ */ wording(
  (a: { credit: boolean; id: string; basis: string; covered: boolean; available: number }) => `${a.credit ? 'Ressource' : 'Abondement'} « ${a.id} » (${basisFr(a.basis)}) non ${a.credit ? 'mobilisée' : 'mobilisé'} : ${a.covered ? 'le reste à financer est déjà couvert' : 'plafond atteint'}.`,
  (a: { credit: boolean; id: string; basis: string; covered: boolean; available: number }) => `${a.credit ? 'Credit' : 'Top-up'} "${a.id}" (${basisEn(a.basis)}) not used: ${a.covered ? 'what remains to be financed is already covered' : 'cap reached'}.`,
  ['available'],
);
export const STEP_NOTHING_TO_FINANCE = /* @__PURE__ */ wording(
  (a: { credit: boolean; id: string }) => (a.credit ? `Ressource « ${a.id} » non mobilisée : rien à financer par le CPF.` : `Abondement « ${a.id} » non mobilisé : rien à financer par le CPF.`),
  (a: { credit: boolean; id: string }) => `${a.credit ? 'Credit' : 'Top-up'} "${a.id}" not used: nothing for the CPF to pay.`,
);
export const STEP_ACQUIRED_RIGHTS = /* @__PURE__ */ wording(
  (a: AcquiredFacts) =>
    a.capBound
      ? `Droits acquis : ${eur(a.used)} mobilisés sur ${eur(a.available)}, plafond de ${eur(a.cap!)} atteint pour ${THIS_ACTION[a.action]} (D. 6323-1 A).`
      : a.used !== 0
        ? `Droits acquis : ${eur(a.used)} mobilisés sur ${eur(a.available)}${a.cap !== undefined ? ` (plafond D. 6323-1 A : ${eur(a.cap)})` : ''}.`
        : `Droits acquis non mobilisés${a.available === 0 ? ' : solde nul' : a.remaining === 0 ? ' : le reste à financer est déjà couvert' : ' : plafond atteint'}.`,
  (a: AcquiredFacts) =>
    a.capBound
      ? `Acquired rights: EUR ${fmt(a.used)} used of EUR ${fmt(a.available)}, cap of EUR ${fmt(a.cap!)} reached for ${THIS_ACTION_EN[a.action]} (D. 6323-1 A).`
      : a.used !== 0
        ? `Acquired rights: EUR ${fmt(a.used)} used of EUR ${fmt(a.available)}${a.cap !== undefined ? ` (D. 6323-1 A cap: EUR ${fmt(a.cap)})` : ''}.`
        : `Acquired rights not used${a.available === 0 ? ': zero balance' : a.remaining === 0 ? ': what remains to be financed is already covered' : ': cap reached'}.`,
  ['used', 'available', 'remaining', 'cap'],
);
export const STEP_HOLDER_PAYS = /* @__PURE__ */ wording(
  (a: { price: number; covered: number; holderPays: number; participation: number }) =>
    `Reste à la charge du titulaire : ${eur(a.holderPays)} (participation ${eur(a.participation)} comprise) ; financé par le CPF et les abondements : ${eur(a.covered)}.`,
  (a: { price: number; covered: number; holderPays: number; participation: number }) =>
    `Left for the holder to pay: EUR ${fmt(a.holderPays)} (flat-rate contribution of EUR ${fmt(a.participation)} included); financed by the CPF and top-ups: EUR ${fmt(a.covered)}.`,
  ['price', 'covered', 'holderPays', 'participation'],
);
export const STEP_INELIGIBLE_RETIREMENT = /* @__PURE__ */ fixed('Conditions de retraite remplies : droits non mobilisables (L. 6323-3).', 'Retirement conditions met: the rights cannot be used (L. 6323-3).');
export const STEP_INELIGIBLE_VALID_LICENCE = /* @__PURE__ */ fixed('Le titulaire détient déjà un permis du groupe léger valide : non éligible (D. 6323-8).', 'The holder already has a valid light-vehicle group licence: not eligible (D. 6323-8).');
export const STEP_INELIGIBLE_RECENT_BILAN = /* @__PURE__ */ fixed('Bilan financé sur fonds publics dans les 5 ans : non éligible (D. 6323-6).', 'A skills assessment (bilan de compétences) funded by public money within the last 5 years: not eligible (D. 6323-6).');
export const STEP_LICENCE_COFINANCING = /* @__PURE__ */ wording(
  (a: { cofinancing: number; minimum: number }) => `Permis du groupe léger : cofinancement de ${eur(a.cofinancing)} par les financeurs des 2° à 12° du II de L. 6323-4 (minimum ${eur(a.minimum)}).`,
  (a: { cofinancing: number; minimum: number }) => `Light-vehicle group licence: EUR ${fmt(a.cofinancing)} co-financed by funders listed in L. 6323-4 II 2° to 12° (minimum EUR ${fmt(a.minimum)}).`,
  ['cofinancing', 'minimum'],
);
export const STEP_ELIGIBLE = /* @__PURE__ */ wording(
  (a: { type: string; code: string | undefined }) => `Action éligible au CPF : ${ACTION_LABEL[a.type]}${a.code ? ` ${a.code}` : ''}.`,
  (a: { type: string; code: string | undefined }) => `Action eligible for the CPF: ${ACTION_LABEL_EN[a.type]}${a.code ? ` ${a.code}` : ''}.`,
);
export const STEP_LEVEL_1 = /* @__PURE__ */ fixed("Niveau 1 : ressources inscrites sur le compte dont les conditions sont remplies, dans l'ordre de priorité retenu.", 'Level 1: account credits whose conditions are met, in the priority order applied.');
export const STEP_LEVEL_2 = /* @__PURE__ */ fixed('Niveau 2 : droits acquis du titulaire.', "Level 2: the holder's acquired rights.");
export const STEP_LEVEL_3 = /* @__PURE__ */ fixed('Niveau 3 : abondements, seulement pour ce qui reste à financer.', 'Level 3: top-ups, only for what remains to be financed.');
export const STEP_COMPLEMENTARY = /* @__PURE__ */ fixed("Ressources complémentaires (L. 6333-2) dans l'ordre de l'arrêté du 30 juillet 2020.", 'Complementary resources (L. 6333-2) in the order of the arrêté of 30 July 2020.');
export const STEP_BAR_OTHERS_PAY = /* @__PURE__ */ wording(
  (a: Bar) => `${a.what} : les droits acquis (L. 6323-11, L. 6323-27, L. 6323-34) ne sont pas mobilisables (${a.article}) ; les ressources inscrites sur le compte et les abondements restent mobilisables.`,
  (a: Bar) => `${a.whatEn}: the acquired rights (L. 6323-11, L. 6323-27, L. 6323-34) cannot be used (${a.article}); account credits and top-ups can still pay.`,
);
export const STEP_BAR_NOTHING_ELSE = /* @__PURE__ */ wording(
  (a: Bar) => `${a.what} : droits acquis non mobilisables (${a.article}) et aucune autre ressource : non éligible.`,
  (a: Bar) => `${a.whatEn}: acquired rights cannot be used (${a.article}) and nothing else can pay: not eligible.`,
);
export const STEP_BAR_ALLOCATION = /* @__PURE__ */ wording(
  (a: BarAllocation) => `Droits acquis non mobilisés : ${a.bar.article} en interdit la mobilisation pour cet achat.`,
  (a: BarAllocation) => `Acquired rights not used: ${a.bar.article} bars them for this purchase.`,
  ['used', 'available', 'remaining'],
  true,
);
interface BarAllocation {
  readonly bar: Bar;
  readonly used: number;
  readonly available: number;
  readonly remaining: number;
}


interface AcquiredFacts {
  readonly capBound: boolean;
  readonly used: number;
  readonly available: number;
  readonly remaining: number;
  /** `undefined` when no D. 6323-1 A cap applies. */
  readonly cap: number | undefined;
  readonly action: string;
}

/** What a reserved credit is reserved for: the action types by name, then the certification codes. */
function reservedWhat(
  a: { actionTypes?: readonly string[] | undefined; codes?: readonly string[] | undefined },
  labels: Readonly<Record<string, string>>,
  sep: string,
): string {
  return [a.actionTypes ? a.actionTypes.map((t) => labels[t] ?? t).join(', ') : '', a.codes ? `codes ${a.codes.join(', ')}` : ''].filter(Boolean).join(sep);
}

const quoted = (ids: readonly string[]): string => ids.map((x) => `« ${x} »`).join(', ');
const quotedEn = (ids: readonly string[]): string => ids.map((x) => `"${x}"`).join(', ');

// Every plan-specific warning's wording (`WARN_<key>`).
export const WARN_BAR_ACQUIRED_RIGHTS_ONLY = /* @__PURE__ */ wording(
  (a: Bar) => `${a.article} ne conditionne que la mobilisation des droits acquis (L. 6323-11, L. 6323-27, L. 6323-34) : le calcul laisse payer les ressources inscrites sur le compte et les abondements. Aucune source publique n'indique ce que fait la plateforme, qui pourrait refuser tout l'achat (option acquiredRightsConditionsBlockPurchase).`,
  (a: Bar) => `${a.article} only sets conditions on the use of the acquired rights (L. 6323-11, L. 6323-27, L. 6323-34): this calculation lets account credits and top-ups pay. No published source says what the platform does; it may refuse the whole purchase (option acquiredRightsConditionsBlockPurchase).`,
);
export const WARN_BAR_PURCHASE_BLOCKED = /* @__PURE__ */ wording(
  (a: Bar) => `Option acquiredRightsConditionsBlockPurchase : l'achat entier est refusé au titre de ${a.article}, alors que le texte ne vise que la mobilisation des droits acquis (lecture non confirmée).`,
  (a: Bar) => `Option acquiredRightsConditionsBlockPurchase: the whole purchase is refused under ${a.article}, although the text only concerns the use of the acquired rights (unconfirmed reading).`,
);
export const WARN_DOTATION_NOT_MOBILISED = /* @__PURE__ */ wording(
  (a: { ids: readonly string[] }) => a.ids.length > 1
      ? `Option employerDotationExempts : les dotations employeur ${quoted(a.ids)} ne sont pas mobilisées pour cet achat (l'ordre de mobilisation ne les utilise pas) : elles ne dispensent donc pas de la participation.`
      : `Option employerDotationExempts : la dotation employeur ${quoted(a.ids)} n'est pas mobilisée pour cet achat (l'ordre de mobilisation ne l'utilise pas) : elle ne dispense donc pas de la participation.`,
  (a: { ids: readonly string[] }) => `Option employerDotationExempts: employer allocation (dotation) ${quotedEn(a.ids)} is not used for this purchase (the order of mobilisation does not use it), so it does not waive the flat-rate contribution.`,
);
export const WARN_DOTATION_EXEMPTION_APPLIED = /* @__PURE__ */ fixed("Dispense de participation accordée pour une dotation employeur (L. 6323-4 III) : le texte ne vise que l'abondement du II 2° ; comportement de la CDC non confirmé.", 'Flat-rate contribution waived for an employer allocation (dotation, L. 6323-4 III): the text only concerns the employer top-up of II 2°; how the Caisse des Dépôts (CDC) applies it is unconfirmed.');
export const WARN_DOTATION_EXEMPTION_NOT_APPLIED = /* @__PURE__ */ wording(
  (a: { id: string }) => `Dotation employeur « ${a.id} » (L. 6323-4 III) : la participation est due (lecture stricte : L. 6323-7 ne vise que l'abondement du II 2°) ; des praticiens la disent non due (option employerDotationExempts).`,
  (a: { id: string }) => `Employer allocation (dotation) "${a.id}" (L. 6323-4 III): flat-rate contribution charged (strict reading: L. 6323-7 refers only to the employer top-up of II 2°); practitioners say it is waived (option employerDotationExempts).`,
);
export const WARN_OPCO_EXEMPTION_APPLIED = /* @__PURE__ */ fixed("Dispense de participation accordée pour un abondement OPCO : R. 6323 permet seulement à l'OPCO de payer la participation.", 'Flat-rate contribution waived for an OPCO top-up: R. 6323 only lets an OPCO pay the contribution.');
export const WARN_OPCO_AGREEMENT_EXEMPTION_NOT_APPLIED = /* @__PURE__ */ wording(
  (a: { id: string }) => `Abondement « ${a.id} » versé par l'OPCO au titre d'un accord (L. 6323-14) : la participation est due (lecture stricte : L. 6323-7 ne dispense que pour l'abondement de l'employeur, 2° du II de L. 6323-4)  ; selon des sources secondaires, la participation n'est pas due pour un abondement de l'employeur prévu par un accord dont la gestion est confiée à l'OPCO (option opcoTopUpExempts, ou déclarez l'employeur comme financeur si c'est l'abondement de l'employeur).`,
  (a: { id: string }) => `Top-up "${a.id}" paid by the OPCO under an agreement (L. 6323-14): flat-rate contribution charged (strict reading: L. 6323-7 waives it only for the employer top-up of L. 6323-4 II 2°); secondary sources say an employer top-up under an agreement whose management is entrusted to the OPCO waives it (option opcoTopUpExempts, or declare the employer as funder if it is the employer's top-up).`,
);
export const WARN_OPCO_EXEMPTION_NOT_APPLIED = /* @__PURE__ */ wording(
  (a: { id: string }) => `Abondement OPCO « ${a.id} » : la participation est due (R. 6323 permet à l'OPCO de la payer, sans en dispenser) ; selon certaines sources, il en dispense (option opcoTopUpExempts).`,
  (a: { id: string }) => `OPCO top-up "${a.id}": flat-rate contribution charged (R. 6323 lets the OPCO pay it but does not waive it); some sources say it does waive it (option opcoTopUpExempts).`,
);
export const WARN_PRACTICE_EXEMPTION_APPLIED = /* @__PURE__ */ fixed('Dispense des agents publics : pratique rapportée par une source secondaire, sans texte identifié.', 'Public-servant exemption: practice reported by a secondary source, no text identified.');
export const WARN_PRACTICE_EXEMPTION_NOT_APPLIED = /* @__PURE__ */ fixed('Agent public : participation comptée (aucun texte ne dispense) ; en pratique elle ne serait pas prélevée (option publicServantExempt).', 'Public servant: flat-rate contribution charged (no text waives it); in practice it is reportedly not charged (option publicServantExempt).');
export const WARN_CAP_SCOPE = /* @__PURE__ */ wording(
  (a: { cap: number }) => `Le plafond de ${eur(a.cap)} (D. 6323-1 A) n'a été appliqué qu'aux droits acquis ; s'il s'appliquait aussi aux droits supplémentaires conventionnels (L. 6323-11 al. 4), le plan changerait (option capAlsoLimitsAgreementCredits).`,
  (a: { cap: number }) => `The EUR ${fmt(a.cap)} cap (D. 6323-1 A) was applied to acquired rights only; if it also covered agreement credits (L. 6323-11 al. 4) the plan would change (option capAlsoLimitsAgreementCredits).`,
);
export const WARN_CAP_SCOPE_APPLIED = /* @__PURE__ */ wording(
  (a: { cap: number }) => `Le plafond de ${eur(a.cap)} (D. 6323-1 A) a été appliqué aussi aux droits supplémentaires conventionnels (lecture non confirmée).`,
  (a: { cap: number }) => `The EUR ${fmt(a.cap)} cap (D. 6323-1 A) was also applied to agreement credits (unconfirmed reading).`,
);
export const WARN_LICENCE_COFINANCING_NOT_MOBILISED = /* @__PURE__ */ wording(
  (a: { used: number; min: number }) => `Le cofinancement qui rend le permis éligible est offert, mais l'ordre de mobilisation n'en utilise que ${eur(a.used)} (minimum ${eur(a.min)}) : la plateforme pourrait exiger qu'il soit effectivement mobilisé (non confirmé).`,
  (a: { used: number; min: number }) => `The co-financing that makes the licence eligible is offered, but the order of mobilisation uses only EUR ${fmt(a.used)} of it (minimum EUR ${fmt(a.min)}): the platform may require it to be actually used (unconfirmed).`,
);
export const WARN_EXEMPTING_TOP_UP_UNUSED_APPLIED = /* @__PURE__ */ wording(
  (a: { id: string }) => `Dispense de participation retenue par option pour l'abondement « ${a.id} » attaché à l'achat, bien que l'ordre de mobilisation ne l'utilise pas ; lecture stricte : la participation serait due (aucun texte ni comportement de la plateforme confirmé).`,
  (a: { id: string }) => `Flat-rate contribution waived by option for top-up "${a.id}" attached to the purchase although the order of mobilisation does not use it; strict reading: the contribution would be due (no text or platform behaviour confirmed).`,
);
export const WARN_EXEMPTING_TOP_UP_UNUSED = /* @__PURE__ */ wording(
  (a: { ids: readonly string[] }) => `${a.ids.length > 1 ? `Les abondements ${quoted(a.ids)}, qui dispenseraient de la participation, ne sont pas mobilisés` : `L'abondement ${quoted(a.ids)}, qui dispenserait de la participation, n'est pas mobilisé`} (les niveaux précédents suffisent) : participation due (lecture stricte : la formation ne fait pas l'objet de cet abondement, L. 6323-7 ; les points C2P ou l'abondement AT/MP ne sont pas utilisés, R. 6323). Option unusedTopUpExempts pour la lecture inverse.`,
  (a: { ids: readonly string[] }) => `${a.ids.length > 1 ? `Top-ups ${quotedEn(a.ids)}, which would waive the flat-rate contribution, are not used` : `Top-up ${quotedEn(a.ids)}, which would waive the flat-rate contribution, is not used`} (earlier levels suffice): contribution charged (strict reading: the training is not funded by that top-up, L. 6323-7; the C2P points or AT/MP top-up are not used, R. 6323). Option unusedTopUpExempts for the other reading.`,
);
export const WARN_COFINANCING_DOTATION = /* @__PURE__ */ fixed('Une dotation (L. 6323-4 III) atteindrait le cofinancement minimal du permis, mais la loi vise un cofinancement du II ; le point n’est pas tranché (option licenceCofinancingMayBeDotation).', 'An allocation (dotation, L. 6323-4 III) would reach the minimum co-financing of the licence, but the law requires co-financing by a funder under II; the point is unsettled (option licenceCofinancingMayBeDotation).');
export const WARN_COFINANCING_DOTATION_APPLIED = /* @__PURE__ */ fixed('Le cofinancement minimal du permis est atteint grâce à une dotation (L. 6323-4 III) : lecture non confirmée.', 'The licence co-financing minimum is reached thanks to an allocation (dotation, L. 6323-4 III): unconfirmed reading.');
export const WARN_COFINANCING_FUNDER_UNCLEAR = /* @__PURE__ */ fixed(
  "Un abondement d'un « autre financeur » n'est pas compté dans le cofinancement du permis : s'il relève des 2° à 12° du II de L. 6323-4 (FAF, chambre de métiers, autre collectivité), déclarez-le avec la base L6323-29 ou le financeur exact.",
  'A top-up from an "other funder" is not counted towards the licence co-financing: if it comes from one of the funders in L. 6323-4 II 2° to 12° (FAF, chamber of trades, other local authority), declare it under basis L6323-29 or with its exact funder.',
  );
export const WARN_ORDER_NOT_SET_BY_TEXT = /* @__PURE__ */ fixed(
  "L'ordre entre certaines ressources complémentaires a changé le résultat alors que l'arrêté du 30 juillet 2020 ne les classe pas : le calcul suit l'ordre de la demande (abondement du titulaire en dernier).",
  "The order among some complementary resources changed the result although the arrêté of 30 July 2020 does not rank them: this calculation follows the request order (the holder's own top-up last).",
  );
export const WARN_ORDER_CHANGED_RESULT = /* @__PURE__ */ wording(
  (a: { base: string; level: number }) => `${a.base} L'ordre au niveau ${a.level} a changé le résultat.`,
  (a: { base: string; level: number }) => `${a.base} The order at level ${a.level} changed the result.`,
);



/**
 * One explanation step as data: code, amounts, references and the facts of its sentence. `label`
 * and `labelEn` are read from the wording table; `toJSON` gives the plain step (same keys, same
 * order as a literal step), so `JSON.stringify(plan)` is unchanged.
 */
/** The amounts of a step whose wording names them (set by the static block of {@link PlanStep}, which reads its private fields). */
let amountsOf: (step: PlanStep) => Record<string, string>;

export class PlanStep implements Step {
  readonly #wording: Wording<unknown>;
  readonly #facts: unknown;
  declare readonly references?: readonly LegalRef[];
  constructor(
    readonly code: string,
    wording: Wording<never>,
    facts: unknown,
    references?: readonly LegalRef[],
  ) {
    this.#wording = wording as Wording<unknown>;
    this.#facts = facts;
    // Only the keys a literal step would have (a missing key stays missing).
    if (references !== undefined) (this as { references?: readonly LegalRef[] }).references = references;
  }
  /** French text. */
  get label(): string {
    return this.#wording.fr(this.#facts);
  }
  /** English text. */
  get labelEn(): string {
    return this.#wording.en(this.#facts);
  }
  static {
    amountsOf = (step: PlanStep): Record<string, string> => {
      const values = step.#facts as Record<string, number | string | undefined>;
      const out: Record<string, string> = {};
      for (const k of step.#wording.amounts!) {
        const v = values[k];
        if (v !== undefined) out[k] = typeof v === 'number' ? centsToString(v) : v;
      }
      return out;
    };
  }
  /** The plain step, keys in the order of a literal step (what `JSON.stringify` writes). */
  toJSON(): Record<string, unknown> {
    const { code, label, labelEn, references } = this;
    const amounts = (this as Step).amounts;
    return this.#wording.amountsLast ? { code, label, labelEn, references, amounts } : { code, label, labelEn, amounts, references };
  }
}

/** A step whose wording names amounts: `amounts` is written from the facts when read. */
export class PlanStepWithAmounts extends PlanStep {
  /** The amounts involved (EUR as `"1296.80"` strings), by name, in the order of the wording. */
  get amounts(): Readonly<Record<string, string>> {
    return amountsOf(this);
  }
}

/** Builds a step from its wording and facts (the facts named by the wording's `amounts` are the step's amounts). */
export function step<A>(code: string, wording: Wording<A>, facts: A, references?: readonly LegalRef[]): PlanStep {
  return wording.amounts === undefined ? new PlanStep(code, wording as Wording<never>, facts, references) : new PlanStepWithAmounts(code, wording as Wording<never>, facts, references);
}

/** One plan-specific warning as data; `message` / `messageEn` read from the wording table. */
export class PlanWarning implements Warning {
  readonly #wording: Wording<unknown>;
  readonly #facts: unknown;
  declare readonly option?: string;
  declare readonly parameter?: string;
  constructor(
    readonly code: string,
    wording: Wording<never>,
    facts: unknown,
    readonly status: ParameterStatus,
    readonly references: readonly LegalRef[],
    option?: string,
    parameter?: string,
  ) {
    this.#wording = wording as Wording<unknown>;
    this.#facts = facts;
    if (option !== undefined) (this as { option?: string }).option = option;
    if (parameter !== undefined) (this as { parameter?: string }).parameter = parameter;
  }
  /** French text. */
  get message(): string {
    return this.#wording.fr(this.#facts);
  }
  /** English text. */
  get messageEn(): string {
    return this.#wording.en(this.#facts);
  }
  /** The plain warning, keys in the order of a literal warning (what `JSON.stringify` writes). */
  toJSON(): Record<string, unknown> {
    const { code, message, messageEn, parameter, status, option, references } = this;
    return { code, message, messageEn, parameter, status, option, references };
  }
}

/** Builds a warning from its wording and facts. */
export function warning<A>(code: string, wording: Wording<A>, facts: A, status: ParameterStatus, references: readonly LegalRef[], option?: string, parameter?: string): PlanWarning {
  return new PlanWarning(code, wording as Wording<never>, facts, status, references, option, parameter);
}
