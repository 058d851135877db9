/**
 * `scan --write`: saves what the engine detected in a source as annotations with status
 * `detected`, merged with what the sidecar already holds. An item already there (same type,
 * same span in the current text, or an overlapping span with the same text) is not added
 * again. Only pure machine annotations (status `detected`, no note, tags or links) are
 * updated; confirmed and rejected ones and anything a person wrote are left untouched.
 */
import type { SourceReport } from '../model';
import { buildTarget, prepareText, reanchor, type PreparedText } from './anchor';
import { addAnnotation, patchAnnotation, retarget, setSourceHash } from './edit';
import { assertWritable, type Sidecar } from './sidecar';
import type { Annotation, EntityFields, IdSource, QuoteFields } from './types';

export interface DetectedContext {
  ids: IdSource;
  /** Display names of entity ids (from ScanResult.entities), stored as entity.name. */
  entityNames?: ReadonlyMap<string, string>;
  author?: string;
}

export interface MergeSummary {
  added: number;
  /** Machine annotations whose fields or anchor were brought up to date. */
  updated: number;
  unchanged: number;
  /** Matches that people reviewed or wrote on: left exactly as they were. */
  kept: number;
}

interface Detected {
  type: 'entity' | 'quote';
  start: number;
  end: number;
  entity?: EntityFields;
  quote?: QuoteFields;
}

interface Existing {
  annotation: Annotation;
  /** Code point span in the current text, null for an orphan. */
  span: { start: number; end: number } | null;
  text: string;
}

export function mergeDetected(sidecar: Sidecar, report: SourceReport, source: PreparedText | string, context: DetectedContext): MergeSummary {
  assertWritable(sidecar);
  const prepared = typeof source === 'string' ? prepareText(source) : source;
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, kept: 0 };
  const storedHash = sidecar.header?.hash;
  const existing: Existing[] = sidecar.annotations.map((annotation) => {
    const anchor = reanchor(annotation.target, prepared, storedHash);
    const span = anchor.status === 'orphan' ? null : { start: anchor.start!, end: anchor.end! };
    return { annotation, span, text: span ? sliceCodePoints(prepared, span.start, span.end) : annotation.target.exact };
  });

  for (const item of detectedItems(report, context.entityNames)) {
    const itemText = sliceCodePoints(prepared, item.start, item.end);
    const match = existing.find(
      (e) =>
        e.annotation.type === item.type &&
        e.span !== null &&
        ((e.span.start === item.start && e.span.end === item.end) || (e.span.start < item.end && e.span.end > item.start && e.text === itemText)),
    );
    const target = buildTarget(prepared, item.start, item.end);
    if (!match) {
      const added = addAnnotation(
        sidecar,
        { type: item.type, status: 'detected', ...fieldsOf(item), target, ...(context.author ? { author: context.author } : {}) },
        context.ids,
      );
      existing.push({ annotation: added, span: { start: item.start, end: item.end }, text: itemText });
      summary.added++;
      continue;
    }
    const machineOnly = match.annotation.status === 'detected' && match.annotation.note === undefined && !match.annotation.tags && !match.annotation.links;
    if (!machineOnly) {
      summary.kept++;
      continue;
    }
    const fields = patchAnnotation(sidecar, match.annotation.id, fieldsOf(item));
    const anchor = retarget(sidecar, match.annotation.id, target);
    if (fields === 'changed' || anchor === 'changed') summary.updated++;
    else summary.unchanged++;
  }
  // The hash says "every stored position fits this text"; reviewed annotations that moved
  // keep their old positions (check --fix updates them), and then the old hash stays.
  const allInPlace = sidecar.annotations.every((a) => {
    const anchor = reanchor(a.target, prepared);
    return anchor.status !== 'orphan' && !anchor.moved;
  });
  if (allInPlace) setSourceHash(sidecar, prepared.hash);
  return summary;
}

function detectedItems(report: SourceReport, names: ReadonlyMap<string, string> | undefined): Detected[] {
  const items: Detected[] = [];
  for (const m of report.entities) {
    const name = names?.get(m.entity);
    items.push({ type: 'entity', start: m.start, end: m.end, entity: { type: m.type, id: m.entity, name } });
  }
  for (const q of report.quotes) {
    items.push({
      type: 'quote',
      start: q.start,
      end: q.end,
      // Absent speaker/group stay as undefined keys so an update removes stale ones.
      quote: { kind: q.kind, speaker: q.speaker ?? undefined, group: q.group ?? undefined },
    });
  }
  return items.filter((i) => i.end > i.start);
}

function fieldsOf(item: Detected): { entity?: EntityFields; quote?: QuoteFields } {
  return item.type === 'entity' ? { entity: item.entity! } : { quote: item.quote! };
}

function sliceCodePoints(prepared: PreparedText, start: number, end: number): string {
  return prepared.text.slice(prepared.offsets.toUtf16(start), prepared.offsets.toUtf16(end));
}
