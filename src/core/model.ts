/**
 * The engine's data model. Every offset is a Unicode code point index over the
 * normalized text (see text/normalize.ts), end exclusive.
 */

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'DATE'];

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title';

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
}

export interface QuoteGroupMember {
  file: string;
  start: number;
  end: number;
}

export interface QuoteGroup {
  id: string;
  speaker: string | null;
  members: QuoteGroupMember[];
}

/** The `newslens scan --json` contract, version 1. Later versions only add fields. */
export interface ScanResult {
  version: 1;
  sources: SourceReport[];
  entities: EntitySummary[];
  quoteGroups: QuoteGroup[];
}
