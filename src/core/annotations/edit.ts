/**
 * Changes to a sidecar, made on the YAML nodes so everything else in the file stays as it was.
 * A field is only written when its value changes, so a one-annotation change is a small diff.
 * All of these refuse (SidecarNotWritableError) a sidecar that has errors.
 */
import { isMap, isScalar, Scalar, type Document, type YAMLMap } from 'yaml';
import { newAnnotationId } from './ids';
import { linkPathProblem } from './paths';
import { annotationSeq, assertWritable, refresh, sortAnnotations, type Sidecar } from './sidecar';
import type { Annotation, AnnotationLink, AnnotationStatus, EntityFields, IdSource, NewAnnotation, QuoteFields, TextTarget } from './types';

/** Adds an annotation at its sorted place; returns it with its new id. */
export function addAnnotation(sidecar: Sidecar, input: NewAnnotation, ids: IdSource): Annotation {
  assertWritable(sidecar);
  checkLinks(input.links);
  let id = newAnnotationId(ids);
  while (sidecar.annotations.some((a) => a.id === id)) id = newAnnotationId(ids); // only a replayed or broken id source repeats
  const annotation: Annotation = { ...input, id, created: input.created ?? new Date(ids.now()).toISOString() };
  const node = sidecar.doc.createNode(plainAnnotation(annotation)) as YAMLMap;
  quoteTargetStrings(node);
  const seq = annotationSeq(sidecar);
  seq.items.push(node);
  sortAnnotations(sidecar);
  refresh(sidecar);
  return annotation;
}

export interface AnnotationPatch {
  status?: AnnotationStatus | null;
  note?: string | null;
  tags?: string[] | null;
  links?: AnnotationLink[] | null;
  entity?: EntityFields;
  quote?: QuoteFields;
}

/**
 * Sets the given fields (null removes one); unchanged values are not rewritten. Returns false
 * when no annotation has this id.
 */
export function updateAnnotation(sidecar: Sidecar, id: string, patch: AnnotationPatch): boolean {
  assertWritable(sidecar);
  const node = annotationNode(sidecar, id);
  if (!node) return false;
  if (patch.links) checkLinks(patch.links);
  for (const key of ['status', 'note', 'tags', 'links'] as const) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null) node.delete(key);
    else setIfChanged(sidecar.doc, node, [key], value);
  }
  for (const key of ['entity', 'quote'] as const) {
    const fields = patch[key];
    if (!fields) continue;
    let fieldsNode: unknown = node.get(key, true);
    if (!isMap(fieldsNode)) {
      fieldsNode = sidecar.doc.createNode({});
      node.set(key, fieldsNode);
    }
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined || value === null) (fieldsNode as YAMLMap).delete(field);
      else setIfChanged(sidecar.doc, node, [key, field], value);
    }
  }
  refresh(sidecar);
  return true;
}

export function updateStatus(sidecar: Sidecar, id: string, status: AnnotationStatus): boolean {
  return updateAnnotation(sidecar, id, { status });
}

export function removeAnnotation(sidecar: Sidecar, id: string): boolean {
  assertWritable(sidecar);
  const seq = annotationSeq(sidecar);
  const index = seq.items.findIndex((item) => isMap(item) && item.get('id') === id);
  if (index === -1) return false;
  seq.items.splice(index, 1);
  refresh(sidecar);
  return true;
}

/** Rewrites an annotation's selectors (after re-anchoring), field by field. */
export function setTarget(sidecar: Sidecar, id: string, target: TextTarget): boolean {
  assertWritable(sidecar);
  const node = annotationNode(sidecar, id);
  if (!node) return false;
  const selectors = node.get('target', true);
  const list = isMap(selectors) ? null : (selectors as { items?: unknown[] } | null)?.items;
  const quoteIndex = list?.findIndex((s) => isMap(s) && s.get('type') === 'TextQuoteSelector') ?? -1;
  const positionIndex = list?.findIndex((s) => isMap(s) && s.get('type') === 'TextPositionSelector') ?? -1;
  if (quoteIndex === -1 || positionIndex === -1) return false;
  for (const field of ['exact', 'prefix', 'suffix'] as const) {
    setIfChanged(sidecar.doc, node, ['target', quoteIndex, field], target[field], true);
  }
  setIfChanged(sidecar.doc, node, ['target', positionIndex, 'start'], target.start);
  setIfChanged(sidecar.doc, node, ['target', positionIndex, 'end'], target.end);
  sortAnnotations(sidecar);
  refresh(sidecar);
  return true;
}

/** Records the hash of the source text the positions now refer to. */
export function setSourceHash(sidecar: Sidecar, hash: string): void {
  assertWritable(sidecar);
  if (sidecar.doc.get('hash') !== hash) sidecar.doc.set('hash', hash);
  refresh(sidecar);
}

export function findAnnotation(sidecar: Sidecar, id: string): Annotation | undefined {
  return sidecar.annotations.find((a) => a.id === id);
}

function annotationNode(sidecar: Sidecar, id: string): YAMLMap | null {
  const seq = annotationSeq(sidecar);
  const node = seq.items.find((item) => isMap(item) && item.get('id') === id);
  return isMap(node) ? node : null;
}

/** Field order in new annotations: what people read first, the long selectors last. */
function plainAnnotation(a: Annotation): Record<string, unknown> {
  const out: Record<string, unknown> = { id: a.id, type: a.type };
  if (a.status) out.status = a.status;
  if (a.entity) out.entity = withoutUndefined({ ...a.entity });
  if (a.quote) out.quote = withoutUndefined({ ...a.quote });
  if (a.note !== undefined) out.note = a.note;
  if (a.tags) out.tags = a.tags;
  if (a.links) out.links = a.links.map((l) => ({ file: l.file, id: l.id }));
  if (a.author) out.author = a.author;
  if (a.created) out.created = a.created;
  out.target = [
    { type: 'TextQuoteSelector', exact: a.target.exact, prefix: a.target.prefix, suffix: a.target.suffix },
    { type: 'TextPositionSelector', start: a.target.start, end: a.target.end },
  ];
  return out;
}

/** Quote strings are double-quoted so newlines and edge spaces stay visible on one line. */
function quoteTargetStrings(node: YAMLMap): void {
  const selectors = node.get('target', true) as { items?: unknown[] } | undefined;
  for (const selector of selectors?.items ?? []) {
    if (!isMap(selector)) continue;
    for (const field of ['exact', 'prefix', 'suffix']) {
      const scalar = selector.get(field, true);
      if (isScalar(scalar)) scalar.type = Scalar.QUOTE_DOUBLE;
    }
  }
}

function setIfChanged(doc: Document, node: YAMLMap, path: ReadonlyArray<string | number>, value: unknown, doubleQuoted = false): void {
  const current = node.getIn(path, true);
  const currentValue = isScalar(current) ? current.value : current && typeof (current as { toJSON?: unknown }).toJSON === 'function' ? (current as { toJSON(): unknown }).toJSON() : current;
  if (JSON.stringify(currentValue) === JSON.stringify(value)) return;
  if (isScalar(current) && (typeof value === 'string' || typeof value === 'number')) {
    current.value = value; // keeps the scalar's style and comments
    return;
  }
  const created = doc.createNode(value);
  if (doubleQuoted && isScalar(created)) created.type = Scalar.QUOTE_DOUBLE;
  node.setIn(path, created);
}

function checkLinks(links: AnnotationLink[] | undefined): void {
  for (const link of links ?? []) {
    const problem = linkPathProblem(link.file);
    if (problem) throw new Error(`link ${JSON.stringify(link.file)}: ${problem}`);
  }
}

function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}
