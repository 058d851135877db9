/**
 * When two quotes report the same utterance: identical, trimmed (one is a contiguous
 * piece of the other) or reworded (most content words of the shorter one occur in the
 * longer one, after stemming). Pure functions of the two quotes, so links never depend
 * on the order articles arrive in.
 */
import { compareStemRarity, contentStems, isStopword, wordTokens, type WordToken } from './words';

export type QuoteRelation = 'identical' | 'trimmed' | 'reworded';

/** What compareQuotes reads: small, so the candidates of a new quote can carry it inline. */
export interface MatchData {
  /** How many words. */
  tokenCount: number;
  /** How many keys (see keys), kept inline: most candidate pairs are decided without reading an array. */
  keyCount: number;
  /** Normalized words joined by spaces. */
  normText: string;
  /**
   * Three columns of keyCount numbers each, in one array (an Int32Array costs ~180 bytes beside its
   * numbers, and a folder has a set of these per distinct quote text):
   * - [0, keyCount): the keys as interned numbers, ascending: two quotes' shared keys are counted by a merge;
   * - [keyCount, 2 keyCount): the length of the longest full stem behind each of those (how informative the word is);
   * - [2 keyCount, 3 keyCount): the keys again, rarest first (see compareStemRarity): what the quote is
   *   posted and looked up under (see rarestKeysStart).
   */
  keys: Int32Array;
  /**
   * A 120-bit mask of the keys in four 30-bit parts (small integers, which V8 keeps inside the
   * object): two quotes' masks bound how many keys they share without reading their key arrays,
   * and most candidate pairs of a folder fail on that bound (see sharedKeysAtMost).
   */
  keyMask0: number;
  keyMask1: number;
  keyMask2: number;
  keyMask3: number;
  /** Bits set in the mask: fewer than keyCount when keys fall on the same bit. */
  keyMaskBits: number;
  /**
   * The keys whose longest stem has LONE_WORD_MIN_LENGTH letters or more, as bits of one 30-bit
   * part (the key mask folded): two two-key quotes sharing one such word may link on it alone
   * (see compareQuotes), and two whose long keys meet on no bit cannot (see mayLink).
   */
  longKeyBits: number;
}

export interface QuoteFeatures extends MatchData {
  /** The quote text these features are of (see quoteWords). */
  text: string;
  /** The first five content words, normalized, joined by spaces: what a group of the quote is named by. */
  leadWords: string;
}

/**
 * Where the quote's keys, rarest first, start in MatchData.keys: what it is posted and looked up
 * under. Numbers, not the keys' strings (a string each, ~5 MB of a 10,000-article index). (Read in
 * place: a subarray view would move a small array's numbers out of the heap, with a buffer of their own.)
 */
export function rarestKeysStart(data: MatchData): number {
  return 2 * data.keyCount;
}

export interface QuoteLink {
  relation: QuoteRelation;
  /** 0..1; higher links are taken first when speakers constrain grouping. */
  score: number;
  /** A one-word quote inside a longer one: only within one article and one known speaker. */
  weak: boolean;
}

/** Share of the shorter quote's content words that must occur in the longer one. */
export const REWORDED_COVERAGE = 0.5;
/** Stems agreeing on this many first letters count as the same word ("terror"ism / "terror"ist). */
const KEY_LENGTH = 6;
/** A single shared word is enough for a two-word quote only when it is this long (informative). */
const LONE_WORD_MIN_LENGTH = 7;

export function matchKey(stemmed: string): string {
  return stemmed.length > KEY_LENGTH ? stemmed.slice(0, KEY_LENGTH) : stemmed;
}

/**
 * Match keys as small numbers, for the life of the process: comparing two quotes is then a
 * merge of two sorted number arrays instead of a hash look-up per word, and it runs for every
 * candidate pair of a folder. The table grows with the vocabulary (keys are 6-letter prefixes).
 */
const keyNumbers = new Map<string, number>();
function keyNumberOf(key: string): number {
  let id = keyNumbers.get(key);
  if (id === undefined) keyNumbers.set(key, (id = keyNumbers.size));
  return id;
}

export function quoteFeatures(text: string): QuoteFeatures {
  const tokens = wordTokens(text);
  const stemLength = stemLengthsOf(tokens);
  const keys = [...stemLength.keys()].sort(compareStemRarity);
  const rarestFirst = Int32Array.from(keys, keyNumberOf);
  const numbered = keys.map((key, k) => [rarestFirst[k]!, stemLength.get(key)!] as const).sort((x, y) => x[0] - y[0]);
  const count = numbered.length;
  const columns = new Int32Array(3 * count);
  numbered.forEach(([id, length], k) => {
    columns[k] = id;
    columns[count + k] = length;
  });
  columns.set(rarestFirst, 2 * count);
  const mask = keyMaskOf(numbered);
  const longKeyBits = keyMaskOf(numbered.filter(([, length]) => length >= LONE_WORD_MIN_LENGTH)).reduce((folded, part) => folded | part, 0);
  return {
    text,
    leadWords: tokens
      .filter((t) => !isStopword(t.norm))
      .slice(0, 5)
      .map((t) => t.norm)
      .join(' '),
    tokenCount: tokens.length,
    normText: tokens.map((t) => t.norm).join(' '),
    keyCount: count,
    keys: columns,
    keyMask0: mask[0]!,
    keyMask1: mask[1]!,
    keyMask2: mask[2]!,
    keyMask3: mask[3]!,
    keyMaskBits: mask.reduce((n, part) => n + bitCount(part), 0),
    longKeyBits,
  };
}

