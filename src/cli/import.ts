/**
 * `newslens import --format w3c|brat FILE... [--folder DIR]`: brat .ann files and W3C JSON-LD
 * back into the sources' sidecars, merged through the annotation module (existing annotations,
 * comments and reviews survive; importing twice adds nothing). FILE may be a folder: its .ann /
 * .jsonld files are found recursively and map onto the same relative paths under DIR (default:
 * the folder holding them).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildTarget, prepareText, reanchor, type PreparedText } from '../core/annotations/anchor';
import { systemIdSource } from '../core/annotations/ids';
import { createSidecar, isWritable } from '../core/annotations/sidecar';
import { importBrat, importIntoSidecar, importW3c, resolveW3cTarget, type ImportedAnnotation } from '../core/exports/index';
import { normalizeText } from '../core/text/normalize';
import { parseArgs, UsageError } from './args';
import { processOutput, type CliOutput } from './export';
import { readSource } from '../node/readSource';
import { loadSidecar, resolveInWorkspace, saveSidecar, sidecarPathFor } from './sidecarFiles';

const EXTENSIONS = { brat: ['.ann'], w3c: ['.jsonld', '.json'] } as const;
type ImportFormat = keyof typeof EXTENSIONS;

/** An input file, with the folder its relative path counts from. */
interface Input {
  file: string;
  root: string;
  relative: string;
}

export async function runImport(argv: string[], io: CliOutput = processOutput): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, [], ['format', 'folder', 'base-iri']);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message);
    throw error;
  }
  const format = args.values.get('format') as ImportFormat | undefined;
  if (!format || !(format in EXTENSIONS)) return usage(io, '--format must be w3c or brat');
  if (args.positional.length === 0) return usage(io, 'name the files (or folders) to import');
  const folderArg = args.values.get('folder');
  const inputs = await collectInputs(args.positional, EXTENSIONS[format]);
  if (inputs.length === 0) return usage(io, `no ${EXTENSIONS[format].join(' or ')} files in ${args.positional.join(', ')}`);

  let failures = 0;
  const problem = (where: string, message: string): void => {
    io.err(`newslens: ${where}: ${message}`);
    failures++;
  };
  /** Imported annotations by absolute source path. */
  const bySource = new Map<string, ImportedAnnotation[]>();
  const texts = new Map<string, PreparedText>();
  const sourceText = async (file: string): Promise<PreparedText | null> => {
    if (!texts.has(file)) {
      const read = await readSource(file);
      if (!read.ok) return null;
      texts.set(file, prepareText(normalizeText(read.text)));
    }
    return texts.get(file)!;
  };
  const add = (source: string, items: ImportedAnnotation[]): void => {
    bySource.set(source, [...(bySource.get(source) ?? []), ...items]);
  };

  for (const input of inputs) {
    const label = path.relative(process.cwd(), input.file) || input.file;
    const folder = path.resolve(folderArg ?? input.root);
    const content = await fs.readFile(input.file, 'utf8').catch((error: Error) => problem(label, error.message));
    if (typeof content !== 'string') continue;
    if (format === 'brat') {
      const relativeSource = input.relative.replace(/\.ann$/, '.txt');
      const source = resolveInWorkspace(folder, relativeSource);
      const destination = source ? await sourceText(source) : null;
      if (!source || !destination) {
        problem(label, `no source ${path.join(folder, relativeSource)} to import into`);
        continue;
      }
      // Offsets count over the .txt brat shows, next to the .ann; the source may have changed since.
      const bratText = await readSource(path.join(input.root, relativeSource));
      const parsed = importBrat(content, bratText.ok ? bratText.text : destination.text);
      for (const p of parsed.problems) problem(`${label}:${p.line ?? 1}`, p.message);
      add(source, retarget(parsed.items, destination, (m) => problem(label, m)));
    } else {
      const parsed = importW3c(content, { documentPath: input.relative.split(path.sep).join('/'), baseIri: args.values.get('base-iri') });
      for (const p of parsed.problems) problem(label, p.message);
      for (const annotation of parsed.annotations) {
        const source = resolveInWorkspace(folder, annotation.source);
        const prepared = source ? await sourceText(source) : null;
        if (!source || !prepared) {
          problem(label, `no source ${annotation.source} under ${folder}; annotation skipped`);
          continue;
        }
        const target = resolveW3cTarget(annotation.selector, prepared);
        if (!target) problem(label, `${JSON.stringify(annotation.selector.exact ?? '')} is not in ${annotation.source}; skipped`);
        else add(source, [{ ...(annotation.id ? { id: annotation.id } : {}), fields: annotation.fields, target }]);
      }
    }
  }

  for (const [source, items] of bySource) {
    const sidecarFile = sidecarPathFor(source);
    const label = path.relative(process.cwd(), sidecarFile) || sidecarFile;
    const loaded = await loadSidecar(sidecarFile);
    if (!loaded.ok) {
      problem(label, loaded.message);
      continue;
    }
    if (loaded.sidecar && !isWritable(loaded.sidecar)) {
      const first = loaded.sidecar.issues.find((i) => i.severity === 'error')!;
      problem(label, `${first.line}:${first.column}: ${first.message} - not modified (run newslens check)`);
      continue;
    }
    const prepared = texts.get(source)!;
    const sidecar = loaded.sidecar ?? createSidecar(path.basename(source), prepared.hash);
    try {
      const summary = importIntoSidecar(sidecar, items, prepared, systemIdSource);
      await saveSidecar(sidecarFile, sidecar, loaded.text);
      io.err(`newslens import: ${label}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged`);
    } catch (error) {
      problem(label, (error as Error).message);
    }
  }
  return failures > 0 ? 1 : 0;
}

/** Targets read against one text, found again in the source's current text (orphans reported). */
function retarget(items: ImportedAnnotation[], prepared: PreparedText, problem: (message: string) => void): ImportedAnnotation[] {
  const out: ImportedAnnotation[] = [];
  for (const item of items) {
    const found = reanchor(item.target, prepared);
    if (found.status === 'orphan') problem(`${JSON.stringify(item.target.exact)} is not in the source any more; skipped`);
    else out.push({ ...item, target: buildTarget(prepared, found.start!, found.end!) });
  }
  return out;
}

async function collectInputs(args: string[], extensions: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    const file = path.resolve(arg);
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isDirectory()) {
      const walk = async (dir: string): Promise<void> => {
        for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
          if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) await walk(full);
          else if (extensions.some((e) => entry.name.endsWith(e))) inputs.push({ file: full, root: file, relative: path.relative(file, full) });
        }
      };
      await walk(file);
    } else {
      inputs.push({ file, root: path.dirname(file), relative: path.basename(file) });
    }
  }
  return inputs.sort((a, b) => (a.file < b.file ? -1 : 1));
}

function usage(io: CliOutput, message: string): number {
  io.err(`newslens import: ${message}`);
  return 2;
}
