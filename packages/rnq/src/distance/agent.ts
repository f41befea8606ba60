import type { IssuePath, OfkitIssue } from '@ofkit/core';
import { OfkitError } from '@ofkit/core/internal/base';
import { issue } from '@ofkit/core/internal';

/**
 * xAPI identity (xAPI 1.0.3 Data §2.4.2; `../shared/domain/corrections-2026-12.md` §8): an agent
 * or an identified group is identified by exactly one inverse functional identifier (IFI): `mbox`,
 * `mbox_sha1sum`, `openid`, or `account` (`homePage` + `name` together). The display `name`
 * identifies nobody.
 */
export type IfiKind = 'mbox' | 'mbox_sha1sum' | 'openid' | 'account';

/** An identity read from an agent. */
export interface AgentIdentity {
  /** Canonical identifier (see {@link xapiAgentId}). */
  readonly id: string;
  readonly kind: IfiKind;
  /** Display name carried by the agent, if any. */
  readonly name?: string;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SHA1_RE = /^[0-9a-fA-F]{40}$/;
const URI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/**
 * Reads the IFI of an agent or group object: the identity, `null` when it carries none (an
 * anonymous group, or an invalid agent: then `issues` says why), pushing issues for malformed or
 * multiple IFIs.
 */
export function readIfi(a: Record<string, unknown>, path: IssuePath, issues: OfkitIssue[]): AgentIdentity | null {
  const present = (['mbox', 'mbox_sha1sum', 'openid', 'account'] as const).filter((k) => a[k] !== undefined);
  if (present.length > 1) {
    issues.push(issue(path, 'multiple_ifi', `Un seul identifiant xAPI attendu (mbox, mbox_sha1sum, openid ou account), reçu : ${present.join(', ')}.`, `Exactly one xAPI identifier expected (mbox, mbox_sha1sum, openid or account), got: ${present.join(', ')}.`));
    return null;
  }
  const name = typeof a['name'] === 'string' && a['name'] !== '' ? a['name'] : undefined;
  const kind = present[0];
  if (kind === undefined) return null;
  const v = a[kind];
  if (kind === 'mbox') {
    if (typeof v !== 'string' || !/^mailto:[^@\s]+@[^@\s]+$/.test(v)) {
      issues.push(issue([...path, 'mbox'], 'invalid_mbox', 'Adresse « mailto:… » attendue.', 'Expected a "mailto:…" address.'));
      return null;
    }
    return { id: v.slice(7), kind, ...(name !== undefined && { name }) };
  }
  if (kind === 'mbox_sha1sum') {
    if (typeof v !== 'string' || !SHA1_RE.test(v)) {
      issues.push(issue([...path, 'mbox_sha1sum'], 'invalid_sha1', 'Empreinte SHA-1 hexadécimale (40 caractères) attendue.', 'Expected a hexadecimal SHA-1 digest (40 characters).'));
      return null;
    }
    return { id: `sha1:${v.toLowerCase()}`, kind, ...(name !== undefined && { name }) };
  }
  if (kind === 'openid') {
    if (typeof v !== 'string' || !URI_RE.test(v)) {
      issues.push(issue([...path, 'openid'], 'invalid_openid', 'URI OpenID attendue.', 'Expected an OpenID URI.'));
      return null;
    }
    return { id: `openid:${v}`, kind, ...(name !== undefined && { name }) };
  }
  if (!isObj(v)) {
    issues.push(issue([...path, 'account'], 'invalid_account', 'Compte { homePage, name } attendu.', 'Expected an account { homePage, name }.'));
    return null;
  }
  let ok = true;
  if (typeof v['homePage'] !== 'string' || !URI_RE.test(v['homePage'])) {
    issues.push(issue([...path, 'account', 'homePage'], 'invalid_account', 'Le compte doit indiquer sa plateforme (homePage, une URL) : un nom de compte seul n’identifie personne.', 'The account must give its platform (homePage, a URL): an account name alone identifies nobody.'));
    ok = false;
  }
  if (typeof v['name'] !== 'string' || v['name'] === '') {
    issues.push(issue([...path, 'account', 'name'], 'invalid_account', 'Nom de compte (account.name) requis.', 'Account name (account.name) required.'));
    ok = false;
  }
  if (!ok) return null;
  return { id: `account:${String(v['homePage'])}|${String(v['name'])}`, kind, ...(name !== undefined && { name }) };
}

/**
 * The identities an actor stands for: an agent or an identified group is one identity; an anonymous
 * group stands for each of its members that has an identifier. Returns `[]` and pushes issues
 * when nobody can be identified.
 */
export function readActor(a: unknown, path: IssuePath, issues: OfkitIssue[]): AgentIdentity[] {
  if (!isObj(a)) {
    issues.push(issue(path, 'invalid_actor', 'Acteur xAPI (objet) requis.', 'xAPI actor (object) required.'));
    return [];
  }
  const before = issues.length;
  const ifi = readIfi(a, path, issues);
  if (ifi) return [ifi];
  if (issues.length > before) return [];
  if (a['objectType'] === 'Group') {
    const members = a['member'];
    if (!Array.isArray(members) || members.length === 0) {
      issues.push(issue(path, 'anonymous_group_without_members', 'Groupe anonyme sans membres : personne n’est identifiable.', 'Anonymous group without members: nobody can be identified.'));
      return [];
    }
    const out: AgentIdentity[] = [];
    const sub: OfkitIssue[] = [];
    for (let i = 0; i < members.length; i++) {
      const m: unknown = members[i];
      if (!isObj(m)) continue;
      const id = readIfi(m, [...path, 'member', i], sub);
      if (id) out.push(id);
    }
    issues.push(...sub);
    if (sub.length > 0) return [];
    if (out.length === 0) issues.push(issue([...path, 'member'], 'invalid_actor', 'Aucun membre du groupe n’a d’identifiant xAPI.', 'No member of the group has an xAPI identifier.'));
    return out;
  }
  issues.push(
    issue(
      path,
      'invalid_actor',
      'Acteur xAPI sans identifiant (mbox, mbox_sha1sum, openid ou account avec homePage et name) : le nom affiché n’identifie personne.',
      'xAPI actor without identifier (mbox, mbox_sha1sum, openid or account with homePage and name): the display name identifies nobody.',
    ),
  );
  return [];
}

/**
 * The canonical identifier `assessDistanceLearning` gives an xAPI agent (the `learnerId` of its
 * report, and the form of `session.learners` / `session.tutors`): the e-mail address for `mbox`,
 * `sha1:<digest>` for `mbox_sha1sum`, `openid:<uri>` for `openid`, `account:<homePage>|<name>` for
 * an account. `undefined` when the agent has no valid identifier (its display name never counts).
 *
 * @example
 * ```ts
 * import { xapiAgentId } from '@ofkit/rnq';
 * xapiAgentId({ mbox: 'mailto:ana@example.fr', name: 'Ana' }); // 'ana@example.fr'
 * xapiAgentId({ account: { homePage: 'https://lms.example.fr', name: '1' } }); // 'account:https://lms.example.fr|1'
 * xapiAgentId({ name: 'Ana' }); // undefined
 * ```
 */
export function xapiAgentId(agent: unknown): string | undefined {
  // Reading an agent only reads its properties: what throws there is a getter or a proxy of the caller.
  try {
    if (!isObj(agent)) return undefined;
    return readIfi(agent, [], [])?.id;
  } catch {
    throw new OfkitError('INVALID_INPUT', [issue(['agent'], 'unreadable', 'Agent illisible (accesseur ou proxy qui lève une exception).', 'Unreadable agent (a getter or proxy that throws).')]);
  }
}

/** Normalises an identifier given in `session.learners` / `session.tutors` (a `mailto:` prefix is dropped). */
export function normaliseGivenId(id: string): string {
  return id.startsWith('mailto:') ? id.slice(7) : id;
}
