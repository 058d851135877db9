/** The desktop analyzer: the engine in a worker thread (dist/analysisWorker.js). */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../../core/model';
import type { Analyzer } from './analyzer';

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

