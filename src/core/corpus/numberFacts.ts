/**
 * Numbers an article states about something ("a 1,357-kilometer border", "the
 * eight-member group", "20,000 troops"), with the unit and the entities next to them,
 * so the folder can notice sources that disagree.
 */
import type { ArticleAnalysis } from '../model';
import { offsetMapOf, type OffsetMap } from '../text/offsets';
import type { NumberFact } from './findings';
import { foldName } from './names';
import { stem } from './words';
import { partitionPoint } from '../text/partition';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const UNIT_ALIASES: Record<string, string> = { km: 'kilometer', mi: 'mile', pct: 'percent' };

const NUMBER = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
// "1,357-kilometer border", "eight-member group", "76-kilometer-long", "2.5 million people", "20,000 troops"
export const FACT = new RegExp(`\\b${NUMBER}(?:[ -](thousand|million|billion))?(?:-(\\p{Ll}+)(?:-\\p{Ll}+)?|\\s(\\p{Ll}{3,}s|per cent|percent|km|kilomet(?:er|re)s|miles))\\b`, 'giu');
const YEAR_LIKE = /^(1[89]|20)\d\d$/;
/**
 * Where a FACT can start: a digit or a number word at a word boundary. FACT is a slow scan
 * (case-insensitive Unicode over a long alternation, tried at every position); this one is fast,
 * and FACT is then tried only where it finds something. With /iu, "ſ" (long s) and "K" (Kelvin
 * sign) fold onto ASCII letters, so they are candidates too; they are also word characters for
 * FACT's \b, so this \b (ASCII only) finds every boundary FACT's does ("someone" is no candidate).
 */
const FACT_START = new RegExp(`\\d|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})|[\u017f\u212a]`, 'gi');
const FACT_AT = new RegExp(FACT.source, 'iuy');

/** The matches `text.matchAll(FACT)` gives, in order. */
export function factMatchesOf(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  FACT_START.lastIndex = 0;
  for (let start = FACT_START.exec(text); start; start = FACT_START.exec(text)) {
    // A match begins at a word boundary, never inside the letters or digits of a candidate: after a
    // word character (with /iu: ASCII letters, digits, "_", "ſ" and "K") FACT is not tried at all.
    if (start.index > 0 && isFoldedWordCode(text.charCodeAt(start.index - 1))) continue;
    FACT_AT.lastIndex = start.index;
    const match = FACT_AT.exec(text);
    if (!match) continue;
    matches.push(match);
    FACT_START.lastIndex = match.index + match[0].length;
  }
  return matches;
}

/** A word character of \w with /iu: [A-Za-z0-9_], "ſ" and "K". */
function isFoldedWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x17f || code === 0x212a;
}

/**
 * A number fact as one article states it, before the folder links it: its anchors are the indices
 * of the mentions next to it. Made from the text and the engine's analysis alone, so the worker that
 * analysed the article can make these too (a regex scan of the whole text: ~8% of the index thread's
 * instructions per article), and the index only names their anchors' nodes (numberFactsOf).
 */
export interface ArticleNumberFact {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  anchors: number[];
}

/**
 * Number facts as a worker sends them: per fact six numbers (start, end, value, how many anchors,
 * up to two anchors: the mention before and the one after) and two strings (text, unit). As objects
 * they crossed threads as ~250 bytes each that waited their turn long enough to be promoted: a
 * 10,000-article load's ~27,000 of them were ~7 MB of old-generation garbage at the peak.
 */
export interface PackedNumberFacts {
  numbers: Float64Array;
  strings: string[];
}

const FACT_NUMBERS = 6;

export function packNumberFacts(facts: readonly ArticleNumberFact[]): PackedNumberFacts {
  const numbers = new Float64Array(facts.length * FACT_NUMBERS);
  const strings: string[] = [];
  facts.forEach((fact, i) => {
    if (fact.anchors.length > 2) throw new Error('a number fact has at most two anchors');
    numbers.set([fact.start, fact.end, fact.value, fact.anchors.length, fact.anchors[0] ?? -1, fact.anchors[1] ?? -1], i * FACT_NUMBERS);
    strings.push(fact.text, fact.unit);
  });
  return { numbers, strings };
}

export function unpackNumberFacts({ numbers, strings }: PackedNumberFacts): ArticleNumberFact[] {
  const facts: ArticleNumberFact[] = new Array(numbers.length / FACT_NUMBERS);
  for (let i = 0; i < facts.length; i++) {
    const at = i * FACT_NUMBERS;
    const anchors = numbers[at + 3] === 2 ? [numbers[at + 4]!, numbers[at + 5]!] : numbers[at + 3] === 1 ? [numbers[at + 4]!] : [];
    facts[i] = { start: numbers[at]!, end: numbers[at + 1]!, text: strings[2 * i]!, value: numbers[at + 2]!, unit: strings[2 * i + 1]!, anchors };
  }
  return facts;
}

