/**
 * CPF playground (docs/site/playground/cpf.html): a visitor fills a purchase and sees the plan
 * `planCpfFinancing` of `@ofkit/cpf` computes, with its explanation, warnings and references. The real
 * package runs in the browser (bundled by esbuild); nothing is sent anywhere.
 */
import type { OfkitError } from '@ofkit/core';
import { planCpfFinancing, type CpfFinancingRequest } from '@ofkit/cpf';
import { badge, el, refNode } from './common.js';

const SOURCE_FR: Record<string, string> = { 'acquired-rights': 'Droits acquis du titulaire', 'abondement-employeur': 'Abondement de l’employeur' };
/** '1696.80' → '1 696,80 €'. */
const eur = (a: string) => `${a.replace(/\B(?=(\d{3})+(?!\d)(?=\.))/g, '\u202f').replace('.', ',')} €`;

const val = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement).value;

/** The request the form describes (exported on `window` so the site test can compare with Node). */
function request(): CpfFinancingRequest {
  const type = val('action-type');
  const code = val('action-code');
  const action =
    type === 'bilan' ? { type: 'bilan' as const }
    : type === 'driving-licence' ? { type: 'driving-licence' as const, group: 'light' as const }
    : type === 'vae' ? { type: 'vae' as const }
    : { type: type as 'rncp' | 'rs', code };
  const topUp = val('topup-amount');
  return {
    purchaseDate: val('purchase-date'),
    price: val('price'),
    action,
    holder: { status: val('holder-status') as CpfFinancingRequest['holder']['status'] },
    acquiredRights: val('acquired-rights'),
    ...(topUp && Number(topUp) > 0 ? { topUps: [{ id: 'abondement-employeur', basis: 'L6323-4-II' as const, funder: 'employer' as const, amount: topUp }] } : {}),
  } as CpfFinancingRequest;
}

function show(): void {
  const out = document.getElementById('plan')!;
  out.replaceChildren();
  const req = request();
  (window as unknown as Record<string, unknown>)['ofkitRequest'] = req;
  try {
    const plan = planCpfFinancing(req);
    (window as unknown as Record<string, unknown>)['ofkitPlan'] = plan;
    out.append(
      el('p', { class: plan.eligible ? 'ok' : 'ko' }, plan.eligible ? 'Achat éligible.' : 'Achat non éligible.'),
      ...(plan.issues.length ? [el('ul', { class: 'error' }, ...plan.issues.map((i) => el('li', {}, i.message)))] : []),
      el('table', { id: 'lines' }, el('thead', {}, el('tr', {}, el('th', {}, 'Niveau'), el('th', {}, 'Ressource'), el('th', {}, 'Montant'))),
        el('tbody', {}, ...plan.lines.map((l) => el('tr', {}, el('td', {}, String(l.level)), el('td', {}, SOURCE_FR[l.source] ?? l.source), el('td', { class: 'num' }, eur(l.amount)))))),
      el('p', {}, 'Participation forfaitaire : ', el('strong', { id: 'participation' }, plan.participation.exempt ? `exonéré (${plan.participation.reason ?? ''})` : eur(plan.participation.amount))),
      el('p', {}, 'Reste à charge du titulaire : ', el('strong', { id: 'holder-pays', 'data-amount': plan.holderPays }, eur(plan.holderPays))),
      el('h3', {}, 'Explication'),
      el('ol', { id: 'explanation' }, ...plan.explanation.map((s) => el('li', {}, s.label, s.amounts ? el('small', {}, ` ${Object.entries(s.amounts).map(([k, v]) => `${k} = ${v}`).join(', ')}`) : ''))),
      ...(plan.warnings.length ? [el('h3', {}, 'Points d’attention'), el('ul', { id: 'warnings' }, ...plan.warnings.map((w) => el('li', {}, w.status ? badge(w.status) : '', ' ', w.message)))] : []),
      el('h3', {}, 'Références'), el('ul', { class: 'refs' }, ...plan.references.map(refNode)),
    );
  } catch (e) {
    (window as unknown as Record<string, unknown>)['ofkitPlan'] = undefined;
    out.append(el('ul', { class: 'error' }, ...(e as OfkitError).issues.map((i) => el('li', {}, `${i.path.join('.')} : ${i.message}`))));
  }
}

document.getElementById('cpf-form')!.addEventListener('submit', (ev) => { ev.preventDefault(); show(); });
show();
document.body.dataset['ready'] = 'true';
