import { codePointLength } from '../text/offsets';

/**
 * String similarity for re-anchoring: edit distances over short windows (the 32-character
 * quote context) and context scores that treat the text's edges as evidence.
 */

/** Levenshtein distance (insertions, deletions, substitutions; UTF-16 units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 - distance / longer length: 1 for equal strings, near 0.3-0.45 for unrelated English. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * Smallest edit distance between `pattern` and a prefix of `text` (the text may run on).
 * Used to compare a stored suffix with the text after a candidate, allowing shifts.
 */
export function leadingDistance(pattern: string, text: string): number {
  if (pattern.length === 0) return 0;
  let previous = new Int32Array(text.length + 1);
  let current = new Int32Array(text.length + 1);
  for (let j = 0; j <= text.length; j++) previous[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const cp = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1]! + (cp === text.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let best = previous[0]!;
  for (let j = 1; j <= text.length; j++) best = Math.min(best, previous[j]!);
  return best;
}

/** Stands for "beyond the text's edge", so a span at the start of the text keeps that as evidence. */
const EDGE = '\u0000';
/** How far the context may have shifted (inserted or deleted characters) and still compare. */
const SLACK = 8;

/**
 * How well a stored prefix matches the text before `at` (UTF-16 index), in [0, 1].
 * A prefix cut short by the text's start is padded with edge markers, so "both at the start"
 * matches fully; a place that is not at the start scores the missing part as 0.5 (no evidence
 * either way), because text is often prepended (a correction note, a re-scraped header).
 */
export function prefixSimilarity(prefix: string, text: string, at: number, contextLength: number): number {
  const missing = Math.max(0, contextLength - codePointLength(prefix));
  const real = 1 - leadingDistance(reverse(prefix), reverse(text.slice(Math.max(0, at - prefix.length - SLACK), at))) / Math.max(1, prefix.length);
  if (missing === 0) return real;
  const stored = EDGE.repeat(missing) + prefix;
  const from = at - stored.length - SLACK;
  const window = (from < 0 ? EDGE.repeat(-from) : '') + text.slice(Math.max(0, from), at);
  const padded = 1 - leadingDistance(reverse(stored), reverse(window)) / stored.length;
  return Math.max(padded, (real * prefix.length + 0.5 * missing) / (prefix.length + missing));
}

/** How well a stored suffix matches the text from `at` on, in [0, 1] (see prefixSimilarity). */
export function suffixSimilarity(suffix: string, text: string, at: number, contextLength: number): number {
  const missing = Math.max(0, contextLength - codePointLength(suffix));
  const real = 1 - leadingDistance(suffix, text.slice(at, at + suffix.length + SLACK)) / Math.max(1, suffix.length);
  if (missing === 0) return real;
  const stored = suffix + EDGE.repeat(missing);
  const to = at + stored.length + SLACK;
  const window = text.slice(at, Math.min(text.length, to)) + (to > text.length ? EDGE.repeat(to - text.length) : '');
  const padded = 1 - leadingDistance(stored, window) / stored.length;
  return Math.max(padded, (real * suffix.length + 0.5 * missing) / (suffix.length + missing));
}

function reverse(s: string): string {
  // Code-unit reversal is fine here: both sides are reversed alike and only compared.
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
