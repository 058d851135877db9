// Small helpers shared by the integration suites.
import * as vscode from 'vscode';

export const ExtensionId = 'newslens.newslens';

/** The folder the harness opened: a scratch copy of samples/ plus test/integration/fixtures/. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the harness should open a copy of samples/');
  return folder;
}

export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, relativePath);
}

/** Polls until the condition holds; throws with the description after timeoutMs. */
export async function waitFor(description: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
