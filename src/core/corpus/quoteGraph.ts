/**
 * Quote groups: quotes linked by `compareQuotes`, grouped when their speakers agree
 * (or one is unknown). Candidate pairs come from postings of content-word keys with
 * prefix filtering (a quote is probed only under its rarest keys), so adding an
 * article compares its quotes with the few quotes that share a rare word, never with
 * the whole folder. Links are pure functions of the two quotes; groups are rebuilt
 * only around what changed.
 */
import type { QuoteKind } from '../model';
import { DisjointSets } from './disjointSets';
import { slugify } from './names';
import { compareQuotes, prefixLength, type QuoteFeatures, type QuoteLink } from './quoteMatch';
import { isStopword } from './words';

export interface QuoteRecord {
  /** `${file}#${index in the article's quotes}` */
  id: string;
  file: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** Name node of the speaker, or null when unknown. */
  speakerNode: string | null;
  features: QuoteFeatures;
}

export interface GroupRecord {
  id: string;
  speaker: string | null;
  /** Sorted by file, then start. */
  members: QuoteRecord[];
  /** How each member is linked into the group (the best link it has to another member). */
  relations: Map<string, QuoteLink>;
}

type SpeakerOf = (quote: QuoteRecord) => string | null;

export class QuoteGraph {
  private readonly quotes = new Map<string, QuoteRecord>();
  private readonly byFile = new Map<string, QuoteRecord[]>();
  private readonly fullPostings = new Map<string, Set<string>>();
  private readonly prefixPostings = new Map<string, Set<string>>();
  private readonly exactPostings = new Map<string, Set<string>>();
  private readonly links = new Map<string, Map<string, QuoteLink>>();
  private readonly bySpeakerNode = new Map<string, Set<string>>();
  private readonly groupOfQuote = new Map<string, GroupRecord>();
  private readonly groupById = new Map<string, GroupRecord>();
  private readonly groupsByBase = new Map<string, Set<GroupRecord>>();
  private readonly dirty = new Set<string>();

  constructor(private readonly speakerOf: SpeakerOf) {}

  setFile(file: string, quotes: QuoteRecord[]): void {
    this.removeFile(file);
    if (quotes.length === 0) return;
    this.byFile.set(file, quotes);
    for (const quote of quotes) {
      this.quotes.set(quote.id, quote);
      this.dirty.add(quote.id);
      if (quote.speakerNode) addTo(this.bySpeakerNode, quote.speakerNode, quote.id);
    }
    quotes.forEach((quote, i) => {
      for (const other of quotes.slice(i + 1)) this.tryLink(quote, other, true);
      for (const candidate of this.candidates(quote)) this.tryLink(quote, this.quotes.get(candidate)!, false);
      this.post(quote, true);
    });
  }

  removeFile(file: string): void {
    const quotes = this.byFile.get(file);
    if (!quotes) return;
    this.byFile.delete(file);
    for (const quote of quotes) {
      this.post(quote, false);
      if (quote.speakerNode) removeFrom(this.bySpeakerNode, quote.speakerNode, quote.id);
      // Neighbours need no regrouping of their own: a removed quote only changes its old
      // group, and that group's members reach every other affected quote through links.
      for (const other of this.links.get(quote.id)?.keys() ?? []) this.links.get(other)?.delete(quote.id);
      this.links.delete(quote.id);
      for (const member of this.groupOfQuote.get(quote.id)?.members ?? []) this.dirty.add(member.id);
      this.quotes.delete(quote.id);
      this.dirty.add(quote.id);
    }
  }

  /** The speakers of these name nodes now belong to other entities: regroup their quotes. */
  speakersMoved(nodes: Iterable<string>): void {
    for (const node of nodes) for (const id of this.bySpeakerNode.get(node) ?? []) this.dirty.add(id);
  }

  groupOf(quoteId: string): GroupRecord | undefined {
    return this.groupOfQuote.get(quoteId);
  }

  group(id: string): GroupRecord | undefined {
    return this.groupById.get(id);
  }

  groups(): GroupRecord[] {
    return [...this.groupById.values()];
  }

