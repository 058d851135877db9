/** The annotations feature: the sidecar store, wired into the highlights' status slot. */
import { annotationStatus } from '../highlights/status';
import type { Services } from '../services';
import { SidecarStore } from './sidecarStore';
import { sidecarStatusSource } from './statusSource';

/** Creates the store every panel, command and diagnostic feature shares. */
export function createSidecarStore(services: Services): SidecarStore {
  const store = new SidecarStore(services.workspace);
  services.context.subscriptions.push(store, annotationStatus.use(sidecarStatusSource(store)));
  return store;
}
