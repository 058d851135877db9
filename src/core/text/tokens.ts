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
const POSSESSIVE = /['’]s$/u;
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
    const gap = text.slice(previousEnd, start);
    for (let i = text.indexOf('\n', lineScan); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) {
      line++;
      lineScan = i + 1;
    }
    const sentenceStart = tokens.length === 0 || startsSentence(gap, tokens[tokens.length - 1]!);
    let possessiveAt = -1;
    if (word.length > 3 && POSSESSIVE.test(word)) {
      possessiveAt = start + word.length - 2;
      word = word.slice(0, -2);
    }
    tokens.push(makeToken(word, start, sentenceStart, false, line));
    if (possessiveAt !== -1) tokens.push(makeToken(text.slice(possessiveAt, possessiveAt + 2), possessiveAt, false, true, line));
    previousEnd = start + match[0].length;
  }
  return tokens;
}

function makeToken(text: string, start: number, sentenceStart: boolean, possessive: boolean, line: number): Token {
  const first = text[0] ?? '';
  let letters = 0;
  let lower = false;
  for (const ch of text) {
    if (LOWER.test(ch)) {
      lower = true;
      break;
    }
    if (UPPER.test(ch)) letters++;
  }
  return {
    start,
    end: start + text.length,
    text,
    cap: UPPER.test(first),
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

function startsSentence(gap: string, previous: Token): boolean {
  if (gap.includes('\n')) return true;
  const punctuation = gap.replace(/[\s"“”'‘’«»()\[\]*#_]+/gu, '');
  if (/[!?:]/.test(punctuation)) return true;
  // A dot after an abbreviation ("Mr. Smith") does not end the sentence.
  return punctuation.includes('.') && !ABBREVIATIONS.has(previous.text.toLowerCase());
}
