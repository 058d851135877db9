/** The Quotes view: speaker -> quote group -> one version per source (quotes in one source are groups of one). */
import type { Quote, QuoteGroup, QuoteVariant, ScanResult, SourceReport } from '../../core/model';
import { ungroupedQuotesOf } from '../../core/reportFields';
import { baseName, counted, ENGLISH, shorten, withLazyChildren, type Localizer, type PanelNode } from './nodes';


interface GroupEntry {
  id: string;
  speaker: string | null;
  variants: Pick<QuoteVariant, 'file' | 'start' | 'end' | 'text' | 'relation' | 'added' | 'dropped' | 'changed'>[];
}

/** Every quote group, plus each ungrouped quote as a group of its own. */
export function quoteGroupsWithSingles(result: ScanResult): GroupEntry[] {
  const groups: GroupEntry[] = result.quoteGroups.map(groupEntry);
  for (const source of result.sources) for (const quote of ungroupedQuotesOf(source)) groups.push(singleEntry(source, quote));
  return groups;
}

function groupEntry(group: QuoteGroup): GroupEntry {
  return { id: group.id, speaker: group.speaker, variants: group.variants };
}

function singleEntry(source: SourceReport, quote: Quote): GroupEntry {
  return {
    id: `single:${source.file}:${quote.start}`,
    speaker: quote.speaker,
    variants: [{ file: source.file, start: quote.start, end: quote.end, text: quote.text, relation: 'longest', added: [], dropped: [], changed: [] }],
  };
}

/** A speaker's quotes as the view lists them: groups first, then the quotes no other source has. */
interface SpeakerQuotes {
  groups: QuoteGroup[];
  singles: { source: SourceReport; quote: Quote }[];
}

export function quoteNodes(result: ScanResult, l10n: Localizer = ENGLISH): PanelNode[] {
  // Counted first; the entries and nodes of a speaker's quotes are made when it is expanded.
  const bySpeaker = new Map<string, SpeakerQuotes>();
  const quotesOf = (speaker: string | null): SpeakerQuotes => {
    const key = speaker ?? '';
    let quotes = bySpeaker.get(key);
    if (!quotes) bySpeaker.set(key, (quotes = { groups: [], singles: [] }));
    return quotes;
  };
  for (const group of result.quoteGroups) quotesOf(group.speaker).groups.push(group);
  // Only the quotes in no group are made (see ungroupedQuotesOf).
  for (const source of result.sources) for (const quote of ungroupedQuotesOf(source)) quotesOf(quote.speaker).singles.push({ source, quote });
  const names = new Map<string, string>();
  for (const entity of result.entities) if (bySpeaker.has(entity.id)) names.set(entity.id, entity.name);
  const speakers = [...bySpeaker.entries()].map(([speaker, quotes]) => ({ speaker, name: speaker ? names.get(speaker) ?? speaker : l10n.t('(unknown speaker)'), quotes }));
  // Known speakers by name, the unknown ones last.
  speakers.sort((a, b) => Number(!a.speaker) - Number(!b.speaker) || a.name.localeCompare(b.name));
  // A speaker's groups are made when it is expanded, a group's versions when that is (a statement can have hundreds).
  return speakers.map(({ speaker, name, quotes }) => {
    const count = quotes.groups.length + quotes.singles.length;
    return withLazyChildren({
      id: `speaker:${speaker}`,
      label: name,
      description: counted(l10n, count, '{0} quote', '{0} quotes'),
      icon: 'speaker',
      contextValue: 'speaker',
      data: { speaker },
    }, count > 0, () => [...quotes.groups.map(groupEntry), ...quotes.singles.map(({ source, quote }) => singleEntry(source, quote))].map((entry) => groupNode(entry, l10n)));
  });
}

function groupNode(group: GroupEntry, l10n: Localizer): PanelNode {
  const longest = group.variants.find((v) => v.relation === 'longest') ?? group.variants[0]!;
  const files = new Set(group.variants.map((v) => v.file));
  const multi = group.variants.length > 1;
  const node: PanelNode = {
    id: `group:${group.id}`,
    label: `“${shorten(longest.text, 70)}”`,
    description: multi
      ? l10n.t('{0} in {1}', counted(l10n, group.variants.length, '{0} version', '{0} versions'), counted(l10n, files.size, '{0} source', '{0} sources'))
      : baseName(longest.file),
    tooltip: longest.text,
    icon: multi ? 'group' : 'quote',
    contextValue: multi ? 'quoteGroup' : 'quote',
    reveal: { file: longest.file, start: longest.start, end: longest.end },
    data: { group: group.id.startsWith('single:') ? null : group.id },
  };
  return multi ? withLazyChildren(node, true, () => group.variants.map((v) => variantNode(group.id, v, l10n))) : node;
}

function variantNode(groupId: string, v: GroupEntry['variants'][number], l10n: Localizer): PanelNode {
  const differences = [
    ...v.changed.map((c) => `“${c.from}” → “${c.to}”`),
    ...v.dropped.map((d) => l10n.t('leaves out “{0}”', d)),
    ...v.added.map((a) => l10n.t('adds “{0}”', a)),
  ];
  return {
    id: `version:${groupId}:${v.file}:${v.start}`,
    label: baseName(v.file),
    description: `${v.relation} · ${shorten(v.text, 50)}`,
    tooltip: [v.text, l10n.t('{0} (compared with the longest version)', v.relation), ...differences].join('\n'),
    icon: 'quote',
    contextValue: 'quoteVersion',
    reveal: { file: v.file, start: v.start, end: v.end },
    data: { group: groupId, file: v.file, start: v.start, end: v.end },
  };
}
