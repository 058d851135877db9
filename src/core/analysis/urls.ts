/** URL spans (UTF-16) in a text: bare http(s)/www addresses and markdown link targets. */
export interface UrlSpan {
  start: number;
  end: number;
  url: string;
}

export const URL_PATTERN = /\bhttps?:\/\/[^\s<>()\[\]"'`]+|\bwww\.[^\s<>()\[\]"'`]+/giu;
/** URL_PATTERN tried at one position (see urlMatches). */
const URL_AT = /\b(?:https?:\/\/|www\.)[^\s<>()\[\]"'`]+/iuy;
const WWW = /www\./gi;
const MARKDOWN_TARGET = /\]\(([^)\s]*)\)/g;

export function findUrls(text: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  for (const m of urlMatches(text)) {
    const url = m.text.replace(/[.,;:!?]+$/, '');
    spans.push({ start: m.index, end: m.index + url.length, url });
  }
  for (const m of text.matchAll(MARKDOWN_TARGET)) {
    const start = m.index + 2;
    spans.push({ start, end: start + m[1]!.length, url: m[1]! });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The matches of URL_PATTERN, found without running it over the whole text: every match starts 4 or 5
 * characters before a "://" ("http", "https", case-insensitive) or at a "www." (w has no other
 * case form), and those are quick to find. The pattern is tried at each such start, leftmost first,
 * skipping starts inside a match, as a global scan does.
 */
export function urlMatches(text: string): { index: number; text: string }[] {
  const starts: number[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 1)) starts.push(at - 5, at - 4);
  WWW.lastIndex = 0;
  for (let m = WWW.exec(text); m; m = WWW.exec(text)) starts.push(m.index);
  if (starts.length === 0) return [];
  starts.sort((a, b) => a - b);
  const matches: { index: number; text: string }[] = [];
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    URL_AT.lastIndex = start;
    const m = URL_AT.exec(text);
    if (!m) continue;
    matches.push({ index: start, text: m[0] });
    end = start + m[0].length;
  }
  return matches;
}

/** True when [start, end) overlaps one of the spans (sorted, non-overlapping: see mergeSpans). */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 1); i < spans.length && spans[i]!.start < end; i++) {
    if (spans[i]!.end > start && spans[i]!.start < end) return true;
  }
  return false;
}

/** Sorted, non-overlapping cover of the spans, as overlapsAny expects. */
export function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    // (Not merged[-1] on the first: a read before an array's start is a slow keyed look-up in V8.)
    const last = merged.length > 0 ? merged[merged.length - 1] : undefined;
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}
