/**
 * The civil-date schema of cpf gives one issue per bad date, with its code and a message in French
 * and English (read through a public function: the platform deadlines).
 */
import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { cpfPlatformDeadlines } from '../platform/deadlines.js';

const issuesOf = (proposalDate: string) => {
  try {
    cpfPlatformDeadlines({ proposalDate });
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return (e as OfkitError).issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message, messageEn: i.messageEn }));
  }
  return [];
};

describe('DateSchema', () => {
  it('a malformed date: one invalid_date_format issue quoting the input', () => {
    expect(issuesOf('2026-3-2')).toEqual([{ path: 'proposalDate', code: 'invalid_date_format', message: 'Date attendue au format AAAA-MM-JJ, reçu "2026-3-2".', messageEn: 'Expected a date as YYYY-MM-DD, got "2026-3-2".' }]);
  });

  it('29 February exists in leap years only: one invalid_date issue otherwise', () => {
    expect(issuesOf('2026-02-29')).toEqual([{ path: 'proposalDate', code: 'invalid_date', message: 'Date inexistante : 2026-02-29.', messageEn: 'Date does not exist: 2026-02-29.' }]);
    expect(issuesOf('2028-02-29')).toEqual([]);
  });
});
