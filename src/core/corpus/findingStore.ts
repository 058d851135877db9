/**
 * Keeps the folder's findings up to date: recomputed only for the entities, quote
 * groups and number units an update touched. An update decides which findings exist (cheap
 * tests, so listeners get exact ids); their spans and messages are built when first read,
 * since in a large folder one statement or name can have hundreds of versions.
 */
import type { Finding, FindingSpan } from '../model';
import type { EntityGraph } from './entityGraph';
import { compareFacts, hasWordingFinding, nameSpellingFinding, nameSpellingFindingId, quoteWordingFindingId, numberFindingsAt, quoteWordingFinding, spellingVariants, type NumberFact } from './findings';
import type { ArticleState } from './index';
import { mentionsOfLocal, type ArticleEntities } from './localEntities';
import type { QuoteGraph } from './quoteGraph';
import { compareVersions, DiffCache } from './variants';

/** A finding known to exist whose content is built on first read. */
type LazyFinding = Finding | (() => Finding | null);

export class FindingStore {
  private readonly byId = new Map<string, LazyFinding>();
  private readonly ofEntity = new Map<string, string>();
  private readonly ofGroup = new Map<string, string>();
  /** `${unit}|${entity}` -> number findings anchored there. */
  private readonly ofUnitEntity = new Map<string, string[]>();
  /**
   * `${unit}|${node}` -> facts with that unit anchored on that name node. Sorted in place (in
   * compareFacts order) when read, so new facts are a short unsorted tail: a figure next to a
   * much-quoted name gathers thousands of facts in a large folder, and an edit would otherwise
   * sort them all from scratch.
   */
  private readonly factsByUnitNode = new Map<string, NumberFact[]>();
  /** node -> unit -> number of facts anchored on it. */
  private readonly unitsByNode = new Map<string, Map<string, number>>();
  /** [unit, node] pairs whose facts changed since the last update. */
  private readonly dirtyFacts: [string, string][] = [];
  /**
   * Name-spelling findings to rebuild from their last built version: only the files here (re-set,
   * or with a name node that moved to another entity) can have gained or lost occurrences. A
   * much-mentioned name has thousands, and every edit mentioning it would list them all again.
   */
  private readonly spellingPatches = new Map<string, { base: Finding; files: Set<string> }>();
  /** Shared with the result builder, which compares the same versions again. */
  readonly diffs = new DiffCache();

  constructor(
    private readonly entities: EntityGraph,
    private readonly quotes: QuoteGraph,
    private readonly article: (file: string) => ArticleState | undefined,
    /** A file's place in sorted order (sorting by it sorts by file name). */
    private readonly fileRank: (file: string) => number,
  ) {}

  addFacts(facts: readonly NumberFact[]): void {
    for (const fact of facts) {
      for (const node of new Set(fact.anchors)) {
        const key = `${fact.unit}|${node}`;
        const facts = this.factsByUnitNode.get(key);
        if (facts) facts.push(fact);
        else this.factsByUnitNode.set(key, [fact]);
        const units = this.unitsByNode.get(node) ?? new Map<string, number>();
        this.unitsByNode.set(node, units.set(fact.unit, (units.get(fact.unit) ?? 0) + 1));
        this.dirtyFacts.push([fact.unit, node]);
      }
    }
  }

  removeFacts(facts: readonly NumberFact[]): void {
    for (const fact of facts) {
      for (const node of new Set(fact.anchors)) {
        const key = `${fact.unit}|${node}`;
        const facts = this.factsByUnitNode.get(key);
        const at = facts ? facts.indexOf(fact) : -1;
        if (at >= 0) facts!.splice(at, 1);
        if (facts?.length === 0) this.factsByUnitNode.delete(key);
        const units = this.unitsByNode.get(node);
        const count = (units?.get(fact.unit) ?? 1) - 1;
        if (count > 0) units!.set(fact.unit, count);
        else units?.delete(fact.unit);
        if (units?.size === 0) this.unitsByNode.delete(node);
        this.dirtyFacts.push([fact.unit, node]);
      }
    }
  }

  all(): Finding[] {
    return [...this.byId.keys()].flatMap((id) => this.get(id) ?? []);
  }

