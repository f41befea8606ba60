/**
 * Legal references used by the documents (../shared/domain/documents.md). URLs point to
 * code.travail.gouv.fr (which reproduces the Code du travail) or Légifrance where known.
 *
 * @module
 */
import type { LegalRef } from '@ofkit/core';

/**
 * Légifrance ids of the articles, versions in force on 27 March 2026: the table of
 * ../shared/domain/corrections-2026-12.md §2, and for the articles it does not list, the DILA LEGI
 * data of `@socialgouv/legi-data` 2.513.0 (`data/LEGITEXT000006072050.json`, read by hand, not a
 * dependency). L. 6352-4 is not in that consolidation (no article in force): it is no longer cited.
 */
const LEGIARTI: Readonly<Record<string, string>> = {
  'L6313-1': 'LEGIARTI000037385660',
  'R6313-3': 'LEGIARTI000038014103',
  'D6313-3-1': 'LEGIARTI000038022323',
  'L6351-1': 'LEGIARTI000037386232',
  'L6352-3': 'LEGIARTI000037386220',
  'L6352-5': 'LEGIARTI000006904402',
  'L6352-12': 'LEGIARTI000006904409',
  'R6352-1': 'LEGIARTI000039355645',
  'R6352-2': 'LEGIARTI000018522360',
  'R6352-3': 'LEGIARTI000039355642',
  'R6352-4': 'LEGIARTI000039355639',
  'R6352-5': 'LEGIARTI000039355636',
  'R6352-6': 'LEGIARTI000039355633',
  'R6352-9': 'LEGIARTI000039355623',
  'R6352-10': 'LEGIARTI000039355620',
  'L6353-1': 'LEGIARTI000037386198',
  'D6353-1': 'LEGIARTI000051819671',
  'L6353-3': 'LEGIARTI000021342990',
  'L6353-4': 'LEGIARTI000006904414',
  'L6353-5': 'LEGIARTI000006904415',
  'L6353-6': 'LEGIARTI000006904416',
  'L6353-7': 'LEGIARTI000006904417',
  'L6353-8': 'LEGIARTI000037386191',
  'L6231-2': 'LEGIARTI000037386088',
  'R6332-26': 'LEGIARTI000053603252',
};

const ct = (article: string, title: string): LegalRef => {
  const id = LEGIARTI[article];
  return {
    source: 'code-du-travail',
    article,
    title,
    ...(id ? { legifranceId: id, url: `https://www.legifrance.gouv.fr/codes/article_lc/${id}` } : { url: `https://code.travail.gouv.fr/code-du-travail/${article.toLowerCase()}` }),
  };
};

/**
 * Every legal reference of the documents, by short name (exported as `DOCUMENT_REFERENCES`).
 *
 * @example
 * ```ts
 * import { DOCUMENT_REFERENCES } from '@ofkit/docs-gen';
 * DOCUMENT_REFERENCES.L6353_6.article; // 'L6353-6'
 * ```
 */
