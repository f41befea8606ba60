/**
 * @packageDocumentation
 * `@ofkit/docs-gen/ics`: the calendar (iCalendar, RFC 5545) of a convocation: one event per
 * half-day slot of the session, in Europe/Paris time. Dependency-free and pure.
 */
import * as z from '@ofkit/core/internal/zod';
import { OrganisationSchema, SessionSchema, parseInput } from '@ofkit/core';
import { bilingual } from '@ofkit/core/internal';
import { escapeIcsText, foldIcsLine } from './text.js';

/**
 * The Europe/Paris time zone as iCalendar rules: CET (UTC+1) and CEST (UTC+2), summer time from
 * the last Sunday of March at 02:00 to the last Sunday of October at 03:00 (EU rule, directive
 * 2000/84/EC, in force since 1996). Clients that know the IANA zone use its own rules; the
 * VTIMEZONE is for those that do not.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'X-LIC-LOCATION:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const EmailSchema = /* @__PURE__ */ (() => z.email())();

/**
 * Input of {@link convocationCalendar}: core's records (`Organisation`, `Session` with its half-day
 * slots, the `Training` — only its title is read — and optionally the `Learner`), plus the
 * calendar's own fields.
 *
 * @example
 * ```ts
 * import type { ConvocationCalendarInput } from '@ofkit/docs-gen/ics';
 * const title = (i: ConvocationCalendarInput) => i.training.title;
 * ```
 */
export interface ConvocationCalendarInput {
  /** The organisation (core `Organisation`): its name and e-mail make the ORGANIZER. */
  readonly organisation: z.input<typeof OrganisationSchema>;
  /** The training (core `Training`, or just `{ title }`). */
  readonly training: { readonly title: string; readonly [key: string]: unknown };
  /** The session (core `Session`): its id, slots, place or remote URL. */
  readonly session: z.input<typeof SessionSchema>;
  /** The learner convened (core `Learner`): with an e-mail, an ATTENDEE line; the id makes UIDs per learner. */
  readonly learner?: { readonly id?: string; readonly firstName: string; readonly lastName: string; readonly email?: string; readonly [key: string]: unknown };
  /**
   * When the calendar is issued, an ISO 8601 instant with offset (`2026-11-23T10:00:00+01:00`):
   * the DTSTAMP of every event. Required because the library reads no clock.
   */
  readonly issuedAt: string;
  /**
   * Right-hand side of the UIDs (`…@domain`): default the domain of the organisation's e-mail,
   * else `ofkit.invalid`. UIDs are stable: the same session, slot and learner always give the same
   * UID, so a re-sent calendar updates the events instead of duplicating them.
   */
  readonly uidDomain?: string;
  /** `PUBLISH` (default: events to add to a calendar) or `REQUEST` (an invitation; needs both e-mails). */
  readonly method?: 'PUBLISH' | 'REQUEST';
  /** Sequence number of this version (increase it when a slot changes and the calendar is re-sent). */
  readonly sequence?: number;
}

const InputSchema = /* @__PURE__ */ (() =>
  z
    .object({
      organisation: OrganisationSchema,
      training: z.looseObject({ title: z.string().min(1).max(500) }),
      session: SessionSchema,
      learner: z
        .looseObject({
          id: z.string().min(1).max(200).optional(),
          firstName: z.string().min(1).max(200),
          lastName: z.string().min(1).max(200),
          email: EmailSchema.optional(),
        })
        .optional(),
      issuedAt: z.iso.datetime({ offset: true }),
      uidDomain: z
        .string()
        .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)*[A-Za-z0-9-]{1,63}$/, {
          message: bilingual('Nom de domaine attendu (lettres, chiffres, tirets, points).', 'Domain name expected (letters, digits, hyphens, dots).'),
        })
        .optional(),
      method: z.enum(['PUBLISH', 'REQUEST']).optional(),
      sequence: z.number().int().min(0).max(1_000_000).optional(),
    })
    .superRefine((v, ctx) => {
      if (v.session.slots.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['session', 'slots'], message: bilingual('La session n’a aucun créneau.', 'The session has no slot.') });
      }
      if (v.session.slots.length > 2000) {
        ctx.addIssue({ code: 'custom', path: ['session', 'slots'], message: bilingual('Plus de 2 000 créneaux.', 'More than 2,000 slots.') });
      }
      if (v.method === 'REQUEST' && (!v.organisation.email || !v.learner?.email)) {
        ctx.addIssue({
          code: 'custom',
          path: ['method'],
          message: bilingual(
            'Une invitation (REQUEST) demande l’e-mail de l’organisme et celui du stagiaire.',
            'An invitation (REQUEST) needs the organisation’s and the learner’s e-mail.',
          ),
        });
      }
    }))();

