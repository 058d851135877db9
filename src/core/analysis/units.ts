/**
 * Name units: tokens re-cut for name finding. A hyphenated compound of known names
 * becomes its parts ("SCO-Afghanistan"), a known name before a lowercase suffix loses
 * the suffix ("Moscow-led"), and two words glued by a missing space are split where
 * the second is a known word ("DruzhininRussian").
 */
import type { Token } from '../text/tokens';
import type { Lexicon } from './lexicon';

export interface Unit extends Token {
  /** Inside a URL or a date: never part of a name. */
  blocked: boolean;
  /** The next unit was cut from the same token (no gap between them). */
  glued: boolean;
}

const CAMEL = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;

export function makeUnits(
  tokens: readonly Token[],
  lex: Lexicon,
  lowercaseVocabulary: ReadonlySet<string>,
  isBlocked: (start: number, end: number) => boolean,
): Unit[] {
  const units: Unit[] = [];
  for (const token of tokens) {
    const blocked = isBlocked(token.start, token.end);
    const base: Unit = { ...token, blocked, glued: false };
    if (blocked || token.possessive) {
      units.push(base);
      continue;
    }
    const camel = CAMEL.exec(token.text);
    if (camel && isKnownWord(camel[2]!, lex)) {
      const cut = token.start + camel[1]!.length;
      units.push({ ...base, end: cut, text: camel[1]!, glued: true });
      units.push({ ...base, start: cut, text: camel[2]!, sentenceStart: false });
      continue;
    }
    if (token.text.includes('-') && token.cap && !/\d/.test(token.text)) {
      units.push(...splitHyphenated(base, lex, lowercaseVocabulary));
      continue;
    }
    units.push(base);
  }
  return units;
}

function isKnownWord(word: string, lex: Lexicon): boolean {
  return lex.nationalities.has(word) || lex.names.has(word) || lex.titles.has(word.toLowerCase());
}

function splitHyphenated(unit: Unit, lex: Lexicon, lowercaseVocabulary: ReadonlySet<string>): Unit[] {
  const parts = unit.text.split('-');
  const known = (p: string): boolean => lex.names.has(p) || lex.nationalities.has(p);
  const pieces = (count: number): Unit[] => {
    const out: Unit[] = [];
    let offset = unit.start;
    for (let i = 0; i < count; i++) {
      const text = parts[i]!;
      out.push({ ...unit, start: offset, end: offset + text.length, text, sentenceStart: unit.sentenceStart && i === 0, glued: i < count - 1 });
      offset += text.length + 1;
    }
    out[out.length - 1]!.glued = false;
    return out;
  };
  if (parts.every((p) => known(p))) return pieces(parts.length);
  // "Moscow-led", "China-Led", "U.S.-backed": the name is the first part.
  const rest = parts.slice(1).join('-');
  if (known(parts[0]!) && !known(rest) && (/^\p{Ll}/u.test(rest) || lowercaseVocabulary.has(rest.toLowerCase()))) {
    const [first] = pieces(1);
    return [{ ...first!, glued: false }, { ...unit, start: first!.end + 1, text: rest, cap: false, allCaps: false, sentenceStart: false, blocked: true }];
  }
  return [unit];
}
