/** One TreeDataProvider for every panel view: it shows PanelNodes that a pure builder returns. */
import * as vscode from 'vscode';
import { CommandId } from '../commands/commandIds';
import type { NodeIcon, PanelNode } from './nodes';

const ICONS: Record<NodeIcon, vscode.ThemeIcon> = {
  file: new vscode.ThemeIcon('file'),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  person: new vscode.ThemeIcon('person'),
  organization: new vscode.ThemeIcon('organization'),
  place: new vscode.ThemeIcon('location'),
  date: new vscode.ThemeIcon('calendar'),
  quote: new vscode.ThemeIcon('quote'),
  speaker: new vscode.ThemeIcon('megaphone'),
  group: new vscode.ThemeIcon('versions'),
  mention: new vscode.ThemeIcon('symbol-string'),
  finding: new vscode.ThemeIcon('report'),
  entity: new vscode.ThemeIcon('symbol-class'),
  note: new vscode.ThemeIcon('note'),
  confirmed: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  rejected: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  detected: new vscode.ThemeIcon('circle-outline'),
  orphan: new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  folder: new vscode.ThemeIcon('list-tree'),
};

export class NodeTreeProvider implements vscode.TreeDataProvider<PanelNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<PanelNode | undefined>();
  private roots: PanelNode[] | null = null;
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly build: () => PanelNode[]) {}

  /** Rebuilds the tree on next read. */
  refresh(): void {
    this.roots = null;
    this.changeEmitter.fire(undefined);
  }

  /** The whole tree as plain data (what the view shows; also the tests' hook). */
  nodes(): PanelNode[] {
    return (this.roots ??= this.build());
  }

  getChildren(node?: PanelNode): PanelNode[] {
    return node ? node.children ?? [] : this.nodes();
  }

  getTreeItem(node: PanelNode): vscode.TreeItem {
    // hasChildren answers without building lazy children (see withLazyChildren).
    const hasChildren = node.hasChildren ?? (node.children?.length ?? 0) > 0;
    const state = !hasChildren ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.contextValue = node.contextValue;
    if (node.icon) item.iconPath = ICONS[node.icon];
    if (node.reveal) item.command = { command: CommandId.Reveal, title: vscode.l10n.t('Show'), arguments: [node.reveal] };
    return item;
  }

  /**
   * Tooltips are made on hover: VS Code asks for the items of every child of an expanded node at
   * once (thousands, in a large folder's Entities view), and a tooltip can be a dozen lines.
   */
  resolveTreeItem(item: vscode.TreeItem, node: PanelNode): vscode.TreeItem {
    // Labels come from article text: plain tooltips, never markdown.
    item.tooltip = node.tooltip;
    return item;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
