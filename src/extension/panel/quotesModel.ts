/** The Quotes view: speaker -> quote group -> one version per source (quotes in one source are groups of one). */
import type { QuoteVariant, ScanResult } from '../../core/model';
import { baseName, plural, shorten, type PanelNode } from './nodes';

const UNKNOWN = '(unknown speaker)';

interface GroupEntry {
  id: string;
  speaker: string | null;
  variants: Pick<QuoteVariant, 'file' | 'start' | 'end' | 'text' | 'relation' | 'added' | 'dropped' | 'changed'>[];
}

/** Every quote group, plus each ungrouped quote as a group of its own. */
export function quoteGroupsWithSingles(result: ScanResult): GroupEntry[] {
  const groups: GroupEntry[] = result.quoteGroups.map((g) => ({ id: g.id, speaker: g.speaker, variants: g.variants }));
  for (const source of result.sources) {
    for (const quote of source.quotes) {
      if (quote.group) continue;
      groups.push({
        id: `single:${source.file}:${quote.start}`,
        speaker: quote.speaker,
        variants: [{ file: source.file, start: quote.start, end: quote.end, text: quote.text, relation: 'longest', added: [], dropped: [], changed: [] }],
      });
    }
  }
  return groups;
}

export function quoteNodes(result: ScanResult): PanelNode[] {
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const bySpeaker = new Map<string, GroupEntry[]>();
  for (const group of quoteGroupsWithSingles(result)) {
    const key = group.speaker ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), group]);
  }
  const speakers = [...bySpeaker.entries()].map(([speaker, groups]) => ({ speaker, name: speaker ? names.get(speaker) ?? speaker : UNKNOWN, groups }));
  // Known speakers by name, the unknown ones last.
  speakers.sort((a, b) => Number(!a.speaker) - Number(!b.speaker) || a.name.localeCompare(b.name));
  return speakers.map(({ speaker, name, groups }) => ({
    id: `speaker:${speaker}`,
    label: name,
    description: plural(groups.length, 'quote'),
    icon: 'speaker',
    contextValue: 'speaker',
    data: { speaker },
    children: groups.map((group) => groupNode(group)),
  }));
}

function groupNode(group: GroupEntry): PanelNode {
  const longest = group.variants.find((v) => v.relation === 'longest') ?? group.variants[0]!;
  const files = new Set(group.variants.map((v) => v.file));
  const multi = group.variants.length > 1;
  return {
    id: `group:${group.id}`,
    label: `“${shorten(longest.text, 70)}”`,
    description: multi ? `${plural(group.variants.length, 'version')} in ${plural(files.size, 'source')}` : baseName(longest.file),
    tooltip: longest.text,
    icon: multi ? 'group' : 'quote',
    contextValue: multi ? 'quoteGroup' : 'quote',
    reveal: { file: longest.file, start: longest.start, end: longest.end },
    data: { group: group.id.startsWith('single:') ? null : group.id },
    children: multi ? group.variants.map((v) => variantNode(group.id, v)) : undefined,
  };
}

function variantNode(groupId: string, v: GroupEntry['variants'][number]): PanelNode {
  const differences = [
    ...v.changed.map((c) => `“${c.from}” → “${c.to}”`),
    ...v.dropped.map((d) => `leaves out “${d}”`),
    ...v.added.map((a) => `adds “${a}”`),
  ];
  return {
    id: `version:${groupId}:${v.file}:${v.start}`,
    label: baseName(v.file),
    description: `${v.relation} · ${shorten(v.text, 50)}`,
    tooltip: [v.text, `${v.relation} (compared with the longest version)`, ...differences].join('\n'),
    icon: 'quote',
    contextValue: 'quoteVersion',
    reveal: { file: v.file, start: v.start, end: v.end },
    data: { group: groupId, file: v.file, start: v.start, end: v.end },
  };
}
