/** Core file spans -> editor locations, through DocumentPositions (cached per document version). */
import * as vscode from 'vscode';
import { DocumentPositions } from '../positions';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { FileSpan } from './lookup';

const cache = new WeakMap<vscode.TextDocument, { version: number; positions: DocumentPositions }>();

/** Positions for a document; rebuilt only when the document changed since the last call. */
export function positionsOf(document: vscode.TextDocument): DocumentPositions {
  const cached = cache.get(document);
  if (cached && cached.version === document.version) return cached.positions;
  const positions = new DocumentPositions(document);
  cache.set(document, { version: document.version, positions });
  return positions;
}

/** Does the index's result for this file describe the document's current text? */
export function isCurrent(workspace: WorkspaceIndex, file: string, positions: DocumentPositions): boolean {
  return workspace.analyzedFingerprint(file) === positions.fingerprint;
}

export async function locationOf(workspace: WorkspaceIndex, span: FileSpan): Promise<vscode.Location | undefined> {
  const uri = workspace.uriOf(span.file);
  if (!uri) return undefined;
  const document = await vscode.workspace.openTextDocument(uri);
  return new vscode.Location(uri, positionsOf(document).range(span));
}

export async function locationsOf(workspace: WorkspaceIndex, spans: readonly FileSpan[]): Promise<vscode.Location[]> {
  const locations = await Promise.all(spans.map((span) => locationOf(workspace, span)));
  return locations.filter((l): l is vscode.Location => l !== undefined);
}

/** Documents Newslens provides hovers, definitions and highlights for. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [
  { language: 'news-article' },
  { language: 'plaintext' },
];

/**
 * The indexed file and its positions when the document is an article the index knows and its
 * result describes the document's current text (not while an edit waits for analysis).
 */
export function articleAt(workspace: WorkspaceIndex, document: vscode.TextDocument): { file: string; positions: DocumentPositions } | undefined {
  const file = workspace.fileOf(document.uri);
  if (file === undefined || !workspace.source(file)) return undefined;
  const positions = positionsOf(document);
  return isCurrent(workspace, file, positions) ? { file, positions } : undefined;
}
