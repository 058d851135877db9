/**
 * The folder's entities as a graph over name nodes. A node is one name as spelled
 * after folding (type + folded name + sense), or one registry entry; every article's
 * local entities sit on nodes. Edges join nodes that are one entity: a surname to the
 * only full name with that surname, an acronym to the only expansion with those
 * initials, a same-article typo, a date without a year to the only full date.
 * Edges are looked up in postings ("buckets") by key, so a change touches only the
 * nodes that share a key with it, never the whole folder.
 */
import type { EntityType } from '../model';
import { entityIdFor, foldEvidence, foldName } from './names';
import { bestName, BucketKeys, bucketsOf, sharedTitles, type NameNode } from './nameBuckets';
import type { ArticleEntities } from './localEntities';
import { registryEntityId, type RegistryEntry, type RegistryLookup } from './registry';
import { DisjointSets } from './disjointSets';
import { NameCounts } from './nameCounts';

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  /** Name node keys, sorted. */
  nodes: string[];
  /** Why the names were merged (empty for a single spelling). */
  evidence: string[];
  registry: RegistryEntry | null;
}


interface Edge {
  a: string;
  b: string;
  rank: number;
  label: string;
}

const UNRESOLVED_SUFFIX = '--unresolved';

export class EntityGraph {
  private readonly nodes = new Map<string, NameNode>();
  private readonly members = new BucketKeys();
  private readonly lookups = new BucketKeys();
  /** a -> b -> file -> label (stored both ways). */
  private readonly typos = new Map<string, Map<string, Map<string, string>>>();
  private readonly entityOfNode = new Map<string, EntityRecord>();
  private readonly entityById = new Map<string, EntityRecord>();
  /** Nodes created, deleted or given a typo link: their buckets' neighbours may link differently. */
  private readonly dirty = new Set<string>();
  /** Existing nodes that only gained or lost local entities: links stay, names and counts change. */
  private readonly touched = new Set<string>();
  private readonly registryIds: Set<string>;

  constructor(private readonly registry: RegistryLookup) {
    this.registryIds = new Set(registry.registry.entries.map(registryEntityId));
  }

  /**
   * Puts local number `local` of an article's entities on the node `key`. Returns the node's own
   * copy of the key, for callers that keep it: one string per node, not one per article.
   */
  addLocal(entities: ArticleEntities, local: number, key: string, entry: RegistryEntry | null): string {
    let node = this.nodes.get(key);
    if (node) {
      this.touched.add(key);
      node.localArticles.push(entities);
      node.localIndices.push(local);
    } else {
      const [, keyFold = '', qualifier = ''] = key.split('|');
      // A registry node is found under its canonical name (surnames and initials point at it).
      const fold = entry ? foldName(entry.name) : keyFold;
      // Its first local in the columns from the start: arrays made empty get room for 17 at the first
      // push, and a third of the nodes keep one local (~1.5 MB at 10,000 articles).
      node = { key, type: entry?.type ?? entities.type(local), fold, qualifier, registry: entry, localArticles: [entities], localIndices: [local], canonicals: new NameCounts(), surfaces: new NameCounts(), mentions: 0 };
      this.nodes.set(key, node);
      this.index(node, true);
      this.dirty.add(key);
    }
    node.mentions += entities.mentionCount(local);
    node.canonicals.add(entities.canonical(local));
    // Indexed, not for…of: this runs for every local entity of a cold load, in code V8 had not
    // optimized by then, where each step of an array iterator was an object (~30 MB at 10,000 articles).
    const surfaces = entities.surfaces(local);
    for (let k = 0; k < surfaces.length; k++) node.surfaces.add(surfaces[k]!);
    return node.key;
  }

