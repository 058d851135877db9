/**
 * People's reviews in the sidecars, laid over the engine's result so every view (highlights,
 * speaker hints, hovers, the panel, navigation) shows the reviewed state: a confirmed speaker
 * or group replaces the detected one, a confirmed entity annotation re-points its mention, and
 * spans people annotated by hand that the engine missed become mentions and quotes.
 * Only `confirmed` annotations change anything: a `detected` entry is a saved copy of what the
 * engine found (possibly stale), and a `rejected` one is drawn as rejected by the highlights.
 * Pure: no vscode, no I/O.
 */
import type { EntityMention, EntitySummary, Quote, QuoteGroup, ScanResult, SourceReport } from '../../core/model';
import type { ResolvedAnnotation } from './resolve';

export interface SourceReviews {
  readonly annotations: readonly ResolvedAnnotation[];
  /** The text (code points [start, end) of the normalized source) the annotations were resolved against. */
  textAt(start: number, end: number): string;
}

/** The result with each file's confirmed reviews applied; the input is never modified. */
export function applyReviews(result: ScanResult, reviewsOf: (file: string) => SourceReviews | undefined): ScanResult {
  const touchedEntities = new Set<string>();
  const newEntities = new Map<string, EntitySummary>();
  // Made on the first confirmed review: views read this after every change, most sources have none.
  let knownEntities: Set<string> | null = null;
  let knownGroups: Set<string> | null = null;
  const groupMoves: { quote: Quote; file: string; from: string | null; to: string }[] = [];

  const sources = result.sources.map((source) => {
    const reviews = reviewsOf(source.file);
    const confirmed = reviews?.annotations.filter((r) => r.span && r.annotation.status === 'confirmed') ?? [];
    if (!reviews || confirmed.length === 0) return source;
    const entities = source.entities.map((m) => ({ ...m }));
    const quotes = source.quotes.map((q) => ({ ...q }));
    for (const { annotation, span } of confirmed) {
      const { start, end } = span!;
      if (annotation.type === 'entity' && annotation.entity) {
        const { id, type, name } = annotation.entity;
        const text = reviews.textAt(start, end);
        const mention = entities.find((m) => m.start === start && m.end === end);
        if (mention) {
          if (mention.entity === id && mention.type === type) continue;
          touchedEntities.add(mention.entity);
          Object.assign(mention, { entity: id, type });
        } else {
          entities.push({ start, end, text, type, entity: id });
        }
        touchedEntities.add(id);
        if (!(knownEntities ??= new Set(result.entities.map((e) => e.id))).has(id) && !newEntities.has(id)) {
          newEntities.set(id, { id, name: name ?? text, type, aliases: [], sources: [], mentions: 0, evidence: ['annotated by hand'] });
        }
      } else if (annotation.type === 'quote' && annotation.quote) {
        const { kind, speaker, group } = annotation.quote;
        let quote = quotes.find((q) => q.start === start && q.end === end);
        if (!quote) {
          quote = { start, end, text: reviews.textAt(start, end), kind, speaker: null, group: null };
          quotes.push(quote);
        }
        quote.kind = kind;
        if (speaker) quote.speaker = speaker;
        // A group id the index no longer has (regrouped since) keeps the engine's grouping.
        if (group && group !== quote.group && (knownGroups ??= new Set(result.quoteGroups.map((g) => g.id))).has(group)) {
          groupMoves.push({ quote, file: source.file, from: quote.group, to: group });
          quote.group = group;
        }
      }
    }
    entities.sort(byPosition);
    quotes.sort(byPosition);
    return { ...source, entities, quotes } satisfies SourceReport;
  });

  if (touchedEntities.size === 0 && groupMoves.length === 0) return sources.every((s, i) => s === result.sources[i]) ? result : { ...result, sources };
  return {
    ...result,
    sources,
    entities: recountEntities([...result.entities, ...newEntities.values()], sources, touchedEntities, (source, i) => source !== result.sources[i]),
    quoteGroups: groupMoves.length === 0 ? result.quoteGroups : moveGroupMembers(result.quoteGroups, groupMoves),
  };
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Mentions and sources of the entities whose mentions moved, counted again from the sources; aliases
 * gain the new forms. Only sources that can mention them are read: those their summaries list and
 * the reviewed ones (`reviewed`). A report makes its mentions when read, and this runs after every
 * change: reading them all would make a 10,000-article folder's ~640,000 each time.
 */
function recountEntities(entities: EntitySummary[], sources: readonly SourceReport[], touched: ReadonlySet<string>, reviewed: (source: SourceReport, index: number) => boolean): EntitySummary[] {
  const counts = new Map<string, { mentions: number; sources: Set<string>; aliases: Set<string> }>();
  for (const id of touched) counts.set(id, { mentions: 0, sources: new Set(), aliases: new Set() });
  const mayMention = new Set<string>();
  for (const entity of entities) if (touched.has(entity.id)) for (const file of entity.sources) mayMention.add(file);
  for (const [i, source] of sources.entries()) {
    if (!mayMention.has(source.file) && !reviewed(source, i)) continue;
    for (const mention of source.entities as EntityMention[]) {
      const count = counts.get(mention.entity);
      if (!count) continue;
      count.mentions++;
      count.sources.add(source.file);
      count.aliases.add(mention.text);
    }
  }
  return entities
    .map((entity) => {
      const count = counts.get(entity.id);
      if (!count) return entity;
      const aliases = [...new Set([...entity.aliases, ...count.aliases])].sort();
      return { ...entity, mentions: count.mentions, sources: [...count.sources].sort(), aliases };
    })
    .filter((entity) => entity.mentions > 0 || !touched.has(entity.id));
}

function moveGroupMembers(groups: readonly QuoteGroup[], moves: readonly { quote: Quote; file: string; from: string | null; to: string }[]): QuoteGroup[] {
  return groups.map((group) => {
    const leaving = moves.filter((m) => m.from === group.id);
    const joining = moves.filter((m) => m.to === group.id);
    if (leaving.length === 0 && joining.length === 0) return group;
    const isLeaving = (member: { file: string; start: number; end: number }): boolean =>
      leaving.some((m) => m.file === member.file && m.quote.start === member.start && m.quote.end === member.end);
    const members = [...group.members.filter((member) => !isLeaving(member)), ...joining.map((m) => ({ file: m.file, start: m.quote.start, end: m.quote.end }))];
    return { ...group, members, variants: group.variants.filter((variant) => !isLeaving(variant)) };
  });
}
