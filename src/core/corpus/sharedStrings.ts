/**
 * One copy of each repeated string in the analyses the index keeps. A folder names the same people
 * and places thousands of times and quotes the same statements in many articles, and each analysis
 * made in a worker thread arrives with strings of its own.
 */
import { unpackAnalysis, type PackedAnalysis } from '../analysis/packedAnalysis';
import { ENTITY_TYPES, QUOTE_KINDS, type ArticleAnalysis, type ArticleMetadata } from '../model';
import { ownCopy } from '../text/ownCopy';

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
    const own = ownCopy(value);
    this.strings.set(own, own);
    return own;
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
   * Replaces, in place, the names and quotes of an analysis the index takes over by the table's equal
   * copy. (Analyses from worker threads arrive packed and are unpacked into plain literals; see
   * packedAnalysis. A structured-clone copy of a plain analysis would keep each mention's fields in
   * a separate property array, ~40 bytes more per mention.)
   */
  shareAnalysis(analysis: ArticleAnalysis): ArticleAnalysis {
    for (const mention of analysis.mentions) {
      mention.text = this.of(mention.text);
      mention.type = ENTITY_TYPES.find((type) => type === mention.type) ?? mention.type;
      // Most names are written as their canonical form: one look-up for both.
      mention.canonical = mention.canonical === mention.text ? mention.text : this.of(mention.canonical);
    }
    // Quotes too: outlets repeat wire copy word for word. (Not slices of the article text: a slice
    // would keep the whole text in the heap, where the index keeps UTF-8 bytes; see storedText.)
    for (const quote of analysis.quotes) {
      quote.text = this.of(quote.text);
      quote.kind = QUOTE_KINDS.find((kind) => kind === quote.kind) ?? quote.kind;
    }
    this.shareMetadata(analysis.metadata);
    return analysis;
  }

  /** A packed analysis (from a worker) unpacked with the table's copies: each distinct string looked up once. */
  unpack(packed: PackedAnalysis): ArticleAnalysis {
    const analysis = unpackAnalysis(packed, (value) => this.of(value));
    this.shareMetadata(analysis.metadata);
    return analysis;
  }

  private shareMetadata(metadata: ArticleMetadata): void {
    if (metadata.outlet !== null) metadata.outlet = this.of(metadata.outlet);
    metadata.authors = metadata.authors.map((author) => this.of(author));
  }
}
