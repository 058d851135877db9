/**
 * Property harness for re-anchoring: random edit sequences applied to article texts, with
 * each annotation's span tracked through the edits (its "image"). After the edits every
 * annotation must re-anchor onto its text or be an orphan. It is WRONG when the re-anchored
 * span does not overlap the image of the original span (or nothing of it is left), or when
 * the text it lands on is less similar to the original quote than QUOTE_THRESHOLD.
 * Used by the vitest property test (a few hundred sequences) and `npm run fuzz` (>= 10,000).
 */
import { buildTarget, prepareText, QUOTE_THRESHOLD, reanchor } from '../../../src/core/annotations/anchor';
import { mulberry32 } from '../../../src/core/annotations/ids';
import type { TextTarget } from '../../../src/core/annotations/types';
import { normalizeText } from '../../../src/core/text/normalize';

/** exact + fuzzy + orphaned = annotations; onCopy and wrong are counted among exact and fuzzy. */
export interface FuzzCounts {
  sequences: number;
  annotations: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
  /** Orphans whose original text is still there unchanged (the anchoring was over-cautious). */
  orphanedIntact: number;
  /**
   * Landed on a copy of the original text: a passage the text already repeated (quote and
   * one whole side of context verbatim), one an edit pasted elsewhere, or a place matching the
   * stored selector verbatim. The same text, so not wrong, but not the original place either.
   */
  onCopy: number;
  wrong: number;
  wrongExamples: string[];
}

interface Span {
  start: number;
  end: number;
}

interface Tracked extends Span {
  target: TextTarget;
  /** Images of the original span's text that an edit copied elsewhere in the text. */
  copies: Span[];
}

type Random = () => number;

/** What a wrong re-anchoring (or, with landed.start -1, an orphan whose text is intact) looked like. */
export interface WrongCase {
  sequence: number;
  target: TextTarget;
  text: string;
  image: Span;
  landed: Span;
}

export function runFuzz(texts: readonly string[], sequences: number, seed: number, onWrong?: (wrong: WrongCase) => void): FuzzCounts {
  const counts: FuzzCounts = { sequences, annotations: 0, exact: 0, fuzzy: 0, orphaned: 0, orphanedIntact: 0, onCopy: 0, wrong: 0, wrongExamples: [] };
  const random = mulberry32(seed);
  const normalized = texts.map(normalizeText).filter((t) => t.length > 200);
  for (let n = 0; n < sequences; n++) {
    const original = normalized[Math.floor(random() * normalized.length)]!;
    const prepared = prepareText(original);
    const tracked = pickSpans(original, random).map((span) => {
      const target = buildTarget(prepared, prepared.offsets.toCodePoint(span.start), prepared.offsets.toCodePoint(span.end));
      return { target, start: span.start, end: span.end, copies: repeatsIn(original, target, span.start) };
    });
    let text = original;
    const editCount = 1 + Math.floor(random() * 6);
    for (let e = 0; e < editCount; e++) text = applyRandomEdit(text, original, tracked, normalized, random);
    // Line endings and BOM change on disk only; the anchoring sees the normalized text.
    const onDisk = (random() < 0.3 ? '\ufeff' : '') + (random() < 0.5 ? text.replace(/\n/g, '\r\n') : text);
    const current = prepareText(normalizeText(onDisk));
    for (const item of tracked) {
      counts.annotations++;
      const result = reanchor(item.target, current, prepared.hash);
      if (result.status === 'orphan') {
        counts.orphaned++;
        if (current.text.slice(item.start, item.end) === item.target.exact) {
          counts.orphanedIntact++;
          onWrong?.({ sequence: n, target: item.target, text: current.text, image: { start: item.start, end: item.end }, landed: { start: -1, end: -1 } });
        }
        continue;
      }
      counts[result.status]++;
      const start = current.offsets.toUtf16(result.start!);
      const end = current.offsets.toUtf16(result.end!);
      const overlaps = overlapsSpan(item, start, end);
      const onCopy = item.copies.some((copy) => overlapsSpan(copy, start, end));
      const landed = current.text.slice(start, end);
      const verbatimCopy =
        landed === item.target.exact &&
        current.text.slice(0, start).endsWith(item.target.prefix) &&
        current.text.startsWith(item.target.suffix, end);
      const similar = levenshteinSimilarity(landed, item.target.exact) >= QUOTE_THRESHOLD;
      if (!overlaps && (onCopy || verbatimCopy) && similar) {
        counts.onCopy++;
      } else if (!overlaps || !similar) {
        counts.wrong++;
        onWrong?.({ sequence: n, target: item.target, text: current.text, image: { start: item.start, end: item.end }, landed: { start, end } });
        if (counts.wrongExamples.length < 15) {
          counts.wrongExamples.push(`seq ${n}: ${JSON.stringify(item.target.exact)} -> ${JSON.stringify(landed)} (image ${JSON.stringify(current.text.slice(item.start, item.end))} at ${item.start}, landed at ${start}, was at ${item.target.start}, ${result.status})`);
        }
      }
    }
  }
  return counts;
}

/** Entity-like (1-3 words) and quote-like (5-30 words) spans starting at word starts. */
function pickSpans(text: string, random: Random): Array<{ start: number; end: number }> {
  const wordStarts: number[] = [];
  for (const m of text.matchAll(/\S+/g)) wordStarts.push(m.index);
  const spans: Array<{ start: number; end: number }> = [];
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i++) {
    const first = Math.floor(random() * wordStarts.length);
    const words = random() < 0.5 ? 1 + Math.floor(random() * 3) : 5 + Math.floor(random() * 26);
    const last = Math.min(wordStarts.length - 1, first + words - 1);
    const start = wordStarts[first]!;
    const end = start + /^\S+/.exec(text.slice(wordStarts[last]!))![0].length + (wordStarts[last]! - start);
    spans.push({ start, end });
  }
  return spans;
}

