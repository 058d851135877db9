/**
 * The engine's data model. Every offset is a Unicode code point index over the
 * normalized text (see text/normalize.ts), end exclusive.
 */

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'DATE'];

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title';
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'scare', 'title'];

export interface Span {
  start: number;
  end: number;
}

export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  /** ISO date, YYYY-MM-DD. */
  published: string | null;
  url: string | null;
  authors: string[];
}

/** An entity mention as one article sees it, before the folder links articles. */
export interface LocalMention extends Span {
  text: string;
  type: EntityType;
  /**
   * The fullest form of this entity's name in the article ("Vladimir Putin" for a
   * later "Putin"; "Collective Security Treaty Organization" for "CSTO").
   */
  canonical: string;
}

export interface LocalQuote extends Span {
  text: string;
  kind: QuoteKind;
  /** Index into the article's `mentions` of the speaker's mention, or null when unknown. */
  speakerMention: number | null;
}

/** What the per-article pipeline finds; the corpus index links these across articles. */
export interface ArticleAnalysis {
  metadata: ArticleMetadata;
  mentions: LocalMention[];
  quotes: LocalQuote[];
}

/** A mention in the folder's output: `entity` is the folder-wide entity id. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  entity: string;
}

export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  group: string | null;
}

export interface SourceReport extends ArticleMetadata {
  file: string;
  /**
   * In reports from CorpusIndex.result() a getter that makes the mentions when read (see
   * sourceReportOf): read it once where a loop needs it, rather than on every turn.
   */
  entities: EntityMention[];
  quotes: Quote[];
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  sources: string[];
  mentions: number;
  /** Why different names were merged into this entity ("transliteration kh~h", "registry: ..."); empty when nothing was merged. */
  evidence: string[];
  /** External ids from the entity registry (e.g. { wikidata: "Q1" }), when it has any. */
  ids?: Record<string, string>;
}

export interface QuoteGroupMember {
  file: string;
  start: number;
  end: number;
}

export type QuoteVariantRelation = 'longest' | 'identical' | 'trimmed' | 'reworded';

/** One version of a grouped quote compared word by word with the group's longest version. */
export interface QuoteVariant extends QuoteGroupMember {
  text: string;
  relation: QuoteVariantRelation;
  /** Runs of words this version has and the longest one does not. */
  added: string[];
  /** Runs of words of the longest version this one leaves out. */
  dropped: string[];
  /** Runs of words of the longest version this one words differently. */
  changed: { from: string; to: string }[];
}

export interface QuoteGroup {
  id: string;
  speaker: string | null;
  members: QuoteGroupMember[];
  /** Every member, in `members` order, compared with the longest version. */
  variants: QuoteVariant[];
}

export type FindingKind = 'quote-wording' | 'name-spelling' | 'number-mismatch';

export interface FindingSpan extends QuoteGroupMember {
  text: string;
}

/** Something a fact-checker wants flagged, pointing at the spans involved. */
export interface Finding {
  /** Stable, readable id (kind + what it is about). */
  id: string;
  kind: FindingKind;
  message: string;
  /** The entity or quote group the finding is about, when there is one. */
  entity?: string;
  group?: string;
  spans: FindingSpan[];
}

/** The `newslens scan --json` contract, version 1. Later versions only add fields. */
export interface ScanResult {
  version: 1;
  sources: SourceReport[];
  entities: EntitySummary[];
  quoteGroups: QuoteGroup[];
  findings: Finding[];
}
