/**
 * The per-article engine in worker threads, for the Node hosts (the desktop extension and the
 * CLI). Articles are independent, so a folder's first load analyses them on every core while
 * the calling thread builds the cross-reference index; a 5 MB article never blocks that thread.
 * Each worker runs a script that calls serveAnalyses() (analysisWorker.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { unpackAnalysis, type PackedAnalysis } from '../core/analysis/packedAnalysis';
import type { PackedNumberFacts } from '../core/corpus/numberFacts';
import type { MentionContexts } from '../core/corpus/mentionContexts';
import type { ArticleAnalysis } from '../core/model';
import type { AnalysisReply, AnalysisRequest } from './analysisWorker';

interface Pending {
  request: DistributiveOmit<AnalysisRequest, 'id'>;
  resolve: (reply: AnalysisReply) => void;
  reject: (error: Error) => void;
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/**
 * A file read and analysed in a worker: its normalized text (as UTF-8) and its analysis, still
 * packed (unpackAnalysis it when it is used: until then it waits outside the heap), with the index's
 * facts of it when the worker made them (see AnalysisPool.analyzeFile); or why it was skipped.
 */
export type FileAnalysis = ({ ok: true; utf8: Uint8Array; packed: PackedAnalysis } & Partial<Omit<TextAnalysis, 'packed'>>) | { ok: false; message: string };

