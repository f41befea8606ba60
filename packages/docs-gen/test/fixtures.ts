/**
 * Complete, realistic input data for every document kind (fictitious organisation; identifiers
 * are valid: SIRET/SIREN pass Luhn, VAT key matches, NDA 11 digits with matching département).
 */
import type { DocumentInput, DocumentKind } from '../src/index.js';

export const organisation = {
  name: 'Atelier Formation Lyon',
  legalForm: 'SAS',
  siret: '84125730600016',
  nda: '84691234569',
  ndaRegion: 'Auvergne-Rhône-Alpes',
  address: { line1: '12 rue de la République', postalCode: '69002', city: 'Lyon' },
  email: 'contact@atelier-formation.example',
  phone: '04 78 00 00 00',
  legalRepresentative: { firstName: 'Claire', lastName: 'Martin', title: 'Présidente' },
  vat: { regime: 'exempt-261-4-4a' as const },
};

export const client = {
  name: 'Boulangeries Rhône SARL',
  type: 'business' as const,
  address: { line1: '4 quai Saint-Vincent', postalCode: '69001', city: 'Lyon' },
  siret: '53298710400025',
  signatory: { name: 'Marc Duval', title: 'Gérant' },
};

/** The training (core's Training record, plus the document fields). */
export const training = {
  id: 'MGR',
  title: 'Manager une équipe au quotidien',
  category: 'action-de-formation' as const,
  objectives: ['Conduire un entretien individuel', 'Déléguer et suivre une mission', 'Gérer un désaccord en équipe'],
  content: ['Module 1 — Rôle et posture du manager', 'Module 2 — Délégation', 'Module 3 — Entretiens et désaccords'],
  methods: 'Apports théoriques, mises en situation filmées, étude de cas ; salle équipée ; formatrice consultante en management (15 ans d’expérience).',
  durationHours: 21,
  followUp: 'Feuilles d’émargement signées par demi-journée par les stagiaires et la formatrice.',
  assessment: 'Positionnement initial, mises en situation évaluées, quiz final.',
  sanction: 'Attestation de fin de formation et certificat de réalisation.',
  prerequisites: 'Encadrer ou être appelé à encadrer une équipe.',
  audience: 'Managers de proximité, chefs d’équipe.',
  accessibility: 'Locaux accessibles (ascenseur) ; aménagements étudiés avec le référent handicap.',
};

export const learners = [
  { id: 'L1', firstName: 'Łucja', lastName: 'Kowalczyk', learnerType: 'private-employee' as const, employer: { name: 'Boulangeries Rhône SARL' } },
  { id: 'L2', firstName: 'Thị Hồng', lastName: 'Nguyễn', learnerType: 'private-employee' as const, employer: { name: 'Boulangeries Rhône SARL' } },
  { id: 'L3', firstName: 'Jürgen', lastName: 'Groß', learnerType: 'private-employee' as const },
];

export const trainers = [{ id: 'T1', firstName: 'Sophie', lastName: 'Bérard', kind: 'internal' as const, qualifications: ['Master RH (Université Lyon 3)'] }];

const slots = [
  { date: '2026-12-07', halfDay: 'morning' as const, start: '09:00', end: '12:30', module: 'Rôle du manager' },
  { date: '2026-12-07', halfDay: 'afternoon' as const, start: '13:30', end: '17:00', module: 'Posture' },
  { date: '2026-12-08', halfDay: 'morning' as const, start: '09:00', end: '12:30', module: 'Délégation' },
  { date: '2026-12-08', halfDay: 'afternoon' as const, start: '13:30', end: '17:00', module: 'Suivi de mission' },
  { date: '2026-12-09', halfDay: 'morning' as const, start: '09:00', end: '12:30', module: 'Entretiens' },
  { date: '2026-12-09', halfDay: 'afternoon' as const, start: '13:30', end: '17:00', module: 'Désaccords' },
];

export const session = {
  id: 'S-2026-12-MGR',
  trainingId: 'MGR',
  startDate: '2026-12-07',
  endDate: '2026-12-09',
  slots,
  modality: 'presentiel' as const,
  place: { name: 'Salle Bellecour', address: { line1: '12 rue de la République', postalCode: '69002', city: 'Lyon' } },
  trainerIds: ['T1'],
  capacity: 10,
};

const esig = (at: string) => ({ method: 'electronic' as const, signedAt: at, evidence: { otp: 'validé', ip: '192.0.2.10' } });

