import { describe, expect, it } from 'vitest';
import data from './vectors/python-stdnum-fr.json';
import { validateFrVatNumber, validateSiren, validateSiret, type IdentifierResult } from '../src/index.js';

/**
 * python-stdnum's French vectors (test/vectors/python-stdnum-fr.json records the repository, path and
 * commit of each group). ofkit must give python-stdnum's verdict on every number, with one justified
 * disagreement, handled explicitly below:
 *
 * - VAT numbers written without `FR`. python-stdnum's `stdnum.fr.tva` accepts the bare 11 characters
 *   (`23334175221`); ofkit refuses them with « ajoutez FR » (../shared/domain/corrections-2026-12.md §6:
 *   a French intra-community VAT number is written with its country code, and an invoice or a
 *   convention must show it that way). For each such number the test checks the refusal names the
 *   fix, and that the same number with `FR` in front gets python-stdnum's verdict.
 */
const validators: Record<string, (input: unknown) => IdentifierResult> = { validateSiren, validateSiret, validateFrVatNumber };

type Verdict = 'valid' | 'InvalidChecksum' | 'InvalidFormat' | 'InvalidLength' | 'invalid';

function agrees(r: IdentifierResult, verdict: Verdict): boolean {
  switch (verdict) {
    case 'valid':
      return r.ok;
    case 'InvalidChecksum':
      // python-stdnum raises InvalidChecksum both for the VAT key and for the SIREN's Luhn key inside it.
      return !r.ok && r.issues.every((i) => i.code === 'invalid_checksum' || i.code === 'invalid_siren');
    case 'InvalidFormat':
    case 'InvalidLength':
      return !r.ok && r.issues.every((i) => i.code === 'invalid_format');
    case 'invalid':
      return !r.ok;
  }
}

const compact = (s: string): string => s.replace(/[\s.\-]/g, '').toUpperCase();

describe('python-stdnum French vectors', () => {
  it('records where every group comes from', () => {
    for (const g of data.groups) {
      expect(g.source.repository).toBe('arthurdejong/python-stdnum');
      expect(g.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(g.numbers.length, g.id).toBeGreaterThan(0);
    }
    expect(data.groups.reduce((n, g) => n + g.numbers.length, 0)).toBeGreaterThanOrEqual(150);
  });

  for (const g of data.groups) {
    it(`${g.id}: ${g.numbers.length} numbers, python-stdnum says ${g.stdnum}`, () => {
      const fn = validators[g.validator]!;
      const disagreements: string[] = [];
      for (const number of g.numbers) {
        const verdict = g.stdnum as Verdict;
        const r = fn(number);
        if (g.validator === 'validateFrVatNumber' && !compact(number).startsWith('FR')) {
          // The one justified disagreement (see above): refused, saying to add FR…
          expect(r.ok, number).toBe(false);
          if (!r.ok) {
            expect(r.issues.map((i) => i.code), number).toEqual(['missing_country_code']);
            expect(r.issues[0]!.message, number).toContain('ajoutez FR');
            expect(r.issues[0]!.messageEn, number).toContain('add FR');
          }
          // …and with FR in front, python-stdnum's verdict.
          if (!agrees(fn(`FR${number}`), verdict)) disagreements.push(`FR${number}`);
          continue;
        }
        if (!agrees(r, verdict)) disagreements.push(`${number} → ${JSON.stringify(r)}`);
        if (r.ok) expect(r.value, number).toBe(g.validator === 'validateFrVatNumber' ? compact(number) : compact(number).replace(/\D/g, ''));
      }
      expect(disagreements).toEqual([]);
    });
  }

  it('the Monaco numbers are the ones whose SIREN part is not a SIREN', () => {
    const monaco = data.groups.flatMap((g) => (g.stdnum === 'valid' && g.validator === 'validateFrVatNumber' ? g.numbers : [])).map(compact).filter((n) => n.startsWith('FR') && n.slice(4, 7) === '000');
    expect(monaco.length).toBeGreaterThanOrEqual(20);
    // Luhn fails on most of them: without the Monaco rule they would be refused.
    expect(monaco.filter((n) => !validateSiren(n.slice(4)).ok).length).toBeGreaterThan(10);
  });
});