/** A text's analysis as a worker sent it (packed), and what it made of the text besides for the index (see ArticleInput). */
export interface TextAnalysis {
  fingerprint: string;
  numberFacts: PackedNumberFacts;
  mentionContexts: MentionContexts;
  packed: PackedAnalysis;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Requests posted to one worker before it answers: enough to keep it busy while the calling
 * thread is busy too (it hears replies, and posts more, only between its own tasks: 4 left the
 * workers idle through most of a cold load's linking); the rest wait here, so a folder's texts
 * are not copied into every worker's message queue at once.
 */
export const POSTED_PER_WORKER = 64;

/**
 * An analysis leaves nothing behind in its worker, so its young generation need not be V8's default
 * (tens of MB per thread). A worker allocates ~70 bytes per byte of text it analyses; each scavenge
 * copies what the article in hand holds, so fewer scavenges are less work: at 8 MB a worker of a
 * cold 10,000-article load collected ~390 times (0.75-0.84 s of pauses), at 16 MB ~200 times
 * (0.43-0.46 s), and the load took 0.97x the CPU time in four alternating runs. Its peak RSS while
 * indexing goes up 346 -> 356 MB, below the peak of the first result (371-376), which comes after
 * the workers have gone; 32 MB took it to 411-415 MB, over the 400 MB target.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  /** Requests not yet posted to a worker, oldest first. */
  private readonly waiting: { id: number; pending: Pending }[] = [];
  private waitingHead = 0;
  private nextId = 1;

  /** `workerData` goes to each worker as is: a script that is also something else (the CLI) checks it. */
  constructor(workerScript: string, size: number, workerData?: unknown) {
    for (let i = 0; i < Math.max(1, size); i++) this.workers.push(this.start(workerScript, workerData));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Analyses a normalized text (see normalizeText) on the next worker with room. */
  async analyze(text: string): Promise<ArticleAnalysis> {
    return unpackAnalysis(await this.analyzePacked(text));
  }

  /** analyze's analysis as the worker sent it (CorpusIndex takes it so: see ArticleInput). */
  async analyzePacked(text: string): Promise<PackedAnalysis> {
    return (await this.request({ text })).analysis!;
  }

  /**
   * analyzePacked's analysis, with what the index would otherwise make of the text on its own thread
   * (see ArticleInput): for the editor's index, whose thread is the extension host's.
   */
  async analyzeWithFacts(text: string): Promise<TextAnalysis> {
    const reply = await this.request({ text, withFacts: true });
    return { fingerprint: reply.fingerprint!, numberFacts: reply.numberFacts!, mentionContexts: reply.mentionContexts!, packed: reply.analysis! };
  }

  /**
   * Reads a file (as readSource does) and analyses its normalized text on the next worker with
   * room: the calling thread, which builds the index of a cold load, does no file reading then.
   * With two workers or more, they make the index's facts of the text too (fingerprint, number
   * facts, mention contexts: see ArticleInput), which would otherwise be that thread's work, the
   * part of a load more workers cannot share. A lone worker is the slower side (on 2 cores it
   * analyses all while the index thread, on the other, waits for it ~30-40% of the time), so the
   * index thread makes them: a cold 10,000-article load took 0.92x the time so (seven alternating
   * runs each), with ~10 MB less memory.
   */
  async analyzeFile(file: string, maxBytes: number): Promise<FileAnalysis> {
    const reply = await this.request({ file, maxBytes, withFacts: this.workers.length > 1 });
    if (reply.skipped !== undefined) return { ok: false, message: reply.skipped };
    return { ok: true, utf8: reply.utf8!, fingerprint: reply.fingerprint, numberFacts: reply.numberFacts, mentionContexts: reply.mentionContexts, packed: reply.analysis! };
  }

  private request(request: Pending['request']): Promise<AnalysisReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.workers.length === 0) return reject(new Error('no analysis worker is running'));
      this.waiting.push({ id, pending: { request, resolve, reject } });
      for (const worker of this.workers) this.postWaiting(worker);
    });
  }

  /** Hands waiting requests to `to` while it has room. */
  private postWaiting(to: PoolWorker): void {
    while (to.pending.size < POSTED_PER_WORKER && this.waitingHead < this.waiting.length) {
      const { id, pending } = this.waiting[this.waitingHead]!;
      this.waiting[this.waitingHead++] = undefined!;
      if (this.waitingHead === this.waiting.length) {
        this.waiting.length = 0;
        this.waitingHead = 0;
      }
      // A worker with work keeps the process alive until it answers; an idle one does not (see start).
      if (to.pending.size === 0) to.worker.ref();
      to.pending.set(id, pending);
      to.worker.postMessage({ id, ...pending.request } satisfies AnalysisRequest);
    }
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.worker.terminate()));
  }

  private start(workerScript: string, workerData: unknown): PoolWorker {
    const worker = new Worker(workerScript, { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const pending = new Map<number, Pending>();
    const poolWorker: PoolWorker = { worker, pending };
    worker.on('message', (reply: AnalysisReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.analysis || reply.skipped !== undefined) waiting.resolve(reply);
      else waiting.reject(new Error(reply.error ?? 'analysis failed'));
      this.postWaiting(poolWorker);
      if (pending.size === 0) worker.unref();
    });
    // A worker that dies fails what it was given instead of leaving its callers waiting forever;
    // when none is left, so does every request still waiting.
    const failAll = (error: Error): void => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      const at = this.workers.indexOf(poolWorker);
      if (at >= 0) this.workers.splice(at, 1);
      if (this.workers.length > 0) return;
      for (let i = this.waitingHead; i < this.waiting.length; i++) this.waiting[i]!.pending.reject(error);
      this.waiting.length = 0;
      this.waitingHead = 0;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`analysis worker stopped (exit code ${code})`)));
    // Idle workers must not keep a CLI run, the extension host or a test process alive.
    worker.unref();
    return poolWorker;
  }
}

/**
 * Workers worth starting for `articles` articles besides the calling thread, which builds the index
 * and keeps a core busy itself: one core fewer than the machine has (as the editor's, see
 * nodeAnalyzer.ts). On 2 cores one worker loaded 10,000 articles in 0.95x the time two took, with
 * 0.85x the CPU time and ~12 MB less memory, and 200 articles in 0.85x: each worker compiles the
 * engine anew, and three busy threads share two cores worse than two do.
 */
export function analysisThreads(articles: number, cores = availableParallelism()): number {
  // Starting a worker and loading the engine in it costs tens of ms: a handful of articles is faster inline.
  if (articles < 50) return 0;
  return Math.min(4, Math.max(1, cores - 1));
}
