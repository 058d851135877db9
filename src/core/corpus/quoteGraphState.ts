/**
 * The quote graph's state and the edits every update path shares: marking wordings to
 * regroup, reshaping or dissolving a group, forgetting groups and numbering their ids.
 * QuoteGraphShortcuts (quoteShortcuts.ts) and QuoteGraph (quoteGraph.ts) build on it.
 */
import { baseIdOf, groupRegion, speakerOfGroup, wordingKey, type Version } from './quoteGroups';
import type { MatchData, QuoteFeatures, QuoteLink } from './quoteMatch';

const NO_LINKS: ReadonlyMap<string, QuoteLink> = new Map();
const NO_WEAK_LINKS: ReadonlySet<string> = new Set();
import type { QuoteKind, QuoteVariant } from '../model';

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
  /**
   * The wording it is grouped under when not its normalized text (set by QuoteGraph). Present on
   * every record from the start (undefined): added later to some, it gave those a second hidden
   * class, and everything reading quote records read both kinds.
   */
  wording: string | undefined;
  /**
   * The group it is in and the version key (see versionsOf) it was grouped under, while it is the
   * graph's record of its id (QuoteGraph's; fields here, not maps by id: ~10 MB at 10,000 articles).
   */
  group: GroupRecord | undefined;
  version: string | undefined;
  /**
   * Its last comparison with its group's longest version, and that version (DiffCache's, for the
   * results: on the record rather than in a weak map of their own, ~6 MB less at 10,000 articles).
   */
  variant: QuoteVariant | undefined;
  variantOf: QuoteRecord | undefined;
}

/** Quotes that are linked across articles and grouped; scare quotes and titles are no statements. */
export function isLinkedQuote(kind: QuoteKind): boolean {
  return kind !== 'scare' && kind !== 'title';
}

export interface GroupRecord {
  id: string;
  speaker: string | null;
  /** Sorted by file, then start. */
  members: QuoteRecord[];
}

export type SpeakerOf = (quote: QuoteRecord) => string | null;

export interface Removal {
  quote: QuoteRecord;
  group: GroupRecord | undefined;
  version: string | undefined;
  weak: boolean;
}

/**
 * All quotes with one normalized text: they link to everything alike, so links are kept per
 * wording. It carries its features' MatchData inline: a new quote is compared with hundreds
 * of candidate wordings, and each hop to another object is a cache miss in a large folder.
 */
export interface Wording extends MatchData {
  text: string;
  features: QuoteFeatures;
  members: Set<string>;
  /** The last candidate search that found it (QuoteGraph's bookkeeping). */
  foundBy: number;
}

export abstract class QuoteGraphState {
  protected readonly quotes = new Map<string, QuoteRecord>();
  protected readonly byFile = new Map<string, QuoteRecord[]>();
  protected readonly wordings = new Map<string, Wording>();
  /**
   * Match key -> wordings with it; prefixPostings: only the wordings it is among the rarest keys of
   * (see prefixLength). Arrays in the order the wordings came: every new quote reads several
   * lists whole, and a wording leaves them only when its last quote goes.
   */
  protected readonly fullPostings = new Map<number, Wording[]>();
  protected readonly prefixPostings = new Map<number, Wording[]>();
  /** wording -> wording -> link (both ways). */
  protected readonly links = new Map<string, Map<string, QuoteLink>>();
  /** One-word quotes inside a longer quote of the same article: quote -> quotes. */
  protected readonly weak = new Map<string, Set<string>>();
  protected readonly bySpeakerNode = new Map<string, Set<string>>();
  protected readonly groupById = new Map<string, GroupRecord>();
  /** Groups by the id their speaker and first words give (see assignIds): a list, since two groups rarely share one (a Set each was ~5 MB at 10,000 articles). */
  protected readonly groupsByBase = new Map<string, GroupRecord[]>();
  /** Quotes added to an existing wording since the last flush: wording -> quote ids. */
  protected readonly appended = new Map<string, string[]>();
  /** Quotes removed since the last flush, with their group, version and weak links at that time. */
  protected removed: Removal[] = [];
  /** Quotes added since the last flush. */
  protected added: QuoteRecord[] = [];
  /** Wordings to regroup around. */
  protected readonly dirty = new Set<string>();
  /** Wordings created since the last flush (also in `dirty`). */
  protected readonly fresh = new Set<string>();
  /** Wordings dirty for other reasons: removals, speakers moved, stale groups (also in `dirty`). */
  protected readonly structural = new Set<string>();
  /** Existing wordings whose new quotes could not simply join a group: wording -> the new quote ids (also in `dirty`). */
  protected readonly regrown = new Map<string, string[]>();
  /** Groups that lost a member or whose members changed speaker. */
  protected readonly stale = new Set<GroupRecord>();

  constructor(protected readonly speakerOf: SpeakerOf) {}

  /**
   * The group of the quote with this id now. By id, not by record: a group's member list can still
   * hold the record an article's re-set replaced, whose id its new quote took.
   */
  protected groupOfId(id: string): GroupRecord | undefined {
    return this.quotes.get(id)?.group;
  }

