import type { ArticleAnalysis, LocalMention, LocalQuote } from '../model';
import { offsetMapOf } from '../text/offsets';
import { textMarks, tokenize, type Token } from '../text/tokens';
import { HASH_START, hashStep, WordTable, type WordSet } from '../text/wordTable';
import { attributeQuotes } from './attribution';
import { dateStartsOf, findDates } from './dates';
import { findNames, type FoundName } from './entities';
import { initialsOf, learnNames } from './learn';
import { lexicon, type Lexicon } from './lexicon';
import { extractMetadata, type OutletNames } from './metadata';
import { findQuotes } from './quoteMarks';
import { headlineLinesOf } from './headlines';
import { makeUnits } from './units';
import { MEDIA_OUTLETS } from './gazetteer/organizations';
import { findUrls, mergeSpans, overlapsAny } from './urls';
import { firstTokenFrom } from './references';
import { isAsciiDigit, isAsciiLower, isAsciiUpper } from '../text/asciiCodes';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const LOWERCASE_WORD = /^\p{Ll}+$/u;
export const ACRONYM_LIKE = /^[\p{Lu}\p{N}&.]+$/u;

/**
 * Runs the per-article stages in order over a normalized text: metadata, dates,
 * names (two passes), canonical forms, quotes, speakers. Internally everything is in
 * UTF-16 offsets; the result is converted to code points here, once.
 */
export function analyzeArticle(text: string): ArticleAnalysis {
  return analyzeArticleByStage(text, undefined);
}

/** The stages of analyzeArticle, in order, as analyzeArticleByStage names them. */
export const ANALYSIS_STAGES = ['tokens', 'urls', 'metadata', 'dates', 'vocabulary', 'units', 'headlines', 'names', 'learned names', 'names again', 'canonical forms', 'quotes', 'speakers'] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

/** analyzeArticle, calling `stageDone` as each stage ends (the benchmark's time per stage). */
export function analyzeArticleByStage(text: string, stageDone: ((stage: AnalysisStage) => void) | undefined): ArticleAnalysis {
  const lex = lexicon();
  const marks = textMarks();
  const tokens = tokenize(text, marks);
  stageDone?.('tokens');
  const urls = mergeSpans(findUrls(text));
  stageDone?.('urls');
  const metadata = extractMetadata(text, outletNames(lex), marks.spaceRuns);
  stageDone?.('metadata');
  const dates = findDates(text, metadata.published, (s, e) => overlapsAny(urls, s, e), dateStartsOf(text, tokens, marks.innerWordStarts));
  stageDone?.('dates');
  const blocked = mergeSpans([...urls, ...dates]);
  const lowercaseVocabulary = lowercaseWordsOf(text, tokens);
  stageDone?.('vocabulary');
  const units = makeUnits(text, tokens, lex, lowercaseVocabulary, blocked);
  stageDone?.('units');
  const headlines = headlineLinesOf(text, tokens);
  stageDone?.('headlines');
  const ctx = { text, units, lex, lowercaseVocabulary, titleCaseLines: headlines.lines, learned: new Map() };
  const firstPass = findNames(ctx);
  stageDone?.('names');
  const learned = learnNames(text, firstPass.found, lex);
  stageDone?.('learned names');
  const names = findNames({ ...ctx, learned }, firstPass).found;
  names.push(...domainNames(text, tokens, marks.innerWordStarts, lex));
  stageDone?.('names again');
  canonicalize(text, names, lex);
  extendOverParticles(text, names);

  const found: FoundName[] = [...names, ...dates.map((d) => ({ start: d.start, end: d.end, type: 'DATE' as const, canonical: d.value, size: 1 }))];
  found.sort((a, b) => a.start - b.start);
  const offsets = offsetMapOf(text, !marks.astral);
  const mentions: LocalMention[] = found.map((f) => ({
    start: offsets.toCodePoint(f.start),
    end: offsets.toCodePoint(f.end),
    text: text.slice(f.start, f.end),
    type: f.type,
    canonical: f.canonical,
  }));
  stageDone?.('canonical forms');
  const rawQuotes = findQuotes(text, marks);
  stageDone?.('quotes');
  const quotes: LocalQuote[] = attributeQuotes(text, tokens, headlines, rawQuotes, found, lex, marks.sentenceMarks).map((q) => ({
    start: offsets.toCodePoint(q.start),
    end: offsets.toCodePoint(q.end),
    text: text.slice(q.start, q.end),
    kind: q.kind,
    speakerMention: q.speaker,
  }));
  stageDone?.('speakers');
  return { metadata, mentions, quotes };
}

/** One table for every article's vocabulary, emptied for the next (see WordTable). */
const vocabulary = new WordTable();

/**
 * The words the article writes in lowercase (where they are not capitalized names), lowercased:
 * valid until the next article's analysis begins.
 */
function lowercaseWordsOf(text: string, tokens: readonly Token[]): WordSet {
  vocabulary.clear();
  for (const t of tokens) {
    if (t.cap) continue;
    // Most such words are lowercase ASCII already: checked and hashed in one pass over the text (see Token.text).
    let hash = HASH_START;
    let lowercaseAscii = true;
    for (let i = t.start; i < t.end; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80 || isAsciiUpper(code)) {
        lowercaseAscii = false;
        break;
      }
      hash = hashStep(hash, code);
    }
    if (lowercaseAscii) vocabulary.addHashed(t.text, hash);
    else vocabulary.add(t.text.toLowerCase());
  }
  return vocabulary;
}

/** ACRONYM_LIKE.test(word), without the regex for ASCII words (a lowercase letter says no at once). */
export function isAcronymLike(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return ACRONYM_LIKE.test(word);
    const fits = (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x26 || code === 0x2e; // A-Z 0-9 & .
    if (!fits) return false;
  }
  return word.length > 0;
}

