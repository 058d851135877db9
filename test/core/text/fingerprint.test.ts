import { describe, expect, it } from 'vitest';
import { textFingerprint } from '../../../src/core/text/fingerprint';

const ARTICLE = 'Velmora, 3 March 2025 — “We will rebuild the northern bridge before winter,” Mayor Aral Tennet said. 🌉\n\nThe Velmora Harbour Authority agreed.\n';

describe('textFingerprint', () => {
  it('is the same for the same text, made separately', () => {
    expect(textFingerprint(ARTICLE)).toBe(textFingerprint([ARTICLE.slice(0, 40), ARTICLE.slice(40)].join('')));
    expect(textFingerprint('')).toBe(textFingerprint(''));
  });

  it('tells apart every one-character edit of a text, and texts that differ only in length or order', () => {
    // A letter changed, a character dropped, one inserted, at every place: what typing does.
    const texts = new Set([ARTICLE]);
    for (let at = 0; at < ARTICLE.length; at++) {
      texts.add(ARTICLE.slice(0, at) + 'x' + ARTICLE.slice(at + 1));
      texts.add(ARTICLE.slice(0, at) + ARTICLE.slice(at + 1));
      texts.add(ARTICLE.slice(0, at) + 'e' + ARTICLE.slice(at));
    }
    expect(texts.size).toBeGreaterThan(ARTICLE.length * 2);
    expect(new Set([...texts].map(textFingerprint)).size).toBe(texts.size);
    expect(textFingerprint('\n')).not.toBe(textFingerprint('\n\n'));
    expect(textFingerprint('\uD83C\uDF09')).not.toBe(textFingerprint('\uDF09\uD83C'));
  });
});
