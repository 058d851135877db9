/**
 * The fields of a source report that are made when read (its mentions and quotes; see
 * sourceReportOf), and their counts without making them. Mentions and quotes are an object each:
 * kept, they were most of a large folder's result (640,000 mentions, ~50 MB, and 130,000 quotes,
 * ~8 MB, for 10,000 articles) while the editor reads a few files' and `scan --json` writes each
 * once. Its own module, so the views that count and list need not load the result builder.
 */
import type { KeptAnalysis } from './corpus/keptAnalysis';
import type { LocalNumbers } from './corpus/localEntities';
import type { EntityMention, Quote, SourceReport } from './model';

/** What a report's mentions and quotes are made from. */
export interface ReportMaking {
  analysis: KeptAnalysis;
  localOfMention: LocalNumbers;
  /** Each local entity's id when the report was built: what its mentions and speakers say. */
  entityOfLocal: readonly (string | null)[];
  /** Each quote's group when the report was built (null: none). */
  groupOfQuote: readonly (string | null)[];
}

const MAKING = Symbol('reportMaking');

/**
 * Gives a report (with its other fields already in, in the model's order) `entities` and `quotes`
 * made from `making` when read: a report read later says what it said when it was built. Own
 * enumerable properties, so JSON, spreads and structured clones see them as they saw arrays; one
 * getter for every report (a getter written in each object literal is a function per report, and
 * puts each report's properties in a dictionary: ~430 bytes more each).
 */
export function defineMadeFields(report: SourceReport, making: ReportMaking): void {
  Object.defineProperty(report, 'entities', { get: madeMentions, enumerable: true, configurable: true });
  Object.defineProperty(report, 'quotes', { get: madeQuotes, enumerable: true, configurable: true });
  // Not enumerable: JSON, spreads and equality checks do not see it, and a spread copy (whose lists may then change) has none.
  Object.defineProperty(report, MAKING, { value: making });
}

function makingOf(report: SourceReport): ReportMaking | undefined {
  return (report as { [MAKING]?: ReportMaking })[MAKING];
}

function madeMentions(this: SourceReport): EntityMention[] {
  const { analysis, localOfMention, entityOfLocal } = makingOf(this)!;
  const mentions: EntityMention[] = new Array(analysis.mentionCount);
  for (let i = 0; i < mentions.length; i++) {
    mentions[i] = { start: analysis.start(i), end: analysis.end(i), text: analysis.text(i), type: analysis.type(i), entity: entityOfLocal[localOfMention[i]!]! };
  }
  return mentions;
}

function madeQuotes(this: SourceReport): Quote[] {
  const making = makingOf(this)!;
  const quotes: Quote[] = new Array(making.analysis.quoteCount);
  for (let i = 0; i < quotes.length; i++) quotes[i] = madeQuote(making, i);
  return quotes;
}

function madeQuote({ analysis, localOfMention, entityOfLocal, groupOfQuote }: ReportMaking, index: number): Quote {
  const q = analysis.quote(index);
  const speaker = q.speakerMention === null || q.speakerMention >= analysis.mentionCount ? null : entityOfLocal[localOfMention[q.speakerMention]!]!;
  return { start: q.start, end: q.end, text: q.text, kind: q.kind, speaker, group: groupOfQuote[index]! };
}

/** `report.entities.length`, without making them when the report makes them. */
export function mentionCountOf(report: SourceReport): number {
  return makingOf(report)?.analysis.mentionCount ?? report.entities.length;
}

/** `report.quotes.length`, without making them when the report makes them. */
export function quoteCountOf(report: SourceReport): number {
  return makingOf(report)?.analysis.quoteCount ?? report.quotes.length;
}

/**
 * The report's quotes in no group, in order: the Quotes view lists them after every change, and
 * most of a folder's quotes are in a group, so only these are made.
 */
export function ungroupedQuotesOf(report: SourceReport): Quote[] {
  const making = makingOf(report);
  if (!making) return report.quotes.filter((quote) => !quote.group);
  const quotes: Quote[] = [];
  for (let i = 0; i < making.groupOfQuote.length; i++) if (making.groupOfQuote[i] === null) quotes.push(madeQuote(making, i));
  return quotes;
}
