import { describe, expect, it } from 'vitest';
import { countWords, wordsOf } from '../../../src/core/analysis/quoteKinds';
import { random, randomText } from '../corpus/fixtures';

describe('countWords', () => {
  it('counts the pieces between whitespace that hold a letter or digit', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('We will go.')).toBe(3);
    expect(countWords('— so be it —')).toBe(3);
    expect(countWords('2021 ... ok\u00a0done\u2003!')).toBe(3);
    expect(countWords('𝐀𝐁 ✓ Ж')).toBe(2);
  });

  it('counts what the list of words has, for any text (randomized)', () => {
    const pieces = ['a', 'We', 'ж', 'Ж', '9', '𝐀', '\ud835', '\udc00', '✓', '—', '.', '"', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'é', 'e\u0301', '_', '-'];
    const next = random(5);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, pieces, 0, 12);
      const content = text.trim();
      expect(countWords(content), JSON.stringify(content)).toBe(wordsOf(content).length);
      // Asked to stop at three: what the list has, or three when it has more.
      expect(countWords(content, 3), JSON.stringify(content)).toBe(Math.min(3, wordsOf(content).length));
    }
  });
});
