/** Shared helpers of the site's browser pages (law explorer, playgrounds). Runs in the browser. */
import type { LegalRef } from '@ofkit/core';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string | undefined>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== undefined) e.append(c);
  return e;
}

/** The Légifrance (or other official) address of a reference, when known. */
export function refUrl(r: LegalRef): string | undefined {
  if (r.url) return r.url;
  if (r.legifranceId?.startsWith('LEGIARTI')) return `https://www.legifrance.gouv.fr/codes/article_lc/${r.legifranceId}`;
  if (r.legifranceId?.startsWith('JORFTEXT')) return `https://www.legifrance.gouv.fr/jorf/id/${r.legifranceId}`;
  return undefined;
}

export function refNode(r: LegalRef): HTMLElement {
  const url = refUrl(r);
  const text = `${r.article} — ${r.title}`;
  return el('li', {}, url ? el('a', { href: url, rel: 'noopener', target: '_blank' }, text) : text);
}

const STATUS_FR: Record<string, string> = { confirmed: 'confirmé', provisional: 'provisoire', disputed: 'discuté' };
export function badge(status: string): HTMLElement {
  return el('span', { class: `badge ${status}`, title: status }, STATUS_FR[status] ?? status);
}

export function frDate(d: string | undefined): string {
  if (!d) return '…';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : d;
}
