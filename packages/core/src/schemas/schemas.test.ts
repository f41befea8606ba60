import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/helpers.js';
import { parseInput } from '../errors/validate.js';
import {
  AttendanceRecordSchema,
  BPF_C_LINE_BY_FUNDER,
  EnrolmentSchema,
  FUNDER_TYPES,
  OrganisationSchema,
  SessionSchema,
  TrainingSchema,
  slotHours,
} from './domain.js';
import { domainJsonSchemas, toJsonSchema } from './json-schema.js';

const org = {
  name: 'Formations Dupont SARL',
  siret: '732 829 320 00074',
  nda: '11 75 54334 75',
  address: { line1: '10 rue de la Paix', postalCode: '75002', city: 'Paris' },
  vat: { regime: 'exempt-261-4-4a' },
};

describe('OrganisationSchema', () => {
  it('normalises identifiers and applies defaults', () => {
    const o = parseInput(OrganisationSchema, org);
    expect(o.siret).toBe('73282932000074');
    expect(o.nda).toBe('11755433475');
    expect(o.ndaStatus).toBe('registered');
    expect(o.address.country).toBe('FR');
  });

  it('reports every bad identifier with its path and the validator message', () => {
    const issues = issuesOf(() => parseInput(OrganisationSchema, { ...org, siret: '73282932000075', nda: '123' }));
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join('.'), i]));
    expect(byPath['siret']?.code).toBe('invalid_checksum');
    expect(byPath['siret']?.message).toMatch(/clé de contrôle/);
    expect(byPath['siret']?.messageEn).toMatch(/check digit/);
    expect(byPath['nda']?.code).toBe('invalid_format');
  });

  it('requires an NDA unless registration is pending', () => {
    const { nda: _omit, ...noNda } = org;
    expect(issuesOf(() => parseInput(OrganisationSchema, noNda)).map((i) => i.path.join('.'))).toEqual(['nda']);
    expect(parseInput(OrganisationSchema, { ...noNda, ndaStatus: 'pending' }).nda).toBeUndefined();
  });
});

describe('TrainingSchema', () => {
  const training = {
    id: 't1',
    title: 'Excel perfectionnement',
    category: 'action-de-formation',
    certification: { type: 'rs', code: 'rs5678' },
    nsfCode: '326',
    formacodes: ['70322'],
    objectives: ['Construire des tableaux croisés dynamiques'],
    durationHours: 14,
  };
  it('accepts a complete training and normalises the certification code', () => {
    expect(parseInput(TrainingSchema, training).certification).toEqual({ type: 'rs', code: 'RS5678' });
  });
  it('rejects zero duration, no objective and an unknown category, all at once', () => {
    const issues = issuesOf(() => parseInput(TrainingSchema, { ...training, durationHours: 0, objectives: [], category: 'stage' }));
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['category', 'durationHours', 'objectives']);
  });
  it('rejects hours with more than two decimals', () => {
    expect(issuesOf(() => parseInput(TrainingSchema, { ...training, durationHours: 1.234 }))[0]?.path).toEqual(['durationHours']);
  });
});

describe('SessionSchema', () => {
  const session = {
    id: 's1',
    trainingId: 't1',
    startDate: '2026-03-02',
    endDate: '2026-03-03',
    modality: 'presentiel',
    place: { name: 'Salle A' },
    slots: [
      { date: '2026-03-02', halfDay: 'morning', start: '09:00', end: '12:30' },
      { date: '2026-03-02', halfDay: 'afternoon', start: '13:30', end: '17:00' },
    ],
  };
  it('accepts a two-day session; slot hours are computed from wall-clock times', () => {
    const s = parseInput(SessionSchema, session);
    expect(s.subcontracting).toBe('none');
    expect(s.slots.map(slotHours)).toEqual([3.5, 3.5]);
  });
  it('rejects slots outside the dates, duplicate half-days, end before start, missing place', () => {
    const bad = {
      ...session,
      place: undefined,
      endDate: '2026-03-01',
      slots: [
        { date: '2026-03-05', halfDay: 'morning', start: '09:00', end: '12:00' },
        { date: '2026-03-05', halfDay: 'morning', start: '12:00', end: '11:00' },
      ],
    };
    const paths = issuesOf(() => parseInput(SessionSchema, bad)).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['endDate', 'slots.0.date', 'slots.1', 'slots.1.end', 'place']));
  });
  it('rejects an impossible date with the invalid_date code', () => {
    const issues = issuesOf(() => parseInput(SessionSchema, { ...session, startDate: '2026-02-30' }));
    expect(issues[0]).toMatchObject({ path: ['startDate'], code: 'invalid_date' });
  });
});

