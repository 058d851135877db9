/**
 * Quote groups: quotes linked by `compareQuotes`, grouped when their speakers agree
 * (or one is unknown). Candidate pairs come from postings of content-word keys with
 * prefix filtering (a quote is probed only under its rarest keys), so adding an
 * article compares its quotes with the few quotes that share a rare word, never with
 * the whole folder. Links are pure functions of the two quotes; groups are rebuilt
 * only around what changed.
 */
import type { QuoteKind } from '../model';
import { slugify } from './names';
import { compatible, groupVersions, versionEdges, versionsOf, type Version } from './quoteGroups';
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
}

type SpeakerOf = (quote: QuoteRecord) => string | null;

/** All quotes with one normalized text: they link to everything alike, so links are kept per wording. */
interface Wording {
  text: string;
  features: QuoteFeatures;
  members: Set<string>;
}

export class QuoteGraph {
  private readonly quotes = new Map<string, QuoteRecord>();
  private readonly byFile = new Map<string, QuoteRecord[]>();
  private readonly wordings = new Map<string, Wording>();
  private readonly fullPostings = new Map<string, Set<string>>();
  private readonly prefixPostings = new Map<string, Set<string>>();
  /** wording -> wording -> link (both ways). */
  private readonly links = new Map<string, Map<string, QuoteLink>>();
  /** One-word quotes inside a longer quote of the same article: quote -> quotes. */
  private readonly weak = new Map<string, Set<string>>();
  private readonly bySpeakerNode = new Map<string, Set<string>>();
  private readonly groupOfQuote = new Map<string, GroupRecord>();
  private readonly groupById = new Map<string, GroupRecord>();
  private readonly groupsByBase = new Map<string, Set<GroupRecord>>();
  /** Wordings to regroup around. */
  private readonly dirty = new Set<string>();
  /** Groups that lost a member or whose members changed speaker. */
  private readonly stale = new Set<GroupRecord>();

  constructor(private readonly speakerOf: SpeakerOf) {}

  setFile(file: string, quotes: QuoteRecord[]): void {
    this.removeFile(file);
    if (quotes.length === 0) return;
    this.byFile.set(file, quotes);
    for (const quote of quotes) {
      this.quotes.set(quote.id, quote);
      if (quote.speakerNode) addTo(this.bySpeakerNode, quote.speakerNode, quote.id);
      this.addToWording(quote);
    }
    quotes.forEach((quote, i) => {
      for (const other of quotes.slice(i + 1)) {
        if (!compareQuotes(quote.features, other.features, true)?.weak) continue;
        addTo(this.weak, quote.id, other.id);
        addTo(this.weak, other.id, quote.id);
      }
    });
  }

  removeFile(file: string): void {
    const quotes = this.byFile.get(file);
    if (!quotes) return;
    this.byFile.delete(file);
    for (const quote of quotes) {
      this.dirtyOldGroup(quote.id);
      if (quote.speakerNode) removeFrom(this.bySpeakerNode, quote.speakerNode, quote.id);
      for (const other of this.weak.get(quote.id) ?? []) removeFrom(this.weak, other, quote.id);
      this.weak.delete(quote.id);
      this.removeFromWording(quote);
      this.quotes.delete(quote.id);
    }
  }

