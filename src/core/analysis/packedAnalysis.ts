/**
 * An analysis in the form it crosses a thread boundary: names (each once) and quotes in one table of
 * strings, mentions and quotes as rows of integers, all in typed arrays that are sent by transfer.
 * A structured-clone copy of the plain analysis writes and reads every mention as an object with
 * five named fields (the receiving thread, which builds the index of a large folder, spent more
 * time reading them than on anything but linking), and every repeated name as a string of its own;
 * and what waits there to be indexed sits in that thread's heap, which copies it from one
 * generation to the next. Typed arrays wait outside it.
 */
import { ENTITY_TYPES, QUOTE_KINDS, type ArticleAnalysis, type ArticleMetadata, type LocalMention, type LocalQuote } from '../model';
import { stringOfCodeUnits } from '../text/codeUnits';

export interface PackedAnalysis {
  metadata: ArticleMetadata;
  /** The distinct mention texts and canonical forms, and the quote texts, joined, as UTF-16 code units (lone surrogates too). */
  stringUnits: Uint16Array;
  /** Where each string ends in stringUnits, ascending. */
  stringEnds: Int32Array;
  /** MENTION_FIELDS integers per mention: start, end, text (index into the strings), type (into ENTITY_TYPES), canonical. */
  mentions: Int32Array;
  /** QUOTE_FIELDS integers per quote: start, end, text, kind (into QUOTE_KINDS), speaker mention (-1: none). */
  quotes: Int32Array;
}

/** The buffers of a packed analysis, to send by transfer (postMessage's transfer list). */
export function transferablesOf(packed: PackedAnalysis): ArrayBuffer[] {
  return [packed.stringUnits, packed.stringEnds, packed.mentions, packed.quotes].map((array) => array.buffer as ArrayBuffer);
}

const MENTION_FIELDS = 5;
const QUOTE_FIELDS = 5;

export function packAnalysis(analysis: ArticleAnalysis): PackedAnalysis {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const stringIndex = (value: string): number => {
    let index = indexOf.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indexOf.set(value, index);
    }
    return index;
  };
  // Each row written in place: a row made as an array and copied in (TypedArray.set from an array) was
  // ~3% of a cold load's worker, the thread a 2-core load waits for.
  const mentions = new Int32Array(analysis.mentions.length * MENTION_FIELDS);
  analysis.mentions.forEach((m, i) => {
    const at = i * MENTION_FIELDS;
    mentions[at] = m.start;
    mentions[at + 1] = m.end;
    const textIndex = stringIndex(m.text);
    mentions[at + 2] = textIndex;
    mentions[at + 3] = knownIndex(ENTITY_TYPES, m.type, 'value');
    // (Three mentions in four are their canonical form: one look-up.)
    mentions[at + 4] = m.canonical === m.text ? textIndex : stringIndex(m.canonical);
  });
  const quotes = new Int32Array(analysis.quotes.length * QUOTE_FIELDS);
  analysis.quotes.forEach((q, i) => {
    const at = i * QUOTE_FIELDS;
    quotes[at] = q.start;
    quotes[at + 1] = q.end;
    // (Not looked up: a quote's text is seldom another string's; packing took ~0.8x the time without hashing them.)
    quotes[at + 2] = strings.push(q.text) - 1;
    quotes[at + 3] = knownIndex(QUOTE_KINDS, q.kind, 'value');
    quotes[at + 4] = q.speakerMention ?? -1;
  });
  const joined = strings.join('');
  const stringUnits = new Uint16Array(joined.length);
  for (let i = 0; i < joined.length; i++) stringUnits[i] = joined.charCodeAt(i);
  const stringEnds = new Int32Array(strings.length);
  let end = 0;
  strings.forEach((value, i) => (stringEnds[i] = end += value.length));
  return { metadata: analysis.metadata, stringUnits, stringEnds, mentions, quotes };
}

/**
 * Lets a packed analysis' memory go now, once it has been unpacked; the analysis is unusable after.
 * Its buffers came from another thread and waited their turn long enough for their wrappers to
 * reach V8's old generation, where they wait for a full collection: ~30 MB of a 10,000-article
 * cold load was such buffers at its peak. Detached (moved into a copy that nothing keeps), their
 * memory goes at the next minor collection.
 */
export function releasePackedAnalysis(analysis: ArticleAnalysis | PackedAnalysis): void {
  if (isPackedAnalysis(analysis) && typeof structuredClone === 'function') structuredClone(undefined, { transfer: transferablesOf(analysis) });
}

/** Is this analysis packed (see packAnalysis)? */
export function isPackedAnalysis(analysis: ArticleAnalysis | PackedAnalysis): analysis is PackedAnalysis {
  return 'stringUnits' in analysis;
}

/**
 * The plain analysis. `share` gives each distinct name and quote text the copy to keep (once per
 * string of the packed table, which repeated names share; see SharedStrings).
 */
export function unpackAnalysis(packed: PackedAnalysis, share?: (value: string) => string): ArticleAnalysis {
  const { mentions: m, quotes: q } = packed;
  const strings = share ? stringsOf(packed).map(share) : stringsOf(packed);
  const mentions: LocalMention[] = new Array(m.length / MENTION_FIELDS);
  for (let i = 0, at = 0; at < m.length; i++, at += MENTION_FIELDS) {
    mentions[i] = { start: m[at]!, end: m[at + 1]!, text: strings[m[at + 2]!]!, type: ENTITY_TYPES[m[at + 3]!]!, canonical: strings[m[at + 4]!]! };
  }
  const quotes: LocalQuote[] = new Array(q.length / QUOTE_FIELDS);
  for (let i = 0, at = 0; at < q.length; i++, at += QUOTE_FIELDS) {
    const speaker = q[at + 4]!;
    quotes[i] = { start: q[at]!, end: q[at + 1]!, text: strings[q[at + 2]!]!, kind: QUOTE_KINDS[q[at + 3]!]!, speakerMention: speaker < 0 ? null : speaker };
  }
  return { metadata: packed.metadata, mentions, quotes };
}

/** The index of `value` in a fixed list (ENTITY_TYPES, QUOTE_KINDS) it is packed as; an error for a value not in it. */
export function knownIndex<T>(known: readonly T[], value: T, what: string): number {
  const index = known.indexOf(value);
  if (index < 0) throw new Error(`cannot pack unknown ${what} ${String(value)}`);
  return index;
}

function stringsOf(packed: PackedAnalysis): string[] {
  // (~75 k instructions an article on the index's thread the slow way: see stringOfCodeUnits.)
  const joined = stringOfCodeUnits(packed.stringUnits);
  const strings: string[] = new Array(packed.stringEnds.length);
  let start = 0;
  packed.stringEnds.forEach((end, i) => {
    strings[i] = joined.slice(start, end);
    start = end;
  });
  return strings;
}
