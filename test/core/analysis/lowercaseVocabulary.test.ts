import { describe, expect, it } from 'vitest';
import { lowercaseVocabularyOf } from '../../../src/core/analysis/lowercaseVocabulary';
import { tokenize } from '../../../src/core/text/tokens';

describe('an article\'s lowercase vocabulary', () => {
  const text = 'Thirsty Valleys. The valleys were thirsty, said Émile, and the ÉCOLE of Élan was élan itself; iPhone users agreed.';

  it('has the words written in lowercase, lowercased, and not the capitalized ones', () => {
    const words = lowercaseVocabularyOf(tokenize(text));
    for (const word of ['valleys', 'thirsty', 'said', 'élan', 'iphone', 'users']) expect(words.has(word), word).toBe(true);
    for (const word of ['émile', 'école', 'Valleys', 'iPhone', 'valley', 'thirst', '']) expect(words.has(word), word).toBe(false);
  });

  it('answers the same for a long text (kept another way past a few thousand tokens)', () => {
    const long = `${text} ${'Lorem ipsum dolor sit amet and more words here. '.repeat(600)}`;
    const tokens = tokenize(long);
    expect(tokens.length).toBeGreaterThan(4000);
    const words = lowercaseVocabularyOf(tokens);
    for (const word of ['valleys', 'thirsty', 'élan', 'iphone', 'ipsum', 'here']) expect(words.has(word), word).toBe(true);
    for (const word of ['émile', 'école', 'lorem', 'Lorem']) expect(words.has(word), word).toBe(false);
  });
});
