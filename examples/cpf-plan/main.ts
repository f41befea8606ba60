/**
 * CLI: prints the CPF financing plan of a request.
 *
 *   node --import tsx examples/cpf-plan/main.ts examples/data/cpf/01-salarie-rncp-dotation-opco.json
 *   node --import tsx examples/cpf-plan/main.ts request.json --json
 *   node --import tsx examples/cpf-plan/main.ts request.json --option employerDotationExempts
 *
 * The file holds either a request, or `{ "request": …, "options": … }` (options of planCpfFinancing
 * other than `rules`). Invalid input prints every issue with its path and exits with code 2.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OfkitError } from '@ofkit/core';
import { planCpfFinancing, type CpfFinancingOptions, type CpfFinancingRequest } from '@ofkit/cpf';
import { renderPlanFr } from './render.js';

const OPTIONS = ['employerDotationExempts', 'opcoTopUpExempts', 'publicServantExempt', 'capAlsoLimitsAgreementCredits', 'licenceCofinancingMayBeDotation'] as const;

/** Reads a sample file: a request, or `{ description?, request, options? }`. */
export function readSample(path: string): { request: CpfFinancingRequest; options: CpfFinancingOptions; description?: string } {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  if ('request' in data) {
    return {
      request: data['request'] as CpfFinancingRequest,
      options: (data['options'] ?? {}) as CpfFinancingOptions,
      ...(typeof data['description'] === 'string' ? { description: data['description'] } : {}),
    };
  }
  return { request: data as unknown as CpfFinancingRequest, options: {} };
}

function main(argv: string[]): number {
  const file = argv.find((a) => !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--option');
  if (!file) {
    console.error('Usage : main.ts <demande.json> [--json] [--option <nom>]…\nOptions : ' + OPTIONS.join(', '));
    return 1;
  }
  const { request, options, description } = readSample(resolve(file));
  const extra: Record<string, boolean> = {};
  argv.forEach((a, i) => {
    if (a !== '--option') return;
    const name = argv[i + 1];
    if (!name || !(OPTIONS as readonly string[]).includes(name)) throw new Error(`Option inconnue : ${String(name)} (connues : ${OPTIONS.join(', ')})`);
    extra[name] = true;
  });
  try {
    const plan = planCpfFinancing(request, { ...options, ...extra });
    console.log(argv.includes('--json') ? JSON.stringify(plan, null, 2) : renderPlanFr(request, plan, description));
    return 0;
  } catch (e) {
    if (!(e instanceof OfkitError)) throw e;
    if (argv.includes('--json')) console.log(JSON.stringify(e.toJSON(), null, 2));
    else {
      console.error(`Demande invalide (${e.issues.length} problème(s)) :`);
      for (const i of e.issues) console.error(`  - ${i.path.join('.') || '(racine)'} : ${i.message}`);
    }
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
