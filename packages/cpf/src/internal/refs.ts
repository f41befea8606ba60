/**
 * Legal references used by the CPF rules. Facts and identifiers come from
 * ../shared/domain/cpf.md and ../shared/domain/corrections-2026-12.md; every LEGIARTI id below was
 * checked (article number `num`, version dates) in the DILA LEGI data as packaged on npm:
 * `@socialgouv/legi-data` 2.513.0, `data/LEGITEXT000006072050.json` (Code du travail consolidated
 * on 27 March 2026). The three ids of versions after that date (R. 6323 of April 2026, L. 6323-6 of
 * June 2026, L. 6323-4 of August 2026) are not in that file: they were checked in the repository's
 * `data/articles/index.json` (github.com/SocialGouv/legi-data, commit 91a2a13 of 20 August 2026,
 * release 2.558.0), which maps each article (its `cid`) to the id of its version in force; their texts
 * were not read. Every Code du travail id carries the URL `codes/article_lc/<LEGIARTI id>`
 * (the form the notes give); `refs.test.ts` checks it.
 *
 * A reference used over a period in which the article had several versions carries no id: its
 * comment lists the versions (L. 6323-6 before 2026, L. 6323-13, L. 6323-29, L. 6323-37).
 *
 * @internal
 */
import type { LegalRef } from '@ofkit/core';

const lf = (id: string) => `https://www.legifrance.gouv.fr/codes/article_lc/${id}`;
const ct = (article: string, title: string, legifranceId?: string): LegalRef =>
  legifranceId ? { source: 'code-du-travail', article, title, legifranceId, url: lf(legifranceId) } : { source: 'code-du-travail', article, title };

