/**
 * @packageDocumentation
 * `@ofkit/cli`: the `ofkit` command. Installed globally (`npm i -g @ofkit/cli`) it runs every
 * capability of ofkit from a shell — JSON and French spreadsheet (CSV) files in, documents and
 * reports out. This entry exposes the same command in-process: {@link run}.
 */
export { run, COMMANDS } from './run.js';
export type { CliIo } from './io.js';
export type { Command, CommandContext, CommandOutput, CommandResult, Format, Lang } from './types.js';
