import { closeSync, constants, fstatSync, openSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeArticleBytes } from '../core/text/articleBytes';
import { normalizeText } from '../core/text/normalize';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type ReadOutcome =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: 'missing' | 'binary' | 'too-large' | 'unreadable'; message: string };

/**
 * Reads an article file as text: UTF-8 (with or without BOM), UTF-16 with a BOM, or
 * Windows-1252 when the bytes are not valid UTF-8. Binary files are refused.
 */
export async function readSource(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadOutcome> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, OPEN_FLAGS);
  } catch (error) {
    return cannotOpen(file, error);
  }
  try {
    const refused = refusal(file, await handle.stat(), maxBytes);
    if (refused) return refused;
    return decodedSource(file, await handle.readFile());
  } catch (error) {
    return unreadable(file, error);
  } finally {
    await handle.close();
  }
}

/**
 * Files are opened once, and what is checked (a regular file, its size) is the file then read. Not
 * blocking: opening a named pipe (a FIFO) for reading otherwise waits for a writer, before fstat
 * can tell it is no regular file. (No such flag on Windows, where opening a pipe does not wait.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A file that cannot be opened: missing when it (or a folder on its path) is not there, else unreadable. */
function cannotOpen(file: string, error: unknown): Refusal {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? missing(file) : unreadable(file, error);
}

/** readSource for a thread that may wait on the disk: an analysis worker reading the files it analyses. */
export function readSourceSync(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadOutcome {
  const read = readSourceBytesSync(file, maxBytes);
  return read.ok ? decodedSource(file, read.bytes) : read;
}

/**
 * readSourceSync's bytes, not decoded yet (see decodedSource): the analysis worker sends a UTF-8
 * file's own bytes on as its text's, where encoding the text again would make the same bytes.
 */
export function readSourceBytesSync(file: string, maxBytes = DEFAULT_MAX_BYTES): { ok: true; bytes: Uint8Array } | Refusal {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    return cannotOpen(file, error);
  }
  try {
    const stat = fstatSync(fd);
    const refused = refusal(file, stat, maxBytes);
    if (refused) return refused;
    // (readFileSync reads an open file to its end, as the handle's readFile does for readSource.)
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return unreadable(file, error);
  } finally {
    closeSync(fd);
  }
}

export type Refusal = Extract<ReadOutcome, { ok: false }>;

function missing(file: string): Refusal {
  return { ok: false, reason: 'missing', message: `${file}: no such file` };
}

function refusal(file: string, stat: { isFile(): boolean; size: number }, maxBytes: number): Refusal | null {
  if (!stat.isFile()) return { ok: false, reason: 'unreadable', message: `${file}: not a regular file` };
  if (stat.size > maxBytes) {
    return { ok: false, reason: 'too-large', message: `${file}: ${stat.size} bytes is over the ${maxBytes}-byte limit (--max-size)` };
  }
  return null;
}

function unreadable(file: string, error: unknown): Refusal {
  return { ok: false, reason: 'unreadable', message: `${file}: ${(error as Error).message}` };
}

/** A file's bytes as readSource gives them: its text, or why it is skipped (binary). */
export function decodedSource(file: string, bytes: Uint8Array): ReadOutcome {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded) return { ok: false, reason: 'binary', message: `${file}: looks binary, skipped` };
  return { ok: true, ...decoded };
}

/**
 * CorpusIndexOptions.readText for a folder on disk: a file's normalized text by its path relative to
 * `root` (forward slashes), read as readSource reads it; undefined when it cannot be read now.
 */
export function folderTexts(root: string, maxBytes = DEFAULT_MAX_BYTES): (file: string) => string | undefined {
  return (file) => {
    const outcome = readSourceSync(path.join(root, ...file.split('/')), maxBytes);
    return outcome.ok ? normalizeText(outcome.text) : undefined;
  };
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text']);

/** Expands folders into their article files (recursively, sorted); files named directly are kept. */
export async function collectSources(inputs: string[]): Promise<{ root: string; files: string[] }> {
  const files: string[] = [];
  let root = inputs.length === 1 ? path.resolve(inputs[0]!) : process.cwd();
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) {
      await walk(path.resolve(input), files);
    } else {
      files.push(path.resolve(input));
    }
  }
  if (inputs.length === 1 && !(await fs.stat(inputs[0]!).catch(() => null))?.isDirectory()) root = path.dirname(root);
  return { root, files: [...new Set(files)].sort() };
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}
