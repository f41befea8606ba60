import type { CliIo } from './io.js';

/** Language of messages and reports. */
export type Lang = 'fr' | 'en';

/** Every output format a command may offer. */
export const ALL_FORMATS = ['json', 'text', 'md', 'html', 'pdf', 'docx', 'csv', 'ics', 'xml'] as const;
export type Format = (typeof ALL_FORMATS)[number];

/** Options every command accepts. */
export const COMMON_OPTIONS = ['out', 'format', 'lang', 'json', 'help'] as const;

/** Parsed option values (strings and booleans, as node:util parseArgs gives them). */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** What a command receives. */
export interface CommandContext {
  readonly args: readonly string[];
  readonly options: OptionValues;
  readonly format: Format;
  readonly lang: Lang;
  readonly io: CliIo;
  /** Reports progress on standard error when it is a terminal (nothing otherwise). */
  readonly progress: (message: string) => void;
}

/** What a command produces; the runner writes it to standard output or to `--out`. */
export type CommandOutput =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'files'; readonly files: ReadonlyArray<{ readonly name: string; readonly content: string | Uint8Array }>; readonly summary: string };

/** The result of a command: its output and exit code (1 = a check found problems). */
export interface CommandResult {
  readonly output: CommandOutput;
  readonly exitCode?: 0 | 1;
}

/** One command of `ofkit`. */
export interface Command {
  /** Words of the command, e.g. `['cpf', 'plan']`. */
  readonly path: readonly string[];
  /** Positional arguments, for the usage line, e.g. `['<file>']`. */
  readonly args: readonly string[];
  /** Minimum number of positional arguments (default: those without brackets `[…]`). */
  readonly minArgs?: number;
  readonly summary: { readonly fr: string; readonly en: string };
  /** Options of this command besides the common ones, with their description. */
  readonly options?: Readonly<Record<string, { readonly fr: string; readonly en: string }>>;
  /** Formats offered; the first is the default. */
  readonly formats: readonly Format[];
  /** A runnable example. */
  readonly example: string;
  readonly run: (ctx: CommandContext) => Promise<CommandResult>;
}
