/**
 * The node host for annotation sidecars: reading with a size limit, atomic writes (temporary
 * file + rename in the same folder, so a crash mid-write leaves the old file), refusing to
 * overwrite files that do not parse or changed on disk, and `scan --write`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { prepareText, type PreparedText } from '../core/annotations/anchor';
import { mergeDetected, type MergeSummary } from '../core/annotations/detected';
import { systemIdSource } from '../core/annotations/ids';
import { createSidecar, isWritable, parseSidecar, serializeSidecar, type Sidecar } from '../core/annotations/sidecar';
import { SIDECAR_SUFFIX } from '../core/annotations/types';
import type { ScanResult, SourceReport } from '../core/model';
import { decodeYamlBytes } from '../core/text/articleBytes';
import { normalizeText } from '../core/text/normalize';
import { readSource } from '../node/readSource';
import { mentionCountOf, quoteCountOf } from '../core/reportFields';

export const DEFAULT_MAX_SIDECAR_BYTES = 8 * 1024 * 1024;

export function sidecarPathFor(sourcePath: string): string {
  return sourcePath + SIDECAR_SUFFIX;
}

export function sourcePathFor(sidecarPath: string): string | null {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : null;
}

export type SidecarLoad =
  | { ok: true; sidecar: Sidecar; /** The file's text as read, null when there was no file. */ text: string | null }
  | { ok: false; reason: 'too-large' | 'unreadable'; message: string };

/** Reads and parses a sidecar; a missing file gives null text (callers may create one). */
export async function loadSidecar(file: string, maxBytes = DEFAULT_MAX_SIDECAR_BYTES): Promise<SidecarLoad | { ok: true; sidecar: null; text: null }> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return { ok: true, sidecar: null, text: null };
  }
  if (!stat.isFile()) return { ok: false, reason: 'unreadable', message: `${file}: not a regular file` };
  if (stat.size > maxBytes) {
    return { ok: false, reason: 'too-large', message: `${file}: ${stat.size} bytes is over the ${maxBytes}-byte sidecar limit; not read or changed` };
  }
  let text: string;
  try {
    text = decodeYamlBytes(await fs.readFile(file));
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `${file}: ${(error as Error).message}; not changed` };
  }
  return { ok: true, sidecar: parseSidecar(text, maxBytes), text };
}

/**
 * Writes a sidecar atomically. Refuses (throws) when the sidecar has errors or when the file
 * on disk is no longer `expectedText` (someone changed it since it was read). Returns false
 * when the serialized text equals what is there, so nothing is rewritten.
 */
export async function saveSidecar(file: string, sidecar: Sidecar, expectedText: string | null): Promise<boolean> {
  const text = serializeSidecar(sidecar); // throws SidecarNotWritableError for broken files
  const current = await fs.readFile(file).then(
    (bytes) => decodeYamlBytes(bytes),
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)),
  );
  if (current !== expectedText) throw new Error(`${file} changed on disk since it was read; not overwritten`);
  if (current === text) return false;
  await writeFileAtomic(file, text);
  return true;
}

/** Temporary file in the same folder, flushed, then renamed over the target. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Every `*.annotations.yaml` under the folder (recursive, sorted; dot folders and node_modules skipped). */
export async function collectSidecars(folder: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.endsWith(SIDECAR_SUFFIX)) out.push(full);
    }
  };
  await walk(path.resolve(folder));
  return out.sort();
}

/** The absolute path of a link target if it stays inside the workspace root, else null. */
export function resolveInWorkspace(root: string, relative: string): string | null {
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, relative);
  const inside = path.relative(resolvedRoot, resolved);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside) ? resolved : null;
}

/**
 * `scan --write`: merges each source's detected entities and quotes into its sidecar.
 * Returns the number of sources whose sidecar could not be written.
 */
export async function writeDetectedAnnotations(root: string, result: ScanResult, maxBytes: number, log: (line: string) => void): Promise<number> {
  const entityNames = new Map(result.entities.map((e) => [e.id, e.name]));
  let failures = 0;
  for (const report of result.sources) {
    const sourceFile = path.join(root, ...report.file.split('/'));
    const sidecarFile = sidecarPathFor(sourceFile);
    const label = path.relative(process.cwd(), sidecarFile) || sidecarFile;
    try {
      const outcome = await writeOne(sourceFile, sidecarFile, report, entityNames, maxBytes);
      if (typeof outcome === 'string') {
        log(`${label}: ${outcome}`);
        failures++;
      } else if (outcome) {
        log(`${label}: ${outcome.added} added, ${outcome.updated} updated, ${outcome.kept} reviewed kept as they are`);
      }
    } catch (error) {
      log(`${label}: ${(error as Error).message}`);
      failures++;
    }
  }
  return failures;
}

async function writeOne(
  sourceFile: string,
  sidecarFile: string,
  report: SourceReport,
  entityNames: ReadonlyMap<string, string>,
  maxBytes: number,
): Promise<MergeSummary | string | null> {
  const source = await readSource(sourceFile, maxBytes);
  if (!source.ok) return source.message;
  const prepared = prepareText(normalizeText(source.text));
  if (!matchesReport(prepared, report)) return 'source changed during the scan; not written';
  const loaded = await loadSidecar(sidecarFile);
  if (!loaded.ok) return loaded.message;
  if (loaded.sidecar && !isWritable(loaded.sidecar)) {
    const first = loaded.sidecar.issues.find((i) => i.severity === 'error')!;
    return `${first.line}:${first.column}: ${first.message} - file not modified (run newslens check)`;
  }
  if (!loaded.sidecar && mentionCountOf(report) + quoteCountOf(report) === 0) return null;
  const sidecar = loaded.sidecar ?? createSidecar(path.basename(sourceFile), prepared.hash);
  const summary = mergeDetected(sidecar, report, prepared, { ids: systemIdSource, entityNames });
  const written = await saveSidecar(sidecarFile, sidecar, loaded.text);
  return written ? summary : null;
}

/**
 * The report's offsets still point at its texts in this file (it did not change meanwhile).
 * Quote texts are compared with whitespace collapsed, as quotes may span paragraphs.
 */
function matchesReport(prepared: PreparedText, report: SourceReport): boolean {
  const slice = (start: number, end: number): string => prepared.text.slice(prepared.offsets.toUtf16(start), prepared.offsets.toUtf16(end));
  const loose = (s: string): string => s.replace(/\s+/g, ' ').trim();
  return (
    report.entities.every((m) => slice(m.start, m.end) === m.text) &&
    report.quotes.every((q) => loose(slice(q.start, q.end)).includes(loose(q.text)) || loose(q.text).includes(loose(slice(q.start, q.end))))
  );
}
