/** The getting-started walkthrough's own command: open the bundled sample articles. */
import * as vscode from 'vscode';
import type { Services } from '../services';

export const OPEN_SAMPLES_COMMAND = 'newslens.openSamples';

export function registerWalkthrough(services: Services): void {
  const { context } = services;
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SAMPLES_COMMAND, async () => {
      const samples = vscode.Uri.joinPath(context.extensionUri, 'samples');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('Open the Newslens sample articles in a new window?'),
        { modal: false },
        vscode.l10n.t('Open Samples'),
      );
      if (choice) await vscode.commands.executeCommand('vscode.openFolder', samples, { forceNewWindow: true });
    }),
  );
}
