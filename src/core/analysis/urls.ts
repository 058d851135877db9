/** URL spans (UTF-16) in a text: bare http(s)/www addresses and markdown link targets. */
export interface UrlSpan {
  start: number;
  end: number;
  url: string;
}

const URL = /\bhttps?:\/\/[^\s<>()\[\]"'`]+|\bwww\.[^\s<>()\[\]"'`]+/giu;
const MARKDOWN_TARGET = /\]\(([^)\s]*)\)/g;

export function findUrls(text: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  // Every URL match holds "://" or "www." (w has no other case form): skip the costly scan without them.
  const mayHaveUrl = text.includes('://') || /www\./i.test(text);
  for (const m of mayHaveUrl ? text.matchAll(URL) : []) {
    const url = m[0].replace(/[.,;:!?]+$/, '');
    spans.push({ start: m.index, end: m.index + url.length, url });
  }
  for (const m of text.matchAll(MARKDOWN_TARGET)) {
    const start = m.index + 2;
    spans.push({ start, end: start + m[1]!.length, url: m[1]! });
  }
  return spans.sort((a, b) => a.start - b.start);
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
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}
