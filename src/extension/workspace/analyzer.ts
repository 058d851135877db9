/**
 * Where the per-article engine runs. The desktop runs it in a worker thread
 * (nodeAnalyzer.ts) so a 5 MB article never blocks the extension host; the web host is
 * itself a worker, so it analyses inline, yielding between requests.
 */
import type { PackedAnalysis } from '../../core/analysis/packedAnalysis';
import type { ArticleAnalysis } from '../../core/model';
import { engine } from '../engine';

export interface Analyzer {
  /** A worker's analysis comes packed, as it crossed the thread boundary: the index unpacks it as it takes it. */
  analyze(text: string): Promise<ArticleAnalysis | PackedAnalysis>;
  dispose(): void;
}

/** Same contract on the calling thread, yielding first; for tests and hosts without workers. */
export class InlineAnalyzer implements Analyzer {
  analyze(text: string): Promise<ArticleAnalysis> {
    return new Promise((resolve) => setTimeout(() => resolve(engine().analyzeArticle(text)), 0));
  }

  dispose(): void {}
}
