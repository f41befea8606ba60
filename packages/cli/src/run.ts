/**
 * The `ofkit` command: parses the command line (node:util parseArgs), runs one command, writes its
 * output to standard output or `--out` (whole or not at all), and maps failures to exit codes:
 * 0 success, 1 a check found problems (`docs check`, `validate`), 2 invalid input or usage. Every
 * issue is printed with its path and message in the chosen language, never a stack trace; `--json`
 * prints the OfkitError as JSON on standard error instead.
 */
import { parseArgs } from 'node:util';
import { OfkitError, isOfkitError } from '@ofkit/core';
import { formatPath, issue } from '@ofkit/core/internal';
import { coreCommands } from './commands/core.js';
import { cpfCommands } from './commands/cpf.js';
import { docsCommands } from './commands/docs.js';
import { qualiopiCommands } from './commands/qualiopi.js';
import { writeAllAtomic, writeAtomic, type CliIo } from './io.js';
import { ALL_FORMATS, COMMON_OPTIONS, type Command, type CommandContext, type Format, type Lang } from './types.js';
import { json, tr, usageError } from './util.js';
import { VERSION } from './version.js';

/** Every command, in the order of `ofkit --help`. */
export const COMMANDS: readonly Command[] = [...cpfCommands, ...qualiopiCommands, ...docsCommands, ...coreCommands];

const STRING_OPTIONS = [
  'out', 'format', 'lang', 'options', 'date', 'zone', 'session', 'profile', 'status', 'audit-type', 'font', 'template',
  'enrolments', 'invoices', 'attendance', 'certification-date', 'notified-on', 'grade', 'window-reading', 'from', 'to', 'issued-at',
] as const;
const BOOLEAN_OPTIONS = ['json', 'help', 'version', 'include-excluded', 'bom', 'strict'] as const;

const COMMON_HELP: Record<string, { fr: string; en: string }> = {
  out: { fr: 'écrit le résultat dans ce fichier (entier ou pas du tout) au lieu de la sortie standard', en: 'writes the result to this file (whole or not at all) instead of standard output' },
  format: { fr: 'format de sortie', en: 'output format' },
  lang: { fr: 'langue des messages et rapports : fr (défaut) ou en', en: 'language of messages and reports: fr (default) or en' },
  json: { fr: 'erreurs en JSON (OfkitError) sur la sortie d’erreur', en: 'errors as JSON (OfkitError) on standard error' },
  help: { fr: 'cette aide', en: 'this help' },
};

function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'fr';
  const v = argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
  return v === 'en' ? 'en' : 'fr';
}

