/** Shared helpers of the site's browser pages (law explorer, playgrounds). Runs in the browser. */
import type { LegalRef } from '@ofkit/core';
import { formatLawValue } from '@ofkit/core/internal';

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

/** Language of a page: French (the default) or English. */
export type Lang = 'fr' | 'en';

/** The language a page is asked for: `?lang=en` in its address gives English, anything else French. */
export function pageLang(): Lang {
  return new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
}

/**
 * Puts a page in `lang`: `<html lang>`, the title, and every element of the static page that carries
 * its English in `data-en` (its French is the text it was built with, kept in `data-fr`).
 */
export function applyLang(lang: Lang, title: { readonly fr: string; readonly en: string }): void {
  document.documentElement.lang = lang;
  document.title = `${lang === 'en' ? title.en : title.fr} — ofkit`;
  document.querySelectorAll<HTMLElement>('[data-en]').forEach((n) => {
    if (n.dataset['fr'] === undefined) n.dataset['fr'] = n.textContent ?? '';
    n.textContent = lang === 'en' ? n.dataset['en']! : n.dataset['fr'];
  });
}

/** The FR | EN switch: two links to the same page in each language (`?lang=fr`, `?lang=en`), the current one marked. */
export function langSwitch(lang: Lang): HTMLElement {
  const link = (l: Lang, text: string) =>
    el('a', { href: `?lang=${l}${location.hash}`, hreflang: l, lang: l, class: l === lang ? 'current' : '', ...(l === lang ? { 'aria-current': 'true' } : {}), id: `lang-${l}` }, text);
  return el('nav', { class: 'lang-switch', 'aria-label': lang === 'en' ? 'Language' : 'Langue' }, link('fr', 'FR'), ' | ', link('en', 'EN'));
}

const STATUS_FR: Record<string, string> = { confirmed: 'confirmé', provisional: 'provisoire', disputed: 'discuté' };
const STATUS_EN: Record<string, string> = { confirmed: 'confirmed', provisional: 'provisional', disputed: 'disputed' };
export function badge(status: string, lang: Lang = 'fr'): HTMLElement {
  return el('span', { class: `badge ${status}`, title: status }, (lang === 'en' ? STATUS_EN : STATUS_FR)[status] ?? status);
}

export function frDate(d: string | undefined): string {
  if (!d) return '…';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : d;
}

/** A date as the project writes it in English, by core's law-value formatting: `2026-02-26` → "26 February 2026" (`…` when absent). */
export function enDate(d: string | undefined): string {
  return d ? (formatLawValue(d, 'date', 'en') ?? d) : '…';
}

/** A date in the page's language. */
export function dateIn(lang: Lang, d: string | undefined): string {
  return lang === 'en' ? enDate(d) : frDate(d);
}
