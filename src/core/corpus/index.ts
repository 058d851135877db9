import { analyzeArticle } from '../analysis/pipeline';
import type { ArticleAnalysis, EntitySummary, ScanResult, SourceReport } from '../model';
import { normalizeText } from '../text/normalize';

interface ArticleEntry {
  file: string;
  text: string;
  analysis: ArticleAnalysis;
}

/** Folder-wide entity id for a name: identical names and types share an id. */
export function entityIdFor(type: string, canonical: string): string {
  const slug = canonical
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${type.toLowerCase()}:${slug}`;
}

/** The set of analysed articles of a folder and the links between them. */
export class CorpusIndex {
  private readonly articles = new Map<string, ArticleEntry>();

  setArticle(file: string, rawText: string): void {
    const text = normalizeText(rawText);
    this.articles.set(file, { file, text, analysis: analyzeArticle(text) });
  }

  removeArticle(file: string): void {
    this.articles.delete(file);
  }

  files(): string[] {
    return [...this.articles.keys()].sort();
  }

  result(): ScanResult {
    const sources: SourceReport[] = [];
    const entities = new Map<string, EntitySummary>();
    for (const file of this.files()) {
      const { analysis } = this.articles.get(file)!;
      const ids = analysis.mentions.map((m) => entityIdFor(m.type, m.canonical));
      analysis.mentions.forEach((m, i) => {
        const id = ids[i]!;
        let summary = entities.get(id);
        if (!summary) {
          summary = { id, name: m.canonical, type: m.type, aliases: [], sources: [], mentions: 0 };
          entities.set(id, summary);
        }
        summary.mentions++;
        if (!summary.aliases.includes(m.text)) summary.aliases.push(m.text);
        if (!summary.sources.includes(file)) summary.sources.push(file);
      });
      sources.push({
        file,
        ...analysis.metadata,
        entities: analysis.mentions.map((m, i) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: ids[i]! })),
        quotes: analysis.quotes.map((q) => ({
          start: q.start,
          end: q.end,
          text: q.text,
          kind: q.kind,
          speaker: q.speakerMention === null ? null : ids[q.speakerMention] ?? null,
          group: null,
        })),
      });
    }
    return { version: 1, sources, entities: [...entities.values()], quoteGroups: [] };
  }
}
