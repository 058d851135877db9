/**
 * Pure helpers over a sidecar resolved against its source text (resolveSidecar.ts): which item
 * is at an offset, what status an engine span has. No vscode and no engine here: the commands
 * and views that use these load with activation.
 */
import type { SourceReport } from '../../core/model';
import type { Annotation, AnchorStatus, AnnotationStatus, PreparedText } from '../../core/annotations/index';

export interface CodePointSpan {
  start: number;
  end: number;
}

export interface ResolvedAnnotation {
  annotation: Annotation;
  anchor: AnchorStatus;
  /** Where it is in the current text; null for an orphan. */
  span: CodePointSpan | null;
  /** The span stored in the sidecar (an orphan's last known position). */
  stored: CodePointSpan;
  /** 1-based line in the sidecar text (0 when unknown). */
  line: number;
}

/** Orphans first (they need attention), then by position, then id. */
export function orphansFirst(items: readonly ResolvedAnnotation[]): ResolvedAnnotation[] {
  return [...items].sort(
    (a, b) =>
      Number(b.span === null) - Number(a.span === null) ||
      (a.span ?? a.stored).start - (b.span ?? b.stored).start ||
      (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0),
  );
}

export type ItemKind = 'entity' | 'quote';

/** Something the cursor can be on: a stored annotation or an item the engine detected. */
export interface CursorItem {
  kind: ItemKind;
  start: number;
  end: number;
  /** The stored annotation for this span, when there is one. */
  annotation?: Annotation;
  /** Engine fields, when the engine detected it. */
  entity?: { type: SourceReport['entities'][number]['type']; id: string };
  quote?: { kind: SourceReport['quotes'][number]['kind']; speaker: string | null; group: string | null };
}

/**
 * The innermost entity or quote containing the offset (an entity inside a quote wins),
 * combining the sidecar's entries with what the engine found; `kind` narrows the search.
 */
export function itemAt(resolved: readonly ResolvedAnnotation[], report: SourceReport | undefined, offset: number, kind?: ItemKind): CursorItem | undefined {
  const candidates: CursorItem[] = [];
  const contains = (s: CodePointSpan): boolean => s.start <= offset && offset <= s.end;
  for (const r of resolved) {
    const type = r.annotation.type;
    if (!r.span || !contains(r.span) || (type !== 'entity' && type !== 'quote')) continue;
    candidates.push({ kind: type as ItemKind, start: r.span.start, end: r.span.end, annotation: r.annotation });
  }
  for (const m of report?.entities ?? []) {
    if (contains(m)) candidates.push({ kind: 'entity', start: m.start, end: m.end, entity: { type: m.type, id: m.entity } });
  }
  for (const q of report?.quotes ?? []) {
    if (contains(q)) candidates.push({ kind: 'quote', start: q.start, end: q.end, quote: { kind: q.kind, speaker: q.speaker, group: q.group } });
  }
  const fitting = candidates.filter((c) => kind === undefined || c.kind === kind);
  if (fitting.length === 0) return undefined;
  fitting.sort((a, b) => a.end - a.start - (b.end - b.start) || Number(Boolean(b.annotation)) - Number(Boolean(a.annotation)));
  const best = fitting[0]!;
  // Join what the other source knows about the same span.
  const same = fitting.filter((c) => c.kind === best.kind && c.start === best.start && c.end === best.end);
  return Object.assign({}, ...same.reverse(), best) as CursorItem;
}

/** The stored annotation of this kind on exactly this span, when there is one. */
export function annotationOn(resolved: readonly ResolvedAnnotation[], kind: ItemKind, span: CodePointSpan): ResolvedAnnotation | undefined {
  return resolved.find((r) => r.annotation.type === kind && r.span !== null && r.span.start === span.start && r.span.end === span.end);
}

/** Status of an engine span: a reviewed annotation on it decides; otherwise 'detected'. */
export function statusOf(resolved: readonly ResolvedAnnotation[], kind: ItemKind, span: CodePointSpan): AnnotationStatus {
  return annotationOn(resolved, kind, span)?.annotation.status ?? 'detected';
}

export function spanKey(kind: string, start: number, end: number): string {
  return `${kind}:${start}:${end}`;
}

/** Status of every entity and quote annotation by its current span (what `statusOf` answers, as a map). */
export function statusIndex(resolved: readonly ResolvedAnnotation[]): Map<string, AnnotationStatus> {
  const index = new Map<string, AnnotationStatus>();
  for (const r of resolved) {
    const key = r.span && spanKey(r.annotation.type, r.span.start, r.span.end);
    // The first annotation on a span decides, as in `annotationOn`.
    if (key && !index.has(key)) index.set(key, r.annotation.status ?? 'detected');
  }
  return index;
}

/** Smallest edit turning `before` into `after` (UTF-16 offsets into `before`), so undo and cursors stay local. */
export function minimalEdit(before: string, after: string): { start: number; end: number; text: string } | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The report's spans still hold its texts in this source text (the analysis is current). */
export function reportFits(report: SourceReport, source: PreparedText): boolean {
  const at = (start: number, end: number): string => source.text.slice(source.offsets.toUtf16(start), source.offsets.toUtf16(end));
  return [...report.entities, ...report.quotes].every((item) => at(item.start, item.end) === item.text);
}

