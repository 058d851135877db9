/**
 * A sidecar as a live `yaml` Document: comments, key order, blank lines and unknown fields
 * survive load-modify-save because changes are made on the document's nodes, never by
 * re-serializing plain data. Output is deterministic: annotations ordered by start, then id.
 */
import { Document, isMap, isSeq, LineCounter, parseDocument, type YAMLSeq } from 'yaml';
import { readDocument, type ReadResult } from './validate';
import { SCHEMA_VERSION, type Annotation, type SidecarHeader, type SidecarIssue } from './types';

/** Sidecars above this size (UTF-16 units, about bytes for ASCII) are refused. */
export const MAX_SIDECAR_LENGTH = 8 * 1024 * 1024;

export interface Sidecar {
  readonly doc: Document;
  readonly header: SidecarHeader | null;
  readonly annotations: Annotation[];
  /** Where each annotation starts in the parsed text (1-based); empty for new sidecars. */
  readonly positions: Map<string, { line: number; column: number }>;
  /** Parse and schema problems. Any error makes the sidecar read-only. */
  readonly issues: SidecarIssue[];
}

/**
 * The document plus a cache of what it says, re-read lazily after changes: a batch of edits
 * (scan --write on a long file) costs one re-read, not one per edit.
 */
class LiveSidecar implements Sidecar {
  private cache: ReadResult | null;
  /** Whether the sidecar as loaded had no errors; edits keep it valid, so this is read once. */
  private writableAsLoaded: boolean | null = null;

  constructor(
    readonly doc: Document,
    read: ReadResult | null,
    /** Problems found before reading the document (YAML syntax, size); they never change. */
    private readonly parseIssues: SidecarIssue[],
    readonly positions: Map<string, { line: number; column: number }>,
  ) {
    this.cache = read;
  }

  get header(): SidecarHeader | null {
    return this.current().header;
  }

  get annotations(): Annotation[] {
    return this.current().annotations;
  }

  get issues(): SidecarIssue[] {
    return [...this.parseIssues, ...this.current().issues];
  }

  get writable(): boolean {
    return (this.writableAsLoaded ??= !this.issues.some((i) => i.severity === 'error'));
  }

  changed(): void {
    // A document that did not parse is never edited, so its (empty) reading stays.
    if (!this.parseIssues.some((i) => i.severity === 'error')) this.cache = null;
  }

  private current(): ReadResult {
    return (this.cache ??= readDocument(this.doc, null));
  }
}

const EMPTY_READ: ReadResult = { header: null, annotations: [], positions: new Map(), issues: [] };

export class SidecarNotWritableError extends Error {}

const TO_STRING_OPTIONS = { lineWidth: 0 } as const;

export function parseSidecar(text: string, maxLength = MAX_SIDECAR_LENGTH): Sidecar {
  if (text.length > maxLength) {
    const issue: SidecarIssue = { severity: 'error', message: `sidecar is ${text.length} characters, over the ${maxLength} limit; not read`, line: 1, column: 1 };
    return new LiveSidecar(new Document(), EMPTY_READ, [issue], new Map());
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const issues: SidecarIssue[] = [];
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const position = problem.linePos?.[0];
    issues.push({
      severity: doc.errors.includes(problem as never) ? 'error' : 'warning',
      message: problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      line: position?.line ?? 1,
      column: position?.col ?? 1,
    });
  }
  if (issues.some((i) => i.severity === 'error')) return new LiveSidecar(doc, EMPTY_READ, issues, new Map());
  const read = readDocument(doc, lineCounter);
  return new LiveSidecar(doc, read, issues, read.positions);
}

/** A new, empty sidecar for a source file (its name relative to the sidecar's folder). */
export function createSidecar(sourceFile: string, sourceHash: string): Sidecar {
  const doc = new Document({ version: SCHEMA_VERSION, source: sourceFile, hash: sourceHash, annotations: [] });
  doc.commentBefore = ' Newslens annotations (schema v1): see the README, section "Annotations".';
  return new LiveSidecar(doc, null, [], new Map());
}

export function isWritable(sidecar: Sidecar): boolean {
  // A loaded sidecar keeps its first answer: re-reading the whole document after each edit
  // made a batch of N additions cost N re-reads.
  if (sidecar instanceof LiveSidecar) return sidecar.writable;
  return !sidecar.issues.some((i) => i.severity === 'error');
}

/** Throws SidecarNotWritableError for a sidecar that did not parse or fit the schema. */
export function assertWritable(sidecar: Sidecar): void {
  if (!isWritable(sidecar)) {
    const first = sidecar.issues.find((i) => i.severity === 'error')!;
    throw new SidecarNotWritableError(`sidecar has errors (line ${first.line}, column ${first.column}: ${first.message}); not modified`);
  }
}

/** The YAML text to save. Refuses sidecars with errors: those are never overwritten. */
export function serializeSidecar(sidecar: Sidecar): string {
  assertWritable(sidecar);
  sortAnnotations(sidecar);
  return sidecar.doc.toString(TO_STRING_OPTIONS);
}

/** The annotations list node, created (block style) when the file has none or `annotations:` is empty. */
export function annotationSeq(sidecar: Sidecar): YAMLSeq {
  const { doc } = sidecar;
  let seq = doc.get('annotations', true);
  if (!isSeq(seq)) {
    seq = doc.createNode([]) as YAMLSeq;
    doc.set('annotations', seq);
  }
  const list = seq as YAMLSeq;
  // An empty flow list `[]` would stay flow style as it grows; block style diffs and merges per line.
  list.flow = false;
  return list;
}

/** Stable sort of the annotation nodes by target start, then id (orders hand-edited files too). */
export function sortAnnotations(sidecar: Sidecar): void {
  const seq = sidecar.doc.get('annotations', true);
  if (!isSeq(seq)) return;
  const keyed = seq.items.map((node, index) => ({ node, index, key: sortKey(node) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index);
  if (keyed.some((k, i) => k.index !== i)) seq.items = keyed.map((k) => k.node);
}

/** An annotation node's order: its TextPositionSelector start, then its id (read from the nodes, no conversion). */
export function sortKey(node: unknown): { start: number; id: string } {
  if (!isMap(node)) return { start: Number.MAX_SAFE_INTEGER, id: '' };
  const id = node.get('id');
  const target = node.get('target', true);
  const position = isSeq(target) ? target.items.find((s) => isMap(s) && s.get('type') === 'TextPositionSelector') : undefined;
  const start = isMap(position) ? position.get('start') : undefined;
  return { start: typeof start === 'number' ? start : Number.MAX_SAFE_INTEGER, id: typeof id === 'string' ? id : '' };
}

export function compareKeys(a: { start: number; id: string }, b: { start: number; id: string }): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Call after changing the document: header, annotations and issues are re-read when next used. */
export function markChanged(sidecar: Sidecar): void {
  if (sidecar instanceof LiveSidecar) sidecar.changed();
}
