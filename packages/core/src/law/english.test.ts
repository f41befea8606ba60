/**
 * The English texts of a parameter (`labelEn`, `noteEn`): checked by defineParameter and the
 * lawChanges schema, carried by valueAt, the catalogue and lawChanges, and used for the `messageEn`
 * of the law-parameter warnings, with the documented fallback to the French texts when a caller's
 * parameter has none.
 */
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/helpers.js';
import { lawCatalogue } from './catalogue.js';
import { lawChanges } from './changes.js';
import { defineParameter, valueAt, warningFor } from './parameters.js';
import { defineRuleSet, overrideRules } from './rule-set.js';
import type { DatedValue, Parameter } from './types.js';

const p = <T>(x: Parameter<T>) => x;

const LABEL = 'Participation forfaitaire du titulaire';
const LABEL_EN = "Holder's flat-rate contribution";
const NOTE = "Montant de l'arrêté rapporté par des sources secondaires ; l'arrêté lui-même n'a pas été lu.";
const NOTE_EN = 'Amount of the arrêté as reported by secondary sources; the arrêté itself was not read.';

const bilingual = defineRuleSet({
  amount: p<string>({
    id: 'x.amount',
    label: LABEL,
    labelEn: LABEL_EN,
    unit: 'EUR',
    values: [
      { from: '2025-01-01', to: '2025-12-31', value: '102.23', status: 'disputed', references: [], note: NOTE, noteEn: NOTE_EN },
      { from: '2026-01-01', value: '103.20', status: 'provisional', references: [], note: NOTE, noteEn: NOTE_EN },
    ],
  }),
});
const frenchOnly = defineRuleSet({
  amount: p<string>({
    id: 'x.amount',
    label: LABEL,
    unit: 'EUR',
    values: [
      { from: '2025-01-01', to: '2025-12-31', value: '102.23', status: 'disputed', references: [], note: NOTE },
      { from: '2026-01-01', value: '103.20', status: 'provisional', references: [], note: NOTE },
    ],
  }),
});

/** Words of the French texts above that are not English (and not legal names kept in English). */
const FRENCH = /Participation|forfaitaire|titulaire|Montant|rapporté|lui-même|n'a pas été lu|valeur|surcharge|«|»/;

describe('warnings of a parameter with labelEn and noteEn', () => {
  it('provisional: the English message is English throughout, the French one unchanged', () => {
    const w = warningFor(valueAt(bilingual.amount, '2026-06-01'))!;
    expect(w.code).toBe('PROVISIONAL_VALUE');
    expect(w.messageEn).toBe(`"${LABEL_EN}": provisional value (not confirmed in the official text). ${NOTE_EN}`);
    expect(w.messageEn).not.toMatch(FRENCH);
    expect(w.message).toBe(`« ${LABEL} » : valeur provisoire (non confirmée dans le texte officiel). ${NOTE}`);
  });

  it('disputed: the same', () => {
    const w = warningFor(valueAt(bilingual.amount, '2025-06-01'), 'someOption')!;
    expect(w.code).toBe('DISPUTED_VALUE');
    expect(w.messageEn).toBe(`"${LABEL_EN}": disputed point, strictest reading applied. ${NOTE_EN}`);
    expect(w.messageEn).not.toMatch(FRENCH);
    expect(w.message).toBe(`« ${LABEL} » : point discuté, lecture la plus stricte appliquée. ${NOTE}`);
  });

  it('overridden: the shipped labelEn and the override’s own noteEn', () => {
    const rules = overrideRules(bilingual, {
      amount: [{ from: '2026-04-02', value: '150.00', status: 'confirmed', references: [], note: 'Arrêté lu au JO.', noteEn: 'Arrêté read in the Journal officiel.' }],
    });
    const w = warningFor(valueAt(rules.amount, '2026-06-01'))!;
    expect(w.code).toBe('OVERRIDDEN_VALUE');
    expect(w.messageEn).toBe(`"${LABEL_EN}": value supplied by the caller (override), not the one shipped with ofkit. Arrêté read in the Journal officiel.`);
    expect(w.messageEn).not.toMatch(FRENCH);
    expect(w.message).toBe(`« ${LABEL} » : valeur fournie par l'appelant (surcharge), non celle livrée par ofkit. Arrêté lu au JO.`);
  });

  it('an override without a note gives a message without a note in both languages', () => {
    const rules = overrideRules(bilingual, { amount: [{ from: '2026-04-02', value: '150.00', status: 'confirmed', references: [] }] });
    const w = warningFor(valueAt(rules.amount, '2026-06-01'))!;
    expect(w.messageEn).toBe(`"${LABEL_EN}": value supplied by the caller (override), not the one shipped with ofkit.`);
  });
});

