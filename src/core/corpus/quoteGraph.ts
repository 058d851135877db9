/**
 * Quote groups: quotes linked by `compareQuotes`, grouped when their speakers agree
 * (or one is unknown). Candidate pairs come from postings of content-word keys with
 * prefix filtering (a quote is probed only under its rarest keys), so adding an
 * article compares its quotes with the few quotes that share a rare word, never with
 * the whole folder. Links are pure functions of the two quotes; groups are rebuilt
 * only around what changed, and a quote joining or leaving a version that is already
 * grouped (a statement repeated verbatim) only edits that group's member list.
 */
import { addTo, addToList, removeFrom, removeFromList, sameItems, setLink, type GroupRecord, type QuoteRecord, type Wording } from './quoteGraphState';
import { speakerOfGroup, versionKey, versionsOf, wordingKey, type Version } from './quoteGroups';
import { compareQuotes, mayLink, prefixLength, quoteWords, rarestKeysStart, shorterFirst, type QuoteFeatures } from './quoteMatch';
import { QuoteGraphShortcuts, type LocalChange } from './quoteShortcuts';

export type { GroupRecord, QuoteRecord } from './quoteGraphState';

export class QuoteGraph extends QuoteGraphShortcuts {
  /** Numbers the candidate searches (see candidates). */
  private searches = 0;
  /** What the last candidate search found (see candidates); past `count`, wordings of earlier searches. */
  private readonly found: { wordings: Wording[]; count: number } = { wordings: [], count: 0 };

