/**
 * `newslens export [folder] --format w3c|brat|csv [--out DIR] [--detected]`: the annotations
 * stored in the sidecars (or, with --detected, the engine's entities and quotes merged with
 * them) in formats other tools read. The formats themselves are pure (src/core/exports);
 * this file reads the folder and writes the files.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { prepareText } from '../core/annotations/anchor';
import { mergeDetected } from '../core/annotations/detected';
import { mulberry32 } from '../core/annotations/ids';
import { createSidecar, isWritable, parseSidecar, type Sidecar } from '../core/annotations/sidecar';
import { CorpusIndex } from '../core/corpus/index';
import { REGISTRY_FILE_NAME } from '../core/corpus/registry';
import { decodeYamlBytes } from '../core/text/articleBytes';
import { exportAnnotations, EXPORT_FORMATS, type ExportFormat, type ExportOptions, type ExportSource } from '../core/exports/index';
import { normalizeText } from '../core/text/normalize';
import { parseArgs, UsageError } from './args';
import { collectSources, DEFAULT_MAX_BYTES, readSource } from '../node/readSource';
import { loadSidecar, sidecarPathFor } from './sidecarFiles';

export interface CliOutput {
  /** Data written to stdout (`--out -`). */
  out(text: string): void;
  /** Messages and the summary (stderr). */
  err(line: string): void;
}

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(line + '\n'),
};

export async function runExport(argv: string[], io: CliOutput = processOutput): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['detected', 'excel-bom'], ['format', 'out', 'base-iri', 'max-size']);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message);
    throw error;
  }
  const format = args.values.get('format') as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) return usage(io, `--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (args.positional.length > 1) return usage(io, 'name one folder');
  const folder = path.resolve(args.positional[0] ?? '.');
  if (!(await fs.stat(folder).catch(() => null))?.isDirectory()) return usage(io, `${folder} is not a folder`);
  const outArg = args.values.get('out');
  if (outArg === '-' && format !== 'csv') return usage(io, '--out - (stdout) works for --format csv only');
  const maxBytes = args.values.has('max-size') ? Number(args.values.get('max-size')) : DEFAULT_MAX_BYTES;

  const outDir = outArg && outArg !== '-' ? path.resolve(outArg) : folder;
  // An --out folder inside the folder holds earlier exports (brat copies of the texts): not sources.
  const insideOut = (file: string): boolean => outDir !== folder && file.startsWith(outDir + path.sep);
  const files = (await collectSources([folder])).files.filter((file) => !insideOut(file));
  let failures = 0;
  const report = (file: string, message: string): void => io.err(`newslens: ${file}: ${message}`);
  const sources: ExportSource[] = [];
  const sidecars = new Map<string, Sidecar>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const relative = path.relative(folder, file).split(path.sep).join('/');
    const read = await readSource(file, maxBytes);
    if (!read.ok) {
      io.err(`newslens: ${read.message}`);
      failures++;
      continue;
    }
    texts.set(relative, read.text);
    if (format === 'brat' && outDir === folder && read.encoding !== 'utf-8') {
      report(relative, `is ${read.encoding}; brat reads .txt files as UTF-8, so its offsets may not fit: use --out DIR to get UTF-8 copies`);
    }
    const loaded = await loadSidecar(sidecarPathFor(file));
    if (!loaded.ok) {
      report(relative, loaded.message);
      failures++;
    } else if (loaded.sidecar && !isWritable(loaded.sidecar)) {
      const first = loaded.sidecar.issues.find((i) => i.severity === 'error')!;
      report(`${relative}.annotations.yaml`, `${first.line}:${first.column}: ${first.message} - not exported (run newslens check)`);
      failures++;
    } else if (loaded.sidecar) {
      sidecars.set(relative, loaded.sidecar);
    }
  }

  const options: ExportOptions = { onProblem: report };
  if (args.flags.has('detected')) {
    const registryText = await fs.readFile(path.join(folder, REGISTRY_FILE_NAME)).then(decodeYamlBytes, () => null);
    const index = new CorpusIndex({ registryText });
    index.setArticles([...texts].map(([file, text]) => ({ file, text })));
    const result = index.result();
    const entityNames = new Map(result.entities.map((e) => [e.id, e.name]));
    options.entityNames = entityNames;
    // Ids for detected items are made up for the export only (nothing is saved); seeded, so
    // exporting twice gives the same files.
    const ids = { now: () => Date.now(), random: mulberry32(20261124) };
    for (const scanned of result.sources) {
      const prepared = prepareText(normalizeText(texts.get(scanned.file)!));
      const existing = sidecars.get(scanned.file);
      const sidecar = existing ? parseSidecar(existing.doc.toString()) : createSidecar(path.posix.basename(scanned.file), prepared.hash);
      mergeDetected(sidecar, scanned, prepared, { ids, entityNames });
      sidecars.set(scanned.file, sidecar);
    }
  }
  for (const [relative, text] of texts) {
    const annotations = sidecars.get(relative)?.annotations ?? [];
    if (annotations.length > 0 || format === 'csv') sources.push({ file: relative, text, annotations });
  }

  const written = exportAnnotations(format, sources, {
    ...options,
    excelBom: args.flags.has('excel-bom'),
    baseIri: args.values.get('base-iri'),
    // brat needs each .txt next to its .ann: copy the texts when writing elsewhere.
    includeText: outDir !== folder,
  });
  if (outArg === '-') {
    io.out(written[0]!.content);
  } else {
    for (const file of written) {
      const target = path.join(outDir, ...file.path.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, file.content, 'utf8');
    }
  }
  const count = sources.reduce((n, s) => n + s.annotations.length, 0);
  io.err(`newslens export: ${count} annotations from ${sources.length} sources as ${format}: ${outArg === '-' ? 'stdout' : `${written.length} files in ${path.relative(process.cwd(), outDir) || '.'}`}`);
  return failures > 0 ? 1 : 0;
}

function usage(io: CliOutput, message: string): number {
  io.err(`newslens export: ${message}`);
  return 2;
}
