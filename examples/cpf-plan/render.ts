/**
 * Renders a CPF financing plan as a French text report (table, explanation, warnings, references).
 */
import { formatEur } from '@ofkit/core';
import type { CpfFinancingPlan, CpfFinancingRequest } from '@ofkit/cpf';

const eur = (x: string | number) => formatEur(x, { asciiSpaces: true });

const ACTION: Record<string, string> = {
  rncp: 'Certification RNCP',
  'rncp-block': 'Bloc de compétences RNCP',
  rs: 'Certification du répertoire spécifique',
  vae: 'VAE',
  bilan: 'Bilan de compétences',
  'driving-licence': 'Permis de conduire',
};

function actionLabel(a: CpfFinancingRequest['action']): string {
  const base = ACTION[a.type] ?? a.type;
  if (a.type === 'driving-licence') return `${base} (groupe ${a.group === 'light' ? 'léger' : 'lourd'}${a.category ? `, ${a.category}` : ''})`;
  if (a.type === 'rs') return `${base} ${a.code}${a.clea ? ' (CléA)' : ''}`;
  return 'code' in a && a.code ? `${base} ${a.code}` : base;
}

/** The plan as a French report. */
export function renderPlanFr(request: CpfFinancingRequest, plan: CpfFinancingPlan, title?: string): string {
  const out: string[] = [];
  out.push(`Plan de financement CPF — achat du ${request.purchaseDate}`);
  if (title) out.push(title);
  out.push(`Action : ${actionLabel(request.action)} — prix ${eur(request.price)}`);
  out.push(`Éligible : ${plan.eligible ? 'oui' : 'non'}`);
  for (const i of plan.issues) out.push(`  ✗ ${i.message}`);
  const p = plan.participation;
  out.push(`Participation forfaitaire : ${p.exempt ? 'non due' : eur(p.amount)}${p.reason ? ` — ${p.reason}` : ''}`);
  out.push('');
  const rows: Array<[string, string, string]> = plan.lines.map((l) => [String(l.level), l.source === 'acquired-rights' ? 'droits acquis' : l.source, eur(l.amount)]);
  rows.push(['', 'Reste à charge du titulaire', eur(plan.holderPays)]);
  rows.push(['', 'Prix', eur(request.price)]);
  const w0 = Math.max(6, ...rows.map((r) => r[0].length));
  const w1 = Math.max(6, ...rows.map((r) => r[1].length));
  const w2 = Math.max(7, ...rows.map((r) => r[2].length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c.padStart(w2)}`;
  const sep = `${'-'.repeat(w0)}-+-${'-'.repeat(w1)}-+-${'-'.repeat(w2)}`;
  out.push(line('Niveau', 'Source', 'Montant'));
  out.push(sep);
  rows.slice(0, -2).forEach((r) => out.push(line(...r)));
  out.push(sep);
  rows.slice(-2).forEach((r) => out.push(line(...r)));
  out.push('');
  out.push('Explication :');
  plan.explanation.forEach((s, i) => out.push(`${String(i + 1).padStart(3)}. ${s.label.replace(/[\u202F\u00A0]/g, ' ')}`));
  if (plan.warnings.length > 0) {
    out.push('');
    out.push('Avertissements :');
    for (const w of plan.warnings) out.push(`  ⚠ [${w.code}${w.option ? `, option ${w.option}` : ''}] ${w.message}`);
  }
  out.push('');
  out.push('Références :');
  for (const r of plan.references) out.push(`  - ${r.article} — ${r.title}${r.url ? ` <${r.url}>` : ''}`);
  return out.join('\n');
}