export const attendance = slots.map((s) => ({
  sessionId: session.id,
  slot: { date: s.date, halfDay: s.halfDay },
  trainer: { trainerId: 'T1', signature: esig(`${s.date}T${s.halfDay === 'morning' ? '09:05' : '13:35'}:00+01:00`) },
  learners: learners.map((l) =>
    l.id === 'L3' && s.date === '2026-12-09' && s.halfDay === 'afternoon'
      ? { learnerId: l.id, status: 'excused' as const }
      : { learnerId: l.id, status: 'present' as const, signature: esig(`${s.date}T${s.halfDay === 'morning' ? '09:02' : '13:32'}:00+01:00`) },
  ),
}));

/** A CpfFinancingPlan-shaped result (as returned by planCpfFinancing). */
export const cpfPlan = {
  eligible: true,
  issues: [],
  participation: { amount: '103.20', exempt: false },
  lines: [{ level: 2 as const, source: 'acquired-rights', amount: '1396.80' }],
  holderPays: '103.20',
  explanation: [{ code: 'ACQUIRED_RIGHTS_USED', label: 'Droits acquis mobilisés : 1 396,80 €' }],
  warnings: [],
  references: [{ source: 'code-du-travail' as const, article: 'R6333-3', title: 'Ordre de mobilisation des droits' }],
};

/** A ReadinessResult-shaped result (as returned by assessReadiness). */
export const readiness = {
  referential: { id: 'rnq-2026', label: 'Référentiel national qualité (décret 2026-728)', status: 'confirmed', indicatorCount: 33 },
  auditDate: '2027-03-15',
  auditType: 'surveillance',
  profile: {},
  summary: { applicable: 3, covered: 1, partial: 1, missing: 1, deferred: 0, majorRisks: 1, minorRisks: 1, readinessPercent: '33.3' },
  indicators: [
    { number: 1, criterion: 1, title: 'Information du public', status: 'covered', risk: 'none', missing: [] },
    { number: 5, criterion: 2, title: 'Objectifs opérationnels', status: 'partial', risk: 'minor', missing: [{ code: 'OBJ', message: 'Objectifs non évaluables', messageEn: 'x' }] },
    { number: 26, criterion: 5, title: 'Handicap', status: 'missing', risk: 'major', missing: [{ code: 'REF', message: 'Aucun référent handicap', messageEn: 'x' }] },
  ],
  rules: [],
  todo: [{ priority: 1, indicator: 26, title: 'Handicap', risk: 'major', action: 'Nommer un référent handicap', actionEn: 'x' }],
  evidence: { items: 3, used: 3, ignoredAfterAuditDate: 0, sessions: 1 },
  explanation: [],
  warnings: [],
  references: [],
};

