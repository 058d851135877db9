import { describe, expect, it } from 'vitest';
import { QuoteGraph, type QuoteRecord } from '../../../src/core/corpus/quoteGraph';
import { compareQuotes, quoteFeatures } from '../../../src/core/corpus/quoteMatch';
import { random } from './fixtures';

/** A quote graph whose links (between wordings) a test can read. */
class OpenQuoteGraph extends QuoteGraph {
  linkedPairs(): Set<string> {
    const pairs = new Set<string>();
    for (const [a, others] of this.links) for (const b of others.keys()) if (a < b) pairs.add(`${a} | ${b}`);
    return pairs;
  }
}

function recordOf(file: string, index: number, text: string): QuoteRecord {
  return {
    id: `${file}#${index}`,
    file,
    start: index * 100,
    end: index * 100 + text.length,
    text,
    kind: 'direct',
    speakerNode: null,
    features: quoteFeatures(text),
    wording: undefined,
    group: undefined,
    version: undefined,
    variant: undefined,
    variantOf: undefined,
  };
}

describe('the quote graph candidate search', () => {
  it('links every pair of wordings that comparing all pairs links, and no other (randomized)', () => {
    // Short quotes of common and rare words, short and long (a lone shared word of 7 letters or more
    // links two-key quotes), spread over articles: the candidate search reads postings of each
    // quote's rarest keys only, and must still meet every pair compareQuotes would link.
    const words = 'we agree on the of and it deal harbour border treaty water summit sell agreement cooperate ambassadors talks lo mi zuzulo dushanbe kalolomilo reform'.split(' ');
    const next = random(41);
    const quote = (): string => Array.from({ length: 2 + Math.floor(next() * 7) }, () => words[Math.floor(next() * words.length)]).join(' ');
    for (let round = 0; round < 5; round++) {
      const graph = new OpenQuoteGraph(() => null);
      const byWording = new Map<string, QuoteRecord>();
      for (let file = 0; file < 40; file++) {
        const records = Array.from({ length: 10 }, (_, k) => recordOf(`f${file}.txt`, k, quote()));
        graph.setFile(`f${file}.txt`, records);
        for (const record of records) byWording.set(record.features.normText, record);
      }
      const wordings = [...byWording.values()];
      const expected = new Set<string>();
      for (let i = 0; i < wordings.length; i++) {
        for (let j = i + 1; j < wordings.length; j++) {
          const [a, b] = [wordings[i]!, wordings[j]!];
          if (a.features.tokenCount < 2 || b.features.tokenCount < 2 || !compareQuotes(a.features, b.features, false)) continue;
          const [x, y] = [a.features.normText, b.features.normText].sort();
          expected.add(`${x} | ${y}`);
        }
      }
      expect(expected.size).toBeGreaterThan(200);
      expect(graph.linkedPairs()).toEqual(expected);
    }
  });
});
