/** What every feature gets: settings, the workspace index, and the extension's context. */
import * as vscode from 'vscode';
import { readSettings, type Settings } from './settings';
import type { Analyzer } from './workspace/analyzer';
import { WorkspaceIndex, type ReadFileNow } from './workspace/workspaceIndex';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly workspace: WorkspaceIndex;
  /** Current settings; features read this on use and listen to onDidChangeSettings. */
  settings(): Settings;
  readonly onDidChangeSettings: vscode.Event<Settings>;
}

export function createServices(context: vscode.ExtensionContext, analyzer: Analyzer, readFileNow?: ReadFileNow): Services {
  let settings = readSettings();
  const workspace = new WorkspaceIndex(settings, analyzer, readFileNow);
  const settingsEmitter = new vscode.EventEmitter<Settings>();
  context.subscriptions.push(
    { dispose: () => analyzer.dispose() },
    workspace,
    settingsEmitter,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('newslens')) return;
      settings = readSettings();
      workspace.updateSettings(settings);
      settingsEmitter.fire(settings);
    }),
  );
  return { context, workspace, settings: () => settings, onDidChangeSettings: settingsEmitter.event };
}
