import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers.js';
import { dedupeReferences, dedupeWarnings, defineParameter, hasValueAt, valueAt, warningFor } from './parameters.js';
import { defineRuleSet, overrideRules } from './rule-set.js';
import type { DatedValue, LegalRef, Parameter, Warning } from './types.js';

const R1: LegalRef = { source: 'code-du-travail', article: 'L6323-4', title: 'Participation forfaitaire' };
const R2: LegalRef = { source: 'decret', article: '2024-394', title: 'Décret participation' };

const p = <T>(x: Parameter<T>) => x;
/** A throw-away numeric parameter `x` with the given values (for the rejection tests). */
const paramX = (values: DatedValue<number>[]) => p<number>({ id: 'x', label: 'X', values });
const participation = p({
  id: 'cpf.participation',
  label: 'Participation forfaitaire',
  unit: 'EUR',
  values: [
    { from: '2025-01-01', to: '2025-12-31', value: '102.23', status: 'confirmed', references: [R1] },
    { from: '2024-05-02', to: '2024-12-31', value: '100.00', status: 'confirmed', references: [R1, R2] },
    { from: '2026-01-01', value: '103.20', status: 'provisional', references: [R1], note: 'Revalorisation non lue au JO.' },
  ],
});

describe('defineParameter', () => {
  it('sorts values by start and freezes everything', () => {
    const def = defineParameter(participation);
    expect(def.values.map((v) => v.from)).toEqual(['2024-05-02', '2025-01-01', '2026-01-01']);
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def.values)).toBe(true);
    expect(Object.isFrozen(def.values[0]!.references)).toBe(true);
    // the input object is left as it was (order kept)
    expect(participation.values[0]!.from).toBe('2025-01-01');
  });

  it('rejects overlapping periods, naming the later one', () => {
    const e = thrown(() =>
      defineParameter(
        paramX([
          { from: '2024-01-01', to: '2024-12-31', value: 1, status: 'confirmed', references: [] },
          { from: '2024-12-31', value: 2, status: 'confirmed', references: [] },
        ]),
      ),
    );
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.issues).toEqual([expect.objectContaining({ path: ['values', 1, 'from'], code: 'overlap' })]);
    expect(e.issues[0]!.message).toContain('2024-12-31');
    expect(e.issues[0]!.messageEn).toContain('overlaps');
  });

  it('rejects an open-ended value followed by another', () => {
    const e = thrown(() =>
      defineParameter(
        paramX([
          { from: '2020-01-01', value: 1, status: 'confirmed', references: [] },
          { from: '2024-01-01', value: 2, status: 'confirmed', references: [] },
        ]),
      ),
    );
    expect(e.issues[0]).toMatchObject({ path: ['values', 1, 'from'], code: 'overlap' });
  });

  it('accepts adjacent periods (to inclusive, next from the day after)', () => {
    expect(() => defineParameter(participation)).not.toThrow();
  });

  it('lists every problem at once', () => {
    const e = thrown(() =>
      defineParameter({
        id: '',
        label: 'X',
        values: [
          { from: '2026-02-30', value: 1, status: 'confirmed', references: [] },
          { from: '2026-03-01', to: '2026-02-01', value: 2, status: 'maybe' as never, references: [] },
          { from: '2026-05-01', to: '2026/06/01', value: 3, status: 'confirmed', references: undefined as never },
        ],
      }),
    );
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['id', 'required'],
      ['values.0.from', 'invalid_date'],
      ['values.1.to', 'end_before_start'],
      ['values.1.status', 'invalid_status'],
      ['values.2.to', 'invalid_date'],
      ['values.2.references', 'required'],
    ]);
  });

  it('rejects a parameter without values', () => {
    const e = thrown(() => defineParameter({ id: 'x', label: 'X', values: [] }));
    expect(e.issues[0]).toMatchObject({ path: ['values'], code: 'empty' });
  });
});

