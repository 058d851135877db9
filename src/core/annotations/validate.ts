/**
 * Reads a parsed sidecar document into the typed model, checking it against schema v1
 * (the same rules as schemas/annotations.schema.json) and locating every problem by line
 * and column. Unknown fields are allowed and left alone.
 */
import type { Document, LineCounter } from 'yaml';
import { ENTITY_TYPES } from '../model';
import { ID_PATTERN } from './ids';
import { linkPathProblem } from './paths';
import {
  ANNOTATION_STATUSES,
  SCHEMA_VERSION,
  type Annotation,
  type AnnotationLink,
  type SidecarHeader,
  type SidecarIssue,
  type TextTarget,
} from './types';

export const MAX_ALIAS_COUNT = 100;
const QUOTE_KINDS = ['direct', 'partial', 'scare', 'title'];
const TYPE_PATTERN = /^[a-z][a-z0-9-]*$/;
const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

export interface ReadResult {
  header: SidecarHeader | null;
  annotations: Annotation[];
  /** For each annotation, where it starts in the YAML text (1-based line and column). */
  positions: Map<string, { line: number; column: number }>;
  issues: SidecarIssue[];
}

type Path = ReadonlyArray<string | number>;

export function readDocument(doc: Document, lineCounter: LineCounter | null): ReadResult {
  const issues: SidecarIssue[] = [];
  const positions = new Map<string, { line: number; column: number }>();
  const at = (path: Path): { line: number; column: number } => locate(doc, lineCounter, path);
  const error = (path: Path, message: string, annotationId?: string): void => {
    issues.push({ severity: 'error', message, ...at(path), ...(annotationId ? { annotationId } : {}) });
  };

  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    error([], `cannot expand the document: ${(e as Error).message}`);
    return { header: null, annotations: [], positions, issues };
  }
  if (!isRecord(root)) {
    error([], 'a sidecar is a mapping with version, source, hash and annotations');
    return { header: null, annotations: [], positions, issues };
  }

  let header: SidecarHeader | null = null;
  if (root.version !== SCHEMA_VERSION) {
    const newer = typeof root.version === 'number' && root.version > SCHEMA_VERSION;
    error(['version'], newer ? `schema version ${root.version} is newer than this Newslens understands (${SCHEMA_VERSION})` : `version must be ${SCHEMA_VERSION}`);
  }
  if (typeof root.source !== 'string' || root.source.length === 0) error(['source'], 'source must name the source file');
  if (typeof root.hash !== 'string' || !HASH_PATTERN.test(root.hash)) error(['hash'], 'hash must be sha256:<64 hex digits>');
  if (issues.length === 0) header = { version: SCHEMA_VERSION, file: root.source as string, hash: root.hash as string };

  const annotations: Annotation[] = [];
  const list = root.annotations ?? [];
  if (!Array.isArray(list)) {
    error(['annotations'], 'annotations must be a list');
    return { header, annotations, positions, issues };
  }
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    const path = ['annotations', index];
    const before = issues.length;
    const annotation = readAnnotation(item, path, error);
    if (annotation && seen.has(annotation.id)) error([...path, 'id'], `duplicate id ${annotation.id}`, annotation.id);
    if (annotation && issues.length === before) {
      seen.add(annotation.id);
      annotations.push(annotation);
      positions.set(annotation.id, at(path));
    }
  });
  return { header, annotations, positions, issues };
}

type Report = (path: Path, message: string, annotationId?: string) => void;