describe('warnings of a parameter without English texts (a caller’s own parameter): fallback', () => {
  it('messageEn keeps the French label and note, as before these fields existed', () => {
    const prov = warningFor(valueAt(frenchOnly.amount, '2026-06-01'))!;
    expect(prov.messageEn).toBe(`"${LABEL}": provisional value (not confirmed in the official text). ${NOTE}`);
    const disp = warningFor(valueAt(frenchOnly.amount, '2025-06-01'))!;
    expect(disp.messageEn).toBe(`"${LABEL}": disputed point, strictest reading applied. ${NOTE}`);
    const over = warningFor(valueAt(overrideRules(frenchOnly, { amount: [{ from: '2026-04-02', value: '1.00', status: 'confirmed', references: [] }] }).amount, '2026-06-01'))!;
    expect(over.messageEn).toBe(`"${LABEL}": value supplied by the caller (override), not the one shipped with ofkit.`);
  });

  it('field by field: an English label with a French-only note uses the English label and the French note', () => {
    const mixed = defineParameter<string>({ ...frenchOnly.amount, labelEn: LABEL_EN });
    expect(warningFor(valueAt(mixed, '2026-06-01'))!.messageEn).toBe(`"${LABEL_EN}": provisional value (not confirmed in the official text). ${NOTE}`);
  });

  it('the French message is the same with or without the English fields', () => {
    for (const date of ['2025-06-01', '2026-06-01']) {
      expect(warningFor(valueAt(bilingual.amount, date))!.message).toBe(warningFor(valueAt(frenchOnly.amount, date))!.message);
    }
  });

  it('NO_VALUE_IN_FORCE names the parameter by its English label in English, by its French label in French', () => {
    const e = thrown(() => valueAt(bilingual.amount, '2024-01-01'));
    expect(e.issues[0]!.messageEn).toContain(`"${LABEL_EN}"`);
    expect(e.issues[0]!.message).toContain(`« ${LABEL} »`);
    expect(thrown(() => valueAt(frenchOnly.amount, '2024-01-01')).issues[0]!.messageEn).toContain(`"${LABEL}"`);
  });
});

describe('the English texts are carried', () => {
  it('by valueAt (absent when the parameter has none)', () => {
    const r = valueAt(bilingual.amount, '2026-06-01');
    expect(r).toMatchObject({ label: LABEL, labelEn: LABEL_EN, note: NOTE, noteEn: NOTE_EN });
    const f = valueAt(frenchOnly.amount, '2026-06-01');
    expect('labelEn' in f || 'noteEn' in f).toBe(false);
  });

  it('by the catalogue and lawChanges', () => {
    const cat = lawCatalogue([{ package: 'demo', ruleSet: 'bilingual', rules: bilingual, theme: 'cpf', readers: ['f'] }]);
    expect(cat.entries[0]).toMatchObject({ label: LABEL, labelEn: LABEL_EN });
    expect(cat.entries[0]!.values.map((v) => v.noteEn)).toEqual([NOTE_EN, NOTE_EN]);
    const [c] = lawChanges(bilingual, '2026-01-01', '2026-12-31');
    expect(c).toMatchObject({ label: LABEL, labelEn: LABEL_EN, note: NOTE, noteEn: NOTE_EN, before: { noteEn: NOTE_EN }, after: { noteEn: NOTE_EN } });
    const [f] = lawChanges(frenchOnly, '2026-01-01', '2026-12-31');
    expect('labelEn' in f! || 'noteEn' in f!).toBe(false);
  });
});