export const REFS = /* @__PURE__ */ (() => ({
  L6313_1: ct('L6313-1', 'Actions concourant au développement des compétences (4 catégories)'),
  R6313_3: ct('R6313-3', "Preuve de l'exécution de l'action par tout élément probant"),
  D6313_3_1: ct('D6313-3-1', 'Formation ouverte et/ou à distance : assistance, information sur les activités, évaluations'),
  L6351_1: ct('L6351-1', "Déclaration d'activité du prestataire de formation"),
  L6352_3: ct('L6352-3', 'Règlement intérieur : santé et sécurité, discipline, représentation'),
  L6352_5: ct('L6352-5', 'Règlement intérieur : mesures d’application fixées par décret en Conseil d’État'),
  L6352_12: ct('L6352-12', "Publicité : l'enregistrement ne vaut pas agrément de l'État (article cité par la pratique)"),
  R6352_1: ct('R6352-1', 'Règlement intérieur : établi dans tout organisme, y compris dans les locaux mis à disposition'),
  R6352_2: ct('R6352-2', 'Règlement intérieur : établi dans les trois mois suivant le début de l’activité'),
  R6352_3: ct('R6352-3', 'Sanction : définition ; amendes et sanctions pécuniaires interdites'),
  R6352_4: ct('R6352-4', 'Aucune sanction sans information préalable des griefs'),
  R6352_5: ct('R6352-5', 'Procédure lorsque la sanction a une incidence sur la présence'),
  R6352_6: ct('R6352-6', 'Délai de la sanction : au moins un jour franc, au plus 15 jours après l’entretien'),
  R6352_9: ct('R6352-9', 'Représentation des stagiaires pour les sessions de plus de 500 heures'),
  R6352_10: ct('R6352-10', 'Élection des délégués : organisation et calendrier (R6352-10 à R6352-15)'),
  L6353_1: ct('L6353-1', 'Programme préétabli ; attestation de fin de formation'),
  D6353_1: ct('D6353-1', 'Convention de formation : mentions obligatoires ; devis ou bon de commande en tenant lieu'),
  /** D. 6353-1 I 1° as amended by décret 2025-586 of 27 June 2025 (from 1 July 2025): the distance-learning rate. */
  D6353_1_2025: { ...ct('D6353-1', 'Convention : taux des enseignements dispensés à distance sur la durée totale (décret 2025-586)'), legifranceId: 'LEGIARTI000051819671', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051819671' },
  L6353_3: ct('L6353-3', 'Contrat de formation avec une personne physique à ses frais'),
  L6353_4: ct('L6353-4', 'Contrat de formation : mentions à peine de nullité'),
  L6353_5: ct('L6353-5', 'Délai de rétractation de 10 jours (lettre recommandée avec AR)'),
  L6353_6: ct('L6353-6', 'Aucun paiement avant la fin du délai de rétractation ; au plus 30 % ensuite ; solde échelonné'),
  L6353_7: ct('L6353-7', 'Force majeure : seules les prestations effectuées sont dues'),
  L6353_8: ct('L6353-8', "Informations remises au stagiaire avant l'inscription définitive"),
  L6231_2: ct('L6231-2', 'CFA : référent handicap'),
  CONSO_L221_18: {
    source: 'code-de-la-consommation',
    article: 'L221-18',
    title: 'Code de la consommation : rétractation de 14 jours (contrat à distance ou hors établissement)',
  },
  QUALIOPI_1: {
    source: 'referentiel',
    article: 'RNQ indicateur 1',
    title: "Information du public sur les prestations : prérequis, objectifs, durée, modalités et délais d'accès, tarifs, contacts, méthodes, évaluation, accessibilité",
  },
  QUALIOPI_5: { source: 'referentiel', article: 'RNQ indicateur 5', title: 'Objectifs opérationnels et évaluables' },
  QUALIOPI_9: { source: 'referentiel', article: 'RNQ indicateur 9', title: 'Information des publics sur les conditions de déroulement' },
  QUALIOPI_23: { source: 'referentiel', article: 'RNQ indicateur 23', title: 'Veille légale et réglementaire sur le champ de la formation professionnelle, et exploitation de ses enseignements' },
  QUALIOPI_26: { source: 'referentiel', article: 'RNQ indicateur 26', title: 'Accueil des personnes en situation de handicap' },
  QUALIOPI_30: { source: 'referentiel', article: 'RNQ indicateur 30', title: 'Recueil des appréciations des parties prenantes' },
  CERTIFICAT_MODEL: {
    source: 'official-site',
    article: 'Modèle de certificat de réalisation (ministère du Travail / DGEFP, avril 2020)',
    title: 'Certificat de réalisation des actions de formation',
    url: 'https://www.opco-atlas.fr/actualites/nouveau-un-certificat-de-realisation-des-actions-de-formation.html',
  },
  R6332_26: ct('R6332-26', 'Pièces justificatives demandées par les OPCO (arrêté du 21 décembre 2018)'),
  CAA_NANTES_2021: {
    source: 'jurisprudence',
    article: 'CAA Nantes, 1er juin 2021',
    title: "Valeur probante de la feuille d'émargement : horaires, modules, formateur, signature par demi-journée, cohérence",
    url: 'https://caraxo.fr/precisions-caa-nantes-emargement/',
  },
  REPONSE_91021: {
    source: 'official-site',
    article: 'Réponse ministérielle n° 91021 (JOAN 29/03/2011)',
    title: "Attestation de fin de formation : résultats de l'évaluation seulement si elle était prévue",
  },
  CCOM_L441_9: {
    source: 'code-de-commerce',
    article: 'L441-9',
    title: 'Facture : mentions obligatoires',
  },
  CCOM_L441_10: { source: 'code-de-commerce', article: 'L441-10', title: 'Délais de paiement, pénalités de retard, indemnité forfaitaire' },
  CCOM_D441_5: { source: 'code-de-commerce', article: 'D441-5', title: 'Indemnité forfaitaire pour frais de recouvrement : 40 €' },
  CGI_289: { source: 'code-general-des-impots', article: '289', title: 'Facturation : numérotation chronologique continue, mentions' },
  CGI_242_NONIES_A: {
    source: 'code-general-des-impots',
    article: 'ann. II art. 242 nonies A',
    title: "Mentions de la facture, dont la référence à la disposition d'exonération de TVA",
  },
  CGI_261_4_4A: {
    source: 'code-general-des-impots',
    article: '261-4-4° a',
    title: 'Exonération de TVA de la formation professionnelle continue',
  },
  CGI_293B: { source: 'code-general-des-impots', article: '293 B', title: 'Franchise en base de TVA' },
  DECRET_2022_1299: {
    source: 'decret',
    article: '2022-1299',
    title: 'Facturation électronique : nouvelles mentions (SIREN du client, nature des opérations…)',
  },
  PRACTICE_NDA: {
    source: 'practice',
    article: 'NDA sur les documents',
    title: "Usage : numéro de déclaration d'activité sur conventions, contrats, devis et factures (régime de L6351-1)",
  },
  PRACTICE_CONTRACT: {
    source: 'practice',
    article: 'Droit des contrats',
    title: 'Identification des parties, date et signatures',
  },
  PRACTICE_CONVOCATION: {
    source: 'practice',
    article: 'Convocation',
    title: 'Convocation : dates, horaires, lieu ou lien, contacts, règlement intérieur (informations de L6353-8)',
  },
  PRACTICE_QUESTIONNAIRE: {
    source: 'practice',
    article: 'Questionnaire de satisfaction',
    title: 'Évaluation à chaud (fin de session) et à froid (quelques mois après)',
  },
} as const satisfies Record<string, LegalRef>))();
