/** What one update of the index changed; ids are those that appeared, vanished or changed. */
export interface CorpusChange {
  files: string[];
  entities: string[];
  quoteGroups: string[];
  findings: string[];
}

export interface Disposable {
  dispose(): void;
}

/** A minimal event emitter with no host dependency (the extension wraps it in its own). */
export class ChangeEmitter {
  private readonly listeners = new Set<(change: CorpusChange) => void>();

  subscribe(listener: (change: CorpusChange) => void): Disposable {
    // Wrapped so the same function can subscribe twice and dispose each subscription alone.
    const entry = (change: CorpusChange): void => listener(change);
    this.listeners.add(entry);
    return { dispose: () => void this.listeners.delete(entry) };
  }

  fire(change: CorpusChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
