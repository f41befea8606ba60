import fc from 'fast-check';
import { OfkitError, overrideRules } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { generateRequest, rng } from '../../test/generate.js';
import { planCpfFinancing } from './plan.js';
import { BOOLEAN_OPTIONS, plainBooleans } from './options.js';
import { cpfFinancingRules } from './rules.js';
import type { CpfFinancingRequest } from './types.js';
import { thrown } from '../../test/helpers.js';

// Issue 14 (cpf): options validated, not read by truthiness; hostile inputs give OfkitError; the
// input is never mutated.

const req = (): CpfFinancingRequest => ({
  purchaseDate: '2026-03-10',
  price: '1000.00',
  action: { type: 'rncp', code: 'RNCP37274' },
  holder: { status: 'employee' },
  acquiredRights: '800.00',
  credits: [{ id: 'dotation', basis: 'L6323-4-III', funder: 'employer', amount: '300.00' }],
});

/** The OfkitError thrown by `f`, or fails. */
const ofkitError = thrown;
const paths = (e: OfkitError) => e.issues.map((i) => i.path.join('.'));

describe('planCpfFinancing options are validated', () => {
  it("{ employerDotationExempts: 'no' } is an error, not a truthy yes (it changed holderPays from 103.20 to 0.00)", () => {
    expect(planCpfFinancing(req()).holderPays).toBe('103.20');
    expect(planCpfFinancing(req(), { employerDotationExempts: true }).holderPays).toBe('0.00');
    const e = ofkitError(() => planCpfFinancing(req(), { employerDotationExempts: 'no' } as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(paths(e)).toEqual(['options.employerDotationExempts']);
    expect(e.issues[0]!.messageEn).toMatch(/boolean/);
    for (const v of [1, 0, 'true', null, {}, []]) expect(() => planCpfFinancing(req(), { opcoTopUpExempts: v } as never)).toThrow(OfkitError);
  });

  it('rejects unknown option keys, null or non-object options', () => {
    expect(paths(ofkitError(() => planCpfFinancing(req(), { employerDotationExempt: true } as never)))).toEqual(['options']);
    for (const o of [null, 'x', 3, true, [], () => 1]) expect(() => planCpfFinancing(req(), o as never)).toThrow(OfkitError);
    // Accepted: nothing, {}, undefined values, every known option.
    expect(planCpfFinancing(req(), {}).holderPays).toBe('103.20');
    expect(planCpfFinancing(req(), { employerDotationExempts: undefined } as never).holderPays).toBe('103.20');
  });

  it('reports the request and the options problems together', () => {
    const e = ofkitError(() => planCpfFinancing({ ...req(), price: -1 }, { nope: 1 } as never));
    expect(paths(e)).toEqual(['price', 'options']);
  });

  it('rejects malformed rules with their path; accepts rule sets from overrideRules', () => {
    expect(paths(ofkitError(() => planCpfFinancing(req(), { rules: null } as never)))).toEqual(['options.rules']);
    const { participationAmount: _drop, ...missing } = cpfFinancingRules;
    expect(paths(ofkitError(() => planCpfFinancing(req(), { rules: Object.freeze(missing) } as never)))).toEqual(['options.rules.participationAmount']);
    const bad = Object.freeze({ ...cpfFinancingRules, acquiredRightsCaps: { ...cpfFinancingRules.acquiredRightsCaps, values: [{ ...cpfFinancingRules.acquiredRightsCaps.values[1]!, value: { rsExceptClea: 1500 } }] } });
    const e = ofkitError(() => planCpfFinancing(req(), { rules: bad } as never));
    expect(paths(e)).toContain('options.rules.acquiredRightsCaps.values.0.value.rsExceptClea');
    expect(paths(ofkitError(() => planCpfFinancing(req(), { rules: { ...cpfFinancingRules } } as never)))).toEqual(['options.rules']); // not frozen
    const rules = overrideRules(cpfFinancingRules, { participationAmount: [{ from: '2026-01-01', value: '150.00', status: 'confirmed', references: [] }] });
    expect(planCpfFinancing(req(), { rules }).holderPays).toBe('150.00');
    expect(planCpfFinancing(req(), { rules }).holderPays).toBe('150.00'); // second call: remembered as checked
  });
});

describe('hostile inputs give OfkitError, never another exception', () => {
  const throwing = () => {
    throw new Error('boom');
  };
  it('getters that throw, in the request or the options', () => {
    const r = req() as unknown as Record<string, unknown>;
    Object.defineProperty(r, 'price', { get: throwing, enumerable: true });
    expect(paths(ofkitError(() => planCpfFinancing(r as never)))).toEqual(['price']);
    const deep = req();
    Object.defineProperty(deep.credits![0], 'amount', { get: throwing, enumerable: true });
    expect(paths(ofkitError(() => planCpfFinancing(deep)))).toEqual(['credits.0.amount']);
    const o = {};
    Object.defineProperty(o, 'employerDotationExempts', { get: throwing, enumerable: true });
    expect(paths(ofkitError(() => planCpfFinancing(req(), o)))).toEqual(['options.employerDotationExempts']);
    const proxy = new Proxy({}, { ownKeys: throwing, get: throwing, has: throwing, getOwnPropertyDescriptor: throwing });
    expect(() => planCpfFinancing(proxy as never)).toThrow(OfkitError);
    expect(() => planCpfFinancing(req(), proxy as never)).toThrow(OfkitError);
  });

  it('cycles, BigInt, Symbols, __proto__ keys, null prototypes', () => {
    const cyc = req() as unknown as Record<string, Record<string, unknown>>;
    cyc['action']!['self'] = cyc;
    expect(() => planCpfFinancing(cyc as never)).toThrow(OfkitError);
    const cycOpt: Record<string, unknown> = {};
    cycOpt['me'] = cycOpt;
    expect(() => planCpfFinancing(req(), cycOpt as never)).toThrow(OfkitError);
    expect(() => planCpfFinancing({ ...req(), price: 10n } as never)).toThrow(OfkitError);
    expect(() => planCpfFinancing(req(), { employerDotationExempts: 1n } as never)).toThrow(OfkitError);
    expect(() => planCpfFinancing({ ...req(), acquiredRights: Symbol('x') } as never)).toThrow(OfkitError);
    const proto = JSON.parse('{"__proto__":{"polluted":true},"purchaseDate":"2026-03-10","price":"1","action":{"type":"bilan"},"holder":{"status":"employee"},"acquiredRights":"0"}') as never;
    expect(() => planCpfFinancing(proto)).toThrow(OfkitError);
    expect(() => planCpfFinancing(req(), JSON.parse('{"__proto__":{"employerDotationExempts":true}}') as never)).toThrow(OfkitError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const np = Object.assign(Object.create(null) as object, req(), { holder: Object.assign(Object.create(null) as object, { status: 'employee' }) });
    expect(planCpfFinancing(np as never).holderPays).toBe('103.20');
    expect(planCpfFinancing(req(), Object.assign(Object.create(null) as object, { employerDotationExempts: true })).holderPays).toBe('0.00');
  });

  it('mutated valid requests: only OfkitError or a plan, the same twice (fast-check)', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.constantFrom(10n, Symbol('s'), null, undefined, NaN, -Infinity, () => 1, new Date(0), [], {}, '__proto__', 'RNCP37274'),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.tuple(fc.nat(), hostile, fc.boolean()), { minLength: 1, maxLength: 3 }), (seed, edits) => {
        const r = JSON.parse(JSON.stringify(generateRequest(rng(seed)))) as Record<string, unknown>;
        for (const [at, value, asGetter] of edits) {
          // Pick an object inside the request and replace one of its keys (or add one).
          const objects: Array<Record<string, unknown>> = [];
          const walk = (o: unknown): void => {
            if (typeof o !== 'object' || o === null) return;
            objects.push(o as Record<string, unknown>);
            for (const d of Object.values(Object.getOwnPropertyDescriptors(o))) if ('value' in d && !objects.includes(d.value as never)) walk(d.value);
          };
          walk(r);
          const target = objects[at % objects.length]!;
          const keys = [...Object.keys(target), 'extra', '__proto__'];
          const key = keys[at % keys.length]!;
          if (asGetter) Object.defineProperty(target, key, { get: () => { throw new Error('getter'); }, enumerable: true, configurable: true });
          else Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        }
        const run = () => {
          try {
            return JSON.stringify(planCpfFinancing(r as never));
          } catch (e) {
            if (!(e instanceof OfkitError)) throw e;
            return `error ${JSON.stringify(e.issues)}`;
          }
        };
        const a = run();
        expect(run()).toBe(a);
      }),
      { numRuns: 400 },
    );
  });

  it('never mutates its input', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = generateRequest(rng(seed));
      const copy = structuredClone(r);
      const deepFreeze = (o: unknown): void => {
        if (typeof o !== 'object' || o === null) return;
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      };
      deepFreeze(r);
      const opts = Object.freeze({ unusedTopUpExempts: true });
      planCpfFinancing(r, opts);
      expect(r).toEqual(copy);
    }
  });
});

