/** Assembles the `scan --json` contract from the index's state. */
import type { EntitySummary, QuoteGroup, ScanResult, SourceReport } from '../model';
import type { EntityGraph } from './entityGraph';
import type { FindingStore } from './findingStore';
import type { ArticleState } from './index';
import type { QuoteGraph } from './quoteGraph';
import { compareVersions } from './variants';

export function buildScanResult(
  articles: readonly ArticleState[],
  entityGraph: EntityGraph,
  quoteGraph: QuoteGraph,
  findings: FindingStore,
): ScanResult {
  const idOfNode = (node: string): string | null => entityGraph.entityOf(node)?.id ?? null;
  const sources: SourceReport[] = articles.map((article) => {
    const { analysis, entities, nodeKeys, file } = article;
    const entityOfMention = (index: number): string | null => idOfNode(nodeKeys[entities.localOfMention[index]!]!);
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
        group: quoteGraph.groupOf(`${file}#${i}`)?.id ?? null,
      })),
    };
  });
  const entitySummaries: EntitySummary[] = entityGraph
    .entities()
    .map((record) => {
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
    })
    .sort((a, b) => cmp(a.id, b.id));
  const quoteGroups: QuoteGroup[] = quoteGraph
    .groups()
    .map((group) => ({
      id: group.id,
      speaker: group.speaker,
      members: group.members.map(({ file, start, end }) => ({ file, start, end })),
      variants: compareVersions(group, findings.diffs),
    }))
    .sort((a, b) => cmp(a.id, b.id));
  return { version: 1, sources, entities: entitySummaries, quoteGroups, findings: findings.all().sort((a, b) => cmp(a.id, b.id)) };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
