/** The This Article view: what the active source shares with the others, and the findings about it. */
import type { ScanResult } from '../../core/model';
import { baseName, counted, ENGLISH, shorten, withLazyChildren, type Localizer, type PanelNode } from './nodes';

export function articleNodes(result: ScanResult, file: string, l10n: Localizer = ENGLISH): PanelNode[] {
  const source = result.sources.find((s) => s.file === file);
  if (!source) return [];
  // Children (an entity's other sources, a finding's spans: thousands in a large folder) are built
  // when their node is expanded; the map of sources only then.
  let bySource: Map<string, (typeof result.sources)[number]> | undefined;
  const sourceOf = (other: string) => (bySource ??= new Map(result.sources.map((s) => [s.file, s]))).get(other);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));

  // Read once: a report makes its mentions when they are read (see SourceReport).
  const mentionsHere = source.entities;
  const entityIds = new Set(mentionsHere.map((m) => m.entity));
  const shared = result.entities.filter((e) => entityIds.has(e.id) && e.sources.some((f) => f !== file));
  shared.sort((a, b) => b.sources.length - a.sources.length || a.name.localeCompare(b.name));
  const entities: PanelNode[] = shared.map((entity) => {
    const here = mentionsHere.find((m) => m.entity === entity.id)!;
    return withLazyChildren({
      id: `x-entity:${entity.id}`,
      label: entity.name,
      description: `${entity.type} · ${counted(l10n, entity.sources.length - 1, 'in {0} other source', 'in {0} other sources')}`,
      icon: 'entity',
      contextValue: 'entity',
      reveal: { file, start: here.start, end: here.end },
      data: { entity: entity.id },
    }, true, () =>
      entity.sources
        .filter((f) => f !== file)
        .map((other) => {
          const mentions = sourceOf(other)?.entities.filter((m) => m.entity === entity.id) ?? [];
          const first = mentions[0];
          return {
            id: `x-entity:${entity.id}:${other}`,
            label: baseName(other),
            description: [...new Set(mentions.map((m) => m.text))].join(', '),
            icon: 'file',
            contextValue: 'entitySource',
            reveal: first ? { file: other, start: first.start, end: first.end } : undefined,
          };
        }),
    );
  });

  // By the variants (one per member, with its file): a group's members are made when read.
  const groups = result.quoteGroups.filter((g) => g.variants.some((v) => v.file === file) && g.variants.some((v) => v.file !== file));
  const quotes: PanelNode[] = groups.map((group) => {
    const mine = group.variants.find((v) => v.file === file)!;
    return {
      id: `x-group:${group.id}`,
      label: `“${shorten(mine.text, 60)}”`,
      description: `${group.speaker ? names.get(group.speaker) ?? group.speaker : l10n.t('unknown speaker')} · ${counted(l10n, group.variants.length - 1, '{0} other version', '{0} other versions')}`,
      tooltip: mine.text,
      icon: 'group',
      contextValue: 'quoteGroup',
      reveal: { file, start: mine.start, end: mine.end },
      data: { group: group.id },
      children: group.variants
        .filter((v) => v !== mine)
        .map((v) => ({
          id: `x-group:${group.id}:${v.file}:${v.start}`,
          label: baseName(v.file),
          description: `${v.relation} · ${shorten(v.text, 50)}`,
          tooltip: v.text,
          icon: 'quote',
          contextValue: 'quoteVersion',
          reveal: { file: v.file, start: v.start, end: v.end },
          data: { group: group.id, file: v.file, start: v.start, end: v.end },
        })),
    };
  });

  const findings: PanelNode[] = result.findings
    .filter((f) => f.spans.some((s) => s.file === file))
    .map((finding) =>
      withLazyChildren({
        id: `x-finding:${finding.id}`,
        label: finding.message,
        description: finding.kind,
        tooltip: finding.message,
        icon: 'finding',
        contextValue: 'finding',
      }, finding.spans.length > 0, () => finding.spans.map((s) => ({
        id: `x-finding:${finding.id}:${s.file}:${s.start}`,
        label: s.file === file ? l10n.t('{0} (this article)', baseName(s.file)) : baseName(s.file),
        description: shorten(s.text, 60),
        icon: 'mention',
        reveal: { file: s.file, start: s.start, end: s.end },
      }))),
    );

  const section = (id: string, label: string, children: PanelNode[], expanded: boolean): PanelNode => ({
    id: `x-section:${id}`,
    label,
    description: String(children.length),
    icon: 'folder',
    contextValue: 'section',
    expanded,
    children,
  });
  // What a fact-checker looks at first: the disagreements, then the quotes other sources carry.
  return [
    section('findings', l10n.t('Findings'), findings, true),
    section('quotes', l10n.t('Shared quotes'), quotes, true),
    section('entities', l10n.t('Shared entities'), entities, entities.length <= 10),
  ];
}
