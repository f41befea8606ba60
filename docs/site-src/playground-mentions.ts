/**
 * Mentions playground (docs/site/playground/mentions.html): paste a document's data (JSON), choose its
 * kind, and see which mandatory mentions are missing, each with its legal reference — `checkMentions`
 * of `@ofkit/docs-gen`, running in the browser.
 */
import type { OfkitError } from '@ofkit/core';
import { checkMentions, DOCUMENT_KINDS, type DocumentKind } from '@ofkit/docs-gen';
import { el, refNode } from './common.js';

const SAMPLE = {
  organisation: { name: 'Forma SAS', siret: '73282932000074', nda: '11755555575', address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris' }, vat: { regime: 'exempt-261-4-4a' } },
  number: 'F-2026-0042', date: '2026-11-22',
  client: { name: 'Client SA', type: 'business' },
  lines: [{ description: 'Formation SST', quantity: 1, unitPrice: '1200.00' }],
};

const kind = document.getElementById('kind') as HTMLSelectElement;
for (const k of DOCUMENT_KINDS) kind.append(el('option', k === 'facture' ? { value: k, selected: 'selected' } : { value: k }, k));
const data = document.getElementById('data') as HTMLTextAreaElement;
data.value = JSON.stringify(SAMPLE, null, 2);

function check(): void {
  const out = document.getElementById('result')!;
  out.replaceChildren();
  let input: unknown;
  try {
    input = JSON.parse(data.value);
  } catch (e) {
    out.append(el('p', { class: 'error' }, `JSON invalide : ${(e as Error).message}`));
    return;
  }
  try {
    const missing = checkMentions(kind.value as DocumentKind, input as never);
    (window as unknown as Record<string, unknown>)['ofkitMissing'] = missing.map((m) => m.code);
    out.append(el('p', { class: missing.length ? 'ko' : 'ok' }, missing.length ? `${missing.length} mention(s) manquante(s) ou invalide(s) :` : 'Toutes les mentions obligatoires sont présentes.'));
    out.append(el('ul', { id: 'missing' }, ...missing.map((m) => el('li', { 'data-code': m.code }, el('strong', {}, m.label), ` — ${m.message ?? 'mention manquante'} `, el('small', {}, `(champ ${m.path.join('.')})`), el('ul', { class: 'refs' }, ...m.references.map(refNode))))));
  } catch (e) {
    out.append(el('ul', { class: 'error' }, ...(e as OfkitError).issues.map((i) => el('li', {}, `${i.path.join('.')} : ${i.message}`))));
  }
}

document.getElementById('mentions-form')!.addEventListener('submit', (ev) => { ev.preventDefault(); check(); });
check();
document.body.dataset['ready'] = 'true';
