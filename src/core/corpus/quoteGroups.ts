/**
 * Forming groups over "versions": a version is one wording (quotes with the same
 * normalized text) said by one speaker (or by an unknown one). Identical quotes never
 * need pairwise links, so a statement repeated in thousands of articles costs one
 * version per speaker, not a link per pair of articles.
 */
import { slugify } from './names';
import type { GroupRecord, QuoteRecord } from './quoteGraph';
import type { QuoteLink } from './quoteMatch';
import { partitionPoint } from '../text/partition';

export interface Version {
  /** `${wording}\u0000${speaker}` */
  key: string;
  wording: string;
  speaker: string | null;
  members: string[];
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
  // Joined, not a template: a template's result is a pair of pointers to its parts, copied flat
  // besides when it first keys a map (see the quote ids in index.ts); a join is flat at once.
  return [wording, '\u0000', speaker ?? ''].join('');
}

/** The speaker a version key names (see versionKey), null for an unknown one. */
export function speakerOfVersion(key: string): string | null {
  const speaker = key.slice(key.lastIndexOf('\u0000') + 1);
  return speaker === '' ? null : speaker;
}

export function compatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * The groups of a region's versions. Edges join the versions of one wording (its unknown speaker's
 * to each known one's), of two linked wordings (by compatible speakers) and of a one-word quote
 * and the longer quote of its article it is part of (weak, same speaker). They are taken best
 * first, ties in order of the versions' keys, and refused when they would give a group two known
 * speakers, or bridge two longer statements by a weak link. Versions and edges are numbered: a
 * large region has tens of thousands of each, and every comparison and look-up is then of integers.
 */
export function groupRegion(
  versions: ReadonlyMap<string, Version[]>,
  links: (wording: string) => Iterable<[string, QuoteLink]>,
  weakLinks: (quoteId: string) => ReadonlySet<string>,
): Version[][] {
  const list = [...versions.values()].flat();
  const indexOf = new Map<Version, number>();
  // Only quotes with weak links, which link only such quotes: a cold load's region has every quote
  // of the folder (100,000 at 10,000 articles), a few thousand of them weakly linked.
  const versionOfQuote = new Map<string, Version>();
  list.forEach((v, i) => {
    indexOf.set(v, i);
    for (const id of v.members) if (weakLinks(id).size > 0) versionOfQuote.set(id, v);
  });
  const rank = new Int32Array(list.length);
  list
    .map((_, i) => i)
    .sort((x, y) => cmp(list[x]!.key, list[y]!.key))
    .forEach((i, r) => (rank[i] = r));

  const from: number[] = [];
  const to: number[] = [];
  const scores: number[] = [];
  const weak: boolean[] = [];
  const edge = (a: Version, b: Version, score: number, isWeak: boolean): void => {
    from.push(indexOf.get(a)!);
    to.push(indexOf.get(b)!);
    scores.push(score);
    weak.push(isWeak);
  };
  for (const [wording, own] of versions) {
    const unknown = own.find((v) => v.speaker === null);
    if (unknown) for (const v of own) if (v !== unknown) edge(unknown, v, 1, false);
    for (const [other, link] of links(wording)) {
      if (other <= wording || link.weak) continue;
      for (const v of own) for (const w of versions.get(other) ?? []) if (compatible(v.speaker, w.speaker)) edge(v, w, link.score, false);
    }
  }
  // Each weak link once, between two quotes of the region.
  for (const [q, v] of versionOfQuote) {
    for (const r of weakLinks(q)) {
      const w = versionOfQuote.get(r);
      if (q < r && w && v !== w && v.speaker !== null && v.speaker === w.speaker) edge(v, w, 0.5, true);
    }
  }
  const order = from.map((_, e) => e);
  order.sort((x, y) => scores[y]! - scores[x]! || rank[from[x]!]! - rank[from[y]!]! || rank[to[x]!]! - rank[to[y]!]!);

  // Union-find with each set's members (roots keep theirs), its known speaker, and whether it holds
  // a quote of more than one word (a one-word quote's own wording names its quote id, whose file
  // name may hold a space).
  const parent = Int32Array.from(list, (_, i) => i);
  const members: (number[] | undefined)[] = list.map((_, i) => [i]);
  const speakers = list.map((v) => v.speaker);
  const hasLonger = list.map((v) => v.wording.includes(' ') && !v.wording.includes('\u0001'));
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const e of order) {
    let rootA = find(from[e]!);
    let rootB = find(to[e]!);
    if (rootA === rootB) continue;
    const speakerA = speakers[rootA]!;
    const speakerB = speakers[rootB]!;
    if (!compatible(speakerA, speakerB)) continue;
    if (weak[e] && hasLonger[rootA] && hasLonger[rootB]) continue;
    const longer = hasLonger[rootA]! || hasLonger[rootB]!;
    // The larger set's root stays (members are moved once per halving).
    if (members[rootA]!.length < members[rootB]!.length) [rootA, rootB] = [rootB, rootA];
    parent[rootB] = rootA;
    const joined = members[rootA]!;
    for (const member of members[rootB]!) joined.push(member);
    members[rootB] = undefined;
    speakers[rootA] = speakerA ?? speakerB;
    hasLonger[rootA] = longer;
  }
  const groups: Version[][] = [];
  for (const own of members) if (own) groups.push(own.map((i) => list[i]!));
  return groups.filter(holdsTwoQuotes);
}

/**
 * The version a one-word quote's version joins (see groupRegion): that of the first of its weak
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

/** A group's speaker: the known speaker of its versions (it has one at most), else null. */
export function speakerOfGroup(versions: readonly Version[]): string | null {
  return versions.find((v) => v.speaker !== null)?.speaker ?? null;
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
  const longest = group.members.reduce((a, b) => (b.features.tokenCount > a.features.tokenCount ? b : a));
  const speaker = group.speaker ? group.speaker.replace(/^[a-z]+:/, '') : 'unknown';
  return ['quote:', speaker, ':', slugify(longest.features.leadWords) || 'quote'].join('');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
