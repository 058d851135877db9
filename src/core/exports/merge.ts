/**
 * Imported annotations into a sidecar, through the annotation module's edit functions, so
 * comments, unknown fields and other annotations stay as they are. An imported annotation
 * matches an existing one with the same id, or with the same type, span and entity type;
 * a match gets the imported status, note, tags, links and entity/quote fields (a reviewed
 * status is never set back to `detected`), anything else is added. Importing twice adds nothing.
 */
import { isMap } from 'yaml';
import { reanchor, type PreparedText } from '../annotations/anchor';
import { addAnnotation, patchAnnotation, setSourceHash, type AnnotationPatch } from '../annotations/edit';
import { annotationSeq, assertWritable, markChanged, type Sidecar } from '../annotations/sidecar';
import type { Annotation, IdSource } from '../annotations/types';
import type { ImportedAnnotation } from './types';

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export function importIntoSidecar(sidecar: Sidecar, items: readonly ImportedAnnotation[], prepared: PreparedText, ids: IdSource): ImportSummary {
  assertWritable(sidecar);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  // Indexes built once: re-reading sidecar.annotations after every add would be quadratic.
  const byId = new Map<string, Annotation>();
  const bySpan = new Map<string, Annotation>();
  const remember = (a: Annotation, start: number, end: number): void => {
    byId.set(a.id, a);
    const key = spanKey(a, start, end);
    if (!bySpan.has(key)) bySpan.set(key, a);
  };
  const storedHash = sidecar.header?.hash;
  for (const a of sidecar.annotations) {
    const found = reanchor(a.target, prepared, storedHash);
    if (found.status === 'orphan') byId.set(a.id, a);
    else remember(a, found.start!, found.end!);
  }
  for (const item of items) {
    const probe = { type: item.fields.type, entity: item.fields.entity };
    const match = (item.id !== undefined ? byId.get(item.id) : undefined) ?? bySpan.get(spanKey(probe, item.target.start, item.target.end));
    if (!match) {
      let added = addAnnotation(sidecar, { ...item.fields, target: item.target }, ids);
      if (item.id !== undefined && added.id !== item.id && !byId.has(item.id)) {
        renameAnnotation(sidecar, added.id, item.id);
        added = { ...added, id: item.id };
      }
      remember(added, item.target.start, item.target.end);
      summary.added++;
      continue;
    }
    const outcome = patchAnnotation(sidecar, match.id, patchFor(match, item));
    if (outcome === 'changed') summary.updated++;
    else summary.unchanged++;
  }
  // As scan --write does: the hash is updated only when every stored position fits this text.
  const allInPlace = sidecar.annotations.every((a) => {
    const found = reanchor(a.target, prepared);
    return found.status !== 'orphan' && !found.moved;
  });
  if (allInPlace) setSourceHash(sidecar, prepared.hash);
  return summary;
}

/** Same type, entity type and span: the same annotation for import purposes. */
function spanKey(a: Pick<Annotation, 'type' | 'entity'>, start: number, end: number): string {
  return `${a.type}|${a.entity?.type ?? ''}|${start}|${end}`;
}

function patchFor(existing: Annotation, item: ImportedAnnotation): AnnotationPatch {
  const f = item.fields;
  const patch: AnnotationPatch = {};
  const reviewed = existing.status === 'confirmed' || existing.status === 'rejected';
  if (f.status && !(reviewed && f.status === 'detected')) patch.status = f.status;
  if (f.note !== undefined) patch.note = f.note;
  if (f.tags) patch.tags = f.tags;
  if (f.links) patch.links = f.links;
  if (f.entity) patch.entity = f.entity;
  if (f.quote) patch.quote = f.quote;
  return patch;
}

/** Gives a just-added annotation the id it had where it was exported from (links refer to it). */
function renameAnnotation(sidecar: Sidecar, from: string, to: string): void {
  const node = annotationSeq(sidecar).items.find((item) => isMap(item) && item.get('id') === from);
  if (!isMap(node)) return;
  node.set('id', to);
  markChanged(sidecar);
}