let outlets: OutletNames | null = null;
function outletNames(lex: Lexicon): OutletNames {
  if (!outlets) {
    const byCompactName = new Map<string, string>();
    for (const [compact, name] of lex.compactNames) if (name.type === 'ORG') byCompactName.set(compact, name.canonical);
    const media = new Map<string, string>();
    for (const outlet of MEDIA_OUTLETS) {
      const compact = outlet.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      media.set(compact, byCompactName.get(compact) ?? outlet);
    }
    outlets = { byCompactName, media };
  }
  return outlets;
}

/** "kremlin.ru" in a photo credit: a domain whose name is a known organization. */
function domainNames(text: string, tokens: readonly Token[], innerWordStarts: readonly number[], lex: Lexicon): FoundName[] {
  const out: FoundName[] = [];
  // A domain token has a lowercase letter or digit, a dot, then a lowercase letter inside it (most
  // articles have none): the tokenizer reports each letter after such a dot as an ASCII word start
  // inside its token, so only those tokens are read, each once. (A domain's one dot is always found:
  // what comes before it in the token is two letters or more, no dot.)
  let after = 0;
  for (const at of innerWordStarts) {
    if (text.charCodeAt(at - 1) !== 0x2e || !isAsciiLower(text.charCodeAt(at)) || !isDomainCharacter(text.charCodeAt(at - 2))) continue;
    const k = firstTokenFrom(tokens, at - 1) - 1;
    if (k < after || tokens[k]!.end <= at - 2) continue;
    after = k + 1;
    const t = tokens[k]!;
    const m = /^([a-z][a-z0-9-]+)\.(?:[a-z]{2,6})$/.exec(t.text);
    if (!m || /https?:\/\/|www\.$/.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    const known = lex.compactNames.get(m[1]!);
    if (known?.type === 'ORG') out.push({ start: t.start, end: t.end, type: 'ORG', canonical: known.canonical, size: 1 });
  }
  return out;
}

/** [a-z0-9-], by code. */
function isDomainCharacter(code: number): boolean {
  return isAsciiLower(code) || isAsciiDigit(code) || code === 0x2d;
}

/** "von der Leyen": a surname mention takes the lowercase particles its full name has before it. */
function extendOverParticles(text: string, names: FoundName[]): void {
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const surface = text.slice(name.start, name.end);
    // canonical ends with ' ' + surface (checked without making that string: this runs for every person named).
    const canonical = name.canonical;
    if (canonical.length <= surface.length || canonical.charCodeAt(canonical.length - surface.length - 1) !== 0x20 || !canonical.endsWith(surface)) continue;
    const before = canonical.slice(0, -surface.length - 1).split(' ');
    let particles = '';
    for (let k = before.length - 1; k >= 0 && LOWERCASE_WORD.test(before[k]!); k--) particles = before[k] + ' ' + particles;
    if (particles && text.slice(name.start - particles.length, name.start) === particles) name.start -= particles.length;
  }
}

/**
 * One canonical form per entity in the article: a surname takes the full name it
 * belongs to, an acronym the organization name whose initials it is.
 */
function canonicalize(text: string, names: FoundName[], lex: Lexicon): void {
  // Full person names by each of their words, in text order, for surname look-ups.
  const peopleByWord = new Map<string, FoundName[]>();
  const orgs: FoundName[] = [];
  for (const n of names) {
    if (n.type === 'PERSON' && n.canonical.includes(' ')) {
      // The words as split(' ') gives them, without split: V8 splits a two-byte string in C++, at
      // ~1,350 instructions a call.
      const name = n.canonical;
      for (let from = 0; from <= name.length; ) {
        const space = name.indexOf(' ', from);
        const to = space === -1 ? name.length : space;
        const word = name.slice(from, to);
        from = to + 1;
        const list = peopleByWord.get(word);
        if (list === undefined) peopleByWord.set(word, [n]);
        // A word twice in one name ("Abdullah bin Abdullah") lists the name once: it was the last added.
        else if (list[list.length - 1] !== n) list.push(n);
      }
    } else if (n.type === 'ORG' && n.canonical.includes(' ')) {
      orgs.push(n);
    }
  }
  const orgsByInitials = new Map<string, FoundName>();
  const orgsByFirstWord = new Map<string, FoundName>();
  for (const o of orgs) {
    const initials = initialsOf(o.canonical);
    if (!orgsByInitials.has(initials)) orgsByInitials.set(initials, o);
    const first = o.canonical.slice(0, o.canonical.indexOf(' '));
    if (!orgsByFirstWord.has(first)) orgsByFirstWord.set(first, o);
  }
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (name.type === 'PERSON' && !surface.includes(' ')) {
      // The nearest full name before it with this surname, else the first after it.
      const candidates = peopleByWord.get(surface);
      if (!candidates) continue;
      let full = candidates[0]!;
      for (const c of candidates) {
        if (c.start >= name.start) break;
        full = c;
      }
      name.canonical = full.canonical;
    } else if (name.type === 'ORG' && isAcronymLike(surface)) {
      const expansion = orgsByInitials.get(surface.includes('.') ? surface.replace(/\./g, '') : surface);
      if (expansion) name.canonical = expansion.canonical;
    } else if (name.type === 'ORG' && !surface.includes(' ')) {
      // "Meta" after "Meta Platforms": the short form of a longer name in the article.
      const longer = orgsByFirstWord.get(surface);
      if (longer) name.canonical = longer.canonical;
    } else if (name.type === 'PLACE') {
      name.canonical = lex.names.get(surface)?.canonical ?? name.canonical;
    }
  }
}
