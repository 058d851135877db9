// Two short invented articles that share a person and a quote, scanned by the real engine.
import { CorpusIndex } from '../../../src/core/corpus/index';
import type { ScanResult } from '../../../src/core/model';

export const ARTICLE_A = [
  'Eastport bridge reopens after repair',
  'By Ana Lee',
  'March 3, 2025',
  '',
  '"We kept our promise to the people of Eastport," said Mayor Mira Okafor on Monday.',
  'Okafor thanked the Eastport Transit Authority.',
  '',
].join('\n');

export const ARTICLE_B = [
  'Bridge back in service',
  'By Tom Reyes',
  'March 3, 2025',
  '',
  'Mayor Mira Okafor told reporters: "We kept our promise to the people."',
  '',
].join('\n');

export function scanTwoSources(): ScanResult {
  const index = new CorpusIndex();
  index.setArticle('a.txt', ARTICLE_A);
  index.setArticle('b.txt', ARTICLE_B);
  return index.result();
}