describe('EnrolmentSchema and AttendanceRecordSchema', () => {
  it('maps every funder type to a BPF frame C line', () => {
    for (const f of FUNDER_TYPES) expect(BPF_C_LINE_BY_FUNDER[f]).toMatch(/^(1|2[a-h]|[3-9]|10|11)$/);
    // Cerfa 10443*17 frame C: line 2.e is the CPF paid by the Caisse des dépôts, line 9 individuals.
    expect(BPF_C_LINE_BY_FUNDER['cpf-cdc']).toBe('2e');
    expect(BPF_C_LINE_BY_FUNDER.individual).toBe('9');
  });
  it('rejects negative funding and hours on a cancelled enrolment', () => {
    const issues = issuesOf(() =>
      parseInput(EnrolmentSchema, {
        id: 'e1',
        learnerId: 'l1',
        sessionId: 's1',
        status: 'cancelled',
        funding: [{ funder: 'opco-plan', amount: '-10' }],
        hoursPlanned: 14,
        hoursAttended: 3,
      }),
    );
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['funding.0.amount', 'hoursAttended']);
  });
  it('requires a timestamp for an e-signature and refuses a signature from an absent learner', () => {
    const issues = issuesOf(() =>
      parseInput(AttendanceRecordSchema, {
        sessionId: 's1',
        slot: { date: '2026-03-02', halfDay: 'morning' },
        trainer: { trainerId: 'f1', signature: { method: 'electronic' } },
        learners: [
          { learnerId: 'l1', status: 'absent', signature: { method: 'handwritten' } },
          { learnerId: 'l1', status: 'present' },
        ],
      }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(['duplicate_learner', 'required', 'signature_while_absent']);
  });
});

describe('JSON Schemas', () => {
  it('exports a JSON Schema per domain object, describing inputs', () => {
    const all = domainJsonSchemas();
    expect(Object.keys(all)).toHaveLength(9);
    const session = all['Session'] as { properties: Record<string, { format?: string }>; required: string[] };
    expect(session.properties['startDate']?.format).toBe('date');
    // subcontracting has a default, so it is optional on input.
    expect(session.required).not.toContain('subcontracting');
    expect(toJsonSchema(OrganisationSchema)).toHaveProperty('properties.siret');
  });
});

describe('CivilDateSchema inside objects', () => {
  it('reports one issue for a malformed date (format) and one for an impossible date (existence)', async () => {
    const { CivilDateSchema } = await import('../calendar/civil-date.js');
    const { z } = await import('zod');
    const S = z.object({ d: CivilDateSchema });
    expect(issuesOf(() => parseInput(S, { d: '2026/01/01' })).map((i) => i.code)).toEqual(['invalid_format']);
    expect(issuesOf(() => parseInput(S, { d: '2026-02-30' })).map((i) => i.code)).toEqual(['invalid_date']);
  });
});

describe('CertificationRefSchema: the BPF F-3 cases', () => {
  // Cerfa 10443*17 F-3 (../shared/domain/documents.md §7.2): a CQP registered at the RNCP without a
  // level is line a.6; a CQP registered neither at the RNCP nor the RS is line c.
  it('accepts a CQP registered at the RNCP and a CQP outside both repertories', async () => {
    const { CertificationRefSchema } = await import('./domain.js');
    expect(parseInput(CertificationRefSchema, { type: 'rncp', code: 'rncp1234', cqp: true })).toEqual({ type: 'rncp', code: 'RNCP1234', cqp: true });
    expect(parseInput(CertificationRefSchema, { type: 'cqp', title: 'CQP Opérateur logistique' })).toEqual({ type: 'cqp', title: 'CQP Opérateur logistique' });
  });
  it('requires the name of an unregistered CQP', async () => {
    const { CertificationRefSchema } = await import('./domain.js');
    expect(issuesOf(() => parseInput(CertificationRefSchema, { type: 'cqp', title: ' ' })).map((i) => i.path.join('.'))).toEqual(['title']);
  });
});
