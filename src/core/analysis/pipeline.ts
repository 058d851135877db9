import type { ArticleAnalysis, LocalMention, LocalQuote } from '../model';
import { OffsetMap } from '../text/offsets';
import { tokenize, type Token } from '../text/tokens';
import { attributeQuotes } from './attribution';
import { findDates } from './dates';
import { findNames, type FoundName } from './entities';
import { initialsOf, learnNames } from './learn';
import { lexicon, type Lexicon } from './lexicon';
import { extractMetadata, type OutletNames } from './metadata';
import { findQuotes } from './quoteMarks';
import { makeUnits } from './units';
import { findUrls, mergeSpans, overlapsAny } from './urls';

/**
 * Runs the per-article stages in order over a normalized text: metadata, dates,
 * names (two passes), canonical forms, quotes, speakers. Internally everything is in
 * UTF-16 offsets; the result is converted to code points here, once.
 */
export function analyzeArticle(text: string): ArticleAnalysis {
  const lex = lexicon();
  const tokens = tokenize(text);
  const urls = mergeSpans(findUrls(text));
  const metadata = extractMetadata(text, outletNames(lex));
  const dates = findDates(text, metadata.published, (s, e) => overlapsAny(urls, s, e));
  const blocked = mergeSpans([...urls, ...dates]);
  const lowercaseVocabulary = new Set<string>();
  for (const t of tokens) if (!t.cap) lowercaseVocabulary.add(t.text.toLowerCase());
  const units = makeUnits(tokens, lex, lowercaseVocabulary, (s, e) => overlapsAny(blocked, s, e));
  const ctx = { text, units, lex, lowercaseVocabulary, titleCaseLines: headlineLines(text, tokens), learned: new Map() };
  const firstPass = findNames(ctx);
  const names = findNames({ ...ctx, learned: learnNames(text, firstPass, lex) });
  names.push(...domainNames(text, tokens, lex));
  canonicalize(text, names, lex);
  extendOverParticles(text, names);

  const found: FoundName[] = [...names, ...dates.map((d) => ({ start: d.start, end: d.end, type: 'DATE' as const, canonical: d.value, size: 1 }))];
  found.sort((a, b) => a.start - b.start);
  const offsets = new OffsetMap(text);
  const mentions: LocalMention[] = found.map((f) => ({
    start: offsets.toCodePoint(f.start),
    end: offsets.toCodePoint(f.end),
    text: text.slice(f.start, f.end),
    type: f.type,
    canonical: f.canonical,
  }));
  const quotes: LocalQuote[] = attributeQuotes(text, tokens, findQuotes(text), found, lex).map((q) => ({
    start: offsets.toCodePoint(q.start),
    end: offsets.toCodePoint(q.end),
    text: text.slice(q.start, q.end),
    kind: q.kind,
    speakerMention: q.speaker,
  }));
  return { metadata, mentions, quotes };
}

let outlets: OutletNames | null = null;
function outletNames(lex: Lexicon): OutletNames {
  if (!outlets) {
    const byCompactName = new Map<string, string>();
    for (const [compact, name] of lex.compactNames) if (name.type === 'ORG') byCompactName.set(compact, name.canonical);
    outlets = { byCompactName };
  }
  return outlets;
}

/** Lines in headline case, where capitalization says nothing about names. */
function headlineLines(text: string, tokens: readonly Token[]): Set<number> {
  const stats = new Map<number, { words: number; capitalized: number }>();
  for (const t of tokens) {
    if (t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    const s = stats.get(t.line) ?? { words: 0, capitalized: 0 };
    s.words++;
    if (t.cap) s.capitalized++;
    stats.set(t.line, s);
  }
  const lines = text.split('\n');
  const result = new Set<number>();
  for (const [line, s] of stats) {
    const content = (lines[line] ?? '').trim();
    // A line that ends like a sentence is prose (a caption), however many names it has.
    if (s.words >= 2 && s.capitalized / s.words >= 0.8 && !/[.!?]["”’]?$/.test(content) && !/^(?:by|written by)\s/i.test(content)) result.add(line);
  }
  return result;
}

/** "kremlin.ru" in a photo credit: a domain whose name is a known organization. */
function domainNames(text: string, tokens: readonly Token[], lex: Lexicon): FoundName[] {
  const out: FoundName[] = [];
  for (const t of tokens) {
    const m = /^([a-z][a-z0-9-]+)\.(?:[a-z]{2,6})$/.exec(t.text);
    if (!m || /https?:\/\/|www\.$/.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    const known = lex.compactNames.get(m[1]!);
    if (known?.type === 'ORG') out.push({ start: t.start, end: t.end, type: 'ORG', canonical: known.canonical, size: 1 });
  }
  return out;
}

/** "von der Leyen": a surname mention takes the lowercase particles its full name has before it. */
function extendOverParticles(text: string, names: FoundName[]): void {
  for (const name of names) {
    if (name.type !== 'PERSON') continue;
    const surface = text.slice(name.start, name.end);
    const m = new RegExp(`((?:\\b\\p{Ll}+ ){1,3})${escapeRegExp(surface)}$`, 'u').exec(name.canonical);
    if (!m || surface === name.canonical) continue;
    const particles = m[1]!;
    if (text.slice(name.start - particles.length, name.start) === particles) name.start -= particles.length;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One canonical form per entity in the article: a surname takes the full name it
 * belongs to, an acronym the organization name whose initials it is.
 */
function canonicalize(text: string, names: FoundName[], lex: Lexicon): void {
  const people = names.filter((n) => n.type === 'PERSON' && n.canonical.includes(' '));
  const orgs = names.filter((n) => n.type === 'ORG' && n.canonical.includes(' '));
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (name.type === 'PERSON' && !surface.includes(' ')) {
      // The nearest full name before it with this surname, else the first after it.
      const candidates = people.filter((p) => p.canonical.split(' ').includes(surface));
      const before = candidates.filter((p) => p.start < name.start).pop();
      const full = before ?? candidates[0];
      if (full) name.canonical = full.canonical;
    } else if (name.type === 'ORG' && /^[\p{Lu}\p{N}&.]+$/u.test(surface)) {
      const expansion = orgs.find((o) => initialsOf(o.canonical) === surface.replace(/\./g, ''));
      if (expansion) name.canonical = expansion.canonical;
    } else if (name.type === 'ORG' && !surface.includes(' ')) {
      // "Meta" after "Meta Platforms": the short form of a longer name in the article.
      const longer = orgs.find((o) => o.canonical.startsWith(surface + ' '));
      if (longer) name.canonical = longer.canonical;
    } else if (name.type === 'PLACE') {
      name.canonical = lex.names.get(surface)?.canonical ?? name.canonical;
    }
  }
}
