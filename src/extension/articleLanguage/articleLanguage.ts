/**
 * The `news-article` language (its TextMate grammar is syntaxes/news-article.tmLanguage.json).
 * It claims no file extension: plain-text documents matching `newslens.sources` switch to it
 * when opened, and "Mark as Article" adds any other file.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { withSourceGlob } from './sourceGlobs';

export const ARTICLE_LANGUAGE = 'news-article';
export const MARK_AS_ARTICLE_COMMAND = 'newslens.markAsArticle';

export function registerArticleLanguage(services: Services): void {
  const { workspace } = services;
  // Switched once per document per session: if the user picks another language afterwards, that choice
  // stays (setTextDocumentLanguage closes and reopens the document, so closing does not reset this).
  const switched = new Set<string>();

  const adopt = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || switched.has(key) || !workspace.isArticle(document)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE).then(undefined, () => switched.delete(key));
  };

  const markAsArticle = async (uri?: vscode.Uri): Promise<void> => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: open the file to mark as an article first.'));
      return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Newslens: only files inside a workspace folder can be articles.'));
      return;
    }
    switched.add(document.uri.toString());
    const marked = document.languageId === ARTICLE_LANGUAGE ? document : await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
    if (!workspace.isArticle(marked)) await addToSources(folder, marked.uri);
    await workspace.addDocument(marked);
  };

  services.context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(adopt),
    vscode.commands.registerCommand(MARK_AS_ARTICLE_COMMAND, markAsArticle),
  );
  vscode.workspace.textDocuments.forEach(adopt);
}

/** Adds the file's folder-relative path to `newslens.sources` in the workspace settings, keeping the globs in effect. */
async function addToSources(folder: vscode.WorkspaceFolder, uri: vscode.Uri): Promise<void> {
  const config = vscode.workspace.getConfiguration('newslens', folder.uri);
  const inspected = config.inspect<string[]>('sources');
  // The setting is window-scoped: one list for the workspace (multi-root paths carry the folder name).
  const current = inspected?.workspaceValue ?? inspected?.globalValue ?? inspected?.defaultValue ?? [];
  const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  const next = withSourceGlob(current, relative);
  if (next !== current) await config.update('sources', next, vscode.ConfigurationTarget.Workspace);
}
