import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../../test/vectors/identifiers.json';
import {
  LA_POSTE_HEAD_OFFICE_SIRET,
  LA_POSTE_SIREN,
  frVatNumberFromSiren,
  luhnValid,
  validateFormacode,
  validateFrVatNumber,
  validateNda,
  validateNsfCode,
  validateRncpCode,
  validateRsCode,
  validateSiren,
  validateSiret,
  validateUai,
  type IdentifierResult,
} from './identifiers.js';

const validators: Record<string, (input: unknown, options?: never) => IdentifierResult> = {
  validateSiren,
  validateSiret,
  validateNda,
  validateUai,
  validateRncpCode: validateRncpCode as never,
  validateRsCode,
  validateNsfCode,
  validateFormacode,
  frVatNumberFromSiren,
  validateFrVatNumber,
};

interface Case {
  validator: string;
  input: unknown;
  options?: Record<string, unknown>;
  expected: { ok: boolean; value?: string; code?: string; warnings?: string[] };
  reasoning: string;
}

describe('identifier vectors', () => {
  for (const c of vectors.cases as Case[]) {
    it(`${c.validator}(${JSON.stringify(c.input)}${c.options ? `, ${JSON.stringify(c.options)}` : ''}) → ${c.expected.ok ? c.expected.value : c.expected.code}`, () => {
      const fn = validators[c.validator];
      expect(fn, c.validator).toBeDefined();
      const r = c.options ? fn!(c.input, c.options as never) : fn!(c.input);
      expect(r.ok, c.reasoning).toBe(c.expected.ok);
      if (r.ok) {
        expect(r.value).toBe(c.expected.value);
        if (c.expected.warnings) expect((r.warnings ?? []).map((w) => w.code)).toEqual(c.expected.warnings);
      } else {
        expect(r.issues).toHaveLength(1);
        expect(r.issues[0]!.code).toBe(c.expected.code);
        expect(r.issues[0]!.message.length).toBeGreaterThan(0);
        expect(r.issues[0]!.messageEn.length).toBeGreaterThan(0);
        expect(r.issues[0]!.message).not.toBe(r.issues[0]!.messageEn);
      }
    });
  }

  it('every validator has valid and invalid vectors', () => {
    for (const name of Object.keys(validators)) {
      const cases = (vectors.cases as Case[]).filter((c) => c.validator === name);
      expect(cases.some((c) => c.expected.ok), name).toBe(true);
      expect(cases.some((c) => !c.expected.ok), name).toBe(true);
    }
  });
});

