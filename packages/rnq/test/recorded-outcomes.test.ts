import { describe, expect, it } from 'vitest';
import { outcomeText, readRecord, record, recordedCalls, RECORD_SEED } from './recorded-outcomes.js';

// Approval test (issue 14 item 5): the outcome of every recorded call (seeds from the vectors, the
// example data and the public xAPI corpora, and seeded variations of them) is the one recorded in
// recorded/outcomes.json. See recorded-outcomes.ts for how the calls are made and how to rewrite the
// record when a change is intended.
describe('recorded outcomes of the public functions (packages/rnq/test/recorded/outcomes.json)', () => {
  const calls = recordedCalls();
  const recorded = readRecord();

  it('the record is the one for these calls', () => {
    expect(recorded.seed).toBe(RECORD_SEED);
    expect(recorded.outcomes.map((o) => o.fn)).toEqual(calls.map((c) => c.fn));
    // No exception other than OfkitError anywhere in the record (the public contract).
    expect(recorded.outcomes.filter((o) => o.kind === 'other')).toEqual([]);
  });

  const fns = [...new Set(calls.map((c) => c.fn))];
  it.each(fns)('%s gives the recorded outcome on every call', (fn) => {
    const differ: string[] = [];
    let n = 0;
    calls.forEach((c, i) => {
      if (c.fn !== fn) return;
      n++;
      const got = record(c);
      if (got.sha !== recorded.outcomes[i]?.sha) differ.push(`#${i} (${recorded.outcomes[i]?.kind} → ${got.kind}): ${outcomeText(c).slice(0, 600)}`);
    });
    expect(n).toBeGreaterThan(20);
    expect(differ.slice(0, 3)).toEqual([]);
    expect(differ.length).toBe(0);
  });

  it('covers both results and errors for the functions with rules', () => {
    const kinds = (fn: string) => new Set(recorded.outcomes.filter((o) => o.fn === fn).map((o) => o.kind));
    for (const fn of ['assessReadiness', 'applicableIndicators', 'computeResultIndicators', 'auditCycle', 'nonConformityDeadlines', 'assessDistanceLearning']) {
      expect([...kinds(fn)].sort(), fn).toEqual(['OfkitError', 'ok']);
    }
  });
});
