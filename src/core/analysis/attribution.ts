/**
 * Who said each quote, and what kind of quote it is.
 *
 * Quotes are read sentence by sentence (quotations opaque, see sentences.ts). In the
 * reporting frame - the sentence outside its quotes - a speech verb is looked for, then
 * its speaker: a name just before it ("Lavrov said"), just after it ("said Russian
 * President Vladimir Putin"), a pronoun ("he added": the previous speaker), or a
 * description ("the Russian president said": the person introduced with that role).
 * "according to X" and "X: «…»" are the fallbacks; a quote paragraph with no frame
 * continues the previous speaker's quote, as newswire paragraphs do.
 */
import type { QuoteKind } from '../model';
import type { Token } from '../text/tokens';
import type { FoundName } from './entities';
import type { Lexicon } from './lexicon';
import type { RawQuote } from './quoteMarks';
import { splitSentences, type Sentence } from './sentences';
import type { Headlines } from './headlines';
import { EXTRA_SPEECH_VERBS, quoteKind } from './quoteKinds';
import { describedPerson, describedSubjectBefore, firstTokenFrom, ParagraphStarts, lastStartingAtOrBefore, PRONOUNS, pronounOrDescriptionBefore, pronounReferent } from './references';
import { partitionPoint } from '../text/partition';
import { isLowercaseAsciiWord, lowercaseOfWord } from '../text/asciiCodes';

export interface AttributedQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  /** Index into the mentions of the speaker's mention, or null. */
  speaker: number | null;
}

const PASSIVE = new Set(['been', 'be', 'being', 'is', 'was', 'were', 'are']);
const SUBJECT_REACH = 20;
/** Words after which a "speech verb" is a noun: "the reports", "their promises", "member states". */
const NOT_BEFORE_VERB = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'these', 'those', 'this', 'of', 'on', 'for', 'with', 'member', 'press', 'news', 'to']);

/**
 * The speech verbs (the gazetteer's with EXTRA_SPEECH_VERBS), and the pairs of ASCII letters they
 * start with: a word of a frame whose first two letters, either case, are no verb's is no verb, and
 * most are not ("the", "of", "officials"): lowercasing it and looking it up is skipped.
 */
export interface SpeechVerbs {
  words: ReadonlySet<string>;
  /** Bit (first letter * 26 + second letter), a = 0. */
  firstPairs: Uint8Array;
}

const speechVerbSets = new WeakMap<Lexicon, SpeechVerbs>();
export function speechVerbsOf(lex: Lexicon): SpeechVerbs {
  let verbs = speechVerbSets.get(lex);
  if (!verbs) {
    const words = new Set([...lex.speechVerbs, ...EXTRA_SPEECH_VERBS]);
    const firstPairs = new Uint8Array(26 * 26);
    // A verb that does not start with two ASCII letters is caught by isSpeechVerb's other path.
    for (const word of words) {
      const pair = letterPair(word);
      if (pair >= 0) firstPairs[pair] = 1;
    }
    verbs = { words, firstPairs };
    speechVerbSets.set(lex, verbs);
  }
  return verbs;
}

/** The word's first two characters as a pair of letters (either case), or -1 when one is not an ASCII letter. */
function letterPair(word: string): number {
  return word.length < 2 ? -1 : pairOfLetters(word.charCodeAt(0), word.charCodeAt(1));
}

/**
 * letterPair of the two characters at `at` (both within the text): a token's are read in its
 * article's (see Token.text). Its own charCodeAt calls, not letterPair's: those meet the lexicon's
 * words, and the two kinds of strings together made each site megamorphic.
 */
function letterPairAt(text: string, at: number): number {
  return pairOfLetters(text.charCodeAt(at), text.charCodeAt(at + 1));
}

function pairOfLetters(firstCode: number, secondCode: number): number {
  const first = asciiLetter(firstCode);
  const second = asciiLetter(secondCode);
  return first < 0 || second < 0 ? -1 : first * 26 + second;
}

/** 0-25 for a-z and A-Z, else -1. */
function asciiLetter(code: number): number {
  const lower = code | 0x20;
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? lower - 0x61 : -1;
}

/** Is the token (in `text`) a speech verb? */
export function isSpeechVerb(text: string, token: Token, verbs: SpeechVerbs): boolean {
  // (Two characters at least: not charCodeAt's NaN past the end, which V8's optimized code deopts on.)
  const pair = token.end - token.start < 2 ? -1 : letterPairAt(text, token.start);
  if (pair >= 0 && verbs.firstPairs[pair] === 0) return false;
  // The verbs are lowercase: a word that is its own lowercase form is looked up as it is.
  const word = token.text;
  return verbs.words.has(word) || (!isLowercaseAsciiWord(word) && verbs.words.has(word.toLowerCase()));
}

