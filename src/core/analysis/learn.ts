/**
 * What the first pass teaches the second: every other way the article refers to a name
 * it has found. A full person name teaches its surname (its first word for Chinese-style
 * family-name-first names); "Collective Security Treaty Organization (CSTO)" teaches CSTO.
 */
import type { KnownName, Lexicon } from './lexicon';
import type { FoundName } from './entities';
import { memoized } from '../text/memoized';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const ACRONYM_IN_PARENTHESES = /^ \(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

export function learnNames(text: string, names: readonly FoundName[], lex: Lexicon): Map<string, KnownName> {
  const learned = new Map<string, KnownName>();
  const teach = (key: string, type: KnownName['type'], canonical: string): void => {
    // A surname shared by two different people stays with the first one named; canonicalization
    // sorts it out. (Looked up first: most names recur in their article, and are taught again.)
    if (!key || learned.has(key)) return;
    const lower = key.toLowerCase();
    if (lex.functionWords.has(lower) || lex.titles.has(lower)) return;
    learned.set(key, { type, canonical });
  };
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    // The words split at spaces, as surface.split(' ') would give them, without making the array.
    const firstSpace = surface.indexOf(' ');
    if (name.type === 'PERSON') {
      teach(surface, 'PERSON', name.canonical);
      if (firstSpace !== -1) {
        const last = surface.slice(surface.lastIndexOf(' ') + 1);
        if (!lex.names.has(last)) teach(last, 'PERSON', name.canonical);
        const first = surface.slice(0, firstSpace);
        if (lex.chineseSurnames.has(first) && spaceCount(surface) <= 2) teach(first, 'PERSON', name.canonical);
      }
    } else if (name.type !== 'DATE' && !lex.names.has(surface)) {
      teach(surface, name.type, name.canonical);
    }
    // "Full Name (ACR)" defines an acronym.
    if (name.type !== 'ORG' || text.charCodeAt(name.end) !== 0x20 || text.charCodeAt(name.end + 1) !== 0x28) continue; // " ("
    const after = ACRONYM_IN_PARENTHESES.exec(text.slice(name.end, name.end + 14));
    if (after && (firstSpace !== -1 || initialsOf(surface) === after[1])) teach(after[1]!, 'ORG', name.canonical);
  }
  return learned;
}

function spaceCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/** "SCO" for "Shanghai Cooperation Organization": initials of the capitalized words. Kept: an article's organizations are mostly the folder's same few, and the split is a regex pass. */
export const initialsOf = memoized(
  (name: string): string =>
    name
      .split(/[\s-]+/)
      .filter((w) => CAPITAL_FIRST.test(w))
      .map((w) => w[0])
      .join(''),
  10_000,
);
