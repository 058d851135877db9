/**
 * Anchoring: building W3C selectors for a span, and finding a stored target again in a
 * source text that may have been corrected, re-scraped, re-wrapped or converted.
 *
 * Re-anchoring runs in four steps (the first that succeeds wins):
 *  1. the header hash matches and the text at the stored position is the stored quote;
 *  2. an exact occurrence of the quote, chosen by its prefix/suffix context and distance;
 *  3. an approximate match (Myers' bit-parallel algorithm via approx-string-match) of the
 *     quote with its context, then of the quote inside that window;
 *  4. otherwise an orphan: never moved onto text that does not resemble it.
 * Work is done on UTF-16 indices of the normalized text; selectors hold code points.
 */
import search from 'approx-string-match';
import { codePointLength, OffsetMap } from '../text/offsets';
import { sourceTextHash } from './sha256';
import { prefixSimilarity, suffixSimilarity } from './similarity';
import { CONTEXT_LENGTH, type TextTarget } from './types';

export type AnchorStatus = 'exact' | 'fuzzy' | 'orphan';

export interface AnchorResult {
  status: AnchorStatus;
  /** Code point span in the current text (absent for orphans). */
  start?: number;
  end?: number;
  /** True when the span or its text differs from the stored target. */
  moved: boolean;
  /** Overall similarity of quote and context at the chosen place, in [0, 1]. */
  score: number;
}

/** A normalized source text with what re-anchoring needs, computed once per text. */
export interface PreparedText {
  text: string;
  offsets: OffsetMap;
  hash: string;
}

export function prepareText(normalizedText: string): PreparedText {
  return { text: normalizedText, offsets: new OffsetMap(normalizedText), hash: sourceTextHash(normalizedText) };
}

/** Minimum similarity of the found quote to the stored one for an approximate match. */
export const QUOTE_THRESHOLD = 0.75;
/** Minimum similarity of the stronger side of the context (prefix or suffix). */
export const CONTEXT_THRESHOLD = 0.7;
/** Minimum overall similarity (quote and context together, weighted by length). */
export const OVERALL_THRESHOLD = 0.7;
/** Share of the quote-with-context pattern that may differ in the approximate search. */
const PATTERN_ERROR_RATE = 0.3;
/** Above this length (UTF-16 units) the approximate step is skipped: too costly, and rare. */
const MAX_FUZZY_PATTERN = 20000;
/** How far (UTF-16 units) from the old position an exact occurrence counts as "near" (step 2). */
const NEAR = 256;
/** The approximate step also searches this far around the old position on its own, because
 * Myers' search reports only the best matches of the whole text (a far verbatim copy would hide the original). */
const LOCAL_SEARCH = 1500;
/** Step 3 subtracts up to DISTANCE_WEIGHT from a candidate's score, growing over DISTANCE_SCALE units. */
const DISTANCE_WEIGHT = 0.2;
const DISTANCE_SCALE = 2000;
/** Cap on exact occurrences examined for a very common quote. */
const MAX_OCCURRENCES = 2000;

/** The selectors for a code point span of a normalized text. */
export function buildTarget(source: PreparedText | string, start: number, end: number): TextTarget {
  const prepared = typeof source === 'string' ? prepareText(source) : source;
  const { text, offsets } = prepared;
  const s = offsets.toUtf16(start);
  const e = offsets.toUtf16(end);
  const prefixFrom = offsets.toUtf16(Math.max(0, start - CONTEXT_LENGTH));
  const totalCodePoints = offsets.toCodePoint(text.length);
  const suffixTo = offsets.toUtf16(Math.min(totalCodePoints, end + CONTEXT_LENGTH));
  return { exact: text.slice(s, e), prefix: text.slice(prefixFrom, s), suffix: text.slice(e, suffixTo), start, end };
}

interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  score: number;
}

/** Finds a stored target in the current text (see the file comment for the steps). */
export function reanchor(target: TextTarget, source: PreparedText | string, storedHash?: string): AnchorResult {
  const prepared = typeof source === 'string' ? prepareText(source) : source;
  const { text, offsets } = prepared;
  const { exact } = target;
  if (exact.length === 0) return orphan();
  const oldStart = Math.min(offsets.toUtf16(Math.max(0, target.start)), text.length);

  // 1. Same text as when the target was written, and the quote is where it was.
  if (storedHash === prepared.hash && text.startsWith(exact, oldStart) && offsets.toCodePoint(oldStart + exact.length) === target.end) {
    return { status: 'exact', start: target.start, end: target.end, moved: false, score: 1 };
  }

  // 2. The exact quote at or near the old position; the context chooses among repeats.
  const near = { from: Math.max(0, oldStart - NEAR), to: Math.min(text.length, oldStart + exact.length + NEAR) };
  const nearby = exactOccurrences(target, text, oldStart, near);
  if (nearby.length > 0) return found(best(nearby)!, target, prepared);

  // 3. Anywhere: exact occurrences and approximate matches compete on similarity, with a
  // distance penalty, so a verbatim copy far away does not beat the edited original.
  const everywhere = { from: 0, to: text.length };
  const local = { from: Math.max(0, oldStart - LOCAL_SEARCH), to: Math.min(text.length, oldStart + exact.length + LOCAL_SEARCH) };
  const candidates = [
    ...exactOccurrences(target, text, oldStart, everywhere),
    ...approximate(target, text, oldStart, everywhere),
    ...approximate(target, text, oldStart, local),
  ];
  const chosen = best(candidates.map((c) => ({ ...c, score: c.score - distancePenalty(c.start, oldStart) })));
  if (chosen) return found(chosen, target, prepared);

  // 4. Nothing resembles it closely enough.
  return orphan();
}

