/**
 * How analyses go into the workspace's index: those that land in the same turn of the event loop
 * go in together, as one batch, settled at once; during the first load they are staged and
 * settled every SETTLE_EVERY_MS and at its end (a 10,000-article folder lands in ~60 batches;
 * settling each one cost its load 16-19 s of linking, staging them ~7 s). Also knows which text
 * each article's settled result describes (a staged text becomes it only when settled): by its
 * fingerprint, not the text, which for a 10,000-article folder was 40-80 MB of strings beside the
 * copy the index keeps.
 */
import { releasePackedAnalysis } from '../../core/analysis/packedAnalysis';
import type { ArticleInput, CorpusIndex } from '../../core/corpus/index';
import { textFingerprint } from '../../core/text/fingerprint';

export interface PendingAnalysis extends ArticleInput {
  /** The editor's normalized text, for the index (the batches keep only its fingerprint). */
  text: string;
  generation: number;
}

/** How often a first load settles what it staged, so the views fill in as it goes. */
const SETTLE_EVERY_MS = 1500;

export class AnalysisBatches {
  /** Fingerprints (see textFingerprint) of the normalized text each article's current result was computed from. */
  private readonly analyzedFingerprints = new Map<string, string>();
  private readonly stagedFingerprints = new Map<string, string>();
  private firstLoad = true;
  private lastSettled = performance.now();
  private pending: PendingAnalysis[] = [];
  private pendingApplied: Promise<void> | null = null;

  constructor(
    private readonly index: () => CorpusIndex,
    /** Still wanted when its batch goes in (not re-analysed since, not removed). */
    private readonly isCurrent: (entry: PendingAnalysis) => boolean,
  ) {}

  /** The fingerprint (see textFingerprint) of the normalized text the article's current result describes. */
  analyzedFingerprint(file: string): string | undefined {
    return this.analyzedFingerprints.get(file);
  }

  /** Resolves once the entry's batch is in the index. */
  add(entry: PendingAnalysis): Promise<void> {
    this.pending.push(entry);
    this.pendingApplied ??= new Promise<void>((resolve) => {
      setTimeout(() => {
        const entries = this.pending;
        this.pending = [];
        this.pendingApplied = null;
        try {
          this.apply(new Map(entries.filter(this.isCurrent).map((e) => [e.file, e])));
        } finally {
          resolve();
        }
      }, 0);
    });
    return this.pendingApplied;
  }

  /** Ends the first load: what it staged is settled, later batches are settled as they come. */
  endFirstLoad(): void {
    this.firstLoad = false;
    this.settleStaged();
  }

  /** Before another change to the index (a removal, the registry): what is staged is settled first. */
  settleStaged(): void {
    this.lastSettled = performance.now();
    if (this.stagedFingerprints.size === 0) return;
    // The fingerprints first: listeners told of the settling read them.
    for (const [file, fingerprint] of this.stagedFingerprints) this.analyzedFingerprints.set(file, fingerprint);
    this.stagedFingerprints.clear();
    this.index().settle();
  }

  forget(file: string): void {
    this.analyzedFingerprints.delete(file);
  }

  private apply(current: Map<string, PendingAnalysis>): void {
    if (current.size === 0) return;
    // Made once, for these maps and the index (see ArticleInput.fingerprint), where the analyzer did not make it.
    for (const entry of current.values()) entry.fingerprint ??= textFingerprint(entry.text);
    if (this.firstLoad) {
      for (const { file, fingerprint } of current.values()) this.stagedFingerprints.set(file, fingerprint!);
      this.index().stageAnalyses(current.values());
      this.release(current.values());
      if (performance.now() - this.lastSettled >= SETTLE_EVERY_MS) this.settleStaged();
      return;
    }
    for (const { file, fingerprint } of current.values()) this.analyzedFingerprints.set(file, fingerprint!);
    this.index().setAnalyses(current.values());
    this.release(current.values());
  }

  /** What the index has taken in needs its packed form no more (see releasePackedAnalysis). */
  private release(entries: Iterable<PendingAnalysis>): void {
    for (const { analysis } of entries) releasePackedAnalysis(analysis);
  }
}
