/**
 * Candidate places for a stored target, step 2 and 3 of re-anchoring (see anchor.ts): exact
 * occurrences and approximate matches (Myers' bit-parallel algorithm via approx-string-match),
 * each scored by quote, prefix and suffix similarity, with a distance penalty.
 */
import search from 'approx-string-match';
import { codePointLength } from '../text/offsets';
import { editDistance, prefixSimilarity, suffixSimilarity } from './similarity';
import { CONTEXT_LENGTH, type TextTarget } from './types';

/** Quotes shorter than this (code points) need word edges kept and stronger context. */
export const SHORT_QUOTE = 8;
/** The quote still at its old position needs only one side of context this similar. */
export const IN_PLACE_THRESHOLD = 0.9;
/** Minimum similarity of the found quote to the stored one for an approximate match. */
export const QUOTE_THRESHOLD = 0.75;
/** Minimum similarity of the stronger side of the context (prefix or suffix). */
export const CONTEXT_THRESHOLD = 0.7;
/** Strong evidence: both sides at least WEAKER_SIDE_THRESHOLD, on average STRONG_CONTEXT_THRESHOLD. */
export const WEAKER_SIDE_THRESHOLD = 0.7;
export const STRONG_CONTEXT_THRESHOLD = 0.8;
const SHORT_WEAKER_SIDE_THRESHOLD = 0.85;
/** Minimum overall similarity (quote and context together, weighted by length). */
export const OVERALL_THRESHOLD = 0.7;
/** Share of the quote-with-context pattern that may differ in the approximate search. */
const PATTERN_ERROR_RATE = 0.3;
/** Above this length (UTF-16 units) the approximate step is skipped: too costly, and rare. */
const MAX_FUZZY_PATTERN = 20000;
/** Step 3 subtracts up to DISTANCE_WEIGHT from a candidate's score, growing over DISTANCE_SCALE units. */
const DISTANCE_WEIGHT = 0.2;
const DISTANCE_SCALE = 2000;
/** Word snapping recomputes an edit distance (quadratic): only for quotes up to this long. */
const MAX_SNAPPED_QUOTE = 256;
/** Cap on exact occurrences examined for a very common quote. */
const MAX_OCCURRENCES = 2000;

export interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  score: number;
  /** Both sides of the context support this place (see evaluate). */
  strong: boolean;
  /** UTF-16 units from the old position. */
  distance: number;
  /** Similarity of the better- and the worse-matching side of the context. */
  bestSide: number;
  worstSide: number;
}

export interface Range {
  from: number;
  to: number;
}

/** Exact occurrences of the quote in the range that the context supports. */
export function exactOccurrences(target: TextTarget, text: string, oldStart: number, range: Range): Candidate[] {
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
export function approximate(target: TextTarget, text: string, oldStart: number, range: Range): Candidate[] {
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
      const candidate = evaluate(target, text, from + match.start, from + match.end, 1 - match.errors / length, oldStart);
      if (candidate) out.push(candidate);
      // "Jinping" corrected to "Jinpingg": the best match stops inside a word; try the whole word.
      const snapped = exact.length <= MAX_SNAPPED_QUOTE ? snapToWords(target, text, from + match.start, from + match.end) : null;
      if (snapped) {
        const similarity = 1 - editDistance(exact, text.slice(snapped.start, snapped.end)) / Math.max(exact.length, snapped.end - snapped.start);
        const wordCandidate = evaluate(target, text, snapped.start, snapped.end, similarity, oldStart);
        if (wordCandidate) out.push(wordCandidate);
      }
    }
  }
  return out;
}

export function best(candidates: Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

export function penalized(candidate: Candidate): Candidate {
  return { ...candidate, score: candidate.score - DISTANCE_WEIGHT * Math.min(1, candidate.distance / DISTANCE_SCALE) };
}

/**
 * Scores a place for the target; null when even weak evidence is missing. Weak evidence: the
 * quote is similar enough and one side of the context matches. Strong: both sides match too.
 */
export function evaluate(target: TextTarget, text: string, start: number, end: number, quoteSimilarity: number, oldStart: number): Candidate | null {
  if (quoteSimilarity < QUOTE_THRESHOLD || end <= start) return null;
  // Approximate matches may legitimately end mid-word after an edit; exact ones may not.
  const quoteLength = codePointLength(target.exact);
  const short = quoteLength < SHORT_QUOTE;
  if ((quoteSimilarity === 1 || short) && !sameWordEdges(target, text, start, end)) return null;
  const before = prefixSimilarity(target.prefix, text, start, CONTEXT_LENGTH);
  const after = suffixSimilarity(target.suffix, text, end, CONTEXT_LENGTH);
  if (Math.max(before, after) < CONTEXT_THRESHOLD) return null;
  const quoteWeight = Math.min(quoteLength, 4 * CONTEXT_LENGTH);
  const overall = (quoteSimilarity * quoteWeight + (before + after) * CONTEXT_LENGTH) / (quoteWeight + 2 * CONTEXT_LENGTH);
  // The exact quote with one side verbatim (or at its old place with one side nearly so) is
  // good evidence even when the other side was rewritten.
  const verbatimSide = quoteSimilarity === 1 && Math.max(before, after) === 1;
  const inPlace = start === oldStart && quoteSimilarity === 1 && Math.max(before, after) >= IN_PLACE_THRESHOLD;
  if (overall < OVERALL_THRESHOLD && !inPlace && !verbatimSide) return null;
  // A short quote ("in", "the", "UN") is almost all context: it takes more of it.
  const weakerSide = short ? SHORT_WEAKER_SIDE_THRESHOLD : WEAKER_SIDE_THRESHOLD;
  const strong = Math.min(before, after) >= weakerSide && before + after >= 2 * STRONG_CONTEXT_THRESHOLD;
  return { start, end, quoteSimilarity, score: overall, strong, distance: Math.abs(start - oldStart), bestSide: Math.max(before, after), worstSide: Math.min(before, after) };
}

/**
 * A quote that started (ended) at a word boundary must do so at the new place too, and one
 * that started inside a word must still: "a" does not move into "that".
 */
function sameWordEdges(target: TextTarget, text: string, start: number, end: number): boolean {
  const { exact, prefix, suffix } = target;
  const edgeBefore = isWordChar(exact[0]) && isWordChar(prefix[prefix.length - 1]);
  const edgeAfter = isWordChar(exact[exact.length - 1]) && isWordChar(suffix[0]);
  return (
    (!isWordChar(exact[0]) || edgeBefore === isWordChar(text[start - 1])) &&
    (!isWordChar(exact[exact.length - 1]) || edgeAfter === isWordChar(text[end]))
  );
}

/** The span widened to whole words where the quote itself begins or ends at a word edge; null if unchanged. */
function snapToWords(target: TextTarget, text: string, start: number, end: number): { start: number; end: number } | null {
  const { exact, prefix, suffix } = target;
  let s = start;
  let e = end;
  if (isWordChar(exact[0]) && !isWordChar(prefix[prefix.length - 1])) while (s > 0 && isWordChar(text[s - 1]) && start - s < 32) s--;
  if (isWordChar(exact[exact.length - 1]) && !isWordChar(suffix[0])) while (e < text.length && isWordChar(text[e]) && e - end < 32) e++;
  return s === start && e === end ? null : { start: s, end: e };
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
