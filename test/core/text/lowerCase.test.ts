import { describe, expect, it } from 'vitest';
import { lowerCaseOf } from '../../../src/core/text/lowerCase';
import { random } from '../corpus/fixtures';

describe('lowerCaseOf', () => {
  it('gives what toLowerCase gives, for words cut from a two-byte article text too (randomized)', () => {
    const pieces = ['said', 'Putin', 'NATO', 'É', 'é', 'ß', 'İ', 'Σ', 'Рахмон', 'ǅ', '𝐀', '7', '-', '’', 'ministerial-level'];
    const next = random(21);
    const article = '“' + Array.from({ length: 400 }, () => pieces[Math.floor(next() * pieces.length)]).join(' ') + '”';
    let words = 0;
    for (const word of article.split(' ')) {
      // The same word twice: the second answer may come from what the first remembered.
      expect(lowerCaseOf(word), word).toBe(word.toLowerCase());
      expect(lowerCaseOf(word), word).toBe(word.toLowerCase());
      words++;
    }
    for (let round = 0; round < 2000; round++) {
      let word = '';
      for (let i = Math.floor(next() * 4); i >= 0; i--) word += pieces[Math.floor(next() * pieces.length)]!;
      expect(lowerCaseOf(word), word).toBe(word.toLowerCase());
    }
    expect(words).toBe(400);
  });

  it('gives a lowercase ASCII word back as it is', () => {
    const word = 'minister’s'.slice(0, 8);
    expect(lowerCaseOf(word)).toBe(word);
    expect(lowerCaseOf('')).toBe('');
  });
});
