import type { LegalRef } from '@ofkit/core';

/**
 * Legal references used across `@ofkit/rnq`. Sources and confidence are those of
 * `../shared/domain/rnq-v9.md` and `../shared/domain/rnq-2026.md`.
 */
export const REF = {
  decret2019_565: {
    source: 'decret',
    article: '2019-565',
    title: 'Décret n° 2019-565 du 6 juin 2019 relatif au référentiel national sur la qualité (D. 6316-1-1 et annexe : 32 indicateurs)',
  },
  decret2019_564: {
    source: 'decret',
    article: '2019-564',
    title: 'Décret n° 2019-564 du 6 juin 2019 relatif à la qualité des actions de la formation professionnelle (R. 6316-1 : 7 critères)',
  },
  d6316_1_1: {
    source: 'code-du-travail',
    article: 'D6316-1-1',
    title: 'Référentiel national qualité : indicateurs (annexe)',
    legifranceId: 'LEGIARTI000038589742',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038589742',
  },
  guideV9: {
    source: 'guide-de-lecture',
    article: 'Guide de lecture RNQ V9 du 8 janvier 2024',
    title: 'Guide de lecture du référentiel national qualité, version 9 (DGEFP), applicable au 8 mars 2024',
    url: 'https://travail-emploi.gouv.fr/',
  },
  decret2026_728: {
    source: 'decret',
    article: '2026-728',
    title: 'Décret n° 2026-728 du 1er août 2026 relatif au référentiel national sur la qualité (33 indicateurs ; texte non lu sur Légifrance)',
    legifranceId: 'JORFTEXT000054608509',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054608509',
  },
  arreteAudit: {
    source: 'arrete',
    article: 'Arrêté du 6 juin 2019 (modalités d\'audit), modifié par l\'arrêté du 31 mai 2023',
    title: 'Arrêté relatif aux modalités d\'audit associées au référentiel national qualité',
    legifranceId: 'JORFTEXT000038565293',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000038565293',
  },
  arreteArt2: {
    source: 'arrete',
    article: 'Arrêté du 6 juin 2019 modifié, art. 2',
    title: 'Audit de surveillance : entre le 14e et le 22e mois ; périmètre minimal',
    legifranceId: 'LEGIARTI000047653698',
    url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000047653698',
  },
  arreteArt5: {
    source: 'arrete',
    article: 'Arrêté du 6 juin 2019 modifié, art. 5',
    title: 'Traitement des non-conformités (mineures, majeures ; 3 mois + 1 mois ; 6 mois)',
    legifranceId: 'LEGIARTI000047653706',
    url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000047653706',
  },
  fiveMinors: {
    source: 'practice',
    article: 'Q&R ministère reproduites par certificateurs (certipilot ; accompagnement-certification.fr)',
    title: '5 non-conformités mineures non levées valent une non-conformité majeure (source secondaire)',
    url: 'https://ressources.certipilot.fr/parcours-qualiopi/apres-laudit/non-conformites',
  },
  renewalFaq: {
    source: 'official-site',
    article: 'FAQ ministère (audit de renouvellement), reproduite par certipilot',
    title: 'Renouvellement : mené comme un audit initial, à planifier pour lever les NC majeures avant l\'échéance',
    url: 'https://ressources.certipilot.fr/faq/audit-de-renouvellement',
  },
  l6313_1: {
    source: 'code-du-travail',
    article: 'L6313-1',
    title: 'Catégories d\'actions concourant au développement des compétences (1° à 4°)',
    legifranceId: 'LEGIARTI000037385660',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385660',
  },
  d6313_3_1: {
    source: 'code-du-travail',
    article: 'D6313-3-1',
    title: 'Formation ouverte et/ou à distance : assistance technique et pédagogique, information sur les activités et leur durée moyenne, évaluations',
    legifranceId: 'LEGIARTI000038022323',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038022323',
  },
  d6313_3_2: {
    source: 'code-du-travail',
    article: 'D6313-3-2',
    title: 'Action de formation en situation de travail (AFEST)',
    legifranceId: 'LEGIARTI000038022325',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038022325',
  },
  l6111_8: {
    source: 'code-du-travail',
    article: 'L6111-8',
    title: 'Indicateurs de résultats des CFA (InserJeunes)',
    legifranceId: 'LEGIARTI000037386112',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386112',
  },
  l6353_1: {
    source: 'code-du-travail',
    article: 'L6353-1',
    title: 'Moyens de suivi de l\'exécution de l\'action (émargement par demi-journée, relevés de connexion)',
    legifranceId: 'LEGIARTI000037386198',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386198',
  },
  caaNantes2021: {
    source: 'jurisprudence',
    article: 'CAA Nantes, 1er juin 2021',
    title: 'Feuille d\'émargement probante : signature du stagiaire par demi-journée et du formateur (source secondaire)',
    url: 'https://caraxo.fr/precisions-caa-nantes-emargement/',
  },
  r6333_6_2: {
    source: 'code-du-travail',
    article: 'R6333-6-2',
    title: 'CPF : sous-traitance (contrat écrit, pas de cascade) — décret n° 2023-1350, contrats signés à compter du 1er avril 2024',
    legifranceId: 'LEGIARTI000048810206',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048810206',
  },
  r6333_6_3: {
    source: 'code-du-travail',
    article: 'R6333-6-3',
    title: 'CPF : sous-traitant certifié Qualiopi, sauf micro-entrepreneur dont le chiffre d\'affaires ne dépasse pas le seuil du 2° du 1 de l\'article 50-0 du CGI',
    legifranceId: 'LEGIARTI000048810210',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048810210',
  },
  rnqAnnex: {
    source: 'code-du-travail',
    article: 'Annexe RNQ (chapitre VI du titre Ier du livre III, sixième partie)',
    title: 'Référentiel national de certification qualité : indicateurs par critère et colonnes L. 6313-1 1° à 4° (partie I), modalités d\'audit (partie II)',
    legifranceId: 'LEGIARTI000038591641',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038591641',
  },
  rnqAnnexPart2: {
    source: 'code-du-travail',
    article: 'Annexe RNQ, partie II, 2 a)',
    title: '« En cas de résultats satisfaisants, la certification est délivrée pour trois ans » ; audits selon des cycles de trois années',
    legifranceId: 'LEGIARTI000038591641',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038591641',
  },
  r6316_1: {
    source: 'code-du-travail',
    article: 'R6316-1',
    title: 'Les sept critères de la certification qualité',
    legifranceId: 'LEGIARTI000038624068',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038624068',
  },
  cgi50_0: {
    source: 'code-general-des-impots',
    article: '50-0, 1, 2°',
    title: 'Régime micro-entreprise : seuil de chiffre d\'affaires des prestations de services (révisé tous les trois ans)',
  },
  decret2023_422: {
    source: 'decret',
    article: '2023-422',
    title: 'Décret n° 2023-422 du 31 mai 2023 : seuils micro-entreprise 2023–2025 (77 700 € pour les prestations de services ; texte cité par des sources secondaires)',
  },
  urssafSeuils2026: {
    source: 'official-site',
    article: 'Urssaf, 20 février 2026 (relayé par la presse)',
    title: 'Seuils micro-entreprise à compter de 2026 : 83 600 € pour les prestations de services (source secondaire ; texte légal non lu)',
    url: 'https://www.journaldeleconomie.fr/auto-entrepreneurs-la-mauvaise-surprise-cachee-dans-les-nouveaux-baremes/',
  },
  practice: {
    source: 'practice',
    article: 'Pratique',
    title: 'Pratique courante des organismes et des auditeurs (aucun texte ne l\'impose sous cette forme)',
  },
} as const satisfies Record<string, LegalRef>;
