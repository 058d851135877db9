/**
 * The words an article writes in lowercase (where they are not capitalized names), lowercased:
 * name finding asks whether a capitalized word is also used as a common word ("Thirsty Valleys").
 */
import type { Token } from '../text/tokens';

export interface WordSet {
  has(word: string): boolean;
}

/**
 * Up to this many tokens the words are kept as lists by length, not in a Set: an article asks
 * about a score of words but writes hundreds, and hashing every one cost more (~1.7% of the
 * engine's instructions) than comparing each query with the words of its length (a compare stops
 * at the first differing character). Past it, queries and lists both grow with the text: a Set.
 */
const LISTS_UP_TO_TOKENS = 4000;

export function lowercaseVocabularyOf(tokens: readonly Token[]): WordSet {
  if (tokens.length <= LISTS_UP_TO_TOKENS) return new WordsByLength(tokens);
  const words = new Set<string>();
  for (const t of tokens) if (!t.cap) words.add(lowercaseWord(t));
  return words;
}

class WordsByLength implements WordSet {
  private readonly byLength: string[][] = [];

  constructor(tokens: readonly Token[]) {
    for (const t of tokens) {
      if (t.cap) continue;
      const word = lowercaseWord(t);
      const list = this.byLength[word.length];
      if (list === undefined) this.byLength[word.length] = [word];
      else list.push(word);
    }
  }

  has(word: string): boolean {
    const list = this.byLength[word.length];
    if (list === undefined) return false;
    for (let i = 0; i < list.length; i++) if (list[i] === word) return true;
    return false;
  }
}

function lowercaseWord(t: Token): string {
  return hasNoCapitals(t.text) ? t.text : t.text.toLowerCase();
}

/** ASCII with no A-Z: what toLowerCase would give back unchanged, checked without making a copy. */
function hasNoCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x61 ? code >= 0x41 && code <= 0x5a : code >= 0x80) return false;
  }
  return true;
}
