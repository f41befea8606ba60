/**
 * Builds the input of every document kind from the sample data in examples/data/docs/
 * (one OF, one client, one training, one session with learners and attendance).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slotHours, sumMoney, money, type AttendanceRecord } from '@ofkit/core';
import { planCpfFinancing } from '@ofkit/cpf';
import { assessReadiness } from '@ofkit/rnq';
import type { DocumentInput, DocumentKind } from '@ofkit/docs-gen';

// Sample data read from JSON files: createDocument validates it at run time (with every issue
// and its path), so it is not typed here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface SampleData {
  organisation: Json;
  client: Json;
  training: Json;
  session: Json;
}

export function loadSample(dir: string): SampleData {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json;
  return { organisation: read('organisation.json'), client: read('client.json'), training: read('training.json'), session: read('session.json') };
}

/** One document to produce: its kind, a file stem and its input. */
export interface Job<K extends DocumentKind = DocumentKind> {
  kind: K;
  file: string;
  input: DocumentInput<K>;
}

export function buildJobs(s: SampleData): Job[] {
  const { registration, activityStartDate, disabilityContact, contacts, ...organisation } = s.organisation;
  const t = s.training;
  const { session, trainers, learners, invoice } = s.session;
  // The one input model: `training` (core's Training + document fields) and `session` (core's Session).
  const training = {
    id: t.id, title: t.title, category: t.category, objectives: t.objectives, content: t.content, methods: t.means,
    durationHours: t.durationHours, followUp: t.followUp, assessment: t.assessment, sanction: t.sanction,
    prerequisites: t.prerequisites, audience: t.audience, accessibility: t.accessibility,
  };
  const sessionBlock = { ...session, modality: t.modality };
  const attendance: AttendanceRecord[] = s.session.attendance.map((a: Json) => ({
    sessionId: session.id,
    slot: a.slot,
    trainer: { trainerId: 'T1', signature: { method: 'electronic', signedAt: a.trainerAt, evidence: { otp: 'code SMS validé' } } },
    learners: Object.entries(a.learners as Record<string, string>).map(([id, v]) =>
      v === 'absent' || v === 'excused'
        ? { learnerId: id, status: v }
        : { learnerId: id, status: 'present', signature: { method: 'electronic', signedAt: v, evidence: { otp: 'code SMS validé' } } },
    ),
  }));
  const hoursDone = (id: string) =>
    session.slots
      .filter((sl: Json) => attendance.some((r) => r.slot.date === sl.date && r.slot.halfDay === sl.halfDay && r.learners.some((l) => l.learnerId === id && l.status === 'present')))
      .reduce((h: number, sl: Json) => h + slotHours(sl), 0);
  const name = (l: Json) => `${l.firstName} ${l.lastName}`;
  const days = 3;
  const intraTotal = money(t.priceIntraPerDay).times(days).toString();
  const jobs: Job[] = [];
  const push = <K extends DocumentKind>(kind: K, file: string, input: DocumentInput<K>) => jobs.push({ kind, file, input } as unknown as Job);
  const signatory = { name: 'Claire Martin', title: 'Présidente' };

  push('programme', 'programme', {
    organisation, training, session: { modality: t.modality, place: session.place }, accessArrangements: t.accessArrangements, accessLeadTime: t.accessLeadTime, prices: t.prices,
    contacts, disabilityContact, resultIndicators: t.resultIndicators, date: t.programmeUpdatedOn,
  });
  push('devis', 'devis', {
    organisation, client: s.client, number: 'DEV-2026-0311', date: '2026-11-10', validUntil: '2026-12-10', training, session: sessionBlock,
    lines: [{ description: `${t.title} — intra, ${days} jours`, quantity: days, unitPrice: t.priceIntraPerDay }],
    paymentTerms: 'Paiement à 30 jours à réception de la facture, par virement.', signaturePlace: 'Lyon',
  });
  push('convention', 'convention', {
    organisation, client: s.client, training, session: sessionBlock, learners: learners.filter((l: Json) => l.employer),
    price: { amountExclTax: intraTotal }, paymentTerms: 'Paiement à 30 jours à réception de la facture, par virement.',
    cancellationTerms: "Annulation par le client moins de 10 jours avant le début : dédit de 30 % du prix, facturé séparément.",
    number: 'CONV-2026-118', date: '2026-11-20', signaturePlace: 'Lyon',
    clauses: [{ title: 'Confidentialité', text: 'Les parties gardent confidentielles les informations échangées pour préparer et conduire la formation.' }],
  });
  const individual = learners.find((l: Json) => l.learnerType === 'individual');
  push('contrat-formation', `contrat-formation-${individual.id}`, {
    organisation, learner: { civility: 'M.', firstName: individual.firstName, lastName: individual.lastName, address: individual.address }, training, session: sessionBlock,
    headcount: learners.length,
    trainers: trainers.map((tr: Json) => ({ ...tr, title: 'Formatrice' })),
    price: { amountExclTax: '1200.00' }, paymentTerms: 'Par virement ou chèque, selon l’échéancier ci-dessous.',
    earlyTerminationTerms: "En cas d'abandon sans force majeure, seules les heures suivies sont dues, au prorata ; aucun dédit n'est facturé.",
    paymentSchedule: [
      { dueDate: '2026-12-02', amount: '360.00', label: 'Premier versement (30 %)' },
      { dueDate: '2026-12-08', amount: '420.00', label: 'Deuxième versement' },
      { dueDate: '2026-12-09', amount: '420.00', label: 'Solde' },
    ],
    date: '2026-11-20', signaturePlace: 'Lyon',
  });
  push('reglement-interieur', 'reglement-interieur', {
    organisation, date: '2026-01-15', activityStartDate,
    healthSafety: ['Chacun respecte les consignes de sécurité et d’évacuation affichées dans les locaux.', 'Il est interdit de fumer et de vapoter dans les locaux.', 'Tout accident, même bénin, est signalé sans délai au responsable de la formation.'],
    fireInstructions: 'Les consignes d’incendie et le plan d’évacuation sont affichés à chaque étage.',
    disciplineRules: ['Les stagiaires respectent les horaires communiqués.', 'Chaque stagiaire émarge chaque demi-journée.', 'Chacun adopte un comportement respectueux envers les autres personnes.'],
    sanctions: [{ name: 'Avertissement écrit' }, { name: 'Exclusion temporaire', description: 'trois jours au plus' }, { name: 'Exclusion définitive' }],
    hasSessionsOver500h: false, signaturePlace: 'Lyon', signatory,
  });
  for (const l of learners) {
    push('convocation', `convocation-${l.id}`, {
      organisation, learner: l, date: '2026-11-23', training, session: sessionBlock,
      contacts, disabilityContact, equipment: 'De quoi prendre des notes ; un exemple de situation managériale vécue.',
      rulesAttached: true, programmeAttached: true, signaturePlace: 'Lyon',
    });
  }
  push('feuille-emargement', `feuille-emargement-${session.id}`, { organisation, training, session, learners, trainers, attendance });
  for (const l of learners) {
    const h = hoursDone(l.id);
    push('attestation-fin-formation', `attestation-fin-formation-${l.id}`, {
      organisation, learner: l, training, session: sessionBlock, hoursAttended: h,
      assessmentResults: { planned: true, results: t.objectives.map((o: string, i: number) => ({ objective: o, result: i === 2 && l.id === 'L4' ? 'en cours d’acquisition' : 'acquis' })) },
      signatory, date: session.endDate, signaturePlace: 'Lyon',
    });
    push('certificat-realisation', `certificat-realisation-${l.id}`, {
      organisation, signatory, learner: l, training, session: sessionBlock, hoursDone: h, date: '2026-12-10', signaturePlace: 'Lyon',
    });
  }
  push('questionnaire-satisfaction', 'questionnaire-a-chaud', { organisation, variant: 'hot', training, session: sessionBlock, date: session.endDate });
  push('questionnaire-satisfaction', 'questionnaire-a-froid', { organisation, variant: 'cold', training, session: sessionBlock, date: '2027-03-09' });
  push('facture', `facture-${invoice.number}`, {
    organisation, seller: registration, number: invoice.number, previousNumber: invoice.previousNumber, date: invoice.issueDate,
    client: s.client, lines: [{ description: `${t.title} — intra, ${days} jours`, quantity: days, unitPrice: t.priceIntraPerDay }],
    training, session: sessionBlock, learners: learners.filter((l: Json) => l.employer), funderReference: invoice.funderReference,
    bankAccount: { iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'AGRIFRPP', bank: 'Banque Exemple' },
    dueDate: invoice.dueDate, paymentTerms: 'Virement à 30 jours.', latePenaltyRate: "trois fois le taux d'intérêt légal",
    earlyPaymentDiscount: "Pas d'escompte pour paiement anticipé.",
  });
  const plan = planCpfFinancing({ purchaseDate: '2026-11-22', price: 1200, action: { type: 'rncp', code: 'RNCP37274' }, holder: { status: 'employee' }, acquiredRights: 900 } as never);
  push('cpf-plan', `cpf-plan-${individual.id}`, { organisation, date: '2026-11-22', learner: individual, training: { ...training, price: '1200.00' }, plan });
  const result = assessReadiness(
    { categories: ['action-de-formation'] } as never,
    { items: [{ kind: 'complaint-log', date: '2026-01-10', metadata: { complaints: [{ id: 'R1', receivedOn: '2026-01-05' }] } }] } as never,
    { auditDate: '2027-03-15' },
  );
  push('audit-readiness', 'audit-readiness', { organisation, date: '2026-11-22', result });
  void sumMoney;
  return jobs;
}

