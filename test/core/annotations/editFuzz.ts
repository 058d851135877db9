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

export interface FuzzCounts {
  sequences: number;
  annotations: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
  /** Orphans whose original text is still there unchanged (the anchoring was over-cautious). */
  orphanedIntact: number;
  /**
   * Landed on another place that matches the stored selector exactly (a verbatim copy of
   * the quote with its whole prefix and suffix): no selector can tell the two apart.
   */
  ambiguous: number;
  wrong: number;
  wrongExamples: string[];
}

interface Tracked {
  target: TextTarget;
  /** UTF-16 span of the original text's image in the edited text. */
  start: number;
  end: number;
}

type Random = () => number;

export function runFuzz(texts: readonly string[], sequences: number, seed: number): FuzzCounts {
  const counts: FuzzCounts = { sequences, annotations: 0, exact: 0, fuzzy: 0, orphaned: 0, orphanedIntact: 0, ambiguous: 0, wrong: 0, wrongExamples: [] };
  const random = mulberry32(seed);
  const normalized = texts.map(normalizeText).filter((t) => t.length > 200);
  for (let n = 0; n < sequences; n++) {
    const original = normalized[Math.floor(random() * normalized.length)]!;
    const prepared = prepareText(original);
    const tracked = pickSpans(original, random).map((span) => {
      const target = buildTarget(prepared, prepared.offsets.toCodePoint(span.start), prepared.offsets.toCodePoint(span.end));
      return { target, start: span.start, end: span.end };
    });
    let text = original;
    const editCount = 1 + Math.floor(random() * 6);
    for (let e = 0; e < editCount; e++) text = applyRandomEdit(text, tracked, normalized, random);
    // Line endings and BOM change on disk only; the anchoring sees the normalized text.
    const onDisk = (random() < 0.3 ? '\ufeff' : '') + (random() < 0.5 ? text.replace(/\n/g, '\r\n') : text);
    const current = prepareText(normalizeText(onDisk));
    for (const item of tracked) {
      counts.annotations++;
      const result = reanchor(item.target, current, prepared.hash);
      if (result.status === 'orphan') {
        counts.orphaned++;
        if (current.text.slice(item.start, item.end) === item.target.exact) counts.orphanedIntact++;
        continue;
      }
      counts[result.status]++;
      const start = current.offsets.toUtf16(result.start!);
      const end = current.offsets.toUtf16(result.end!);
      const overlaps = item.end > item.start && start < item.end && end > item.start;
      const landed = current.text.slice(start, end);
      const verbatimCopy =
        landed === item.target.exact &&
        current.text.slice(0, start).endsWith(item.target.prefix) &&
        current.text.startsWith(item.target.suffix, end);
      if (!overlaps && verbatimCopy) {
        // The selector matches this place exactly: quote and both contexts were copied here.
        counts.ambiguous++;
      } else if (!overlaps || levenshteinSimilarity(landed, item.target.exact) < QUOTE_THRESHOLD) {
        counts.wrong++;
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

function applyRandomEdit(text: string, tracked: Tracked[], corpus: readonly string[], random: Random): string {
  const roll = random();
  if (roll < 0.15) return rewrap(text, random);
  // Half of the edits aim at an anchored span or its context, the rest anywhere.
  const aim = tracked.length > 0 && random() < 0.5 ? tracked[Math.floor(random() * tracked.length)]! : null;
  const at = aim ? clamp(aim.start - 40 + Math.floor(random() * (aim.end - aim.start + 80)), 0, text.length) : Math.floor(random() * (text.length + 1));
  let length = 0;
  let insert = '';
  if (roll < 0.4) insert = randomInsertion(text, corpus, random);
  else if (roll < 0.65) length = randomLength(random);
  else if (roll < 0.9) {
    length = randomLength(random);
    insert = randomInsertion(text, corpus, random);
  } else {
    // Duplicate a passage of this text elsewhere: repeats are what confuse anchoring most.
    const from = Math.floor(random() * text.length);
    insert = text.slice(from, from + 20 + Math.floor(random() * 200));
  }
  return replace(text, tracked, at, Math.min(text.length, at + length), insert);
}

function replace(text: string, tracked: Tracked[], from: number, to: number, insert: string): string {
  const delta = insert.length - (to - from);
  for (const item of tracked) {
    const start = item.start < from ? item.start : item.start >= to ? item.start + delta : from;
    const end = item.end <= from ? item.end : item.end > to ? item.end + delta : from + insert.length;
    item.start = start;
    item.end = Math.max(start, end);
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

function randomInsertion(text: string, corpus: readonly string[], random: Random): string {
  if (random() < 0.5) {
    const source = random() < 0.5 ? text : corpus[Math.floor(random() * corpus.length)]!;
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
