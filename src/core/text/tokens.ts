/**
 * One tokenization shared by every analysis stage: word tokens with UTF-16 spans,
 * plus the facts the stages keep asking about (capitalization, sentence start, line).
 */
import { lowercaseOfWord } from './asciiCodes';

export interface Token {
  /** UTF-16 start and end (exclusive) in the normalized text. */
  start: number;
  end: number;
  /**
   * text.slice(start, end). Hot loops read a token's length as `end - start` and its characters in
   * the article's text instead: token strings come in more kinds in V8 (sliced, copied, one- or
   * two-byte, internalized) than a property access keeps a plain load for, so `.length` or
   * `charCodeAt` on them was a megamorphic look-up each (~2% of the engine's instructions).
   */
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
  /**
   * For name units (see analysis/units.ts), which are mostly these same objects: inside a URL or a
   * date; the next unit was cut from the same token. False here.
   */
  blocked: boolean;
  glued: boolean;
}

// Words: dotted abbreviations (U.S., U.N.), then words with inner hyphens / apostrophes / dots
// (kremlin.ru), as the regex (?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐'’.][\p{L}\p{M}\p{N}]+)* with /u
// would match them; see nextWord and wordEnd.
const UPPER = /\p{Lu}/u;
/** "al-Sisi", "el-Baradei", "bin-Laden": a lowercase particle joined to a capitalized name is a name word. */
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben)[-‐]\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** The first letters of PARTICLE_NAME's particles (a, e, b, i): most lowercase words skip the regex. */
const mayStartParticle = (code: number): boolean => code === 0x61 || code === 0x65 || code === 0x62 || code === 0x69;

/**
 * What the tokenizer notes of the text on its way, for later stages that would otherwise scan the
 * text again with a regex (each such scan cost ~1-4% of the engine): it meets every character, in
 * order, inside words or between them. Positions in text order.
 */
export interface TextMarks {
  /**
   * Where an ASCII word starts inside a token, as a regex's \b sees it: an ASCII letter or digit
   * after a joiner ("mid-May", "Putin's", "U.S.") or after a character beyond ASCII ("Zürich"). With
   * the tokens' own starts, every ASCII word start of the text (see asciiWordStartsOf).
   */
  innerWordStarts: number[];
  /**
   * Where whitespace other than one space is (what /\s+/g would change in a line): a whitespace
   * character that is no space and no line break, or the first of two spaces.
   */
  spaceRuns: number[];
  /** Whether the text has a character beyond the Basic Multilingual Plane (a surrogate pair): else its UTF-16 offsets are its code points (see OffsetMap). */
  astral: boolean;
  /** Where a double quotation mark is: " “ ” « » „ (see findQuotes). */
  doubleMarks: number[];
  /** Where a mark that may open a single-mark quote is: ' ‘ (apostrophes inside words too; see findQuotes). */
  singleMarks: number[];
  /** Where a sentence may end: a line break, or . ! ? (dots inside words too; see splitSentences). */
  sentenceMarks: number[];
}

/** Empty marks to pass to tokenize. */
export function textMarks(): TextMarks {
  return { innerWordStarts: [], spaceRuns: [], astral: false, doubleMarks: [], singleMarks: [], sentenceMarks: [] };
}

/**
 * The text's words (see Token); given `marks`, what it notes of the text on the way (see TextMarks).
 * The tokens' characters are read in the text, not in their own strings: a token string's
 * `length` read here went megamorphic (see Token.text) once noting space runs grew the inlined
 * gap scan, and cost more than the regex scans the marks replace (engine instructions 1.026x).
 */
export function tokenize(text: string, marks?: TextMarks): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  // The next line break not yet counted (searched once per line, not once per word).
  let nextBreak = text.indexOf('\n');
  let previousEnd = 0;
  for (let at = nextWord(text, 0, marks); at !== -1; at = nextWord(text, previousEnd, marks)) {
    const start = at;
    const matchEnd = wordEnd(text, start, marks);
    let word = text.slice(start, matchEnd);
    while (nextBreak !== -1 && nextBreak < start) {
      line++;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    const sentenceStart = tokens.length === 0 || startsSentence(text, previousEnd, start, tokens[tokens.length - 1]!);
    let possessiveAt = -1;
    // (Read in the text, not the word's own string: see Token.text.)
    if (matchEnd - start > 3 && endsPossessive(text, matchEnd)) {
      possessiveAt = matchEnd - 2;
      word = word.slice(0, -2);
    }
    tokens.push(makeToken(text, start, possessiveAt === -1 ? matchEnd : possessiveAt, word, sentenceStart, false, line));
    if (possessiveAt !== -1) tokens.push(makeToken(text, possessiveAt, matchEnd, text.slice(possessiveAt, matchEnd), false, true, line));
    previousEnd = matchEnd;
  }
  return tokens;
}

