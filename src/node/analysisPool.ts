/**
 * The per-article engine in worker threads, for the Node hosts (the desktop extension and the
 * CLI). Articles are independent, so a folder's first load analyses them on every core while
 * the calling thread builds the cross-reference index; a 5 MB article never blocks that thread.
 * Each worker runs a script that calls serveAnalyses() (analysisWorker.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../core/model';
import type { AnalysisReply, AnalysisRequest } from './analysisWorker';

interface Pending {
  resolve: (analysis: ArticleAnalysis) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 1;

  /** `workerData` goes to each worker as is: a script that is also something else (the CLI) checks it. */
  constructor(workerScript: string, size: number, workerData?: unknown) {
    for (let i = 0; i < Math.max(1, size); i++) this.workers.push(this.start(workerScript, workerData));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Analyses a normalized text (see normalizeText) on the worker with the least work queued. */
  analyze(text: string): Promise<ArticleAnalysis> {
    let chosen = this.workers[0]!;
    for (const candidate of this.workers) if (candidate.pending.size < chosen.pending.size) chosen = candidate;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // A worker with work keeps the process alive until it answers; an idle one does not (see start).
      if (chosen.pending.size === 0) chosen.worker.ref();
      chosen.pending.set(id, { resolve, reject });
      chosen.worker.postMessage({ id, text } satisfies AnalysisRequest);
    });
  }

  async dispose(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private start(workerScript: string, workerData: unknown): PoolWorker {
    const worker = new Worker(workerScript, { workerData });
    const pending = new Map<number, Pending>();
    worker.on('message', (reply: AnalysisReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) worker.unref();
      if (reply.analysis) waiting.resolve(reply.analysis);
      else waiting.reject(new Error(reply.error ?? 'analysis failed'));
    });
    // A worker that dies fails what it was given instead of leaving its callers waiting forever.
    const failAll = (error: Error): void => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`analysis worker stopped (exit code ${code})`)));
    // Idle workers must not keep a CLI run, the extension host or a test process alive.
    worker.unref();
    return { worker, pending };
  }
}

/** Workers worth starting for `articles` articles besides the calling thread, which builds the index. */
export function analysisThreads(articles: number, cores = availableParallelism()): number {
  // Starting a worker and loading the engine in it costs tens of ms: a handful of articles is faster inline.
  if (articles < 50) return 0;
  return Math.min(4, cores);
}
