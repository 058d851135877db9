import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../core/analysis/pipeline';
import { CorpusIndex } from '../core/corpus/index';
import type { ScanResult } from '../core/model';
import { REGISTRY_FILE_NAME } from '../core/corpus/registry';
import { decodeYamlBytes } from '../core/text/articleBytes';
import { AnalysisPool, analysisThreads } from '../node/analysisPool';
import { parseArgs, UsageError } from './args';
import { indexSources } from './indexSources';
import { scanResultJson, writePieces } from './jsonOutput';
import { collectSources, DEFAULT_MAX_BYTES, folderTexts } from '../node/readSource';
import { formatReport } from './report';
import { writeDetectedAnnotations } from './sidecarFiles';

export async function runScan(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['json', 'write'], ['max-size', 'jobs']);
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
  const jobs = args.values.has('jobs') ? Number(args.values.get('jobs')) : undefined;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= 64)) {
    process.stderr.write('newslens scan: --jobs takes a number of analysis threads from 0 (analyse on the main thread) to 64\n');
    return 2;
  }

  const { root, files } = await collectSources(args.positional);
  // The entity registry lives at the scanned folder's root; core parses it, the CLI only reads it.
  const registryText = await fs.readFile(path.join(root, REGISTRY_FILE_NAME)).then(decodeYamlBytes, () => null);
  // The index reads a text again from disk when it needs it, rather than keeping every one.
  const index = new CorpusIndex({ registryText, readText: folderTexts(root, maxBytes) });
  for (const problem of index.registryProblems) process.stderr.write(`newslens: ${REGISTRY_FILE_NAME}: ${problem}\n`);
  const showProgress = process.stderr.isTTY && files.length > 200;
  const threads = jobs ?? analysisThreads(files.length);
  // Worker threads run this very script (dist/cli.js), which serves analyses when it finds POOL_ROLE.
  const pool = threads > 0 ? new AnalysisPool(__filename, threads, POOL_ROLE) : null;
  let failures: number;
  try {
    failures = await indexSources(index, files, {
      root,
      maxBytes,
      analyze: pool ? (text) => pool.analyze(text) : analyzeArticle,
      analyzeFile: pool ? (file) => pool.analyzeFile(file, maxBytes) : undefined,
      onSkipped: (message) => process.stderr.write(`newslens: ${message}\n`),
      onProgress: (done) => showProgress && process.stderr.write(`\rnewslens: ${done}/${files.length} files`),
      beforeSettle: () => pool?.dispose(),
    });
  } finally {
    await pool?.dispose();
  }
  if (showProgress) process.stderr.write('\n');

  const result = index.result();
  if (args.flags.has('write')) failures += await writeDetectedAnnotations(root, result, maxBytes, (line) => process.stderr.write(`newslens: ${line}\n`));
  if (args.flags.has('json')) await writePieces(process.stdout, jsonLines(result));
  else process.stdout.write(formatReport(result));
  return failures > 0 ? 1 : 0;
}

/** What a worker thread started by runScan gets as workerData (see main.ts). */
export const POOL_ROLE = 'newslens-analysis-worker';

function* jsonLines(result: ScanResult): Generator<string> {
  yield* scanResultJson(result);
  yield '\n';
}