  protected versionOfId(id: string): string | undefined {
    return this.quotes.get(id)?.version;
  }

  /** Groups the quote with this id (which the graph has) under a version; undefined for both: ungrouped. */
  protected setGrouping(id: string, group: GroupRecord | undefined, version: string | undefined): void {
    const quote = this.quotes.get(id)!;
    quote.group = group;
    quote.version = version;
  }

  /** The version keys of the group's members that are still grouped in it are forgotten. */
  protected forgetVersions(group: GroupRecord): void {
    for (const member of group.members) {
      const quote = this.quotes.get(member.id);
      if (quote?.group === group) quote.version = undefined;
    }
  }

  /** Gives the group new members when its id stays the same; false when it would not (regroup instead). */
  protected reshape(group: GroupRecord, members: QuoteRecord[], changed: Set<string>): boolean {
    const base = baseIdOf(group);
    if (baseIdOf({ ...group, members }) !== base) return false;
    // Groups sharing a base are numbered in order of their first member (see assignIds).
    if (members[0] !== group.members[0] && (this.groupsByBase.get(base)?.length ?? 0) > 1) return false;
    group.members = members;
    changed.add(group.id);
    return true;
  }

  /** A wording to regroup for a reason that can reach beyond its own links (never a local change). */
  protected markDirty(text: string): void {
    this.dirty.add(text);
    this.structural.add(text);
  }

  protected dissolve(group: GroupRecord, changed: Set<string>): void {
    const touchedBases = new Set<string>();
    this.forgetVersions(group);
    this.forgetGroup(group, changed, touchedBases);
    for (const base of touchedBases) this.assignIds(base, changed);
  }

  protected markStale(group: GroupRecord): void {
    this.stale.add(group);
    for (const member of group.members) this.markDirty(wordingKey(member));
  }

  protected forgetGroup(old: GroupRecord, changed: Set<string>, touchedBases: Set<string>): void {
    for (const member of old.members) {
      const quote = this.quotes.get(member.id);
      if (quote?.group === old) quote.group = undefined;
    }
    if (this.groupById.get(old.id) === old) {
      this.groupById.delete(old.id);
      changed.add(old.id);
    }
    const base = baseIdOf(old);
    removeFromList(this.groupsByBase, base, old);
    touchedBases.add(base);
  }

  /** A quote leaves or changes speaker: every wording of its old group must be regrouped. */
  protected dirtyOldGroup(id: string): void {
    const quote = this.quotes.get(id);
    if (quote) this.markDirty(wordingKey(quote));
    const old = this.groupOfId(id);
    if (old) this.markStale(old);
  }

  /** Groups of a region's versions, from the links between them (see groupRegion). */
  protected regroup(versions: ReadonlyMap<string, Version[]>): Version[][] {
    return groupRegion(versions, (text) => this.links.get(text) ?? NO_LINKS, (id) => this.weak.get(id) ?? NO_WEAK_LINKS);
  }

  /** A group formed of these versions (see groupRegion); its id comes from assignIds on its base, which is added to touchedBases. */
  protected installGroup(versions: readonly Version[], touchedBases: Set<string>): void {
    const members = versions.flatMap((v) => v.members.map((id) => this.quotes.get(id)!)).sort((x, y) => cmp(x.file, y.file) || x.start - y.start);
    const group: GroupRecord = { id: '', speaker: speakerOfGroup(versions), members };
    const base = baseIdOf(group);
    addToList(this.groupsByBase, base, group);
    touchedBases.add(base);
    for (const version of versions) for (const id of version.members) this.setGrouping(id, group, version.key);
  }

  /** Ids are readable and deterministic: speaker + first words, numbered only when two groups collide. */
  protected assignIds(base: string, changed: Set<string>): void {
    const groups = [...(this.groupsByBase.get(base) ?? [])].sort((a, b) => cmp(a.members[0]!.id, b.members[0]!.id));
    if (groups.length === 0) this.groupsByBase.delete(base);
    groups.forEach((group, i) => {
      const id = i === 0 ? base : [base, '-', i + 1].join('');
      if (group.id === id && this.groupById.get(id) === group) return;
      if (this.groupById.get(group.id) === group) this.groupById.delete(group.id);
      changed.add(group.id).add(id);
      group.id = id;
      this.groupById.set(id, group);
    });
  }
}

export function setLink(links: Map<string, Map<string, QuoteLink>>, a: string, b: string, link: QuoteLink): void {
  const map = links.get(a) ?? new Map<string, QuoteLink>();
  map.set(b, link);
  links.set(a, map);
}

export function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(value);
  map.set(key, set);
}

export function removeFrom<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** addTo for lists: kept in the order items came (see QuoteGraphState.fullPostings). */
export function addToList<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function removeFromList<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  const at = list ? list.indexOf(value) : -1;
  if (at < 0) return;
  list!.splice(at, 1);
  if (list!.length === 0) map.delete(key);
}

/** The same items (the same objects) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
