/**
 * The convocation calendar parsed back with an independent parser (ical.js, Mozilla's iCalendar
 * library): one event per slot, Europe/Paris times converted to the right UTC instants on either
 * side of a DST change, organiser, attendee, location, stable UIDs, folding and escaping.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { OfkitError } from '@ofkit/core';
import { convocationCalendar, type ConvocationCalendarInput } from '../src/ics/index.js';
import { escapeIcsText, foldIcsLine } from '../src/internal.js';
import { organisation, session } from './fixtures.js';

const base: ConvocationCalendarInput = {
  organisation,
  training: { title: 'Manager une équipe au quotidien' },
  session,
  learner: { id: 'L1', firstName: 'Łucja', lastName: 'Kowalczyk', email: 'lucja.kowalczyk@example.org' },
  issuedAt: '2026-11-23T10:00:00+01:00',
};

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const tz = comp.getFirstSubcomponent('vtimezone');
  if (tz) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { comp, events: comp.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)) };
}

const utc = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('convocationCalendar', () => {
  it('one event per half-day slot, Paris times → right UTC instants (winter, UTC+1)', () => {
    const ics = convocationCalendar(base);
    const { comp, events } = parse(ics);
    expect(comp.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(session.slots.length);
    // 7 December 2026 is in winter time: 09:00 Paris = 08:00 UTC; 17:00 = 16:00 UTC.
    expect(utc(events[0]!.startDate)).toBe('2026-12-07T08:00:00.000Z');
    expect(utc(events[0]!.endDate)).toBe('2026-12-07T11:30:00.000Z');
    expect(utc(events[5]!.endDate)).toBe('2026-12-09T16:00:00.000Z');
    expect(events[0]!.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(events[0]!.summary).toBe('Manager une équipe au quotidien — Rôle du manager');
    expect(events[0]!.location).toBe('Salle Bellecour, 12 rue de la République, 69002 Lyon');
    expect(events[0]!.organizer).toBe('mailto:contact@atelier-formation.example');
    expect(events[0]!.attendees[0]!.getFirstValue()).toBe('mailto:lucja.kowalczyk@example.org');
    expect(events[0]!.attendees[0]!.getParameter('cn')).toBe('Łucja Kowalczyk');
    expect(events[0]!.uid).toBe('S-2026-12-MGR.2026-12-07.morning.L1@atelier-formation.example');
    expect(events[0]!.description).toContain('Demi-journée 1 sur 6 : matin, de 09 h 00 à 12 h 30.');
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
    // DTSTAMP from issuedAt, in UTC.
    expect(ics).toContain('DTSTAMP:20261123T090000Z');
  });

  it('summer time (UTC+2) and the DST change days', () => {
    const slots = [
      { date: '2026-03-27', halfDay: 'morning' as const, start: '09:00', end: '12:00' }, // Friday before the change: UTC+1
      { date: '2026-03-30', halfDay: 'morning' as const, start: '09:00', end: '12:00' }, // Monday after: UTC+2
      { date: '2026-10-23', halfDay: 'afternoon' as const, start: '14:00', end: '17:30' }, // before the change back: UTC+2
      { date: '2026-10-26', halfDay: 'afternoon' as const, start: '14:00', end: '17:30' }, // after: UTC+1
    ];
    const { events } = parse(
      convocationCalendar({ ...base, session: { ...session, startDate: '2026-03-27', endDate: '2026-10-26', slots } }),
    );
    expect(events.map((e) => utc(e.startDate))).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-10-23T12:00:00.000Z',
      '2026-10-26T13:00:00.000Z',
    ]);
  });

  it('stable UIDs: the same input gives the same calendar; another learner other UIDs', () => {
    expect(convocationCalendar(base)).toBe(convocationCalendar(structuredClone(base)));
    const other = parse(convocationCalendar({ ...base, learner: { id: 'L2', firstName: 'Thị Hồng', lastName: 'Nguyễn' } })).events;
    expect(other[0]!.uid).toBe('S-2026-12-MGR.2026-12-07.morning.L2@atelier-formation.example');
    expect(other[0]!.attendees).toHaveLength(0); // no e-mail: no ATTENDEE
  });

  it('escapes TEXT values and folds long lines at 75 octets without splitting UTF-8', () => {
    const title = 'Sécurité, incendie; « évacuation » \\ niveau 2\nrecyclage ' + 'é'.repeat(120) + ' 😀';
    const ics = convocationCalendar({ ...base, training: { title } });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const { events } = parse(ics);
    expect(events[0]!.summary).toBe(`${title} — Rôle du manager`);
    expect(events[0]!.description).toContain(title);
    expect(escapeIcsText('a,b;c\\d\ne\rf\u0000')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    expect(foldIcsLine('X:' + 'a'.repeat(200)).split('\r\n').map((l) => l.length)).toEqual([75, 75, 54]);
  });

  it('hostile text cannot inject a property or a component', () => {
    const evil = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\nATTACH:http://evil.example/x';
    const { events } = parse(convocationCalendar({ ...base, training: { title: evil }, learner: { ...base.learner!, firstName: 'A"B;C:D' } }));
    expect(events).toHaveLength(6);
    expect(events.some((e) => e.uid === 'evil')).toBe(false);
    expect(events[0]!.component.getFirstProperty('attach')).toBeNull();
    expect(events[0]!.attendees[0]!.getParameter('cn')).toBe('AB;C:D Kowalczyk');
  });

  it('distance session: the remote URL is the location', () => {
    const { events } = parse(
      convocationCalendar({ ...base, session: { ...session, modality: 'distance', place: undefined, remoteUrl: 'https://visio.example/mgr' } }),
    );
    expect(events[0]!.location).toBe('https://visio.example/mgr');
  });

  it('invitation (REQUEST) needs both e-mails; invalid input gives OfkitError with every issue', () => {
    expect(parse(convocationCalendar({ ...base, method: 'REQUEST' })).comp.getFirstPropertyValue('method')).toBe('REQUEST');
    const { email: _e, ...noMail } = base.learner!;
    let err: unknown;
    try {
      convocationCalendar({ ...base, method: 'REQUEST', learner: noMail, issuedAt: '2026-11-23', uidDomain: 'a b' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OfkitError);
    const paths = (err as OfkitError).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['issuedAt', 'uidDomain']));
    for (const bad of [undefined, null, 42, 'x', {}, { ...base, session: { ...session, slots: [] } }]) {
      expect(() => convocationCalendar(bad as never)).toThrow(OfkitError);
    }
  });
});
