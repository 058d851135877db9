// Helpers shared by the web suites; nothing here may use Node (the host is a browser web worker).
import * as vscode from 'vscode';
import type { NewslensApi } from '../../src/extension/extension';

export const ExtensionId = 'newslens.newslens';
export const FixtureArticle = 'fixture-web-ferry.txt';

export function newslensExtension(): vscode.Extension<NewslensApi> {
  const extension = vscode.extensions.getExtension<NewslensApi>(ExtensionId);
  if (!extension) throw new Error(`${ExtensionId} is not loaded in the web extension host`);
  return extension;
}

/** Activates the extension (if the workspace had not already) and waits for its first indexing. */
export async function readyApi(timeoutMs = 20_000): Promise<NewslensApi> {
  const api = await newslensExtension().activate();
  await withTimeout('the first indexing (api.ready)', api.ready, timeoutMs);
  return api;
}

export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the harness mounts a copy of samples/');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function readWorkspaceText(relativePath: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(relativePath)));
}

/** A code-point slice, as the model's offsets count. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

export async function withTimeout<T>(description: string, promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for: ${description}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls until the condition holds; throws with the description after timeoutMs. */
export async function waitFor(description: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
