/**
 * Words of a quote for comparing versions: tokens, spelling folding (British/American),
 * a light stemmer and English function words.
 */
import { memoized } from '../text/memoized';

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Lowercase, accents removed, British/American spelling folded. */
  norm: string;
  /** UTF-16 offsets inside the quote text. */
  start: number;
  end: number;
}

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of to in on at by for from with without ' +
    'into onto over under about as is are was were be been being am do does did done has have had having it its it\'s ' +
    'i me my we us our you your he him his she her they them their theirs what which who whom whose when where why how ' +
    'all any each every both few more most other some such no not only own same too very can could will would shall should ' +
    'may might must also just now even still again ever up down out off s t one also well like will'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text with their normalized forms. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  // exec on the one global regex (its lastIndex reset first), not matchAll: no iterator and regex copy per text.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    tokens.push({ text: match[0], norm: normalizeWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * Lowercase, no accents, British spellings folded to American (normalise -> normalize, colour -> color).
 * Remembered: a folder's quotes repeat a small vocabulary, and each word costs a Unicode
 * normalization and several replacements.
 */
export const normalizeWord = memoized((word: string): string =>
  word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/our(s?)$/, 'or$1')
    .replace(/(?<=[^aeiou])re(s?)$/, 'er$1'),
);

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

/** A light suffix stemmer: enough to match "promises"/"promise", "encouraged"/"encourage". */
export function stem(norm: string): string {
  let w = norm;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 6 && /(ation|ment|ness)$/.test(w)) w = w.replace(/(ation|ment|ness)$/, '');
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /([^aeiou])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Distinct stems of the content words, in order of first appearance. */
export function contentStems(tokens: readonly WordToken[]): string[] {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (isStopword(token.norm) || (token.norm.length < 2 && !/\d/.test(token.norm))) continue;
    seen.add(stem(token.norm));
  }
  return [...seen];
}

/**
 * Content words frequent in any news text. Quote matching still uses them; they only go
 * last in the candidate search order, so a probe starts from words that narrow it down.
 */
const COMMON_NEWS_WORDS = new Set(
  (
    'said says say told added according government president minister ministry country countries people state states ' +
    'national international security military forces force army police official officials leader leaders party political ' +
    'policy world region regional city capital war peace talks meeting summit support help need important time year years ' +
    'day week month today new good great first last next public economic economy percent million billion number work ' +
    'together continue believe think know want make made take going come important situation issue issues problem ' +
    'problems decision cooperation development relations interests future citizens population border borders crisis ' +
    'against power rights right law process group groups community international organization organisation'
  ).split(' '),
);
const commonStems = new Map<string, boolean>();

function isCommon(key: string): boolean {
  if (commonStems.size === 0) for (const word of COMMON_NEWS_WORDS) commonStems.set(stem(normalizeWord(word)).slice(0, 6), true);
  return commonStems.has(key);
}

/**
 * A fixed global order over match keys for prefix filtering: common news words last,
 * then longer words first (longer words are rarer). It must not depend on the folder,
 * so that links do not depend on the order articles arrive in.
 */
export function compareStemRarity(a: string, b: string): number {
  return Number(isCommon(a)) - Number(isCommon(b)) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}