function readAnnotation(item: unknown, path: Path, error: Report): Annotation | null {
  if (!isRecord(item)) {
    error(path, 'an annotation is a mapping');
    return null;
  }
  const id = typeof item.id === 'string' && ID_PATTERN.test(item.id) ? item.id : null;
  if (!id) {
    error([...path, 'id'], 'id must be letters, digits, _ . : - (like a-m3k9x2p1q-7f3k2p9z)');
    return null;
  }
  const fail = (field: Path, message: string): void => error([...path, ...field], message, id);
  if (typeof item.type !== 'string' || !TYPE_PATTERN.test(item.type)) fail(['type'], 'type must be a lowercase word (entity, quote, note, ...)');
  const target = readTarget(item.target, fail);
  const annotation: Annotation = { id, type: String(item.type), target: target ?? { exact: '', prefix: '', suffix: '', start: 0, end: 0 } };

  if (item.status !== undefined) {
    if (!ANNOTATION_STATUSES.includes(item.status as never)) fail(['status'], `status must be one of ${ANNOTATION_STATUSES.join(', ')}`);
    else annotation.status = item.status as Annotation['status'];
  }
  if (item.entity !== undefined || item.type === 'entity') {
    const entity = item.entity;
    if (!isRecord(entity) || !ENTITY_TYPES.includes(entity.type as never) || typeof entity.id !== 'string' || !optionalString(entity.name)) {
      fail(['entity'], `entity needs type (${ENTITY_TYPES.join(', ')}), id, and optionally name`);
    } else {
      annotation.entity = { type: entity.type as never, id: entity.id, ...(entity.name !== undefined ? { name: entity.name as string } : {}) };
    }
  }
  if (item.quote !== undefined || item.type === 'quote') {
    const quote = item.quote;
    if (!isRecord(quote) || !QUOTE_KINDS.includes(quote.kind as string) || !optionalString(quote.speaker) || !optionalString(quote.group)) {
      fail(['quote'], `quote needs kind (${QUOTE_KINDS.join(', ')}), and optionally speaker and group`);
    } else {
      annotation.quote = {
        kind: quote.kind as never,
        ...(typeof quote.speaker === 'string' ? { speaker: quote.speaker } : {}),
        ...(typeof quote.group === 'string' ? { group: quote.group } : {}),
      };
    }
  }
  if (item.note !== undefined) {
    if (typeof item.note !== 'string') fail(['note'], 'note must be text');
    else annotation.note = item.note;
  }
  if (item.tags !== undefined) {
    if (!Array.isArray(item.tags) || !item.tags.every((t) => typeof t === 'string')) fail(['tags'], 'tags must be a list of text');
    else annotation.tags = item.tags as string[];
  }
  if (item.links !== undefined) {
    const links = readLinks(item.links, fail);
    if (links) annotation.links = links;
  }
  for (const field of ['author', 'created'] as const) {
    if (item[field] === undefined) continue;
    if (typeof item[field] !== 'string') fail([field], `${field} must be text`);
    else annotation[field] = item[field] as string;
  }
  return target ? annotation : null;
}

function readTarget(value: unknown, fail: (field: Path, message: string) => void): TextTarget | null {
  if (!Array.isArray(value)) {
    fail(['target'], 'target must list a TextQuoteSelector and a TextPositionSelector');
    return null;
  }
  const quoteIndex = value.findIndex((s) => isRecord(s) && s.type === 'TextQuoteSelector');
  const positionIndex = value.findIndex((s) => isRecord(s) && s.type === 'TextPositionSelector');
  if (quoteIndex === -1 || positionIndex === -1) {
    fail(['target'], 'target must list a TextQuoteSelector and a TextPositionSelector');
    return null;
  }
  const quote = value[quoteIndex] as Record<string, unknown>;
  const position = value[positionIndex] as Record<string, unknown>;
  let ok = true;
  if (typeof quote.exact !== 'string' || quote.exact.length === 0) {
    fail(['target', quoteIndex, 'exact'], 'exact must be the annotated text (not empty)');
    ok = false;
  }
  for (const side of ['prefix', 'suffix'] as const) {
    if (!optionalString(quote[side])) {
      fail(['target', quoteIndex, side], `${side} must be text`);
      ok = false;
    }
  }
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    fail(['target', positionIndex], 'start and end must be whole numbers with 0 <= start < end');
    ok = false;
  }
  if (!ok) return null;
  return {
    exact: quote.exact as string,
    prefix: (quote.prefix as string | undefined) ?? '',
    suffix: (quote.suffix as string | undefined) ?? '',
    start: start as number,
    end: end as number,
  };
}

function readLinks(value: unknown, fail: (field: Path, message: string) => void): AnnotationLink[] | null {
  if (!Array.isArray(value)) {
    fail(['links'], 'links must be a list of {file, id}');
    return null;
  }
  const links: AnnotationLink[] = [];
  value.forEach((link: unknown, i) => {
    if (!isRecord(link) || typeof link.file !== 'string' || typeof link.id !== 'string') {
      fail(['links', i], 'a link needs file (workspace-relative path) and id');
      return;
    }
    const problem = linkPathProblem(link.file);
    if (problem) fail(['links', i, 'file'], `link path ${JSON.stringify(link.file)}: ${problem}`);
    else links.push({ file: link.file, id: link.id });
  });
  return links.length === value.length ? links : null;
}

/** 1-based line and column of the node at `path`, or of its nearest existing ancestor. */
export function locate(doc: Document, lineCounter: LineCounter | null, path: Path): { line: number; column: number } {
  if (!lineCounter) return { line: 0, column: 0 };
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      const { line, col } = lineCounter.linePos(range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}
