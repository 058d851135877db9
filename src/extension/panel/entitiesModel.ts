/** The Entities view: type -> entity -> source -> mention, narrowed by a filter string. */
import type { EntityType, ScanResult, SourceReport } from '../../core/model';
import { baseName, plural, shorten, type NodeIcon, type PanelNode, type SpanContext } from './nodes';

const TYPE_LABELS: Record<EntityType, { label: string; icon: NodeIcon }> = {
  PERSON: { label: 'People', icon: 'person' },
  ORG: { label: 'Organizations', icon: 'organization' },
  PLACE: { label: 'Places', icon: 'place' },
  DATE: { label: 'Dates', icon: 'date' },
};

/** Does the entity match the filter (case-insensitive, on name, aliases, id or type)? */
export function matchesFilter(entity: ScanResult['entities'][number], filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return [entity.name, entity.id, entity.type, ...entity.aliases].some((s) => s.toLowerCase().includes(needle));
}

export function entityNodes(result: ScanResult, filter: string, context: SpanContext): PanelNode[] {
  const bySource = new Map(result.sources.map((s) => [s.file, s]));
  const types: PanelNode[] = [];
  for (const type of Object.keys(TYPE_LABELS) as EntityType[]) {
    const entities = result.entities.filter((e) => e.type === type && matchesFilter(e, filter));
    if (entities.length === 0) continue;
    entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    types.push({
      id: `type:${type}`,
      label: TYPE_LABELS[type].label,
      description: String(entities.length),
      icon: TYPE_LABELS[type].icon,
      contextValue: 'entityType',
      expanded: filter.trim() !== '',
      children: entities.map((entity) => {
        const aliases = entity.aliases.filter((a) => a !== entity.name);
        const tooltip = [
          `${entity.name} (${entity.type})`,
          `id: ${entity.id}`,
          `${plural(entity.mentions, 'mention')} in ${plural(entity.sources.length, 'source')}`,
          ...(aliases.length ? [`aliases: ${aliases.join(', ')}`] : []),
          ...(entity.evidence.length ? ['merged because:', ...entity.evidence.map((e) => `  ${e}`)] : []),
          ...Object.entries(entity.ids ?? {}).map(([k, v]) => `${k}: ${v}`),
        ].join('\n');
        return {
          id: `entity:${entity.id}`,
          label: entity.name,
          description: [`${entity.mentions}× in ${plural(entity.sources.length, 'source')}`, ...(aliases.length ? [`aka ${aliases.join(', ')}`] : []), ...(entity.evidence.length ? ['merged'] : [])].join(' · '),
          tooltip,
          icon: 'entity',
          contextValue: 'entity',
          data: { entity: entity.id },
          children: entity.sources.map((file) => sourceNode(entity.id, bySource.get(file), file, context)),
        };
      }),
    });
  }
  return types;
}

function sourceNode(entityId: string, source: SourceReport | undefined, file: string, context: SpanContext): PanelNode {
  const mentions = (source?.entities ?? []).filter((m) => m.entity === entityId);
  return {
    id: `entity:${entityId}:${file}`,
    label: baseName(file),
    description: plural(mentions.length, 'mention'),
    icon: 'file',
    contextValue: 'entitySource',
    reveal: mentions[0] ? { file, start: mentions[0].start, end: mentions[0].end } : undefined,
    children: mentions.map((m) => ({
      id: `entity:${entityId}:${file}:${m.start}`,
      label: m.text,
      description: shorten(context(file, m.start, m.end) ?? '', 70),
      icon: 'mention',
      contextValue: 'mention',
      reveal: { file, start: m.start, end: m.end },
    })),
  };
}
