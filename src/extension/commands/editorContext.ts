/** What a command needs from the active editor: the article, its positions, the selection in code points. */
import * as vscode from 'vscode';
import { DocumentPositions } from '../positions';
import type { Services } from '../services';

export interface ArticleEditor {
  editor: vscode.TextEditor;
  file: string;
  positions: DocumentPositions;
  /** The selection as code points over the normalized text. */
  start: number;
  end: number;
}

/** The active article editor, or undefined (with a message) when there is none. */
export async function activeArticle(services: Services): Promise<ArticleEditor | undefined> {
  const editor = vscode.window.activeTextEditor;
  const file = editor ? services.workspace.fileOf(editor.document.uri) : undefined;
  if (!editor || file === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: open an article (one of the newslens.sources files) first.'));
    return undefined;
  }
  // Typing may still be waiting for its debounced analysis: bring the index up to date.
  await services.workspace.refreshNow(editor.document);
  const positions = new DocumentPositions(editor.document);
  const a = positions.codePointAt(editor.selection.start);
  const b = positions.codePointAt(editor.selection.end);
  return { editor, file, positions, start: Math.min(a, b), end: Math.max(a, b) };
}

/** Commands run from a view item get the PanelNode; from code they get plain arguments. */
export function argumentsOf<T extends object>(arg: unknown): Partial<T> {
  if (!arg || typeof arg !== 'object') return {};
  const node = arg as { data?: unknown; label?: unknown; id?: unknown };
  if (typeof node.label === 'string' && typeof node.id === 'string' && node.data && typeof node.data === 'object') return node.data as Partial<T>;
  return arg as Partial<T>;
}

/** Runs a command body and shows its failure as an error message instead of a silent rejection. */
export function reporting<A extends unknown[], R>(body: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      return await body(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Newslens: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  };
}
