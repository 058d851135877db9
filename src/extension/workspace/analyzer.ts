/**
 * Where the per-article engine runs. The desktop runs it in a worker thread
 * (nodeAnalyzer.ts) so a 5 MB article never blocks the extension host; the web host is
 * itself a worker, so it analyses inline, yielding between requests.
 */
import type { ArticleInput } from '../../core/corpus/index';
import { engine } from '../engine';

/**
 * An article's analysis, and what the analyzer made of its text besides for the index (see
 * ArticleInput: a worker makes the fingerprint, number facts and mention contexts, which the index
 * would otherwise make on the extension host's thread).
 */
export type AnalysedText = Pick<ArticleInput, 'analysis' | 'fingerprint' | 'numberFacts' | 'mentionContexts'>;

export interface Analyzer {
  /** A worker's analysis comes packed, as it crossed the thread boundary: the index unpacks it as it takes it. */
  analyze(text: string): Promise<AnalysedText>;
  dispose(): void;
}

/** Same contract on the calling thread, yielding first; for tests and hosts without workers. */
export class InlineAnalyzer implements Analyzer {
  analyze(text: string): Promise<AnalysedText> {
    return new Promise((resolve) => setTimeout(() => resolve({ analysis: engine().analyzeArticle(text) }), 0));
  }

  dispose(): void {}
}
