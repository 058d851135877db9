/**
 * Anchoring: building W3C selectors for a span, and finding a stored target again in a
 * source text that may have been corrected, re-scraped, re-wrapped or converted.
 *
 * Re-anchoring runs in four steps (the first that succeeds wins):
 *  1. the header hash matches and the text at the stored position is the stored quote;
 *  2. the exact quote at the old position, or near it with both sides of the context matching
 *     (the context chooses among repeats);
 *  3. anywhere: exact occurrences and approximate matches (Myers' bit-parallel algorithm via
 *     approx-string-match, over the quote with its context, then over the quote inside that
 *     window, widened to whole words) scored by quote, prefix and suffix similarity minus a
 *     distance penalty;
 *  4. otherwise an orphan: never moved onto text that does not resemble it.
 * Work is done on UTF-16 indices of the normalized text; selectors hold code points.
 */
import search from 'approx-string-match';
import { codePointLength, OffsetMap } from '../text/offsets';
import { sourceTextHash } from './sha256';
import { editDistance, prefixSimilarity, suffixSimilarity } from './similarity';
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
/** Strong evidence: both sides at least WEAKER_SIDE_THRESHOLD, on average STRONG_CONTEXT_THRESHOLD. */
export const WEAKER_SIDE_THRESHOLD = 0.7;
export const STRONG_CONTEXT_THRESHOLD = 0.8;
/** Quotes shorter than this (code points) need word edges kept and stronger context. */
const SHORT_QUOTE = 8;
const SHORT_WEAKER_SIDE_THRESHOLD = 0.85;
/** Far from the old position both sides of the context must be at least this similar. */
export const FAR_SIDE_THRESHOLD = 0.9;
/** The quote still at its old position needs only one side of context this similar. */
export const IN_PLACE_THRESHOLD = 0.9;
/** Minimum overall similarity (quote and context together, weighted by length). */
export const OVERALL_THRESHOLD = 0.7;
/** Share of the quote-with-context pattern that may differ in the approximate search. */
const PATTERN_ERROR_RATE = 0.3;
/** Above this length (UTF-16 units) the approximate step is skipped: too costly, and rare. */
const MAX_FUZZY_PATTERN = 20000;
/** How far (UTF-16 units) from the old position an exact occurrence counts as "near" (step 2). */
const NEAR = 256;
/** Within this distance one matching side of the context is enough (an edit hit the other side). */
const WEAK_NEAR = 64;
/** The approximate step also searches this far around the old position on its own, because
 * Myers' search reports only the best matches of the whole text (a far verbatim copy would hide the original). */
const LOCAL_SEARCH = 1500;
/** Step 3 subtracts up to DISTANCE_WEIGHT from a candidate's score, growing over DISTANCE_SCALE units. */
const DISTANCE_WEIGHT = 0.2;
const DISTANCE_SCALE = 2000;
/** Word snapping recomputes an edit distance (quadratic): only for quotes up to this long. */
const MAX_SNAPPED_QUOTE = 256;
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
  /** Both sides of the context support this place (see evaluate). */
  strong: boolean;
  /** UTF-16 units from the old position. */
  distance: number;
  /** Similarity of the better- and the worse-matching side of the context. */
  bestSide: number;
  worstSide: number;
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
  const short = codePointLength(exact) < SHORT_QUOTE;
  if (text.startsWith(exact, oldStart)) {
    const inPlace = evaluate(target, text, oldStart, oldStart + exact.length, 1, oldStart);
    if (inPlace && (inPlace.strong || (!short && inPlace.bestSide >= IN_PLACE_THRESHOLD))) return found(inPlace, target, prepared);
  }
  const near = { from: Math.max(0, oldStart - NEAR), to: Math.min(text.length, oldStart + exact.length + NEAR) };
  const nearby = best(exactOccurrences(target, text, oldStart, near).filter((c) => c.strong).map(penalized));
  if (nearby) return found(nearby, target, prepared);

  // 3. Anywhere: exact occurrences and approximate matches compete on similarity, with a
  // distance penalty, so a verbatim copy far away does not beat the edited original.
  const everywhere = { from: 0, to: text.length };
  const local = { from: Math.max(0, oldStart - LOCAL_SEARCH), to: Math.min(text.length, oldStart + exact.length + LOCAL_SEARCH) };
  const candidates = [
    ...exactOccurrences(target, text, oldStart, everywhere),
    ...approximate(target, text, oldStart, everywhere),
    ...approximate(target, text, oldStart, local),
  ];
  // Near the old position one similar side of context can do (an edit hit the other side). Far
  // from it that is not enough, as passages get repeated (captions, pull quotes) and pasted
  // around: it takes both sides, or the exact quote with one whole side verbatim.
  const acceptable = (c: Candidate): boolean =>
    (c.distance <= NEAR && (c.strong || (c.distance <= WEAK_NEAR && (!short || c.bestSide >= IN_PLACE_THRESHOLD)))) ||
    c.worstSide >= FAR_SIDE_THRESHOLD ||
    (c.quoteSimilarity === 1 && c.bestSide === 1);
  const chosen = best(candidates.filter(acceptable).map(penalized));
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

function best(candidates: Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

function penalized(candidate: Candidate): Candidate {
  return { ...candidate, score: candidate.score - DISTANCE_WEIGHT * Math.min(1, candidate.distance / DISTANCE_SCALE) };
}

/**
 * Scores a place for the target; null when even weak evidence is missing. Weak evidence: the
 * quote is similar enough and one side of the context matches. Strong: both sides match too.
 */
function evaluate(target: TextTarget, text: string, start: number, end: number, quoteSimilarity: number, oldStart: number): Candidate | null {
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
