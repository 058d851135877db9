/**
 * Who a pronoun or a description in a reporting frame refers to: "he said" (the person named
 * most recently, the previous speaker, or the person a role description in the paragraph points
 * at), "the Russian president said" (the person introduced with that role and nationality).
 */
import type { Token } from '../text/tokens';
import { partitionPoint } from '../text/partition';
import type { FoundName } from './entities';
import type { Lexicon } from './lexicon';
import { DESCRIPTION_ROLES, rolesMatch } from './quoteKinds';

export const PRONOUNS = new Set(['he', 'she', 'they']);

/** Index of the last item whose mention starts at or before `at` (items sorted by start), or -1. */
export function lastStartingAtOrBefore(items: readonly { m: FoundName }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.m.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first token that starts at or after `at`. */
export function firstTokenFrom(tokens: readonly Token[], at: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i]!.start < at);
}

export function pronounOrDescriptionBefore(frame: Token[], verb: number, lex: Lexicon): 'pronoun' | string[] | null {
  let k = verb - 1;
  while (k >= 0 && /^(?:also|later|then|again|further|additionally|has|had|have)$/i.test(frame[k]!.text)) k--;
  if (k < 0) return null;
  if (PRONOUNS.has(frame[k]!.text.toLowerCase())) return 'pronoun';
  if (DESCRIPTION_ROLES.has(frame[k]!.text.toLowerCase())) {
    const words: string[] = [];
    for (let j = k; j >= 0 && k - j < 4; j--) {
      words.unshift(frame[j]!.text);
      if (frame[j]!.text.toLowerCase() === 'the' || frame[j]!.possessive === false && j < k && lex.names.has(frame[j]!.text)) break;
    }
    return words;
  }
  return null;
}

/**
 * Where each paragraph of one article starts, found at the first question: describedSubjectBefore
 * searched back for the blank line before each quote (text.lastIndexOf), which in a long text without
 * blank lines ran back to its start every time (a 2 MB one-line text spent 0.7 s in attribution).
 */
export class ParagraphStarts {
  private blankLines: number[] | null = null;

  constructor(private readonly text: string) {}

  /** Where the paragraph holding `at` starts: text.lastIndexOf('\n\n', at) + 1, by binary search. */
  of(at: number): number {
    const breaks = (this.blankLines ??= blankLinesOf(this.text));
    const k = partitionPoint(breaks.length, (i) => breaks[i]! <= at) - 1;
    return k < 0 ? 0 : breaks[k]! + 1;
  }
}

/** Every position where a blank line's two line breaks start ("\n\n\n" holds two), ascending. */
function blankLinesOf(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('\n\n'); at !== -1; at = text.indexOf('\n\n', at + 1)) found.push(at);
  return found;
}

/**
 * "The Russian top diplomat noted that … "…," he said.": a sentence of the same paragraph that
 * opens with a role description, after the last person named, is who "he" is.
 */
export function describedSubjectBefore(
  text: string,
  tokens: readonly Token[],
  people: readonly { m: FoundName; index: number }[],
  mentions: readonly FoundName[],
  before: number,
  lex: Lexicon,
  paragraphs: ParagraphStarts,
): number | null {
  let from = paragraphs.of(before);
  for (let k = lastStartingAtOrBefore(people, before); k >= 0 && people[k]!.m.end > from; k--) {
    if (people[k]!.m.type === 'PERSON' && people[k]!.m.end <= before) {
      from = people[k]!.m.end;
      break;
    }
  }
  let found: number | null = null;
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && tokens[i]!.start < before; i++) {
    if (!tokens[i]!.sentenceStart || tokens[i]!.text !== 'The') continue;
    // "The [Russian] [top] diplomat": a role within the first few words of the sentence.
    for (let j = i + 1; j < tokens.length && j <= i + 4 && tokens[j]!.start < before; j++) {
      if (!DESCRIPTION_ROLES.has(tokens[j]!.text.toLowerCase())) continue;
      const words = ['the', ...tokens.slice(i + 1, j + 1).map((t) => t.text)];
      const described = describedPerson(words, text, tokens, mentions, tokens[i]!.start, lex);
      if (described !== null) found = described;
      break;
    }
  }
  return found;
}

/** "the Russian president": the latest person introduced with that role (and nationality). */
export function describedPerson(words: string[], text: string, tokens: readonly Token[], mentions: readonly FoundName[], before: number, lex: Lexicon): number | null {
  // The nearest few hundred names before the description are enough, and keep this linear.
  let firstAfter = 0;
  for (let hi = mentions.length; firstAfter < hi; ) {
    const mid = (firstAfter + hi) >> 1;
    if (mentions[mid]!.start < before) firstAfter = mid + 1;
    else hi = mid;
  }
  for (let i = firstAfter - 1, examined = 0; i >= 0 && examined < 300; i--, examined++) {
    const m = mentions[i]!;
    if (m.type !== 'PERSON' || m.start >= before || !m.canonical.includes(' ')) continue;
    if (rolesMatch(words, introOf(text, m, tokens, mentions), lex)) return i;
  }
  return null;
}

/** The words that introduce a person: up to six tokens right before the name, not past "and", a comma or another name. */
function introOf(text: string, m: FoundName, tokens: readonly Token[], mentions: readonly FoundName[]): string[] {
  const words: string[] = [];
  let end = m.start;
  for (let i = firstTokenFrom(tokens, m.start) - 1; i >= 0 && words.length < 6; i--) {
    const t = tokens[i]!;
    if (t.end > m.start) continue;
    if (/[,;.\n]/.test(text.slice(t.end, end)) || t.text === 'and' || isInsidePerson(t, mentions)) break;
    words.unshift(t.text);
    end = t.start;
  }
  return words;
}

function isInsidePerson(t: Token, mentions: readonly FoundName[]): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start <= t.start) lo = mid + 1;
    else hi = mid;
  }
  const o = lo > 0 ? mentions[lo - 1] : undefined; // (not mentions[-1]: a slow keyed look-up in V8)
  return o !== undefined && o.type === 'PERSON' && t.end <= o.end;
}

/**
 * "she said": the person named most recently since the previous quote (a new speaker
 * being introduced), else the previous quote's speaker, else the last person named.
 */
export function pronounReferent(people: { m: FoundName; index: number }[], previous: { index: number; at: number } | null, verbAt: number, quoteAt: number): number | null {
  const frameStart = Math.min(verbAt, quoteAt);
  for (let k = lastStartingAtOrBefore(people, frameStart); k >= 0; k--) {
    const { m, index } = people[k]!;
    if (m.type !== 'PERSON' || m.end > frameStart) continue;
    // The latest person named; if named before the previous quote, that quote's speaker wins.
    if (previous && m.start < previous.at && quoteAt - previous.at < 1500) return previous.index;
    return index;
  }
  return previous && quoteAt - previous.at < 1500 ? previous.index : null;
}
