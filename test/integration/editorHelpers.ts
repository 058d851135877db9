// Helpers for the editor-feature suites (highlights, hovers, navigation, grammar).
import * as vscode from 'vscode';
import type { NewslensApi } from '../../src/extension/extension';
import type { DrawnHighlights } from '../../src/extension/highlights/highlights';
import { ExtensionId, workspaceFile } from './helpers';

/** The activated extension's API, after the first indexing finished. */
export async function newslensApi(): Promise<NewslensApi> {
  const extension = vscode.extensions.getExtension<NewslensApi>(ExtensionId);
  if (!extension) throw new Error(`${ExtensionId} is not installed`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

/** Polls an async condition until it returns a value (not undefined); throws with the description after timeoutMs. */
export async function waitForValue<T>(description: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens a workspace article in an editor once the index has it. */
export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const api = await newslensApi();
  const uri = workspaceFile(name);
  await waitForValue(`${name} to be indexed`, () => (api.services.workspace.source(name) ? true : undefined));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export function drawnHighlights(document: vscode.TextDocument): Thenable<DrawnHighlights | undefined> {
  return vscode.commands.executeCommand<DrawnHighlights | undefined>('_newslens.drawnHighlights', document.uri.toString());
}

/** The range of the n-th occurrence (0-based) of text in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const all = document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = all.indexOf(text, index + 1);
    if (index === -1) throw new Error(`"${text}" (occurrence ${occurrence}) is not in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(index), document.positionAt(index + text.length));
}

export function tuple(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** Text of every hover at a position, with whether each may run commands. */
export async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<{ value: string; isTrusted: unknown; supportHtml: unknown }[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) =>
    hover.contents.map((content) =>
      typeof content === 'string'
        ? { value: content, isTrusted: false, supportHtml: false }
        : 'value' in content && !('language' in content)
          ? { value: content.value, isTrusted: (content as vscode.MarkdownString).isTrusted, supportHtml: (content as vscode.MarkdownString).supportHtml }
          : { value: content.value, isTrusted: false, supportHtml: false },
    ),
  );
}
