import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { evidenceKindsFor } from '../evidence/catalogue.js';
import { xapiAgentId } from '../distance/agent.js';
import { readinessToMarkdown } from './markdown.js';
import { assessReadiness } from './readiness.js';
import { requirementGroups } from './requirements.js';

// Issue 14: hostile inputs give an OfkitError naming the field, never another exception.
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const throwingProxy = (): object => new Proxy({}, { get: () => { throw new Error('hostile proxy'); } });

function caught(f: () => unknown): OfkitError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OfkitError);
    return e as OfkitError;
  }
  throw new Error('no error thrown');
}

describe('rnq helpers on hostile input (issue 14)', () => {
  it('evidenceKindsFor and requirementGroups: an indicator that cannot be shown as text', () => {
    for (const bad of [Object.create(null), revoked(), throwingProxy()]) {
      const e = caught(() => evidenceKindsFor(bad as never, 'rnq-2026'));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path).toEqual(['indicator']);
      expect(e.issues[0]?.message).toMatch(/ : object\.$/);
      const g = caught(() => requirementGroups(bad as never, bad as never, false));
      expect(g.issues.map((i) => i.path[0])).toEqual(['indicator', 'version']);
    }
    expect(evidenceKindsFor(31, 'rnq-2026')).toEqual(['complaint-log']);
  });

  it('readinessToMarkdown: a revoked or throwing proxy as result or options', () => {
    expect(caught(() => readinessToMarkdown(revoked() as never)).issues[0]?.path).toEqual(['result', 'summary']);
    const e = caught(() => readinessToMarkdown(throwingProxy() as never));
    expect(e.issues[0]?.code).toBe('unreadable');
    const r = assessReadiness({ categories: ['bilan-de-competences'] }, { items: [] }, { auditDate: '2026-06-15' });
    const o = caught(() => readinessToMarkdown(r, throwingProxy() as never));
    expect(o.issues[0]?.path).toEqual(['options']);
    expect(readinessToMarkdown(r, { title: 'Audit' }).startsWith('# Audit')).toBe(true);
  });

  it('xapiAgentId: an unreadable agent is an OfkitError naming the agent', () => {
    for (const bad of [revoked(), throwingProxy()]) {
      const e = caught(() => xapiAgentId(bad));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path).toEqual(['agent']);
    }
    expect(xapiAgentId({ mbox: 'mailto:ana@example.fr' })).toBe('ana@example.fr');
  });
});

describe('assessReadiness on hostile input (issue 14)', () => {
  const profile = { categories: ['action-formation'] };
  const options = { auditDate: '2026-06-15' };
  it('an unreadable profile, evidence or options is an OfkitError at its path, never a TypeError', () => {
    const getter = Object.defineProperty({}, 'categories', { get: () => { throw new Error('hostile getter'); }, enumerable: true });
    expect(caught(() => assessReadiness(getter as never, { items: [] }, options)).issues[0]?.path).toEqual(['profile', 'categories']);
    expect(caught(() => assessReadiness(profile as never, revoked() as never, options)).issues[0]?.path).toEqual(['evidence']);
    expect(caught(() => assessReadiness(profile as never, { items: [] }, throwingProxy() as never)).issues.some((i) => i.path[0] === 'options')).toBe(true);
  });
  it('a cycle or a BigInt inside the evidence is an issue with its path', () => {
    const item: Record<string, unknown> = { id: 'E1', kind: 'legal-watch', date: '2026-01-10', title: 'Veille' };
    item['self'] = item;
    const e1 = caught(() => assessReadiness(profile as never, { items: [item] } as never, options));
    expect(e1.code).toBe('INVALID_INPUT');
    expect(e1.issues.some((i) => i.path[0] === 'evidence' && i.path.includes('self'))).toBe(true);
    const e2 = caught(() => assessReadiness(profile as never, { items: [{ id: 'E1', kind: 'legal-watch', date: '2026-01-10', metadata: { n: 10n } }] } as never, options));
    expect(e2.issues.some((i) => i.path[0] === 'evidence')).toBe(true);
  });
  it('never mutates or freezes what the caller passed', () => {
    const items = [{ id: 'E1', kind: 'legal-watch', date: '2026-01-10', title: 'Veille réglementaire' }];
    const before = JSON.stringify(items);
    try {
      assessReadiness(profile as never, { items } as never, options);
    } catch {
      // a readiness error is fine here; only the input matters
    }
    expect(JSON.stringify(items)).toBe(before);
    expect(Object.isFrozen(items[0])).toBe(false);
  });
});