describe('valueAt', () => {
  const def = defineParameter(participation);

  it('returns the value in force with its provenance', () => {
    expect(valueAt(def, '2025-06-30')).toEqual({
      parameter: 'cpf.participation',
      label: 'Participation forfaitaire',
      value: '102.23',
      from: '2025-01-01',
      to: '2025-12-31',
      status: 'confirmed',
      references: [R1],
      origin: 'law',
    });
  });

  it('treats from and to as inclusive', () => {
    expect(valueAt(def, '2024-05-02').value).toBe('100.00');
    expect(valueAt(def, '2024-12-31').value).toBe('100.00');
    expect(valueAt(def, '2025-01-01').value).toBe('102.23');
    expect(valueAt(def, '2025-12-31').value).toBe('102.23');
    expect(valueAt(def, '2026-01-01').value).toBe('103.20');
    expect(valueAt(def, '2099-12-31').value).toBe('103.20');
    expect(valueAt(def, '2026-01-01').note).toBe('Revalorisation non lue au JO.');
    expect('to' in valueAt(def, '2026-01-01')).toBe(false);
  });

  it('fails with NO_VALUE_IN_FORCE before the first value (never the nearest)', () => {
    const e = thrown(() => valueAt(def, '2024-05-01'));
    expect(e.code).toBe('NO_VALUE_IN_FORCE');
    expect(e.issues[0]).toMatchObject({ path: ['date'], code: 'no_value_in_force' });
    expect(e.issues[0]!.message).toContain('2024-05-02');
    expect(e.issues[0]!.messageEn).toContain('No value of "Participation forfaitaire"');
    expect(hasValueAt(def, '2024-05-01')).toBe(false);
    expect(hasValueAt(def, '2024-05-02')).toBe(true);
  });

  it('fails in a gap between two periods and after the last closed one', () => {
    const gap = defineParameter(
      p({
        id: 'gap',
        label: 'Gap',
        values: [
          { from: '2020-01-01', to: '2020-12-31', value: 1, status: 'confirmed', references: [] },
          { from: '2022-01-01', to: '2022-12-31', value: 2, status: 'confirmed', references: [] },
        ],
      }),
    );
    expect(thrown(() => valueAt(gap, '2021-06-01')).code).toBe('NO_VALUE_IN_FORCE');
    expect(thrown(() => valueAt(gap, '2023-01-01')).code).toBe('NO_VALUE_IN_FORCE');
    expect(valueAt(gap, '2022-12-31').value).toBe(2);
  });

  it('rejects a date that does not exist', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '26-01-01', '', 20260101 as never]) {
      const e = thrown(() => valueAt(def, bad));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]).toMatchObject({ path: ['date'], code: 'invalid_date' });
      // hasValueAt agrees (it answered true for '2026-13-01', which sorts after every start date)
      expect(thrown(() => hasValueAt(def, bad)).issues[0]).toMatchObject({ path: ['date'], code: 'invalid_date' });
    }
    expect(valueAt(defineParameter(p({ id: 'l', label: 'L', values: [{ from: '2024-02-29', value: 1, status: 'confirmed', references: [] }] })), '2024-02-29').value).toBe(1);
  });
});

describe('warningFor', () => {
  const def = defineParameter(participation);
  it('is undefined for a confirmed value of the law', () => {
    expect(warningFor(valueAt(def, '2025-03-01'))).toBeUndefined();
  });
  it('warns for provisional values, with the note and the option', () => {
    const w = warningFor(valueAt(def, '2026-03-01'), 'participationReading')!;
    expect(w.code).toBe('PROVISIONAL_VALUE');
    expect(w.parameter).toBe('cpf.participation');
    expect(w.status).toBe('provisional');
    expect(w.option).toBe('participationReading');
    expect(w.references).toEqual([R1]);
    expect(w.message).toContain('provisoire');
    expect(w.message).toContain('Revalorisation non lue au JO.');
    expect(w.messageEn).toContain('provisional');
  });
  it('warns for disputed values', () => {
    const d = defineParameter(p({ id: 'd', label: 'D', values: [{ from: '2020-01-01', value: 1, status: 'disputed', references: [] }] }));
    const w = warningFor(valueAt(d, '2020-01-01'))!;
    expect(w.code).toBe('DISPUTED_VALUE');
    expect('option' in w).toBe(false);
  });
});

