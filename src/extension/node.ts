/** Desktop entry (package.json "main"): the engine runs in a worker thread. */
import type * as vscode from 'vscode';
import { activateWith, type NewslensApi } from './extension';
import { WorkerAnalyzer } from './workspace/nodeAnalyzer';

export type { NewslensApi } from './extension';

export function activate(context: vscode.ExtensionContext): NewslensApi {
  return activateWith(context, new WorkerAnalyzer(context.extensionPath));
}

export function deactivate(): void {}