/** Complete input for every kind. */
export function completeInputs(): { [K in DocumentKind]: DocumentInput<K> } {
  return {
    convention: {
      organisation,
      client,
      training,
      session,
      learners: learners.slice(0, 2),
      price: { amountExclTax: '2400.00' },
      paymentTerms: 'Paiement à 30 jours à réception de la facture, par virement.',
      cancellationTerms: 'Annulation moins de 10 jours avant le début : dédit de 30 % du prix.',
      number: 'CONV-2026-118',
      date: '2026-11-20',
      signaturePlace: 'Lyon',
      clauses: [{ title: 'Confidentialité', text: 'Les parties gardent confidentielles les informations échangées pour la préparation de la formation.' }],
    },
    'contrat-formation': {
      organisation,
      learner: { civility: 'M.', firstName: 'Jürgen', lastName: 'Groß', address: { line1: '3 rue Paul Bert', postalCode: '69003', city: 'Lyon' } },
      training,
      session,
      headcount: 8,
      trainers: [{ ...trainers[0]!, title: 'Formatrice' }],
      price: { amountExclTax: '1200.00' },
      paymentTerms: 'Par virement ou chèque, selon l’échéancier ci-dessous.',
      earlyTerminationTerms: 'En cas d’abandon sans force majeure, les heures suivies sont dues au prorata ; aucun dédit n’est facturé.',
      paymentSchedule: [
        { dueDate: '2026-12-02', amount: '360.00', label: 'Premier versement (30 %)' },
        { dueDate: '2026-12-08', amount: '420.00', label: 'Deuxième versement' },
        { dueDate: '2026-12-09', amount: '420.00', label: 'Solde' },
      ],
      date: '2026-11-20',
      signaturePlace: 'Lyon',
    },
    programme: {
      organisation,
      training,
      session: { modality: 'presentiel' as const, place: session.place },
      accessArrangements: 'Entretien de positionnement téléphonique puis inscription.',
      accessLeadTime: '15 jours ouvrés entre la demande et l’entrée en formation.',
      prices: '1 200 € net de taxe par stagiaire (inter) ; 2 400 € par jour (intra).',
      contacts: [{ name: 'Claire Martin', title: 'Responsable pédagogique', email: 'claire.martin@atelier-formation.example' }],
      disabilityContact: { name: 'Karim Haddad', title: 'Référent handicap', phone: '04 78 00 00 01' },
      resultIndicators: 'Satisfaction 2025 : 4,6/5 (112 répondants).',
      date: '2026-09-01',
    },
    devis: {
      organisation,
      client,
      number: 'DEV-2026-0311',
      date: '2026-11-10',
      validUntil: '2026-12-10',
      training,
      session,
      lines: [{ description: 'Manager une équipe au quotidien — intra (3 jours)', quantity: 3, unitPrice: '800.00' }],
      paymentTerms: 'Paiement à 30 jours à réception de la facture.',
      signaturePlace: 'Lyon',
    },
    convocation: {
      organisation,
      learner: learners[0]!,
      date: '2026-11-23',
      training,
      session,
      contacts: [{ name: 'Claire Martin', title: 'Responsable pédagogique', phone: '04 78 00 00 00' }],
      disabilityContact: { name: 'Karim Haddad', phone: '04 78 00 00 01' },
      equipment: 'De quoi prendre des notes.',
      rulesAttached: true,
      programmeAttached: true,
      signaturePlace: 'Lyon',
    },
    'reglement-interieur': {
      organisation,
      date: '2026-01-15',
      activityStartDate: '2025-11-01',
      healthSafety: ['Respect des consignes de sécurité et d’évacuation affichées.', 'Interdiction de fumer et de vapoter dans les locaux.'],
      disciplineRules: ['Respect des horaires.', 'Émargement de chaque demi-journée.', 'Comportement respectueux envers les personnes.'],
      sanctions: [
        { name: 'Avertissement écrit' },
        { name: 'Exclusion temporaire', description: 'au plus 3 jours' },
        { name: 'Exclusion définitive' },
      ],
      hasSessionsOver500h: false,
      signaturePlace: 'Lyon',
      signatory: { name: 'Claire Martin', title: 'Présidente' },
    },
    'feuille-emargement': {
      organisation,
      training,
      session,
      learners,
      trainers,
      attendance,
    },
    'attestation-fin-formation': {
      organisation,
      learner: learners[1]!,
      training,
      session,
      hoursAttended: 21,
      assessmentResults: {
        planned: true,
        results: training.objectives.map((o, i) => ({ objective: o, result: i === 2 ? 'en cours d’acquisition' : 'acquis' })),
      },
      signatory: { name: 'Claire Martin', title: 'Présidente' },
      date: '2026-12-09',
      signaturePlace: 'Lyon',
    },
    'certificat-realisation': {
      organisation,
      signatory: { name: 'Claire Martin', title: 'Présidente' },
      learner: { ...learners[2]!, employer: { name: 'Boulangeries Rhône SARL' } },
      training,
      session,
      hoursDone: 17.5,
      date: '2026-12-10',
      signaturePlace: 'Lyon',
    },
    'questionnaire-satisfaction': {
      organisation,
      variant: 'hot',
      training,
      session,
      date: '2026-12-09',
    },
    facture: {
      organisation,
      seller: { rcs: 'RCS Lyon 841 257 306', capital: '10 000 €' },
      number: 'F-2026-0042',
      previousNumber: 'F-2026-0041',
      date: '2026-12-10',
      client: { ...client, siren: '532987104' },
      lines: [{ description: 'Manager une équipe au quotidien — intra, 3 jours', quantity: 3, unitPrice: '800.00' }],
      training,
      session,
      learners,
      funderReference: 'OPCO EP 2026-55512',
      bankAccount: { iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'AGRIFRPP', bank: 'Banque Exemple' },
      dueDate: '2027-01-09',
      paymentTerms: 'Virement à 30 jours.',
      latePenaltyRate: 'trois fois le taux d’intérêt légal',
      earlyPaymentDiscount: 'Pas d’escompte pour paiement anticipé.',
    },
    'cpf-plan': {
      organisation,
      date: '2026-11-22',
      learner: learners[2]!,
      training: { ...training, price: '1500.00' },
      plan: cpfPlan,
    },
    'audit-readiness': { organisation, date: '2026-11-22', result: readiness },
    'veille-reglementaire': { organisation, date: '2026-12-05', period: { from: '2026-01-01', to: '2026-12-05' }, actions: ['Mettre à jour les conditions générales de vente (participation forfaitaire 2026).'] },
  };
}

/** A deep copy with the value at `path` removed. */
export function without<T>(value: T, path: readonly (string | number)[]): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = copy;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]!] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1);
  else delete cur[last];
  return copy as T;
}
