/** The panel + annotation commands feature: one sidecar store shared by views, commands, diagnostics. */
import type { Services } from '../services';
import { registerAnnotateCommands } from '../commands/annotateCommands';
import { registerQuoteComparison } from '../commands/compareQuotes';
import { registerRegistryCommands } from '../commands/registryCommands';
import { registerReviewCommands } from '../commands/reviewCommands';
import { registerSaveCommands } from '../commands/saveCommands';
import { registerDiagnostics } from '../diagnostics/index';
import { registerPanel } from '../panel/index';
import { createSidecarStore } from './index';

export function annotationsFeature(services: Services): void {
  const store = createSidecarStore(services);
  registerPanel(services, store);
  registerDiagnostics(services, store);
  services.context.subscriptions.push(
    ...registerAnnotateCommands(services, store),
    ...registerReviewCommands(services, store),
    ...registerRegistryCommands(services),
    ...registerSaveCommands(services, store),
    ...registerQuoteComparison(services, store),
  );
}
