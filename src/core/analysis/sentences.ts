/**
 * Sentences for attribution, with quotations treated as opaque: a period inside a quote
 * does not end the reporting sentence around it. A paragraph break before a lowercase
 * word is a scraping artefact, not a sentence end.
 */
import { isAsciiLetter, isAsciiUpper } from '../text/asciiCodes';
import { isWhitespaceCode } from '../text/whitespace';
import { singleCharMatches } from '../text/singleCharSearch';
import type { RawQuote } from './quoteMarks';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const LOWERCASE = /\p{Ll}/u;
const QUOTE_CLOSE_THEN_CAPITAL = /^(["”»’']+)\s+[\p{Lu}"“«]/u;
const SPACE_THEN_SENTENCE = /^\s+[\p{Lu}"“«‘'(\[]/u;
const WORD_BEFORE_DOT = /([\p{L}.]+)$/u;
/** Where a sentence can end: a line break or . ! ? (global: see singleCharMatches). */
const SENTENCE_MARK = /[\n.!?]/g;

export interface Sentence {
  start: number;
  end: number;
}

/** `sentenceMarks`: where the text's line breaks and . ! ? are, in order (TextMarks, which the tokenizer notes); without them the text is searched. */
export function splitSentences(text: string, quotes: readonly RawQuote[], sentenceMarks?: readonly number[]): Sentence[] {
  const inQuote = new Uint8Array(text.length);
  for (const q of quotes) if (!q.nested) inQuote.fill(1, Math.max(0, q.start - 1), Math.min(text.length, q.end + 1));
  const sentences: Sentence[] = [];
  let start = 0;
  const close = (end: number): void => {
    if (!isBlank(text, start, end)) sentences.push({ start, end });
    start = end;
  };
  // From one line break or . ! ? to the next: the marks noted (or the regex engine's scan), the decisions here.
  const marks = sentenceMarks ?? singleCharMatches(SENTENCE_MARK, text);
  for (let m = 0; m < marks.length; m++) {
    const i = marks[m]!;
    if (text.charCodeAt(i) === 0x0a) {
      if (inQuote[i]) continue; // a multi-paragraph quote stays in one sentence
      const next = firstNonSpace(text, i, Math.min(text.length, i + 200));
      const continues = next !== -1 && isLowercaseUnit(text, next) && i > 0 && !/[.!?:"”»]\s*$/.test(text.slice(Math.max(0, i - 3), i));
      if (!continues) close(i + 1);
      continue;
    }
    if (inQuote[i]) {
      // "…safety of all.” Moscow has …": a quote ending in a full stop ends the sentence too.
      const after = QUOTE_CLOSE_THEN_CAPITAL.exec(text.slice(i + 1, i + 6));
      if (after && !inQuote[i + 1 + after[1]!.length]) close(i + 1 + after[1]!.length);
      continue;
    }
    if (spaceThenSentence(text, i + 1) && !isAbbreviation(text, i)) close(i + 1);
  }
  close(text.length);
  return sentences;
}

/** Only whitespace (as trim() sees it) in text[from, to). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The first code unit in text[from, to) that is not whitespace (as /\s/ sees it), or -1. */
function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/** The code unit at `at` is a lowercase letter (a lone half of a surrogate pair is not). */
function isLowercaseUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWERCASE.test(text[at]!);
}

/**
 * SPACE_THEN_SENTENCE.test(text.slice(at, at + 3)): whitespace, then a capital, a quotation mark or a
 * bracket; read by character code where that character is ASCII (at every full stop of every article).
 */
export function spaceThenSentence(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 3);
  let next = at;
  while (next < limit && isWhitespaceCode(text.charCodeAt(next))) next++;
  if (next === at || next === limit) return false;
  const code = text.charCodeAt(next);
  if (code >= 0x80) return SPACE_THEN_SENTENCE.test(text.slice(at, at + 3));
  return isAsciiUpper(code) || code === 0x22 || code === 0x27 || code === 0x28 || code === 0x5b; // " ' ( [
}

/** The letters and dots just before a full stop (up to six characters), as WORD_BEFORE_DOT finds them. */
export function wordBeforeDot(text: string, dot: number): string {
  const from = Math.max(0, dot - 6);
  let start = dot;
  for (; start > from; start--) {
    const code = text.charCodeAt(start - 1);
    if (code >= 0x80) return WORD_BEFORE_DOT.exec(text.slice(from, dot))?.[1] ?? '';
    if (!isAsciiLetter(code) && code !== 0x2e) break; // .
  }
  return text.slice(start, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBeforeDot(text, dot);
  return /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|[A-Z]|(?:[A-Z]\.)+[A-Z])$/.test(word);
}