/**
 * The core records of the sample session (organisation, training, session, learners, trainers,
 * enrolments, attendance), as an OF's software keeps them: the input of documentInputsFromSession.
 */
export function coreRecords(s: SampleData): Json {
  const { registration, activityStartDate, disabilityContact, contacts, ...organisation } = s.organisation;
  void registration; void activityStartDate; void disabilityContact; void contacts;
  const { session, trainers, learners } = s.session;
  const attendance = s.session.attendance.map((a: Json) => ({
    sessionId: session.id,
    slot: a.slot,
    trainer: { trainerId: 'T1', signature: { method: 'electronic', signedAt: a.trainerAt } },
    learners: Object.entries(a.learners as Record<string, string>).map(([id, v]) =>
      v === 'absent' || v === 'excused' ? { learnerId: id, status: v } : { learnerId: id, status: 'present', signature: { method: 'electronic', signedAt: v } },
    ),
  }));
  const enrolments = learners.map((l: Json) => ({
    id: `E-${l.id}`, learnerId: l.id, sessionId: session.id, status: 'completed', hoursPlanned: s.training.durationHours,
    funding: [{ funder: l.learnerType === 'individual' ? 'individual' : 'opco-plan', amount: '800.00' }],
  }));
  return {
    organisation, training: { id: session.trainingId, ...s.training, methods: s.training.means }, session: { ...session },
    learners, trainers, enrolments, attendance, client: s.client, date: '2026-11-20',
  };
}
