/** The highlights' AnnotationStatusSource, answered from the loaded sidecars. */
import type { AnnotatedKind, AnnotationStatus, AnnotationStatusSource, StatusDisposable } from '../highlights/status';
import { statusOf } from './resolve';
import type { SidecarStore } from './sidecarStore';

export function sidecarStatusSource(store: SidecarStore): AnnotationStatusSource {
  return {
    statusAt: (file: string, start: number, end: number, kind: AnnotatedKind): AnnotationStatus => {
      const state = store.peek(file);
      return state ? statusOf(state.annotations, kind, { start, end }) : 'detected';
    },
    onDidChange: (listener: () => void): StatusDisposable => store.onDidChange(() => listener()),
  };
}
