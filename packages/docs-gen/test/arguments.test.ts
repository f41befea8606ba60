/**
 * Issue 14, docs-gen: every public function validates its arguments. Hostile values (throwing
 * getters, revoked and throwing proxies, cycles, null prototypes, BigInt, symbols, wrong types)
 * give `OfkitError` with a path naming the argument or the field, never a `TypeError`; identifier
 * checks never throw. One test per function the fuzz suite (test/fuzz.test.ts) found defective.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfkitError } from '@ofkit/core';
import {
  bpfObjectiveOfTraining,
  bpfToCsv,
  bpfToDocument,
  bpfToJson,
  checkMentions,
  checklist,
  computeBpf,
  createDocument,
  defineDocument,
  documentInputJsonSchema,
  documentJsonSchema,
  formatHoursFr,
  frDate,
  frHours,
  frNumber,
  frPercent,
  frSalutation,
  frSiret,
  frText,
  frTime,
  frTimeRange,
  frenchDate,
  inline,
  isValidIban,
  keyValue,
  list,
  paragraph,
  resolveBranding,
  section,
  signatures,
  table,
} from '../src/index.js';
import { preparePdfFonts, readGlyphCoverage } from '../src/pdf/index.js';
import { preparePdfFonts as preparePdfFontsBrowser } from '../src/pdf/browser.js';
import { splitProtected } from '../src/typography/protect.js';
import { completeInputs } from './fixtures.js';
import vector from '../src/bpf/vectors/small-of-year.json' with { type: 'json' };
import edgeCases from '../src/bpf/vectors/edge-cases.json' with { type: 'json' };

/** The OfkitError `f` throws (fails the test if it throws anything else, or nothing). */
function ofkitError(f: () => unknown): OfkitError {
  try {
    f();
  } catch (e) {
    if (e instanceof OfkitError) return e;
    throw new Error(`not an OfkitError: ${String(e)}`);
  }
  throw new Error('no error thrown');
}

const paths = (e: OfkitError) => e.issues.map((i) => i.path);
const withGetter = (key: string, base: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.defineProperty({ ...base }, key, { enumerable: true, get: () => { throw new Error('hostile getter'); } });
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwingProxy = (): object =>
  new Proxy({}, { get: () => { throw new Error('hostile proxy'); }, ownKeys: () => { throw new Error('hostile proxy'); } });
const cyclic = (): Record<string, unknown> => {
  const o: Record<string, unknown> = { a: 1 };
  o['self'] = o;
  return o;
};
const HOSTILE: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => 10n,
  () => Symbol('s'),
  () => Object.create(null),
  () => revoked(),
  () => throwingProxy(),
  () => cyclic(),
  () => () => 1,
];

describe('typography: a wrong argument is OfkitError INVALID_INPUT naming it', () => {
  const cases: [string, (v: unknown) => unknown, string][] = [
    ['frDate', (v) => frDate(v as string), 'date'],
    ['frenchDate', (v) => frenchDate(v as string), 'date'],
    ['frTime', (v) => frTime(v as string), 'time'],
    ['frTimeRange (end)', (v) => frTimeRange('09:00', v as string), 'end'],
    ['frNumber', (v) => frNumber(v as number), 'n'],
    ['frPercent', (v) => frPercent(v as number), 'n'],
    ['frHours', (v) => frHours(v as number), 'h'],
    ['frSiret', (v) => frSiret(v as string), 'siret'],
    ['frText', (v) => frText(v as string), 'text'],
    ['formatHoursFr', (v) => formatHoursFr(v as number), 'h'],
  ];
  for (const [name, f, arg] of cases) {
    it(name, () => {
      for (const make of HOSTILE) {
        const e = ofkitError(() => f(make()));
        expect(e.code).toBe('INVALID_INPUT');
        expect(paths(e)).toEqual([[arg]]);
        expect(e.issues[0]!.message).toMatch(/attendu/);
        expect(e.issues[0]!.messageEn).toMatch(/expected/);
      }
    });
  }

  it('numbers must be finite; formatHoursFr at most 10^15 (toFixed would write an exponent)', () => {
    for (const n of [Number.NaN, Infinity, -Infinity]) expect(ofkitError(() => frNumber(n)).issues[0]!.code).toBe('not_finite');
    expect(ofkitError(() => formatHoursFr(1e21)).issues[0]).toMatchObject({ path: ['h'], code: 'too_big' });
    expect(formatHoursFr(1e15)).toBe('1\u202F000\u202F000\u202F000\u202F000\u202F000');
    expect(frNumber('12345.5')).toBe('12\u202F345,5');
  });

  it('frSalutation reads each field once: a throwing getter or a wrong type names the field', () => {
    expect(paths(ofkitError(() => frSalutation(withGetter('lastName', { firstName: 'A' }) as never)))).toEqual([['p', 'lastName']]);
    expect(ofkitError(() => frSalutation(withGetter('lastName', { firstName: 'A' }) as never)).issues[0]!.code).toBe('unreadable');
    expect(paths(ofkitError(() => frSalutation({ firstName: 'A', lastName: 42 } as never)))).toEqual([['p', 'lastName']]);
    expect(paths(ofkitError(() => frSalutation({ civility: {}, firstName: 'A', lastName: 'B' } as never)))).toEqual([['p', 'civility']]);
    expect(paths(ofkitError(() => frSalutation(null as never)))).toEqual([['p']]);
    expect(paths(ofkitError(() => frSalutation(revoked() as never)))).toEqual([['p', 'civility']]);
    expect(frSalutation({ civility: 'Mme', firstName: 'Thị Hồng', lastName: 'Nguyễn' })).toBe('Madame Nguyễn,');
  });

  it('frText is linear: an address-like run of 200 000 characters takes well under a second', () => {
    // The former regular expression backtracked quadratically here (10 s for 100 000 characters).
    // Counted in regex steps, not time: the output is checked, and the call must simply return.
    const s = 'a.'.repeat(100_000);
    expect(frText(s)).toBe(s);
    expect(frText(`${'a.'.repeat(50_000)}@`)).toBe(`${'a.'.repeat(50_000)}@`);
  });

  it('frText keeps URLs and e-mail addresses exactly where the former regular expression did', () => {
    const former = (text: string): string[] => text.split(/(\bhttps?:\/\/\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+)/);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '1', '.', '@', ' ', '+', '-', '_', 'é', ':', '/', 'http', 'https://', 'x@y.fr', "'", '"'), { maxLength: 40 }), (chunks) => {
        const text = chunks.join('');
        expect(splitProtected(text)).toEqual(former(text));
      }),
      { numRuns: 5000, seed: 14 },
    );
    expect(frText('Écrire à contact@forma.fr, "oui"')).toBe('Écrire à contact@forma.fr, «\u202Foui\u202F»');
  });
});

