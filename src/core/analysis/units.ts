/**
 * Name units: tokens re-cut for name finding. A hyphenated compound of known names
 * becomes its parts ("SCO-Afghanistan"), a known name before a lowercase suffix loses
 * the suffix ("Moscow-led"), and two words glued by a missing space are split where
 * the second is a known word ("DruzhininRussian").
 */
import type { Token } from '../text/tokens';
import type { Lexicon } from './lexicon';
import type { WordSet } from '../text/wordTable';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWERCASE_FIRST = /^\p{Ll}/u;
const HAS_LOWERCASE = /\p{Ll}/u;

/**
 * A name unit: a token (the same object, unless cut from one), with `blocked` (inside a URL or a
 * date: never part of a name) and `glued` (the next unit was cut from the same token) set.
 */
export type Unit = Token;

const CAMEL = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;

export function makeUnits(
  text: string,
  tokens: Token[],
  lex: Lexicon,
  lowercaseVocabulary: WordSet,
  blockedSpans: readonly { start: number; end: number }[],
): Unit[] {
  // Most articles cut no token: then the units are the tokens array itself. Its own array is made
  // at the first cut, from the tokens before it (an array of hundreds pushed to, ~16 KB an article).
  let units: Unit[] | null = null;
  let b = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Tokens and blocked spans are both sorted: one pointer walks the spans.
    while (b < blockedSpans.length && blockedSpans[b]!.end <= token.start) b++;
    const blocked = b < blockedSpans.length && blockedSpans[b]!.start < token.end;
    if (blocked || token.possessive || !token.cap) {
      // The token itself: a copy of each of an article's hundreds of tokens cost more than marking it.
      token.blocked = blocked;
      units?.push(token);
      continue;
    }
    // Read by the token's offsets in the text (see Token.text).
    const camel = token.end - token.start >= 6 && mayBeCamel(text, token) ? CAMEL.exec(token.text) : null;
    if (camel && isKnownWord(camel[2]!, lex)) {
      const cut = token.start + camel[1]!.length;
      units ??= tokens.slice(0, i);
      units.push(unitOf(token, token.start, cut, camel[1]!, false, true, token.sentenceStart));
      units.push(unitOf(token, cut, token.end, camel[2]!, false, false, false));
      continue;
    }
    if (hasHyphen(text, token) && !/\d/.test(token.text)) {
      const parts = splitHyphenated(unitOf(token, token.start, token.end, token.text, false, false, token.sentenceStart), lex, lowercaseVocabulary);
      units ??= tokens.slice(0, i);
      for (const part of parts) units.push(part);
      continue;
    }
    token.blocked = false;
    units?.push(token);
  }
  return units ?? (tokens as Unit[]);
}

/** A unit cut from a token (the others are the tokens themselves). */
function unitOf(token: Token, start: number, end: number, text: string, blocked: boolean, glued: boolean, sentenceStart: boolean): Unit {
  const cap = text === token.text ? token.cap : CAPITAL_FIRST.test(text);
  const allCaps = text === token.text ? token.allCaps : !HAS_LOWERCASE.test(text) && text.length >= 2;
  return unitLiteral(start, end, text, cap, allCaps, sentenceStart, token.possessive, token.line, blocked, glued);
}

/**
 * The object literal of cut units, its fields in the order of makeToken's (text/tokens.ts): most
 * units are tokens, and an object with other fields or another order (a spread, say) gets another
 * hidden class in V8, and every stage that reads units slows down on the mix.
 */
function unitLiteral(start: number, end: number, text: string, cap: boolean, allCaps: boolean, sentenceStart: boolean, possessive: boolean, line: number, blocked: boolean, glued: boolean): Unit {
  return { start, end, text, cap, allCaps, sentenceStart, possessive, line, blocked, glued };
}

/** CAMEL needs a capital after the token's third character: plain ASCII words without one are skipped. */
function mayBeCamel(text: string, token: Token): boolean {
  for (let i = token.start + 3; i < token.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return true;
  }
  return false;
}

/** token.text.includes('-'). */
function hasHyphen(text: string, token: Token): boolean {
  for (let i = token.start; i < token.end; i++) if (text.charCodeAt(i) === 0x2d) return true;
  return false;
}

function isKnownWord(word: string, lex: Lexicon): boolean {
  return lex.nationalities.has(word) || lex.names.has(word) || lex.titles.has(word.toLowerCase());
}

function splitHyphenated(unit: Unit, lex: Lexicon, lowercaseVocabulary: WordSet): Unit[] {
  const parts = unit.text.split('-');
  const known = (p: string): boolean => lex.names.has(p) || lex.nationalities.has(p);
  const pieces = (count: number): Unit[] => {
    const out: Unit[] = [];
    let offset = unit.start;
    for (let i = 0; i < count; i++) {
      const text = parts[i]!;
      out.push(unitLiteral(offset, offset + text.length, text, CAPITAL_FIRST.test(text), !HAS_LOWERCASE.test(text), unit.sentenceStart && i === 0, unit.possessive, unit.line, unit.blocked, i < count - 1));
      offset += text.length + 1;
    }
    out[out.length - 1]!.glued = false;
    return out;
  };
  if (parts.every((p) => known(p))) return pieces(parts.length);
  // "Moscow-led", "China-Led", "U.S.-backed": the name is the first part.
  const rest = parts.slice(1).join('-');
  if (known(parts[0]!) && !known(rest) && (LOWERCASE_FIRST.test(rest) || lowercaseVocabulary.has(rest.toLowerCase()))) {
    const [first] = pieces(1);
    first!.glued = false;
    return [first!, unitLiteral(first!.end + 1, unit.end, rest, false, false, false, unit.possessive, unit.line, true, unit.glued)];
  }
  return [unit];
}
