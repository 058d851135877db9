import { describe, expect, it } from 'vitest';
import { articleNumberFacts, FACT, factMatchesOf, packNumberFacts, sentenceStopAfter, sentenceStopBefore, unpackNumberFacts } from '../../../src/core/corpus/numberFacts';
import { analysisOf } from './fixtures';
import { analyzeArticle } from '../../../src/core/analysis/pipeline';
import { random, randomText } from './fixtures';

const PIECES = [
  '1', '20', '1,357', '2.5', '007', 'one', 'Two', 'THREE', 'eighteen', 'fourteen', 'ninety', 'hundred', 'ſix', 'ſeven', 'K',
  ' ', ' ', '-', '-', ',', '.', '\n', 'thousand', 'million', 'Billion', 'troops', 'kilometer', 'km', 'miles', 'per cent', 'percent',
  'someone', 'often', 'tone', 'x', '_', 'ſ', 'é', 'Ünits', 'ß', 'İ', 'member', 'long', 'people', '“', '”', '2021',
];

const NUMBERS = ['1', '20', '1,357', '2.5', 'one', 'Two', 'ſix', 'fourteen', 'ninety', '2021'];
const UNITS = ['troops', 'kilometer-long', 'km', 'miles', 'per cent', 'member', 'Ünits', 'people', 'ſhips'];

describe('number facts', () => {
  it('finds exactly what a full scan of the fact pattern finds', () => {
    const next = random(42);
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = 1 + Math.floor(next() * 14);
      for (let i = 0; i < length; i++) {
        const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)]!;
        // Half the time a likely fact ("twenty-member", "2.5 million people"), else any piece.
        text += next() < 0.5 ? pick(NUMBERS) + pick([' ', '-', ' million ', '-thousand ']) + pick(UNITS) : pick(PIECES);
      }
      const expected = [...text.matchAll(FACT)].map((m) => [m.index, ...m]);
      expect(factMatchesOf(text).map((m) => [m.index, ...m]), JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    // Not vacuous: the random texts held over a thousand facts.
    expect(found).toBeGreaterThan(1000);
  });

  it('keeps the long s that case folding turns into an s', () => {
    expect(factMatchesOf('ſix troops').map((m) => m[0])).toEqual(['ſix troops']);
  });
});

describe('number facts as a worker sends them', () => {
  it('come back from their packed form as they were: spans, values, units and zero to two anchors', () => {
    const text = 'Nordland has a 1,357-kilometer border with Sudland. Sudland sent 20,000 troops. About 2.5 million people voted.';
    const facts = articleNumberFacts(text, analysisOf({ file: 'a.txt', text, mentions: [{ text: 'Nordland', type: 'PLACE' }, { text: 'Sudland', type: 'PLACE' }, { text: 'Sudland', type: 'PLACE', occurrence: 2 }] }));
    expect(facts.map((f) => f.anchors.length)).toEqual([2, 1]);
    const made = [...facts, { start: 3, end: 9, text: 'x', value: 0.5, unit: 'percent', anchors: [] }];
    expect(unpackNumberFacts(packNumberFacts(made))).toEqual(made);
    expect(unpackNumberFacts(packNumberFacts([]))).toEqual([]);
  });

  it("bounds a number's sentence by the nearest '. ' or line break on each side, at most 1,000 characters away", () => {
    const pieces = ['. ', '.', ' ', '\n', 'word', '5', '.\n', '..', ' .', '.\t', 'x'.repeat(400)];
    const next = random(9);
    const stopAfter = /\.\s|\n/g;
    for (let round = 0; round < 1500; round++) {
      const text = randomText(next, pieces, 0, 14);
      for (let at = 0; at <= text.length + 1; at += 1 + Math.floor(next() * 7)) {
        const before = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), Math.max(-1, at - 1000));
        expect(sentenceStopBefore(text, at), JSON.stringify([text, at])).toBe(before);
        stopAfter.lastIndex = at;
        const found = stopAfter.exec(text);
        expect(sentenceStopAfter(text, at), JSON.stringify([text, at])).toBe(Math.min(found ? found.index : text.length, at + 1000));
      }
    }
  });

  it('anchors numbers in a text without sentence stops in linear time (each number looks 1,000 characters either way)', () => {
    const text = 'Officials counted 1,234 troops near Khujand and 5 km of road, '.repeat(4000);
    const facts = articleNumberFacts(text, analyzeArticle(text));
    expect(facts.length).toBeGreaterThan(4000);
    expect(facts.every((f) => f.anchors.length > 0)).toBe(true);
  });
});