  /** Regroups around what changed; returns the group ids that appeared, vanished or changed. */
  flush(): Set<string> {
    const changed = new Set<string>();
    if (this.dirty.size === 0) return changed;
    const region = new Set<string>();
    const queue = [...this.dirty];
    this.dirty.clear();
    // Closed under old groups and under links whose speakers could share a group; links
    // between two different known speakers never matter, so they do not widen the region.
    const speakers = new Map<string, string | null>();
    const speakerOf = (id: string): string | null => {
      if (!speakers.has(id)) speakers.set(id, this.quotes.has(id) ? this.speakerOf(this.quotes.get(id)!) : null);
      return speakers.get(id)!;
    };
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (region.has(id)) continue;
      region.add(id);
      for (const member of this.groupOfQuote.get(id)?.members ?? []) queue.push(member.id);
      const speaker = speakerOf(id);
      for (const other of this.links.get(id)?.keys() ?? []) {
        if (region.has(other)) continue;
        const otherSpeaker = speakerOf(other);
        if (speaker === null || otherSpeaker === null || speaker === otherSpeaker) queue.push(other);
      }
    }
    const touchedBases = new Set<string>();
    for (const id of region) {
      const old = this.groupOfQuote.get(id);
      if (!old) continue;
      this.groupOfQuote.delete(id);
      if (this.groupById.get(old.id) === old) {
        this.groupById.delete(old.id);
        changed.add(old.id);
      }
      const base = baseIdOf(old);
      this.groupsByBase.get(base)?.delete(old);
      touchedBases.add(base);
    }
    for (const group of this.buildGroups([...region].filter((id) => this.quotes.has(id)))) {
      const base = baseIdOf(group);
      addTo(this.groupsByBase, base, group);
      touchedBases.add(base);
      for (const member of group.members) this.groupOfQuote.set(member.id, group);
    }
    for (const base of touchedBases) this.assignIds(base, changed);
    return changed;
  }

  /** Ids are readable and deterministic: speaker + first words, numbered only when two groups collide. */
  private assignIds(base: string, changed: Set<string>): void {
    const groups = [...(this.groupsByBase.get(base) ?? [])].sort((a, b) => cmp(a.members[0]!.id, b.members[0]!.id));
    if (groups.length === 0) this.groupsByBase.delete(base);
    groups.forEach((group, i) => {
      const id = i === 0 ? base : `${base}-${i + 1}`;
      if (group.id === id && this.groupById.get(id) === group) return;
      if (this.groupById.get(group.id) === group) this.groupById.delete(group.id);
      changed.add(group.id).add(id);
      group.id = id;
      this.groupById.set(id, group);
    });
  }

  private buildGroups(ids: string[]): GroupRecord[] {
    const sets = new DisjointSets(ids);
    const speakers = new Map<string, string | null>(ids.map((id) => [id, this.speakerOf(this.quotes.get(id)!)]));
    const knownSpeakers = new Map<string, Set<string>>();
    for (const [id, speaker] of speakers) knownSpeakers.set(id, new Set(speaker ? [speaker] : []));
    const edges: { a: string; b: string; link: QuoteLink }[] = [];
    for (const a of ids) {
      for (const [b, link] of this.links.get(a) ?? []) if (a < b && sets.has(b)) edges.push({ a, b, link });
    }
    edges.sort((x, y) => y.link.score - x.link.score || cmp(x.a, y.a) || cmp(x.b, y.b));
    const best = new Map<string, QuoteLink>();
    for (const { a, b, link } of edges) {
      const rootA = sets.find(a);
      const rootB = sets.find(b);
      if (link.weak && !(speakers.get(a) && speakers.get(a) === speakers.get(b))) continue;
      if (rootA !== rootB) {
        const union = new Set([...knownSpeakers.get(rootA)!, ...knownSpeakers.get(rootB)!]);
        if (union.size > 1) continue;
        sets.union(a, b);
        knownSpeakers.set(sets.find(a), union);
      }
      for (const id of [a, b]) if (!best.has(id)) best.set(id, link);
    }
    const groups: GroupRecord[] = [];
    for (const keys of sets.groups()) {
      if (keys.length < 2) continue;
      const members = keys.map((id) => this.quotes.get(id)!).sort((x, y) => cmp(x.file, y.file) || x.start - y.start);
      const speaker = [...knownSpeakers.get(sets.find(keys[0]!))!][0] ?? null;
      const relations = new Map(members.map((m) => [m.id, best.get(m.id)!]));
      groups.push({ id: '', speaker, members, relations });
    }
    return groups;
  }

  private tryLink(a: QuoteRecord, b: QuoteRecord, sameFile: boolean): void {
    const link = compareQuotes(a.features, b.features, sameFile);
    if (!link) return;
    setLink(this.links, a.id, b.id, link);
    setLink(this.links, b.id, a.id, link);
  }

  /** Quotes in other files that could be linked to this one (a superset of the real links). */
  private candidates(quote: QuoteRecord): Set<string> {
    const found = new Set<string>();
    const { keys, normText, tokens } = quote.features;
    for (const id of this.exactPostings.get(normText) ?? []) found.add(id);
    if (tokens.length >= 2 && keys.length > 0) {
      for (const key of keys.slice(0, prefixLength(keys.length))) for (const id of this.fullPostings.get(key) ?? []) found.add(id);
      for (const key of keys) for (const id of this.prefixPostings.get(key) ?? []) found.add(id);
    }
    for (const id of found) if (this.quotes.get(id)?.file === quote.file) found.delete(id);
    return found;
  }

  private post(quote: QuoteRecord, add: boolean): void {
    const update = add ? addTo : removeFrom;
    const { keys, normText, tokens } = quote.features;
    update(this.exactPostings, normText, quote.id);
    if (tokens.length < 2 || keys.length === 0) return;
    for (const key of keys) update(this.fullPostings, key, quote.id);
    for (const key of keys.slice(0, prefixLength(keys.length))) update(this.prefixPostings, key, quote.id);
  }
}

function baseIdOf(group: GroupRecord): string {
  const longest = group.members.reduce((a, b) => (b.features.tokens.length > a.features.tokens.length ? b : a));
  const words = longest.features.tokens.filter((t) => !isStopword(t.norm)).slice(0, 5).map((t) => t.norm);
  const speaker = group.speaker ? group.speaker.replace(/^[a-z]+:/, '') : 'unknown';
  return `quote:${speaker}:${slugify(words.join(' ')) || 'quote'}`;
}

function setLink(links: Map<string, Map<string, QuoteLink>>, a: string, b: string, link: QuoteLink): void {
  const map = links.get(a) ?? new Map<string, QuoteLink>();
  map.set(b, link);
  links.set(a, map);
}

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(value);
  map.set(key, set);
}

function removeFrom<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
