import { Guard } from '../shared/guard.js';
import type { IndicatorReadiness, ReadinessResult, ReadinessStatus, Risk } from './readiness.js';

const STATUS_FR: Record<ReadinessStatus, string> = { covered: '✅ couvert', partial: '🟠 partiel', missing: '❌ manquant', deferred: '⏳ différé' };
const AUDIT_FR = { initial: 'initial', surveillance: 'de surveillance', renewal: 'de renouvellement' } as const;
const RISK_FR: Record<Risk, string> = { none: '—', minor: 'NC mineure', major: '**NC majeure**' };

/** Options of {@link readinessToMarkdown}. */
export interface MarkdownOptions {
  /** Title of the report (default: « Préparation à l'audit Qualiopi »). */
  readonly title?: string;
  /** Maximum number of to-do entries shown (default 30). */
  readonly maxTodo?: number;
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * Renders a readiness result as a Markdown report an OF can read (French): summary, prioritised
 * to-do list, table per indicator, warnings and references.
 *
 * @example
 * ```ts
 * import { assessReadiness, readinessToMarkdown } from '@ofkit/rnq';
 * const r = assessReadiness({ categories: ['bilan-de-competences'] }, { items: [] }, { auditDate: '2026-06-15' });
 * readinessToMarkdown(r).startsWith("# Préparation à l'audit Qualiopi"); // true
 * ```
 */
export function readinessToMarkdown(result: ReadinessResult, options: MarkdownOptions = {}): string {
  const r = (typeof result === 'object' && result !== null ? result : {}) as unknown as Record<string, unknown>;
  const isObj = (v: unknown) => typeof v === 'object' && v !== null;
  const g = new Guard().check(isObj(result), ['result'], 'invalid_type', 'Résultat attendu : la valeur renvoyée par assessReadiness.', 'Expected the value returned by assessReadiness.');
  if (isObj(result)) {
    for (const k of ['summary', 'referential', 'profile', 'evidence'] as const) g.check(isObj(r[k]), ['result', k], 'invalid_type', `Champ « ${k} » manquant : passer le résultat de assessReadiness.`, `Missing "${k}": pass the result of assessReadiness.`);
    for (const k of ['indicators', 'todo', 'warnings', 'references'] as const) g.check(Array.isArray(r[k]), ['result', k], 'invalid_type', `Champ « ${k} » : liste attendue.`, `"${k}": array expected.`);
  }
  g.check(options.maxTodo === undefined || (Number.isSafeInteger(options.maxTodo) && options.maxTodo >= 0), ['options', 'maxTodo'], 'invalid_count', 'maxTodo : entier positif ou nul attendu.', 'maxTodo: non-negative integer expected.');
  g.done();
  const s = result.summary;
  const lines: string[] = [];
  const name = result.profile.name ? ` — ${result.profile.name}` : '';
  lines.push(`# ${options.title ?? "Préparation à l'audit Qualiopi"}${name}`, '');
  lines.push(`- Audit **${AUDIT_FR[result.auditType]}** du **${result.auditDate}** — ${result.referential.label} (${result.referential.indicatorCount} indicateurs${result.referential.status !== 'confirmed' ? ', **version provisoire**' : ''}).`);
  lines.push(`- Catégories : ${result.profile.categories.join(', ')}.`);
  lines.push(`- Preuves : ${result.evidence.used} retenues sur ${result.evidence.items} ; ${result.evidence.sessions} session(s).`, '');
  lines.push('## Synthèse', '');
  lines.push(`| Applicables | Couverts | Partiels | Manquants | Différés | Risques majeurs | Risques mineurs | Préparation |`);
  lines.push(`|---:|---:|---:|---:|---:|---:|---:|---:|`);
  lines.push(`| ${s.applicable} | ${s.covered} | ${s.partial} | ${s.missing} | ${s.deferred} | ${s.majorRisks} | ${s.minorRisks} | ${s.readinessPercent} % |`, '');
  const max = options.maxTodo ?? 30;
  lines.push('## À faire, par priorité', '');
  if (result.todo.length === 0) lines.push('Rien à signaler.');
  for (const t of result.todo.slice(0, max)) lines.push(`${t.priority}. [${t.risk === 'major' ? 'majeur' : t.risk === 'minor' ? 'mineur' : 'à vérifier'}] Indicateur ${t.indicator} (${t.title}) : ${t.action}`);
  if (result.todo.length > max) lines.push('', `… et ${result.todo.length - max} autre(s) point(s).`);
  lines.push('', '## Indicateurs', '');
  lines.push('| Ind. | Crit. | Intitulé | Statut | Risque | Preuves | Manques |');
  lines.push('|---:|---:|---|---|---|---:|---|');
  const row = (i: IndicatorReadiness) =>
    `| ${i.number} | ${i.criterion} | ${esc(i.title)}${i.nonConformity === 'major-only' ? ' ᴹ' : ''} | ${STATUS_FR[i.status]} | ${RISK_FR[i.risk]} | ${i.evidenceCount} | ${esc(i.missing.map((m) => m.message).join(' ; ') || (i.auditScope === 'process-only' ? 'processus seulement (nouvel entrant)' : ''))} |`;
  for (const i of result.indicators) lines.push(row(i));
  lines.push('', 'ᴹ : indicateur n’admettant que des non-conformités majeures (arrêté du 6 juin 2019 modifié, art. 5).');
  if (result.warnings.length > 0) {
    lines.push('', '## Avertissements', '');
    for (const w of result.warnings) lines.push(`- ${esc(w.message)}${w.option ? ` (option \`${w.option}\`)` : ''}`);
  }
  lines.push('', '## Références', '');
  for (const r of result.references) lines.push(`- ${r.title}${r.url ? ` — ${r.url}` : ''}`);
  lines.push('');
  return lines.join('\n');
}