/** A parameter value (CN=…): quoted, without the characters a quoted value cannot hold. */
function paramValue(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${String(text).replace(/[\u0000-\u001F\u007F"]/g, '')}"`;
}

const compact = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** UTC `YYYYMMDDTHHMMSSZ` of an ISO instant with offset (pure arithmetic, no Date parsing of text). */
function utcStamp(instant: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(instant)!;
  const offset = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]) - offset, Number(m[6] ?? 0));
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function uidPart(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`).slice(0, 120);
}

function address(a: { line1: string; line2?: string | undefined; postalCode: string; city: string } | undefined): string | undefined {
  return a ? [a.line1, a.line2, `${a.postalCode} ${a.city}`].filter((x) => x).join(', ') : undefined;
}

const HALF_DAY_FR = { morning: 'matin', afternoon: 'après-midi' } as const;

/**
 * The calendar of a convocation: one VEVENT per half-day slot of the session, with DTSTART/DTEND
 * in Europe/Paris time (`TZID=Europe/Paris` and a VTIMEZONE with the EU summer-time rules, so the
 * UTC offset is right on either side of a DST change), the organisation as ORGANIZER, the session's
 * place (or remote URL) as LOCATION, the learner as ATTENDEE when they have an e-mail, and stable
 * UIDs. Lines are CRLF-terminated, folded at 75 octets and TEXT values escaped (RFC 5545).
 * Validates its input (core's `Organisation` and `Session` schemas) and throws `OfkitError` with
 * every issue.
 *
 * @example
 * ```ts
 * import { convocationCalendar } from '@ofkit/docs-gen/ics';
 * const ics = convocationCalendar({
 *   organisation: { name: 'Forma', siret: '84125730600016', nda: '84691234569', email: 'contact@forma.example', address: { line1: '1 rue A', postalCode: '69002', city: 'Lyon' }, vat: { regime: 'exempt-261-4-4a' } },
 *   training: { title: 'Manager une équipe' },
 *   session: { id: 'S1', trainingId: 'T1', startDate: '2026-12-07', endDate: '2026-12-07', modality: 'presentiel', place: { name: 'Salle 1' },
 *     slots: [{ date: '2026-12-07', halfDay: 'morning', start: '09:00', end: '12:30' }] },
 *   issuedAt: '2026-11-23T10:00:00+01:00',
 * });
 * ics.includes('DTSTART;TZID=Europe/Paris:20261207T090000'); // true
 * ics.includes('UID:S1.2026-12-07.morning@forma.example'); // true
 * ```
 */
export function convocationCalendar(input: ConvocationCalendarInput): string {
  const v = parseInput(InputSchema, input);
  const { organisation: org, session, training, learner } = v;
  const domain = v.uidDomain ?? org.email?.split('@')[1] ?? 'ofkit.invalid';
  const method = v.method ?? 'PUBLISH';
  const stamp = utcStamp(v.issuedAt);
  const location = session.remoteUrl && session.modality === 'distance'
    ? session.remoteUrl
    : [session.place?.name, address(session.place?.address)].filter((x) => x).join(', ') || session.remoteUrl;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ofkit//docs-gen convocation//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    `X-WR-CALNAME:${escapeIcsText(`${training.title} — convocation`)}`,
    'X-WR-TIMEZONE:Europe/Paris',
    ...VTIMEZONE,
  ];
  const slots = [...session.slots].sort((a, b) => (a.date + a.start < b.date + b.start ? -1 : 1));
  slots.forEach((slot, i) => {
    const uid = [uidPart(session.id), slot.date, slot.halfDay, ...(learner?.id ? [uidPart(learner.id)] : [])].join('.');
    const description = [
      `Convocation à la formation « ${training.title} » (${org.name}).`,
      `Demi-journée ${i + 1} sur ${slots.length} : ${HALF_DAY_FR[slot.halfDay]}, de ${slot.start.replace(':', ' h ')} à ${slot.end.replace(':', ' h ')}.`,
      ...(slot.module ? [`Module : ${slot.module}.`] : []),
      ...(session.remoteUrl ? [`Accès à distance : ${session.remoteUrl}`] : []),
      ...(org.email || org.phone ? [`Contact : ${[org.email, org.phone].filter((x) => x).join(' · ')}`] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@${domain}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${v.sequence ?? 0}`,
      `DTSTART;TZID=Europe/Paris:${compact(slot.date, slot.start)}`,
      `DTEND;TZID=Europe/Paris:${compact(slot.date, slot.end)}`,
      `SUMMARY:${escapeIcsText(`${training.title}${slot.module ? ` — ${slot.module}` : ''}`)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      ...(location ? [`LOCATION:${escapeIcsText(location)}`] : []),
      ...(org.email ? [`ORGANIZER;CN=${paramValue(org.name)}:mailto:${org.email}`] : []),
      ...(learner?.email
        ? [`ATTENDEE;CN=${paramValue(`${learner.firstName} ${learner.lastName}`)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION${method === 'REQUEST' ? ';RSVP=TRUE' : ''}:mailto:${learner.email}`]
        : []),
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
