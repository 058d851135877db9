/**
 * Lines in headline case ("Leaders Of Russia Meet To Discuss Afghanistan"), where
 * capitalization says nothing about names, and the article's first line (its headline).
 */
import type { Token } from '../text/tokens';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const LETTER_FIRST = /^\p{L}/u;

export interface Headlines {
  /** Line numbers (0-based) in headline case. */
  lines: ReadonlySet<number>;
  /** Line number of a UTF-16 offset. */
  lineOf(offset: number): number;
  /** The line holding the headline: the first non-empty line, when a body follows it. */
  firstLine: number;
}

/**
 * The article's headline-case lines and headline. The pipeline makes them once and hands them to
 * attribution: a WeakMap by tokens that shared them cost ~1% of the engine's instructions (its
 * entries are ephemerons, which garbage collections go through).
 */
export function headlineLinesOf(text: string, tokens: readonly Token[]): Headlines {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineText = (line: number): string => text.slice(starts[line]!, line + 1 < starts.length ? starts[line + 1]! - 1 : text.length).trim();
  const lines = new Set<number>();
  const judge = (line: number, words: number, capitalized: number): void => {
    if (words < 2 || capitalized / words < 0.8) return;
    const content = lineText(line);
    // A line that ends like a sentence is prose (a caption), however many names it has.
    if (!/[.!?]["”’]?$/.test(content) && !/^(?:by|written by)\s/i.test(content)) lines.add(line);
  };
  // Words of four letters and more counted line by line: tokens come in text order, so one line's
  // are together (counters, not a map entry per line updated at every word).
  let line = -1;
  let words = 0;
  let capitalized = 0;
  for (const t of tokens) {
    // The token's length and first letter read by its offsets in the text (see Token.text).
    if (t.end - t.start < 4 || !startsWithLetter(text, t)) continue;
    if (t.line !== line) {
      judge(line, words, capitalized);
      line = t.line;
      words = 0;
      capitalized = 0;
    }
    words++;
    if (t.cap) capitalized++;
  }
  judge(line, words, capitalized);
  let firstLine = -1;
  for (let at = 0; at < starts.length; at++) {
    const content = lineText(at);
    if (content === '') continue;
    const bodyFollows = at + 1 < starts.length && text.slice(starts[at + 1]!).trim() !== '';
    if (bodyFollows && !/[.!?]["”’]?$/.test(content)) firstLine = at;
    break;
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { lines, lineOf, firstLine };
}

/** LETTER_FIRST.test(token.text), without a regex for ASCII. */
function startsWithLetter(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER_FIRST.test(token.text);
}
