/**
 * The sample session's documents, from the core records in examples/data/session/ (organisation,
 * training, session with half-day slots, learners, enrolments with their funders, trainers,
 * attendance with signatures, the client) and documents.json (the date of the documents and the
 * `documentFields` core records never hold: prices, terms, invoice details, assessment results…).
 *
 * Every document of the session is built by `documentInputsFromSession(records)`; nothing is
 * patched by hand. The kinds that are not documents of a session (devis, règlement intérieur, CPF
 * plan, audit readiness, cold questionnaire) take their own input, built from the same records.
 * examples/cli/data/session/ holds the same files (the CLI's `ofkit docs session` reads them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planCpfFinancing } from '@ofkit/cpf';
import { assessReadiness } from '@ofkit/rnq';
import { documentInputsFromSession, type DocumentInput, type DocumentKind, type SessionDocument, type SessionRecords } from '@ofkit/docs-gen';

/** The files of a records directory, as `documentInputsFromSession` takes them. */
export const RECORD_FILES = ['organisation', 'training', 'session', 'learners', 'enrolments', 'trainers', 'attendance', 'client'] as const;

/**
 * Reads a records directory (examples/data/session/) into `documentInputsFromSession`'s input. The
 * JSON is not typed here: `documentInputsFromSession` validates it (every issue, with its path).
 */
export function loadRecords(dir: string): SessionRecords {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
  const records: Record<string, unknown> = Object.fromEntries(RECORD_FILES.map((n) => [n, read(`${n}.json`)]));
  const { date, signatory, documentFields } = read('documents.json') as Record<string, unknown>;
  return { ...records, date, ...(signatory ? { signatory } : {}), documentFields } as SessionRecords;
}

/** One document to produce: its kind, a file stem and its input. */
export interface Job<K extends DocumentKind = DocumentKind> {
  kind: K;
  file: string;
  input: DocumentInput<K>;
  /** Built by documentInputsFromSession (a document of the session), or from its own input. */
  fromSession: boolean;
}

/** File stem of a session document: its key, `convocation:L1` → `convocation-L1`. */
export function fileOf(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** Every document of the session, by documentInputsFromSession; throws if one is incomplete. */
export function sessionDocuments(records: SessionRecords): SessionDocument[] {
  const docs = documentInputsFromSession(records);
  const incomplete = docs.filter((d) => d.missing.length > 0);
  if (incomplete.length > 0) {
    throw new Error(`Documents incomplets : ${incomplete.map((d) => `${d.key} (${d.missing.join(', ')})`).join(' ; ')}`);
  }
  return docs;
}

/**
 * The kinds that are not documents of a session, from the same records: the devis sent to the
 * client before the convention, the règlement intérieur, the CPF plan of the learner who pays
 * themself, the Qualiopi readiness report, and the cold questionnaire three months later.
 */
export function otherJobs(records: SessionRecords, session: readonly SessionDocument[]): Job[] {
  const r = records as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const f = r.documentFields;
  const { organisation, training, client } = r;
  const programme = session.find((d) => d.kind === 'programme')!.input as Record<string, unknown>;
  const convention = session.find((d) => d.kind === 'convention')!.input as Record<string, unknown>;
  const contract = session.find((d) => d.kind === 'contrat-formation')!;
  const questionnaire = session.find((d) => d.kind === 'questionnaire-satisfaction')!.input as Record<string, unknown>;
  const individual = (contract.input as { learner: Record<string, unknown> }).learner;
  const signatory = { name: `${organisation.legalRepresentative.firstName} ${organisation.legalRepresentative.lastName}`, title: organisation.legalRepresentative.title };
  const jobs: Job[] = [];
  const push = <K extends DocumentKind>(kind: K, file: string, input: DocumentInput<K>) => jobs.push({ kind, file, input, fromSession: false } as unknown as Job);

  push('devis', 'devis', {
    organisation, client, number: 'DEV-2026-0311', date: '2026-11-10', validUntil: '2026-12-10',
    training: convention['training'], session: convention['session'],
    lines: f.invoice.lines, paymentTerms: f.paymentTerms, signaturePlace: organisation.address.city,
  } as never);
  push('reglement-interieur', 'reglement-interieur', {
    organisation, date: '2026-01-15', activityStartDate: '2025-11-01',
    healthSafety: ['Chacun respecte les consignes de sécurité et d’évacuation affichées dans les locaux.', 'Il est interdit de fumer et de vapoter dans les locaux.', 'Tout accident, même bénin, est signalé sans délai au responsable de la formation.'],
    fireInstructions: 'Les consignes d’incendie et le plan d’évacuation sont affichés à chaque étage.',
    disciplineRules: ['Les stagiaires respectent les horaires communiqués.', 'Chaque stagiaire émarge chaque demi-journée.', 'Chacun adopte un comportement respectueux envers les autres personnes.'],
    sanctions: [{ name: 'Avertissement écrit' }, { name: 'Exclusion temporaire', description: 'trois jours au plus' }, { name: 'Exclusion définitive' }],
    hasSessionsOver500h: false, signaturePlace: organisation.address.city, signatory,
  });
  push('questionnaire-satisfaction', 'questionnaire-satisfaction-a-froid', { ...questionnaire, variant: 'cold', date: '2027-03-09' } as never);
  const price = Number(training.price);
  const request = { purchaseDate: '2026-11-22', price, action: { type: 'rncp', code: 'RNCP37274' }, holder: { status: 'employee' }, acquiredRights: 900, topUps: [{ id: 'abondement-employeur-2026', funder: 'employer', basis: 'L6323-4-II', amount: 300 }] };
  const plan = planCpfFinancing(request as never);
  // With the request, each line is named by who pays it (« Abondement de votre employeur »).
  push('cpf-plan', `cpf-plan-${String(individual['id'])}`, { organisation, date: '2026-11-22', learner: individual, training: programme['training'], plan, request } as never);
  const result = assessReadiness(
    { categories: [training.category] } as never,
    { items: [{ kind: 'complaint-log', date: '2026-01-10', metadata: { complaints: [{ id: 'R1', receivedOn: '2026-01-05' }] } }] } as never,
    { auditDate: '2027-03-15' },
  );
  push('audit-readiness', 'audit-readiness', { organisation, date: '2026-11-22', result });
  return jobs;
}

/** Every document of the sample: the session's, then the others. */
export function buildJobs(records: SessionRecords): Job[] {
  const session = sessionDocuments(records);
  return [
    ...session.map((d) => ({ kind: d.kind, file: fileOf(d.key), input: d.input, fromSession: true }) as Job),
    ...otherJobs(records, session),
  ];
}
