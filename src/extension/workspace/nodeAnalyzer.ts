/** The desktop analyzer: the engine in worker threads (dist/analysisWorker.js). */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { ArticleAnalysis } from '../../core/model';
import { AnalysisPool } from '../../node/analysisPool';
import type { Analyzer } from './analyzer';

export class WorkerAnalyzer implements Analyzer {
  private readonly pool: AnalysisPool;

  constructor(extensionPath: string) {
    // One core stays with the extension host, which builds the index and serves the editor.
    const threads = Math.min(3, Math.max(1, availableParallelism() - 1));
    this.pool = new AnalysisPool(path.join(extensionPath, 'dist', 'analysisWorker.js'), threads);
  }

  analyze(text: string): Promise<ArticleAnalysis> {
    return this.pool.analyze(text);
  }

  dispose(): void {
    void this.pool.dispose();
  }
}