export const REF = /* @__PURE__ */ (() => ({
  R6333_3_2025: ct('R6333-3', 'Ordre de mobilisation des droits et ressources du CPF (version du décret 2025-1156)', 'LEGIARTI000052989055'),
  /** R. 6333-3 in force 31 Dec 2018 – 4 Dec 2025 (LEGI: MODIFIE, dateDebut 2018-12-31, dateFin 2025-12-05). */
  R6333_3_2018: ct('R6333-3', 'Ordre de mobilisation des droits du CPF (version du décret 2018-1333)', 'LEGIARTI000038031942'),
  DECRET_2025_1156: { source: 'decret', article: '2025-1156', title: 'Décret n° 2025-1156 du 3 décembre 2025 portant sur la mobilisation des droits inscrits sur le CPF' } as LegalRef,
  ARRETE_2020_07_30: {
    source: 'arrete',
    article: 'Arrêté du 30 juillet 2020',
    title: "Arrêté du 30 juillet 2020 fixant l'ordre de mobilisation des ressources complémentaires du CPF",
    legifranceId: 'JORFTEXT000042183171',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042183171/',
  } as LegalRef,
  L6333_1: ct('L6333-1', 'Ressources finançant les droits acquis', 'LEGIARTI000044375694'),
  R6333_2: ct('R6333-2', 'Droits complémentaires mobilisables après réception des fonds', 'LEGIARTI000038031939'),
  /**
   * L. 6323-4 (article cid LEGIARTI000006904226), version 9: LEGIARTI000049423585, VIGUEUR from
   * 17 Apr 2024 in the 27 March 2026 data; replaced by version 10 (`L6323_4_2026_08`) from 19 Aug 2026.
   */
  L6323_4: ct('L6323-4', 'Financement des formations CPF : abondements (II) et alimentation supplémentaire (III)', 'LEGIARTI000049423585'),
  /**
   * Earlier versions of L. 6323-4, from the `articleVersions` of the article (cid
   * LEGIARTI000006904226) in the LEGI data (@socialgouv/legi-data 2.513.0,
   * `data/LEGITEXT000006072050.json`; `dateFin` is the first day of the next version):
   * version 6, LEGIARTI000037385061, MODIFIE, dateDebut 2019-01-01, dateFin 2023-01-01.
   */
  L6323_4_2019: ct('L6323-4', 'Financement des formations CPF (version du 1er janvier 2019)', 'LEGIARTI000037385061'),
  /** Version 7 of L. 6323-4 (same source): LEGIARTI000046873603, MODIFIE, dateDebut 2023-01-01, dateFin 2024-01-01. */
  L6323_4_2023: ct('L6323-4', 'Financement des formations CPF (version du 1er janvier 2023)', 'LEGIARTI000046873603'),
  /** Version 8 of L. 6323-4 (same source): LEGIARTI000048600487, MODIFIE, dateDebut 2024-01-01, dateFin 2024-04-17. */
  L6323_4_2024_01: ct('L6323-4', 'Financement des formations CPF (version du 1er janvier 2024)', 'LEGIARTI000048600487'),
  L6323_7: ct('L6323-7', 'Participation du titulaire au financement de la formation', 'LEGIARTI000046873599'),
  /**
   * The article is numbered « R6323 », without a dash: LEGI `num` 'R6323', the only article of the
   * « Section préliminaire : Principes communs » of chapter III (title II, book III, part six,
   * regulatory part), created by décret 2024-394 art. 1. LEGIARTI000049488983: VIGUEUR from
   * 2 May 2024 (only version in the 27 March 2026 data).
   */
  R6323_2024: ct('R6323', 'Participation forfaitaire du titulaire (décret 2024-394)', 'LEGIARTI000049488983'),
  /**
   * Same article (cid LEGIARTI000049488488), next version: the legi-data index maps that cid to
   * LEGIARTI000049488983 up to the update of 1 April 2026 and to LEGIARTI000053744158 from the update
   * of 2 April 2026 (commit 16e3ac4) to 20 August 2026. Its start date and text are not in the data.
   */
  R6323_2026: ct('R6323', 'Participation forfaitaire du titulaire (version du 2 avril 2026, texte non lu)', 'LEGIARTI000053744158'),
  DECRET_2024_394: { source: 'decret', article: '2024-394', title: 'Décret n° 2024-394 du 29 avril 2024 (participation obligatoire CPF)' } as LegalRef,
  ARRETE_2024_12_26: { source: 'arrete', article: 'Arrêté du 26 décembre 2024', title: 'Montant de la participation forfaitaire CPF pour 2025 (102,23 €)' } as LegalRef,
  ARRETE_2025_12_30: { source: 'arrete', article: 'Arrêté du 30 décembre 2025', title: 'Montant de la participation forfaitaire CPF pour 2026 (103,20 €), JO du 1er janvier 2026' } as LegalRef,
  // Bases of credits and top-ups (R. 6333-3 1° and 3°), cited by the plan for any purchase date
  // from 1 Jan 2020 (both orders of mobilisation).
  /** LEGIARTI000037385300: VIGUEUR from 1 Jan 2019 (still the version in force on 20 Aug 2026). */
  L2254_2: ct('L2254-2', 'Abondement du salarié licencié après refus d’un accord de performance collective', 'LEGIARTI000037385300'),
  /**
   * L. 6323-13 had several versions since 1 Jan 2020, so no single id. From the article's version
   * list in the LEGI data (@socialgouv/legi-data 2.513.0): LEGIARTI000038610061 (1 Jan 2020 –
   * 31 Dec 2021), LEGIARTI000043701794 (1 Jan 2022 – 25 Oct 2025), LEGIARTI000052437094
   * (loi 2025-989, 26 Oct 2025 – 31 Aug 2026, ABROGE_DIFF), LEGIARTI000053151869 (from 1 Sep 2026,
   * VIGUEUR_DIFF, text not read).
   */
  L6323_13: ct('L6323-13', 'Abondement correctif de 3 000 € (plusieurs versions successives depuis 2020)'),
  /** LEGIARTI000039784462: VIGUEUR from 27 Dec 2019 (loi 2019-1428; still in force on 20 Aug 2026). */
  L7342_3: ct('L7342-3', 'Abondement des plateformes pour les travailleurs indépendants', 'LEGIARTI000039784462'),
  LOI_2016_1691_ART_12: { source: 'loi', article: '2016-1691 art. 12 II', title: 'Loi Sapin II : abondement des lanceurs d’alerte' } as LegalRef,
  /**
   * L. 6323-29 had two versions since 1 Jan 2020, so no single id (LEGI data, legi-data 2.513.0):
   * LEGIARTI000037385112 (1 Jan 2019 – 31 Aug 2022), LEGIARTI000045178415 (from 1 Sep 2022, still in
   * force on 20 Aug 2026).
   */
  L6323_29: ct('L6323-29', 'Abondements des FAF et chambres de métiers (plusieurs versions successives depuis 2020)'),
  /**
   * L. 6323-37 had two versions since 1 Jan 2020, so no single id (LEGI data, legi-data 2.513.0):
   * LEGIARTI000037385201 (1 Jan 2019 – 19 Dec 2023), LEGIARTI000048598274 (loi 2023-1196, from
   * 20 Dec 2023, still in force on 20 Aug 2026).
   */
  L6323_37: ct('L6323-37', 'Abondement des entreprises accueillant des travailleurs d’ESAT (plusieurs versions successives depuis 2020)'),
  /**
   * LEGIARTI000043025856: the only version of L. 6323-43 (created by ordonnance 2021-45, VIGUEUR from
   * 1 Jan 2022, still in force on 20 Aug 2026). The article did not exist before 2022, yet the plan
   * accepts this basis (and cites it) for a purchase from 2020.
   */
  L6323_43: ct('L6323-43', 'DIF des élus locaux', 'LEGIARTI000043025856'),
  L4163_8: ct('L4163-8', 'Compte professionnel de prévention : points utilisés pour la formation', 'LEGIARTI000037385284'),
  CSS_L432_12: { source: 'code-de-la-securite-sociale', article: 'L432-12', title: 'Abondement AT/MP pour la reconversion professionnelle' } as LegalRef,
  L6323_14: ct('L6323-14', 'Abondements prévus par accord collectif', 'LEGIARTI000038498896'),
  L6323_11: ct('L6323-11', 'Alimentation annuelle du CPF et accords plus favorables', 'LEGIARTI000038951729'),
  D6323_1_A: ct('D6323-1 A', 'Plafonds des droits acquis mobilisables (RS hors CléA, bilan, permis groupe léger)', 'LEGIARTI000053569786'),
  DECRET_2026_127: { source: 'decret', article: '2026-127', title: 'Décret n° 2026-127 du 24 février 2026 (plafonds et permis de conduire)' } as LegalRef,
  DECRET_2026_126: { source: 'decret', article: '2026-126', title: 'Décret n° 2026-126 du 24 février 2026 (bilan de compétences)' } as LegalRef,
  L6323_6: ct('L6323-6', 'Actions éligibles au CPF (version LFI 2026)', 'LEGIARTI000053549516'),
  L6323_6_2026_06: ct('L6323-6', 'Actions éligibles au CPF (version du 30 juin 2026, texte non lu)', 'LEGIARTI000054337187'),
  L6323_4_2026_08: ct('L6323-4', 'Financement des formations CPF (version du 19 août 2026, texte non lu)', 'LEGIARTI000054703482'),
  /**
   * L. 6323-6 in the versions before the LFI 2026 (21 Feb 2026): several successive versions, so no
   * single Légifrance id. From the article's version list in the DILA LEGI data
   * (@socialgouv/legi-data 2.513.0): LEGIARTI000037385057 (2019–2021), LEGIARTI000043029367
   * (2022–2023), LEGIARTI000047713294 (1 Jan 2024 – 15 Feb 2025), LEGIARTI000051184759
   * (16 Feb 2025 – 20 Feb 2026). The rule set that cites it covers all of them.
   */
  L6323_6_BEFORE_2026: ct('L6323-6', 'Actions éligibles au CPF (versions antérieures au 21 février 2026 : plusieurs versions successives)'),
  PRACTICE_PUBLIC_SERVANTS: {
    source: 'practice',
    article: 'Agents publics',
    title: 'Agents publics : participation non prélevée en pratique (source secondaire)',
    url: 'https://app.moneyvox.fr/votre-argent/actualites/99130/cpf-voila-pourquoi-les-fonctionnaires-n-ont-pas-a-payer-le-reste-a-charge-de-100-euros',
  } as LegalRef,
  LOI_2026_103: { source: 'loi', article: '2026-103 art. 203', title: 'Loi n° 2026-103 du 19 février 2026 de finances pour 2026, art. 203' } as LegalRef,
  D6323_8: ct('D6323-8', 'Permis de conduire financé par le CPF (version du décret 2026-127)', 'LEGIARTI000053572418'),
  /** D. 6323-8 before décret 2026-127: LEGIARTI000049551184, in force 19 May 2024 – 25 Feb 2026 (LEGI `articleVersions`, same file). */
  D6323_8_2024: ct('D6323-8', 'Permis de conduire financé par le CPF (version du 19 mai 2024)', 'LEGIARTI000049551184'),
  D6323_6: ct('D6323-6', 'Bilan de compétences financé par le CPF (version du décret 2026-126)', 'LEGIARTI000053572443'),
  L6323_3: ct('L6323-3', 'Droits acquis ; fin de l’alimentation et de la mobilisation aux conditions de retraite', 'LEGIARTI000038923483'),
  L5421_4: ct('L5421-4', 'Conditions de retraite (1° à 3°)', 'LEGIARTI000051289909'),
  /**
   * Earlier versions of L. 5421-4, from the article's `articleVersions` in the LEGI data (same file):
   * LEGIARTI000037388300 in force 1 Jan 2019 – 31 Aug 2023, LEGIARTI000047452871 1 Sep 2023 –
   * 31 Dec 2025 (LEGIARTI000051289909 from 1 Jan 2026). The plan cites the one in force at the purchase date.
   */
  L5421_4_2019: ct('L5421-4', 'Conditions de retraite (version du 1er janvier 2019)', 'LEGIARTI000037388300'),
  L5421_4_2023: ct('L5421-4', 'Conditions de retraite (version du 1er septembre 2023)', 'LEGIARTI000047452871'),
  /**
   * L. 6333-1 before its version of 27 Nov 2021 (LEGIARTI000044375694): LEGIARTI000041472937, in force
   * 30 Dec 2019 – 26 Nov 2021 (LEGI `articleVersions`, same file).
   */
  L6333_1_2019: ct('L6333-1', 'Ressources finançant les droits acquis (version du 30 décembre 2019)', 'LEGIARTI000041472937'),
  R6323_42: ct('R6323-42', 'Alimentation supplémentaire du CPF par les financeurs (décret 2025-341)', 'LEGIARTI000051474838'),
  R6323_42_1: ct('R6323-42-1', 'Fléchage, durée de validité et remboursement des droits supplémentaires', 'LEGIARTI000051470520'),
  DECRET_2025_341: { source: 'decret', article: '2025-341', title: "Décret n° 2025-341 du 14 avril 2025 relatif aux modalités d'alimentation supplémentaire du CPF" } as LegalRef,
  CDC_REFUND: {
    source: 'official-site',
    article: 'EDEF aide — remboursement des dotations',
    title: 'Caisse des dépôts : est-ce que je peux demander le remboursement de ma dotation ?',
    url: 'https://financeurs.moncompteformation.gouv.fr/aide/est-ce-que-je-peux-demander-le-remboursement-de-ma-dotation',
  } as LegalRef,
  CDC_DOTATION_OTHER_PROJECT: {
    source: 'official-site',
    article: 'EDEF aide — dotation utilisée pour un autre projet',
    title: 'Caisse des dépôts : dotation volontaire utilisée pour un autre projet',
    url: 'https://www.financeurs.moncompteformation.gouv.fr/aide/mon-salarie-utilise-une-dotation-volontaire-pour-un-projet-de-formation-autre-que-celui-defini',
  } as LegalRef,
  // Accrual
  R6323_1: ct('R6323-1', 'Montant annuel (500 €), plafond (5 000 €), prorata sous le mi-temps arrondi au centime supérieur', 'LEGIARTI000038013641'),
  L6323_11_1: ct('L6323-11-1', 'Salariés peu qualifiés : 800 € par an, plafond 8 000 €', 'LEGIARTI000038951726'),
  R6323_3_1: ct('R6323-3-1', 'Salariés peu qualifiés : montants et déclaration', 'LEGIARTI000038005568'),
  D6323_3_3: ct('D6323-3-3', "Bénéficiaires de l'obligation d'emploi : majoration de 300 €", 'LEGIARTI000038601907'),
  L6323_34: ct('L6323-34', 'Travailleurs en ESAT : alimentation du CPF', 'LEGIARTI000048598288'),
  R6323_29: ct('R6323-29', 'Travailleurs en ESAT : 800 € par an, plafond 8 000 € (décret 2025-844)', 'LEGIARTI000052141001'),
  L6323_27: ct('L6323-27', 'Travailleurs indépendants : alimentation sous réserve du versement de la contribution', 'LEGIARTI000037385125'),
  R6323_22: ct('R6323-22', 'Travailleurs indépendants : 500 € par an, plafond 5 000 €, prorata', 'LEGIARTI000039216085'),
  R6323_27: ct('R6323-27', 'Statuts successifs : montant et plafond les plus favorables', 'LEGIARTI000039644960'),
  L6323_15: ct('L6323-15', 'Abondements hors alimentation annuelle et hors plafond', 'LEGIARTI000037385014'),
  L6323_12: ct('L6323-12', 'Absences assimilées à du temps de travail', 'LEGIARTI000053279322'),
  SERVICE_PUBLIC_F10705: {
    source: 'practice',
    article: 'service-public F10705',
    title: "Droits de l'année N crédités avant le 15 juin N+1 (service-public, copie secondaire)",
    url: 'https://communes.cdcla.fr/recensement/?xml=F10705',
  } as LegalRef,
  // Platform
  CDC_ENTRY: {
    source: 'official-site',
    article: "Aide OF — déclarer l'entrée en formation",
    title: "Caisse des dépôts : déclarer l'entrée en formation, les points de vigilance",
    url: 'https://www.of.moncompteformation.gouv.fr/aide/declarer-lentree-en-formation-les-points-de-vigilance',
  } as LegalRef,
  CDC_COMPLETION: {
    source: 'official-site',
    article: 'Aide OF — taux de réalisation',
    title: 'Caisse des dépôts : comment calculer le taux de réalisation',
    url: 'https://of.moncompteformation.gouv.fr/espace-public/aide/comment-calculer-le-taux-de-realisation',
  } as LegalRef,
  CGU_MCF: { source: 'cgu', article: 'CGU Mon Compte Formation (V14, 4 déc. 2025)', title: 'Conditions générales d’utilisation de la plateforme Mon Compte Formation' } as LegalRef,
  PRACTICE_DEADLINE_11: {
    source: 'practice',
    article: 'Délai de 11 jours ouvrés (depuis le 10 juin 2021)',
    title: "Délai minimal entre l'envoi de la proposition et l'entrée en formation (sources secondaires)",
    url: 'https://www.comite-conseils.com/compte-personnel-de-formation-la-fixation-dun-delai-minimum-entre-linscription-et-lentree-en-formation/',
  } as LegalRef,
  PRACTICE_CANCELLATION: {
    source: 'practice',
    article: 'CP Titulaires (citées 2019–2020)',
    title: 'Annulation sans frais plus de 7 jours ouvrés avant le début (sources secondaires)',
    url: 'https://cpformation.com/annulation-formation-cpf/?amp=1',
  } as LegalRef,
  PRACTICE_PARTIAL: {
    source: 'practice',
    article: 'Logigrammes MCF (cités)',
    title: 'Réalisation partielle : < 25 % payé 25 %, 25–80 % au prorata, ≥ 80 % payé 100 % (sources secondaires)',
    url: 'https://cpf-info.fr/annulation-de-formation-cpf/?amp=1',
  } as LegalRef,
} as const))();

