// Helpers for the panel, annotations, commands and diagnostics suites.
import * as vscode from 'vscode';
import { ExtensionId, waitFor, workspaceFile } from './helpers';

/** A node of a Newslens tree view as the `_newslens.panelItems` test hook returns it. */
export interface TreeNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  contextValue?: string;
  reveal?: { file: string; start: number; end: number };
  data?: Record<string, unknown>;
  children?: TreeNode[];
}

/** Activates Newslens and waits for the first indexing of the workspace. */
export async function newslensReady(): Promise<void> {
  const extension = vscode.extensions.getExtension(ExtensionId);
  if (!extension) throw new Error(`${ExtensionId} is not installed`);
  const api = (await extension.activate()) as { ready: Promise<void> };
  await api.ready;
}

export async function viewItems(view: string): Promise<TreeNode[]> {
  return (await vscode.commands.executeCommand<TreeNode[] | undefined>('_newslens.panelItems', view)) ?? [];
}

export function flatten(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);
}

export async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Polls an async condition (file contents, command results) until it holds. */
export async function waitForAsync(description: string, condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  let last = false;
  const deadline = Date.now() + timeoutMs;
  while (!(last = await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  void last;
}

/**
 * Writes an article of our own into the workspace and opens it once Newslens has indexed it
 * (it appears in the Sources view). Each suite uses its own file name, so suites don't interfere.
 */
export async function openNewArticle(name: string, text: string): Promise<vscode.TextEditor> {
  await newslensReady();
  const uri = workspaceFile(name);
  await writeText(uri, text);
  await waitForAsync(`${name} to be indexed`, async () => flatten(await viewItems('newslens.sources')).some((n) => n.label === name));
  const editor = await vscode.window.showTextDocument(uri);
  await waitFor(`${name} to be the active editor`, () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString());
  return editor;
}

/** Selects the first occurrence of `text` in the editor. */
export function select(editor: vscode.TextEditor, text: string, occurrence = 0): vscode.Selection {
  const all = editor.document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = all.indexOf(text, index + 1);
  if (index === -1) throw new Error(`"${text}" is not in ${editor.document.uri.path}`);
  const selection = new vscode.Selection(editor.document.positionAt(index), editor.document.positionAt(index + text.length));
  editor.selection = selection;
  return selection;
}

export { waitFor, workspaceFile };

/** Leaves the workbench as the next suite expects it: one editor group, nothing open, nothing dirty. */
export async function resetEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.joinAllGroups');
}
