/**
 * Word-level comparison of a quote group's versions with its longest version, using
 * jsdiff's array diff (Myers' algorithm) over word tokens compared by normalized form,
 * so case, punctuation and British/American spelling do not count as changes.
 */
import { diffArrays } from 'diff';
import type { QuoteVariant, QuoteVariantRelation } from '../model';
import type { GroupRecord, QuoteRecord } from './quoteGraph';
import { quoteWords, type QuoteFeatures } from './quoteMatch';
import { isStopword, type WordToken } from './words';

/** The empty list of every version that adds, drops or changes nothing (see shared). */
const NOTHING: never[] = Object.freeze([]) as never[];

/**
 * Word diffs by (reference wording, version wording). A statement repeated verbatim in many
 * sources is diffed once per wording, and a group that grows by one member re-diffs only the
 * new wording, not the whole group.
 */
export class DiffCache {
  /** reference wording -> version wording -> diff: two look-ups of strings whose hashes V8 keeps, no joined key per member. */
  private readonly diffs = new Map<string, Map<string, WordDiff>>();
  private size = 0;
  /** The words of the last reference diffed: a group's versions are diffed with its longest one after another. */
  private reference: { features: QuoteFeatures; words: WordToken[] } | null = null;

  constructor(private readonly capacity = 100_000) {}

  diff(reference: QuoteRecord, version: QuoteRecord): WordDiff {
    // The same words (two in three versions a 10,000-article folder compares): nothing to tokenize,
    // diff or keep.
    if (sameWords(reference.features, version.features)) return IDENTICAL;
    let byVersion = this.diffs.get(reference.features.normText);
    let found = byVersion?.get(version.features.normText);
    if (!found) {
      // Dropping everything at the cap keeps memory bounded; the next updates refill what is live.
      if (this.size >= this.capacity) {
        this.diffs.clear();
        this.size = 0;
        byVersion = undefined;
      }
      if (!byVersion) this.diffs.set(reference.features.normText, (byVersion = new Map()));
      if (this.reference?.features !== reference.features) this.reference = { features: reference.features, words: quoteWords(reference.features) };
      found = diffWords(this.reference.words, quoteWords(version.features));
      byVersion.set(version.features.normText, found);
      this.size++;
    }
    return found;
  }

  /**
   * One member compared with its group's longest version; kept on the quote's record while the
   * longest stays the same, so a large group that gains or loses a member does not copy every
   * other one again.
   */
  variant(longest: QuoteRecord, member: QuoteRecord): QuoteVariant {
    if (member.variantOf === longest && member.variant) return member.variant;
    let variant: QuoteVariant;
    // One object literal with every field: `{ ...base, more }` gives each object a hidden class
    // of its own in V8 (~0.5 KB each, tens of thousands of versions in a large folder).
    if (member === longest) variant = { file: member.file, start: member.start, end: member.end, text: member.text, relation: 'longest', added: NOTHING, dropped: NOTHING, changed: NOTHING };
    else {
      const diff = this.diff(longest, member);
      variant = {
        file: member.file,
        start: member.start,
        end: member.end,
        text: member.text,
        relation: diff.relation,
        added: diff.added,
        dropped: diff.dropped,
        changed: diff.changed,
      };
    }
    member.variant = variant;
    member.variantOf = longest;
    return variant;
  }
}

/** The group's versions compared with the longest one (first in `members` order on a tie). */
export function compareVersions(group: GroupRecord, cache: DiffCache = new DiffCache()): QuoteVariant[] {
  const longest = longestMember(group.members);
  return group.members.map((member) => cache.variant(longest, member));
}

export function longestMember(members: readonly QuoteRecord[]): QuoteRecord {
  return members.reduce((a, b) => (b.features.tokenCount > a.features.tokenCount ? b : a));
}

/** What diffWords gives for two quotes of the same words (see sameWords). */
const IDENTICAL: WordDiff = Object.freeze({ relation: 'identical', added: NOTHING, dropped: NOTHING, changed: NOTHING });

/**
 * Do two quotes have the same words, by normal form: the same normText, which is their words
 * joined by spaces, and as many words as that has parts (a word whose normal form holds a space,
 * a ligature's, could otherwise join up to the same text from other words).
 */
function sameWords(a: QuoteFeatures, b: QuoteFeatures): boolean {
  return a.normText === b.normText && a.tokenCount === b.tokenCount && partCount(a.normText) === a.tokenCount;
}

function partCount(joined: string): number {
  let parts = 1;
  for (let at = joined.indexOf(' '); at !== -1; at = joined.indexOf(' ', at + 1)) parts++;
  return parts;
}

/** Longer replaced runs read better as a drop plus an addition than as one "change". */
const MAX_CHANGE_WORDS = 6;

interface WordDiff {
  relation: QuoteVariantRelation;
  added: string[];
  dropped: string[];
  changed: { from: string; to: string }[];
}

/**
 * What `version` adds, drops and changes relative to `reference`. A version that covers
 * only part of the reference (a partial quote) is compared within the stretch it covers:
 * from the first to the last content word they share. Reference words outside that
 * stretch make it "trimmed", not "dropped".
 */
export function diffWords(reference: WordToken[], version: WordToken[]): WordDiff {
  const parts = diffArrays(reference, version, { comparator: (a, b) => a.norm === b.norm });
  // The stretch starts and ends at a shared content word, or at a shared start or end.
  const common = parts.flatMap((p, i) => (!p.added && !p.removed ? [i] : []));
  const anchors = common.filter((i) => i === 0 || i === parts.length - 1 || parts[i]!.value.some((t) => !isStopword(t.norm)));
  const first = anchors[0] ?? 0;
  const last = anchors[anchors.length - 1] ?? parts.length - 1;
  const added: string[] = [];
  const dropped: string[] = [];
  const changed: { from: string; to: string }[] = [];
  let outside = false;
  const words = (tokens: WordToken[]): string => tokens.map((t) => t.text).join(' ');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    const inside = anchors.length > 0 && i > first && i < last;
    if (!inside) {
      // Right at either edge of the stretch, a short run replaced by a short run is a change
      // ("Every drop that leaves" / "Water that leaves").
      const atEdge = i + 2 === first || i === last + 1;
      if (atEdge && part.removed && next?.added && part.count <= MAX_CHANGE_WORDS && next.count <= MAX_CHANGE_WORDS) {
        changed.push({ from: words(part.value), to: words(next.value) });
        i++;
        continue;
      }
      // Otherwise outside the shared stretch only the version's own words count (as additions).
      if (part.added) added.push(words(part.value));
      else if (part.removed) outside = true;
      continue;
    }
    if (part.removed && next?.added && i + 1 < last && part.count <= MAX_CHANGE_WORDS && next.count <= MAX_CHANGE_WORDS) {
      changed.push({ from: words(part.value), to: words(next.value) });
      i++;
    } else if (part.removed) {
      dropped.push(words(part.value));
    } else if (part.added) {
      added.push(words(part.value));
    }
  }
  const relation: QuoteVariantRelation =
    added.length > 0 || changed.length > 0 || dropped.length > 0 ? 'reworded' : outside ? 'trimmed' : 'identical';
  return { relation, added: shared(added), dropped: shared(dropped), changed: shared(changed.map((c) => Object.freeze(c))) };
}

/**
 * A diff's lists go into every version with the same pair of texts (a statement a thousand
 * articles carry has a thousand versions, most of them alike): frozen, not copied per version.
 * Results are read-only; a consumer that writes to one fails loudly instead of changing others.
 */
function shared<T>(items: T[]): T[] {
  return items.length === 0 ? NOTHING : (Object.freeze(items) as T[]);
}
