/** The annotations feature: the sidecar store, wired into the highlights' status slot and laid over the index's result (reviews). */
import * as vscode from 'vscode';
import { annotationStatus } from '../highlights/status';
import type { Services } from '../services';
import { applyReviews } from './reviews';
import { SidecarStore } from './sidecarStore';
import { sidecarStatusSource } from './statusSource';

/** Creates the store every panel, command and diagnostic feature shares. */
export function createSidecarStore(services: Services): SidecarStore {
  const store = new SidecarStore(services.workspace);
  // Views redraw only when a file with confirmed reviews (before or after) changed, not on every sidecar load.
  const reviewedFiles = new Set<string>();
  const reviewsChanged = new vscode.EventEmitter<void>();
  const storeSubscription = store.onDidChange((files) => {
    let changed = false;
    for (const file of files) {
      const reviewed = store.peek(file)?.annotations.some((r) => r.annotation.status === 'confirmed') ?? false;
      if (reviewed || reviewedFiles.has(file)) changed = true;
      if (reviewed) reviewedFiles.add(file);
      else reviewedFiles.delete(file);
    }
    if (changed) reviewsChanged.fire();
  });
  const reviews = services.workspace.useOverlay({
    apply: (result) =>
      applyReviews(result, (file) => {
        const state = store.peek(file);
        if (!state) return undefined;
        const { text, offsets } = state.source;
        return { annotations: state.annotations, textAt: (start, end) => text.slice(offsets.toUtf16(start), offsets.toUtf16(end)) };
      }),
    onDidChange: reviewsChanged.event,
  });
  services.context.subscriptions.push(store, annotationStatus.use(sidecarStatusSource(store)), reviews, storeSubscription, reviewsChanged);
  return store;
}
