/**
 * Dates the engine could not resolve alone. An article without a publication date keeps
 * "--09-16" (no year) and "?last month" (no anchor). The folder can often say when it
 * was written: its month-days match full dates other sources state ("--09-15" and
 * another source's "2021-09-15"). The latest such date anchors the article's other
 * relative dates. Only dates the engine resolved itself anchor others, so anchoring
 * never feeds on itself and the result does not depend on the order articles arrive in.
 */
import { resolveDate } from '../analysis/dates';
import type { ArticleAnalysis } from '../model';
import { KeptAnalysis } from './keptAnalysis';

/** Full dates (YYYY-MM-DD) other articles state for a month-day ("09-15"). */
export type EngineDates = (monthDay: string, excludeFile: string) => string[];

const MONTH_DAY = /^--(\d\d-\d\d)$/;

/** The month-days ("09-15") an analysis leaves without a year. */
export function yearlessMonthDays(analysis: ArticleAnalysis | KeptAnalysis): string[] {
  return monthDaysOf(analysis, MONTH_DAY);
}

/** The month-days of the full dates an analysis states itself ("2021-09-15" -> "09-15"). */
export function statedMonthDays(analysis: ArticleAnalysis | KeptAnalysis): string[] {
  return monthDaysOf(analysis, FULL_DATE);
}

const FULL_DATE = /^\d{4}-(\d\d-\d\d)$/;

/** The month-days `pattern` finds in the values of the analysis' dates. */
function monthDaysOf(analysis: ArticleAnalysis | KeptAnalysis, pattern: RegExp): string[] {
  const found = new Set<string>();
  const values = analysis instanceof KeptAnalysis ? analysis.dateValues() : analysis.mentions.filter((m) => m.type === 'DATE').map((m) => m.canonical);
  for (const value of values) {
    const match = pattern.exec(value);
    if (match) found.add(match[1]!);
  }
  return [...found];
}

/** The analysis with unresolved dates resolved against an anchor the folder provides (same object when none). */
export function anchorDates(file: string, analysis: ArticleAnalysis, engineDates: EngineDates): ArticleAnalysis {
  const needsAnchor = analysis.mentions.some((m) => m.type === 'DATE' && (m.canonical.startsWith('?') || MONTH_DAY.test(m.canonical)));
  if (!needsAnchor) return analysis;
  let anchor: string | null = null;
  for (const monthDay of yearlessMonthDays(analysis)) {
    const candidates = new Set(engineDates(monthDay, file));
    const only = candidates.size === 1 ? [...candidates][0]! : null;
    if (only && (anchor === null || only > anchor)) anchor = only;
  }
  if (anchor === null) return analysis;
  const [y, m, d] = anchor.split('-').map(Number) as [number, number, number];
  let changed = false;
  const mentions = analysis.mentions.map((mention) => {
    if (mention.type !== 'DATE') return mention;
    const monthDay = MONTH_DAY.exec(mention.canonical);
    const resolved = monthDay ? `${y}-${monthDay[1]}` : mention.canonical.startsWith('?') ? resolveDate(mention.canonical.slice(1), { y, m, d }) : null;
    if (!resolved || resolved === mention.canonical) return mention;
    changed = true;
    // Every field named, in the engine's order: a spread would give these mentions a hidden class of
    // their own among the article's others, which everything reading mentions then reads slowly.
    return { start: mention.start, end: mention.end, text: mention.text, type: mention.type, canonical: resolved };
  });
  return changed ? { metadata: analysis.metadata, mentions, quotes: analysis.quotes } : analysis;
}
