/**
 * Every reference to an article of the Code du travail in every exported rule set and parameter of
 * the four packages carries its Légifrance id (issue 8 §4; ids: ../shared/domain/corrections-2026-12.md
 * §2 and the DILA LEGI data). The walk is generic: any exported object shaped like a parameter
 * (`id`, `label`, `values[]` of dated values) or a rule set (an object whose values are all
 * parameters) is checked, so a new rule set is covered without touching this file.
 *
 * `data/legifrance-ids.json` holds, for each article number cited, the versions the DILA LEGI data
 * lists (npm `@socialgouv/legi-data` 2.513.0, `data/LEGITEXT000006072050.json`, Code du travail as
 * consolidated on 27 March 2026; see its `source`), so that an id is also checked to be a version of
 * the article it is given for.
 */
import * as core from '@ofkit/core';
import * as cpf from '@ofkit/cpf';
import * as docsGen from '@ofkit/docs-gen';
import * as rnq from '@ofkit/rnq';
import { describe, expect, it } from 'vitest';
import legi from './data/legifrance-ids.json' with { type: 'json' };

interface Ref { source?: unknown; article?: unknown; title?: unknown; legifranceId?: unknown; url?: unknown }
interface Param { id: string; label: string; values: Array<{ from: string; references: Ref[] }> }

const isParam = (v: unknown): v is Param =>
  typeof v === 'object' && v !== null && typeof (v as Param).id === 'string' && typeof (v as Param).label === 'string' &&
  Array.isArray((v as Param).values) && (v as Param).values.every((x) => typeof x === 'object' && x !== null && typeof x.from === 'string' && Array.isArray(x.references));
const isRuleSet = (v: unknown): v is Record<string, Param> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 && Object.values(v).every(isParam);

/** Every parameter exported by a module, directly or inside an exported rule set, with its path. */
function parametersOf(mod: Record<string, unknown>): Array<{ path: string; param: Param }> {
  const out: Array<{ path: string; param: Param }> = [];
  for (const [name, v] of Object.entries(mod)) {
    if (isParam(v)) out.push({ path: name, param: v });
    else if (isRuleSet(v)) for (const [k, p] of Object.entries(v)) out.push({ path: `${name}.${k}`, param: p });
  }
  return out;
}

const VERSIONS: Record<string, readonly string[]> = Object.fromEntries(Object.entries(legi.articles).map(([a, vs]) => [a, vs.map((v) => v.id)]));

/**
 * A reference that covers several successive versions of an article cannot carry one id; its title
 * must say so (e.g. cpf's L. 6323-6 « versions antérieures au 21 février 2026 »).
 */
const SEVERAL_VERSIONS = /plusieurs versions successives/;

/** Date of the LEGI data: versions created after it cannot be checked against the version list. */
const LEGI_DATE = legi.source.text.slice(-10);

/** The offences of one code-du-travail reference cited by a value in force from `from`, or none. */
function offences(ref: Ref, from: string): string[] {
  if (ref.source !== 'code-du-travail') return [];
  const article = String(ref.article);
  if (ref.legifranceId === undefined) return SEVERAL_VERSIONS.test(String(ref.title)) ? [] : [`${article}: no legifranceId`];
  const id = String(ref.legifranceId);
  const out: string[] = [];
  if (!/^LEGIARTI\d{12}$/.test(id)) return [`${article}: malformed id ${id}`];
  const key = article.startsWith('Annexe RNQ') ? 'Annexe RNQ' : article;
  const known = VERSIONS[key];
  if (known && from <= LEGI_DATE && !known.includes(id)) out.push(`${article}: ${id} is not a version of this article (${known.join(', ')})`);
  if (typeof ref.url === 'string' && ref.url.includes('/codes/article_lc/') && !ref.url.endsWith(id)) out.push(`${article}: url ${ref.url} does not point to ${id}`);
  return out;
}

function offendersOf(params: Array<{ path: string; param: Param }>): string[] {
  const out = new Set<string>();
  for (const { path, param } of params) {
    param.values.forEach((v, i) => v.references.forEach((r) => offences(r, v.from).forEach((o) => out.add(`${path} (${param.id}) values[${i}] ${o}`))));
  }
  return [...out];
}

const PACKAGES = { '@ofkit/core': core, '@ofkit/cpf': cpf, '@ofkit/rnq': rnq, '@ofkit/docs-gen': docsGen } as Record<string, Record<string, unknown>>;

describe('Légifrance ids on every Code du travail reference of every exported rule set and parameter', () => {
  const all = Object.entries(PACKAGES).map(([pkg, mod]) => [pkg, parametersOf(mod)] as const);

  it('the walk finds the rule sets of each package (not vacuous)', () => {
    const count = Object.fromEntries(all.map(([pkg, ps]) => [pkg, ps.length]));
    for (const pkg of Object.keys(PACKAGES)) expect({ pkg, found: (count[pkg] ?? 0) > 0 }).toEqual({ pkg, found: true });
    expect(all.flatMap(([, ps]) => ps).length).toBeGreaterThan(40);
    // A Code du travail reference is actually met on the way (rnq's columns cite the annex).
    expect(all.some(([, ps]) => ps.some(({ param }) => param.values.some((v) => v.references.some((r) => r.source === 'code-du-travail'))))).toBe(true);
  });

  it('the check catches a reference without id, a malformed id and an id of another article', () => {
    const fake = parametersOf({
      fakeRules: { p: { id: 'x.p', label: 'x', values: [{ from: '2020-01-01', references: [
        { source: 'code-du-travail', article: 'L6352-11', title: 't' },
        { source: 'code-du-travail', article: 'R6352-23', title: 't', legifranceId: 'LEGI123' },
        { source: 'code-du-travail', article: 'R6352-23', title: 't', legifranceId: 'LEGIARTI000037386206' },
        { source: 'code-du-travail', article: 'L6323-6', title: 'plusieurs versions successives' },
        { source: 'decret', article: '2019-565', title: 't' },
      ] }] } },
    });
    expect(offendersOf(fake).map((o) => o.replace(/^.*values\[0\] /, ''))).toEqual([
      'L6352-11: no legifranceId',
      'R6352-23: malformed id LEGI123',
      expect.stringMatching(/^R6352-23: LEGIARTI000037386206 is not a version of this article/),
    ]);
  });

  for (const [pkg, params] of all) {
    it(`${pkg}: no Code du travail reference without its Légifrance id`, () => {
      expect(offendersOf(params)).toEqual([]);
    });
  }

  it('@ofkit/docs-gen: the mention lists are among the parameters walked (documentRules)', () => {
    const paths = (all.find(([pkg]) => pkg === '@ofkit/docs-gen')?.[1] ?? []).map(({ path }) => path);
    expect(paths.some((p) => p.startsWith('documentRules') && p.includes('mentions'))).toBe(true);
  });
});
