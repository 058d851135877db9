/** A status bar item with the index state: "indexing…", then the number of sources and skipped files. */
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerStatusBar(services: Services): void {
  const item = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Newslens index');
  item.command = 'workbench.view.extension.newslens';
  const { workspace } = services;

  const render = (): void => {
    if (workspace.state === 'indexing') {
      item.text = `$(sync~spin) ${vscode.l10n.t('Newslens: indexing…')}`;
      item.tooltip = vscode.l10n.t('Newslens is analysing the articles of this workspace.');
    } else {
      const sources = workspace.result().sources.length;
      const skipped = workspace.skipped.size;
      item.text = `$(book) ${vscode.l10n.t('{0} sources', sources)}${skipped ? ` $(warning) ${skipped}` : ''}`;
      item.tooltip = skipped
        ? vscode.l10n.t('Newslens: {0} articles indexed, {1} files skipped (too large or binary). Click to open the panel.', sources, skipped)
        : vscode.l10n.t('Newslens: {0} articles indexed. Click to open the panel.', sources);
    }
    item.show();
  };

  services.context.subscriptions.push(item, workspace.onDidChangeState(render), workspace.onDidUpdate(render));
  render();
}
