/** Desktop entry (package.json "main"): the engine runs in a worker thread. */
import { readFileSync } from 'node:fs';
import type * as vscode from 'vscode';
import { activateWith, type NewslensApi } from './extension';
import { WorkerAnalyzer } from './workspace/nodeAnalyzer';

export type { NewslensApi } from './extension';

export function activate(context: vscode.ExtensionContext): NewslensApi {
  return activateWith(context, new WorkerAnalyzer(context.extensionPath), readFileNow);
}

/** A local file's bytes, read at once (see ReadFileNow); undefined for any other scheme or a failed read. */
function readFileNow(uri: vscode.Uri): Uint8Array | undefined {
  if (uri.scheme !== 'file') return undefined;
  try {
    return readFileSync(uri.fsPath);
  } catch {
    return undefined;
  }
}

export function deactivate(): void {}