describe('isValidIban never throws', () => {
  it('anything but a string is false', () => {
    for (const make of HOSTILE) expect(isValidIban(make() as string)).toBe(false);
    expect(isValidIban(42 as never)).toBe(false);
    expect(isValidIban(`FR76${'1'.repeat(1_000_000)}`)).toBe(false);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
  });
});

describe('builders check their arguments (types; the renderers check the limits)', () => {
  it('inline, paragraph, list, checklist: OfkitError with the argument in the path', () => {
    expect(paths(ofkitError(() => inline(revoked() as never)))).toEqual([['input']]);
    expect(ofkitError(() => inline(revoked() as never)).issues[0]!.code).toBe('unreadable');
    expect(paths(ofkitError(() => paragraph(42 as never)))).toEqual([['text']]);
    expect(paths(ofkitError(() => paragraph('x', { align: 'middle' } as never)))).toEqual([['options', 'align']]);
    expect(paths(ofkitError(() => paragraph('x', withGetter('align') as never)))).toEqual([['options', 'align']]);
    expect(paths(ofkitError(() => paragraph([{ text: 'a' }, throwingProxy()] as never)))).toEqual([['text', 1]]);
    expect(paths(ofkitError(() => list('abc' as never)))).toEqual([['items']]);
    expect(paths(ofkitError(() => list(['a', cyclic()] as never)))).toEqual([['items', 1, 'self']]);
    expect(paths(ofkitError(() => checklist([{ text: 'a', checked: true }, null] as never)))).toEqual([['items', 1]]);
    expect(paths(ofkitError(() => checklist([{ text: 'a' }] as never)))).toEqual([['items', 0, 'checked']]);
  });

  it('table, keyValue, signatures, section: every issue, with its path', () => {
    expect(paths(ofkitError(() => table(null as never, [])))).toEqual([['columns']]);
    expect(paths(ofkitError(() => table(['A'], 'rows' as never)))).toEqual([['rows']]);
    expect(paths(ofkitError(() => table(['A'], [[withGetter('text')]] as never)))).toEqual([['rows', 0, 0, 'text']]);
    expect(ofkitError(() => table([{ header: 'A', width: -1 }], [['1']])).code).toBe('INVALID_TABLE');
    expect(paths(ofkitError(() => keyValue([['SIRET', 10n]] as never)))).toEqual([['items', 0, 1]]);
    expect(paths(ofkitError(() => keyValue({ for: 1 } as never)))).toEqual([['items']]);
    expect(keyValue([['SIRET', '123'], ['NDA', undefined]]).items).toHaveLength(1);
    expect(paths(ofkitError(() => signatures([{ role: 'x', name: Symbol('n') }] as never)))).toEqual([['signatories', 0, 'name']]);
    expect(paths(ofkitError(() => signatures([], { place: 1 } as never)))).toEqual([['options', 'place']]);
    expect(paths(ofkitError(() => section(throwingProxy() as never)))).toEqual([['blocks']]);
    expect(paths(ofkitError(() => section([paragraph('a'), 'b'] as never)))).toEqual([['blocks', 1]]);
  });

  it('defineDocument: fields through parseInput, lists shallow', () => {
    const ok = { kind: 'note', title: 'Note', date: '2026-11-22', blocks: [paragraph('x')] };
    expect(defineDocument(ok).meta.kind).toBe('note');
    expect(paths(ofkitError(() => defineDocument(withGetter('title', ok) as never)))).toEqual([['title']]);
    expect(paths(ofkitError(() => defineDocument({ ...ok, issuer: { name: 10n } } as never)))).toEqual([['issuer', 'name']]);
    expect(paths(ofkitError(() => defineDocument({ ...ok, blocks: undefined } as never)))).toEqual([['blocks']]);
    expect(paths(ofkitError(() => defineDocument({ ...ok, warnings: revoked() } as never)))).toEqual([['warnings']]);
    expect(paths(ofkitError(() => defineDocument(null as never)))).toEqual([['input']]);
    // An own __proto__ key stays a key: no prototype is polluted.
    defineDocument(JSON.parse('{"kind":"note","title":"T","date":"2026-11-22","blocks":[],"__proto__":{"polluted":"yes"}}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('document kinds', () => {
  const inputs = completeInputs() as Record<string, unknown>;
  it('createDocument, checkMentions, documentJsonSchema: an unknown kind of any type is unknown_kind', () => {
    for (const make of HOSTILE) {
      for (const f of [() => createDocument(make() as never, {} as never), () => checkMentions(make() as never, {} as never), () => documentJsonSchema(make() as never), () => documentInputJsonSchema(make() as never)]) {
        const e = ofkitError(f);
        expect(e.issues[0]).toMatchObject({ path: ['kind'], code: 'unknown_kind' });
      }
    }
  });

  it('createDocument: hostile data gives issues at their paths', () => {
    const facture = inputs['facture'] as Record<string, unknown>;
    expect(ofkitError(() => createDocument('facture', revoked() as never)).issues[0]!.code).toBe('unreadable');
    expect(paths(ofkitError(() => createDocument('facture', withGetter('number', facture) as never)))).toEqual([['number']]);
    expect(ofkitError(() => createDocument('facture', facture as never, throwingProxy() as never)).code).toBe('INVALID_INPUT');
  });

  it('a typed array where zod freezes a list (.readonly()) is an issue, not a TypeError', () => {
    const data = structuredClone(inputs['audit-readiness']) as Record<string, any>;
    data['result']['todo'] = new Uint8Array([1, 2, 3]);
    const e = ofkitError(() => createDocument('audit-readiness' as never, data as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(paths(e)).toEqual([['result', 'todo']]);
  });
});

describe('BPF', () => {
  const r = computeBpf(vector.input as never);

  it('computeBpf: getters, proxies and wrong options give OfkitError with their path', () => {
    expect(paths(ofkitError(() => computeBpf(withGetter('trainings', vector.input as never) as never)))).toEqual([['trainings']]);
    expect(paths(ofkitError(() => computeBpf(withGetter('enrolments', vector.input as never) as never)))).toEqual([['enrolments']]);
    const rows = [...(vector.input.enrolments as unknown[])];
    rows[1] = withGetter('hours', rows[1] as Record<string, unknown>);
    expect(ofkitError(() => computeBpf({ ...vector.input, enrolments: rows } as never)).issues).toContainEqual(expect.objectContaining({ path: ['enrolments', 1], code: 'unreadable' }));
    rows[1] = { ...(vector.input.enrolments[1] as object), traineeType: Object.create(null) };
    expect(ofkitError(() => computeBpf({ ...vector.input, enrolments: rows } as never)).issues[0]!.path).toEqual(['enrolments', 1, 'traineeType']);
    expect(ofkitError(() => computeBpf(revoked() as never)).code).toBe('INVALID_INPUT');
    expect(paths(ofkitError(() => computeBpf(vector.input as never, { f4RankBy: 'size' } as never)))).toEqual([['options', 'f4RankBy']]);
    expect(paths(ofkitError(() => computeBpf(vector.input as never, { checkUniqueEnrolmentIds: 1 } as never)))).toEqual([['options', 'checkUniqueEnrolmentIds']]);
  });

  it('bpfToJson, bpfToCsv, bpfToDocument validate the result: BigInt, cycle, getter, proxy', () => {
    for (const f of [bpfToJson, bpfToCsv, bpfToDocument] as ((x: unknown, o?: unknown) => unknown)[]) {
      const big = structuredClone(r) as Record<string, any>;
      big['frameF']['f1']['total']['hours'] = 10n;
      expect(paths(ofkitError(() => f(big)))).toEqual([['result', 'frameF', 'f1', 'total', 'hours']]);
      const cyc = structuredClone(r) as Record<string, any>;
      cyc['frameA']['self'] = cyc;
      expect(ofkitError(() => f(cyc)).issues[0]).toMatchObject({ path: ['result', 'frameA', 'self'], code: 'cyclic' });
      const getter = structuredClone(r) as Record<string, any>;
      Object.defineProperty(getter['frameC'], 'total', { enumerable: true, get: () => { throw new Error('boom'); } });
      expect(ofkitError(() => f(getter)).issues[0]).toMatchObject({ path: ['result', 'frameC', 'total'], code: 'unreadable' });
      expect(ofkitError(() => f(throwingProxy())).code).toBe('INVALID_INPUT');
      expect(paths(ofkitError(() => f(undefined)))).toEqual([['result']]);
      expect(ofkitError(() => f(r, { nope: true })).issues[0]!.path[0]).toBe('options');
    }
    expect(paths(ofkitError(() => bpfToJson(r, { indent: 1e9 })))).toEqual([['options', 'indent']]);
    expect(paths(ofkitError(() => bpfToDocument(r, { date: '2026-02-30' })))).toEqual([['options', 'date']]);
  });

  it('bpfToJson keeps every field of every result (the schema covers BpfResult)', () => {
    const results = [r, ...(edgeCases as { cases: { input: unknown; options?: unknown }[] }).cases.flatMap((c) => {
      try {
        return [computeBpf(c.input as never, c.options as never)];
      } catch {
        return [];
      }
    })];
    expect(results.length).toBeGreaterThan(3);
    for (const x of results) {
      expect(JSON.parse(bpfToJson(x))).toEqual(JSON.parse(JSON.stringify(x)));
      expect(bpfToJson(x)).toBe(bpfToJson(JSON.parse(bpfToJson(x))));
    }
  });

  it('bpfObjectiveOfTraining validates the training', () => {
    expect(paths(ofkitError(() => bpfObjectiveOfTraining(undefined as never)))).toEqual([[]]);
    expect(paths(ofkitError(() => bpfObjectiveOfTraining({ category: 'nope' } as never)))).toEqual([['category']]);
    expect(paths(ofkitError(() => bpfObjectiveOfTraining(withGetter('category') as never)))).toEqual([['category']]);
    expect(bpfObjectiveOfTraining({ category: 'vae' })).toEqual({ objective: 'vae' });
  });
});

describe('branding and fonts', () => {
  it('resolveBranding: path must be a list of keys; an unreadable branding is an issue at the path', () => {
    expect(paths(ofkitError(() => resolveBranding({}, 'branding' as never)))).toEqual([['path']]);
    expect(paths(ofkitError(() => resolveBranding({}, [Symbol('x')] as never)))).toEqual([['path', 0]]);
    expect(ofkitError(() => resolveBranding(throwingProxy(), ['options', 'branding'])).issues[0]).toMatchObject({ path: ['options', 'branding'], code: 'unreadable' });
    expect(ofkitError(() => resolveBranding(revoked())).issues[0]!.path).toEqual(['branding']);
    expect(resolveBranding({ fontFallback: 'serif' }).fontFallback).toBe('serif');
  });

  it('preparePdfFonts (Node and browser) and readGlyphCoverage: OfkitError, never a TypeError', () => {
    for (const prepare of [preparePdfFonts, preparePdfFontsBrowser]) {
      expect(paths(ofkitError(() => prepare(undefined as never)))).toEqual([['fonts']]);
      expect(paths(ofkitError(() => prepare({} as never)))).toEqual([['fonts', 'regular']]);
      expect(ofkitError(() => prepare(withGetter('bold', { regular: new Uint8Array(4) }) as never)).issues[0]).toMatchObject({ path: ['fonts', 'bold'], code: 'unreadable' });
      expect(ofkitError(() => prepare(throwingProxy() as never)).issues[0]!.path).toEqual(['fonts', 'regular']);
    }
    for (const v of [undefined, 'font', [1, 2], revoked(), new Uint16Array(20)]) expect(paths(ofkitError(() => readGlyphCoverage(v as never)))).toEqual([['bytes']]);
    // A damaged font whose cmap points outside the file: INVALID_FONT, not a RangeError.
    const bytes = new Uint8Array(64);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0x00010000);
    view.setUint16(4, 1);
    view.setUint32(12, 0x636d6170);
    view.setUint32(20, 40);
    view.setUint16(42, 200);
    expect(ofkitError(() => readGlyphCoverage(bytes)).code).toBe('INVALID_FONT');
  });
});
