/**
 * Keeps the folder's findings up to date: recomputed only for the entities, quote
 * groups and number units an update touched.
 */
import type { Finding, FindingSpan } from '../model';
import type { EntityGraph } from './entityGraph';
import { nameSpellingFinding, numberFindingsAt, quoteWordingFinding, type NumberFact } from './findings';
import type { ArticleState } from './index';
import type { QuoteGraph } from './quoteGraph';
import { compareVersions } from './variants';

export class FindingStore {
  private readonly byId = new Map<string, Finding>();
  private readonly ofEntity = new Map<string, string>();
  private readonly ofGroup = new Map<string, string>();
  /** `${unit}|${entity}` -> number findings anchored there. */
  private readonly ofUnitEntity = new Map<string, string[]>();
  /** `${unit}|${node}` -> facts with that unit anchored on that name node. */
  private readonly factsByUnitNode = new Map<string, Set<NumberFact>>();
  /** node -> unit -> number of facts anchored on it. */
  private readonly unitsByNode = new Map<string, Map<string, number>>();
  /** [unit, node] pairs whose facts changed since the last update. */
  private readonly dirtyFacts: [string, string][] = [];

  constructor(
    private readonly entities: EntityGraph,
    private readonly quotes: QuoteGraph,
    private readonly article: (file: string) => ArticleState | undefined,
  ) {}

  addFacts(facts: readonly NumberFact[]): void {
    for (const fact of facts) {
      for (const node of new Set(fact.anchors)) {
        const key = `${fact.unit}|${node}`;
        this.factsByUnitNode.set(key, (this.factsByUnitNode.get(key) ?? new Set<NumberFact>()).add(fact));
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
        const set = this.factsByUnitNode.get(key);
        set?.delete(fact);
        if (set?.size === 0) this.factsByUnitNode.delete(key);
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
    return [...this.byId.values()];
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /**
   * Recomputes what changed entities, groups, facts and name nodes that moved to another
   * entity (node -> old entity id) affect; returns the finding ids that changed.
   */
  update(entityIds: ReadonlySet<string>, groupIds: ReadonlySet<string>, movedNodes: ReadonlyMap<string, string | null>): Set<string> {
    const changed = new Set<string>();
    for (const id of entityIds) this.replace(this.ofEntity, id, this.entityFinding(id), changed);
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
      const facts = record.nodes.flatMap((node) => [...(this.factsByUnitNode.get(`${unit}|${node}`) ?? [])]);
      const found = numberFindingsAt(unit, anchor, [...new Set(facts)], entityOf, (id) => this.entities.entity(id)?.name ?? id);
      if (found.length > 0) this.ofUnitEntity.set(pair, found.map((f) => f.id));
      for (const finding of found) {
        this.byId.set(finding.id, finding);
        changed.add(finding.id);
      }
    }
    return changed;
  }

  private replace(index: Map<string, string>, key: string, next: Finding | null, changed: Set<string>): void {
    const old = index.get(key);
    if (old) {
      this.byId.delete(old);
      index.delete(key);
      changed.add(old);
    }
    if (next) {
      this.byId.set(next.id, next);
      index.set(key, next.id);
      changed.add(next.id);
    }
  }

  private entityFinding(id: string): Finding | null {
    const record = this.entities.entity(id);
    if (!record || record.type === 'DATE') return null;
    const surfaces = record.nodes.flatMap((node) => [...this.entities.nodeSurfaces(node).keys()]);
    return nameSpellingFinding(record.id, record.name, surfaces, (surface) => this.occurrences(record.nodes, surface));
  }

  /** The first mention with this surface form in each file. */
  private occurrences(nodes: readonly string[], surface: string): FindingSpan[] {
    const spans: FindingSpan[] = [];
    for (const node of nodes) {
      for (const local of this.entities.nodeSurfaces(node).get(surface) ?? []) {
        const mentions = this.article(local.file)?.analysis.mentions ?? [];
        const index = local.mentions.find((i) => mentions[i]?.text === surface);
        if (index !== undefined) spans.push({ file: local.file, start: mentions[index]!.start, end: mentions[index]!.end, text: surface });
      }
    }
    return spans.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
  }

  private groupFinding(id: string): Finding | null {
    const group = this.quotes.group(id);
    if (!group) return null;
    const speakerName = group.speaker ? this.entities.entity(group.speaker)?.name ?? null : null;
    return quoteWordingFinding(group, compareVersions(group), speakerName);
  }
}
