import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { thrown } from '../../test/helpers.js';
import { OfkitError, formatPath, isOfkitError, issue } from './ofkit-error.js';
import { bilingual, issuesFromZod, parseInput } from './validate.js';

describe('OfkitError', () => {
  it('carries a code, every issue, a French message and an English one', () => {
    const e = new OfkitError('INVALID_INPUT', [
      issue(['credits', 2, 'amount'], 'negative_amount', 'Montant négatif.', 'Negative amount.'),
      issue(['purchaseDate'], 'invalid_date', 'Date inexistante : 2026-02-30.', 'Date does not exist: 2026-02-30.'),
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('OfkitError');
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(2);
    expect(e.message).toBe('2 problèmes — credits[2].amount : Montant négatif. ; purchaseDate : Date inexistante : 2026-02-30.');
    expect(e.messageEn).toBe('2 issues — credits[2].amount: Negative amount.; purchaseDate: Date does not exist: 2026-02-30.');
  });

  it('is never without an issue', () => {
    const e = new OfkitError('UNSUPPORTED', []);
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toEqual({ path: [], code: 'UNSUPPORTED', message: 'Erreur UNSUPPORTED.', messageEn: 'Error UNSUPPORTED.' });
    expect(e.message).toBe('1 problème — Erreur UNSUPPORTED.');
  });

  it('freezes its issues and copies the list it was given', () => {
    const list = [issue(['a'], 'x', 'fr', 'en')];
    const e = new OfkitError('INVALID_INPUT', list);
    list.push(issue(['b'], 'y', 'fr', 'en'));
    expect(e.issues).toHaveLength(1);
    expect(Object.isFrozen(e.issues)).toBe(true);
  });

  it('serialises to plain JSON', () => {
    const e = new OfkitError('INVALID_INPUT', [issue(['x', 0], 'c', 'fr', 'en')]);
    const json = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
    expect(json).toEqual({
      name: 'OfkitError',
      code: 'INVALID_INPUT',
      message: '1 problème — x[0] : fr',
      messageEn: '1 issue — x[0]: en',
      issues: [{ path: ['x', 0], code: 'c', message: 'fr', messageEn: 'en' }],
    });
  });
});

describe('issue and formatPath', () => {
  it('copies the path so later changes do not leak in', () => {
    const path: Array<string | number> = ['a'];
    const i = issue(path, 'c', 'fr', 'en');
    path.push('b');
    expect(i.path).toEqual(['a']);
  });

  it('formats keys and indexes', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['credits'])).toBe('credits');
    expect(formatPath(['credits', 2, 'amount'])).toBe('credits[2].amount');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });
});

describe('parseInput', () => {
  const Schema = z.object({
    hours: z.number().min(0),
    name: z.string(),
    step: z.number().refine((n) => n % 0.5 === 0, { message: bilingual('Par demi-heure.', 'By half-hours.'), params: { code: 'half_hours' } }),
  });

  it('returns the parsed value', () => {
    expect(parseInput(Schema, { hours: 7, name: 'x', step: 1.5 })).toEqual({ hours: 7, name: 'x', step: 1.5 });
  });

  it('throws INVALID_INPUT with every issue, its path, French and English messages', () => {
    const e = thrown(() => parseInput(Schema, { hours: -1, name: 3, step: 0.3 }, ['session']));
    expect(e.code).toBe('INVALID_INPUT');
    const byPath = Object.fromEntries(e.issues.map((i) => [formatPath(i.path), i]));
    expect(Object.keys(byPath).sort()).toEqual(['session.hours', 'session.name', 'session.step']);
    expect(byPath['session.step']).toMatchObject({ code: 'half_hours', message: 'Par demi-heure.', messageEn: 'By half-hours.' });
    expect(byPath['session.hours']?.code).toBe('too_small');
    expect(byPath['session.name']?.code).toBe('invalid_type');
    // zod's own messages come in both languages, and they differ.
    for (const key of ['session.hours', 'session.name']) {
      const i = byPath[key]!;
      expect(i.message.length).toBeGreaterThan(0);
      expect(i.messageEn.length).toBeGreaterThan(0);
      expect(i.message).not.toBe(i.messageEn);
    }
  });

  it('a missing required field says so in both languages (not « attendu, indéfini reçu »)', () => {
    const e = thrown(() => parseInput(Schema, { hours: 1, step: 1 }));
    expect(e.issues).toEqual([{ path: ['name'], code: 'invalid_type', message: 'Valeur manquante (champ obligatoire).', messageEn: 'Missing value (required field).' }]);
    // A present value of the wrong type keeps zod's wording, and null is not « missing ».
    const wrong = thrown(() => parseInput(Schema, { hours: 1, step: 1, name: null }));
    expect(wrong.issues[0]!.message).not.toMatch(/manquante/);
    expect(wrong.issues[0]!.messageEn).toMatch(/null/);
    // An undefined array element is missing too, and a union without match on undefined.
    const arr = thrown(() => parseInput(z.array(z.string()), ['a', undefined]));
    expect(arr.issues).toEqual([{ path: [1], code: 'invalid_type', message: 'Valeur manquante (champ obligatoire).', messageEn: 'Missing value (required field).' }]);
    const union = thrown(() => parseInput(z.object({ v: z.union([z.string(), z.number()]) }), {}));
    expect(union.issues).toEqual([{ path: ['v'], code: 'invalid_union', message: 'Valeur manquante (champ obligatoire).', messageEn: 'Missing value (required field).' }]);
  });

  it('issuesFromZod keeps a message without the bilingual separator in both fields', () => {
    const r = z.string().min(3, { message: 'court' }).safeParse('ab');
    expect(r.success).toBe(false);
    if (!r.success) expect(issuesFromZod(r.error, ['x'])).toEqual([{ path: ['x'], code: 'too_small', message: 'court', messageEn: 'court' }]);
  });
});

describe('OfkitError across copies of the package (dual-package hazard)', () => {
  it('is recognised by instanceof when another copy of @ofkit/core created it', async () => {
    // A second, independent copy of the module (as when the CJS and ESM builds are both loaded).
    const spec = './ofkit-error.js?copy';
    const other = (await import(/* @vite-ignore */ spec)) as typeof import('./ofkit-error.js');
    expect(other.OfkitError).not.toBe(OfkitError);
    const e = new other.OfkitError('INVALID_INPUT', [issue(['x'], 'required', 'Requis.', 'Required.')]);
    expect(e instanceof OfkitError).toBe(true);
    expect(isOfkitError(e)).toBe(true);
  });
  it('does not recognise other errors or look-alikes without the brand', () => {
    expect(new Error('x') instanceof OfkitError).toBe(false);
    expect({ name: 'OfkitError', code: 'INVALID_INPUT', issues: [] } instanceof OfkitError).toBe(false);
    expect(isOfkitError(null)).toBe(false);
  });
});