describe('bad English texts are refused, naming the field (OfkitError INVALID_PARAMETER)', () => {
  const value: DatedValue<number> = { from: '2026-01-01', value: 1, status: 'confirmed', references: [] };

  it('labelEn: 3', () => {
    const e = thrown(() => defineParameter({ id: 'x', label: 'X', labelEn: 3 as never, values: [value] }));
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.issues).toEqual([expect.objectContaining({ path: ['labelEn'], code: 'invalid_type' })]);
    expect(e.issues[0]!.message).toContain('labelEn');
    expect(e.issues[0]!.messageEn).toBe('labelEn: a string (the English label) is expected, got 3.');
    expect(e.issues[0]!.message).toBe('labelEn : texte attendu (libellé en anglais), reçu 3.');
  });

  it('labelEn blank, noteEn not a string, noteEn blank: every issue at once, each at its field', () => {
    const e = thrown(() =>
      defineParameter({
        id: 'x',
        label: 'X',
        labelEn: '  ',
        values: [
          { ...value, note: 'N', noteEn: { en: 'x' } as never },
          { ...value, from: '2027-01-01', note: 'N', noteEn: '' },
        ],
      }),
    );
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['labelEn', 'empty'],
      ['values.0.noteEn', 'invalid_type'],
      ['values.1.noteEn', 'empty'],
    ]);
    expect(e.issues.every((i) => i.messageEn.includes(String(i.path.at(-1))) && i.message.includes(String(i.path.at(-1))))).toBe(true);
  });

  it('noteEn without a French note (French comes first)', () => {
    const e = thrown(() => defineParameter({ id: 'x', label: 'X', values: [{ ...value, noteEn: 'English only.' }] }));
    expect(e.issues).toEqual([expect.objectContaining({ path: ['values', 0, 'noteEn'], code: 'note_en_without_note' })]);
  });

  it('the French label and note are checked too: a missing or blank label, a label or note that is not a string', () => {
    for (const label of [undefined, '', '  ', 3, null]) {
      const e = thrown(() => defineParameter({ id: 'x', label: label as never, values: [value] }));
      expect(e.code).toBe('INVALID_PARAMETER');
      expect(e.issues).toEqual([expect.objectContaining({ path: ['label'], code: 'required' })]);
      expect(e.issues[0]!.messageEn).toMatch(/^Parameter label is required \(French text\), got /);
    }
    const n = thrown(() => defineParameter({ id: 'x', label: 'X', values: [{ ...value, note: 7 as never }] }));
    expect(n.issues).toEqual([expect.objectContaining({ path: ['values', 0, 'note'], code: 'invalid_type', messageEn: 'note: a string is expected, got 7.' })]);
  });

  it('defineRuleSet and overrideRules prefix the path with the key', () => {
    const e = thrown(() => defineRuleSet({ k: { id: 'x', label: 'X', labelEn: 3 as never, values: [value] } }));
    expect(e.issues[0]).toMatchObject({ path: ['k', 'labelEn'], code: 'invalid_type' });
    const o = thrown(() => overrideRules(bilingual, { amount: [{ from: '2027-01-01', value: '1.00', status: 'confirmed', references: [], noteEn: 42 as never, note: 'n' }] }));
    expect(o.issues[0]).toMatchObject({ path: ['amount', 'values', 2, 'noteEn'], code: 'invalid_type' });
  });

  it('lawChanges refuses the same in a rule set it did not get from defineRuleSet', () => {
    const raw = { k: { id: 'x', label: 'X', labelEn: 3, values: [{ ...value, noteEn: 'only English' }] } };
    const e = thrown(() => lawChanges(raw as never, '2026-01-01', '2026-12-31'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        ['ruleSets.k.labelEn', 'invalid_type'],
        ['ruleSets.k.values.0.noteEn', 'note_en_without_note'],
      ]),
    );
  });

  it('warningFor refuses a resolved value whose labelEn or noteEn is not a string', () => {
    const r = valueAt(bilingual.amount, '2026-06-01');
    expect(thrown(() => warningFor({ ...r, labelEn: 3 as never })).code).toBe('INVALID_INPUT');
    expect(thrown(() => warningFor({ ...r, noteEn: {} as never })).code).toBe('INVALID_INPUT');
  });
});
