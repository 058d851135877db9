/**
 * Quote groups: quotes linked by `compareQuotes`, grouped when their speakers agree
 * (or one is unknown). Candidate pairs come from postings of content-word keys with
 * prefix filtering (a quote is probed only under its rarest keys), so adding an
 * article compares its quotes with the few quotes that share a rare word, never with
 * the whole folder. Links are pure functions of the two quotes; groups are rebuilt
 * only around what changed, and a quote joining or leaving a version that is already
 * grouped (a statement repeated verbatim) only edits that group's member list.
 */
import type { QuoteKind } from '../model';
import { baseIdOf, compatible, groupVersions, insertSorted, versionEdges, versionsOf, wordingKey, type Version } from './quoteGroups';
import { compareQuotes, prefixLength, type QuoteFeatures, type QuoteLink } from './quoteMatch';

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
  /** The wording it is grouped under when not its normalized text (set by QuoteGraph). */
  wording?: string;
}

export interface GroupRecord {
  id: string;
  speaker: string | null;
  /** Sorted by file, then start. */
  members: QuoteRecord[];
}

type SpeakerOf = (quote: QuoteRecord) => string | null;

interface Removal {
  quote: QuoteRecord;
  group: GroupRecord | undefined;
  version: string | undefined;
  weak: boolean;
}

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
  /** Version key (see versionsOf) each grouped quote was grouped under. */
  private readonly versionOfQuote = new Map<string, string>();
  /** Quotes added to an existing wording since the last flush: wording -> quote ids. */
  private readonly appended = new Map<string, string[]>();
  /** Quotes removed since the last flush, with their group, version and weak links at that time. */
  private removed: Removal[] = [];
  /** Quotes added since the last flush. */
  private added: QuoteRecord[] = [];
  /** Wordings to regroup around. */
  private readonly dirty = new Set<string>();
  /** Wordings created since the last flush (also in `dirty`). */
  private readonly fresh = new Set<string>();
  /** Wordings dirty for other reasons: removals, speakers moved, stale groups (also in `dirty`). */
  private readonly structural = new Set<string>();
  /** Existing wordings whose new quotes could not simply join a group: wording -> the new quote ids (also in `dirty`). */
  private readonly regrown = new Map<string, string[]>();
  /** Groups that lost a member or whose members changed speaker. */
  private readonly stale = new Set<GroupRecord>();

  constructor(private readonly speakerOf: SpeakerOf) {}

  setFile(file: string, quotes: QuoteRecord[]): void {
    this.removeFile(file);
    if (quotes.length === 0) return;
    this.byFile.set(file, quotes);
    // Weak links join a one-word quote to the longer quotes of the article containing that word:
    // looked up by word, since a long article can have thousands of quotes.
    const longerByWord = new Map<string, QuoteRecord[]>();
    for (const quote of quotes) {
      if (quote.features.tokens.length < 2) continue;
      for (const norm of new Set(quote.features.tokens.map((t) => t.norm))) {
        const list = longerByWord.get(norm);
        if (list) list.push(quote);
        else longerByWord.set(norm, [quote]);
      }
    }
    for (const quote of quotes) {
      if (quote.features.tokens.length !== 1) continue;
      for (const other of longerByWord.get(quote.features.normText) ?? []) {
        if (!compareQuotes(quote.features, other.features, true)?.weak) continue;
        addTo(this.weak, quote.id, other.id);
        addTo(this.weak, other.id, quote.id);
      }
    }
    for (const quote of quotes) {
      // A one-word quote that is a piece of a longer quote of its article ("not to say flight")
      // goes with that quote, as its own version: the same word in other articles is no link.
      if (quote.features.tokens.length === 1 && this.weak.has(quote.id)) quote.wording = `${quote.features.normText}\u0001${quote.id}`;
      this.quotes.set(quote.id, quote);
      if (quote.speakerNode) addTo(this.bySpeakerNode, quote.speakerNode, quote.id);
      this.addToWording(quote);
      this.added.push(quote);
    }
  }

  removeFile(file: string): void {
    const quotes = this.byFile.get(file);
    if (!quotes) return;
    this.byFile.delete(file);
    for (const quote of quotes) {
      this.removed.push({ quote, group: this.groupOfQuote.get(quote.id), version: this.versionOfQuote.get(quote.id), weak: this.weak.has(quote.id) });
      // Ids are positions ("a.txt#3") that the article's new quotes may take: forget the old mappings now.
      this.groupOfQuote.delete(quote.id);
      this.versionOfQuote.delete(quote.id);
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
    this.carryOver(changed);
    this.settleRemovals(changed);
    this.settleAppends(changed);
    if (this.dirty.size === 0 && this.stale.size === 0) return changed;
    const speakerOfId = (id: string): string | null => this.speakerOf(this.quotes.get(id)!);
    // A wording linked to many others is asked for its speakers once, not once per link.
    const speakerSets = new Map<string, Set<string | null>>();
    const speakersOf = (text: string): Set<string | null> => {
      let set = speakerSets.get(text);
      if (!set) speakerSets.set(text, (set = new Set([...this.wordings.get(text)!.members].map(speakerOfId))));
      return set;
    };
    // The region: dirty wordings closed under old groups and under links between versions that
    // could share a group; wordings whose change stays local (see localChanges) need only their
    // own links and old groups.
    const versions = new Map<string, Version[]>();
    const seenGroups = new Set<GroupRecord>();
    const local = this.localChanges(speakerOfId, speakersOf);
    const seeds = [...this.dirty].filter((text) => !local.has(text));
    const near = [...local].flatMap(([text, newVersion]) => [text, ...(newVersion ? this.links.get(text)?.keys() ?? [] : [])]);
    this.dirty.clear();
    this.fresh.clear();
    this.regrown.clear();
    this.structural.clear();
    const collect = (queue: string[], followLinks: boolean): void => {
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
            for (const member of old.members) if (!versions.has(wordingKey(member))) queue.push(wordingKey(member));
          }
          for (const other of this.weak.get(id) ?? []) queue.push(wordingKey(this.quotes.get(other)!));
        }
        for (const other of followLinks ? this.links.get(text)?.keys() ?? [] : []) {
          if (versions.has(other)) continue;
          const theirs = speakersOf(other);
          if (own.some((v) => [...theirs].some((s) => compatible(v.speaker, s)))) queue.push(other);
        }
      }
    };
    // Closed first, so what the local part reaches is never left without its link closure.
    collect(seeds, true);
    collect(near, false);
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
      for (const version of groupVersionsFound) for (const id of version.members) this.versionOfQuote.set(id, version.key);
    }
    for (const base of touchedBases) this.assignIds(base, changed);
    return changed;
  }

  /**
   * A quote leaving a version that keeps other members in its group changes nothing but that
   * group's member list: versions and the links between them stay, so grouping would come out
   * the same. (In a large folder one statement can have hundreds of versions to regroup.)
   */
  /**
   * An article re-set with a quote it already had (same words, same speaker's name node) — the
   * common case while someone edits elsewhere in the article: the new record takes the old one's
   * place in its group. Its wording's links are rebuilt identical (they depend only on the words).
   */
  private carryOver(changed: Set<string>): void {
    const arrived = new Set<string>();
    if (this.removed.length === 0 || this.added.length === 0) {
      this.added = [];
      return;
    }
    const sameQuote = (quote: QuoteRecord): string => `${quote.file}\u0000${quote.features.normText}\u0000${quote.speakerNode ?? ''}`;
    const candidates = new Map<string, Removal[]>();
    for (const removal of this.removed) {
      if ((removal.group === undefined || removal.version !== undefined) && !removal.weak && removal.quote.wording === undefined) {
        candidates.set(sameQuote(removal.quote), [...(candidates.get(sameQuote(removal.quote)) ?? []), removal]);
      }
    }
    const carried = new Map<Removal, QuoteRecord>();
    for (const quote of this.added) {
      const removal = candidates.get(sameQuote(quote))?.find((r) => !carried.has(r));
      if (!removal || this.weak.has(quote.id) || quote.wording !== undefined || this.quotes.get(quote.id) !== quote) continue;
      // An ungrouped quote comes back to the same lone version: nothing to do.
      const group = removal.group;
      if (group) {
        if (this.groupById.get(group.id) !== group || this.stale.has(group)) continue;
        const members = insertSorted(group.members.filter((m) => m !== removal.quote), quote);
        if (!this.reshape(group, members, changed)) continue;
      }
      carried.set(removal, quote);
      arrived.add(quote.id);
    }
    this.added = [];
    if (carried.size === 0) return;
    for (const [removal, quote] of carried) {
      if (!removal.group) continue;
      this.groupOfQuote.set(quote.id, removal.group);
      this.versionOfQuote.set(quote.id, removal.version!);
    }
    this.removed = this.removed.filter((r) => !carried.has(r));
    for (const [text, ids] of this.appended) {
      const left = ids.filter((id) => !arrived.has(id));
      if (left.length > 0) this.appended.set(text, left);
      else this.appended.delete(text);
    }
    // A wording emptied by the removal and made again by the arrival needs no regroup.
    for (const text of this.fresh) {
      if ([...this.wordings.get(text)?.members ?? []].every((id) => arrived.has(id))) {
        this.fresh.delete(text);
        if (!this.structural.has(text)) this.dirty.delete(text);
      }
    }
  }

  private settleRemovals(changed: Set<string>): void {
    for (const { quote, group, version } of this.removed) {
      // An ungrouped quote's version stood alone: every link it had was refused, so taking it
      // away changes no group.
      if (!group) continue;
      const live = this.groupById.get(group.id) === group && !this.stale.has(group);
      // A one-word quote of its own hangs on the longer quote of its article: a leaf, whose going
      // changes no other link (see groupVersions); anything else may go alone only if another
      // quote keeps its version alive.
      const leaf = quote.wording !== undefined;
      const sibling = leaf || (version !== undefined && group.members.some((m) => m !== quote && this.quotes.get(m.id) === m && this.versionOfQuote.get(m.id) === version));
      if (live && sibling && group.members.length === 2) {
        // Its version lives on in the other member, alone now: below two members it is no group.
        this.dissolve(group, changed);
        continue;
      }
      if (!live || !sibling || group.members.length <= 2 || !this.reshape(group, group.members.filter((m) => m !== quote), changed)) {
        this.markDirty(wordingKey(quote));
        this.markStale(group);
      }
    }
    this.removed = [];
  }

  /** A quote joining a wording that already has a grouped version with its speaker joins that group. */
  private settleAppends(changed: Set<string>): void {
    const speakerOfId = (id: string): string | null => this.speakerOf(this.quotes.get(id)!);
    for (const [text, ids] of this.appended) {
      const wording = this.wordings.get(text);
      if (!wording || this.dirty.has(text)) continue;
      for (const id of ids) {
        const quote = this.quotes.get(id);
        if (!quote) continue;
        const speaker = speakerOfId(id);
        let target: GroupRecord | undefined;
        for (const other of wording.members) {
          const group = other === id ? undefined : this.groupOfQuote.get(other);
          if (group && this.groupById.get(group.id) === group && !this.stale.has(group) && speakerOfId(other) === speaker) {
            target = group;
            this.versionOfQuote.set(id, this.versionOfQuote.get(other)!);
            break;
          }
        }
        const members = target && insertSorted(target.members, quote);
        if (!target || this.weak.has(id) || !this.reshape(target, members!, changed)) {
          this.versionOfQuote.delete(id);
          this.dirty.add(text);
          this.regrown.set(text, ids);
          break;
        }
        this.groupOfQuote.set(id, target);
      }
    }
    this.appended.clear();
  }

  /**
   * The changed wordings whose change cannot reach beyond their own links and old groups, with
   * whether they gained a new version. A quote joining a version that already exists (same
   * wording and speaker) leaves every link between versions as it was. A new version said by a
   * known speaker S, in a wording and linked to wordings without unknown-speaker quotes, can only join groups whose versions are all S (or stand alone), which
   * cannot change how any other group forms. Everything else needs the link-connected
   * neighbourhood regrouped, which in an archive of one topic can hold thousands of quotes.
   */
  private localChanges(speakerOfId: (id: string) => string | null, speakersOf: (text: string) => Set<string | null>): Map<string, boolean> {
    const local = new Map<string, boolean>();
    const newVersionStaysLocal = (text: string, speaker: string | null): boolean => {
      if (speaker === null || speakersOf(text).has(null)) return false;
      for (const other of this.links.get(text)?.keys() ?? []) if (speakersOf(other).has(null)) return false;
      return true;
    };
    for (const text of this.fresh) {
      if (this.structural.has(text)) continue;
      const wording = this.wordings.get(text);
      const speakers = wording && speakersOf(text);
      // A one-word quote of its own (see setFile) has no links: at most it joins the longer quote
      // of its article it is part of, which adds no speaker and bridges nothing (see groupVersions).
      if (wording && wording.text !== wording.features.normText) local.set(text, false);
      else if (wording && speakers!.size === 1 && newVersionStaysLocal(text, [...speakers!][0]!)) local.set(text, true);
    }
    for (const [text, ids] of this.regrown) {
      const wording = this.wordings.get(text);
      if (!wording || this.structural.has(text)) continue;
      const added = new Set(ids);
      const oldSpeakers = new Set([...wording.members].filter((id) => !added.has(id)).map(speakerOfId));
      const newSpeakers = new Set(ids.map(speakerOfId).filter((speaker) => !oldSpeakers.has(speaker)));
      if (newSpeakers.size === 0) local.set(text, false);
      else if (newSpeakers.size === 1 && newVersionStaysLocal(text, [...newSpeakers][0]!)) local.set(text, true);
    }
    return local;
  }

  /** Gives the group new members when its id stays the same; false when it would not (regroup instead). */
  private reshape(group: GroupRecord, members: QuoteRecord[], changed: Set<string>): boolean {
    const base = baseIdOf(group);
    if (baseIdOf({ ...group, members }) !== base) return false;
    // Groups sharing a base are numbered in order of their first member (see assignIds).
    if (members[0] !== group.members[0] && (this.groupsByBase.get(base)?.size ?? 0) > 1) return false;
    group.members = members;
    changed.add(group.id);
    return true;
  }

  /** A wording to regroup for a reason that can reach beyond its own links (never a local change). */
  private markDirty(text: string): void {
    this.dirty.add(text);
    this.structural.add(text);
  }

  private dissolve(group: GroupRecord, changed: Set<string>): void {
    const touchedBases = new Set<string>();
    for (const member of group.members) if (this.groupOfQuote.get(member.id) === group) this.versionOfQuote.delete(member.id);
    this.forgetGroup(group, changed, touchedBases);
    for (const base of touchedBases) this.assignIds(base, changed);
  }

  private markStale(group: GroupRecord): void {
    this.stale.add(group);
    for (const member of group.members) this.markDirty(wordingKey(member));
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
    if (quote) this.markDirty(wordingKey(quote));
    const old = this.groupOfQuote.get(id);
    if (old) this.markStale(old);
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
    const text = wordingKey(quote);
    const existing = this.wordings.get(text);
    if (existing) {
      existing.members.add(quote.id);
      this.appended.set(text, [...(this.appended.get(text) ?? []), quote.id]);
      return;
    }
    this.dirty.add(text);
    this.fresh.add(text);
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
    const text = wordingKey(quote);
    const wording = this.wordings.get(text);
    if (!wording) return;
    wording.members.delete(quote.id);
    // What the quote's removal does to groups is settleRemovals' business (its old group, if any).
    if (wording.members.size > 0) return;
    this.post(wording, false);
    for (const other of this.links.get(text)?.keys() ?? []) this.links.get(other)?.delete(text);
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