/*
 * A hand-written scanner for WORD (same matches as text.matchAll(WORD), without a match
 * array per word): ASCII is classified by code, other code points by the regex classes.
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_CHAR = /^\p{Lu}$/u;
const wordCharCache = new Map<number, boolean>();
const upperCharCache = new Map<number, boolean>();

function isWordCode(cp: number): boolean {
  if (cp < 0x80) return isAsciiWordCode(cp);
  let known = wordCharCache.get(cp);
  if (known === undefined) wordCharCache.set(cp, (known = WORD_CHAR.test(String.fromCodePoint(cp))));
  return known;
}

function isUpperCode(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  let known = upperCharCache.get(cp);
  if (known === undefined) upperCharCache.set(cp, (known = UPPER_CHAR.test(String.fromCodePoint(cp))));
  return known;
}

/** 1 for the ASCII letters and digits, by code: one load where three range tests were (every character of every word). */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;

/** A letter or digit of ASCII, by code (`code` below 0x80). */
function isAsciiWordCode(code: number): boolean {
  return ASCII_WORD[code] === 1;
}

/** End of the run of word characters (code points) starting at i, noting in `marks` what it meets (see TextMarks). */
function wordCharsEnd(text: string, i: number, marks: TextMarks | undefined): number {
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (!isAsciiWordCode(code)) return i;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (!isWordCode(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
    if (marks !== undefined) noteBeyondAscii(text, i, cp, marks);
  }
  return i;
}

/** After a word character beyond ASCII (`cp`), ending before i: an ASCII word may start at i; an astral one makes the text's offsets differ from its code points. */
function noteBeyondAscii(text: string, i: number, cp: number, marks: TextMarks): void {
  if (cp > 0xffff) marks.astral = true;
  if (i < text.length && isAsciiWordAt(text, i)) marks.innerWordStarts.push(i);
}

/** Is text[i] (within the text) an ASCII letter or digit? */
function isAsciiWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 && isAsciiWordCode(code);
}

/** Start of the next word at or after `from`, or -1, noting in `marks` what it meets on the way (see TextMarks). */
function nextWord(text: string, from: number, marks: TextMarks | undefined): number {
  let i = from;
  // Whether text[i - 1] was a space (a word never ends in one).
  let afterSpace = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiWordCode(code)) return i;
      // (Whitespace is never inside a word: every such character is met here.)
      if (marks !== undefined && code <= 0x3f) noteAsciiGap(marks, i, code, afterSpace);
      afterSpace = code === 0x20;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (isWordCode(cp)) return i;
    if (marks !== undefined) noteGapBeyondAscii(marks, i, cp);
    afterSpace = false;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** A character up to ? between words (`code`, at i): whitespace other than one space, a " or a ', a line break or . ! ? */
function noteAsciiGap(marks: TextMarks, i: number, code: number, afterSpace: boolean): void {
  if (code === 0x20) {
    if (afterSpace) marks.spaceRuns.push(i - 1);
  } else if (code === 0x2e || code === 0x0a || code === 0x21 || code === 0x3f) marks.sentenceMarks.push(i);
  else if (code === 0x22) marks.doubleMarks.push(i);
  else if (code === 0x27) marks.singleMarks.push(i);
  else if (code >= 0x09 && code <= 0x0d) marks.spaceRuns.push(i);
}

/** A character beyond ASCII between words (`cp`, at i): astral, whitespace, or a quotation mark. */
function noteGapBeyondAscii(marks: TextMarks, i: number, cp: number): void {
  if (cp > 0xffff) marks.astral = true;
  else if (cp === 0x201c || cp === 0x201d || cp === 0xab || cp === 0xbb || cp === 0x201e) marks.doubleMarks.push(i);
  else if (cp === 0x2018) marks.singleMarks.push(i);
  else if (isSpaceBeyondAscii(cp)) marks.spaceRuns.push(i);
}

/** \s beyond ASCII: the no-break spaces, the other Unicode space separators, the line and paragraph separators, the BOM. */
function isSpaceBeyondAscii(cp: number): boolean {
  return cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}