  get(id: string): Finding | undefined {
    const entry = this.byId.get(id);
    if (typeof entry !== 'function') return entry;
    // Every change to what it is built from replaces the entry, so building now gives what
    // building at the update would have.
    const finding = entry();
    if (finding) this.byId.set(id, finding);
    else this.byId.delete(id);
    return finding ?? undefined;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /**
   * Recomputes what changed entities, groups, facts and name nodes that moved to another
   * entity (node -> old entity id) affect; returns the finding ids that changed.
   */
  update(entityIds: ReadonlySet<string>, groupIds: ReadonlySet<string>, movedNodes: ReadonlyMap<string, string | null>, files: Iterable<string>): Set<string> {
    const changed = new Set<string>();
    let changedFiles: Set<string> | null = null;
    for (const id of entityIds) {
      const findingId = nameSpellingFindingId(id);
      const previous = this.byId.get(findingId);
      const patch = previous === undefined ? undefined : typeof previous === 'function' ? this.spellingPatches.get(findingId) : { base: previous, files: new Set<string>() };
      this.spellingPatches.delete(findingId);
      this.replace(this.ofEntity, id, this.entityFinding(id), changed);
      if (!patch || !this.byId.has(findingId)) continue;
      changedFiles ??= this.filesChanged(files, movedNodes);
      for (const file of changedFiles) patch.files.add(file);
      this.spellingPatches.set(findingId, patch);
    }
    for (const id of groupIds) this.replace(this.ofGroup, id, this.groupFinding(id), changed);
    const pairs = new Set<string>();
    const entityOf = (node: string): string | null => this.entities.entityOf(node)?.id ?? null;
    for (const [unit, node] of this.dirtyFacts) pairs.add(`${unit}|${entityOf(node) ?? ''}`);
    for (const [node, oldId] of movedNodes) {
      for (const unit of this.unitsByNode.get(node)?.keys() ?? []) pairs.add(`${unit}|${entityOf(node) ?? ''}`);
      // The entity it left may still have other facts; findings it had must go or be redone.
      if (oldId) for (const key of this.ofUnitEntity.keys()) if (key.endsWith(`|${oldId}`)) pairs.add(key);
    }
    this.dirtyFacts.length = 0;
    for (const pair of pairs) {
      const cut = pair.lastIndexOf('|');
      const [unit, anchor] = [pair.slice(0, cut), pair.slice(cut + 1)];
      for (const id of this.ofUnitEntity.get(pair) ?? []) {
        this.byId.delete(id);
        changed.add(id);
      }
      this.ofUnitEntity.delete(pair);
      const record = anchor ? this.entities.entity(anchor) : undefined;
      if (!record) continue;
      const facts = record.nodes.flatMap((node) => this.factsByUnitNode.get(`${unit}|${node}`)?.sort(compareFacts) ?? []);
      const found = numberFindingsAt(unit, anchor, [...new Set(facts)], entityOf, (id) => this.entities.entity(id)?.name ?? id);
      if (found.length > 0) this.ofUnitEntity.set(pair, found.map((f) => f.id));
      for (const finding of found) {
        this.byId.set(finding.id, finding);
        changed.add(finding.id);
      }
    }
    return changed;
  }

  private replace(index: Map<string, string>, key: string, next: { id: string; build: () => Finding | null } | null, changed: Set<string>): void {
    const old = index.get(key);
    if (old) {
      this.byId.delete(old);
      index.delete(key);
      changed.add(old);
    }
    if (next) {
      this.byId.set(next.id, next.build);
      index.set(key, next.id);
      changed.add(next.id);
    }
  }

  /** Files re-set in this update, and those with a local entity on a name node that moved. */
  private filesChanged(files: Iterable<string>, movedNodes: ReadonlyMap<string, string | null>): Set<string> {
    const changed = new Set(files);
    for (const node of movedNodes.keys()) for (const file of this.entities.nodeFiles(node)) changed.add(file);
    return changed;
  }

  private entityFinding(id: string): { id: string; build: () => Finding | null } | null {
    const surfacesOf = (nodes: readonly string[]): string[] => nodes.flatMap((node) => this.entities.nodeSurfaces(node));
    const record = this.entities.entity(id);
    if (!record || record.type === 'DATE' || spellingVariants(surfacesOf(record.nodes)).length < 2) return null;
    const findingId = nameSpellingFindingId(id);
    return {
      id: findingId,
      build: () => {
        const current = this.entities.entity(id);
        const patch = this.spellingPatches.get(findingId);
        this.spellingPatches.delete(findingId);
        if (!current) return null;
        return nameSpellingFinding(current.id, current.name, surfacesOf(current.nodes), (spelled) =>
          patch && sameTexts(patch.base.spans, spelled) ? this.patchedOccurrences(patch.base.spans, patch.files, current.nodes, spelled) : this.occurrences(current.nodes, spelled),
        );
      },
    };
  }

  /** occurrences() from the last ones: those in `files` are found again, the others kept. */
  private patchedOccurrences(last: readonly FindingSpan[], files: ReadonlySet<string>, nodes: readonly string[], surfaces: readonly string[]): FindingSpan[] {
    const wanted = new Set(surfaces);
    const ofNodes = new Set(nodes);
    const found: FindingSpan[] = [];
    for (const file of files) {
      const article = this.article(file);
      if (!article) continue;
      for (let local = 0; local < article.entities.count; local++) {
        if (ofNodes.has(article.nodeKeys[local]!)) found.push(...firstMentions(article.entities, local, article, wanted));
      }
    }
    found.sort(this.byFileThenStart);
    const merged: FindingSpan[] = [];
    let next = 0;
    for (const span of last) {
      if (files.has(span.file)) continue;
      while (next < found.length && this.byFileThenStart(found[next]!, span) < 0) merged.push(found[next++]!);
      merged.push(span);
    }
    while (next < found.length) merged.push(found[next++]!);
    return merged;
  }

  /** The first mention with each of these surface forms in each file, by file then position. */
  private occurrences(nodes: readonly string[], surfaces: readonly string[]): FindingSpan[] {
    const wanted = new Set(surfaces);
    const found: FindingSpan[] = [];
    // Built when a finding is read: one scan of the nodes' locals, not an index kept for every surface.
    for (const node of nodes) for (const { entities, local } of this.entities.nodeLocals(node)) found.push(...firstMentions(entities, local, this.article(entities.file), wanted));
    return found.sort(this.byFileThenStart);
  }

  /** File order by the files' places in sorted order (no string comparisons), then position. */
  private readonly byFileThenStart = (a: FindingSpan, b: FindingSpan): number => this.fileRank(a.file) - this.fileRank(b.file) || a.start - b.start;

  private groupFinding(id: string): { id: string; build: () => Finding | null } | null {
    const group = this.quotes.group(id);
    if (!group || !hasWordingFinding(group, this.diffs)) return null;
    return {
      id: quoteWordingFindingId(id),
      build: () => {
        const current = this.quotes.group(id);
        if (!current) return null;
        const speakerName = current.speaker ? this.entities.entity(current.speaker)?.name ?? null : null;
        return quoteWordingFinding(current, compareVersions(current, this.diffs), speakerName);
      },
    };
  }
}

/** The spans' texts are exactly these surface forms (the spellings a name-spelling finding lists). */
function sameTexts(spans: readonly FindingSpan[], surfaces: readonly string[]): boolean {
  const texts = new Set(spans.map((span) => span.text));
  return texts.size === surfaces.length && surfaces.every((surface) => texts.has(surface));
}

/** A local entity's first mention with each wanted surface form. */
function firstMentions(entities: ArticleEntities, local: number, article: ArticleState | undefined, wanted: ReadonlySet<string>): FindingSpan[] {
  const spans: FindingSpan[] = [];
  // (The article as it is now: the entities are its own unless it was re-set since.)
  if (!article || article.entities !== entities) return spans;
  const { analysis } = article;
  const mentions = mentionsOfLocal(entities, local);
  for (const surface of entities.surfaces(local)) {
    if (!wanted.has(surface)) continue;
    const index = mentions.find((i) => i < analysis.mentionCount && analysis.text(i) === surface);
    if (index !== undefined) spans.push({ file: entities.file, start: analysis.start(index), end: analysis.end(index), text: surface });
  }
  return spans;
}
