/** Assembles the `scan --json` contract from the index's state, whole or from the last one and a change. */
import type { EntitySummary, QuoteGroup, ScanResult, SourceReport } from '../model';
import type { EntityGraph, EntityRecord } from './entityGraph';
import type { FindingStore } from './findingStore';
import type { ArticleState } from './index';
import type { GroupRecord, QuoteGraph } from './quoteGraph';
import { compareVersions } from './variants';

/** What a result is made from. */
export interface ResultSource {
  /** Every file, sorted. */
  files(): string[];
  article(file: string): ArticleState | undefined;
  readonly entityGraph: EntityGraph;
  readonly quoteGraph: QuoteGraph;
  readonly findings: FindingStore;
}

export function buildScanResult(from: ResultSource): ScanResult {
  return {
    version: 1,
    sources: from.files().map((file) => sourceReportOf(from.article(file)!, from)),
    entities: from.entityGraph.entities().map((record) => entitySummaryOf(record, from.entityGraph)).sort(byId),
    quoteGroups: from.quoteGraph.groups().map((group) => quoteGroupOf(group, from.findings)).sort(byId),
    findings: from.findings.all().sort(byId),
  };
}

/** What changed since a result was built: ids to build again, and files whose reports may differ. */
export interface ResultChange {
  /** Files added, removed or re-analysed, and files with a mention whose entity id changed. */
  files: Iterable<string>;
  entities: Iterable<string>;
  quoteGroups: Iterable<string>;
  findings: Iterable<string>;
}

/**
 * `last` brought up to date with `change` (everything that changed since `last` was built):
 * only the named entities, groups and findings, and the files whose reports differ, are built
 * again. The same result as buildScanResult; the editor asks for one after every change, where
 * a whole 10,000-article folder takes a second or more.
 */
export function updateScanResult(last: ScanResult, change: ResultChange, from: ResultSource): ScanResult {
  const files = new Set(change.files);
  const entities = rebuilt(last.entities, change.entities, (id) => {
    const record = from.entityGraph.entity(id);
    return record && entitySummaryOf(record, from.entityGraph);
  });
  const quoteGroups = rebuilt(last.quoteGroups, change.quoteGroups, (id) => {
    const group = from.quoteGraph.group(id);
    return group && quoteGroupOf(group, from.findings);
  });
  // A quote's group changed when it left or joined a group: its file's report is redone.
  for (const id of new Set(change.quoteGroups)) {
    const before = find(last.quoteGroups, id)?.members ?? [];
    const after = quoteGroups.byId.get(id)?.members ?? [];
    const key = (m: QuoteGroup['members'][number]): string => `${m.file}\u0000${m.start}\u0000${m.end}`;
    const kept = new Set(before.map(key));
    const now = new Set(after.map(key));
    for (const m of before) if (!now.has(key(m))) files.add(m.file);
    for (const m of after) if (!kept.has(key(m))) files.add(m.file);
  }
  const findings = rebuilt(last.findings, change.findings, (id) => from.findings.get(id));
  const sources = rebuilt(
    last.sources,
    files,
    (file) => {
      const article = from.article(file);
      return article && sourceReportOf(article, from);
    },
    (source) => source.file,
  );
  return { version: 1, sources: sources.items, entities: entities.items, quoteGroups: quoteGroups.items, findings: findings.items };
}

export function sourceReportOf(article: ArticleState, from: ResultSource): SourceReport {
  const { analysis, entities, nodeKeys, file } = article;
  const entityOfMention = (index: number): string | null => from.entityGraph.entityOf(nodeKeys[entities.localOfMention[index]!]!)?.id ?? null;
  return {
    file,
    ...analysis.metadata,
    entities: analysis.mentions.map((m, i) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: entityOfMention(i)! })),
    quotes: analysis.quotes.map((q, i) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speakerMention === null || q.speakerMention >= analysis.mentions.length ? null : entityOfMention(q.speakerMention),
      group: from.quoteGraph.groupOf(`${file}#${i}`)?.id ?? null,
    })),
  };
}

function entitySummaryOf(record: EntityRecord, entityGraph: EntityGraph): EntitySummary {
  const aliases = new Set<string>();
  const files = new Set<string>();
  let mentions = 0;
  for (const node of record.nodes) {
    for (const local of entityGraph.nodeLocals(node)) {
      for (const surface of local.surfaces) aliases.add(surface);
      files.add(local.file);
      mentions += local.mentions.length;
    }
  }
  if (record.registry) for (const alias of record.registry.aliases) aliases.add(alias);
  const summary: EntitySummary = {
    id: record.id,
    name: record.name,
    type: record.type,
    aliases: [...aliases].sort(),
    sources: [...files].sort(),
    mentions,
    evidence: record.evidence,
  };
  if (record.registry && Object.keys(record.registry.ids).length > 0) summary.ids = { ...record.registry.ids };
  return summary;
}

function quoteGroupOf(group: GroupRecord, findings: FindingStore): QuoteGroup {
  return {
    id: group.id,
    speaker: group.speaker,
    members: group.members.map(({ file, start, end }) => ({ file, start, end })),
    variants: compareVersions(group, findings.diffs),
  };
}

/**
 * `items` (sorted by key) with the items of `changed` keys built again: an undefined build
 * removes one, a new key is inserted in order; the others are the same objects.
 */
function rebuilt<T>(
  items: readonly T[],
  changed: Iterable<string>,
  build: (key: string) => T | undefined,
  keyOf: (item: T) => string = (item) => (item as { id: string }).id,
): { items: T[]; byId: Map<string, T> } {
  const byId = new Map<string, T>();
  for (const key of changed) {
    const item = build(key);
    if (item !== undefined) byId.set(key, item);
  }
  const changedKeys = new Set(changed);
  if (changedKeys.size === 0) return { items: items as T[], byId };
  const added = [...byId.values()].sort((a, b) => cmp(keyOf(a), keyOf(b)));
  const out: T[] = [];
  let next = 0;
  for (const item of items) {
    const key = keyOf(item);
    while (next < added.length && cmp(keyOf(added[next]!), key) < 0) out.push(added[next++]!);
    if (!changedKeys.has(key)) out.push(item);
  }
  while (next < added.length) out.push(added[next++]!);
  return { items: out, byId };
}

/** The item with this id in a list sorted by id. */
function find<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.id < id) lo = mid + 1;
    else hi = mid;
  }
  return items[lo]?.id === id ? items[lo] : undefined;
}

function byId(a: { id: string }, b: { id: string }): number {
  return cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