  /** The speakers of these name nodes now belong to other entities: regroup their quotes. */
  speakersMoved(nodes: Iterable<string>): void {
    for (const node of nodes) {
      for (const id of this.bySpeakerNode.get(node) ?? []) {
        this.dirty.add(this.quotes.get(id)!.features.normText);
        this.dirtyOldGroup(id);
      }
    }
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
    if (this.dirty.size === 0 && this.stale.size === 0) return changed;
    const speakerOfId = (id: string): string | null => this.speakerOf(this.quotes.get(id)!);
    // The region: dirty wordings closed under links between versions that could share a group.
    const versions = new Map<string, Version[]>();
    const queue = [...this.dirty];
    const seenGroups = new Set<GroupRecord>();
    this.dirty.clear();
    while (queue.length > 0) {
      const text = queue.pop()!;
      const wording = this.wordings.get(text);
      if (versions.has(text) || !wording) continue;
      const own = versionsOf(text, wording.members, speakerOfId);
      versions.set(text, own);
      for (const id of wording.members) {
        const old = this.groupOfQuote.get(id);
        if (old && !seenGroups.has(old)) {
          seenGroups.add(old);
          for (const member of old.members) if (!versions.has(member.features.normText)) queue.push(member.features.normText);
        }
        for (const other of this.weak.get(id) ?? []) queue.push(this.quotes.get(other)!.features.normText);
      }
      for (const other of this.links.get(text)?.keys() ?? []) {
        if (versions.has(other)) continue;
        const theirs = new Set([...this.wordings.get(other)!.members].map(speakerOfId));
        if (own.some((v) => [...theirs].some((s) => compatible(v.speaker, s)))) queue.push(other);
      }
    }
    const touchedBases = new Set<string>();
    for (const old of this.stale) this.forgetGroup(old, changed, touchedBases);
    this.stale.clear();
    for (const old of seenGroups) this.forgetGroup(old, changed, touchedBases);
    const versionOfQuote = new Map<string, Version>();
    for (const own of versions.values()) for (const v of own) for (const id of v.members) versionOfQuote.set(id, v);
    const weakPairs: [string, string][] = [];
    for (const id of versionOfQuote.keys()) for (const other of this.weak.get(id) ?? []) if (id < other) weakPairs.push([id, other]);
    const edges = versionEdges(versions, (text) => this.links.get(text) ?? new Map(), weakPairs, (id) => versionOfQuote.get(id));
    for (const groupVersionsFound of groupVersions([...versions.values()].flat(), edges)) {
      const members = groupVersionsFound.flatMap((v) => v.members.map((id) => this.quotes.get(id)!)).sort((x, y) => cmp(x.file, y.file) || x.start - y.start);
      const speaker = groupVersionsFound.map((v) => v.speaker).find((s) => s !== null) ?? null;
      const group: GroupRecord = { id: '', speaker, members };
      const base = baseIdOf(group);
      addTo(this.groupsByBase, base, group);
      touchedBases.add(base);
      for (const member of members) this.groupOfQuote.set(member.id, group);
    }
    for (const base of touchedBases) this.assignIds(base, changed);
    return changed;
  }

  private forgetGroup(old: GroupRecord, changed: Set<string>, touchedBases: Set<string>): void {
    for (const member of old.members) if (this.groupOfQuote.get(member.id) === old) this.groupOfQuote.delete(member.id);
    if (this.groupById.get(old.id) === old) {
      this.groupById.delete(old.id);
      changed.add(old.id);
    }
    const base = baseIdOf(old);
    this.groupsByBase.get(base)?.delete(old);
    touchedBases.add(base);
  }

  /** A quote leaves or changes speaker: every wording of its old group must be regrouped. */
  private dirtyOldGroup(id: string): void {
    const quote = this.quotes.get(id);
    if (quote) this.dirty.add(quote.features.normText);
    const old = this.groupOfQuote.get(id);
    if (!old) return;
    this.stale.add(old);
    for (const member of old.members) this.dirty.add(member.features.normText);
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

  private addToWording(quote: QuoteRecord): void {
    const text = quote.features.normText;
    this.dirty.add(text);
    const existing = this.wordings.get(text);
    if (existing) {
      existing.members.add(quote.id);
      return;
    }
    const wording: Wording = { text, features: quote.features, members: new Set([quote.id]) };
    this.wordings.set(text, wording);
    for (const candidate of this.candidates(wording)) {
      const link = compareQuotes(wording.features, this.wordings.get(candidate)!.features, false);
      if (!link) continue;
      setLink(this.links, text, candidate, link);
      setLink(this.links, candidate, text, link);
    }
    this.post(wording, true);
  }

  private removeFromWording(quote: QuoteRecord): void {
    const text = quote.features.normText;
    const wording = this.wordings.get(text);
    if (!wording) return;
    wording.members.delete(quote.id);
    this.dirty.add(text);
    if (wording.members.size > 0) return;
    this.post(wording, false);
    for (const other of this.links.get(text)?.keys() ?? []) {
      this.links.get(other)?.delete(text);
      this.dirty.add(other);
    }
    this.links.delete(text);
    this.wordings.delete(text);
  }

  /** Other wordings that could be linked to this one (a superset of the real links). */
  private candidates(wording: Wording): Set<string> {
    const found = new Set<string>();
    const { keys, tokens } = wording.features;
    if (tokens.length < 2 || keys.length === 0) return found;
    for (const key of keys.slice(0, prefixLength(keys.length))) for (const text of this.fullPostings.get(key) ?? []) found.add(text);
    for (const key of keys) for (const text of this.prefixPostings.get(key) ?? []) found.add(text);
    found.delete(wording.text);
    return found;
  }

  private post(wording: Wording, add: boolean): void {
    const update = add ? addTo : removeFrom;
    const { keys, tokens } = wording.features;
    if (tokens.length < 2 || keys.length === 0) return;
    for (const key of keys) update(this.fullPostings, key, wording.text);
    for (const key of keys.slice(0, prefixLength(keys.length))) update(this.prefixPostings, key, wording.text);
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