  setFile(file: string, quotes: QuoteRecord[]): void {
    this.removeFile(file);
    if (quotes.length === 0) return;
    this.byFile.set(file, quotes);
    // Weak links join a one-word quote to the longer quotes of the article containing that word:
    // looked up by word, since a long article can have thousands of quotes. Most articles have no
    // one-word quote, and no need of the look-up.
    const oneWordQuotes = quotes.filter((quote) => quote.features.tokenCount === 1);
    // The longer quotes holding each one-word quote's word, in order, each once.
    const longerByWord = new Map<string, QuoteRecord[]>(oneWordQuotes.map((quote) => [quote.features.normText, []]));
    for (const quote of oneWordQuotes.length > 0 ? quotes : []) {
      if (quote.features.tokenCount < 2) continue;
      for (const norm of normalizedWords(quote.features)) {
        const list = longerByWord.get(norm);
        if (list && list[list.length - 1] !== quote) list.push(quote);
      }
    }
    for (const quote of oneWordQuotes) {
      for (const other of longerByWord.get(quote.features.normText)!) {
        if (!compareQuotes(quote.features, other.features, true)?.weak) continue;
        addTo(this.weak, quote.id, other.id);
        addTo(this.weak, other.id, quote.id);
      }
    }
    for (const quote of quotes) {
      // A one-word quote that is a piece of a longer quote of its article ("not to say flight")
      // goes with that quote, as its own version: the same word in other articles is no link.
      if (quote.features.tokenCount === 1 && this.weak.has(quote.id)) quote.wording = `${quote.features.normText}\u0001${quote.id}`;
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
      this.removed.push({ quote, group: quote.group, version: quote.version, weak: this.weak.has(quote.id) });
      // Ids are positions ("a.txt#3") that the article's new quotes may take: the record leaves ungrouped.
      quote.group = undefined;
      quote.version = undefined;
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
    return this.groupOfId(quoteId);
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
    // A wording's versions, and its speakers, are made once per flush: a wording linked to many
    // others is asked for its speakers once per link, and the region then takes its versions.
    const versionsOfWording = new Map<string, Version[]>();
    const versionsOfText = (text: string): Version[] => {
      let own = versionsOfWording.get(text);
      if (!own) versionsOfWording.set(text, (own = versionsOf(text, this.wordings.get(text)!.members, speakerOfId)));
      return own;
    };
    const speakerSets = new Map<string, Set<string | null>>();
    const speakersOf = (text: string): Set<string | null> => {
      let set = speakerSets.get(text);
      if (!set) speakerSets.set(text, (set = new Set(versionsOfText(text).map((v) => v.speaker))));
      return set;
    };
    // The region: dirty wordings closed under old groups and under links between versions that
    // could share a group; wordings whose change stays local (see localChanges) need only their
    // own links and old groups.
    const versions = new Map<string, Version[]>();
    const seenGroups = new Set<GroupRecord>();
    const local = this.localChanges(speakerOfId, speakersOf);
    this.fresh.clear();
    this.regrown.clear();
    this.structural.clear();
    this.joinOneGroup(local, speakerOfId, changed);
    if (this.dirty.size === 0 && this.stale.size === 0) return changed;
    const seeds = [...this.dirty].filter((text) => !local.has(text));
    this.dirty.clear();
    const collect = (queue: string[]): void => {
      while (queue.length > 0) {
        const text = queue.pop()!;
        const wording = this.wordings.get(text);
        if (versions.has(text) || !wording) continue;
        const own = versionsOfText(text);
        versions.set(text, own);
        for (const id of wording.members) {
          const old = this.groupOfId(id);
          if (old && !seenGroups.has(old)) {
            seenGroups.add(old);
            for (const member of old.members) if (!versions.has(wordingKey(member))) queue.push(wordingKey(member));
          }
          for (const other of this.weak.get(id) ?? []) queue.push(wordingKey(this.quotes.get(other)!));
        }
        for (const other of this.links.get(text)?.keys() ?? []) {
          if (!versions.has(other) && anyCompatible(own, speakersOf(other))) queue.push(other);
        }
      }
    };
    const onlyLocal = seeds.length === 0 && this.stale.size === 0;
    // Closed first, so what the local part reaches is never left without its link closure.
    collect(seeds);
    this.collectLocal(local, versions, seenGroups, speakerOfId);
    const localGroups = onlyLocal ? this.localGroups(local, versions, seenGroups, speakerOfId) : null;
    const touchedBases = new Set<string>();
    // What this regrouping replaces, by id, and what had changed before it (see unchangedRegrouped).
    const replaced = new Map<string, GroupRecord>();
    const changedBefore = new Set(changed);
    const found = localGroups ?? this.regroup(versions);
    // Most of a large regrouped region comes back as it was: such groups stay, not forgotten and made again.
    const unchanged = found.map((versions) => this.unchangedGroup(versions));
    const kept = new Set(unchanged.filter((group) => group !== undefined));
    for (const old of [...this.stale, ...seenGroups]) {
      if (kept.has(old)) continue;
      if (this.groupById.get(old.id) === old) replaced.set(old.id, old);
      this.forgetGroup(old, changed, touchedBases);
    }
    this.stale.clear();
    found.forEach((versions, i) => {
      if (unchanged[i] === undefined) this.installGroup(versions, touchedBases);
    });
    for (const base of touchedBases) this.assignIds(base, changed);
    // A regrouped region mostly comes back as it was: a group under the same id with the same speaker
    // and the same quote records has not changed, and neither its finding nor listeners need to hear.
    for (const [id, old] of replaced) {
      const now = this.groupById.get(id);
      if (!changedBefore.has(id) && now && now.speaker === old.speaker && sameItems(now.members, old.members)) changed.delete(id);
    }
    return changed;
  }

  /** The live group that is exactly these versions (the same quote records, grouped under the same keys), if one is. */
  private unchangedGroup(versions: readonly Version[]): GroupRecord | undefined {
    const old = this.groupOfId(versions[0]!.members[0]!);
    if (!old || this.stale.has(old) || this.groupById.get(old.id) !== old) return undefined;
    let count = 0;
    for (const version of versions) {
      for (const id of version.members) {
        const quote = this.quotes.get(id);
        if (quote?.group !== old || quote.version !== version.key) return undefined;
      }
      count += version.members.length;
    }
    return count === old.members.length && speakerOfGroup(versions) === old.speaker && old.members.every((m) => this.quotes.get(m.id) === m) ? old : undefined;
  }

  /**
   * The region of the local changes, by version rather than by wording: the versions that gained
   * quotes, the versions of linked wordings by the same speaker that a new version joins (the only
   * links it can take, see localChanges), and whole old groups of all of them. Regrouping these
   * versions alone gives what a full regroup gives: every other group's versions keep every link
   * decision they had. Taking whole wordings instead would chain through every speaker's version
   * of a statement quoted across the folder, regrouping much of an archive for one article.
   */
  private collectLocal(local: ReadonlyMap<string, LocalChange>, versions: Map<string, Version[]>, seenGroups: Set<GroupRecord>, speakerOfId: (id: string) => string | null): void {
    const byWording = new Map<string, Map<string, Version>>();
    const versionsOfWording = (text: string): Map<string, Version> => {
      let own = byWording.get(text);
      if (!own) byWording.set(text, (own = new Map(versionsOf(text, this.wordings.get(text)!.members, speakerOfId).map((v) => [v.key, v]))));
      return own;
    };
    const versionOfQuote = (id: string): Version | undefined => {
      const text = wordingKey(this.quotes.get(id)!);
      return versionsOfWording(text).get(versionKey(text, speakerOfId(id)));
    };
    const taken = new Map<string, Map<string, Version>>();
    const pending: Version[] = [];
    const take = (version: Version | undefined): void => {
      // Wordings collected whole (the closed region of the other changes) hold this version already.
      if (!version || versions.has(version.wording)) return;
      let own = taken.get(version.wording);
      if (!own) taken.set(version.wording, (own = new Map()));
      if (own.has(version.key)) return;
      own.set(version.key, version);
      pending.push(version);
    };
    for (const [text, change] of local) {
      if (versions.has(text) || !this.wordings.has(text)) continue;
      const added = new Set(change.added);
      for (const version of versionsOfWording(text).values()) if (version.members.some((id) => added.has(id))) take(version);
      if (change.newSpeaker === undefined) continue;
      for (const other of this.links.get(text)?.keys() ?? []) take(versionsOfWording(other).get(versionKey(other, change.newSpeaker)));
    }
    while (pending.length > 0) {
      for (const id of pending.pop()!.members) {
        const old = this.groupOfId(id);
        if (old && !seenGroups.has(old)) {
          seenGroups.add(old);
          for (const member of old.members) take(versionOfQuote(member.id));
        }
        for (const other of this.weak.get(id) ?? []) take(versionOfQuote(other));
      }
    }
    for (const [text, own] of taken) versions.set(text, [...own.values()]);
  }

  private addToWording(quote: QuoteRecord): void {
    const text = wordingKey(quote);
    const existing = this.wordings.get(text);
    if (existing) {
      existing.members.add(quote.id);
      const appended = this.appended.get(text);
      if (appended) appended.push(quote.id);
      else this.appended.set(text, [quote.id]);
      return;
    }
    this.dirty.add(text);
    this.fresh.add(text);
    const { features } = quote;
    // Fields in this order on purpose: a new quote's candidate search reads thousands of wordings, of
    // most only the mark and what the first test of compareQuotes needs, which V8 then keeps side by
    // side (in a cache line or two) instead of spread over the object.
    const wording: Wording = {
      foundBy: 0,
      tokenCount: features.tokenCount,
      keyCount: features.keyCount,
      keyMask0: features.keyMask0,
      keyMask1: features.keyMask1,
      keyMask2: features.keyMask2,
      keyMask3: features.keyMask3,
      keyMaskBits: features.keyMaskBits,
      longKeyBits: features.longKeyBits,
      keys: features.keys,
      normText: features.normText,
      text,
      features,
      members: new Set([quote.id]),
    };
    this.wordings.set(text, wording);
    const found = this.candidates(wording);
    for (let k = 0; k < found.count; k++) {
      const candidate = found.wordings[k]!;
      const link = compareQuotes(wording, candidate, false);
      if (!link) continue;
      setLink(this.links, text, candidate.text, link);
      setLink(this.links, candidate.text, text, link);
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

  /**
   * Other wordings that could be linked to this one (a superset of the real links), each once: the
   * first `count` of `wordings`, an array kept for the next search (a new quote has thousands of
   * candidates, and a new array each time was ~70 MB of garbage in a 10,000-article load).
   */
  private candidates(wording: Wording): { wordings: Wording[]; count: number } {
    const found = this.found;
    found.count = 0;
    const { keys, keyCount } = wording;
    const first = rarestKeysStart(wording);
    if (wording.tokenCount < 2 || keyCount === 0) return found;
    // Each search marks what it found on the wordings themselves: cheaper than a set of hundreds per new quote.
    const search = ++this.searches;
    wording.foundBy = search;
    // A link must cover most of the shorter quote's keys, so the shorter one's rarest keys (its
    // prefix) meet the other's keys: this wording's prefix finds the longer ones among every
    // wording's keys, and its keys find the shorter ones among every wording's prefix. Each search
    // keeps only its own side: the other side's finds (~45% of a cold load's) could link only if the
    // other search finds them too. A wording the first search passed over as shorter is marked
    // -search, for the second to take without asking again.
    const prefix = prefixLength(wording);
    for (let k = 0; k < prefix; k++) {
      for (const other of this.fullPostings.get(keys[first + k]!) ?? NO_WORDINGS) {
        if (other.foundBy === search || other.foundBy === -search) continue;
        if (!mayLink(wording, other)) {
          other.foundBy = search;
          continue;
        }
        if (shorterFirst(wording, other) > 0) {
          other.foundBy = -search;
          continue;
        }
        other.foundBy = search;
        found.wordings[found.count++] = other;
      }
    }
    for (let k = 0; k < keyCount; k++) {
      for (const other of this.prefixPostings.get(keys[first + k]!) ?? NO_WORDINGS) {
        if (other.foundBy === search) continue;
        if (other.foundBy !== -search && !mayLink(wording, other)) {
          other.foundBy = search;
          continue;
        }
        const shorter = other.foundBy === -search || shorterFirst(wording, other) >= 0;
        other.foundBy = search;
        if (shorter) found.wordings[found.count++] = other;
      }
    }
    return found;
  }

  private post(wording: Wording, add: boolean): void {
    const update = add ? addToList : removeFromList;
    const { keys, keyCount } = wording;
    const first = rarestKeysStart(wording);
    if (wording.tokenCount < 2 || keyCount === 0) return;
    for (let k = 0; k < keyCount; k++) update(this.fullPostings, keys[first + k]!, wording);
    const prefix = prefixLength(wording);
    for (let k = 0; k < prefix; k++) update(this.prefixPostings, keys[first + k]!, wording);
  }
}

const NO_WORDINGS: readonly Wording[] = [];

/** A quote's words, normalized: read from its normText unless a word's normal form has a space of its own (a ligature's). */
function normalizedWords(features: QuoteFeatures): string[] {
  const split = features.normText.split(' ');
  return split.length === features.tokenCount ? split : quoteWords(features).map((t) => t.norm);
}

/** Could a version of `own` share a group with a quote by one of `theirs`? (see compatible) */
function anyCompatible(own: readonly Version[], theirs: ReadonlySet<string | null>): boolean {
  if (own.length === 0 || theirs.size === 0) return false;
  if (theirs.has(null)) return true;
  return own.some((v) => v.speaker === null || theirs.has(v.speaker));
}