/** `sentenceMarks`: see splitSentences. */
export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  headlines: Headlines,
  quotes: readonly RawQuote[],
  mentions: readonly FoundName[],
  lex: Lexicon,
  sentenceMarks?: readonly number[],
): AttributedQuote[] {
  const speechVerbs = speechVerbsOf(lex);
  const sentences = splitSentences(text, quotes, sentenceMarks);
  // Organizations and places speak too ("Tajikistan vows"), but only as the verb's immediate subject.
  const people = mentions.map((m, index) => ({ m, index })).filter(({ m }) => m.type !== 'DATE');
  const mentionAt = (t: Token): number | null => {
    const k = lastStartingAtOrBefore(people, t.start);
    const candidate = k === -1 ? undefined : people[k];
    return candidate && t.end <= candidate.m.end ? candidate.index : null;
  };
  const result: AttributedQuote[] = [];
  let previousSpeaker: { index: number; at: number } | null = null;
  /** The latest quote given a speaker. */
  let lastSpoken: AttributedQuote | null = null;
  // What the rarer look-ups search, made when first asked (most articles never ask).
  const paragraphs = new ParagraphStarts(text);
  const peopleByEnd = new PeopleByEnd(mentions);

  let s = 0;
  // A sentence's frame is the same for each of its quotes: made once, with what they all ask of it
  // (made for each quote, a long sentence of many quotes was quadratic).
  let frame = null as Frame | null;
  for (const quote of quotes) {
    while (s < sentences.length - 1 && sentences[s]!.end <= quote.start) s++;
    const sentence = sentences[s]!;
    if (frame?.sentence !== sentence) frame = { sentence, tokens: frameTokensOf(sentence, quotes, tokens), verbs: null, according: undefined };
    const frameTokens = frame.tokens;

    let speaker: number | null = null;
    for (const k of speechVerbsByDistance(text, frame, quote, speechVerbs)) {
      if (speaker !== null) break;
      const verb = frameTokens[k]!;
      speaker = subjectBefore(frameTokens, k, mentionAt, mentions, lex);
      if (speaker === null) {
        const word = pronounOrDescriptionBefore(frameTokens, k, lex);
        if (word === 'pronoun') speaker = describedSubjectBefore(text, tokens, people, mentions, Math.min(verb.start, quote.start), lex, paragraphs) ?? pronounReferent(people, previousSpeaker, verb.start, quote.start);
        // A role ("the chief said") describes a person: the previous speaker stands in only if one.
        else if (word) speaker = describedPerson(word, text, tokens, mentions, verb.start, lex) ?? (previousSpeaker && mentions[previousSpeaker.index]!.type === 'PERSON' ? previousSpeaker.index : null);
        else speaker = nameAfter(frameTokens, k, mentionAt, mentions, lex);
      }
    }
    if (speaker === null && frame.according === undefined) frame.according = accordingTo(text, frameTokens, mentionAt);
    speaker ??= frame.according ?? colonSpeaker(text, quote, peopleByEnd) ?? sameSentenceSpeaker(lastSpoken, sentence);
    if (speaker === null && frameTokens.length === 0 && previousSpeaker && quote.start - previousSpeaker.at < 600) speaker = previousSpeaker.index;

    const kind = quoteKind(text, quote, speaker !== null, frameTokens.length === 0, headlines);
    if (kind === 'scare' || kind === 'title') speaker = null;
    const attributed: AttributedQuote = { start: quote.start, end: quote.end, kind, speaker };
    result.push(attributed);
    if (speaker !== null) {
      previousSpeaker = { index: speaker, at: quote.end };
      lastSpoken = attributed;
    }
  }
  return result;
}

/** The sentence's tokens outside its quotations (`quotes` in text order, as findQuotes gives them): the reporting frame. */
function frameTokensOf(sentence: Sentence, quotes: readonly RawQuote[], tokens: readonly Token[]): Token[] {
  // The sentence's own quotations, found from the first that starts in it (all of them, per quote, was quadratic in a long text).
  const inside: RawQuote[] = [];
  for (let k = partitionPoint(quotes.length, (k) => quotes[k]!.start < sentence.start); k < quotes.length && quotes[k]!.start <= sentence.end; k++) {
    const q = quotes[k]!;
    if (!q.nested && q.end <= sentence.end) inside.push(q);
  }
  const frame: Token[] = [];
  let q = 0;
  for (let i = firstTokenFrom(tokens, sentence.start); i < tokens.length && tokens[i]!.end <= sentence.end; i++) {
    const t = tokens[i]!;
    while (q < inside.length && inside[q]!.end < t.end) q++;
    if (q < inside.length && t.start >= inside[q]!.start && t.end <= inside[q]!.end) continue;
    frame.push(t);
  }
  return frame;
}

/** A sentence's reporting frame, and what each of its quotes asks of it, found once. */
interface Frame {
  sentence: Sentence;
  tokens: Token[];
  /** Indices of its speech verbs (see speechVerbsIn), when first asked. */
  verbs: number[] | null;
  /** accordingTo's answer, when first asked (undefined: not yet). */
  according: number | null | undefined;
}

