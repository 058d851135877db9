/**
 * An article's analysis as the index keeps it between changes. Mentions are rows of integers
 * with their texts beside them, not an object each: a folder of 10,000 articles has more than
 * 600,000 mentions, and as objects they were a sixth of the index's heap (~70 bytes each; ~25 here).
 * What is read of them after linking is little (a source's report, a finding's spans), and those
 * readers use the accessors; the rare re-link of an article (a date anchor or the registry changed)
 * unpacks it again.
 */
import { ENTITY_TYPES, type ArticleAnalysis, type ArticleMetadata, type EntityType, type LocalMention, type LocalQuote } from '../model';

/** Integers per mention: start, end, type (into ENTITY_TYPES), canonical (-1: the mention's own text; else into `canonicals`). */
const FIELDS = 4;

export class KeptAnalysis {
  readonly mentionCount: number;

  private constructor(
    readonly metadata: ArticleMetadata,
    readonly quotes: readonly LocalQuote[],
    private readonly rows: Int32Array,
    private readonly texts: readonly string[],
    /** The canonical forms that differ from their mention's text ("Vladimir Putin" for "Putin"), each once. */
    private readonly canonicals: readonly string[],
  ) {
    this.mentionCount = texts.length;
  }

  /** Keeps an analysis; the strings are the analysis' own (the index has already shared them). */
  static of(analysis: ArticleAnalysis): KeptAnalysis {
    const { mentions } = analysis;
    const rows = new Int32Array(mentions.length * FIELDS);
    const texts: string[] = new Array(mentions.length);
    const canonicals: string[] = [];
    const canonicalIndex = new Map<string, number>();
    mentions.forEach((mention, i) => {
      const at = i * FIELDS;
      rows[at] = mention.start;
      rows[at + 1] = mention.end;
      rows[at + 2] = typeIndex(mention.type);
      texts[i] = mention.text;
      if (mention.canonical === mention.text) rows[at + 3] = -1;
      else {
        let index = canonicalIndex.get(mention.canonical);
        if (index === undefined) canonicalIndex.set(mention.canonical, (index = canonicals.push(mention.canonical) - 1));
        rows[at + 3] = index;
      }
    });
    return new KeptAnalysis(analysis.metadata, analysis.quotes, rows, texts, canonicals);
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

  /** The analysis as the engine gave it (new mention objects; metadata and quotes are shared). */
  unpack(): ArticleAnalysis {
    const mentions: LocalMention[] = new Array(this.mentionCount);
    for (let i = 0; i < this.mentionCount; i++) {
      mentions[i] = { start: this.start(i), end: this.end(i), text: this.text(i), type: this.type(i), canonical: this.canonical(i) };
    }
    return { metadata: this.metadata, mentions, quotes: this.quotes as LocalQuote[] };
  }
}

function typeIndex(type: EntityType): number {
  const index = ENTITY_TYPES.indexOf(type);
  if (index < 0) throw new Error(`unknown entity type ${String(type)}`);
  return index;
}
