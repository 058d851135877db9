/**
 * Changes to a sidecar, made on the YAML nodes so everything else in the file stays as it was.
 * A field is only written when its value changes, so a one-annotation change is a small diff.
 * All of these refuse (SidecarNotWritableError) a sidecar that has errors.
 */
import { isMap, isScalar, Scalar, type Document, type YAMLMap } from 'yaml';
import { newAnnotationId } from './ids';
import { linkPathProblem } from './paths';
import { annotationSeq, assertWritable, compareKeys, markChanged, sortAnnotations, sortKey, type Sidecar } from './sidecar';
import type { Annotation, AnnotationLink, AnnotationStatus, EntityFields, IdSource, NewAnnotation, QuoteFields, TextTarget } from './types';

/** Adds an annotation at its sorted place; returns it with its new id. */
export function addAnnotation(sidecar: Sidecar, input: NewAnnotation, ids: IdSource): Annotation {
  assertWritable(sidecar);
  checkLinks(input.links);
  const seq = annotationSeq(sidecar);
  const taken = (candidate: string): boolean => seq.items.some((item) => isMap(item) && item.get('id') === candidate);
  let id = newAnnotationId(ids);
  while (taken(id)) id = newAnnotationId(ids); // only a replayed or broken id source repeats
  const annotation: Annotation = { ...input, id, created: input.created ?? new Date(ids.now()).toISOString() };
  const node = sidecar.doc.createNode(plainAnnotation(annotation)) as YAMLMap;
  quoteTargetStrings(node);
  // Insert after every item that sorts before it (files are kept sorted, so scan from the end).
  const key = sortKey(node);
  let index = seq.items.length;
  while (index > 0 && compareKeys(sortKey(seq.items[index - 1]), key) > 0) index--;
  seq.items.splice(index, 0, node);
  markChanged(sidecar);
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

/** What an edit did: no such annotation, or whether any field actually changed. */
export type EditOutcome = 'missing' | 'changed' | 'unchanged';

/**
 * Sets the given fields (null removes one); unchanged values are not rewritten. Returns false
 * when no annotation has this id.
 */
export function updateAnnotation(sidecar: Sidecar, id: string, patch: AnnotationPatch): boolean {
  return patchAnnotation(sidecar, id, patch) !== 'missing';
}

/** updateAnnotation, telling whether anything changed. */
export function patchAnnotation(sidecar: Sidecar, id: string, patch: AnnotationPatch): EditOutcome {
  assertWritable(sidecar);
  const node = annotationNode(sidecar, id);
  if (!node) return 'missing';
  if (patch.links) checkLinks(patch.links);
  let changed = false;
  for (const key of ['status', 'note', 'tags', 'links'] as const) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null) changed = node.delete(key) || changed;
    else changed = setIfChanged(sidecar.doc, node, [key], value) || changed;
  }
  for (const key of ['entity', 'quote'] as const) {
    const fields = patch[key];
    if (!fields) continue;
    let fieldsNode: unknown = node.get(key, true);
    if (!isMap(fieldsNode)) {
      fieldsNode = sidecar.doc.createNode({});
      node.set(key, fieldsNode);
      changed = true;
    }
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined || value === null) changed = (fieldsNode as YAMLMap).delete(field) || changed;
      else changed = setIfChanged(sidecar.doc, node, [key, field], value) || changed;
    }
  }
  if (changed) markChanged(sidecar);
  return changed ? 'changed' : 'unchanged';
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
  markChanged(sidecar);
  return true;
}

/** Rewrites an annotation's selectors (after re-anchoring), field by field. */
export function setTarget(sidecar: Sidecar, id: string, target: TextTarget): boolean {
  return retarget(sidecar, id, target) !== 'missing';
}

/** setTarget, telling whether anything changed. */
export function retarget(sidecar: Sidecar, id: string, target: TextTarget): EditOutcome {
  assertWritable(sidecar);
  const node = annotationNode(sidecar, id);
  if (!node) return 'missing';
  const selectors = node.get('target', true);
  const list = isMap(selectors) ? null : (selectors as { items?: unknown[] } | null)?.items;
  const quoteIndex = list?.findIndex((s) => isMap(s) && s.get('type') === 'TextQuoteSelector') ?? -1;
  const positionIndex = list?.findIndex((s) => isMap(s) && s.get('type') === 'TextPositionSelector') ?? -1;
  if (quoteIndex === -1 || positionIndex === -1) return 'missing';
  let changed = false;
  for (const field of ['exact', 'prefix', 'suffix'] as const) {
    changed = setIfChanged(sidecar.doc, node, ['target', quoteIndex, field], target[field], true) || changed;
  }
  changed = setIfChanged(sidecar.doc, node, ['target', positionIndex, 'start'], target.start) || changed;
  changed = setIfChanged(sidecar.doc, node, ['target', positionIndex, 'end'], target.end) || changed;
  if (!changed) return 'unchanged';
  sortAnnotations(sidecar);
  markChanged(sidecar);
  return 'changed';
}

/** Records the hash of the source text the positions now refer to. */
export function setSourceHash(sidecar: Sidecar, hash: string): void {
  assertWritable(sidecar);
  if (sidecar.doc.get('hash') === hash) return;
  sidecar.doc.set('hash', hash);
  markChanged(sidecar);
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

/** Sets a value unless it is already there; returns whether it wrote. */
function setIfChanged(doc: Document, node: YAMLMap, path: ReadonlyArray<string | number>, value: unknown, doubleQuoted = false): boolean {
  const current = node.getIn(path, true);
  const currentValue = isScalar(current) ? current.value : current && typeof (current as { toJSON?: unknown }).toJSON === 'function' ? (current as { toJSON(): unknown }).toJSON() : current;
  if (JSON.stringify(currentValue) === JSON.stringify(value)) return false;
  if (isScalar(current) && (typeof value === 'string' || typeof value === 'number')) {
    current.value = value; // keeps the scalar's style and comments
    return true;
  }
  const created = doc.createNode(value);
  if (doubleQuoted && isScalar(created)) created.type = Scalar.QUOTE_DOUBLE;
  node.setIn(path, created);
  return true;
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
