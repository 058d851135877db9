/**
 * Whether a detected item has been confirmed or rejected in the annotation sidecars.
 * Highlights ask this for every span they draw; the annotations feature plugs its own
 * source in with `annotationStatus.use(...)`. Until then everything is 'detected'.
 */
export type AnnotationStatus = 'detected' | 'confirmed' | 'rejected';
export type AnnotatedKind = 'entity' | 'quote';

export interface StatusDisposable {
  dispose(): void;
}

export interface AnnotationStatusSource {
  /** Status of the item at [start, end) (code points over the normalized text) in a workspace-relative file. */
  statusAt(file: string, start: number, end: number, kind: AnnotatedKind): AnnotationStatus;
  /** Fires when statuses may have changed (a sidecar was written or reloaded); highlights redraw. */
  readonly onDidChange?: (listener: () => void) => StatusDisposable;
}

export const DEFAULT_STATUS_SOURCE: AnnotationStatusSource = { statusAt: () => 'detected' };

/** The slot the highlights read through; one per extension host (the module is bundled once). */
export class AnnotationStatusSlot implements AnnotationStatusSource {
  private source: AnnotationStatusSource = DEFAULT_STATUS_SOURCE;
  private sourceSubscription: StatusDisposable | undefined;
  private readonly listeners = new Set<() => void>();

  statusAt(file: string, start: number, end: number, kind: AnnotatedKind): AnnotationStatus {
    return this.source.statusAt(file, start, end, kind);
  }

  readonly onDidChange = (listener: () => void): StatusDisposable => {
    const entry = (): void => listener();
    this.listeners.add(entry);
    return { dispose: () => void this.listeners.delete(entry) };
  };

  /** Plugs a source in (replacing the current one); disposing the result restores the default. */
  use(source: AnnotationStatusSource): StatusDisposable {
    this.sourceSubscription?.dispose();
    this.source = source;
    this.sourceSubscription = source.onDidChange?.(() => this.fire());
    this.fire();
    return {
      dispose: () => {
        if (this.source !== source) return;
        this.sourceSubscription?.dispose();
        this.sourceSubscription = undefined;
        this.source = DEFAULT_STATUS_SOURCE;
        this.fire();
      },
    };
  }

  private fire(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

export const annotationStatus = new AnnotationStatusSlot();
