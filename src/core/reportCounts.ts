/**
 * A source report's numbers of mentions and quotes, without making them: reports from the index
 * make their mentions and quotes when read (see sourceReportOf), and the Sources view counts every
 * file's after each change. Its own module, so the views that count need not load the result builder.
 */
import type { SourceReport } from './model';

const MENTION_COUNT = Symbol('mentionCount');
const QUOTE_COUNT = Symbol('quoteCount');

/**
 * Notes the counts on a report whose mentions and quotes are made when read. Not enumerable: JSON,
 * spreads and equality checks do not see them, and a spread copy (whose lists may then change) has none.
 */
export function setReportCounts(report: SourceReport, mentions: number, quotes: number): void {
  Object.defineProperty(report, MENTION_COUNT, { value: mentions });
  Object.defineProperty(report, QUOTE_COUNT, { value: quotes });
}

/** `report.entities.length`, read from the note when the report has one. */
export function mentionCountOf(report: SourceReport): number {
  return (report as { [MENTION_COUNT]?: number })[MENTION_COUNT] ?? report.entities.length;
}

/** `report.quotes.length`, read from the note when the report has one. */
export function quoteCountOf(report: SourceReport): number {
  return (report as { [QUOTE_COUNT]?: number })[QUOTE_COUNT] ?? report.quotes.length;
}
