/**
 * When two quotes report the same utterance: identical, trimmed (one is a contiguous
 * piece of the other) or reworded (most content words of the shorter one occur in the
 * longer one, after stemming). Pure functions of the two quotes, so links never depend
 * on the order articles arrive in.
 */
import { compareStemRarity, contentStems, wordTokens, type WordToken } from './words';

export type QuoteRelation = 'identical' | 'trimmed' | 'reworded';

export interface QuoteFeatures {
  tokens: WordToken[];
  /** Normalized words joined by spaces. */
  normText: string;
  /** Match keys of the content words (stem prefixes), rarest first (see compareStemRarity). */
  keys: string[];
  /** Length of the longest full stem behind each key (how informative the word is). */
  stemLength: Map<string, number>;
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

export function quoteFeatures(text: string): QuoteFeatures {
  const tokens = wordTokens(text);
  const stemLength = new Map<string, number>();
  for (const stemmed of contentStems(tokens)) stemLength.set(matchKey(stemmed), Math.max(stemmed.length, stemLength.get(matchKey(stemmed)) ?? 0));
  const keys = [...stemLength.keys()].sort(compareStemRarity);
  return { tokens, normText: tokens.map((t) => t.norm).join(' '), keys, stemLength };
}

/** How many of the rarest keys a quote is indexed under so that every possible link shares one. */
export function prefixLength(keyCount: number): number {
  return keyCount - Math.ceil(REWORDED_COVERAGE * keyCount) + 1;
}

/** The link between two quotes, or null when they are different statements. */
export function compareQuotes(a: QuoteFeatures, b: QuoteFeatures, sameFile: boolean): QuoteLink | null {
  if (a.tokens.length === 0 || b.tokens.length === 0) return null;
  if (a.normText === b.normText) return { relation: 'identical', score: 1, weak: false };
  // Ties broken by content so the link is the same whichever quote came first (a symmetric relation).
  const aFirst = a.tokens.length - b.tokens.length || a.keys.length - b.keys.length || (a.normText < b.normText ? -1 : 1);
  const [shorter, longer] = aFirst < 0 ? [a, b] : [b, a];
  // Cheap test first: most candidate pairs share too few content words to be anything.
  const shared = shorter.keys.filter((k) => longer.stemLength.has(k));
  const coverage = shorter.keys.length === 0 ? 0 : shared.length / shorter.keys.length;
  if (shorter.tokens.length === 1) {
    return sameFile && shorter.keys.length === 1 && coverage === 1 && containsWords(longer, shorter) ? { relation: 'trimmed', score: 0.5, weak: true } : null;
  }
  if (coverage < REWORDED_COVERAGE) return null;
  if (coverage === 1 && containsWords(longer, shorter)) return { relation: 'trimmed', score: 0.95, weak: false };
  if (shorter.keys.length < 2) return null;
  const loneWordLength = Math.min(shorter.stemLength.get(shared[0]!) ?? 0, longer.stemLength.get(shared[0]!) ?? 0);
  if (shared.length < 2 && !(shorter.keys.length === 2 && loneWordLength >= LONE_WORD_MIN_LENGTH)) return null;
  return { relation: 'reworded', score: 0.9 * coverage, weak: false };
}

function containsWords(longer: QuoteFeatures, shorter: QuoteFeatures): boolean {
  return (' ' + longer.normText + ' ').includes(' ' + shorter.normText + ' ');
}