/* The loops of quoteFeatures, each alone in its function (see scripts/bench/deopt-loops.mjs). */

/** The longest full stem behind each match key of the words' content stems. */
function stemLengthsOf(tokens: readonly WordToken[]): Map<string, number> {
  const stemLength = new Map<string, number>();
  for (const stemmed of contentStems(tokens)) stemLength.set(matchKey(stemmed), Math.max(stemmed.length, stemLength.get(matchKey(stemmed)) ?? 0));
  return stemLength;
}

/** The four parts of the key mask (see MatchData.keyMask0) of numbered keys. */
function keyMaskOf(numbered: readonly (readonly [number, number])[]): number[] {
  const mask = [0, 0, 0, 0];
  for (const [id] of numbered) {
    const bit = keyMaskBit(id);
    mask[Math.floor(bit / MASK_PART_BITS)]! |= 1 << bit % MASK_PART_BITS;
  }
  return mask;
}

/**
 * The quote's words, made again from its text when asked: only diffs of versions and one-word
 * quotes need them, and kept for every distinct quote they were ~15 MB of a 10,000-article index.
 */
export function quoteWords(features: QuoteFeatures): WordToken[] {
  return wordTokens(features.text);
}

/** Bits per part of MatchData's key mask: 30 keeps each part a small integer. */
const MASK_PART_BITS = 30;

/** A key's bit in the mask: key numbers are given in order of first sight, so they are spread by a multiplicative hash. */
function keyMaskBit(keyId: number): number {
  return (Math.imul(keyId, 0x9e3779b1) >>> 0) % (4 * MASK_PART_BITS);
}

function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Bits set in both quotes' key masks: every key they share sets one. */
function commonMaskBits(a: MatchData, b: MatchData): number {
  return bitCount(a.keyMask0 & b.keyMask0) + bitCount(a.keyMask1 & b.keyMask1) + bitCount(a.keyMask2 & b.keyMask2) + bitCount(a.keyMask3 & b.keyMask3);
}

/** How many of the quote's keys can hide behind one common bit: those that share a bit with another of its keys. */
function keysSharingBits(data: MatchData): number {
  return data.keyCount - data.keyMaskBits;
}

/** At most how many of the shorter quote's keys the longer one has. */
function sharedKeysAtMost(shorter: MatchData, longer: MatchData): number {
  return commonMaskBits(shorter, longer) + keysSharingBits(shorter);
}

/**
 * False when two quotes cannot be linked, whichever of them is the shorter, by their key masks
 * alone: the candidate search's first test, before it orders the two (whose tie-break compares
 * their texts). A bound of compareQuotes' tests, never stricter: for the same keys it lets through
 * every pair compareQuotes could link (test/core/corpus/quotes.test.ts checks that at random, and
 * quoteCandidates.test.ts the links of whole graphs). Without it, thousands of short quotes sharing
 * one common word ("we agree on X") were each ordered and compared against all the others.
 */
export function mayLink(a: MatchData, b: MatchData): boolean {
  const atMost = commonMaskBits(a, b) + Math.max(keysSharingBits(a), keysSharingBits(b));
  const longWordShared = (a.longKeyBits & b.longKeyBits) !== 0;
  return atMost >= Math.min(sharedKeysNeeded(a.keyCount, longWordShared), sharedKeysNeeded(b.keyCount, longWordShared));
}

/**
 * The fewest keys a longer quote must share with a shorter one of `keyCount` keys for compareQuotes
 * to link them (at least 1): two of two, unless the two may share a long word, which alone links.
 */
function sharedKeysNeeded(keyCount: number, longWordShared: boolean): number {
  if (keyCount <= 1) return 1;
  if (keyCount === 2) return longWordShared ? 1 : 2;
  return Math.max(2, Math.ceil(REWORDED_COVERAGE * keyCount));
}

/**
 * How many of the rarest keys a quote is indexed under so that every possible link shares one (as
 * the shorter quote): all but the fewest it must share, less one. A two-key quote must share both
 * unless the one shared is a long word (see compareQuotes): so its rarest key, and its other only
 * when that is long. (The order of rarity is fixed, longer words first: with both keys in the prefix,
 * thousands of "we agree on X." were each posted under "agree" and met each other.)
 */
