import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/pipeline';
import { KeptAnalysis } from '../../../src/core/corpus/keptAnalysis';
import type { ArticleAnalysis } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';

const TEXT = normalizeText(
  'Aral Tennet, the mayor of Velmora, spoke on Monday, 3 March 2025.\n\n' +
    '“We will rebuild the northern bridge before the winter comes,” Tennet said. 𝐀 Tennet 😀 later met the Velmora Harbour Authority (VHA).\n\n' +
    'The VHA said it would publish its figures.\n',
);

describe('KeptAnalysis', () => {
  it('gives back every mention field and the analysis it was made from', () => {
    const analysis = analyzeArticle(TEXT);
    const kept = KeptAnalysis.of(analysis);
    expect(kept.mentionCount).toBe(analysis.mentions.length);
    analysis.mentions.forEach((mention, i) => {
      expect({ start: kept.start(i), end: kept.end(i), text: kept.text(i), type: kept.type(i), canonical: kept.canonical(i) }).toEqual(mention);
    });
    expect(kept.unpack()).toEqual(analysis);
    expect(kept.dateValues()).toEqual(analysis.mentions.filter((m) => m.type === 'DATE').map((m) => m.canonical));
    expect(kept.dateValues()).toContain('2025-03-03');
    expect(kept.metadata).toBe(analysis.metadata);
    expect(kept.quoteCount).toBe(analysis.quotes.length);
    expect(analysis.quotes.some((q) => q.speakerMention !== null)).toBe(true);
    analysis.quotes.forEach((quote, i) => expect(kept.quote(i)).toEqual(quote));
  });

  it('keeps canonical forms that differ from the mention text, each once', () => {
    const analysis = analyzeArticle(TEXT);
    // The acronym takes the organization's name, the weekday its date.
    expect(analysis.mentions.filter((m) => m.text === 'VHA').map((m) => m.canonical)).toEqual(['Velmora Harbour Authority', 'Velmora Harbour Authority']);
    expect(analysis.mentions.find((m) => m.text === 'Monday')?.canonical).toBe('2025-03-03');
    expect(KeptAnalysis.of(analysis).unpack().mentions).toEqual(analysis.mentions);
  });

  it('keeps an analysis without mentions', () => {
    const empty: ArticleAnalysis = { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions: [], quotes: [] };
    const kept = KeptAnalysis.of(empty);
    expect(kept.mentionCount).toBe(0);
    expect(kept.unpack()).toEqual(empty);
  });

  it('refuses an entity type or quote kind it cannot keep', () => {
    const odd = { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions: [{ start: 0, end: 1, text: 'x', type: 'THING', canonical: 'x' }], quotes: [] };
    expect(() => KeptAnalysis.of(odd as unknown as ArticleAnalysis)).toThrow(/unknown entity type THING/);
    const oddQuote = { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions: [], quotes: [{ start: 0, end: 1, text: 'x', kind: 'aside', speakerMention: null }] };
    expect(() => KeptAnalysis.of(oddQuote as unknown as ArticleAnalysis)).toThrow(/unknown quote kind aside/);
  });
});
