/**
 * One copy of each repeated string in the analyses the index keeps. A folder names the same people
 * and places thousands of times, and analyses made in worker threads arrive as structured-clone
 * copies in which every mention's text, type and canonical form is a string of its own.
 */
import { ENTITY_TYPES, QUOTE_KINDS, type ArticleAnalysis } from '../model';
import { OffsetMap } from '../text/offsets';

/** Past this many distinct strings the table starts over: sharing saves memory, it is never needed for correctness. */
const MAX_STRINGS = 1 << 20;
const NO_ITEMS: readonly never[] = Object.freeze([]);

export class SharedStrings {
  private readonly strings = new Map<string, string>();
  /** One-item lists by their item (a Map tells 3 from "3"). */
  private readonly singles = new Map<string | number, readonly (string | number)[]>();
  /** Lists of several names by their items joined. */
  private readonly lists = new Map<string, readonly string[]>();

  of(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    if (this.strings.size >= MAX_STRINGS) this.strings.clear();
    this.strings.set(value, value);
    return value;
  }

  /**
   * One frozen copy of each list of names, and of each one-item list of indices: most local
   * entities have one surface form and one mention, and the same ones ("Putin" at mention 3) recur
   * across a folder's articles. Longer index lists are an article's own and are not looked up.
   */
  list<T extends string | number>(items: readonly T[]): readonly T[] {
    if (items.length === 0) return NO_ITEMS as readonly T[];
    if (items.length === 1) {
      const item = items[0]!;
      let known = this.singles.get(item);
      if (known === undefined) {
        if (this.singles.size >= MAX_STRINGS) this.singles.clear();
        known = Object.freeze([typeof item === 'string' ? this.of(item) : item]);
        this.singles.set(item, known);
      }
      return known as readonly T[];
    }
    if (typeof items[0] === 'number') return Object.freeze(items.slice());
    const key = items.join('\u0000');
    let known = this.lists.get(key);
    if (known === undefined) {
      if (this.lists.size >= MAX_STRINGS) this.lists.clear();
      known = Object.freeze(items.map((item) => this.of(item as string)));
      this.lists.set(key, known);
    }
    return known as readonly T[];
  }

  /**
   * Replaces, in place, the strings of an analysis the index takes over by equal shared ones: names
   * by the table's copy, quotes by slices of the article text (which the index keeps anyway). Its
   * mention and quote objects are replaced by equal ones.
   */
  shareAnalysis(analysis: ArticleAnalysis, text: string): ArticleAnalysis {
    // Each mention and quote is made anew as a literal: a structured-clone copy keeps its fields in a
    // separate property array (~40 bytes more per mention, and a folder keeps hundreds of thousands).
    const mentions = analysis.mentions;
    for (let i = 0; i < mentions.length; i++) {
      const { start, end, text: surface, type, canonical } = mentions[i]!;
      const shared = this.of(surface);
      mentions[i] = {
        start,
        end,
        text: shared,
        type: ENTITY_TYPES.find((known) => known === type) ?? type,
        // Most names are written as their canonical form: one look-up for both.
        canonical: canonical === shared ? shared : this.of(canonical),
      };
    }
    // Offsets are code points: they index the UTF-16 text directly only when it has no astral characters.
    const offsetsAreUtf16 = new OffsetMap(text).isIdentity;
    const quotes = analysis.quotes;
    for (let i = 0; i < quotes.length; i++) {
      const { start, end, text: quoted, kind, speakerMention } = quotes[i]!;
      const slice = offsetsAreUtf16 ? text.slice(start, end) : null;
      quotes[i] = { start, end, text: slice === quoted ? slice : quoted, kind: QUOTE_KINDS.find((known) => known === kind) ?? kind, speakerMention };
    }
    const metadata = analysis.metadata;
    if (metadata.outlet !== null) metadata.outlet = this.of(metadata.outlet);
    metadata.authors = metadata.authors.map((author) => this.of(author));
    return analysis;
  }
}