function findCommand(positionals: readonly string[]): { command: Command; rest: string[] } | undefined {
  let best: Command | undefined;
  for (const c of COMMANDS) {
    if (c.path.every((w, i) => positionals[i] === w) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best ? { command: best, rest: positionals.slice(best.path.length) } : undefined;
}

function usageLine(c: Command): string {
  return `ofkit ${[...c.path, ...c.args].join(' ')}`;
}

function commandHelp(c: Command, lang: Lang): string {
  const opts = { ...(c.options ?? {}), ...COMMON_HELP };
  const lines = [
    `${tr(lang, 'Usage', 'Usage')} : ${usageLine(c)} [options]`,
    '',
    lang === 'fr' ? c.summary.fr : c.summary.en,
    '',
    tr(lang, 'Options :', 'Options:'),
    ...Object.entries(opts).map(([name, d]) => {
      const extra = name === 'format' ? ` : ${c.formats.join(', ')} (${tr(lang, 'défaut', 'default')} ${c.formats[0]})` : '';
      return `  --${name.padEnd(20)} ${lang === 'fr' ? d.fr : d.en}${extra}`;
    }),
    '',
    tr(lang, '<fichier> peut être « - » (entrée standard).', '<file> may be "-" (standard input).'),
    '',
    tr(lang, 'Exemple :', 'Example:'),
    `  ${c.example}`,
  ];
  return `${lines.join('\n')}\n`;
}

function globalHelp(lang: Lang): string {
  const lines = [
    tr(lang, 'ofkit — les règles des organismes de formation en ligne de commande.', 'ofkit — the rules of French training organisations on the command line.'),
    '',
    tr(lang, 'Commandes :', 'Commands:'),
    ...COMMANDS.map((c) => `  ${usageLine(c).slice(6).padEnd(52)} ${lang === 'fr' ? c.summary.fr : c.summary.en}`),
    '',
    tr(lang, 'Options communes : --out <fichier>, --format <format>, --lang fr|en, --json, --help ; ofkit --version.', 'Common options: --out <file>, --format <format>, --lang fr|en, --json, --help; ofkit --version.'),
    tr(lang, 'Codes de sortie : 0 succès ; 1 une vérification a trouvé des problèmes ; 2 entrée ou usage invalide.', 'Exit codes: 0 success; 1 a check found problems; 2 invalid input or usage.'),
    '',
    tr(lang, 'Exemple :', 'Example:'),
    '  ofkit cpf plan examples/data/cpf/01-salarie-rncp-dotation-opco.json --format text',
    tr(lang, 'Aide d’une commande : ofkit <commande> --help', 'Help on a command: ofkit <command> --help'),
  ];
  return `${lines.join('\n')}\n`;
}

function printError(io: CliIo, e: OfkitError, lang: Lang, asJson: boolean): void {
  if (asJson) {
    io.stderr.write(`${JSON.stringify(e.toJSON())}\n`);
    return;
  }
  const n = e.issues.length;
  io.stderr.write(`ofkit: ${lang === 'fr' ? `${n} problème${n > 1 ? 's' : ''}` : `${n} problem${n > 1 ? 's' : ''}`}\n`);
  for (const i of e.issues) {
    const where = formatPath(i.path);
    io.stderr.write(`  - ${where ? `${where}${lang === 'fr' ? ' : ' : ': '}` : ''}${lang === 'fr' ? i.message : i.messageEn}\n`);
  }
}

function parseError(e: unknown): OfkitError {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const msg = e instanceof Error ? e.message : String(e);
  const opt = /'([^']+)'/.exec(msg)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageError(`Option inconnue : ${opt}. Voir ofkit --help.`, `Unknown option: ${opt}. See ofkit --help.`, [opt]);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usageError(`Valeur manquante ou invalide pour l’option ${opt}.`, `Missing or invalid value for option ${opt}.`, [opt]);
  return usageError(`Ligne de commande invalide : ${msg}`, `Invalid command line: ${msg}`);
}

