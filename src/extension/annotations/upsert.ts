/**
 * Review changes on one item (an engine detection or a stored annotation): the stored
 * annotation on that span is updated, or a new one is added from the engine's fields.
 */
import {
  addAnnotation,
  buildTarget,
  systemIdSource,
  updateAnnotation,
  type AnnotationStatus,
  type EntityFields,
  type NewAnnotation,
  type QuoteFields,
  type Sidecar,
  type PreparedText,
} from '../../core/annotations/index';
import { annotationOn, type CursorItem } from './resolve';
import { resolveAnnotations } from './resolveSidecar';

export interface ItemPatch {
  status?: AnnotationStatus;
  entity?: Partial<EntityFields>;
  /** A key with value undefined removes that field. */
  quote?: Partial<QuoteFields>;
  note?: string;
}

/** Returns the id of the annotation changed or added. */
export function upsertItem(sidecar: Sidecar, source: PreparedText, item: CursorItem, patch: ItemPatch, names?: ReadonlyMap<string, string>): string {
  const existing = annotationOn(resolveAnnotations(sidecar, source), item.kind, item);
  if (existing) {
    const a = existing.annotation;
    updateAnnotation(sidecar, a.id, {
      ...(patch.status ? { status: patch.status } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      ...(patch.entity && a.entity ? { entity: { ...a.entity, ...patch.entity } as EntityFields } : {}),
      ...(patch.quote ? { quote: { ...(a.quote ?? { kind: 'direct' }), ...patch.quote } as QuoteFields } : {}),
    });
    return a.id;
  }
  const input: NewAnnotation = { type: item.kind, status: patch.status ?? 'detected', target: buildTarget(source, item.start, item.end) };
  if (item.kind === 'entity') {
    const base = item.entity ? { type: item.entity.type, id: item.entity.id, name: names?.get(item.entity.id) } : undefined;
    const fields = { ...base, ...patch.entity };
    if (!fields.type || !fields.id) throw new Error('an entity annotation needs a type and an entity id');
    input.entity = dropUndefined(fields) as EntityFields;
  } else {
    const base: Partial<QuoteFields> = item.quote ? { kind: item.quote.kind, speaker: item.quote.speaker ?? undefined, group: item.quote.group ?? undefined } : { kind: 'direct' };
    input.quote = dropUndefined({ kind: 'direct', ...base, ...patch.quote }) as QuoteFields;
  }
  if (patch.note !== undefined) input.note = patch.note;
  return addAnnotation(sidecar, input, systemIdSource).id;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
