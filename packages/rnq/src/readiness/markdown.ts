import { EVIDENCE_RULES } from '../evidence/rules.js';
import { Guard } from '../shared/guard.js';
import type { IndicatorReadiness, ReadinessResult, ReadinessStatus, Risk } from './readiness.js';

const STATUS_FR: Record<ReadinessStatus, string> = { covered: '✅ couvert', partial: '🟠 partiel', missing: '❌ sans preuve', deferred: '⏳ reporté' };
const CAT_FR: Record<string, string> = { 'action-de-formation': 'action de formation', 'bilan-de-competences': 'bilan de compétences', vae: 'VAE', apprentissage: 'apprentissage' };
const AUDIT_FR = { initial: 'initial', surveillance: 'de surveillance', renewal: 'de renouvellement' } as const;
const RISK_FR: Record<Risk, string> = { none: '—', minor: 'NC mineure', major: '**NC majeure**' };

/** Options of {@link readinessToMarkdown}. */
export interface MarkdownOptions {
  /** Title of the report (default: « Préparation à l'audit Qualiopi »). */
  readonly title?: string;
  /** Maximum number of to-do entries shown (default 30). */
  readonly maxTodo?: number;
}

/**
 * Text as Markdown inline content: control characters and line breaks (CR, LF, U+2028/9) become a
 * space, so a name or an id cannot start a heading, a list or a table row; the characters that make
 * markup (HTML tags and entities, links, emphasis, code, table cells) are backslash-escaped.
 */
