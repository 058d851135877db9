/**
 * A source report's number of mentions, without making them: reports from the index make their
 * mentions when read (see sourceReportOf), and the Sources view counts every file's after each change.
 * Its own module, so the views that count need not load the result builder.
 */
import type { SourceReport } from './model';

const MENTION_COUNT = Symbol('mentionCount');

/**
 * Notes the count on a report whose mentions are made when read. Not enumerable: JSON, spreads and
 * equality checks do not see it, and a spread copy (whose mentions may then change) has none.
 */
export function setMentionCount(report: SourceReport, count: number): void {
  Object.defineProperty(report, MENTION_COUNT, { value: count });
}

/** `report.entities.length`, read from the note when the report has one. */
export function mentionCountOf(report: SourceReport): number {
  return (report as { [MENTION_COUNT]?: number })[MENTION_COUNT] ?? report.entities.length;
}
