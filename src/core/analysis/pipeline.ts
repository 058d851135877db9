import type { ArticleAnalysis } from '../model';

/** Runs the per-article stages in order over a normalized text. */
export function analyzeArticle(text: string): ArticleAnalysis {
  void text;
  return {
    metadata: { title: null, outlet: null, published: null, url: null, authors: [] },
    mentions: [],
    quotes: [],
  };
}
