/**
 * When analyses that land one by one go into the index. Settling the index regroups the quotes
 * linked to the new ones, which in a folder about one topic is much of the index: a folder's
 * first load must not settle once per article (thousands of settlings, each growing with the
 * index). Arrivals wait while other analyses are still running, until the batch is as large as
 * coldLoadBatch asks or `maxWaitMs` has passed (so the views show progress); an edit, with
 * nothing else running, goes in at once. No `vscode` here: unit tests drive it with fake timers.
 */
import { coldLoadBatch } from '../../core/corpus/index';

export interface ArrivalBatchesOptions<T> {
  /** Puts a batch into the index. */
  apply(items: T[]): void;
  /** Articles in the index now. */
  indexSize(): number;
  /** Analyses started and not yet arrived. */
  running(): number;
  /** Longest an arrival waits for others while analyses are still running. */
  maxWaitMs?: number;
}

export class ArrivalBatches<T> {
  private items: T[] = [];
  private arrived: (() => void)[] = [];
  private tick: ReturnType<typeof setTimeout> | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: ArrivalBatchesOptions<T>) {}

  /** Resolves once the item is in the index. */
  add(item: T): Promise<void> {
    if (this.items.length === 0) this.deadline = setTimeout(() => this.settle(true), this.options.maxWaitMs ?? 3000);
    this.items.push(item);
    const applied = new Promise<void>((resolve) => this.arrived.push(resolve));
    this.check();
    return applied;
  }

  /** Something that was running will not arrive (its analysis failed): what waits for it may be ready. */
  check(): void {
    // Arrivals of the same turn of the event loop are decided together.
    this.tick ??= setTimeout(() => {
      this.tick = null;
      this.settle(false);
    }, 0);
  }

  /** Stops; what was waiting is let go without entering the index (nothing hangs on it). */
  dispose(): void {
    if (this.tick) clearTimeout(this.tick);
    if (this.deadline) clearTimeout(this.deadline);
    for (const resolve of this.arrived) resolve();
    this.items = [];
    this.arrived = [];
  }

  private settle(force: boolean): void {
    if (this.items.length === 0) return;
    if (!force && this.options.running() > 0 && this.items.length < coldLoadBatch(this.options.indexSize())) return;
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
    const items = this.items;
    const arrived = this.arrived;
    this.items = [];
    this.arrived = [];
    try {
      this.options.apply(items);
    } finally {
      for (const resolve of arrived) resolve();
    }
  }
}
