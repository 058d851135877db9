/** The highlights' AnnotationStatusSource, answered from the loaded sidecars. */
import type { AnnotatedKind, AnnotationStatus, AnnotationStatusSource, StatusDisposable } from '../highlights/status';
import { statusIndex, spanKey } from './resolve';
import type { SidecarState, SidecarStore } from './sidecarStore';

export function sidecarStatusSource(store: SidecarStore): AnnotationStatusSource {
  // Highlights ask once per drawn span: look statuses up by span instead of scanning the sidecar.
  const indexes = new WeakMap<SidecarState, Map<string, AnnotationStatus>>();
  return {
    statusAt: (file: string, start: number, end: number, kind: AnnotatedKind): AnnotationStatus => {
      const state = store.peek(file);
      if (!state) return 'detected';
      let index = indexes.get(state);
      if (!index) indexes.set(state, (index = statusIndex(state.annotations)));
      return index.get(spanKey(kind, start, end)) ?? 'detected';
    },
    onDidChange: (listener: () => void): StatusDisposable => store.onDidChange(() => listener()),
  };
}
