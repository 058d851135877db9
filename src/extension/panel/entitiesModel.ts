/** The Entities view: type -> entity -> source -> mention, narrowed by a filter string. */
import type { EntitySummary, EntityType, ScanResult, SourceReport } from '../../core/model';
import { baseName, counted, ENGLISH, remembered, shorten, withLazyChildren, type Localizer, type NodeIcon, type PanelNode, type SpanContext } from './nodes';

const TYPE_ICONS: Record<EntityType, NodeIcon> = { PERSON: 'person', ORG: 'organization', PLACE: 'place', DATE: 'date' };

function typeLabel(type: EntityType, l10n: Localizer): string {
  switch (type) {
    case 'PERSON':
      return l10n.t('People');
    case 'ORG':
      return l10n.t('Organizations');
    case 'PLACE':
      return l10n.t('Places');
    case 'DATE':
      return l10n.t('Dates');
  }
}

/** Does the entity match the filter (case-insensitive, on name, aliases, id or type)? */
export function matchesFilter(entity: ScanResult['entities'][number], filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  return !needle || matchesNeedle(entity, needle);
}

function matchesNeedle(entity: EntitySummary, needle: string): boolean {
  if (entity.name.toLowerCase().includes(needle) || entity.id.toLowerCase().includes(needle) || entity.type.toLowerCase().includes(needle)) return true;
  return entity.aliases.some((alias) => alias.toLowerCase().includes(needle));
}

export function entityNodes(result: ScanResult, filter: string, context: SpanContext, l10n: Localizer = ENGLISH): PanelNode[] {
  // Made when the first entity is expanded: a large folder's view shows thousands of entities, each
  // with its sources and mentions, and is rebuilt after every change.
  let bySource: Map<string, SourceReport> | undefined;
  const sourceOf = (file: string): SourceReport | undefined => (bySource ??= new Map(result.sources.map((s) => [s.file, s]))).get(file);
  const needle = filter.trim().toLowerCase();
  const byType = new Map<EntityType, EntitySummary[]>();
  for (const entity of result.entities) {
    if (needle && !matchesNeedle(entity, needle)) continue;
    const list = byType.get(entity.type);
    if (list) list.push(entity);
    else byType.set(entity.type, [entity]);
  }
  const sourcesWords = remembered((sources: number) => counted(l10n, sources, '{0} source', '{0} sources'));
  const countsWords = remembered((mentions: number) => remembered((sources: number) => l10n.t('{0}× in {1}', mentions, sourcesWords(sources))));
  const describeCounts = (mentions: number, sources: number): string => countsWords(mentions)(sources);
  const entityNode = (entity: EntitySummary): PanelNode => {
    const aliases = entity.aliases.filter((a) => a !== entity.name);
    return withLazyChildren({
      id: `entity:${entity.id}`,
      label: entity.name,
      description: aliases.length === 0 && entity.evidence.length === 0
        ? describeCounts(entity.mentions, entity.sources.length)
        : [
            describeCounts(entity.mentions, entity.sources.length),
            ...(aliases.length ? [l10n.t('aka {0}', aliases.join(', '))] : []),
            ...(entity.evidence.length ? [l10n.t('merged')] : []),
          ].join(' · '),
      tooltip: () => [
        `${entity.name} (${entity.type})`,
        `id: ${entity.id}`,
        l10n.t('{0} in {1}', counted(l10n, entity.mentions, '{0} mention', '{0} mentions'), counted(l10n, entity.sources.length, '{0} source', '{0} sources')),
        ...(aliases.length ? [l10n.t('aliases: {0}', aliases.join(', '))] : []),
        ...(entity.evidence.length ? [l10n.t('merged because:'), ...entity.evidence.map((e) => `  ${e}`)] : []),
        ...Object.entries(entity.ids ?? {}).map(([k, v]) => `${k}: ${v}`),
      ].join('\n'),
      icon: 'entity',
      contextValue: 'entity',
      data: { entity: entity.id },
    }, entity.sources.length > 0, () => entity.sources.map((file) => sourceNode(entity.id, sourceOf(file), file, context, l10n)));
  };
  const types: PanelNode[] = [];
  for (const type of Object.keys(TYPE_ICONS) as EntityType[]) {
    const entities = byType.get(type);
    if (!entities) continue;
    // A type's entities are sorted and made when it is expanded (types start collapsed without a filter).
    types.push(withLazyChildren({
      id: `type:${type}`,
      label: typeLabel(type, l10n),
      description: String(entities.length),
      icon: TYPE_ICONS[type],
      contextValue: 'entityType',
      expanded: needle !== '',
    }, true, () => entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)).map(entityNode)));
  }
  return types;
}

function sourceNode(entityId: string, source: SourceReport | undefined, file: string, context: SpanContext, l10n: Localizer): PanelNode {
  const mentions = (source?.entities ?? []).filter((m) => m.entity === entityId);
  return withLazyChildren({
    id: `entity:${entityId}:${file}`,
    label: baseName(file),
    description: counted(l10n, mentions.length, '{0} mention', '{0} mentions'),
    icon: 'file',
    contextValue: 'entitySource',
    reveal: mentions[0] ? { file, start: mentions[0].start, end: mentions[0].end } : undefined,
  }, mentions.length > 0, () =>
    mentions.map((m) => ({
      id: `entity:${entityId}:${file}:${m.start}`,
      label: m.text,
      description: shorten(context(file, m.start, m.end) ?? '', 70),
      icon: 'mention',
      contextValue: 'mention',
      reveal: { file, start: m.start, end: m.end },
    })),
  );
}
