import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../core/corpus/index';
import { REGISTRY_FILE_NAME } from '../core/corpus/registry';
import { parseArgs, UsageError } from './args';
import { collectSources, DEFAULT_MAX_BYTES, readSource } from './readSource';
import { formatReport } from './report';
import { writeDetectedAnnotations } from './sidecarFiles';

export async function runScan(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['json', 'write'], ['max-size']);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`newslens scan: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (args.positional.length === 0) {
    process.stderr.write('newslens scan: name a folder or files to scan\n');
    return 2;
  }
  const maxBytes = args.values.has('max-size') ? Number(args.values.get('max-size')) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    process.stderr.write('newslens scan: --max-size takes a positive number of bytes\n');
    return 2;
  }

  const { root, files } = await collectSources(args.positional);
  // The entity registry lives at the scanned folder's root; core parses it, the CLI only reads it.
  const registryText = await fs.readFile(path.join(root, REGISTRY_FILE_NAME), 'utf8').catch(() => null);
  const index = new CorpusIndex({ registryText });
  for (const problem of index.registryProblems) process.stderr.write(`newslens: ${REGISTRY_FILE_NAME}: ${problem}\n`);
  let failures = 0;
  const showProgress = process.stderr.isTTY && files.length > 200;
  // Articles go in by batches: links are settled once per batch, not once per article.
  let batch: { file: string; text: string }[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const outcome = await readSource(file, maxBytes);
    if (!outcome.ok) {
      process.stderr.write(`newslens: ${outcome.message}\n`);
      failures++;
      continue;
    }
    batch.push({ file: toPosix(path.relative(root, file)), text: outcome.text });
    if (batch.length === SCAN_BATCH) {
      index.setArticles(batch);
      batch = [];
      if (showProgress) process.stderr.write(`\rnewslens: ${i + 1}/${files.length} files`);
    }
  }
  index.setArticles(batch);
  if (showProgress) process.stderr.write('\n');

  const result = index.result();
  if (args.flags.has('write')) failures += await writeDetectedAnnotations(root, result, maxBytes, (line) => process.stderr.write(`newslens: ${line}\n`));
  process.stdout.write(args.flags.has('json') ? JSON.stringify(result, null, 2) + '\n' : formatReport(result));
  return failures > 0 ? 1 : 0;
}

const SCAN_BATCH = 500;

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
