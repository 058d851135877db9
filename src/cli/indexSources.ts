/**
 * A folder's cold load, as `newslens scan` does it: files are read and analysed ahead of the
 * index (in worker threads when there are many) and enter it in batches (see coldLoadBatch), in
 * file order, so the result never depends on which worker was faster.
 */
import * as path from 'node:path';
import { coldLoadBatch, type ArticleInput, type CorpusIndex } from '../core/corpus/index';
import type { ArticleAnalysis } from '../core/model';
import { normalizeText } from '../core/text/normalize';
import { readSource } from './readSource';

export interface IndexSourcesOptions {
  /** Paths in the index are relative to this folder, with forward slashes. */
  root: string;
  maxBytes: number;
  /** The engine: analyzeArticle on this thread, or an AnalysisPool's. */
  analyze: (text: string) => ArticleAnalysis | Promise<ArticleAnalysis>;
  /** A file that could not be read (missing, binary, too large), in file order. */
  onSkipped?: (message: string) => void;
  /** After each batch: files done so far. */
  onProgress?: (done: number) => void;
}

type Loaded = { ok: true; article: ArticleInput } | { ok: false; message: string };

/** Loads the files into the index; returns how many could not be read. */
export async function indexSources(index: CorpusIndex, files: readonly string[], options: IndexSourcesOptions): Promise<number> {
  const load = async (file: string): Promise<Loaded> => {
    const outcome = await readSource(file, options.maxBytes);
    if (!outcome.ok) return { ok: false, message: outcome.message };
    const text = normalizeText(outcome.text);
    return { ok: true, article: { file: toPosix(path.relative(options.root, file)), text, analysis: await options.analyze(text) } };
  };
  let failures = 0;
  let done = 0;
  const batchSize = (): number => coldLoadBatch(done);
  // Read and analysed ahead of the index: the next batch too, so the workers are busy while one settles.
  const readAhead = (): number => batchSize() + coldLoadBatch(done + batchSize());
  const ahead: Promise<Loaded>[] = [];
  const settleBatch = async (): Promise<void> => {
    const batch: ArticleInput[] = [];
    for (const loaded of await Promise.all(ahead.splice(0, batchSize()))) {
      if (loaded.ok) batch.push(loaded.article);
      else {
        failures++;
        options.onSkipped?.(loaded.message);
      }
      done++;
    }
    index.setAnalyses(batch);
    options.onProgress?.(done);
  };
  try {
    for (const file of files) {
      ahead.push(load(file));
      if (ahead.length >= readAhead()) await settleBatch();
    }
    while (ahead.length > 0) await settleBatch();
  } finally {
    // Stopped early (a callback threw): what is still on its way fails quietly when its pool goes.
    for (const unused of ahead) unused.catch(() => undefined);
  }
  return failures;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
