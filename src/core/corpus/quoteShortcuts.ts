/**
 * The shortcuts that keep an update proportional to its change: a quote that comes back
 * unchanged, joins or leaves a version that already has a group, leaves a one-speaker group, or
 * forms a new version that cannot reach beyond its own links is settled without regrouping its
 * neighbourhood (and, where its quotes all join one group, without reading that group's versions).
 * Each shortcut is exact: property tests compare the result with a full rescan.
 */
import { DisjointSets } from './disjointSets';
import { firstWeakPartner, holdsTwoQuotes, insertSorted, speakerOfVersion, versionKey, wordingKey, type Version } from './quoteGroups';
import { addToList, QuoteGraphState, type GroupRecord, type QuoteRecord, type Removal } from './quoteGraphState';

/** A wording's change that stays local: the quotes it gained, and the speaker of the new version they form, if any. */
export interface LocalChange {
  added: readonly string[];
  newSpeaker?: string;
}

export abstract class QuoteGraphShortcuts extends QuoteGraphState {
  /**
   * An article re-set with a quote it already had (same words, same speaker's name node) — the
   * common case while someone edits elsewhere in the article: the new record takes the old one's
   * place in its group. Its wording's links are rebuilt identical (they depend only on the words).
   */
  protected carryOver(changed: Set<string>): void {
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
      this.setGrouping(quote.id, removal.group, removal.version!);
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

  /**
   * A quote leaving a version that keeps other members in its group changes nothing but that
   * group's member list: versions and the links between them stay, so grouping would come out
   * the same. (In a large folder one statement can have hundreds of versions to regroup.)
   */
  protected settleRemovals(changed: Set<string>): void {
    for (const { quote, group, version } of this.removed) {
      // An ungrouped quote's version stood alone: every link it had was refused, so taking it
      // away changes no group.
      if (!group) continue;
      const live = this.groupById.get(group.id) === group && !this.stale.has(group);
      // A one-word quote of its own hangs on the longer quote of its article: a leaf, whose going
      // changes no other link (see groupRegion); anything else may go alone only if another
      // quote keeps its version alive.
      const leaf = quote.wording !== undefined;
      const sibling = leaf || (version !== undefined && group.members.some((m) => m !== quote && this.quotes.get(m.id) === m && m.version === version));
      if (live && sibling && group.members.length === 2) {
        // Its version lives on in the other member, alone now: below two members it is no group.
        this.dissolve(group, changed);
        continue;
      }
      if (live && !sibling && this.regroupWithout(group, quote, version, changed)) continue;
      if (!live || !sibling || group.members.length <= 2 || !this.reshape(group, group.members.filter((m) => m !== quote), changed)) {
        this.markDirty(wordingKey(quote));
        this.markStale(group);
      }
    }
    this.removed = [];
  }

  /**
   * A quote that takes its version away with it, from a group whose versions are all one known
   * speaker's: only that group can change, so only its own versions are regrouped. (Grouping
   * takes links best first and never gives a group two known speakers. Every version outside
   * linked to this group's was refused it, so its set had another known speaker by then; the
   * group's remaining versions, all by the same speaker, meet those sets the same way in the same
   * order, so every other group forms as it did.) Otherwise the removal regroups the whole
   * link-connected region, which in an archive of one story can be most of its quotes.
   */
  private regroupWithout(group: GroupRecord, removed: QuoteRecord, version: string | undefined, changed: Set<string>): boolean {
    const speaker = group.speaker;
    if (speaker === null || version === undefined || speakerOfVersion(version) !== speaker) return false;
    const byWording = new Map<string, Version[]>();
    const versionByKey = new Map<string, Version>();
    for (const member of group.members) {
      if (member === removed) continue;
      const key = member.version;
      if (this.quotes.get(member.id) !== member || key === undefined || speakerOfVersion(key) !== speaker) return false;
      let own = versionByKey.get(key);
      if (!own) {
        const wording = wordingKey(member);
        versionByKey.set(key, (own = { key, wording, speaker, members: [] }));
        addToList(byWording, wording, own);
      }
      own.members.push(member.id);
    }
    const found = this.regroup(byWording);
    const touchedBases = new Set<string>();
    this.forgetVersions(group);
    this.forgetGroup(group, changed, touchedBases);
    for (const versions of found) this.installGroup(versions, touchedBases);
    for (const base of touchedBases) this.assignIds(base, changed);
    return true;
  }

  /** A quote joining a wording that already has a grouped version with its speaker joins that group. */
  protected settleAppends(changed: Set<string>): void {
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
          const group = other === id ? undefined : this.groupOfId(other);
          if (group && this.groupById.get(group.id) === group && !this.stale.has(group) && speakerOfId(other) === speaker) {
            target = group;
            quote.version = this.versionOfId(other)!;
            break;
          }
        }
        const members = target && insertSorted(target.members, quote);
        if (!target || this.weak.has(id) || !this.reshape(target, members!, changed)) {
          quote.version = undefined;
          this.dirty.add(text);
          this.regrown.set(text, ids);
          break;
        }
        quote.group = target;
      }
    }
    this.appended.clear();
  }

  /**
   * The changed wordings whose change cannot reach beyond their own links and old groups, with
   * whether they gained a new version. A quote joining a version that already exists (same
   * wording and speaker) leaves every link between versions as it was. A new version said by a
   * known speaker S, in a wording and linked to wordings without unknown-speaker quotes, can only
   * join groups whose versions are all S (or stand alone), which cannot change how any other
   * group forms. Everything else needs the link-connected neighbourhood regrouped, which in an
   * archive of one topic can hold thousands of quotes.
   */
  protected localChanges(speakerOfId: (id: string) => string | null, speakersOf: (text: string) => Set<string | null>): Map<string, LocalChange> {
    const local = new Map<string, LocalChange>();
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
      // of its article it is part of, which adds no speaker and bridges nothing (see groupRegion).
      if (wording && wording.text !== wording.features.normText) local.set(text, { added: [...wording.members] });
      else if (wording && speakers!.size === 1 && newVersionStaysLocal(text, [...speakers!][0]!)) local.set(text, { added: [...wording.members], newSpeaker: [...speakers!][0]! });
    }
    for (const [text, ids] of this.regrown) {
      const wording = this.wordings.get(text);
      if (!wording || this.structural.has(text)) continue;
      const added = new Set(ids);
      const oldSpeakers = new Set([...wording.members].filter((id) => !added.has(id)).map(speakerOfId));
      const newSpeakers = new Set(ids.map(speakerOfId).filter((speaker) => !oldSpeakers.has(speaker)));
      if (newSpeakers.size === 0) local.set(text, { added: ids });
      else if (newSpeakers.size === 1 && newVersionStaysLocal(text, [...newSpeakers][0]!)) local.set(text, { added: ids, newSpeaker: [...newSpeakers][0]! });
    }
    return local;
  }

  /**
   * Local changes (see localChanges) whose quotes all go to one existing group join it in place,
   * as settleAppends does, without taking that group's versions (thousands, for a statement a
   * large folder carries): quotes joining a grouped version; a new version by a known speaker
   * whose links to versions by that speaker all lead into one group; a one-word quote whose first
   * weak link (see localGroups) leads into one. Longer wordings go first: a one-word quote follows
   * the quote of its article it is part of. What cannot be settled so stays for the regroup.
   */
  protected joinOneGroup(local: Map<string, LocalChange>, speakerOfId: (id: string) => string | null, changed: Set<string>): void {
    const added = addedQuotes(local);
    const oneWord = (text: string): boolean => this.wordings.get(text)!.text !== this.wordings.get(text)!.features.normText;
    const entries = [...local].sort(([a], [b]) => Number(oneWord(a)) - Number(oneWord(b)));
    for (const [text, change] of entries) {
      const speakers = new Set(change.added.map(speakerOfId));
      if (speakers.size !== 1) continue;
      const speaker = [...speakers][0]!;
      // A weak link to a quote that was there before can move that quote (see localGroups).
      if (change.added.some((id) => [...(this.weak.get(id) ?? [])].some((other) => !added.has(other)))) continue;
      const target = this.joinTarget(text, change, speaker, oneWord(text), speakerOfId);
      if (target === undefined) continue;
      if (target !== null) {
        // A quote settleAppends placed before it met one it could not is in its group already.
        const joining = change.added.filter((id) => this.groupOfId(id) !== target);
        if (joining.some((id) => this.groupOfId(id) !== undefined)) continue;
        let members = target.members;
        for (const id of joining) members = insertSorted(members, this.quotes.get(id)!);
        if (!this.reshape(target, members, changed)) continue;
        for (const id of joining) this.setGrouping(id, target, versionKey(text, speaker));
      }
      local.delete(text);
      this.dirty.delete(text);
    }
  }

  /** The live group a local change's quotes join; null when they form no group (a lone quote); undefined when it takes a regroup to tell. */
  private joinTarget(text: string, change: LocalChange, speaker: string | null, oneWord: boolean, speakerOfId: (id: string) => string | null): GroupRecord | null | undefined {
    const live = (group: GroupRecord | undefined): GroupRecord | undefined => (group && this.groupById.get(group.id) === group && !this.stale.has(group) ? group : undefined);
    if (oneWord) {
      const [id] = change.added;
      if (change.added.length !== 1 || !this.weak.has(id!)) return undefined;
      const partners = [...this.weak.get(id!)!].map((other) => ({ id: other, key: versionKey(wordingKey(this.quotes.get(other)!), speakerOfId(other)) }));
      const first = firstWeakPartner(versionKey(text, speaker), partners, id!, speaker);
      if (first === null) return null;
      const partner = partners.find((p) => p.key === first)!;
      return live(this.groupOfId(partner.id));
    }
    if (change.newSpeaker === undefined) {
      // Quotes joining a version that has others: the group those are in.
      const added = new Set(change.added);
      const other = [...this.wordings.get(text)!.members].find((id) => !added.has(id) && speakerOfId(id) === speaker);
      return other === undefined ? undefined : live(this.groupOfId(other));
    }
    // A new version: every version by its speaker that it links to must be in one group.
    let target: GroupRecord | undefined;
    for (const [other, link] of this.links.get(text) ?? []) {
      if (link.weak) continue;
      for (const id of this.wordings.get(other)?.members ?? []) {
        if (speakerOfId(id) !== speaker) continue;
        const group = live(this.groupOfId(id));
        if (!group || (target && group !== target)) return undefined;
        target = group;
      }
    }
    // Linked to none: alone, and a group of its own only with two quotes or more (the regroup makes it).
    if (!target) return change.added.length < 2 ? null : undefined;
    return target;
  }

  /**
   * The groups of a region of local changes only (see localChanges), without regrouping it: its
   * old groups stay whole, and each new version joins the groups of the versions by its speaker
   * that it links to. Grouping takes links best first and refuses only those that would give a
   * group two known speakers; links between one speaker's versions are always taken, so adding
   * them merges what they join and changes no other decision. (A large folder's statement can
   * have a group of thousands of quotes, which a regroup would read link by link for one new
   * version.) A one-word quote added with the longer quotes of its article it is part of (an
   * article set again) joins the version of the first of its weak links in grouping order, as a
   * regroup would. Null when a weak link joins an added quote to one that was there before.
   */
  protected localGroups(local: ReadonlyMap<string, LocalChange>, versions: ReadonlyMap<string, Version[]>, oldGroups: ReadonlySet<GroupRecord>, speakerOfId: (id: string) => string | null): Version[][] | null {
    const added = addedQuotes(local);
    for (const id of added) for (const other of this.weak.get(id) ?? []) if (!added.has(other)) return null;
    const byKey = new Map<string, Version>();
    for (const own of versions.values()) for (const v of own) byKey.set(v.key, v);
    const sets = new DisjointSets(byKey.keys());
    for (const old of oldGroups) {
      const keys = old.members.map((member) => versionKey(wordingKey(member), speakerOfId(member.id)));
      // collectLocal takes old groups whole; a version it did not take means the region is not what this assumes.
      if (!keys.every((key) => sets.has(key))) return null;
      for (const key of keys) sets.union(keys[0]!, key);
    }
    const keyOf = (id: string): string => versionKey(wordingKey(this.quotes.get(id)!), speakerOfId(id));
    for (const id of added) {
      if (this.quotes.get(id)!.wording === undefined || !this.weak.has(id)) continue;
      const own = keyOf(id);
      const first = firstWeakPartner(own, [...this.weak.get(id)!].map((other) => ({ id: other, key: keyOf(other) })), id, speakerOfId(id));
      if (first === null) continue;
      if (!sets.has(own) || !sets.has(first)) return null;
      sets.union(own, first);
    }
    for (const [text, change] of local) {
      if (change.newSpeaker === undefined) continue;
      const own = versionKey(text, change.newSpeaker);
      for (const [other, link] of this.links.get(text) ?? []) {
        const theirs = versionKey(other, change.newSpeaker);
        if (!link.weak && sets.has(theirs)) sets.union(own, theirs);
      }
    }
    return sets
      .groups()
      .map((keys) => keys.map((key) => byKey.get(key)!))
      .filter(holdsTwoQuotes);
  }
}

function addedQuotes(local: ReadonlyMap<string, LocalChange>): Set<string> {
  const added = new Set<string>();
  for (const change of local.values()) for (const id of change.added) added.add(id);
  return added;
}