/**
 * Runs `ofkit` with the arguments after the program name; resolves to the exit code (0, 1 or 2).
 * Output goes to `io.stdout` (or to `--out`), messages to `io.stderr`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { run } from '@ofkit/cli';
 * let out = '';
 * const io = { stdin: [], stdout: { write: (s: string | Uint8Array) => { out += String(s); } }, stderr: { write: () => {} }, cwd: '.' };
 * await run(['validate', 'siren', '732 829 320', '--format', 'text'], io); // 0
 * out; // 'valide : 732829320\n'
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  const asJson = argv.includes('--json');
  try {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(argv);
    } catch (e) {
      throw parseError(e);
    }
    const { values, positionals } = parsed;
    if (values['lang'] !== undefined && values['lang'] !== 'fr' && values['lang'] !== 'en') {
      throw usageError(`--lang : « ${String(values['lang'])} » inconnu ; valeurs : fr, en.`, `--lang: unknown "${String(values['lang'])}"; values: fr, en.`, ['--lang']);
    }
    if (values['version'] === true && positionals.length === 0) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (positionals.length === 0) {
      if (values['help'] === true) {
        io.stdout.write(globalHelp(lang));
        return 0;
      }
      throw usageError('Commande manquante. Voir ofkit --help.', 'Missing command. See ofkit --help.');
    }
    const found = findCommand(positionals);
    if (!found) {
      const words = positionals.slice(0, 2).join(' ');
      const group = COMMANDS.filter((c) => c.path[0] === positionals[0]);
      const hint = group.length > 0 ? group.map((c) => c.path.join(' ')).join(', ') : 'ofkit --help';
      throw usageError(`Commande inconnue : « ${words} ». Voir : ${hint}.`, `Unknown command: "${words}". See: ${hint}.`, [positionals[0]!]);
    }
    const { command, rest } = found;
    if (values['help'] === true) {
      io.stdout.write(commandHelp(command, lang));
      return 0;
    }
    const allowed = new Set<string>([...COMMON_OPTIONS, ...Object.keys(command.options ?? {})]);
    for (const [name, v] of Object.entries(values)) {
      if (v !== undefined && !allowed.has(name)) {
        throw usageError(`Option --${name} inconnue pour « ofkit ${command.path.join(' ')} ». Voir ofkit ${command.path.join(' ')} --help.`, `Option --${name} is unknown to "ofkit ${command.path.join(' ')}". See ofkit ${command.path.join(' ')} --help.`, [`--${name}`]);
      }
    }
    const min = command.minArgs ?? command.args.filter((a) => a.startsWith('<')).length;
    if (rest.length < min || rest.length > command.args.length) {
      throw usageError(
        `Arguments : ${usageLine(command)} (${rest.length < min ? 'argument manquant' : 'argument en trop'}).`,
        `Arguments: ${usageLine(command)} (${rest.length < min ? 'missing argument' : 'too many arguments'}).`,
      );
    }
    const format = (values['format'] as string | undefined) ?? command.formats[0]!;
    if (!command.formats.includes(format as Format)) {
      const known = (ALL_FORMATS as readonly string[]).includes(format);
      throw usageError(
        `${known ? 'Format non disponible' : 'Format inconnu'} pour « ofkit ${command.path.join(' ')} » : ${format}. Formats : ${command.formats.join(', ')}.`,
        `${known ? 'Format not available' : 'Unknown format'} for "ofkit ${command.path.join(' ')}": ${format}. Formats: ${command.formats.join(', ')}.`,
        ['--format'],
      );
    }
    const ctx: CommandContext = {
      args: rest,
      options: values,
      format: format as Format,
      lang,
      io,
      progress: (m) => {
        if (io.stderr.isTTY) io.stderr.write(`\r${m}\x1b[K`);
      },
    };
    const result = await command.run(ctx);
    if (io.stderr.isTTY) io.stderr.write('\r\x1b[K');
    const out = values['out'] as string | undefined;
    const o = result.output;
    if (o.kind === 'files') {
      await writeAllAtomic(io, out!, o.files);
      io.stderr.write(`${o.summary}\n`);
    } else {
      const content = o.kind === 'json' ? json(o.value) : o.kind === 'text' ? o.text : o.bytes;
      if (out !== undefined) await writeAtomic(io, out, content);
      else io.stdout.write(content);
    }
    return result.exitCode ?? 0;
  } catch (e) {
    const err = isOfkitError(e)
      ? e
      : new OfkitError('INTERNAL', [issue([], 'internal', `Erreur inattendue : ${e instanceof Error ? e.message : String(e)}`, `Unexpected error: ${e instanceof Error ? e.message : String(e)}`)]);
    printError(io, err, lang, asJson);
    return 2;
  }
}

// Negative numbers (`add-working-days 2026-04-27 -3`) are arguments, not short options: they are
// masked from parseArgs and restored afterwards.
const NEGATIVE = /^-\d+(\.\d+)?$/;
const MASK = '\u0000';

function parse(argv: readonly string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const o of STRING_OPTIONS) options[o] = { type: 'string' };
  for (const o of BOOLEAN_OPTIONS) options[o] = { type: 'boolean' };
  const r = parseArgs({ args: argv.map((a) => (NEGATIVE.test(a) ? MASK + a : a)), options, allowPositionals: true, strict: true });
  const unmask = (v: string) => (v.startsWith(MASK) ? v.slice(1) : v);
  const values: Record<string, string | boolean | undefined> = {};
  for (const [k, v] of Object.entries(r.values)) values[k] = typeof v === 'string' ? unmask(v) : (v as boolean | undefined);
  return { values, positionals: r.positionals.map(unmask) };
}
