import { describe, expect, it } from 'vitest';
import { packAnalysis, releasePackedAnalysis, transferablesOf, unpackAnalysis } from '../../../src/core/analysis/packedAnalysis';
import { analyzeArticle } from '../../../src/core/analysis/pipeline';
import type { ArticleAnalysis } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';

const TEXT = normalizeText(
  'Velmora, 3 March 2025 — Aral Tennet, the mayor of Velmora, spoke on Monday.\n\n' +
    '“We will rebuild the northern bridge before the winter comes,” Tennet said. The Velmora Harbour Authority (VHA) agreed.\n\n' +
    'Critics called it a “vanity project”. “Nobody asked us,” one resident 🌉 said.\n',
);

describe('packed analyses', () => {
  it('unpack what was packed, through a structured clone as between threads', () => {
    const analysis = analyzeArticle(TEXT);
    expect(analysis.mentions.length).toBeGreaterThan(4);
    expect(analysis.quotes.some((q) => q.speakerMention === null)).toBe(true);
    expect(analysis.quotes.some((q) => q.speakerMention !== null)).toBe(true);
    const unpacked = unpackAnalysis(structuredClone(packAnalysis(analysis)));
    expect(unpacked).toEqual(analysis);
    // Field order as in the model: the JSON written from it keeps its shape.
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(analysis));
  });

  it('keeps each distinct name once, and each quote text', () => {
    const analysis = analyzeArticle(TEXT);
    const packed = packAnalysis(analysis);
    const names = new Set(analysis.mentions.flatMap((m) => [m.text, m.canonical]));
    const quotes = analysis.quotes.map((q) => q.text);
    expect(packed.stringEnds.length).toBe(names.size + quotes.length);
    expect(packed.stringUnits.length).toBe([...names, ...quotes].join('').length);
    // Not vacuous: names repeat (a name and its canonical form, a place named twice).
    expect(names.size).toBeLessThan(2 * analysis.mentions.length);
  });

  it('sends its buffers by transfer, and keeps long strings and lone surrogates exactly', () => {
    const long = 'word '.repeat(3000);
    const analysis: ArticleAnalysis = {
      metadata: { title: 'T', outlet: null, published: null, url: null, authors: ['A'] },
      mentions: [{ start: 0, end: 4, text: 'Ab\uD800c', type: 'PERSON', canonical: 'Ab\uD800c' }],
      quotes: [{ start: 5, end: 5 + long.length, text: long, kind: 'direct', speakerMention: 0 }],
    };
    const packed = packAnalysis(analysis);
    const sent = structuredClone(packed, { transfer: transferablesOf(packed) });
    expect(packed.stringUnits.length).toBe(0); // detached: moved, not copied
    expect(unpackAnalysis(sent)).toEqual(analysis);
  });

  it('keeps a leading U+FEFF, a U+FFFD and surrogate pairs exactly', () => {
    for (const name of ['\uFEFFAb', 'Ab\uFFFD', '🌉 Bridge', '\uDC00', 'Ab\uD800']) {
      const analysis: ArticleAnalysis = {
        metadata: { title: null, outlet: null, published: null, url: null, authors: [] },
        mentions: [{ start: 0, end: name.length, text: name, type: 'ORG', canonical: 'X ' + name }],
        quotes: [],
      };
      expect(unpackAnalysis(structuredClone(packAnalysis(analysis)))).toEqual(analysis);
    }
  });

  it('lets a packed analysis go once unpacked (its buffers detached), and leaves a plain one as it is', () => {
    const analysis = analyzeArticle(TEXT);
    const packed = packAnalysis(analysis);
    const unpacked = unpackAnalysis(packed);
    expect(packed.mentions.length).toBeGreaterThan(0);
    releasePackedAnalysis(packed);
    for (const buffer of transferablesOf(packed)) expect(buffer.byteLength).toBe(0);
    // What was unpacked before is the analysis' own: untouched.
    expect(unpacked).toEqual(analysis);
    const plain = analyzeArticle(TEXT);
    releasePackedAnalysis(plain);
    expect(plain).toEqual(analysis);
  });

  it('packs an empty analysis and refuses a value it has no code for', () => {
    const empty: ArticleAnalysis = { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions: [], quotes: [] };
    expect(unpackAnalysis(structuredClone(packAnalysis(empty)))).toEqual(empty);
    const odd = { ...empty, mentions: [{ start: 0, end: 1, text: 'x', type: 'THING', canonical: 'x' }] } as unknown as ArticleAnalysis;
    expect(() => packAnalysis(odd)).toThrow(/unknown value THING/);
  });
});
