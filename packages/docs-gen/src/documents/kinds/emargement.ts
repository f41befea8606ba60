/**
 * Feuille d'émargement: one per session, a row per learner, a column per half-day, learner and
 * trainer signature cells; blank, or filled from attendance records (method, timestamp).
 * ../shared/domain/documents.md §5.4.
 */
import * as z from '@ofkit/core/internal/zod';
import {
  AttendanceRecordSchema,
  CivilDateSchema,
  HOLIDAY_ZONES,
  LearnerSchema,
  NonEmptyStringSchema,
  OrganisationSchema,
  SessionSchema,
  TrainerSchema,
  isoWeekday,
  publicHolidays,
  toParisDateTime,
  type AttendanceRecord,
  type HolidayZone,
  type PublicHoliday,
  type Signature,
  type TimeSlot,
} from '@ofkit/core';
import { frenchDate, heading, keyValue, pageBreak, paragraph, table } from '../../model/builders.js';
import type { Block, InlineRun } from '../../model/types.js';
import { MODALITY_LABELS, issuerOf, TrainingBlockSchema,
  SessionBlockSchema,
  LearnerBlockSchema,
  TrainerBlockSchema,
  ClientSchema,
  ClausesSchema,
  actionOf,
  personName,
} from '../common.js';
import { frDate, frGendered, frHours, frNumber, frPercent, frSalutation, frSiret, frText, frTime, frTimeRange } from '../../typography/index.js';
import { REFS } from '../refs.js';
import { defineKind } from './spec.js';

/**
 * Input schema of the `feuille-emargement` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { EmargementSchema } from '@ofkit/docs-gen';
 * EmargementSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const EmargementSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** The training (core Training record). */
  training: z.object({ /** Title (intitulé) of the training. */ title: NonEmptyStringSchema.max(10_000).describe('Title (intitulé) of the training.') }).describe('The training (core Training record).'),
  /** The session (core Session record). */
  session: SessionSchema.describe('The session (core Session record).'),
  /** The learners (core Learner records). */
  learners: z.array(LearnerSchema).describe('The learners (core Learner records).'),
  /** The trainers (core Trainer records). */
  trainers: z.array(TrainerSchema).default([]).describe('The trainers (core Trainer records).'),
  /** Attendance records (one per half-day); absent = blank sheet for printing. */
  attendance: z.array(AttendanceRecordSchema).optional().describe('Attendance records (one per half-day); absent = blank sheet for printing.'),
  /** Zone whose public holidays are checked (default `metropole`). */
  zone: z.enum(HOLIDAY_ZONES as unknown as [HolidayZone, ...HolidayZone[]]).default('metropole').describe('Zone whose public holidays are checked (default `metropole`).'),
  /** Half-day columns per table (default 5 in landscape). */
  slotsPerPage: z.number().int().min(1).max(12).default(5).describe('Half-day columns per table (default 5 in landscape).'),
  /** Date printed on the sheet (default: the session's end date). */
  date: CivilDateSchema.optional().describe('Date printed on the sheet (default: the session\'s end date).'),
  /**
   * Accepted alternative proofs of attendance for a half-day where a person marked present (or the
   * trainer) did not sign: a connection log, a countersigned certificate… R. 6313-3 admits « tout
   * élément probant »; without a signature or such a proof, the half-day is reported as a defect.
   */
  attendanceProofs: z
    .array(
      z.object({
        /** The half-day the proof covers. */
        slot: z.object({ /** Date of the half-day (YYYY-MM-DD). */ date: CivilDateSchema.describe('Date of the half-day (YYYY-MM-DD).'), /** morning or afternoon. */ halfDay: z.enum(['morning', 'afternoon']).describe('morning or afternoon.') }).describe('The half-day the proof covers.'),
        /** Id of the learner or trainer concerned. */
        personId: NonEmptyStringSchema.max(200).describe('Id of the learner or trainer concerned.'),
        /** What the proof is and where it is kept, e.g. « Relevé de connexion de la classe virtuelle, 9 h 02 – 12 h 31 ». */
        proof: NonEmptyStringSchema.max(10_000).describe('What the proof is and where it is kept, e.g. « Relevé de connexion de la classe virtuelle, 9 h 02 – 12 h 31 ».'),
      }),
    )
    .optional()
    .describe('Accepted alternative proofs of attendance for unsigned half-days (R. 6313-3 « tout élément probant »).'),
}))();

/**
 * Input of a `feuille-emargement` document.
 *
 * @interface
 */
export type EmargementInput = z.input<typeof EmargementSchema>;

