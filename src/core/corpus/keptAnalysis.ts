/**
 * An article's analysis as the index keeps it between changes. Mentions and quotes are rows of
 * integers with their texts beside them, not an object each: a folder of 10,000 articles has more
 * than 600,000 mentions and 130,000 quotes, and as objects the mentions were a sixth of the index's
 * heap (~70 bytes each; ~25 here) and the quotes half of what kept analyses held.
 * What is read of them after linking is little (a source's report, a finding's spans), and those
 * readers use the accessors; the rare re-link of an article (a date anchor or the registry changed)
 * unpacks it again.
 */
import { knownIndex } from '../analysis/packedAnalysis';
import { ENTITY_TYPES, QUOTE_KINDS, type ArticleAnalysis, type ArticleMetadata, type EntityType, type LocalMention, type LocalQuote } from '../model';

/** Integers per mention: start, end, type (into ENTITY_TYPES), canonical (-1: the mention's own text; else into `canonicals`). */
const FIELDS = 4;
/** Integers per quote, after the mentions' rows: start, end, kind (into QUOTE_KINDS), speaker mention (-1: none). */
const QUOTE_FIELDS = 4;

export class KeptAnalysis {
  readonly mentionCount: number;
  readonly quoteCount: number;

  private constructor(
    readonly metadata: ArticleMetadata,
    private readonly rows: Int32Array,
    private readonly texts: readonly string[],
    /** The canonical forms that differ from their mention's text ("Vladimir Putin" for "Putin"), each once. */
    private readonly canonicals: readonly string[],
    private readonly quoteTexts: readonly string[],
  ) {
    this.mentionCount = texts.length;
    this.quoteCount = quoteTexts.length;
  }

  /** Keeps an analysis; the strings are the analysis' own (the index has already shared them). */
  static of(analysis: ArticleAnalysis): KeptAnalysis {
    const { mentions, quotes } = analysis;
    const rows = new Int32Array(mentions.length * FIELDS + quotes.length * QUOTE_FIELDS);
    const texts: string[] = new Array(mentions.length);
    const canonicals: string[] = [];
    const canonicalIndex = new Map<string, number>();
    mentions.forEach((mention, i) => {
      const at = i * FIELDS;
      rows[at] = mention.start;
      rows[at + 1] = mention.end;
      rows[at + 2] = knownIndex(ENTITY_TYPES, mention.type, 'entity type');
      texts[i] = mention.text;
      if (mention.canonical === mention.text) rows[at + 3] = -1;
      else {
        let index = canonicalIndex.get(mention.canonical);
        if (index === undefined) canonicalIndex.set(mention.canonical, (index = canonicals.push(mention.canonical) - 1));
        rows[at + 3] = index;
      }
    });
    const quoteTexts: string[] = new Array(quotes.length);
    quotes.forEach((quote, i) => {
      const at = mentions.length * FIELDS + i * QUOTE_FIELDS;
      rows[at] = quote.start;
      rows[at + 1] = quote.end;
      rows[at + 2] = knownIndex(QUOTE_KINDS, quote.kind, 'quote kind');
      rows[at + 3] = quote.speakerMention ?? -1;
      quoteTexts[i] = quote.text;
    });
    return new KeptAnalysis(analysis.metadata, rows, texts, canonicals, quoteTexts);
  }

  start(index: number): number {
    return this.rows[index * FIELDS]!;
  }

  end(index: number): number {
    return this.rows[index * FIELDS + 1]!;
  }

  text(index: number): string {
    return this.texts[index]!;
  }

  type(index: number): EntityType {
    return ENTITY_TYPES[this.rows[index * FIELDS + 2]!]!;
  }

  canonical(index: number): string {
    const at = this.rows[index * FIELDS + 3]!;
    return at < 0 ? this.texts[index]! : this.canonicals[at]!;
  }

  /** The canonical values of its DATE mentions, in order. */
  dateValues(): string[] {
    const values: string[] = [];
    const date = ENTITY_TYPES.indexOf('DATE');
    for (let i = 0; i < this.mentionCount; i++) if (this.rows[i * FIELDS + 2] === date) values.push(this.canonical(i));
    return values;
  }

  /** The kind of quote number `index`. */
  quoteKind(index: number): LocalQuote['kind'] {
    return QUOTE_KINDS[this.rows[this.mentionCount * FIELDS + index * QUOTE_FIELDS + 2]!]!;
  }

  /** Quote number `index` (a new object). */
  quote(index: number): LocalQuote {
    const at = this.mentionCount * FIELDS + index * QUOTE_FIELDS;
    const speaker = this.rows[at + 3]!;
    return { start: this.rows[at]!, end: this.rows[at + 1]!, text: this.quoteTexts[index]!, kind: QUOTE_KINDS[this.rows[at + 2]!]!, speakerMention: speaker < 0 ? null : speaker };
  }

  /** The analysis as the engine gave it (new mention and quote objects; the metadata is shared). */
  unpack(): ArticleAnalysis {
    const mentions: LocalMention[] = new Array(this.mentionCount);
    for (let i = 0; i < this.mentionCount; i++) {
      mentions[i] = { start: this.start(i), end: this.end(i), text: this.text(i), type: this.type(i), canonical: this.canonical(i) };
    }
    const quotes: LocalQuote[] = new Array(this.quoteCount);
    for (let i = 0; i < this.quoteCount; i++) quotes[i] = this.quote(i);
    return { metadata: this.metadata, mentions, quotes };
  }
}
