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
import { codePointLength, OffsetMap } from '../text/offsets';
import { sourceTextHash } from './sha256';
import { approximate, best, evaluate, exactOccurrences, IN_PLACE_THRESHOLD, penalized, SHORT_QUOTE, type Candidate } from './anchorCandidates';
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

/** Far from the old position both sides of the context must be at least this similar. */
export const FAR_SIDE_THRESHOLD = 0.9;
/** How far (UTF-16 units) from the old position an exact occurrence counts as "near" (step 2). */
const NEAR = 256;
/** Within this distance one matching side of the context is enough (an edit hit the other side). */
const WEAK_NEAR = 64;
/** The approximate step also searches this far around the old position on its own, because
 * Myers' search reports only the best matches of the whole text (a far verbatim copy would hide the original). */
const LOCAL_SEARCH = 1500;

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

export { CONTEXT_THRESHOLD, IN_PLACE_THRESHOLD, OVERALL_THRESHOLD, QUOTE_THRESHOLD, STRONG_CONTEXT_THRESHOLD, WEAKER_SIDE_THRESHOLD } from './anchorCandidates';

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