export function prefixLength(data: MatchData): number {
  const { keys, keyCount } = data;
  if (keyCount === 2) {
    // The second rarest key's stem length: in the second column, in the first column's order.
    const second = keys[rarestKeysStart(data) + 1]!;
    const stemLength = keys[keyCount + (keys[0] === second ? 0 : 1)]!;
    return stemLength >= LONE_WORD_MIN_LENGTH ? 2 : 1;
  }
  return keyCount - Math.ceil(REWORDED_COVERAGE * keyCount) + 1;
}

/**
 * Which of two quotes is the shorter, the one whose content words a link must cover: negative for
 * `a`, positive for `b`, 0 for the same words. Ties are broken by content, so the link is the same
 * whichever quote came first (a symmetric relation).
 */
export function shorterFirst(a: MatchData, b: MatchData): number {
  return a.tokenCount - b.tokenCount || a.keyCount - b.keyCount || (a.normText < b.normText ? -1 : a.normText > b.normText ? 1 : 0);
}

/** The link between two quotes, or null when they are different statements. */
export function compareQuotes(a: MatchData, b: MatchData, sameFile: boolean): QuoteLink | null {
  if (a.tokenCount === 0 || b.tokenCount === 0) return null;
  const aFirst = shorterFirst(a, b);
  if (aFirst === 0) return IDENTICAL;
  const shorter = aFirst < 0 ? a : b;
  const longer = aFirst < 0 ? b : a;
  const keyCount = shorter.keyCount;
  if (shorter.tokenCount === 1) {
    const whole = sameFile && keyCount === 1 && sharedKeys(shorter, longer, 0).shared === 1 && containsWords(longer, shorter);
    return whole ? WEAK_PART : null;
  }
  if (keyCount === 0) return null;
  // Cheap tests first: most candidate pairs share too few content words to be anything.
  const allowedMisses = keyCount - Math.ceil(REWORDED_COVERAGE * keyCount);
  if (sharedKeysAtMost(shorter, longer) < keyCount - allowedMisses) return null;
  const { shared, loneWordLength } = sharedKeys(shorter, longer, allowedMisses);
  if (shared < 0) return null;
  const coverage = shared / keyCount;
  if (coverage === 1 && containsWords(longer, shorter)) return TRIMMED;
  if (keyCount < 2) return null;
  if (shared < 2 && !(keyCount === 2 && loneWordLength >= LONE_WORD_MIN_LENGTH)) return null;
  return rewordedLink(shared, keyCount);
}

/*
 * Links are values, shared: a large folder keeps one per pair of linked wordings in both directions
 * (~80,000 pairs at 10,000 articles, ~5 MB as objects of their own), and they take a few dozen values.
 */
const IDENTICAL: QuoteLink = Object.freeze({ relation: 'identical', score: 1, weak: false });
const WEAK_PART: QuoteLink = Object.freeze({ relation: 'trimmed', score: 0.5, weak: true });
const TRIMMED: QuoteLink = Object.freeze({ relation: 'trimmed', score: 0.95, weak: false });
/** Reworded links of quotes with fewer than this many content words, by shared * KEYS_SHARED + key count. */
const KEYS_SHARED = 1024;
const REWORDED = new Map<number, QuoteLink>();

function rewordedLink(shared: number, keyCount: number): QuoteLink {
  const make = (): QuoteLink => Object.freeze({ relation: 'reworded', score: 0.9 * (shared / keyCount), weak: false });
  // A quote of a thousand content words and more is rare enough to get a link of its own.
  if (keyCount >= KEYS_SHARED) return make();
  const key = shared * KEYS_SHARED + keyCount;
  let link = REWORDED.get(key);
  if (!link) REWORDED.set(key, (link = make()));
  return link;
}

/**
 * How many of the shorter quote's keys the longer one has (-1 as soon as more than
 * `allowedMisses` are missing), and for a single shared key the shorter of its two stems.
 */
function sharedKeys(shorter: MatchData, longer: MatchData, allowedMisses: number): { shared: number; loneWordLength: number } {
  // The first column of each (see MatchData.keys); a stem length is keyCount further on.
  const mine = shorter.keys;
  const theirs = longer.keys;
  const mineCount = shorter.keyCount;
  const theirCount = longer.keyCount;
  let shared = 0;
  let misses = 0;
  let loneWordLength = 0;
  let j = 0;
  for (let i = 0; i < mineCount; i++) {
    const key = mine[i]!;
    while (j < theirCount && theirs[j]! < key) j++;
    if (j < theirCount && theirs[j] === key) {
      if (shared++ === 0) loneWordLength = Math.min(mine[mineCount + i]!, theirs[theirCount + j]!);
      j++;
    } else if (++misses > allowedMisses) {
      return { shared: -1, loneWordLength };
    }
  }
  return { shared, loneWordLength };
}

function containsWords(longer: MatchData, shorter: MatchData): boolean {
  return (' ' + longer.normText + ' ').includes(' ' + shorter.normText + ' ');
}
