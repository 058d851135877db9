/**
 * Where each annotation of a sidecar is in its source's current text (the engine's re-anchoring).
 * Reached through engine() by the extension, as it needs the annotation engine.
 */
import { checkSidecar, type PreparedText, type Sidecar } from '../../core/annotations/index';
import type { ResolvedAnnotation } from './resolve';

export function resolveAnnotations(sidecar: Sidecar, prepared: PreparedText): ResolvedAnnotation[] {
  const check = checkSidecar(sidecar, prepared);
  const byId = new Map(check.anchors.map((a) => [a.id, a]));
  return sidecar.annotations.map((annotation) => {
    const report = byId.get(annotation.id);
    return {
      annotation,
      anchor: report?.status ?? 'orphan',
      span: report?.to ?? null,
      stored: { start: annotation.target.start, end: annotation.target.end },
      line: report?.line ?? 0,
    };
  });
}
