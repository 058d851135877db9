/** Quote kinds and the vocabulary attribution needs beyond the gazetteer. */
import type { QuoteKind } from '../model';
import type { Headlines } from './headlines';
import type { Lexicon } from './lexicon';
import type { RawQuote } from './quoteMarks';
import { isWhitespaceCode } from '../text/whitespace';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const CAPITAL_FIRST = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STARTS_UPPER = /^[\s(\[]*\p{Lu}/u;

/** Reporting verbs news prose uses besides "say": the gazetteer list is merged with these. */
export const EXTRA_SPEECH_VERBS = [
  'praised', 'praises', 'hailed', 'hails', 'called', 'calls', 'urged', 'urges', 'proposed', 'proposes', 'proposing',
  'pledged', 'pledges', 'complained', 'complains', 'underscored', 'underscores', 'acknowledged', 'acknowledges',
  'stressed', 'stresses', 'added', 'adds', 'said', 'says', 'told', 'tells', 'warned', 'warns', 'welcomed',
  'pointed', 'insisted', 'insists', 'declared', 'declares', 'noted', 'notes', 'described', 'describes', 'asked',
  'asks', 'wrote', 'writes', 'argued', 'argues', 'explained', 'explains', 'announced', 'announces', 'vowed', 'vows',
  'promised', 'promises', 'suggested', 'suggests', 'stated', 'states', 'remarked', 'replied', 'responded', 'claimed',
  'claims', 'admitted', 'admits', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'recalled', 'conceded',
  'predicted', 'lamented', 'tweeted', 'posted', 'quipped', 'cautioned', 'demanded', 'demands', 'saying', 'telling',
];

/** Role nouns that describe a person already named ("the Russian leader said"). */
export const DESCRIPTION_ROLES = new Set([
  'president', 'leader', 'minister', 'diplomat', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson',
  'official', 'envoy', 'ambassador', 'secretary', 'chief', 'head', 'chairman', 'chairwoman', 'general', 'governor',
  'mayor', 'king', 'queen', 'prince', 'senator', 'commander', 'strongman', 'ruler', 'monarch', 'emir', 'sheikh',
]);

const ROLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime', 'premier', 'chairman', 'leader', 'strongman', 'chancellor', 'king', 'emir'],
  diplomat: ['foreign', 'ambassador', 'envoy', 'diplomat'],
  premier: ['prime', 'premier'],
  strongman: ['president', 'leader', 'strongman'],
  ruler: ['president', 'king', 'emir', 'leader'],
  chief: ['chief', 'head', 'secretary-general', 'director'],
  head: ['chief', 'head', 'secretary-general', 'director', 'chairman'],
};

/** Does the description ("the Russian president") fit the words that introduced a person? */
export function rolesMatch(description: string[], intro: string[], lex: Lexicon): boolean {
  const introLower = intro.map((w) => w.toLowerCase());
  const role = description[description.length - 1]!.toLowerCase();
  const roleWords = ROLE_SYNONYMS[role] ?? [role];
  if (!roleWords.some((r) => introLower.some((w) => w === r || w.startsWith(r + '-')))) return false;
  const qualifier = description.find((w) => CAPITAL_FIRST.test(w));
  if (!qualifier) return true;
  const place = lex.names.get(qualifier)?.canonical ?? qualifier;
  return intro.some((w) => w === qualifier || lex.names.get(w)?.canonical === place || adjectiveOf(w, place));
}

function adjectiveOf(word: string, place: string): boolean {
  return word.length > 3 && (place.startsWith(word.slice(0, -2)) || word.startsWith(place.slice(0, Math.max(4, place.length - 1))));
}

const TITLE_CUES = /\b(?:titled|entitled|called|named|book|report|film|movie|song|album|article|documentary|programme|program|series|newspaper|novel|play|campaign|operation|headlined|dubbed),?\s*$/i;

/**
 * direct: a clause of speech; partial: a fragment woven into the sentence;
 * scare: a word or two set off, spoken by nobody; title: the name of a work.
 */
export function quoteKind(text: string, quote: RawQuote, attributed: boolean, standalone: boolean, headlines: Headlines): QuoteKind {
  const content = text.slice(quote.start, quote.end).trim();
  // Counted up to five: no test below asks more, but the title's, which counts them all when asked.
  const wordCount = countWords(content, 5);
  const before = text.slice(Math.max(0, quote.start - 30), quote.start - 1);
  // Capitals are counted only after a title cue ("titled", "the book"), which few quotes have.
  if (TITLE_CUES.test(before) && wordsOf(content).filter((w) => CAPITAL_FIRST.test(w)).length >= Math.ceil(countWords(content) / 2) && !/[.!?]$/.test(content)) return 'title';
  const line = headlines.lineOf(quote.start);
  const onHeadline = line === headlines.firstLine || headlines.lines.has(line);
  if (onHeadline && wordCount <= 3) return 'partial';
  const startsUpper = STARTS_UPPER.test(content);
  if (startsUpper && wordCount >= 3 && (standalone || attributed || /[.!?,]$/.test(content))) return 'direct';
  if (startsUpper && attributed && /[.!?,]$/.test(content)) return 'direct'; // "We go," he said.'
  if (wordCount >= 5 && /[.!?]$/.test(content) && /(?:\bthat|:)\s*$/.test(before)) return 'direct';
  if (wordCount <= 2 && !attributed) return 'scare';
  return 'partial';
}

/** The quote's words: pieces between whitespace with a letter or digit. */
export function wordsOf(content: string): string[] {
  return content.split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w));
}

/**
 * wordsOf(content).length without the list, or `atMost` when there are more: every quote of every
 * article is counted, and the split and a regex test per word were ~3% of the engine's time.
 */
export function countWords(content: string, atMost = Infinity): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (isWhitespaceCode(code)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (counted) continue;
    let letterOrDigit: boolean;
    if (code < 0x80) letterOrDigit = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    else {
      const codePoint = content.codePointAt(i)!;
      letterOrDigit = isLetterOrDigitCode(codePoint);
      if (codePoint > 0xffff) i++;
    }
    if (letterOrDigit) {
      if (++count >= atMost) return atMost;
      counted = true;
    }
  }
  return count;
}

const letterOrDigitCache = new Map<number, boolean>();
function isLetterOrDigitCode(codePoint: number): boolean {
  let known = letterOrDigitCache.get(codePoint);
  if (known === undefined) letterOrDigitCache.set(codePoint, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint))));
  return known;
}