function applyRandomEdit(text: string, original: string, tracked: Tracked[], corpus: readonly string[], random: Random): string {
  const roll = random();
  if (roll < 0.15) return rewrap(text, random);
  // Half of the edits aim at an anchored span or its context, the rest anywhere.
  const aim = tracked.length > 0 && random() < 0.5 ? tracked[Math.floor(random() * tracked.length)]! : null;
  const at = aim ? clamp(aim.start - 40 + Math.floor(random() * (aim.end - aim.start + 80)), 0, text.length) : Math.floor(random() * (text.length + 1));
  let length = 0;
  let insert = '';
  if (roll < 0.3) insert = randomInsertion(corpus.filter((t) => t !== original), random);
  else if (roll < 0.4) {
    const from = Math.floor(random() * text.length);
    return paste(text, tracked, from, Math.min(text.length, from + randomLength(random)), at);
  }
  else if (roll < 0.65) length = randomLength(random);
  else if (roll < 0.9) {
    length = randomLength(random);
    insert = randomInsertion(corpus.filter((t) => t !== original), random);
  } else {
    // Paste a passage of this text elsewhere: repeats are what confuse anchoring most.
    const from = Math.floor(random() * text.length);
    const to = Math.min(text.length, from + 20 + Math.floor(random() * 200));
    return paste(text, tracked, from, to, at);
  }
  return replace(text, tracked, at, Math.min(text.length, at + length), insert);
}

/** Inserts a copy of text[from, to) at `at`, recording copies of anchored text it carries. */
function paste(text: string, tracked: Tracked[], from: number, to: number, at: number): string {
  const carried = tracked.map((item) =>
    [item, ...item.copies]
      .filter((span) => span.start < to && span.end > from)
      .map((span) => ({ start: Math.max(span.start, from) - from, end: Math.min(span.end, to) - from })),
  );
  const result = replace(text, tracked, at, at, text.slice(from, to));
  tracked.forEach((item, i) => {
    for (const piece of carried[i]!) item.copies.push({ start: at + piece.start, end: at + piece.end });
  });
  return result;
}

/**
 * Places where the original text already repeats the passage: one whole side of the context
 * verbatim next to a text at least QUOTE_THRESHOLD similar to the quote (captions and pull
 * quotes do this). A selector cannot tell those from the original place, so they count as
 * copies, not as unrelated text.
 */
function repeatsIn(text: string, target: TextTarget, start: number): Span[] {
  const repeats: Span[] = [];
  const { exact, prefix, suffix } = target;
  const similarEnough = (s: string): boolean => levenshteinSimilarity(s, exact) >= QUOTE_THRESHOLD;
  for (let at = prefix ? text.indexOf(prefix) : -1; at !== -1; at = text.indexOf(prefix, at + 1)) {
    const from = at + prefix.length;
    if (from !== start && similarEnough(text.slice(from, from + exact.length))) repeats.push({ start: from, end: from + exact.length });
  }
  for (let at = suffix ? text.indexOf(suffix) : -1; at !== -1; at = text.indexOf(suffix, at + 1)) {
    if (at !== start + exact.length && similarEnough(text.slice(at - exact.length, at))) repeats.push({ start: at - exact.length, end: at });
  }
  return repeats;
}

function overlapsSpan(span: Span, start: number, end: number): boolean {
  return span.end > span.start && start < span.end && end > span.start;
}

function replace(text: string, tracked: Tracked[], from: number, to: number, insert: string): string {
  const delta = insert.length - (to - from);
  for (const span of tracked.flatMap((item) => [item, ...item.copies])) {
    const start = span.start < from ? span.start : span.start >= to ? span.start + delta : from;
    const end = span.end <= from ? span.end : span.end > to ? span.end + delta : from + insert.length;
    span.start = start;
    span.end = Math.max(start, end);
  }
  return text.slice(0, from) + insert + text.slice(to);
}

/** Re-wraps a region's lines at a new width (same length: spaces and newlines swap). */
function rewrap(text: string, random: Random): string {
  const width = 40 + Math.floor(random() * 60);
  const from = Math.floor(random() * text.length);
  const to = Math.min(text.length, from + 200 + Math.floor(random() * 2000));
  const chars = text.split('');
  let column = 0;
  for (let i = from; i < to; i++) {
    const isParagraphBreak = chars[i] === '\n' && (chars[i + 1] === '\n' || chars[i - 1] === '\n');
    if (isParagraphBreak) {
      column = 0;
      continue;
    }
    if (chars[i] === '\n') chars[i] = ' ';
    if (chars[i] === ' ' && column >= width) {
      chars[i] = '\n';
      column = 0;
    } else column++;
  }
  return chars.join('');
}

/** Text from another article, or random letters (pastes from the same article are `paste`). */
function randomInsertion(corpus: readonly string[], random: Random): string {
  if (random() < 0.5) {
    const source = corpus[Math.floor(random() * corpus.length)]!;
    const from = Math.floor(random() * source.length);
    return source.slice(from, from + randomLength(random));
  }
  const letters = 'abcdefghijklmnopqrstuvwxyz     ,.\n"';
  let out = '';
  const length = randomLength(random);
  for (let i = 0; i < length; i++) out += letters[Math.floor(random() * letters.length)];
  return out;
}

function randomLength(random: Random): number {
  return random() < 0.8 ? 1 + Math.floor(random() * 12) : 13 + Math.floor(random() * 300);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function levenshteinSimilarity(a: string, b: string): number {
  // Independent of the code under test on purpose (plain full-matrix DP).
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i * cols + j] = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
    }
  }
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - d[rows * cols - 1]! / longer;
}
