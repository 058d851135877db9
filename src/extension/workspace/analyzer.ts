/**
 * Runs the per-article engine off the extension host's thread, so a 5 MB article never
 * blocks typing. Requests carry a generation: a result for text that has since changed
 * is dropped by the caller.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeArticle } from '../../core/analysis/pipeline';
import type { ArticleAnalysis } from '../../core/model';

export interface Analyzer {
  analyze(text: string): Promise<ArticleAnalysis>;
  dispose(): void;
}

interface Pending {
  resolve: (analysis: ArticleAnalysis) => void;
  reject: (error: Error) => void;
}

export class WorkerAnalyzer implements Analyzer {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(extensionPath: string) {
    this.worker = new Worker(path.join(extensionPath, 'dist', 'analysisWorker.js'));
    this.worker.on('message', (message: { id: number; analysis?: ArticleAnalysis; error?: string }) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.analysis) pending.resolve(message.analysis);
      else pending.reject(new Error(message.error ?? 'analysis failed'));
    });
    this.worker.on('error', (error) => {
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    });
    this.worker.unref();
  }

  analyze(text: string): Promise<ArticleAnalysis> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text });
    });
  }

  dispose(): void {
    void this.worker.terminate();
  }
}

/** Same contract on the calling thread, yielding first; for tests and hosts without workers. */
export class InlineAnalyzer implements Analyzer {
  analyze(text: string): Promise<ArticleAnalysis> {
    return new Promise((resolve) => setTimeout(() => resolve(analyzeArticle(text)), 0));
  }

  dispose(): void {}
}
