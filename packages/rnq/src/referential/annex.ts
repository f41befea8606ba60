/**
 * The texts of the référentiel national qualité, verbatim (typography of the source kept: Légifrance
 * prints « et/ ou », « concerné (s) », « … » with spaces; {@link typography} gives the printed form).
 *
 * - 2019: the annex to chapter VI of title I of book III of part six of the Code du travail,
 *   article `Annexe`, LEGIARTI000038591641 (created by décret n° 2019-565, in force 1 Jan 2021), as
 *   consolidated on 27 March 2026 in the DILA LEGI data (npm `@socialgouv/legi-data` 2.513.0,
 *   `data/LEGITEXT000006072050.json`), read by script; the same texts are listed in
 *   `../shared/domain/rnq-wordings.md` §1–§2 ([L]).
 * - 2026: décret n° 2026-728 (JORFTEXT000054608509), annex part I, as transcribed by public
 *   repositories that agree word for word (`../shared/domain/rnq-wordings.md` §3, source G); the
 *   décret itself was not read, so these stay provisional.
 *
 * Nothing here is read at run time from outside: these are constants.
 */

/** Headings of the 7 criteria, as part I of the annex writes them (R. 6316-1). */
export const CRITERIA_HEADINGS: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string>> = {
  1: "Les conditions d'information du public sur les prestations proposées, les délais pour y accéder et les résultats obtenus.",
  2: "L'identification précise des objectifs des prestations proposées et l'adaptation de ces prestations aux publics bénéficiaires, lors de la conception des prestations.",
  3: "L'adaptation aux publics bénéficiaires des prestations et des modalités d'accueil, d'accompagnement, de suivi et d'évaluation mises en œuvre.",
  4: "L'adéquation des moyens pédagogiques, techniques et d'encadrement aux prestations mises en œuvre.",
  5: "La qualification et le développement des connaissances et compétences des personnels chargés de mettre en œuvre les prestations.",
  6: "L'inscription et l'investissement du prestataire dans son environnement professionnel.",
  7: "Le recueil et la prise en compte des appréciations et des réclamations formulées par les parties prenantes aux prestations délivrées.",
};

