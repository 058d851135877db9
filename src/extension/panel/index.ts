/** The Newslens side panel: five tree views over the workspace index and the sidecars. */
import * as vscode from 'vscode';
import { sourceUriOf, type SidecarStore } from '../annotations/sidecarStore';
import { CommandId, ENTITY_FILTER_CONTEXT, ViewId } from '../commands/commandIds';
import { DocumentPositions } from '../positions';
import type { Services } from '../services';
import { annotationNodes } from './annotationsModel';
import { articleNodes } from './articleModel';
import { entityNodes } from './entitiesModel';
import { lineAt, plainNodes, type PanelNode, type SpanRef } from './nodes';
import { quoteNodes } from './quotesModel';
import { sourceNodes, type SidecarHealth } from './sourcesModel';
import { NodeTreeProvider } from './treeProvider';

export interface Panel {
  readonly providers: ReadonlyMap<ViewId, NodeTreeProvider>;
  /** The source the This Article and Annotations views follow (the last active article). */
  activeFile(): string | undefined;
}

export function registerPanel(services: Services, store: SidecarStore): Panel {
  const { workspace, context } = services;
  let filter = '';
  let active: string | undefined;

  const spanContext = (file: string, start: number, end: number): string | undefined => {
    const source = store.peek(file)?.source;
    return source ? lineAt(source.text, source.offsets.toUtf16(start), source.offsets.toUtf16(end)) : undefined;
  };
  const names = (): Map<string, string> => new Map(workspace.result().entities.map((e) => [e.id, e.name]));
  const health = (): Map<string, SidecarHealth> =>
    new Map(
      store.all().map((s) => {
        const error = s.issues.find((i) => i.severity === 'error');
        return [s.file, { orphans: s.orphans, annotations: s.annotations.length, ...(error ? { error: `line ${error.line}, column ${error.column}: ${error.message}` } : {}) }];
      }),
    );

  const providers = new Map<ViewId, NodeTreeProvider>([
    [ViewId.Sources, new NodeTreeProvider(() => sourceNodes(workspace.result(), health(), workspace.skipped, vscode.l10n))],
    [ViewId.Entities, new NodeTreeProvider(() => entityNodes(workspace.result(), filter, spanContext, vscode.l10n))],
    [ViewId.Quotes, new NodeTreeProvider(() => quoteNodes(workspace.result(), vscode.l10n))],
    [ViewId.ThisArticle, new NodeTreeProvider(() => (active ? articleNodes(workspace.result(), active, vscode.l10n) : []))],
    [ViewId.Annotations, new NodeTreeProvider(() => (active ? annotationNodes(active, store.peek(active)?.annotations ?? [], names(), vscode.l10n) : []))],
  ]);
  const views = new Map([...providers].map(([id, provider]) => [id, vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: id !== ViewId.Sources })]));
  const refresh = (...ids: ViewId[]): void => ids.forEach((id) => providers.get(id)!.refresh());
  const refreshTitles = (): void => {
    views.get(ViewId.Entities)!.description = filter ? `filter: ${filter}` : undefined;
    const label = active ? active.slice(active.lastIndexOf('/') + 1) : undefined;
    views.get(ViewId.ThisArticle)!.description = label;
    views.get(ViewId.Annotations)!.description = label;
  };

  const follow = (editor: vscode.TextEditor | undefined): void => {
    // A sidecar in the editor counts as its article.
    const uri = editor && (sourceUriOf(editor.document.uri) ?? editor.document.uri);
    const file = uri ? workspace.fileOf(uri) : undefined;
    if (file === undefined || file === active) return;
    active = file;
    refreshTitles();
    refresh(ViewId.ThisArticle, ViewId.Annotations);
  };

  // Index updates come in bursts while a folder is indexed: refresh at most every 150 ms.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const refreshAll = (): void => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      if (active !== undefined && workspace.uriOf(active) === undefined) active = undefined;
      follow(vscode.window.activeTextEditor);
      refreshTitles();
      refresh(...providers.keys());
    }, 150);
  };

  const setFilter = async (value: string): Promise<void> => {
    filter = value.trim();
    await vscode.commands.executeCommand('setContext', ENTITY_FILTER_CONTEXT, filter !== '');
    refreshTitles();
    refresh(ViewId.Entities);
  };

  context.subscriptions.push(
    ...providers.values(),
    ...views.values(),
    { dispose: () => clearTimeout(pending) },
    workspace.onDidUpdate(refreshAll),
    store.onDidChange(refreshAll),
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.commands.registerCommand(CommandId.Reveal, (span: SpanRef) => reveal(services, span)),
    // The tests' view of a panel: plain copies, every child and tooltip made (a small folder).
    vscode.commands.registerCommand(CommandId.PanelItems, (id: ViewId): PanelNode[] => plainNodes(providers.get(id)?.nodes() ?? [])),
    vscode.commands.registerCommand(CommandId.FilterEntities, async (value?: string) => {
      const text = typeof value === 'string' ? value : await vscode.window.showInputBox({ title: vscode.l10n.t('Filter entities'), prompt: vscode.l10n.t('Part of a name, alias, id or type (empty: show all)'), value: filter });
      if (text !== undefined) await setFilter(text);
    }),
    vscode.commands.registerCommand(CommandId.ClearEntityFilter, () => setFilter('')),
  );
  follow(vscode.window.activeTextEditor);
  return { providers, activeFile: () => active };
}

/** Opens a source and selects the span (code points over the normalized text). */
export async function reveal(services: Services, span: SpanRef): Promise<void> {
  const uri = services.workspace.uriOf(span.file);
  if (!uri) return;
  const editor = await vscode.window.showTextDocument(uri, { preview: true });
  const range = new DocumentPositions(editor.document).range(span);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
