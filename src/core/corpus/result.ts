/** Assembles the `scan --json` contract from the index's state, whole or from the last one and a change. */
import type { EntitySummary, QuoteGroup, ScanResult, SourceReport } from '../model';
import type { EntityGraph, EntityRecord } from './entityGraph';
import type { CorpusChange } from './events';
import type { FindingStore } from './findingStore';
import type { ArticleState } from './index';
import type { GroupRecord, QuoteGraph } from './quoteGraph';
import { isLinkedQuote } from './quoteGraphState';
import { compareVersions } from './variants';
import { partitionPoint } from '../text/partition';
import { defineMadeFields, type ReportMaking } from '../reportFields';

/** What a result is made from. */
export interface ResultSource {
  /** Every file, sorted. */
  files(): readonly string[];
  /** A file's place in files(). */
  fileRank(file: string): number;
  article(file: string): ArticleState | undefined;
  readonly entityGraph: EntityGraph;
  readonly quoteGraph: QuoteGraph;
  readonly findings: FindingStore;
}

export function buildScanResult(from: ResultSource): ScanResult {
  return {
    version: 1,
    sources: from.files().map((file) => sourceReportOf(from.article(file)!, from)),
    entities: from.entityGraph.entities().map((record) => entitySummaryOf(record, from)).sort(byId),
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
 * The last result given and everything that changed since, so reading it after a change rebuilds
 * only that (updateScanResult). Nothing is noted before the first read.
 */
export class KeptResult {
  private last: ScanResult | null = null;
  private since = emptyResultChange();

  /** A settled change; `filesOfMovedNodes` (read now) lists files with a mention whose entity moved. */
  changed(change: CorpusChange, filesOfMovedNodes: () => Iterable<string>): void {
    if (!this.last) return;
    for (const key of ['files', 'entities', 'quoteGroups', 'findings'] as const) for (const id of change[key]) this.since[key].add(id);
    for (const file of filesOfMovedNodes()) this.since.files.add(file);
  }

  read(from: ResultSource): ScanResult {
    // A change to most of the folder's files is built whole: cheaper than piece by piece.
    const large = this.last && this.since.files.size > 64 && this.since.files.size * 2 > this.last.sources.length;
    this.last = this.last && !large ? updateScanResult(this.last, this.since, from) : buildScanResult(from);
    this.since = emptyResultChange();
    return this.last;
  }
}

function emptyResultChange(): { [K in keyof ResultChange]: Set<string> } {
  return { files: new Set(), entities: new Set(), quoteGroups: new Set(), findings: new Set() };
}

/**
 * `last` brought up to date with `change` (everything that changed since `last` was built):
 * only the named entities, groups and findings, and the files whose reports differ, are built
 * again. The same result as buildScanResult; the editor asks for one after every change, where
 * a whole 10,000-article folder takes a second or more.
 */
export function updateScanResult(last: ScanResult, change: ResultChange, from: ResultSource): ScanResult {
  const changedFiles: ReadonlySet<string> = new Set(change.files);
  const idsInFile = new Map<string, Set<string>>();
  const entities = rebuilt(last.entities, change.entities, (id) => {
    const record = from.entityGraph.entity(id);
    if (!record) return undefined;
    // Patching looks at every changed file, counting at every source of the entity: the fewer.
    const old = find(last.entities, id);
    if (old && changedFiles.size < old.sources.length) return patchedEntitySummary(old, record, changedFiles, from, idsInFile);
    return entitySummaryOf(record, from);
  });
  // Reports to redo: the changed files, and (below) files whose quotes changed group.
  const files = new Set(changedFiles);
  const quoteGroups = rebuilt(last.quoteGroups, change.quoteGroups, (id) => {
    const group = from.quoteGraph.group(id);
    return group && quoteGroupOf(group, from.findings);
  });
  // A quote's group changed when it left or joined a group: its file's report is redone.
  for (const id of new Set(change.quoteGroups)) {
    addMembersInOneOnly(find(last.quoteGroups, id)?.members ?? [], quoteGroups.byId.get(id)?.members ?? [], files);
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
  // Each quote's group now (null: none). The article's quote records, in order, are its linked
  // quotes (see isLinkedQuote): read along, their ids need not be made again to look groups up.
  const groupOfQuote: (string | null)[] = new Array(analysis.quoteCount);
  let record = 0;
  for (let i = 0; i < analysis.quoteCount; i++) {
    groupOfQuote[i] = isLinkedQuote(analysis.quoteKind(i)) ? from.quoteGraph.groupOf(article.quotes[record++]!.id)?.id ?? null : null;
  }
  const making: ReportMaking = {
    analysis,
    localOfMention: entities.localOfMention,
    // Each local entity's id now: what the report's mentions and speakers say, whenever they are read.
    entityOfLocal: nodeKeys.map((key) => from.entityGraph.entityOf(key)?.id ?? null),
    groupOfQuote,
  };
  const { title, outlet, published, url, authors } = analysis.metadata;
  // Every field named, in the model's order: a spread followed by more fields gives each report a
  // hidden class of its own in V8. Mentions and quotes come after, made when read (see reportFields).
  const report = { file, title, outlet, published, url, authors } as SourceReport;
  defineMadeFields(report, making);
  return report;
}

function entitySummaryOf(record: EntityRecord, from: ResultSource): EntitySummary {
  // Files by their place in sorted order: a much-mentioned entity has thousands to sort. Sorted as
  // numbers, then each taken once (a file with two local entities of it is next to itself).
  const sorted = Int32Array.from(fileRanksOf(record, from)).sort();
  return summaryWith(record, distinctFiles(sorted, countDistinct(sorted), from.files()), from);
}

/* The loops of entitySummaryOf, each alone in its function (see scripts/bench/deopt-loops.mjs). */

function fileRanksOf(record: EntityRecord, from: ResultSource): number[] {
  const ranks: number[] = [];
  for (const node of record.nodes) for (const file of from.entityGraph.nodeFiles(node)) ranks.push(from.fileRank(file));
  return ranks;
}

function countDistinct(sorted: Int32Array): number {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/** The files of sorted ranks, each once; counted first: kept with the result, a list grown by pushing keeps up to half again in spare room. */
function distinctFiles(sorted: Int32Array, distinct: number, files: readonly string[]): string[] {
  const sources: string[] = new Array(distinct);
  for (let i = 0, at = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sources[at++] = files[sorted[i]!]!;
  return sources;
}

/**
 * An entity from its last summary: only the changed files (re-analysed, or with a mention whose
 * entity changed) can have started or stopped mentioning it, so a much-mentioned entity's
 * thousands of local entities are not gone through again.
 */
function patchedEntitySummary(old: EntitySummary, record: EntityRecord, changedFiles: ReadonlySet<string>, from: ResultSource, idsInFile: Map<string, Set<string>>): EntitySummary {
  const stillMentions = (file: string): string | undefined => (entityIdsIn(file, from, idsInFile).has(record.id) ? file : undefined);
  return summaryWith(record, rebuilt(old.sources, changedFiles, stillMentions, (file) => file).items, from);
}

/** An entity's summary with these sources; its nodes keep their spellings and mention counts. */
function summaryWith(record: EntityRecord, sources: string[], from: ResultSource): EntitySummary {
  const aliases = new Set<string>();
  let mentions = 0;
  for (const node of record.nodes) {
    for (const surface of from.entityGraph.nodeSurfaces(node)) aliases.add(surface);
    mentions += from.entityGraph.nodeMentions(node);
  }
  if (record.registry) for (const alias of record.registry.aliases) aliases.add(alias);
  const summary: EntitySummary = { id: record.id, name: record.name, type: record.type, aliases: [...aliases].sort(), sources, mentions, evidence: record.evidence };
  if (record.registry && Object.keys(record.registry.ids).length > 0) summary.ids = { ...record.registry.ids };
  return summary;
}

/** The entity ids a file's mentions have now (remembered for one update). */
function entityIdsIn(file: string, from: ResultSource, memo: Map<string, Set<string>>): Set<string> {
  let ids = memo.get(file);
  if (ids) return ids;
  ids = new Set<string>();
  for (const key of from.article(file)?.nodeKeys ?? []) {
    const id = from.entityGraph.entityOf(key)?.id;
    if (id) ids.add(id);
  }
  memo.set(file, ids);
  return ids;
}

function quoteGroupOf(group: GroupRecord, findings: FindingStore): QuoteGroup {
  const made = { id: group.id, speaker: group.speaker } as QuoteGroup;
  // Made when read, as a report's mentions are (and with one getter for all, as theirs): each
  // member's span is its variant's, in the same order (a copy each of 100,000 spans was ~5 MB of a
  // 10,000-article folder's result). Defined before the variants, for the model's field order.
  Object.defineProperty(made, 'members', { get: membersFromVariants, enumerable: true, configurable: true });
  made.variants = compareVersions(group, findings.diffs);
  return made;
}

function membersFromVariants(this: QuoteGroup): QuoteGroup['members'] {
  return this.variants.map(({ file, start, end }) => ({ file, start, end }));
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
  const changedKeys = new Set(changed);
  if (changedKeys.size === 0) return { items: items as T[], byId };
  for (const key of changedKeys) {
    const item = build(key);
    if (item !== undefined) byId.set(key, item);
  }
  // Most changed items stay (same key): they are replaced where they are, found by binary search.
  const out: (T | typeof REMOVED)[] = items.slice();
  const inserted: T[] = [];
  let removed = false;
  for (const key of changedKeys) {
    const at = indexOfKey(items, key, keyOf);
    const item = byId.get(key);
    if (at >= 0) {
      out[at] = item ?? REMOVED;
      removed ||= item === undefined;
    } else if (item !== undefined) {
      inserted.push(item);
    }
  }
  if (!removed && inserted.length === 0) return { items: out as T[], byId };
  inserted.sort((a, b) => cmp(keyOf(a), keyOf(b)));
  const merged: T[] = [];
  let next = 0;
  for (const item of out) {
    if (item === REMOVED) continue;
    while (next < inserted.length && cmp(keyOf(inserted[next]!), keyOf(item)) < 0) merged.push(inserted[next++]!);
    merged.push(item);
  }
  while (next < inserted.length) merged.push(inserted[next++]!);
  return { items: merged, byId };
}

const REMOVED: unique symbol = Symbol('removed');

/** Where the item with this key is in a list sorted by key, or -1. */
function indexOfKey<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  const at = partitionPoint(items.length, (i) => keyOf(items[i]!) < key);
  return at < items.length && keyOf(items[at]!) === key ? at : -1;
}

/** The item with this id in a list sorted by id. */
function find<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  const at = indexOfKey(items, id, (item) => item.id);
  return at >= 0 ? items[at] : undefined;
}

type Member = QuoteGroup['members'][number];

/** Files of the quotes in one of the two member lists only (both sorted by file, then start). */
function addMembersInOneOnly(before: readonly Member[], after: readonly Member[], files: Set<string>): void {
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i];
    const b = after[j];
    const order = !a ? 1 : !b ? -1 : cmp(a.file, b.file) || a.start - b.start || a.end - b.end;
    if (order === 0) {
      i++;
      j++;
    } else if (order < 0) {
      files.add(a!.file);
      i++;
    } else {
      files.add(b!.file);
      j++;
    }
  }
}

function byId(a: { id: string }, b: { id: string }): number {
  return cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
