/**
 * Word-level comparison of a quote group's versions with its longest version, using
 * jsdiff's array diff (Myers' algorithm) over word tokens compared by normalized form,
 * so case, punctuation and British/American spelling do not count as changes.
 */
import { diffArrays } from 'diff';
import type { QuoteVariant, QuoteVariantRelation } from '../model';
import type { GroupRecord, QuoteRecord } from './quoteGraph';
import type { WordToken } from './words';

/** The group's versions compared with the longest one (first in `members` order on a tie). */
export function compareVersions(group: GroupRecord): QuoteVariant[] {
  const longest = longestMember(group.members);
  return group.members.map((member) => {
    const base = { file: member.file, start: member.start, end: member.end, text: member.text };
    if (member === longest) return { ...base, relation: 'longest', added: [], dropped: [], changed: [] };
    return { ...base, ...diffWords(longest.features.tokens, member.features.tokens) };
  });
}

export function longestMember(members: readonly QuoteRecord[]): QuoteRecord {
  return members.reduce((a, b) => (b.features.tokens.length > a.features.tokens.length ? b : a));
}

/** Longer replaced runs read better as a drop plus an addition than as one "change". */
const MAX_CHANGE_WORDS = 6;

interface WordDiff {
  relation: QuoteVariantRelation;
  added: string[];
  dropped: string[];
  changed: { from: string; to: string }[];
}

/** What `version` adds, drops and changes relative to `reference`. */
export function diffWords(reference: WordToken[], version: WordToken[]): WordDiff {
  const parts = diffArrays(reference, version, { comparator: (a, b) => a.norm === b.norm });
  const added: string[] = [];
  const dropped: string[] = [];
  const changed: { from: string; to: string }[] = [];
  let interiorDrop = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    const words = part.value.map((t) => t.text).join(' ');
    if (part.removed && next?.added && part.count <= MAX_CHANGE_WORDS && next.count <= MAX_CHANGE_WORDS) {
      changed.push({ from: words, to: next.value.map((t) => t.text).join(' ') });
      i++;
    } else if (part.removed) {
      dropped.push(words);
      if (i > 0 && i < parts.length - 1) interiorDrop = true;
    } else if (part.added) {
      added.push(words);
    }
  }
  const relation: QuoteVariantRelation =
    added.length === 0 && changed.length === 0 ? (dropped.length === 0 ? 'identical' : interiorDrop ? 'reworded' : 'trimmed') : 'reworded';
  return { relation, added, dropped, changed };
}
