import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/pipeline';
import { packAnalysis } from '../../../src/core/analysis/packedAnalysis';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { SharedStrings } from '../../../src/core/corpus/sharedStrings';
import { normalizeText } from '../../../src/core/text/normalize';

const TEXT = normalizeText(
  'Aral Tennet, the mayor of Velmora, spoke on Monday.\n\n' +
    '“We will rebuild the northern bridge before the winter comes,” Tennet said.\n\n' +
    'The Velmora Harbour Authority said it would publish its figures on 3 March 2025.\n',
);

/** What crosses a worker boundary: a structured-clone copy, every string its own. */
function copied(text: string) {
  return structuredClone(analyzeArticle(text));
}

describe('SharedStrings', () => {
  it('keeps analyses equal while it shares their names', () => {
    const shared = new SharedStrings();
    const first = copied(TEXT);
    const second = copied(TEXT);
    const expected = structuredClone(first);
    expect(shared.shareAnalysis(first)).toEqual(expected);
    expect(shared.shareAnalysis(second)).toEqual(expected);
    expect(first.mentions.length).toBeGreaterThan(2);
    expect(first.quotes.length).toBeGreaterThan(0);
    // (Which copy a string is cannot be seen from JavaScript: the memory saved is measured by the bench.)
  });

  it('keeps analyses equal where code points and UTF-16 offsets differ', () => {
    const text = normalizeText('Aral Tennet 🌉 said: “We will rebuild the northern bridge before the winter comes,” on Monday.\n');
    const analysis = copied(text);
    const expected = structuredClone(analysis);
    expect(analysis.quotes.length).toBeGreaterThan(0);
    expect(new SharedStrings().shareAnalysis(analysis)).toEqual(expected);
  });

  it('unpacks a worker\'s packed analysis into the same analysis, and indexes it as the plain one', () => {
    const texts = [TEXT, normalizeText('Aral Tennet 🌉 said: “We will rebuild the northern bridge before the winter comes,” on Monday.\n')];
    const shared = new SharedStrings();
    for (const text of texts) expect(shared.unpack(packAnalysis(analyzeArticle(text)))).toEqual(analyzeArticle(text));
    const plain = new CorpusIndex();
    const packed = new CorpusIndex();
    plain.setAnalyses(texts.map((text, i) => ({ file: `${i}.txt`, text, analysis: analyzeArticle(text) })));
    packed.setAnalyses(texts.map((text, i) => ({ file: `${i}.txt`, text, analysis: packAnalysis(analyzeArticle(text)) })));
    expect(packed.result()).toEqual(plain.result());
    expect(plain.result().quoteGroups.length).toBeGreaterThan(0);
  });

  it('keeps one frozen copy of equal lists, whoever built them', () => {
    const shared = new SharedStrings();
    const surfaces = shared.list(['Tennet', 'Aral Tennet']);
    expect(shared.list(['Tennet', 'Aral Tennet'])).toBe(surfaces);
    expect(shared.list(['Aral Tennet', 'Tennet'])).not.toBe(surfaces);
    expect(shared.list([3])).toBe(shared.list([3]));
    expect(shared.list([3])).not.toBe(shared.list(['3']));
    expect(Object.isFrozen(surfaces)).toBe(true);
    expect(surfaces).toEqual(['Tennet', 'Aral Tennet']);
  });
});