describe('defineRuleSet and overrideRules', () => {
  const rules = defineRuleSet({
    amount: p({ id: 'x.amount', label: 'Montant', values: [{ from: '2026-01-01', value: '103.20', status: 'provisional', references: [R1] }] }),
    delay: p({ id: 'x.delay', label: 'Délai', unit: 'working-days', values: [{ from: '2020-01-01', value: 11, status: 'confirmed', references: [] }] }),
  });

  it('defines frozen parameters', () => {
    expect(Object.isFrozen(rules)).toBe(true);
    expect(valueAt(rules.delay, '2026-01-01').value).toBe(11);
  });

  it('rejects an invalid parameter inside a rule set', () => {
    const e = thrown(() => defineRuleSet({ bad: p({ id: 'b', label: 'B', values: [] }) }));
    expect(e.code).toBe('INVALID_PARAMETER');
  });

  it('override wins in its period, reports origin override, and the law applies outside', () => {
    const patched = overrideRules(rules, {
      amount: [{ from: '2026-04-02', to: '2026-12-31', value: '105.00', status: 'confirmed', references: [R2] }],
    });
    expect(valueAt(patched.amount, '2026-04-01')).toMatchObject({ value: '103.20', origin: 'law', status: 'provisional' });
    expect(valueAt(patched.amount, '2026-04-02')).toMatchObject({ value: '105.00', origin: 'override', status: 'confirmed', references: [R2] });
    expect(valueAt(patched.amount, '2026-12-31').value).toBe('105.00');
    expect(valueAt(patched.amount, '2027-01-01').origin).toBe('law');
    const w = warningFor(valueAt(patched.amount, '2026-05-01'))!;
    expect(w.code).toBe('OVERRIDDEN_VALUE');
    expect(w.message).toContain('surcharge');
    // unrelated parameters are the same objects
    expect(patched.delay).toBe(rules.delay);
  });

  it('an override can give a value before the law existed', () => {
    const patched = overrideRules(rules, { amount: [{ from: '2025-01-01', to: '2025-12-31', value: '102.23', status: 'confirmed', references: [] }] });
    expect(valueAt(patched.amount, '2025-06-01')).toMatchObject({ value: '102.23', origin: 'override' });
    expect(thrown(() => valueAt(rules.amount, '2025-06-01')).code).toBe('NO_VALUE_IN_FORCE');
  });

  it('does not mutate the original rule set', () => {
    const before = JSON.stringify(rules);
    overrideRules(rules, { amount: [{ from: '2026-04-02', value: '105.00', status: 'confirmed', references: [] }] });
    expect(JSON.stringify(rules)).toBe(before);
    expect(valueAt(rules.amount, '2026-05-01')).toMatchObject({ value: '103.20', origin: 'law' });
    expect(rules.amount.values).toHaveLength(1);
  });

  it('rejects unknown parameters, naming them', () => {
    const e = thrown(() => overrideRules(rules, { amont: [] } as never));
    expect(e.code).toBe('UNKNOWN_PARAMETER');
    expect(e.issues[0]).toMatchObject({ path: ['amont'], code: 'unknown_parameter' });
    expect(e.issues[0]!.message).toContain('amount, delay');
    expect(e.issues[0]!.messageEn).toContain('Unknown parameter: amont');
  });

  it('rejects overlapping override values with the parameter key in the path', () => {
    const e = thrown(() =>
      overrideRules(rules, {
        delay: [
          { from: '2026-01-01', value: 10, status: 'confirmed', references: [] },
          { from: '2026-06-01', value: 12, status: 'confirmed', references: [] },
        ],
      }),
    );
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.issues[0]).toMatchObject({ path: ['delay', 'values', 2, 'from'], code: 'overlap' });
  });

  it('ignores an override key given as undefined', () => {
    const patched = overrideRules(rules, { amount: undefined } as never);
    expect(patched.amount).toBe(rules.amount);
  });
});

describe('dedupeWarnings and dedupeReferences', () => {
  it('keeps the first of each warning (code, parameter, option)', () => {
    const w = (code: string, parameter?: string, option?: string, message = 'm'): Warning => ({
      code,
      message,
      messageEn: message,
      references: [],
      ...(parameter !== undefined ? { parameter } : {}),
      ...(option !== undefined ? { option } : {}),
    });
    const list = [w('A', 'p'), w('A', 'p', undefined, 'other'), w('A', 'p', 'o'), w('B', 'p'), w('C', undefined, undefined, 'x'), w('C', undefined, undefined, 'y'), w('C', undefined, undefined, 'x')];
    expect(dedupeWarnings(list).map((x) => `${x.code}${x.parameter ?? ''}${x.option ?? ''}${x.message}`)).toEqual(['Apm', 'Apom', 'Bpm', 'Cx', 'Cy']);
  });
  it('keeps the first reference of each source and article', () => {
    expect(dedupeReferences([R1, R2, { ...R1, title: 'autre titre' }])).toEqual([R1, R2]);
  });
});
