import type { CivilDate } from '@ofkit/core';
import type { EvidenceKind } from './catalogue.js';
import type { EvidenceItem, EvidenceSession } from './model.js';

/** Evidence indexed once (by kind, by session and kind, by explicit indicator): every rule is then a lookup. */
export interface EvidenceIndex {
  readonly byKind: Map<EvidenceKind, EvidenceItem[]>;
  readonly bySession: Map<string, Map<EvidenceKind, EvidenceItem[]>>;
  readonly byIndicator: Map<number, EvidenceItem[]>;
  /** Latest date per kind. */
  readonly latestByKind: Map<EvidenceKind, CivilDate>;
  /** Items dated after the audit date (ignored). */
  readonly ignoredFuture: number;
  readonly used: number;
  readonly sessions: readonly EvidenceSession[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Builds the index in one pass over the items (O(n)); items dated after `auditDate` are ignored. */
export function indexEvidence(items: readonly EvidenceItem[], sessions: readonly EvidenceSession[], auditDate: CivilDate): EvidenceIndex {
  const byKind = new Map<EvidenceKind, EvidenceItem[]>();
  const bySession = new Map<string, Map<EvidenceKind, EvidenceItem[]>>();
  const byIndicator = new Map<number, EvidenceItem[]>();
  const latestByKind = new Map<EvidenceKind, CivilDate>();
  let ignoredFuture = 0;
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.date > auditDate) {
      ignoredFuture++;
      continue;
    }
    used++;
    push(byKind, it.kind, it);
    const last = latestByKind.get(it.kind);
    if (last === undefined || it.date > last) latestByKind.set(it.kind, it.date);
    if (it.sessionId !== undefined) {
      let m = bySession.get(it.sessionId);
      if (!m) bySession.set(it.sessionId, (m = new Map()));
      push(m, it.kind, it);
    }
    if (it.indicators) for (const n of it.indicators) push(byIndicator, n, it);
  }
  return { byKind, bySession, byIndicator, latestByKind, ignoredFuture, used, sessions };
}