  removeLocal(entities: ArticleEntities, local: number, key: string): void {
    const node = this.nodes.get(key);
    if (!node) return;
    // From the end: a re-attached article's locals were the last ones added. (lastIndexOf: a node
    // can have thousands of locals, and re-anchoring detaches articles from the middle of them.)
    let at = node.localArticles.lastIndexOf(entities);
    while (at >= 0 && node.localIndices[at] !== local) at = at === 0 ? -1 : node.localArticles.lastIndexOf(entities, at - 1);
    if (at < 0) return;
    node.localArticles.splice(at, 1);
    node.localIndices.splice(at, 1);
    node.mentions -= entities.mentionCount(local);
    node.canonicals.remove(entities.canonical(local));
    for (const surface of entities.surfaces(local)) node.surfaces.remove(surface);
    this.touched.add(key);
    if (node.localArticles.length === 0) {
      this.dirty.add(key);
      // Its bucket neighbours may now resolve differently ("Carter" was ambiguous, now is not).
      const buckets = bucketsOf(node);
      for (const bucket of [...buckets.member, ...buckets.lookup.map((l) => l.bucket)]) {
        for (const other of this.members.keys(bucket)) this.dirty.add(other);
        for (const other of this.lookups.keys(bucket)) this.dirty.add(other);
      }
      this.index(node, false);
      this.nodes.delete(key);
    }
  }

