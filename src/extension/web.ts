/** Web entry (package.json "browser"): runs in VS Code for the Web's worker extension host, no node APIs. */
import type * as vscode from 'vscode';
import { activateWith, type NewslensApi } from './extension';
import { InlineAnalyzer } from './workspace/analyzer';

export type { NewslensApi } from './extension';

export function activate(context: vscode.ExtensionContext): NewslensApi {
  return activateWith(context, new InlineAnalyzer());
}

export function deactivate(): void {}