describe('identifiers', () => {
  it('never throw, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const fn of Object.values(validators)) {
          const r = fn(input);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('messages name the identifier in French and English', () => {
    const r = validateSiret('552 120 222 00014');
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: 'invalid_checksum',
          message: 'SIRET 55212022200014 : clé de contrôle (Luhn) invalide.',
          messageEn: 'SIRET 55212022200014: invalid check digit (Luhn).',
        },
      ],
    });
    const u = validateUai('0010856B');
    expect(!u.ok && u.issues[0]!.message).toContain('attendu A');
    expect(!u.ok && u.issues[0]!.messageEn).toContain('expected A');
  });

  it('the NDA warning is bilingual and the value is still returned', () => {
    const r = validateNda('11755433476');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings![0]!.message).toContain('département');
      expect(r.warnings![0]!.messageEn).toContain('département');
    }
    const clean = validateNda('11755433475');
    expect(clean.ok && clean.warnings).toBeUndefined();
  });

  it('the La Poste SIREN itself passes Luhn', () => {
    expect(LA_POSTE_SIREN).toBe('356000000');
    expect(validateSiren(LA_POSTE_SIREN)).toEqual({ ok: true, value: '356000000' });
  });

  // ../shared/domain/corrections-2026-12.md §6: digit sum a multiple of 5; Luhn only for the head office.
  it('La Poste SIRETs: exactly the NICs whose digit sum makes a multiple of 5, Luhn only for the head office', () => {
    let luhnOnly = 0;
    for (let nic = 0; nic < 100000; nic++) {
      const siret = `${LA_POSTE_SIREN}${String(nic).padStart(5, '0')}`;
      const sum = [...siret].reduce((a, c) => a + Number(c), 0);
      const expected = siret === LA_POSTE_HEAD_OFFICE_SIRET ? luhnValid(siret) : sum % 5 === 0;
      if (validateSiret(siret).ok !== expected) expect.fail(`${siret}: expected ok ${String(expected)}`);
      if (luhnValid(siret) && sum % 5 !== 0 && siret !== LA_POSTE_HEAD_OFFICE_SIRET) luhnOnly += 1;
    }
    // The NICs that only Luhn would have let through (the old behaviour): thousands, all refused now.
    expect(luhnOnly).toBeGreaterThan(7000);
    expect(validateSiret(LA_POSTE_HEAD_OFFICE_SIRET)).toEqual({ ok: true, value: '35600000000048' });
  });

  it('never throws on hostile input either (proxies, throwing getters, odd options)', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, getPrototypeOf: () => { throw new Error('boom'); } });
    const getter = Object.defineProperty({}, 'block', { get: () => { throw new Error('boom'); } });
    for (const fn of Object.values(validators)) expect(fn(hostile).ok).toBe(false);
    expect(validateRncpCode('RNCP37274', null as never)).toEqual({ ok: true, value: 'RNCP37274' });
    expect(validateRncpCode('RNCP37274', getter as never).ok).toBe(false);
    expect(validateRncpCode('RNCP37274', hostile as never).ok).toBe(false);
    expect(luhnValid(12 as never)).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('VAT numbers without FR: refused, saying to add it, in French and English', () => {
    const r = validateFrVatNumber('44 732 829 320');
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: 'missing_country_code',
          message: 'Numéro de TVA « 44 732 829 320 » : ajoutez FR devant le numéro (FR44732829320).',
          messageEn: 'VAT number "44 732 829 320": add FR in front of the number (FR44732829320).',
        },
      ],
    });
  });

  it('new-style VAT keys: about one letter key in 11 matches a given SIREN, never one with I', () => {
    // The letter-key check is mod 11: among the keys with a letter, about 1 in 11 matches a given number.
    const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    for (const siren of ['732829320', '399859412', '552120222']) {
      let matches = 0;
      let total = 0;
      for (const a of alphabet) {
        for (const b of alphabet) {
          if (/^\d\d$/.test(a + b)) continue;
          total += 1;
          if (validateFrVatNumber(`FR${a}${b}${siren}`).ok) matches += 1;
        }
      }
      expect(matches / total).toBeGreaterThan(0.07);
      expect(matches / total).toBeLessThan(0.11);
    }
    expect(validateFrVatNumber('FRI7399859412').ok).toBe(false);
    expect(validateFrVatNumber('FRK0399859412').ok).toBe(false);
  });

  it('UAI: both the département prefix and the letter are reported when both are wrong', () => {
    const r = validateUai('9990001A');
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['invalid_department', 'invalid_checksum']);
    expect(!r.ok && r.issues[0]!.message).toContain('« 999 »');
    expect(!r.ok && r.issues[0]!.messageEn).toContain('"999"');
  });

  it('Luhn catches every single-digit error of a valid SIREN', () => {
    const valid = '552120222';
    for (let i = 0; i < 9; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const typo = valid.slice(0, i) + String(d) + valid.slice(i + 1);
        expect(validateSiren(typo).ok, typo).toBe(false);
      }
    }
  });

  it('frVatNumberFromSiren and validateFrVatNumber agree, keys on two digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const siren = String(n).padStart(9, '0');
        const vat = frVatNumberFromSiren(siren);
        expect(vat.ok).toBe(luhnValid(siren));
        if (vat.ok) {
          expect(vat.value).toMatch(/^FR\d{2}\d{9}$/);
          expect(Number(vat.value.slice(2, 4))).toBe((12 + 3 * (n % 97)) % 97);
          expect(validateFrVatNumber(vat.value)).toEqual({ ok: true, value: vat.value });
        }
      }),
    );
  });
});
