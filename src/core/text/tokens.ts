/**
 * One tokenization shared by every analysis stage: word tokens with UTF-16 spans,
 * plus the facts the stages keep asking about (capitalization, sentence start, line).
 */
export interface Token {
  /** UTF-16 start and end (exclusive) in the normalized text. */
  start: number;
  end: number;
  text: string;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** At least two letters and no lowercase letter ("NATO", "U.S."). */
  allCaps: boolean;
  /** First word of a sentence, a line or a quotation. */
  sentenceStart: boolean;
  /** A possessive marker ('s / ’s) split off the preceding word. */
  possessive: boolean;
  line: number;
}

// Dotted abbreviations (U.S., U.N.), then words with inner hyphens / apostrophes / dots (kremlin.ru).
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐'’.][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lineScan = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    for (let i = text.indexOf('\n', lineScan); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) {
      line++;
      lineScan = i + 1;
    }
    const sentenceStart = tokens.length === 0 || startsSentence(text, previousEnd, start, tokens[tokens.length - 1]!);
    let possessiveAt = -1;
    if (word.length > 3 && endsPossessive(word)) {
      possessiveAt = start + word.length - 2;
      word = word.slice(0, -2);
    }
    tokens.push(makeToken(word, start, sentenceStart, false, line));
    if (possessiveAt !== -1) tokens.push(makeToken(text.slice(possessiveAt, possessiveAt + 2), possessiveAt, false, true, line));
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** 's or ’s at the end (as /['’]s$/u). */
function endsPossessive(word: string): boolean {
  if (word.charCodeAt(word.length - 1) !== 0x73) return false;
  const mark = word.charCodeAt(word.length - 2);
  return mark === 0x27 || mark === 0x2019;
}

function makeToken(text: string, start: number, sentenceStart: boolean, possessive: boolean, line: number): Token {
  let letters = 0;
  let lower = false;
  // ASCII without a regex (the common case); other characters by their Unicode category.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) {
        lower = true;
        break;
      }
      if (code >= 0x41 && code <= 0x5a) letters++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (ch.length === 2) i++;
    if (LOWER.test(ch)) {
      lower = true;
      break;
    }
    if (UPPER.test(ch)) letters++;
  }
  const first = text.charCodeAt(0);
  return {
    start,
    end: start + text.length,
    text,
    cap: first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER.test(text[0] ?? ''),
    allCaps: !lower && letters >= 2,
    sentenceStart,
    possessive,
    line,
  };
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'sen', 'rep', 'gov', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd',
]);

/**
 * Does the gap text[from, to) between two words start a sentence? A line break, or
 * ! ? : or a dot that does not follow an abbreviation ("Mr. Smith"). Quotes, brackets
 * and emphasis marks in the gap do not matter.
 */
function startsSentence(text: string, from: number, to: number, previous: Token): boolean {
  let dot = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x21 || code === 0x3f || code === 0x3a) return true; // \n ! ? :
    if (code === 0x2e) dot = true;
  }
  return dot && !ABBREVIATIONS.has(previous.text.toLowerCase());
}
