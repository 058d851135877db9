/**
 * What the first pass teaches the second: every other way the article refers to a name
 * it has found. A full person name teaches its surname (its first word for Chinese-style
 * family-name-first names); "Collective Security Treaty Organization (CSTO)" teaches CSTO.
 */
import type { KnownName, Lexicon } from './lexicon';
import type { FoundName } from './entities';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const ACRONYM_IN_PARENTHESES = /^ \(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

export function learnNames(text: string, names: readonly FoundName[], lex: Lexicon): Map<string, KnownName> {
  const learned = new Map<string, KnownName>();
  const teach = (key: string, name: KnownName): void => {
    if (!key || lex.functionWords.has(key.toLowerCase()) || lex.titles.has(key.toLowerCase())) return;
    const existing = learned.get(key);
    // A surname shared by two different people stays with the first one named; canonicalization sorts it out.
    if (!existing) learned.set(key, name);
  };
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    const words = surface.split(' ');
    if (name.type === 'PERSON') {
      teach(surface, { type: 'PERSON', canonical: name.canonical });
      if (words.length >= 2) {
        const last = words[words.length - 1]!;
        if (!lex.names.has(last)) teach(last, { type: 'PERSON', canonical: name.canonical });
        if (lex.chineseSurnames.has(words[0]!) && words.length <= 3) teach(words[0]!, { type: 'PERSON', canonical: name.canonical });
      }
    } else if (name.type !== 'DATE' && !lex.names.has(surface)) {
      teach(surface, { type: name.type, canonical: name.canonical });
    }
    // "Full Name (ACR)" defines an acronym.
    const after = ACRONYM_IN_PARENTHESES.exec(text.slice(name.end, name.end + 14));
    if (after && name.type === 'ORG' && (words.length > 1 || initialsOf(surface) === after[1])) teach(after[1]!, { type: 'ORG', canonical: name.canonical });
  }
  return learned;
}

/** "SCO" for "Shanghai Cooperation Organization": initials of the capitalized words. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => CAPITAL_FIRST.test(w))
    .map((w) => w[0])
    .join('');
}