interface Range {
  from: number;
  to: number;
}

/** Exact occurrences of the quote in the range that the context supports. */
function exactOccurrences(target: TextTarget, text: string, oldStart: number, range: Range): Candidate[] {
  const { exact } = target;
  const out: Candidate[] = [];
  let seen = 0;
  for (let at = text.indexOf(exact, range.from); at !== -1 && at + exact.length <= range.to && seen < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1), seen++) {
    const candidate = evaluate(target, text, at, at + exact.length, 1, oldStart);
    if (candidate) out.push(candidate);
  }
  return out;
}

/** 3. Approximate match of quote + context in the range, then of the quote inside that window. */
function approximate(target: TextTarget, text: string, oldStart: number, range: Range): Candidate[] {
  const { exact, prefix, suffix } = target;
  const pattern = prefix + exact + suffix;
  if (pattern.length > MAX_FUZZY_PATTERN) return [];
  const windows = search(text.slice(range.from, range.to), pattern, Math.floor(pattern.length * PATTERN_ERROR_RATE)).map((w) => ({
    start: w.start + range.from,
    end: w.end + range.from,
  }));
  const expected = oldStart - prefix.length;
  const nearest = windows.sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, 4);
  const quoteErrors = Math.floor(exact.length * (1 - QUOTE_THRESHOLD));
  const out: Candidate[] = [];
  for (const window of nearest) {
    const from = Math.max(0, window.start - 4);
    const slice = text.slice(from, Math.min(text.length, window.end + 4));
    const expectedInSlice = window.start + prefix.length - from;
    const matches = search(slice, exact, quoteErrors);
    for (const match of matches) {
      if (Math.abs(match.start - expectedInSlice) > Math.max(8, prefix.length)) continue;
      const length = Math.max(exact.length, match.end - match.start);
      const quoteSimilarity = 1 - match.errors / length;
      const candidate = evaluate(target, text, from + match.start, from + match.end, quoteSimilarity, oldStart);
      if (candidate) out.push(candidate);
    }
  }
  return out;
}

function best(candidates: Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

function distancePenalty(start: number, oldStart: number): number {
  return DISTANCE_WEIGHT * Math.min(1, Math.abs(start - oldStart) / DISTANCE_SCALE);
}

/** Scores a place for the target; null when the evidence is too weak to move it there. */
function evaluate(target: TextTarget, text: string, start: number, end: number, quoteSimilarity: number, oldStart: number): Candidate | null {
  if (quoteSimilarity < QUOTE_THRESHOLD || end <= start) return null;
  const before = prefixSimilarity(target.prefix, text, start, CONTEXT_LENGTH);
  const after = suffixSimilarity(target.suffix, text, end, CONTEXT_LENGTH);
  if (Math.max(before, after) < CONTEXT_THRESHOLD) return null;
  const quoteWeight = Math.min(codePointLength(target.exact), 4 * CONTEXT_LENGTH);
  const overall = (quoteSimilarity * quoteWeight + (before + after) * CONTEXT_LENGTH) / (quoteWeight + 2 * CONTEXT_LENGTH);
  if (overall < OVERALL_THRESHOLD) return null;
  // Distance only breaks near-ties between equally good places.
  const nearness = 1 - Math.min(1, Math.abs(start - oldStart) / Math.max(1, text.length));
  return { start, end, quoteSimilarity, score: overall + 0.01 * nearness };
}

function found(candidate: Candidate, target: TextTarget, prepared: PreparedText): AnchorResult {
  const { text, offsets } = prepared;
  const status = text.slice(candidate.start, candidate.end) === target.exact ? 'exact' : 'fuzzy';
  const start = offsets.toCodePoint(candidate.start);
  const end = offsets.toCodePoint(candidate.end);
  const moved = start !== target.start || end !== target.end || status === 'fuzzy';
  return { status, start, end, moved, score: Math.min(1, candidate.score) };
}

function orphan(): AnchorResult {
  return { status: 'orphan', moved: false, score: 0 };
}
