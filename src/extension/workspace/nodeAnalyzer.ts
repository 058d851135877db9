/** The desktop analyzer: the engine in worker threads (dist/analysisWorker.js). */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { AnalysisPool } from '../../node/analysisPool';
import type { AnalysedText, Analyzer } from './analyzer';

export class WorkerAnalyzer implements Analyzer {
  private pool: AnalysisPool | null = null;

  constructor(private readonly extensionPath: string) {}

  async analyze(text: string): Promise<AnalysedText> {
    // The workers start with the first article (right after activation), not during it.
    this.pool ??= new AnalysisPool(path.join(this.extensionPath, 'dist', 'analysisWorker.js'), analysisThreads());
    // Packed: waiting for its batch it sits in typed arrays, outside the extension host's heap.
    const { packed, fingerprint, numberFacts, mentionContexts } = await this.pool.analyzeWithFacts(text);
    return { analysis: packed, fingerprint, numberFacts, mentionContexts };
  }

  dispose(): void {
    void this.pool?.dispose();
  }
}

/** One core stays with the extension host, which builds the index and serves the editor. */
function analysisThreads(): number {
  return Math.min(3, Math.max(1, availableParallelism() - 1));
}
