/**
 * How Newslens writes a YAML file it manages (a sidecar or the registry):
 * - open in an editor: a WorkspaceEdit on the buffer (undo works; the edit is computed from the
 *   buffer's own text, so unsaved changes are kept, never overwritten). A buffer that was clean
 *   is saved again so the file on disk, git and the CLI see the change; a dirty one stays dirty.
 * - otherwise: a temporary file next to it, then a rename over it (a crash leaves the old file).
 */
import * as vscode from 'vscode';
import { decodeYamlBytes } from '../../core/text/articleBytes';
import { minimalEdit } from './resolve';

export interface FileText {
  /** The text, or null when the file does not exist (and is not open). */
  text: string | null;
  /** The open editor buffer, when the file is open. */
  document?: vscode.TextDocument;
}

/** A file's text: its open editor's, else its bytes by `decode` (a YAML file's decoding by default). */
export async function readFileText(uri: vscode.Uri, decode: (bytes: Uint8Array) => string = decodeYamlBytes): Promise<FileText> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document) return { text: document.getText(), document };
  try {
    return { text: decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { text: null };
    throw error;
  }
}

/** Writes `after` where `read` was read from; `read` must be the text the change was computed on. */
export async function writeFileText(uri: vscode.Uri, read: FileText, after: string): Promise<void> {
  const document = read.document && !read.document.isClosed ? read.document : undefined;
  if (document) {
    if (document.getText() !== read.text) throw new Error(`${vscode.workspace.asRelativePath(uri)} changed while Newslens was writing it; nothing written, try again`);
    const edit = minimalEdit(read.text ?? '', after);
    if (!edit) return;
    const wasDirty = document.isDirty;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) throw new Error(`VS Code refused the edit of ${vscode.workspace.asRelativePath(uri)}`);
    if (!wasDirty) await document.save();
    return;
  }
  if (read.text === after) return;
  await atomicWrite(uri, after);
}

export async function atomicWrite(uri: vscode.Uri, text: string): Promise<void> {
  const folder = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(folder, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
