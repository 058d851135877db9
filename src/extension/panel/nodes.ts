/**
 * The panel's trees as plain data, built by pure functions from the scan result and the
 * sidecars; the tree providers only turn them into TreeItems. No vscode here.
 */

export interface SpanRef {
  file: string;
  start: number;
  end: number;
}

export type NodeIcon =
  | 'file'
  | 'warning'
  | 'error'
  | 'person'
  | 'organization'
  | 'place'
  | 'date'
  | 'quote'
  | 'speaker'
  | 'group'
  | 'mention'
  | 'finding'
  | 'entity'
  | 'note'
  | 'confirmed'
  | 'rejected'
  | 'detected'
  | 'orphan'
  | 'folder';

export interface PanelNode {
  /** Unique within its tree, stable across refreshes (keeps expansion state). */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: NodeIcon;
  /** For `view/item/context` menus (`viewItem == ...`). */
  contextValue?: string;
  /** Clicking the item reveals this span. */
  reveal?: SpanRef;
  /** Data the item's commands get (an entity id, a quote group, an annotation id...). */
  data?: Record<string, unknown>;
  children?: PanelNode[];
  /** Whether it has children, for nodes whose `children` are built when first read (withLazyChildren). */
  hasChildren?: boolean;
  /** Expanded when first shown. */
  expanded?: boolean;
}

/** A node's fields as a builder gives them: its tooltip may be a function, called when it is first read. */
export type NodeFields = Omit<PanelNode, 'children' | 'hasChildren' | 'tooltip'> & { tooltip?: string | (() => string) };

/**
 * A node whose children are built on first read, and whose tooltip too when it is given as a
 * function: a view asks for children only when the node is expanded (a folder of thousands of
 * articles has thousands of entities under each type), and for a tooltip only on hover (see
 * NodeTreeProvider.resolveTreeItem). A class, not an object with getters defined per node: a
 * large folder's views make tens of thousands of these after every change.
 */
class LazyNode implements PanelNode {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly icon?: NodeIcon;
  readonly contextValue?: string;
  readonly reveal?: SpanRef;
  readonly data?: Record<string, unknown>;
  readonly expanded?: boolean;
  private builtChildren: PanelNode[] | undefined;
  private tooltipOrBuild: string | (() => string) | undefined;

  constructor(fields: NodeFields, readonly hasChildren: boolean, private readonly buildChildren: () => PanelNode[]) {
    this.id = fields.id;
    this.label = fields.label;
    this.description = fields.description;
    this.icon = fields.icon;
    this.contextValue = fields.contextValue;
    this.reveal = fields.reveal;
    this.data = fields.data;
    this.expanded = fields.expanded;
    this.tooltipOrBuild = fields.tooltip;
  }

  get children(): PanelNode[] {
    return (this.builtChildren ??= this.hasChildren ? this.buildChildren() : []);
  }

  get tooltip(): string | undefined {
    if (typeof this.tooltipOrBuild === 'function') this.tooltipOrBuild = this.tooltipOrBuild();
    return this.tooltipOrBuild;
  }
}

export function withLazyChildren(fields: NodeFields, hasChildren: boolean, build: () => PanelNode[]): PanelNode {
  return new LazyNode(fields, hasChildren, build);
}

/** The node with its tooltip built on first read (it has no children). */
export function withLazyTooltip(fields: NodeFields): PanelNode {
  return new LazyNode(fields, false, () => []);
}

/**
 * The tree as plain objects, every child and tooltip built: what a test reads through a command
 * (a command's result may be copied, and a copy keeps own data properties only).
 */
export function plainNodes(nodes: readonly PanelNode[]): PanelNode[] {
  return nodes.map((node) => {
    const plain: PanelNode = { id: node.id, label: node.label };
    for (const key of ['description', 'tooltip', 'icon', 'contextValue', 'reveal', 'data', 'hasChildren', 'expanded'] as const) {
      if (node[key] !== undefined) (plain as unknown as Record<string, unknown>)[key] = node[key];
    }
    if (node.children) plain.children = plainNodes(node.children);
    return plain;
  });
}

/** `make` remembered per key: thousands of nodes share a handful of counts, whose words are localized once. */
export function remembered<K, V>(make: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, make(key));
    return known.get(key)!;
  };
}

/** One line of context around a span for labels: whitespace collapsed, cut to `max` characters. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

export { counted, ENGLISH, type Localizer } from '../localizer';

/** The line of a source around a span (code points), for descriptions; undefined when unknown. */
export type SpanContext = (file: string, start: number, end: number) => string | undefined;

/** The line holding [start, end) in a text, given as UTF-16 offsets. */
export function lineAt(text: string, start: number, end: number): string {
  const from = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0;
  const newline = text.indexOf('\n', end);
  return text.slice(from, newline === -1 ? text.length : newline);
}
