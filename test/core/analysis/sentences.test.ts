import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/analysis/quoteMarks';
import { splitSentences, spaceThenSentence, wordBeforeDot } from '../../../src/core/analysis/sentences';
import { textMarks, tokenize } from '../../../src/core/text/tokens';
import { random, randomText } from '../corpus/fixtures';

const pieces = ['Mr', 'U', 'S', 'a', 'é', 'É', 'Ж', '𝐀', '.', ' ', '  ', '\n', '\u00a0', '\u2009', '"', '“', '«', '‘', "'", '(', '[', '’', '1', ',', 'x'];

describe('splitSentences by character code', () => {
  it('spaceThenSentence says what the pattern says of the three characters after a full stop (randomized)', () => {
    const next = random(41);
    let yes = 0;
    for (let round = 0; round < 5000; round++) {
      const text = randomText(next, pieces, 0, 12);
      for (let at = 0; at <= text.length; at++) {
        const expected = /^\s+[\p{Lu}"“«‘'(\[]/u.test(text.slice(at, at + 3));
        expect(spaceThenSentence(text, at), JSON.stringify([text, at])).toBe(expected);
        if (expected) yes++;
      }
    }
    expect(yes).toBeGreaterThan(1000);
  });

  it('wordBeforeDot finds what the pattern finds in the six characters before a full stop (randomized)', () => {
    const next = random(43);
    for (let round = 0; round < 5000; round++) {
      const text = randomText(next, pieces, 0, 12);
      for (let dot = 0; dot <= text.length; dot++) {
        const expected = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 6), dot))?.[1] ?? '';
        expect(wordBeforeDot(text, dot), JSON.stringify([text, dot])).toBe(expected);
      }
    }
  });
});

describe('splitSentences given the marks the tokenizer noted', () => {
  it('cuts the sentences it cuts by searching the text (randomized)', () => {
    const parts = ['Mr', 'U.S.', 'He said', 'she', 'Word', 'e.g.', 'kremlin.ru', '3.5', '.', '. ', '! ', '? ', '\n', '\n\n', ' “Yes.” ', ' "No." ', '“Go on', 'it.”', ' ', 'x', 'É.', 'Ж'];
    const next = random(41);
    let sentences = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, parts, 1, 24);
      const marks = textMarks();
      tokenize(text, marks);
      const quotes = findQuotes(text, marks);
      const expected = splitSentences(text, quotes);
      expect(splitSentences(text, quotes, marks.sentenceMarks), JSON.stringify(text)).toEqual(expected);
      sentences += expected.length;
    }
    expect(sentences).toBeGreaterThan(6000);
  });
});
