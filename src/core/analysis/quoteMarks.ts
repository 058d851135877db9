/**
 * Finding quotations: the spans between quotation marks, in UTF-16 offsets.
 *
 * Double marks (" “ ” « » „) pair within a line; a quote still open at the end of a
 * paragraph continues only when the next paragraph opens with a quotation mark (the
 * newswire convention for multi-paragraph quotes) - otherwise it was never a quote and
 * is dropped, so one stray mark cannot swallow the rest of the file. Single marks
 * (' ‘ ’) count as quotation marks only where they cannot be apostrophes.
 */

import { partitionPoint } from '../text/partition';
import { singleCharMatches } from '../text/singleCharSearch';
import { isWhitespaceCode } from '../text/whitespace';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CONTRACTION_N = /^n['’]\s/u;
const BEFORE_SINGLE_CLOSER = /[\p{L}\p{N}.,!?)\]]/u;
const LETTER = /\p{L}/u;

export interface RawQuote {
  /** UTF-16 span of the text between the marks. */
  start: number;
  end: number;
  /** Quoted with single marks ('Threats'). */
  single: boolean;
  /** Runs over several paragraphs. */
  multiParagraph: boolean;
  /** Inside another quotation. */
  nested: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const MAX_SINGLE_QUOTE = 300;

/**
 * `marks`: where the text's double and single marks are (TextMarks, which the tokenizer notes);
 * without them the text is searched for its marks.
 */
export function findQuotes(text: string, marks?: { doubleMarks: readonly number[]; singleMarks: readonly number[] }): RawQuote[] {
  const quotes: RawQuote[] = [];
  const lines = splitLines(text);
  const nextDoubleMark = markAt(marks?.doubleMarks ?? singleCharMatches(DOUBLE_MARK, text), text.length);
  let open: { start: number; paragraphs: number } | null = null;
  for (let li = 0; li < lines.length; li++) {
    const { start: lineStart, end: lineEnd } = lines[li]!;
    for (let i = nextDoubleMark(lineStart); i < lineEnd; i = nextDoubleMark(i + 1)) {
      const ch = text[i]!;
      if (open === null) {
        if (CLOSERS.has(ch) || (ch === '"' && !looksLikeOpener(text, i, lineStart, lineEnd))) continue;
        open = { start: i + 1, paragraphs: 0 };
      } else if (OPENERS.has(ch) && ch !== '“' && ch !== '„') {
        continue; // a « inside a “…” quote: keep the outer one open
      } else if (ch === '“' && looksLikeOpener(text, i, lineStart, lineEnd) && !looksLikeCloser(text, i, lineEnd)) {
        continue; // mismatched opener inside an open quote: ignore it
      } else {
        if (i > open.start) quotes.push({ start: open.start, end: i, single: false, multiParagraph: open.paragraphs > 0, nested: false });
        open = null;
      }
    }
    if (open !== null) {
      const next = nextNonEmptyLine(text, lines, li);
      const continues = next !== -1 && isQuoteMark(text[lines[next]!.start + leadingSpace(text, lines[next]!)]!);
      if (continues) {
        // Skip to the reopening mark of the next paragraph and keep the quote open.
        const nextLine = lines[next]!;
        li = next - 1;
        lines[next] = { start: nextLine.start + leadingSpace(text, nextLine) + 1, end: nextLine.end };
        open.paragraphs++;
      } else {
        open = null;
      }
    }
  }
  // The double quotes are disjoint and in text order, and so are the singles (which cannot hold
  // one another): each single is checked against the doubles by binary search, not against all of
  // them (quadratic in a long text).
  const doubles = quotes.length;
  for (const single of findSingleQuotes(text, lines, markAt(marks?.singleMarks ?? singleCharMatches(SINGLE_OPENING_MARK, text), text.length))) {
    // Inside a double quote: only the last one starting before it can hold it.
    const before = partitionPoint(doubles, (k) => quotes[k]!.start <= single.start - 1) - 1;
    single.nested = before >= 0 && single.end + 1 <= quotes[before]!.end;
    // A single-mark span that also holds double quotes was a misreading; keep the doubles.
    const within = partitionPoint(doubles, (k) => quotes[k]!.start < single.start);
    if (!(within < doubles && quotes[within]!.end <= single.end)) quotes.push(single);
  }
  return quotes.sort((a, b) => a.start - b.start);
}

function findSingleQuotes(text: string, lines: { start: number; end: number }[], nextSingleMark: (from: number) => number): RawQuote[] {
  const found: RawQuote[] = [];
  for (const { start: lineStart, end: lineEnd } of lines) {
    for (let i = nextSingleMark(lineStart); i < lineEnd; i = nextSingleMark(i + 1)) {
      if (!isSingleOpener(text, i, lineStart)) continue;
      const limit = Math.min(lineEnd, i + MAX_SINGLE_QUOTE);
      for (let j = i + 2; j < limit; j++) {
        const c = text[j]!;
        if ((c === "'" || c === '’') && isSingleCloser(text, j, lineEnd)) {
          const content = text.slice(i + 1, j);
          if (countLetters(content) >= 2 && /^\S/.test(content) && /\S$/.test(content)) {
            found.push({ start: i + 1, end: j, single: true, multiParagraph: false, nested: false });
            i = j;
          }
          break;
        }
      }
    }
  }
  return found;
}

function isSingleOpener(text: string, i: number, lineStart: number): boolean {
  // (By character code first: most single marks are apostrophes after a letter, "Taliban's".)
  if (i > lineStart && !isBeforeSingleOpener(text.charCodeAt(i - 1))) return false;
  const after = text[i + 1] ?? ' ';
  return LETTER_OR_DIGIT.test(after) && !CONTRACTION_N.test(text.slice(i + 1, i + 4));
}

/** What may stand before an opening single mark, by code (as /[\s(\[“"«—–-]/u): see isBeforeAnyOpener, or “ " « */
export function isBeforeSingleOpener(code: number): boolean {
  return isBeforeAnyOpener(code) || code === 0x201c || code === 0x22 || code === 0xab;
}

function isSingleCloser(text: string, j: number, lineEnd: number): boolean {
  const before = text[j - 1]!;
  const after = j + 1 < lineEnd ? text[j + 1]! : ' ';
  return BEFORE_SINGLE_CLOSER.test(before) && !LETTER_OR_DIGIT.test(after);
}

function looksLikeOpener(text: string, i: number, lineStart: number, lineEnd: number): boolean {
  if (i + 1 >= lineEnd || isWhitespaceCode(text.charCodeAt(i + 1))) return false;
  return i === lineStart || isBeforeDoubleOpener(text.charCodeAt(i - 1));
}

/** What may stand before an opening double mark, by code (as /[\s(\[{—–\-/:*_]/u): see isBeforeAnyOpener, or { / : * _ */
export function isBeforeDoubleOpener(code: number): boolean {
  return isBeforeAnyOpener(code) || code === 0x7b || code === 0x2f || code === 0x3a || code === 0x2a || code === 0x5f;
}

/** Whitespace ( [ — – -: what may stand before an opening mark of either kind. */
function isBeforeAnyOpener(code: number): boolean {
  return isWhitespaceCode(code) || code === 0x28 || code === 0x5b || code === 0x2014 || code === 0x2013 || code === 0x2d;
}

function looksLikeCloser(text: string, i: number, lineEnd: number): boolean {
  const after = i + 1 < lineEnd ? text[i + 1]! : ' ';
  return !LETTER_OR_DIGIT.test(after);
}

/** " “ « „ ” »: OPENERS, CLOSERS and the straight double mark (global: see singleCharMatches). */
const DOUBLE_MARK = /["“«„”»]/g;
/** ' ‘: where a single-mark quote can open. */
const SINGLE_OPENING_MARK = /['‘]/g;

/**
 * The position of the next mark at or after a position (text.length when none), from the marks'
 * positions (ascending): for positions that only grow, one step forward at a time; a position before
 * the last one asked is looked up by binary search.
 */
function markAt(positions: readonly number[], textLength: number): (from: number) => number {
  let k = 0;
  let lastFrom = 0;
  return (from) => {
    if (from < lastFrom) k = partitionPoint(positions.length, (j) => positions[j]! < from);
    else while (k < positions.length && positions[k]! < from) k++;
    lastFrom = from;
    return k < positions.length ? positions[k]! : textLength;
  };
}

function isQuoteMark(ch: string): boolean {
  return ch === '"' || OPENERS.has(ch);
}

function countLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (LETTER.test(ch)) n++;
  return n;
}

function splitLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines.push({ start, end: i });
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

function leadingSpace(text: string, line: { start: number; end: number }): number {
  let n = 0;
  while (line.start + n < line.end && /[ \t\u00a0]/.test(text[line.start + n]!)) n++;
  return n;
}

function nextNonEmptyLine(text: string, lines: { start: number; end: number }[], from: number): number {
  for (let j = from + 1; j < lines.length; j++) {
    if (text.slice(lines[j]!.start, lines[j]!.end).trim() !== '') return j;
  }
  return -1;
}