const DAYS = ['', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'] as const;

function slotKey(date: string, halfDay: string): string {
  return `${date}|${halfDay}`;
}

/** Key of an accepted proof: person, date and half-day. */
function proofKey(personId: string, date: string, halfDay: string): string {
  return `${personId}\u0000${date}\u0000${halfDay}`;
}

/** The accepted proofs by person and half-day; the first one recorded wins, as a scan would find it. */
function proofIndex(proofs: readonly { personId: string; slot: { date: string; halfDay: string }; proof: string }[] | undefined): Map<string, { proof: string }> {
  const index = new Map<string, { proof: string }>();
  for (const x of proofs ?? []) {
    const k = proofKey(x.personId, x.slot.date, x.slot.halfDay);
    if (!index.has(k)) index.set(k, x);
  }
  return index;
}

function sigText(s: Signature | undefined): string {
  // A record marks the person present but holds no signature: say so, never print "signé".
  if (!s) return 'présent (signature non enregistrée)';
  const method = s.method === 'electronic' ? 'électronique' : 'manuscrite';
  if (!s.signedAt) return `signé (${method})`;
  const p = toParisDateTime(s.signedAt);
  return `signé (${method})\n${frenchDate(p.date)} ${frTime(p.time)}`;
}

export const emargementKind = /* @__PURE__ */ (() => defineKind({
  kind: 'feuille-emargement',
  label: 'Feuille d’émargement',
  schema: EmargementSchema,
  dateOf: (d) => d.date ?? d.session.endDate,
  mentions: (d, m, ctx) => {
    const s = d.session;
    m.need('emargement.slots', ['session', 'slots'], s.slots);
    m.need('emargement.learners', ['learners'], d.learners);
    const trainerNames = (s.trainerIds ?? []).map((id) => d.trainers.find((t) => t.id === id)).filter((t) => t !== undefined);
    m.need('emargement.trainer', ['session', 'trainerIds'], trainerNames);
    (s.trainerIds ?? []).forEach((id, i) => {
      m.valid('emargement.trainerKnown', ['session', 'trainerIds', i], d.trainers.some((t) => t.id === id) ? undefined : { fr: `Formateur « ${id} » absent de la liste des formateurs.`, en: `Trainer "${id}" not in the trainers list.` }
      );
    });
    if (s.slots.some((sl) => !sl.module)) {
      ctx.warnings.push({
        code: 'RECOMMENDED_MENTION',
        message: 'Modules non indiqués pour certaines demi-journées : la jurisprudence (CAA Nantes, 1er juin 2021) attend horaires et modules.',
        messageEn: 'Modules missing for some half-days: case law expects times and modules.',
        references: [REFS.CAA_NANTES_2021],
      });
    }
    // Consistency: no half-day on a public holiday.
    const holidays = new Map<number, readonly PublicHoliday[]>();
    s.slots.forEach((sl, i) => {
      const y = Number(sl.date.slice(0, 4));
      let list = holidays.get(y);
      if (!list) {
        list = publicHolidays(y, d.zone);
        holidays.set(y, list);
      }
      const h = list.find((x) => x.date === sl.date);
      m.valid('emargement.noPublicHoliday', ['session', 'slots', i, 'date'], h ? { fr: `Demi-journée le ${frenchDate(sl.date)}, jour férié (${h.name}).`, en: `Half-day on ${sl.date}, a public holiday (${h.nameEn}).` } : undefined
      );
    });
    if (s.capacity !== undefined) {
      m.valid('emargement.capacity', ['learners'], d.learners.length > s.capacity
          ? { fr: `${d.learners.length} stagiaires pour une capacité de ${s.capacity}.`, en: `${d.learners.length} learners for a capacity of ${s.capacity}.` }
          : undefined
      );
    }
    // Consistency of attendance records with the session.
    const slotSet = new Set(s.slots.map((sl) => slotKey(sl.date, sl.halfDay)));
    const learnerSet = new Set(d.learners.map((l) => l.id));
    const proofs = proofIndex(d.attendanceProofs);
    (d.attendance ?? []).forEach((r, i) => {
      const base = ['attendance', i];
      const problems: { path: (string | number)[]; fr: string; en: string }[] = [];
      if (r.sessionId !== s.id) problems.push({ path: [...base, 'sessionId'], fr: `Relevé d'une autre session (${r.sessionId}).`, en: `Record of another session (${r.sessionId}).` });
      if (!slotSet.has(slotKey(r.slot.date, r.slot.halfDay))) {
        problems.push({ path: [...base, 'slot'], fr: `Demi-journée du ${frenchDate(r.slot.date)} absente du planning de la session.`, en: `Half-day ${r.slot.date} ${r.slot.halfDay} not in the session's slots.` });
      }
      if (s.trainerIds && !s.trainerIds.includes(r.trainer.trainerId)) {
        problems.push({ path: [...base, 'trainer', 'trainerId'], fr: `Formateur « ${r.trainer.trainerId} » non affecté à la session.`, en: `Trainer "${r.trainer.trainerId}" not assigned to the session.` });
      }
      const sigs: { path: (string | number)[]; sig: Signature | undefined }[] = [
        { path: [...base, 'trainer', 'signature'], sig: r.trainer.signature },
        ...r.learners.map((l, j) => ({ path: [...base, 'learners', j, 'signature'], sig: l.signature })),
      ];
      r.learners.forEach((l, j) => {
        if (!learnerSet.has(l.learnerId)) {
          problems.push({ path: [...base, 'learners', j, 'learnerId'], fr: `Stagiaire « ${l.learnerId} » absent de la liste.`, en: `Learner "${l.learnerId}" not in the list.` });
        }
      });
      for (const { path, sig } of sigs) {
        if (sig?.signedAt) {
          const p = toParisDateTime(sig.signedAt);
          if (p.date !== r.slot.date) {
            problems.push({
              path: [...path, 'signedAt'],
              fr: `Signature horodatée le ${frenchDate(p.date)} pour la demi-journée du ${frenchDate(r.slot.date)}.`,
              en: `Signature timestamped ${p.date} for the half-day of ${r.slot.date}.`,
            });
          }
        }
      }
      // A signature per half-day from every learner present and from the trainer (CAA Nantes,
      // 1 June 2021; corrections-2026-12 §3), unless an accepted alternative proof is recorded.
      const proofFor = (personId: string) => proofs.get(proofKey(personId, r.slot.date, r.slot.halfDay));
      const when = `${frenchDate(r.slot.date)} (${r.slot.halfDay === 'morning' ? 'matin' : 'après-midi'})`;
      r.learners.forEach((l, j) => {
        if (l.status !== 'present') return;
        const missing = !l.signature && !proofFor(l.learnerId);
        m.valid('emargement.learnerSignatures', [...base, 'learners', j, 'signature'], missing
          ? { fr: `Stagiaire « ${l.learnerId} » présent le ${when} sans signature ni autre preuve acceptée.`, en: `Learner "${l.learnerId}" present on ${r.slot.date} ${r.slot.halfDay} without a signature or accepted proof.` }
          : undefined);
      });
      m.valid('emargement.trainerSignatures', [...base, 'trainer', 'signature'], !r.trainer.signature && !proofFor(r.trainer.trainerId)
        ? { fr: `Formateur « ${r.trainer.trainerId} » sans signature ni autre preuve acceptée le ${when}.`, en: `Trainer "${r.trainer.trainerId}" without a signature or accepted proof on ${r.slot.date} ${r.slot.halfDay}.` }
        : undefined);
      if (problems.length === 0) {
        m.valid('emargement.recordConsistent', base, undefined);
      }
      for (const pb of problems) {
        m.valid('emargement.recordConsistent', pb.path, { fr: pb.fr, en: pb.en });
      }
    });
  },
  build: (d) => {
    const s = d.session;
    const trainers = (s.trainerIds ?? []).map((id) => d.trainers.find((t) => t.id === id)).filter((t) => t !== undefined);
    const trainerName = trainers.map((t) => `${t.firstName} ${t.lastName}`).join(', ');
    const records = new Map<string, AttendanceRecord>();
    for (const r of d.attendance ?? []) records.set(slotKey(r.slot.date, r.slot.halfDay), r);
    // One lookup per cell (a Map per record, built once), not a scan of every learner: linear in
    // learners × half-days (issue 13).
    const entries = new Map<AttendanceRecord, Map<string, AttendanceRecord['learners'][number]>>();
    for (const r of records.values()) {
      const byLearner = new Map<string, AttendanceRecord['learners'][number]>();
      for (const x of r.learners) if (!byLearner.has(x.learnerId)) byLearner.set(x.learnerId, x);
      entries.set(r, byLearner);
    }
    const proofs = proofIndex(d.attendanceProofs);
    const learnersById = new Map<string, (typeof d.learners)[number]>();
    for (const l of d.learners) if (!learnersById.has(l.id)) learnersById.set(l.id, l);
    const trainersById = new Map<string, (typeof d.trainers)[number]>();
    for (const t of d.trainers) if (!trainersById.has(t.id)) trainersById.set(t.id, t);
    const filled = (d.attendance?.length ?? 0) > 0;
    const place = s.place ? [s.place.name, s.place.address ? `${s.place.address.line1}, ${s.place.address.postalCode} ${s.place.address.city}` : undefined].filter(Boolean).join(' — ') : undefined;
    const blocks: Block[] = [];
    const slots = [...s.slots].sort((a, b) => (a.date === b.date ? (a.halfDay === 'morning' ? -1 : 1) : a.date < b.date ? -1 : 1));
    const chunks: TimeSlot[][] = [];
    // Balanced sheets: 6 half-days with 5 per sheet give 3 + 3, not 5 + 1.
    const sheets = Math.max(1, Math.ceil(slots.length / d.slotsPerPage));
    const per = Math.max(1, Math.ceil(slots.length / sheets));
    for (let i = 0; i < slots.length; i += per) chunks.push(slots.slice(i, i + per));
    if (chunks.length === 0) chunks.push([]);
    chunks.forEach((chunk, ci) => {
      if (ci > 0) blocks.push(pageBreak());
      blocks.push(heading(1, 'Feuille d’émargement'));
      blocks.push(
        keyValue([
          ['Formation', d.training.title],
          ['Session', `${s.id} — du ${frenchDate(s.startDate)} au ${frenchDate(s.endDate)}`],
          ['Modalité', MODALITY_LABELS[s.modality]],
          ['Lieu', place ?? s.remoteUrl],
          ['Formateur', trainerName],
          ...(chunks.length > 1 ? ([['Feuillet', `${ci + 1} / ${chunks.length}`]] as [string, string][]) : []),
        ]),
      );
      const columns = [
        { header: 'Stagiaire', width: 2.2 },
        ...chunk.map((sl) => ({
          header: [
            { text: `${DAYS[isoWeekday(sl.date)]} ${frenchDate(sl.date)}\n`, bold: true },
            { text: `${sl.halfDay === 'morning' ? 'matin' : 'après-midi'} ${frTimeRange(sl.start, sl.end)}${sl.module ? `\n${sl.module}` : ''}` },
          ] as InlineRun[],
          width: 1.3,
          align: 'center' as const,
        })),
      ];
      const rows: (string | InlineRun[])[][] = d.learners.map((l) => [
        [{ text: `${l.lastName} ${l.firstName}`, bold: true }, ...(l.employer ? [{ text: `\n${l.employer.name}` }] : [])],
        ...chunk.map((sl) => {
          const r = records.get(slotKey(sl.date, sl.halfDay));
          const e = r ? entries.get(r)?.get(l.id) : undefined;
          if (!e) return '';
          if (e.status === 'absent') return 'Absence';
          if (e.status === 'excused') return 'Absence justifiée';
          const proof = !e.signature ? proofs.get(proofKey(l.id, sl.date, sl.halfDay)) : undefined;
          return proof ? `présence attestée : ${proof.proof}` : sigText(e.signature);
        }),
      ]);
      rows.push([
        [{ text: 'Formateur', bold: true }, { text: `\n${trainerName}` }],
        ...chunk.map((sl) => {
          const r = records.get(slotKey(sl.date, sl.halfDay));
          return r?.trainer.signature ? sigText(r.trainer.signature) : r ? 'signature non enregistrée' : '';
        }),
      ]);
      blocks.push(table(columns, rows, { minRowHeightMm: 13, size: 'small' }));
      blocks.push(
        paragraph(
          filled
            ? 'Feuille établie à partir des relevés de présence ; le détail des signatures électroniques figure en annexe.'
            : 'Chaque stagiaire signe pour chaque demi-journée de présence ; le formateur signe chaque demi-journée.',
          { size: 'small' },
        ),
      );
    });
    // Annex: e-signature evidence.
    const evidence: string[][] = [];
    for (const r of d.attendance ?? []) {
      const add = (who: string, sig: Signature | undefined) => {
        if (!sig || sig.method !== 'electronic') return;
        const ev = sig.evidence ? Object.entries(sig.evidence).map(([k, v]) => `${k}: ${v}`).join(' ; ') : '';
        evidence.push([`${frenchDate(r.slot.date)} ${r.slot.halfDay === 'morning' ? 'matin' : 'après-midi'}`, who, sig.signedAt ?? '', ev]);
      };
      const trainer = trainersById.get(r.trainer.trainerId);
      add(trainer ? `${trainer.lastName} ${trainer.firstName} (formateur)` : `Formateur ${r.trainer.trainerId}`, r.trainer.signature);
      for (const l of r.learners) {
        const learner = learnersById.get(l.learnerId);
        add(learner ? `${learner.lastName} ${learner.firstName}` : l.learnerId, l.signature);
      }
    }
    if (evidence.length > 0) {
      blocks.push(pageBreak(), heading(2, 'Annexe — signatures électroniques'));
      blocks.push(table([{ header: 'Demi-journée', width: 1.2 }, { header: 'Signataire', width: 1.5 }, { header: 'Horodatage', width: 1.6 }, { header: 'Preuve', width: 3 }], evidence, { size: 'small' }));
    }
    return {
      title: `Feuille d’émargement — ${d.training.title} — session ${s.id}`,
      orientation: 'landscape',
      issuer: issuerOf(d.organisation),
      blocks,
    };
  },
}))();
