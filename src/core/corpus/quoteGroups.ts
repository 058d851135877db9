/**
 * Forming groups over "versions": a version is one wording (quotes with the same
 * normalized text) said by one speaker (or by an unknown one). Identical quotes never
 * need pairwise links, so a statement repeated in thousands of articles costs one
 * version per speaker, not a link per pair of articles.
 */
import { DisjointSets } from './disjointSets';
import { slugify } from './names';
import type { GroupRecord, QuoteRecord } from './quoteGraph';
import { isStopword } from './words';
import type { QuoteLink } from './quoteMatch';
import { partitionPoint } from '../text/partition';

export interface Version {
  /** `${wording}\u0000${speaker}` */
  key: string;
  wording: string;
  speaker: string | null;
  members: string[];
}

export interface VersionEdge {
  a: string;
  b: string;
  score: number;
  /** Between a one-word quote and the longer quote of its article it is part of. */
  weak?: boolean;
}

/** Splits a wording's quotes by speaker. */
export function versionsOf(wording: string, members: Iterable<string>, speakerOf: (id: string) => string | null): Version[] {
  // By speaker, not by key: a key repeats the whole wording, and a statement can have thousands of quotes.
  const bySpeaker = new Map<string | null, Version>();
  for (const id of members) {
    const speaker = speakerOf(id);
    let version = bySpeaker.get(speaker);
    if (!version) bySpeaker.set(speaker, (version = { key: versionKey(wording, speaker), wording, speaker, members: [] }));
    version.members.push(id);
  }
  return [...bySpeaker.values()];
}

export function versionKey(wording: string, speaker: string | null): string {
  return `${wording}\u0000${speaker ?? ''}`;
}

/** The speaker a version key names (see versionKey), null for an unknown one. */
export function speakerOfVersion(key: string): string | null {
  const speaker = key.slice(key.lastIndexOf('\u0000') + 1);
  return speaker === '' ? null : speaker;
}

export function compatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** Edges between the versions of one wording and of two linked wordings. */
export function versionEdges(
  versions: ReadonlyMap<string, Version[]>,
  links: (wording: string) => Iterable<[string, QuoteLink]>,
  weakPairs: Iterable<[string, string]>,
  versionOfQuote: (id: string) => Version | undefined,
): VersionEdge[] {
  const edges: VersionEdge[] = [];
  for (const [wording, own] of versions) {
    const unknown = own.find((v) => v.speaker === null);
    if (unknown) for (const v of own) if (v !== unknown) edges.push({ a: unknown.key, b: v.key, score: 1 });
    for (const [other, link] of links(wording)) {
      if (other <= wording || link.weak) continue;
      for (const v of own) for (const w of versions.get(other) ?? []) if (compatible(v.speaker, w.speaker)) edges.push({ a: v.key, b: w.key, score: link.score });
    }
  }
  for (const [q, r] of weakPairs) {
    const v = versionOfQuote(q);
    const w = versionOfQuote(r);
    if (v && w && v !== w && v.speaker !== null && v.speaker === w.speaker) edges.push({ a: v.key, b: w.key, score: 0.5, weak: true });
  }
  // Ties in key order, compared as ranks: keys are whole wordings, and most edges of a wording share its long prefix.
  const rank = new Map([...new Set(edges.flatMap((e) => [e.a, e.b]))].sort(cmp).map((key, i) => [key, i]));
  const ranked = edges.map((edge) => ({ edge, a: rank.get(edge.a)!, b: rank.get(edge.b)! }));
  ranked.sort((x, y) => y.edge.score - x.edge.score || x.a - y.a || x.b - y.b);
  return ranked.map((r) => r.edge);
}

/** Best links first; a group never gets two different known speakers. Returns groups of versions. */
export function groupVersions(versions: Version[], edges: VersionEdge[]): Version[][] {
  const byKey = new Map(versions.map((v) => [v.key, v]));
  const sets = new DisjointSets(byKey.keys());
  // Each set's known speaker, if it has one: a set never gets two (see the union below).
  const speakers = new Map<string, string | null>();
  // Does the set hold a quote of more than one word? A one-word quote links to the longer quote
  // of its own article it is part of (a weak link); the same word quoted in several articles must
  // not bridge their different statements into one group.
  const hasLonger = new Map<string, boolean>();
  for (const v of versions) {
    speakers.set(v.key, v.speaker);
    // (A one-word quote's own wording names its quote id, whose file name may hold a space.)
    hasLonger.set(v.key, v.wording.includes(' ') && !v.wording.includes('\u0001'));
  }
  for (const { a, b, weak } of edges) {
    if (!sets.has(a) || !sets.has(b)) continue;
    const rootA = sets.find(a);
    const rootB = sets.find(b);
    if (rootA === rootB) continue;
    const speakerA = speakers.get(rootA)!;
    const speakerB = speakers.get(rootB)!;
    if (!compatible(speakerA, speakerB)) continue;
    if (weak && hasLonger.get(rootA) && hasLonger.get(rootB)) continue;
    const longer = hasLonger.get(rootA)! || hasLonger.get(rootB)!;
    sets.union(a, b);
    speakers.set(sets.find(a), speakerA ?? speakerB);
    hasLonger.set(sets.find(a), longer);
  }
  return sets
    .groups()
    .map((keys) => keys.map((k) => byKey.get(k)!))
    .filter(holdsTwoQuotes);
}

/**
 * The version a one-word quote's version joins (see groupVersions): that of the first of its weak
 * links in grouping order (by version keys, the lower quote id's first) to a version by the same
 * known speaker. Null when it joins none.
 */
export function firstWeakPartner(own: string, partners: readonly { id: string; key: string }[], id: string, speaker: string | null): string | null {
  if (speaker === null) return null;
  let best: { a: string; b: string; key: string } | null = null;
  for (const partner of partners) {
    if (partner.key === own || speakerOfVersion(partner.key) !== speaker) continue;
    const [a, b] = id < partner.id ? [own, partner.key] : [partner.key, own];
    if (!best || a < best.a || (a === best.a && b < best.b)) best = { a, b, key: partner.key };
  }
  return best?.key ?? null;
}

/** Versions that make a group: two quotes at least. */
export function holdsTwoQuotes(versions: readonly Version[]): boolean {
  return versions.reduce((n, v) => n + v.members.length, 0) >= 2;
}

/** A copy of members (sorted by file, then start) with one more. */
export function insertSorted(members: readonly QuoteRecord[], quote: QuoteRecord): QuoteRecord[] {
  const at = partitionPoint(members.length, (i) => (cmp(members[i]!.file, quote.file) || members[i]!.start - quote.start) < 0);
  return [...members.slice(0, at), quote, ...members.slice(at)];
}

/** The key quotes share a version under: their normalized words, unless QuoteGraph set another. */
export function wordingKey(quote: QuoteRecord): string {
  return quote.wording ?? quote.features.normText;
}

export function baseIdOf(group: GroupRecord): string {
  const longest = group.members.reduce((a, b) => (b.features.tokens.length > a.features.tokens.length ? b : a));
  const words = longest.features.tokens.filter((t) => !isStopword(t.norm)).slice(0, 5).map((t) => t.norm);
  const speaker = group.speaker ? group.speaker.replace(/^[a-z]+:/, '') : 'unknown';
  return `quote:${speaker}:${slugify(words.join(' ')) || 'quote'}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