/** The article's number facts, by the nodes the index puts their anchor mentions on (`nodeOfMention`). */
export function numberFactsOf(file: string, facts: readonly ArticleNumberFact[], nodeOfMention: (index: number) => string): NumberFact[] {
  return facts.map((fact) => ({ file, start: fact.start, end: fact.end, text: fact.text, value: fact.value, unit: fact.unit, anchors: fact.anchors.map(nodeOfMention) }));
}

/** The number facts an article states (dates anchored or not: only its mentions' spans and types are read). */
export function articleNumberFacts(text: string, analysis: ArticleAnalysis): ArticleNumberFact[] {
  // Made on the first number with a unit: most of a folder's articles state none.
  let offsets: OffsetMap | null = null;
  let mentionSpans: MentionSpan[] | null = null;
  const facts: ArticleNumberFact[] = [];
  for (const match of factMatchesOf(text)) {
    const [whole, number, scale, hyphenUnit, spacedUnit] = match;
    const lowerNumber = number!.toLowerCase();
    if (!hyphenUnit && YEAR_LIKE.test(lowerNumber)) continue;
    let value = NUMBER_WORDS[lowerNumber] ?? Number(lowerNumber.replace(/,/g, ''));
    if (scale) value *= SCALES[scale.toLowerCase()]!;
    const rawUnit = (hyphenUnit ?? spacedUnit ?? '').toLowerCase().replace(/^per cent$/, 'percent');
    const unit = UNIT_ALIASES[rawUnit] ?? stem(foldName(rawUnit).replace(/ /g, ''));
    if (!Number.isFinite(value) || unit.length < 2) continue;
    const start = match.index;
    const end = start + whole.length;
    offsets ??= offsetMapOf(text);
    mentionSpans ??= mentionSpansOf(analysis, offsets);
    const anchors = nearestEntities(text, mentionSpans, start, end);
    if (anchors.length === 0) continue;
    facts.push({ start: offsets.toCodePoint(start), end: offsets.toCodePoint(end), text: whole, value, unit, anchors });
  }
  return facts;
}

interface MentionSpan {
  start: number;
  end: number;
  /** Index in the analysis' mentions. */
  mention: number;
  type: string;
}

function mentionSpansOf(analysis: ArticleAnalysis, offsets: OffsetMap): MentionSpan[] {
  return analysis.mentions.map((m, i) => ({ start: offsets.toUtf16(m.start), end: offsets.toUtf16(m.end), mention: i, type: m.type })).sort((a, b) => a.start - b.start);
}

const SENTENCE_STOP = /\.\s|\n/;
/**
 * How far a number's sentence reaches on either side, at most: a text without stops (a list, a dump
 * without line breaks) would otherwise make every number's sentence the whole text, and looking
 * through it for each number quadratic (1 MB of numbers: over two minutes). No sentence of prose is
 * this long.
 */
const MAX_SENTENCE_REACH = 1000;

/**
 * Where the sentence holding `at` starts: the last ". " or line break at or before it, as
 * Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)), but no further back than
 * `at - MAX_SENTENCE_REACH` (then that; -1 at the text's start). One scan back over that sentence only.
 */
export function sentenceStopBefore(text: string, at: number): number {
  const limit = Math.max(-1, at - MAX_SENTENCE_REACH);
  for (let p = Math.min(at, text.length - 1); p > limit; p--) {
    const code = text.charCodeAt(p);
    if (code === 0x0a || (code === 0x2e && p + 1 < text.length && text.charCodeAt(p + 1) === 0x20)) return p;
  }
  return limit;
}

/** Where the sentence holding a span ending at `end` ends: its first ". " (or a dot before other space) or line break, at most MAX_SENTENCE_REACH on. */
export function sentenceStopAfter(text: string, end: number): number {
  const stop = SENTENCE_STOP.exec(text.slice(end, end + MAX_SENTENCE_REACH + 1));
  return stop !== null ? end + stop.index : Math.min(text.length, end + MAX_SENTENCE_REACH);
}

/**
 * The nearest non-date mention before and after a span, within its sentence. `mentions` are
 * sorted by start; the search starts at the span, so a long article costs a few steps per number.
 */
function nearestEntities(text: string, mentions: readonly MentionSpan[], start: number, end: number): number[] {
  const sentenceStart = sentenceStopBefore(text, start);
  const sentenceEnd = sentenceStopAfter(text, end);
  // First mention starting at or after the span's start.
  const lo = partitionPoint(mentions.length, (i) => mentions[i]!.start < start);
  let before: MentionSpan | null = null;
  for (let i = lo - 1; i >= 0 && mentions[i]!.start > sentenceStart; i--) {
    const mention = mentions[i]!;
    if (mention.type !== 'DATE' && mention.end <= start && (!before || mention.end > before.end)) before = mention;
  }
  let after: MentionSpan | null = null;
  for (let i = lo; i < mentions.length && mentions[i]!.start < sentenceEnd; i++) {
    const mention = mentions[i]!;
    if (mention.type !== 'DATE' && mention.start >= end && mention.end <= sentenceEnd && (!after || mention.start < after.start)) after = mention;
  }
  return [before?.mention, after?.mention].filter((n): n is number => n !== undefined);
}