  setTypo(file: string, a: string, b: string, label: string | null): void {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const byOther = this.typos.get(x) ?? new Map<string, Map<string, string>>();
      const byFile = byOther.get(y) ?? new Map<string, string>();
      if (label === null) byFile.delete(file);
      else byFile.set(file, label);
      if (byFile.size > 0) byOther.set(y, byFile);
      else byOther.delete(y);
      if (byOther.size > 0) this.typos.set(x, byOther);
      else this.typos.delete(x);
    }
    this.dirty.add(a).add(b);
  }

  entityOf(key: string): EntityRecord | undefined {
    return this.entityOfNode.get(key);
  }

  /** Full dates with this month-day ("09-15") that the engine resolved in articles other than `excludeFile`. */
  engineDates(monthDay: string, excludeFile: string): string[] {
    const dates: string[] = [];
    for (const key of this.members.keys(`DATE|md|${monthDay}`)) {
      const node = this.nodes.get(key)!;
      for (let k = 0; k < node.localArticles.length; k++) {
        const entities = node.localArticles[k]!;
        if (entities.file !== excludeFile && !entities.derived(node.localIndices[k]!)) {
          dates.push(node.fold);
          break;
        }
      }
    }
    return dates;
  }

  entity(id: string): EntityRecord | undefined {
    return this.entityById.get(id);
  }

  entities(): EntityRecord[] {
    return [...this.entityById.values()];
  }

  /** The node's local entities: each an article's entities and the local's index in them. */
  nodeLocals(key: string): { entities: ArticleEntities; local: number }[] {
    const node = this.nodes.get(key);
    return node ? node.localArticles.map((entities, k) => ({ entities, local: node.localIndices[k]! })) : [];
  }

  /** The file of each of the node's local entities, in the order they came (a file twice if it has two). */
  nodeFiles(key: string): string[] {
    return this.nodes.get(key)?.localArticles.map((entities) => entities.file) ?? [];
  }

  nodeMentions(key: string): number {
    return this.nodes.get(key)?.mentions ?? 0;
  }

  /** The surface forms of one name node, in the order they came. */
  nodeSurfaces(key: string): readonly string[] {
    return this.nodes.get(key)?.surfaces.names() ?? [];
  }

  /**
   * Recomputes the entities around what changed since the last flush. Returns the ids
   * that appeared, vanished or changed, and the nodes whose entity id changed (with the old id).
   */
  flush(): { changedIds: Set<string>; movedNodes: Map<string, string | null> } {
    const changedIds = new Set<string>();
    const movedNodes = new Map<string, string | null>();
    if (this.dirty.size === 0 && this.touched.size === 0) return { changedIds, movedNodes };
    // Registry rules look at a node's spellings, so there a new spelling can change who may join whom.
    if (this.registryIds.size > 0) this.markTouchedDirty();
    const region = this.affectedRegion();
    // Without new links an entity keeps its nodes: only its name, counts and evidence are redone.
    this.addTouchedEntities(region);
    this.dirty.clear();
    this.touched.clear();
    const previous = this.dropEntitiesOf(region, changedIds);
    this.installEntities(this.buildEntities([...region].filter((k) => this.nodes.has(k))), previous, changedIds, movedNodes);
    for (const [key, id] of previous) if (!this.nodes.has(key)) movedNodes.set(key, id);
    return { changedIds, movedNodes };
  }

  /* flush's loops, each alone in its method (see scripts/bench/deopt-loops.mjs). */

  private markTouchedDirty(): void {
    for (const key of this.touched) this.dirty.add(key);
  }

  private addTouchedEntities(region: Set<string>): void {
    for (const key of this.touched) for (const other of this.entityOfNode.get(key)?.nodes ?? [key]) region.add(other);
  }

  /** Forgets the entities of the region's nodes; returns each node's old entity id. */
  private dropEntitiesOf(region: Set<string>, changedIds: Set<string>): Map<string, string> {
    const previous = new Map<string, string>();
    for (const key of region) {
      const old = this.entityOfNode.get(key);
      if (!old) continue;
      previous.set(key, old.id);
      changedIds.add(old.id);
      this.entityById.delete(old.id);
      this.entityOfNode.delete(key);
    }
    return previous;
  }

  private installEntities(records: EntityRecord[], previous: Map<string, string>, changedIds: Set<string>, movedNodes: Map<string, string | null>): void {
    for (const record of records) {
      this.entityById.set(record.id, record);
      changedIds.add(record.id);
      for (const key of record.nodes) {
        this.entityOfNode.set(key, record);
        if (previous.get(key) !== record.id) movedNodes.set(key, previous.get(key) ?? null);
      }
    }
  }

  /** Dirty nodes, the nodes sharing a bucket with them, their old entities' nodes, closed under edges. */
  private affectedRegion(): Set<string> {
    const region = new Set<string>();
    const queue: string[] = [];
    const visit = (key: string): void => {
      if (region.has(key)) return;
      region.add(key);
      queue.push(key);
    };
    for (const key of this.dirty) {
      visit(key);
      const node = this.nodes.get(key);
      const buckets = node ? bucketsOf(node) : { member: [], lookup: [] };
      for (const bucket of [...buckets.member, ...buckets.lookup.map((l) => l.bucket)]) {
        for (const other of this.members.keys(bucket)) visit(other);
        for (const other of this.lookups.keys(bucket)) visit(other);
      }
    }
    while (queue.length > 0) {
      const key = queue.pop()!;
      for (const other of this.entityOfNode.get(key)?.nodes ?? []) visit(other);
      for (const edge of this.edgesOf(key)) visit(edge.a === key ? edge.b : edge.a);
    }
    return region;
  }

  private edgesOf(key: string): Edge[] {
    const node = this.nodes.get(key);
    if (!node) return [];
    const edges: Edge[] = [];
    const buckets = bucketsOf(node);
    for (const { bucket, rank, label } of buckets.lookup) {
      const targets = [...this.members.keys(bucket)].filter((k) => k !== key);
      if (targets.length === 1) edges.push({ a: key, b: targets[0]!, rank, label: label(this.displayName(targets[0]!)) });
    }
    for (const bucket of buckets.member) {
      const members = this.members.size(bucket);
      for (const other of this.lookups.keys(bucket)) {
        if (other === key || members !== (this.members.has(bucket, other) ? 2 : 1)) continue;
        const otherNode = this.nodes.get(other)!;
        const lookup = bucketsOf(otherNode).lookup.find((l) => l.bucket === bucket)!;
        edges.push({ a: other, b: key, rank: lookup.rank, label: lookup.label(this.displayName(key)) });
      }
    }
    for (const [other, byFile] of this.typos.get(key) ?? []) {
      if (this.nodes.has(other)) edges.push({ a: key, b: other, rank: 1, label: [...byFile.values()].sort()[0]! });
    }
    return edges;
  }

  private buildEntities(keys: string[]): EntityRecord[] {
    const sets = new DisjointSets(keys);
    const sorted = [...this.edgesAmong(keys).values()].sort((x, y) => x.rank - y.rank || cmp(x.a + x.b, y.a + y.b));
    const labelsByRoot = this.labelsByRoot(sets, this.joinAlong(sorted, sets));
    return sets.groups().map((group) => this.record(group.sort(), labelsByRoot.get(sets.find(group[0]!)) ?? []));
  }

  /* buildEntities' loops, each in a method that ends with it (see flush's). */

  /** The edges of these nodes, each once. */
  private edgesAmong(keys: string[]): Map<string, Edge> {
    const edges = new Map<string, Edge>();
    for (const key of keys) for (const edge of this.edgesOf(key)) edges.set([edge.a, edge.b].sort().join('\n'), edge);
    return edges;
  }

  /** Joins the sets along the edges, strongest first, where the registry allows; returns the edges used. */
  private joinAlong(sorted: Edge[], sets: DisjointSets): Edge[] {
    const usedEdges: Edge[] = [];
    for (const edge of sorted) {
      if (!sets.has(edge.a) || !sets.has(edge.b) || sets.find(edge.a) === sets.find(edge.b)) continue;
      if (!this.canJoin(sets.members(edge.a), sets.members(edge.b))) continue;
      sets.union(edge.a, edge.b);
      usedEdges.push(edge);
    }
    return usedEdges;
  }

  private labelsByRoot(sets: DisjointSets, usedEdges: Edge[]): Map<string, string[]> {
    const labelsByRoot = new Map<string, string[]>();
    for (const edge of usedEdges) {
      const root = sets.find(edge.a);
      labelsByRoot.set(root, [...(labelsByRoot.get(root) ?? []), edge.label]);
    }
    return labelsByRoot;
  }

  /** Registry decisions: one registry entry per entity, and never a name it calls distinct. */
  private canJoin(left: string[], right: string[]): boolean {
    const entryOf = (keys: string[]): RegistryEntry | null => keys.map((k) => this.nodes.get(k)!.registry).find((e) => e) ?? null;
    const a = entryOf(left);
    const b = entryOf(right);
    if (a && b && registryEntityId(a) !== registryEntityId(b)) return false;
    const forbidden = (entry: RegistryEntry | null, keys: string[]): boolean =>
      entry !== null && keys.some((k) => this.nodes.get(k)!.canonicals.names().some((c) => this.registry.forbids(entry, entry.type, c)));
    return !forbidden(a, right) && !forbidden(b, left);
  }

  private record(keys: string[], edgeLabels: string[]): EntityRecord {
    const nodes = keys.map((k) => this.nodes.get(k)!);
    const entry = nodes.map((n) => n.registry).find((e) => e) ?? null;
    const type = entry?.type ?? nodes[0]!.type;
    const evidence: string[] = [];
    let name: string;
    let id: string;
    if (entry) {
      name = entry.name;
      id = registryEntityId(entry);
      evidence.push(`registry: '${entry.name}'`);
    } else {
      name = bestName(type, nodes);
      // A sense goes into the id only when the folder has more than one sense of the name.
      const qualified = nodes.find((n) => n.qualifier);
      const senses = qualified ? this.members.size(`${type}|sense|${qualified.fold}`) : 0;
      id = entityIdFor(type, name) + (qualified && senses > 1 ? `--${qualified.qualifier}` : '');
      if (this.registryIds.has(id)) id += UNRESOLVED_SUFFIX;
    }
    for (const node of nodes) {
      const spellings = node.canonicals.names().sort();
      for (const other of spellings.slice(1)) {
        const rules = foldEvidence(spellings[0]!, other);
        evidence.push(`spelling '${spellings[0]}' ~ '${other}'${rules.length ? `: ${rules.join(', ')}` : ''}`);
      }
    }
    evidence.push(...new Set(edgeLabels));
    if (nodes.length > 1) evidence.push(...sharedTitles(nodes).map((t) => `same title '${t}'`));
    return { id, name, type, nodes: keys, evidence, registry: entry };
  }

  private displayName(key: string): string {
    const node = this.nodes.get(key);
    return node ? bestName(node.type, [node]) : key;
  }

  private index(node: NameNode, add: boolean): void {
    const buckets = bucketsOf(node);
    const update = (keys: BucketKeys, bucket: string): void => (add ? keys.add(bucket, node.key) : keys.delete(bucket, node.key));
    for (const bucket of buckets.member) update(this.members, bucket);
    for (const { bucket } of buckets.lookup) update(this.lookups, bucket);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