/** An article whose successive versions the plan cites by purchase date. */
export type VersionedArticle = 'L6323-4' | 'R6323' | 'R6333-3' | 'L6333-1' | 'L5421-4' | 'R6323-42-1' | 'D6323-8' | 'L6323-6';

/**
 * The versions of each versioned article, oldest first: the first day each is in force (`YYYY-MM-DD`)
 * and its reference. A version is in force from its day to the day before the next one. Sources: the
 * comments on each `REF` above (LEGI data; the 2026 boundaries are those of the dated parameters
 * `participationAmount`, 2 Apr 2026, and `financingText`, 19 Aug 2026). Before the first day listed
 * nothing is cited: R. 6323 did not exist before 2 May 2024 (created by décret 2024-394), R. 6323-42-1
 * before 17 Apr 2025 (décret 2025-341); versions that ended before 2020 are not listed (no plan can
 * be dated before 2020 with the law's rules).
 */
const VERSIONS: Readonly<Record<VersionedArticle, ReadonlyArray<readonly [from: string, ref: LegalRef]>>> = /* @__PURE__ */ (() =>
  Object.freeze({
    'L6323-4': Object.freeze([
      ['2019-01-01', REF.L6323_4_2019],
      ['2023-01-01', REF.L6323_4_2023],
      ['2024-01-01', REF.L6323_4_2024_01],
      ['2024-04-17', REF.L6323_4],
      ['2026-08-19', REF.L6323_4_2026_08],
    ] as const),
    R6323: Object.freeze([
      ['2024-05-02', REF.R6323_2024],
      ['2026-04-02', REF.R6323_2026],
    ] as const),
    // The order of mobilisation: the version of décret 2018-1333 (from 31 Dec 2018), then that of
    // décret 2025-1156 (from 5 Dec 2025).
    'R6333-3': Object.freeze([
      ['2018-12-31', REF.R6333_3_2018],
      ['2025-12-05', REF.R6333_3_2025],
    ] as const),
    'L6333-1': Object.freeze([
      ['2019-12-30', REF.L6333_1_2019],
      ['2021-11-27', REF.L6333_1],
    ] as const),
    'L5421-4': Object.freeze([
      ['2019-01-01', REF.L5421_4_2019],
      ['2023-09-01', REF.L5421_4_2023],
      ['2026-01-01', REF.L5421_4],
    ] as const),
    // Created by décret 2025-341 (in force 17 Apr 2025): nothing to cite before.
    'R6323-42-1': Object.freeze([['2025-04-17', REF.R6323_42_1]] as const),
    // The light-licence co-financing rule exists from 21 Feb 2026 (LFI 2026); D. 6323-8 changed on the 26th.
    'D6323-8': Object.freeze([
      ['2024-05-19', REF.D6323_8_2024],
      ['2026-02-26', REF.D6323_8],
    ] as const),
    // From the LFI 2026 (21 Feb 2026), when the plan starts citing it itself (light-licence co-financing);
    // the version of 30 Jun 2026 is known from the legi-data index only (text not read).
    'L6323-6': Object.freeze([
      ['2026-02-21', REF.L6323_6],
      ['2026-06-30', REF.L6323_6_2026_06],
    ] as const),
  }))();

/** The first days of the versions of `article`, oldest first (for tests and callers that key by version). */
export function versionStarts(article: VersionedArticle): readonly string[] {
  return VERSIONS[article].map(([from]) => from);
}

/**
 * The index (in `versionStarts(article)`) of the version of `article` in force on `date`, a civil date
 * `YYYY-MM-DD` (compared as text), or -1 when none is listed at that date. Pure.
 */
export function versionIndexAt(article: VersionedArticle, date: string): number {
  const v = VERSIONS[article];
  let i = v.length - 1;
  while (i >= 0 && v[i]![0] > date) i--;
  return i;
}

/** The reference of version `index` of `article` (as `versionIndexAt` gives it), or `undefined` for -1. */
export function refOfVersion(article: VersionedArticle, index: number): LegalRef | undefined {
  return index < 0 ? undefined : VERSIONS[article][index]?.[1];
}