/** The 32 énoncés of the 2019 annex (LEGIARTI000038591641), verbatim. */
export const WORDING_2019: Readonly<Record<number, string>> = {
  1: "Le prestataire diffuse une information accessible au public, détaillée et vérifiable sur les prestations proposées : prérequis, objectifs, durée, modalités et délais d'accès, tarifs, contacts, méthodes mobilisées et modalités d'évaluation, accessibilité aux personnes handicapées.",
  2: "Le prestataire diffuse des indicateurs de résultats adaptés à la nature des prestations mises en œuvre et des publics accueillis.",
  3: "Lorsque le prestataire met en œuvre des prestations conduisant à une certification professionnelle, il informe sur les taux d'obtention des certifications préparées, les possibilités de valider un/ ou des blocs de compétences, ainsi que sur les équivalences, passerelles, suites de parcours et les débouchés.",
  4: "Le prestataire analyse le besoin du bénéficiaire en lien avec l'entreprise et/ ou le financeur concerné (s).",
  5: "Le prestataire définit les objectifs opérationnels et évaluables de la prestation.",
  6: "Le prestataire établit les contenus et les modalités de mise en œuvre de la prestation, adaptés aux objectifs définis et aux publics bénéficiaires.",
  7: "Lorsque le prestataire met en œuvre des prestations conduisant à une certification professionnelle, il s'assure de l'adéquation du ou des contenus de la prestation aux exigences de la certification visée.",
  8: "Le prestataire détermine les procédures de positionnement et d'évaluation des acquis à l'entrée de la prestation.",
  9: "Le prestataire informe les publics bénéficiaires sur les conditions de déroulement de la prestation.",
  10: "Le prestataire met en œuvre et adapte la prestation, l'accompagnement et le suivi aux publics bénéficiaires.",
  11: "Le prestataire évalue l'atteinte par les publics bénéficiaires des objectifs de la prestation.",
  12: "Le prestataire décrit et met en œuvre les mesures pour favoriser l'engagement des bénéficiaires et prévenir les ruptures de parcours.",
  13: "Pour les formations en alternance, le prestataire, en lien avec l'entreprise, anticipe avec l'apprenant les missions confiées, à court, moyen et long terme, et assure la coordination et la progressivité des apprentissages réalisés en centre de formation et en entreprise.",
  14: "Le prestataire met en œuvre un accompagnement socio-professionnel, éducatif et relatif à l'exercice de la citoyenneté.",
  15: "Le prestataire informe les apprentis de leurs droits et devoirs en tant qu'apprentis et salariés ainsi que des règles applicables en matière de santé et de sécurité en milieu professionnel.",
  16: "Lorsque le prestataire met en œuvre des formations conduisant à une certification professionnelle, il s'assure que les conditions de présentation des bénéficiaires à la certification respectent les exigences formelles de l'autorité de certification.",
  17: "Le prestataire met à disposition ou s'assure de la mise à disposition des moyens humains et techniques adaptés et d'un environnement approprié (conditions, locaux, équipements, plateaux techniques …).",
  18: "Le prestataire mobilise et coordonne les différents intervenants internes et/ ou externes (pédagogiques, administratifs, logistiques, commerciaux …).",
  19: "Le prestataire met à disposition du bénéficiaire des ressources pédagogiques et permet à celui-ci de se les approprier.",
  20: "Le prestataire dispose d'un personnel dédié à l'appui à la mobilité nationale et internationale, d'un référent handicap et d'un conseil de perfectionnement.",
  21: "Le prestataire détermine, mobilise et évalue les compétences des différents intervenants internes et/ ou externes, adaptées aux prestations.",
  22: "Le prestataire entretient et développe les compétences de ses salariés, adaptées aux prestations qu'il délivre.",
  23: "Le prestataire réalise une veille légale et réglementaire sur le champ de la formation professionnelle et en exploite les enseignements.",
  24: "Le prestataire réalise une veille sur les évolutions des compétences, des métiers et des emplois dans ses secteurs d'intervention et en exploite les enseignements.",
  25: "Le prestataire réalise une veille sur les innovations pédagogiques et technologiques permettant une évolution de ses prestations et en exploite les enseignements.",
  26: "Le prestataire mobilise les expertises, outils et réseaux nécessaires pour accueillir, accompagner/ former ou orienter les publics en situation de handicap.",
  27: "Lorsque le prestataire fait appel à la sous-traitance ou au portage salarial, il s'assure du respect de la conformité au présent référentiel.",
  28: "Lorsque les prestations dispensées au bénéficiaire comprennent des périodes de formation en situation de travail, le prestataire mobilise son réseau de partenaires socio-économiques pour co-construire l'ingénierie de formation et favoriser l'accueil en entreprise.",
  29: "Le prestataire développe des actions qui concourent à l'insertion professionnelle ou la poursuite d'étude par la voie de l'apprentissage ou par toute autre voie permettant de développer leurs connaissances et leurs compétences.",
  30: "Le prestataire recueille les appréciations des parties prenantes : bénéficiaires, financeurs, équipes pédagogiques et entreprises concernées.",
  31: "Le prestataire met en œuvre des modalités de traitement des difficultés rencontrées par les parties prenantes, des réclamations exprimées par ces dernières, des aléas survenus en cours de prestation.",
  32: "Le prestataire met en œuvre des mesures d'amélioration à partir de l'analyse des appréciations et des réclamations.",
};

/**
 * The 33 énoncés of décret n° 2026-728 as transcribed (source G of rnq-wordings.md §3), verbatim. An
 * énoncé the décret left word for word as in 2019 points to the 2019 text (one copy in bundles).
 */
