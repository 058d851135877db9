/**
 * Keeps the folder's findings up to date: recomputed only for the entities, quote
 * groups and number units an update touched.
 */
import type { Finding, FindingSpan } from '../model';
import type { EntityGraph } from './entityGraph';
import { nameSpellingFinding, numberFindings, quoteWordingFinding, type NumberFact } from './findings';
import type { ArticleState } from './index';
import type { QuoteGraph } from './quoteGraph';
import { compareVersions } from './variants';

export class FindingStore {
  private readonly byId = new Map<string, Finding>();
  private readonly ofEntity = new Map<string, string>();
  private readonly ofGroup = new Map<string, string>();
  private readonly ofUnit = new Map<string, string[]>();
  private readonly factsByUnit = new Map<string, Set<NumberFact>>();
  /** node -> unit -> number of facts anchored on it. */
  private readonly unitsByNode = new Map<string, Map<string, number>>();
  private readonly dirtyUnits = new Set<string>();

  constructor(
    private readonly entities: EntityGraph,
    private readonly quotes: QuoteGraph,
    private readonly article: (file: string) => ArticleState | undefined,
  ) {}

  addFacts(facts: readonly NumberFact[]): void {
    for (const fact of facts) {
      const set = this.factsByUnit.get(fact.unit) ?? new Set<NumberFact>();
      this.factsByUnit.set(fact.unit, set.add(fact));
      for (const node of fact.anchors) {
        const units = this.unitsByNode.get(node) ?? new Map<string, number>();
        this.unitsByNode.set(node, units.set(fact.unit, (units.get(fact.unit) ?? 0) + 1));
      }
      this.dirtyUnits.add(fact.unit);
    }
  }

  removeFacts(facts: readonly NumberFact[]): void {
    for (const fact of facts) {
      const set = this.factsByUnit.get(fact.unit);
      set?.delete(fact);
      if (set?.size === 0) this.factsByUnit.delete(fact.unit);
      for (const node of fact.anchors) {
        const units = this.unitsByNode.get(node);
        const count = (units?.get(fact.unit) ?? 1) - 1;
        if (count > 0) units!.set(fact.unit, count);
        else units?.delete(fact.unit);
        if (units?.size === 0) this.unitsByNode.delete(node);
      }
      this.dirtyUnits.add(fact.unit);
    }
  }

  all(): Finding[] {
    return [...this.byId.values()];
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Recomputes what the changed entities, groups and moved name nodes affect; returns changed finding ids. */
  update(entityIds: ReadonlySet<string>, groupIds: ReadonlySet<string>, movedNodes: ReadonlySet<string>): Set<string> {
    const changed = new Set<string>();
    for (const id of entityIds) this.replace(this.ofEntity, id, this.entityFinding(id), changed);
    for (const id of groupIds) this.replace(this.ofGroup, id, this.groupFinding(id), changed);
    for (const node of movedNodes) for (const unit of this.unitsByNode.get(node)?.keys() ?? []) this.dirtyUnits.add(unit);
    for (const unit of this.dirtyUnits) {
      const facts = [...(this.factsByUnit.get(unit) ?? [])];
      const found = numberFindings(unit, facts, (node) => this.entities.entityOf(node)?.id ?? null, (id) => this.entities.entity(id)?.name ?? id);
      for (const id of this.ofUnit.get(unit) ?? []) {
        this.byId.delete(id);
        changed.add(id);
      }
      this.ofUnit.set(unit, found.map((f) => f.id));
      if (found.length === 0) this.ofUnit.delete(unit);
      for (const finding of found) {
        this.byId.set(finding.id, finding);
        changed.add(finding.id);
      }
    }
    this.dirtyUnits.clear();
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
