/**
 * A folder's cold load, as `newslens scan` does it: files are read and analysed ahead of the
 * index (in worker threads when there are many) and enter it in small parts, in file order, so
 * the result never depends on which worker was faster; links are settled once, at the end (see
 * CorpusIndex.stageAnalyses), while the workers go on with the next files.
 */
import * as path from 'node:path';
import { releasePackedAnalysis } from '../core/analysis/packedAnalysis';
import { releaseBytes } from '../core/corpus/storedText';
import type { ArticleInput, CorpusIndex } from '../core/corpus/index';
import type { ArticleAnalysis } from '../core/model';
import { normalizeText } from '../core/text/normalize';
import type { FileAnalysis } from '../node/analysisPool';
import { readSource } from '../node/readSource';

/** Articles handed to the index at a time: what the workers finish goes in while they go on. */
const STAGE_SIZE = 64;
/**
 * Files read and analysed ahead of the index: enough to keep every worker busy while a part goes
 * in, not so many that all of a folder's reads start at once (10,000 at once stalled 2 s).
 */
const READ_AHEAD = 512;

export interface IndexSourcesOptions {
  /** Paths in the index are relative to this folder, with forward slashes. */
  root: string;
  maxBytes: number;
  /** The engine: analyzeArticle on this thread, or an AnalysisPool's. */
  analyze: (text: string) => ArticleAnalysis | Promise<ArticleAnalysis>;
  /**
   * Reading and analysing in one, elsewhere (an AnalysisPool's analyzeFile): when given, this
   * thread reads no file and only builds the index, which is what a cold load waits for.
   */
  analyzeFile?: (file: string) => Promise<FileAnalysis>;
  /** A file that could not be read (missing, binary, too large), in file order. */
  onSkipped?: (message: string) => void;
  /** After each part: files done so far (their links settle at the end). */
  onProgress?: (done: number) => void;
  /**
   * Once every file is analysed and in the index, before its links settle: where a caller lets its
   * analysis workers go. Idle by then, they would hold their memory (~35 MB each) through the settle.
   */
  beforeSettle?: () => void | Promise<void>;
}

/** A loaded file; an analysis made elsewhere stays packed (the index unpacks it when its part goes in). */
type Loaded = { ok: true; article: ArticleInput } | { ok: false; message: string };

/** Loads the files into the index; returns how many could not be read. */
export async function indexSources(index: CorpusIndex, files: readonly string[], options: IndexSourcesOptions): Promise<number> {
  const load = async (file: string): Promise<Loaded> => {
    if (options.analyzeFile) {
      const done = await options.analyzeFile(file);
      // The text stays UTF-8 until the index attaches the article (see ArticleInput).
      return done.ok ? { ok: true, article: { file: toPosix(path.relative(options.root, file)), text: done.utf8, analysis: done.packed, fingerprint: done.fingerprint, numberFacts: done.numberFacts, mentionContexts: done.mentionContexts } } : done;
    }
    const outcome = await readSource(file, options.maxBytes);
    if (!outcome.ok) return { ok: false, message: outcome.message };
    const text = normalizeText(outcome.text);
    return { ok: true, article: { file: toPosix(path.relative(options.root, file)), text, analysis: await options.analyze(text) } };
  };
  let failures = 0;
  let done = 0;
  const ahead: Promise<Loaded>[] = [];
  const stageNext = async (): Promise<void> => {
    const part: ArticleInput[] = [];
    for (const loaded of await Promise.all(ahead.splice(0, STAGE_SIZE))) {
      if (loaded.ok) part.push(loaded.article);
      else {
        failures++;
        options.onSkipped?.(loaded.message);
      }
      done++;
    }
    index.stageAnalyses(part);
    for (const article of part) {
      releasePackedAnalysis(article.analysis);
      // Kept only as a fingerprint (and not even decoded, with what the worker sent): the bytes can go too.
      if (index.readsTextsBack && article.text instanceof Uint8Array) releaseBytes(article.text);
    }
    options.onProgress?.(done);
  };
  try {
    for (const file of files) {
      ahead.push(load(file));
      if (ahead.length >= READ_AHEAD) await stageNext();
    }
    while (ahead.length > 0) await stageNext();
    await options.beforeSettle?.();
    index.settle();
  } finally {
    // Stopped early (a callback threw): what is still on its way fails quietly when its pool goes.
    for (const unused of ahead) unused.catch(() => undefined);
  }
  return failures;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
