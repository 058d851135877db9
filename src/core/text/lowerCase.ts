import { memoized } from './memoized';

/**
 * word.toLowerCase() for the words the engine cuts from article texts, at a fraction of its cost.
 * Those words are two-byte strings whenever their article is (one ’ or “ makes it so), and V8's
 * toLowerCase of a two-byte string took ~700 instructions even when nothing changed (~180 for a
 * one-byte string); the engine asks for ~300 lowercase forms per article. A word with no capital and
 * nothing past ASCII is its own lowercase form; the others ("Putin", "Said", "Рахмон") recur in a
 * folder, so theirs are remembered.
 */
export function lowerCaseOf(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return rememberedLowerCase(word);
  }
  return word;
}

const rememberedLowerCase = memoized((word) => word.toLowerCase());