/** Indices of the frame's speech verbs, nearest to the quote first. */
function speechVerbsByDistance(text: string, frame: Frame, quote: RawQuote, speechVerbs: SpeechVerbs): number[] {
  const found: { k: number; distance: number }[] = [];
  for (const k of (frame.verbs ??= speechVerbsIn(text, frame.tokens, speechVerbs))) {
    const t = frame.tokens[k]!;
    found.push({ k, distance: t.start >= quote.end ? t.start - quote.end : quote.start - t.end });
  }
  // (A stable sort: verbs as far from the quote stay in text order.)
  return found.sort((a, b) => a.distance - b.distance).map((f) => f.k);
}

/** Indices of the frame's speech verbs, in text order; nouns ("the reports") and passives left out. */
function speechVerbsIn(text: string, frame: Token[], speechVerbs: SpeechVerbs): number[] {
  const verbs: number[] = [];
  frame.forEach((t, k) => {
    if (!isSpeechVerb(text, t, speechVerbs)) return;
    const previous = k > 0 ? lowercaseOfWord(frame[k - 1]!.text) : '';
    if (PASSIVE.has(previous) || NOT_BEFORE_VERB.has(previous) || (k > 0 && frame[k - 1]!.possessive)) return;
    verbs.push(k);
  });
  return verbs;
}

/** The nearest person named before the verb in its clause ("Pakistan's Prime Minister Imran Khan, however, hailed"). */
function subjectBefore(frame: Token[], verb: number, mentionAt: (t: Token) => number | null, mentions: readonly FoundName[], lex: Lexicon): number | null {
  let organization: number | null = null;
  // "U.N. chief warns": a role between an organization and the verb makes a person of it speak, not the organization.
  let role = false;
  for (let k = verb - 1; k >= 0 && verb - k <= SUBJECT_REACH; k--) {
    const index = mentionAt(frame[k]!);
    if (index === null) {
      if (PRONOUNS.has(lowercaseOfWord(frame[k]!.text))) return null;
      if (verb - k === 1 && lex.titles.has(frame[k]!.text.toLowerCase())) role = true;
      continue;
    }
    if (mentions[index]!.type === 'PERSON') return index;
    if (verb - k <= 2 && organization === null && !role) organization = index; // an organization or a place
  }
  return organization;
}

/** "said Russian President Vladimir Putin": titles and nationalities may stand between. */
function nameAfter(frame: Token[], verb: number, mentionAt: (t: Token) => number | null, mentions: readonly FoundName[], lex: Lexicon): number | null {
  for (let k = verb + 1; k < frame.length && k - verb <= 6; k++) {
    const t = frame[k]!;
    const index = mentionAt(t);
    if (index !== null) return mentions[index]!.type === 'PERSON' ? index : null;
    if (!t.cap && !lex.titles.has(t.text.toLowerCase()) && t.text !== 'the') return null;
  }
  return null;
}

function accordingTo(text: string, frame: Token[], mentionAt: (t: Token) => number | null): number | null {
  for (let k = 0; k + 2 < frame.length; k++) {
    // (The length first, by the token's offsets: this runs over every frame left without a speaker,
    // and most words are not 9 letters long.)
    const t = frame[k]!;
    if (t.end - t.start === 9 && (text.charCodeAt(t.start) | 0x20) === 0x61 && t.text.toLowerCase() === 'according' && frame[k + 1]!.text === 'to') {
      for (let j = k + 2; j < frame.length && j - k <= 6; j++) {
        const index = mentionAt(frame[j]!);
        if (index !== null) return index;
      }
    }
  }
  return null;
}

/** `X: "…"`: the first person (by index) whose mention ends at the colon or a character before it. */
function colonSpeaker(text: string, quote: RawQuote, peopleByEnd: PeopleByEnd): number | null {
  const before = text.slice(Math.max(0, quote.start - 4), quote.start - 1);
  if (!/:\s*$/.test(before)) return null;
  const colon = text.lastIndexOf(':', quote.start);
  const justBefore = peopleByEnd.firstEndingAt(colon - 1);
  const atColon = peopleByEnd.firstEndingAt(colon);
  if (justBefore === undefined) return atColon ?? null;
  return atColon === undefined ? justBefore : Math.min(justBefore, atColon);
}

/**
 * The first PERSON mention's index by where it ends, made at the first question: colonSpeaker went
 * through all of an article's mentions for each quote after a colon (quadratic in a long text).
 */
class PeopleByEnd {
  private byEnd: Map<number, number> | null = null;

  constructor(private readonly mentions: readonly FoundName[]) {}

  firstEndingAt(end: number): number | undefined {
    if (this.byEnd === null) {
      this.byEnd = new Map();
      for (let index = 0; index < this.mentions.length; index++) {
        const m = this.mentions[index]!;
        if (m.type === 'PERSON' && !this.byEnd.has(m.end)) this.byEnd.set(m.end, index);
      }
    }
    return this.byEnd.get(end);
  }
}

/**
 * The speaker of the sentence's latest quote that has one. (Quotes come in text order, so that is the
 * latest quote with a speaker, if it is in this sentence: not a look back through the sentence's
 * quotes, which a long sentence of unattributed quotes made quadratic.)
 */
function sameSentenceSpeaker(lastSpoken: AttributedQuote | null, sentence: Sentence): number | null {
  return lastSpoken !== null && lastSpoken.start >= sentence.start ? lastSpoken.speaker : null;
}