describe('parseOptions: the checked paths give the same answers as the schema', () => {
  it('null options: one issue at options, in French and English (not a TypeError turned into a hostile-input issue)', () => {
    const e = ofkitError(() => planCpfFinancing(req(), null as never));
    expect(e.issues).toEqual([{ path: ['options'], code: 'invalid_type', message: 'Entrée invalide : objet attendu, null reçu', messageEn: 'Invalid input: expected object, received null' }]);
  });

  it('options that are not plain objects (a class instance, another prototype) are validated by their own keys and accepted', () => {
    class Options {
      employerDotationExempts = true;
    }
    // Under employerDotationExempts the employer dotation (L. 6323-4 III) exempts the holder from the
    // participation (R. 6323): the holder pays nothing, as with a plain options object.
    expect(planCpfFinancing(req(), new Options()).holderPays).toBe('0.00');
    expect(planCpfFinancing(req(), Object.create({}) as never).holderPays).toBe('103.20');
  });

  it('a rule set that is not frozen: the exact issue', () => {
    const e = ofkitError(() => planCpfFinancing(req(), { rules: { ...cpfFinancingRules } } as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([
      { path: ['options', 'rules'], code: 'rules_not_frozen', message: 'Jeu de règles non figé : construisez-le avec defineRuleSet ou overrideRules de @ofkit/core.', messageEn: 'Rule set not frozen: build it with defineRuleSet or overrideRules from @ofkit/core.' },
    ]);
  });
});

describe('plainBooleans: which options skip the schema (the fast path of parseOptions)', () => {
  it('takes plain objects of known boolean options, undefined values and rules', () => {
    expect(plainBooleans({})).toBe(true);
    expect(plainBooleans(Object.create(null) as object)).toBe(true);
    for (const k of BOOLEAN_OPTIONS) {
      expect(plainBooleans({ [k]: true })).toBe(true);
      expect(plainBooleans({ [k]: false })).toBe(true);
      expect(plainBooleans({ [k]: undefined })).toBe(true);
    }
    expect(plainBooleans(Object.fromEntries(BOOLEAN_OPTIONS.map((k, i) => [k, i % 2 === 0])))).toBe(true);
    expect(plainBooleans({ rules: cpfFinancingRules })).toBe(true);
    expect(plainBooleans({ rules: 'not a rule set', employerDotationExempts: true })).toBe(true); // rules are checked apart
  });

  it('leaves everything else to the schema: unknown keys, non-boolean values, inherited keys, other prototypes', () => {
    expect(plainBooleans({ unknownOption: true })).toBe(false);
    expect(plainBooleans({ unknownOption: undefined })).toBe(false);
    expect(plainBooleans({ employerDotationExempts: 'no' })).toBe(false);
    expect(plainBooleans({ employerDotationExempts: 1 })).toBe(false);
    expect(plainBooleans({ employerDotationExempts: null })).toBe(false);
    expect(plainBooleans({ opcoTopUpExempts: true, employerDotationExempts: {} })).toBe(false);
    expect(plainBooleans({ employerDotationExempts: true, unknownOption: false })).toBe(false);
    expect(plainBooleans(Object.create({ employerDotationExempts: true }) as object)).toBe(false);
    const withInherited = Object.create(Object.create(null, { employerDotationExempts: { value: true, enumerable: true } })) as object;
    expect(plainBooleans(withInherited)).toBe(false);
    expect(plainBooleans(new (class { employerDotationExempts = true })())).toBe(false);
    expect(plainBooleans([] as unknown as object)).toBe(false);
  });
});
