/**
 * `ofkit cpf plan|rights|deadlines|dotation`: the CPF functions of @ofkit/cpf. Each command's call
 * into the library is one adapter function, so that it can be re-wired when the library changes.
 */
import { formatEur } from '@ofkit/core';
import {
  cpfPlatformDeadlines,
  dotationStatus,
  planCpfFinancing,
  projectCpfRights,
  type CpfDeadlinesInput,
  type CpfFinancingOptions,
  type CpfFinancingPlan,
  type CpfFinancingRequest,
  type CpfRightsHistory,
  type DotationInput,
} from '@ofkit/cpf';
import { readJson } from '../io.js';
import type { Command, CommandContext, CommandResult, Lang } from '../types.js';
import { dateOpt, isRecord, opt, requiredOpt, tr } from '../util.js';

/** Adapter: `planCpfFinancing`. */
export function cpfPlanAdapter(request: unknown, options: unknown): CpfFinancingPlan {
  return planCpfFinancing(request as CpfFinancingRequest, (options ?? {}) as CpfFinancingOptions);
}

/** Adapter: `projectCpfRights`. */
export function cpfRightsAdapter(history: unknown): ReturnType<typeof projectCpfRights> {
  return projectCpfRights(history as CpfRightsHistory);
}

/** Adapter: `cpfPlatformDeadlines`. */
export function cpfDeadlinesAdapter(input: unknown): ReturnType<typeof cpfPlatformDeadlines> {
  return cpfPlatformDeadlines(input as CpfDeadlinesInput);
}

/** Adapter: `dotationStatus`. */
export function cpfDotationAdapter(dotation: unknown, date: string): ReturnType<typeof dotationStatus> {
  return dotationStatus(dotation as DotationInput, date);
}

/** A file holding `{ request, options? }` (as in examples/data/cpf) or the request itself. */
function unwrapRequest(data: unknown): { request: unknown; options?: unknown } {
  if (isRecord(data) && 'request' in data && !('purchaseDate' in data)) return { request: data['request'], options: data['options'] };
  return { request: data };
}

function planText(plan: CpfFinancingPlan, lang: Lang): string {
  const out: string[] = [];
  out.push(tr(lang, `Éligible : ${plan.eligible ? 'oui' : 'non'}`, `Eligible: ${plan.eligible ? 'yes' : 'no'}`));
  for (const i of plan.issues) out.push(`  - ${tr(lang, i.message, i.messageEn)}`);
  for (const l of plan.lines) {
    const source = l.source === 'acquired-rights' ? tr(lang, 'droits acquis', 'acquired rights') : tr(lang, `« ${l.source} »`, `"${l.source}"`);
    out.push(tr(lang, `Niveau ${l.level} — ${source} : ${formatEur(l.amount)}`, `Level ${l.level} — ${source}: EUR ${l.amount}`));
  }
  const p = plan.participation;
  const why = lang === 'fr' ? p.reason : (p.reasonEn ?? p.reason);
  out.push(tr(lang, `Participation forfaitaire : ${formatEur(p.amount)}${p.exempt ? ' (exonéré)' : ''}`, `Flat-rate contribution: EUR ${p.amount}${p.exempt ? ' (exempt)' : ''}`) + (why ? ` — ${why}` : ''));
  out.push(tr(lang, `Reste à charge du titulaire : ${formatEur(plan.holderPays)}`, `Holder pays: EUR ${plan.holderPays}`));
  out.push('', tr(lang, 'Explication :', 'Explanation:'));
  for (const s of plan.explanation) out.push(`  - ${lang === 'fr' ? s.label : (s.labelEn ?? s.label)}`);
  if (plan.warnings.length > 0) {
    out.push('', tr(lang, 'Avertissements :', 'Warnings:'));
    for (const w of plan.warnings) out.push(`  - ${tr(lang, w.message, w.messageEn)}`);
  }
  return `${out.join('\n')}\n`;
}

const file = (ctx: CommandContext): string => ctx.args[0]!;

export const cpfCommands: Command[] = [
  {
    path: ['cpf', 'plan'],
    args: ['<file>'],
    summary: { fr: 'Plan de financement CPF d’un achat (planCpfFinancing).', en: 'CPF financing plan of a purchase (planCpfFinancing).' },
    options: { options: { fr: 'fichier JSON des options (lectures alternatives nommées)', en: 'JSON file of options (named alternative readings)' } },
    formats: ['json', 'text'],
    example: 'ofkit cpf plan examples/data/cpf/01-salarie-rncp-dotation-opco.json --format text',
    async run(ctx): Promise<CommandResult> {
      const { request, options } = unwrapRequest(await readJson(ctx.io, file(ctx)));
      const optFile = opt(ctx, 'options');
      const plan = cpfPlanAdapter(request, optFile !== undefined ? await readJson(ctx.io, optFile) : options);
      return { output: ctx.format === 'text' ? { kind: 'text', text: planText(plan, ctx.lang) } : { kind: 'json', value: plan } };
    },
  },
  {
    path: ['cpf', 'rights'],
    args: ['<file>'],
    summary: { fr: 'Projection des droits CPF acquis année par année (projectCpfRights).', en: 'Projection of the CPF rights earned year by year (projectCpfRights).' },
    formats: ['json'],
    example: 'ofkit cpf rights examples/cli/data/cpf-droits.json',
    async run(ctx) {
      return { output: { kind: 'json', value: cpfRightsAdapter(await readJson(ctx.io, file(ctx))) } };
    },
  },
  {
    path: ['cpf', 'deadlines'],
    args: ['<file>'],
    summary: { fr: 'Délais de la plateforme (CGU EDOF) à partir de la proposition de commande (cpfPlatformDeadlines).', en: 'Platform deadlines (EDOF terms) from the order proposal (cpfPlatformDeadlines).' },
    formats: ['json'],
    example: 'ofkit cpf deadlines examples/cli/data/cpf-delais.json',
    async run(ctx) {
      return { output: { kind: 'json', value: cpfDeadlinesAdapter(await readJson(ctx.io, file(ctx))) } };
    },
  },
  {
    path: ['cpf', 'dotation'],
    args: ['<file>'],
    summary: { fr: 'État d’une dotation à une date : utilisable, expirée, remboursable (dotationStatus).', en: 'State of a dotation on a date: usable, expired, refundable (dotationStatus).' },
    options: { date: { fr: 'date d’évaluation (aaaa-mm-jj), requise', en: 'date of assessment (yyyy-mm-dd), required' } },
    formats: ['json'],
    example: 'ofkit cpf dotation examples/cli/data/cpf-dotation.json --date 2026-12-01',
    async run(ctx) {
      requiredOpt(ctx, 'date');
      const date = dateOpt(ctx, 'date')!;
      return { output: { kind: 'json', value: cpfDotationAdapter(await readJson(ctx.io, file(ctx)), date) } };
    },
  },
];