/** End of the word starting at `start`: a dotted abbreviation (U.S.), else letters joined by - ‐ ' ’ . (`marks`: see tokenize) */
function wordEnd(text: string, start: number, marks: TextMarks | undefined): number {
  // (?:\p{Lu}\.){2,} comes first in WORD; most words start with an ASCII character that is no capital.
  let i = start;
  let pairs = 0;
  const first = text.charCodeAt(start);
  const mayBeDotted = first >= 0x80 || (first >= 0x41 && first <= 0x5a);
  while (mayBeDotted && i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isUpperCode(cp)) break;
    if (cp > 0xffff && marks !== undefined) marks.astral = true;
    const next = i + (cp > 0xffff ? 2 : 1);
    // (Bounds tested here, not left to charCodeAt's NaN: a read past the end made V8 drop the optimized tokenizer once per thread.)
    if (next >= text.length || text.charCodeAt(next) !== 0x2e) break;
    i = next + 1;
    pairs++;
  }
  if (pairs >= 2) {
    // Its dots, and each capital after one: "S" of "U.S.".
    if (marks !== undefined) {
      for (let k = start + 1; k < i; k++) {
        if (text.charCodeAt(k) === 0x2e) marks.sentenceMarks.push(k);
        if (text.charCodeAt(k - 1) === 0x2e && isAsciiWordAt(text, k)) marks.innerWordStarts.push(k);
      }
    }
    return i;
  }
  // [\p{L}\p{M}\p{N}]+(?:[-‐'’.][\p{L}\p{M}\p{N}]+)*
  i = start;
  for (;;) {
    i = wordCharsEnd(text, i, marks);
    if (i >= text.length) return i;
    const joiner = text.charCodeAt(i);
    const joins = joiner === 0x2d || joiner === 0x2010 || joiner === 0x27 || joiner === 0x2019 || joiner === 0x2e;
    if (!joins || i + 1 >= text.length || !isWordCode(text.codePointAt(i + 1)!)) return i;
    // An apostrophe or a dot inside the word ("don't", "kremlin.ru"): the gap scan does not meet it.
    if (marks !== undefined) {
      if (joiner === 0x27) marks.singleMarks.push(i);
      else if (joiner === 0x2e) marks.sentenceMarks.push(i);
    }
    i++;
    if (marks !== undefined && isAsciiWordAt(text, i)) marks.innerWordStarts.push(i);
  }
}

/** 's or ’s before `end` (as /['’]s$/u on the text up to it; end >= 2). */
function endsPossessive(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 0x73) return false;
  const mark = text.charCodeAt(end - 2);
  return mark === 0x27 || mark === 0x2019;
}

/** The token text[start, end), whose string is `word`; its characters read in the text (see Token.text). */
function makeToken(text: string, start: number, end: number, word: string, sentenceStart: boolean, possessive: boolean, line: number): Token {
  let letters = 0;
  let lower = false;
  // ASCII without a regex (the common case); other characters by their Unicode category.
  for (let i = start; i < end; i++) {
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
  const first = text.charCodeAt(start);
  // Fields in this order, as units cut from tokens have theirs (analysis/units.ts): one hidden class for both.
  return {
    start,
    end,
    text: word,
    cap: (first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER.test(word[0] ?? '')) || (mayStartParticle(first) && PARTICLE_NAME.test(word)),
    allCaps: !lower && letters >= 2,
    sentenceStart,
    possessive,
    line,
    blocked: false,
    glued: false,
  };
}

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
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
  return dot && !ABBREVIATIONS.has(lowercaseOfWord(previous.text));
}

/**
 * Every place where an ASCII word starts as a regex's \b sees it (an ASCII letter or digit with no
 * ASCII letter, digit or "_" before it) that `keep` keeps, in order: the tokens' starts that are
 * such, merged with the starts inside tokens that tokenize pushed to `innerWordStarts`. (A "_" is a
 * word character to \b and none to the tokenizer, so a token after one does not start an ASCII word.)
 * `keep` is asked here rather than of a list made first (for the dates' starts that list cost as
 * much again as the walk), with the start's character code.
 */
export function asciiWordStartsOf(text: string, tokens: readonly Token[], innerWordStarts: readonly number[], keep: (text: string, at: number, code: number) => boolean = keepAll): number[] {
  const starts: number[] = [];
  let inner = 0;
  for (let t = 0; t < tokens.length; t++) {
    const start = tokens[t]!.start;
    for (; inner < innerWordStarts.length && innerWordStarts[inner]! < start; inner++) {
      const at = innerWordStarts[inner]!;
      if (keep(text, at, text.charCodeAt(at))) starts.push(at);
    }
    // (`keep` first: most starts it refuses, and the character before is read only for the rest.)
    const code = text.charCodeAt(start);
    if (code < 0x80 && isAsciiWordCode(code) && keep(text, start, code) && (start === 0 || text.charCodeAt(start - 1) !== 0x5f)) starts.push(start);
  }
  for (; inner < innerWordStarts.length; inner++) {
    const at = innerWordStarts[inner]!;
    if (keep(text, at, text.charCodeAt(at))) starts.push(at);
  }
  return starts;
}

const keepAll = (): boolean => true;
