/**
 * The step every export starts with: each stored annotation found again in the current text
 * (the text may have changed since the sidecar was written), orphans left out and reported.
 */
import { buildTarget, prepareText, reanchor, type PreparedText } from '../annotations/anchor';
import type { Annotation } from '../annotations/types';
import { FileOffsets } from './fileOffsets';
import type { ExportOptions, ExportSource } from './types';

export interface AnchoredAnnotation {
  annotation: Annotation;
  /** Code points over the normalized text, end exclusive; the target rebuilt there. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface AnchoredSource {
  file: string;
  offsets: FileOffsets;
  prepared: PreparedText;
  /** Ordered by start, then end, then id (deterministic output). */
  items: AnchoredAnnotation[];
}

export function anchorSource(source: ExportSource, options: ExportOptions = {}): AnchoredSource {
  const offsets = new FileOffsets(source.text);
  const prepared = prepareText(offsets.normalized);
  const items: AnchoredAnnotation[] = [];
  for (const annotation of source.annotations) {
    const found = reanchor(annotation.target, prepared);
    if (found.status === 'orphan' || found.start === undefined || found.end === undefined) {
      options.onProblem?.(source.file, `annotation ${annotation.id} (${JSON.stringify(annotation.target.exact)}) is orphaned: its text is not in the source any more; not exported`);
      continue;
    }
    const target = buildTarget(prepared, found.start, found.end);
    items.push({ annotation, start: found.start, end: found.end, exact: target.exact, prefix: target.prefix, suffix: target.suffix });
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end || (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0));
  return { file: source.file, offsets, prepared, items };
}

/** Names of entity ids: the caller's map, completed by the names entity annotations carry. */
export function entityNamesOf(sources: readonly AnchoredSource[], given?: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map(given ?? []);
  for (const source of sources) {
    for (const { annotation } of source.items) {
      const entity = annotation.entity;
      if (entity?.name && !names.has(entity.id)) names.set(entity.id, entity.name);
    }
  }
  return names;
}

/** The file name without its last extension: `sub/x.txt` -> `sub/x`. */
export function stem(file: string): string {
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  return dot > slash + 1 ? file.slice(0, dot) : file;
}
