/**
 * Finding the item under the cursor and where it leads, over the scan result: pure, so
 * hovers, definitions and references share one tested implementation.
 */
import type { EntityMention, EntitySummary, Quote, QuoteGroup, QuoteVariant, ScanResult, SourceReport } from '../../core/model';

/** A span in a workspace-relative file (code points over the normalized text). */
export interface FileSpan {
  file: string;
  start: number;
  end: number;
}

export interface ItemsAt {
  mention?: EntityMention;
  quote?: Quote;
}

/** The entity mention and the quote containing a code point offset (either may be absent). */
export function itemsAt(source: SourceReport, offset: number): ItemsAt {
  const contains = (span: { start: number; end: number }): boolean => span.start <= offset && offset <= span.end;
  const items: ItemsAt = {};
  const mention = source.entities.find(contains);
  if (mention) items.mention = mention;
  // Nested quotes: the innermost (shortest) one.
  let quote: Quote | undefined;
  for (const q of source.quotes) if (contains(q) && (!quote || q.end - q.start < quote.end - quote.start)) quote = q;
  if (quote) items.quote = quote;
  return items;
}

export function entityById(result: ScanResult, id: string): EntitySummary | undefined {
  return result.entities.find((e) => e.id === id);
}

/** Entity id -> canonical name, for lookups per quote (a large article has thousands). */
/** Entity names by id; made once per result (highlights ask on every draw of every editor). */
export function entityNames(result: ScanResult): ReadonlyMap<string, string> {
  let names = namesOfResult.get(result);
  if (!names) namesOfResult.set(result, (names = new Map(result.entities.map((e) => [e.id, e.name]))));
  return names;
}

const namesOfResult = new WeakMap<ScanResult, ReadonlyMap<string, string>>();

export function groupById(result: ScanResult, id: string): QuoteGroup | undefined {
  return result.quoteGroups.find((g) => g.id === id);
}

/** Every mention of an entity across sources, in file order then text order. */
export function entityMentions(result: ScanResult, entityId: string): (FileSpan & { text: string })[] {
  // Only the sources the entity's summary lists can mention it: a report makes its mentions when
  // read, and a hover in a 10,000-article folder would otherwise make all ~640,000 of them.
  const listed = entityById(result, entityId)?.sources;
  const mentioning = listed ? new Set(listed) : null;
  const found: (FileSpan & { text: string })[] = [];
  for (const source of result.sources) {
    if (mentioning && !mentioning.has(source.file)) continue;
    for (const m of source.entities) if (m.entity === entityId) found.push({ file: source.file, start: m.start, end: m.end, text: m.text });
  }
  return found;
}

/**
 * Where an entity is defined: the first mention that spells the canonical name (the
 * current file first), else the first of the longest mentions.
 */
export function entityDefinition(result: ScanResult, entityId: string, currentFile?: string): FileSpan | undefined {
  const mentions = entityMentions(result, entityId);
  if (mentions.length === 0) return undefined;
  const name = entityById(result, entityId)?.name;
  const ordered = currentFile === undefined ? mentions : [...mentions.filter((m) => m.file === currentFile), ...mentions.filter((m) => m.file !== currentFile)];
  const canonical = ordered.find((m) => m.text === name);
  const chosen = canonical ?? ordered.reduce((best, m) => (m.text.length > best.text.length ? m : best));
  return { file: chosen.file, start: chosen.start, end: chosen.end };
}

/** The group's versions; a quote without a group is its own only version. */
export function quoteVersions(result: ScanResult, file: string, quote: Quote): FileSpan[] {
  const group = quote.group === null ? undefined : groupById(result, quote.group);
  if (!group) return [{ file, start: quote.start, end: quote.end }];
  return group.members.map((m) => ({ file: m.file, start: m.start, end: m.end }));
}

/** Where a quote is defined: the longest version in its group. */
export function quoteDefinition(result: ScanResult, file: string, quote: Quote): FileSpan {
  const group = quote.group === null ? undefined : groupById(result, quote.group);
  const longest = group?.variants.find((v) => v.relation === 'longest');
  return longest ? { file: longest.file, start: longest.start, end: longest.end } : { file, start: quote.start, end: quote.end };
}

export function variantOf(group: QuoteGroup, file: string, quote: { start: number; end: number }): QuoteVariant | undefined {
  return group.variants.find((v) => v.file === file && v.start === quote.start && v.end === quote.end);
}