export const WORDING_2026: Readonly<Record<number, string>> = {
  1: "Le prestataire diffuse une information accessible au public, détaillée et vérifiable sur les prestations proposées : prérequis, objectifs, type de reconnaissance de la formation délivrée, durée, modalités pédagogiques et de financements, délais d'accès, tarifs, contacts, méthodes mobilisées et modalités d'évaluation, accessibilité aux personnes en situation de handicap. Sa communication ne comporte aucune mention de nature à induire le public en erreur, notamment sur les conditions d'accès, le contenu, les modalités pédagogiques, le financement des formations, les droits ou l'absence de droits de poursuite d'études conférés par la formation préparée.",
  2: "Le prestataire diffuse des indicateurs de résultats adaptés à la nature des prestations mises en œuvre et des publics accueillis en précisant de manière transparente leurs modalités de calcul ou en s'appuyant sur des dispositifs existants.",
  3: "Lorsque le prestataire met en œuvre des prestations conduisant à une certification professionnelle, il informe sur les taux d'obtention des certifications préparées, les possibilités de valider un/ ou des blocs de compétences, ainsi que sur les équivalences, passerelles, suites de parcours, en particulier les poursuites d'études, et les débouchés.",
  4: WORDING_2019[4]!, // same text as 2019
  5: WORDING_2019[5]!, // same text as 2019
  6: WORDING_2019[6]!, // same text as 2019
  7: "Lorsque le prestataire met en œuvre des prestations conduisant à une certification professionnelle, il s'assure de l'adéquation du ou des contenus de la prestation aux exigences de la certification visée et peut prouver sa capacité à assurer cette certification, y compris en qualité d'organisme habilité.",
  8: WORDING_2019[8]!, // same text as 2019
  9: WORDING_2019[9]!, // same text as 2019
  10: WORDING_2019[10]!, // same text as 2019
  11: WORDING_2019[11]!, // same text as 2019
  12: "Le prestataire décrit et met en œuvre les mesures pour favoriser l'engagement des bénéficiaires et prévenir les ruptures de parcours. Il s'assure de la prévention et du traitement de toute situation de violence, dont les violences sexistes et sexuelles, de harcèlement ou de discrimination dans le cadre de leur formation.",
  13: WORDING_2019[13]!, // same text as 2019
  14: "Le prestataire met en œuvre un accompagnement socio-professionnel, éducatif et relatif à l'exercice de la citoyenneté. Il dispose d'une procédure de traitement sans délai des situations de rupture liées à des difficultés, violences ou discriminations subies par l'apprenant en formation ou dans l'entreprise d'accueil.",
  15: "Le prestataire informe les apprentis de leurs droits et devoirs en tant qu'apprentis et salariés ainsi que des règles applicables en matière de santé et de sécurité en milieu professionnel, de manière renforcée lorsqu'ils sont mineurs. Il les informe des dispositifs d'accompagnement, de prévention et de signalement des situations de violences, de harcèlement moral ou sexuel, d'agissements sexistes et de discriminations, ainsi que des interlocuteurs susceptibles de les accompagner. Il communique les coordonnées du médiateur de l'apprentissage et veille à signaler les dysfonctionnements à l'inspection du travail.",
  16: WORDING_2019[16]!, // same text as 2019
  17: WORDING_2019[17]!, // same text as 2019
  18: WORDING_2019[18]!, // same text as 2019
  19: "Le prestataire met à disposition du bénéficiaire des ressources pédagogiques et permet à celui-ci de se les approprier. Lorsque des modules pédagogiques sont réalisés à distance, le prestataire vérifie l'effectivité de leur suivi par les apprenants. Au-delà d'un nombre d'intervenants par formation, fixé par arrêté du ministre chargé de la formation professionnelle, le prestataire dispose d'un référent pédagogique par formation chargé d'assurer la coordination pédagogique entre les intervenants.",
  20: "Le prestataire dispose d'un personnel dédié à l'appui à la mobilité nationale et internationale, d'un référent handicap et d'un conseil de perfectionnement. Il s'assure de la qualité du pilotage de la formation, de la participation des apprentis, formateurs et entreprises à sa gouvernance. Lorsque la proportion d'heures d'enseignement réalisées par des intervenants permanents est inférieure à un seuil fixé par arrêté du ministre chargé de la formation professionnelle, le prestataire s'assure de la mise en œuvre de modalités renforcées de supervision pédagogique et de contrôle de la qualité des interventions.",
  21: WORDING_2019[21]!, // same text as 2019
  22: WORDING_2019[22]!, // same text as 2019
  23: WORDING_2019[23]!, // same text as 2019
  24: WORDING_2019[24]!, // same text as 2019
  25: WORDING_2019[25]!, // same text as 2019
  26: WORDING_2019[26]!, // same text as 2019
  27: "Lorsque le prestataire fait appel à la sous-traitance ou au portage salarial, il s'assure du respect de la conformité au présent référentiel et en assure la traçabilité dans les contrats de sous-traitance.",
  28: WORDING_2019[28]!, // same text as 2019
  29: WORDING_2019[29]!, // same text as 2019
  30: "Le prestataire recueille les appréciations des parties prenantes : bénéficiaires, financeurs (le cas échéant), équipes pédagogiques et entreprises concernées.",
  31: "Le prestataire met en œuvre des modalités de traitement des difficultés rencontrées par les parties prenantes, des réclamations exprimées par ces dernières ainsi que des aléas survenus en cours de prestation.",
  32: "Le prestataire met en place une démarche d'amélioration continue à partir de l'analyse des appréciations et des réclamations, ainsi qu'une analyse des risques sur la qualité des formations délivrées.",
  33: "Le prestataire met en place un dispositif d'évaluation des contenus et des enseignements par les apprenants, distinct du recueil général de satisfaction, dont les résultats sont partagés avec les équipes pédagogiques et donnent lieu à la formalisation d'une démarche d'amélioration continue, dont il mesure périodiquement l'efficacité.",
};

/**
 * The printed form of an énoncé: removes the spaces that the Légifrance rendering inserts in
 * « et/ ou », « un/ ou », « accompagner/ former », « concerné (s) » and before « … »
 * (`../shared/domain/rnq-wordings.md`, « Typography »: not a difference of wording).
 */
export function typography(text: string): string {
  return text.replace(/\/ /g, '/').replace(/ \(s\)/g, '(s)').replace(/ …/g, '…');
}
