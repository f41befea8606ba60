/**
 * Files in and out for the `ofkit` command: `-` is standard input, every output is written whole or
 * not at all (a temporary file in the same directory, then a rename), and every failure is an
 * {@link OfkitError} with the file as its path (never a stack trace).
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OfkitError } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';

/** Where the command reads and writes: the process's streams, or in-memory ones in tests. */
export interface CliIo {
  /** Standard input, read when a file argument is `-`. */
  readonly stdin: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  readonly stdout: { write(chunk: string | Uint8Array): unknown };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean };
  /** Directory against which relative paths are resolved. */
  readonly cwd: string;
}

/** An error about a file given on the command line (missing, unreadable, not JSON…). */
export function fileError(file: string, code: string, fr: string, en: string): OfkitError {
  return new OfkitError('INVALID_INPUT', [issue([file], code, fr, en)]);
}

function nodeCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** Resolves a path given on the command line. */
export function pathOf(io: CliIo, file: string): string {
  return resolve(io.cwd, file);
}

function readFailure(file: string, e: unknown): OfkitError {
  const code = nodeCode(e);
  if (code === 'ENOENT') return fileError(file, 'file_not_found', `Fichier introuvable : ${file}.`, `File not found: ${file}.`);
  if (code === 'EISDIR') return fileError(file, 'is_a_directory', `${file} est un dossier, un fichier est attendu.`, `${file} is a directory, a file is expected.`);
  if (code === 'EACCES') return fileError(file, 'permission_denied', `Lecture refusée : ${file}.`, `Permission denied: ${file}.`);
  return fileError(file, 'read_failed', `Lecture impossible : ${file}.`, `Cannot read ${file}.`);
}

/** Reads a file (or standard input for `-`) as bytes. */
export async function readBytes(io: CliIo, file: string): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Uint8Array[] = [];
    for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(pathOf(io, file));
  } catch (e) {
    throw readFailure(file, e);
  }
}

/** Reads a UTF-8 text file (or standard input), without its byte-order mark. */
export async function readText(io: CliIo, file: string): Promise<string> {
  const text = Buffer.from(await readBytes(io, file)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text; a syntax error becomes an issue with the file and the line. */
export function parseJsonText(text: string, file: string): unknown {
  if (text.trim() === '') {
    const what = file === '-' ? 'L’entrée standard est vide' : `${file} est vide`;
    const whatEn = file === '-' ? 'Standard input is empty' : `${file} is empty`;
    throw fileError(file, 'empty_input', `${what} : du JSON est attendu.`, `${whatEn}: JSON is expected.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    const pos = m ? Number(m[1]) : undefined;
    const line = pos !== undefined ? text.slice(0, pos).split('\n').length : undefined;
    const where = line !== undefined ? ` (ligne ${line})` : '';
    const whereEn = line !== undefined ? ` (line ${line})` : '';
    return thrower(fileError(file, 'invalid_json', `${file} n’est pas du JSON valide${where}.`, `${file} is not valid JSON${whereEn}.`));
  }
}

function thrower(e: Error): never {
  throw e;
}

/** Reads and parses a JSON file (or standard input). */
export async function readJson(io: CliIo, file: string): Promise<unknown> {
  return parseJsonText(await readText(io, file), file);
}

/** Lines of a text file or of standard input, read as a stream (bounded memory). */
export async function* readLines(io: CliIo, file: string): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  let input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  if (file === '-') input = io.stdin;
  else {
    try {
      const st = await stat(pathOf(io, file));
      if (st.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    } catch (e) {
      throw readFailure(file, e);
    }
    input = createReadStream(pathOf(io, file));
  }
  const { Readable } = await import('node:stream');
  const rl = createInterface({ input: input instanceof Readable ? input : Readable.from(input), crlfDelay: Infinity });
  let first = true;
  for await (const line of rl) {
    yield first && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    first = false;
  }
}

/** The entries of a directory, or an issue when it is not one. */
export async function listDir(io: CliIo, dir: string): Promise<string[]> {
  try {
    return (await readdir(pathOf(io, dir))).sort();
  } catch (e) {
    const code = nodeCode(e);
    if (code === 'ENOENT') throw fileError(dir, 'file_not_found', `Dossier introuvable : ${dir}.`, `Directory not found: ${dir}.`);
    if (code === 'ENOTDIR') throw fileError(dir, 'not_a_directory', `${dir} n’est pas un dossier.`, `${dir} is not a directory.`);
    throw readFailure(dir, e);
  }
}

/** True when the path is a directory. */
export async function isDirectory(io: CliIo, path: string): Promise<boolean> {
  if (path === '-') return false;
  try {
    return (await stat(pathOf(io, path))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes `content` to `out` whole or not at all: a temporary file beside it, then a rename (atomic on
 * one file system). On failure nothing is left behind.
 */
export async function writeAtomic(io: CliIo, out: string, content: string | Uint8Array): Promise<void> {
  const target = pathOf(io, out);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(tmp, content);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw fileError(out, 'write_failed', `Écriture impossible : ${out}.`, `Cannot write ${out}.`);
  }
}

/**
 * Writes several files into the directory `out`, all or none: into a temporary directory beside it,
 * then each file is renamed into place (a failure before the renames leaves nothing written).
 */
export async function writeAllAtomic(io: CliIo, out: string, files: ReadonlyArray<{ name: string; content: string | Uint8Array }>): Promise<void> {
  const target = pathOf(io, out);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(tmp, { recursive: true });
    for (const f of files) await writeFile(join(tmp, f.name), f.content);
    await mkdir(target, { recursive: true });
    for (const f of files) await rename(join(tmp, f.name), join(target, f.name));
  } catch {
    throw fileError(out, 'write_failed', `Écriture impossible : ${out}.`, `Cannot write ${out}.`);
  } finally {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}