function esc(s: string): string {
  return String(s)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`);
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
  let at: Array<string | number> = ['result'];
  let title: unknown;
  let maxTodo: unknown;
  try {
    if (isObj(result)) {
      for (const k of ['summary', 'referential', 'profile', 'evidence'] as const) g.check(isObj(r[(at = ['result', k], k)]), at, 'invalid_type', `Champ « ${k} » manquant : passer le résultat de assessReadiness.`, `Missing "${k}": pass the result of assessReadiness.`);
      for (const k of ['indicators', 'todo', 'warnings', 'references'] as const) g.check(Array.isArray(r[(at = ['result', k], k)]), at, 'invalid_type', `Champ « ${k} » : liste attendue.`, `"${k}": array expected.`);
    }
    at = ['options'];
    if (isObj(options)) ({ title, maxTodo } = options);
    g.check(maxTodo === undefined || (Number.isSafeInteger(maxTodo) && (maxTodo as number) >= 0), ['options', 'maxTodo'], 'invalid_count', 'maxTodo : entier positif ou nul attendu.', 'maxTodo: non-negative integer expected.');
  } catch {
    // a getter or a proxy that throws (a result of assessReadiness never does)
    g.check(false, at, 'unreadable', 'Valeur illisible (accesseur ou proxy qui lève une exception).', 'Unreadable value (a getter or proxy that throws).');
  }
  g.done();
  const s = result.summary;
  const lines: string[] = [];
  const name = result.profile.name ? ` — ${esc(result.profile.name)}` : '';
  lines.push(`# ${typeof title === 'string' ? esc(title) : "Préparation à l'audit Qualiopi"}${name}`, '');
  lines.push(`- Audit **${AUDIT_FR[result.auditType]}** du **${result.auditDate}** — ${result.referential.label} (${result.referential.indicatorCount} indicateurs${result.referential.status !== 'confirmed' ? ', **version provisoire**' : ''}).`);
  lines.push(`- Catégories d’actions : ${result.profile.categories.map((c) => CAT_FR[c] ?? c).join(', ')}.`);
  lines.push(`- Preuves examinées : ${result.evidence.used} (sur ${result.evidence.items} fournies${result.evidence.ignoredAfterAuditDate > 0 ? ` ; ${result.evidence.ignoredAfterAuditDate} datée(s) après l’audit, ignorée(s)` : ''}) ; ${result.evidence.sessions} session(s).`, '');
  lines.push('## En bref', '');
  const audited = s.applicable - s.deferred;
  lines.push(
    `Sur **${s.applicable}** indicateurs applicables${s.deferred > 0 ? ` (dont ${s.deferred} reporté(s) à l’audit de surveillance)` : ''}, **${s.covered}** sont couverts, **${s.partial}** le sont en partie et **${s.missing}** n’ont aucune preuve : ${s.readinessPercent} % des ${audited} indicateurs audités sont prêts.`,
  );
  lines.push('');
  if (s.majorRisks > 0) {
    lines.push(`- **${s.majorRisks} risque(s) de non-conformité majeure.** Une NC majeure doit être corrigée dans les 3 mois, sinon la certification est refusée (audit initial ou de renouvellement) ou suspendue (audit de surveillance).`);
  } else lines.push('- Aucun risque de non-conformité majeure.');
  if (s.minorRisks > 0) lines.push(`- ${s.minorRisks} risque(s) de non-conformité mineure : plan d’action à mettre en œuvre sous 6 mois, vérifié à l’audit suivant.`);
  if (result.warnings.some((w) => w.code === 'MINORS_COUNT_AS_MAJOR')) {
    lines.push('- Attention : 5 NC mineures non levées comptent comme une NC majeure (source secondaire) ; en lever quelques-unes avant l’audit.');
  }
  lines.push('');
  lines.push('| Applicables | Couverts | Partiels | Sans preuve | Reportés | Risques majeurs | Risques mineurs | Prêts |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
  lines.push(`| ${s.applicable} | ${s.covered} | ${s.partial} | ${s.missing} | ${s.deferred} | ${s.majorRisks} | ${s.minorRisks} | ${s.readinessPercent} % |`, '');
  const max = (maxTodo as number | undefined) ?? 30;
  lines.push('## À faire, par priorité', '');
  if (result.todo.length === 0) lines.push('Rien à signaler.');
  const shown = result.todo.slice(0, max);
  const section = (title: string, pick: (t: (typeof shown)[number]) => boolean) => {
    const part = shown.filter(pick);
    if (part.length === 0) return;
    lines.push(`### ${title}`, '');
    for (const t of part) lines.push(`${t.priority}. **Indicateur ${t.indicator}** (${esc(t.title)}) : ${esc(t.action)}`);
    lines.push('');
  };
  section('Risque de NC majeure — à traiter en premier', (t) => t.risk === 'major');
  section('Risque de NC mineure', (t) => t.risk === 'minor');
  section('À vérifier (données insuffisantes pour conclure)', (t) => t.risk === 'none');
  if (result.todo.length > max) lines.push(`… et ${result.todo.length - max} autre(s) point(s) (voir le détail par indicateur).`, '');
  lines.push('## Détail par indicateur', '');
  lines.push('| Ind. | Crit. | Intitulé | Statut | Risque | Preuves | Ce qui manque |');
  lines.push('|---:|---:|---|---|---|---:|---|');
  const row = (i: IndicatorReadiness) =>
    `| ${i.number} | ${i.criterion} | ${esc(i.title)}${i.nonConformity === 'major-only' ? ' ᴹ' : ''} | ${STATUS_FR[i.status]} | ${RISK_FR[i.risk]} | ${i.evidenceCount} | ${esc(i.missing.map((m) => m.message).join(' ; ') || (i.auditScope === 'process-only' ? 'processus formalisé seulement (nouvel entrant)' : ''))} |`;
  for (const i of result.indicators) lines.push(row(i));
  lines.push('');
  lines.push('**Comment lire ce tableau.** ✅ couvert : les preuves attendues sont là et les contrôles de fond passent. 🟠 partiel : il manque une preuve ou un contrôle échoue. ❌ sans preuve : rien ne se rattache à l’indicateur. ⏳ reporté : nouvel entrant, indicateur audité seulement à la surveillance. ᴹ : indicateur qui n’admet que des non-conformités majeures (arrêté du 6 juin 2019 modifié, art. 5) ; pour les autres, un manque partiel est en général une NC mineure. « Preuves » compte les pièces rattachées à l’indicateur.');
  const practice = result.warnings.filter((w) => w.code === 'PRACTICE_RULE');
  const others = result.warnings.filter((w) => w.code !== 'PRACTICE_RULE' && w.code !== 'MINORS_COUNT_AS_MAJOR');
  if (others.length > 0 || practice.length > 0) {
    lines.push('', '## Points d’interprétation', '');
    for (const w of others) lines.push(`- ${esc(w.message)}`);
    if (practice.length > 0) {
      const labels = practice.map((w) => {
        const id = /« ([^»]+) »/.exec(w.message)?.[1] ?? '';
        const rule = EVIDENCE_RULES.find((r) => r.id === id);
        return esc(rule ? `${rule.label} (ind. ${rule.indicator})` : id);
      });
      lines.push(`- Contrôles issus de la pratique, non imposés tels quels par un texte : ${labels.join(' ; ')}.`);
    }
  }
  lines.push('', '## Références', '');
  for (const r of result.references) lines.push(`- ${esc(r.title)}${r.url ? ` — ${esc(r.url)}` : ''}`);
  lines.push('');
  return lines.join('\n');
}
