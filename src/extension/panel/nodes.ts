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

/**
 * The node with `children` built on first read: a view asks for them only when the node is
 * expanded, and a folder of thousands of articles has thousands of entities under each type.
 */
export function withLazyChildren(node: Omit<PanelNode, 'children' | 'hasChildren'>, hasChildren: boolean, build: () => PanelNode[]): PanelNode {
  let built: PanelNode[] | undefined;
  return Object.defineProperty({ ...node, hasChildren } as PanelNode, 'children', { get: () => (built ??= build()), enumerable: true });
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
