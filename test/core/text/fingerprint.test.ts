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

describe('textFingerprint, as first written', () => {
  // The formulation the function was first written in, one loop for both hashes and the string
  // after it: it is now split for V8's sake (see fingerprint.ts), and must give the very same strings.
  function reference(text: string): string {
    let fnv = 0x811c9dc5;
    let mix = 0x9e3779b9 ^ text.length;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      fnv = Math.imul(fnv ^ unit, 0x01000193);
      mix = Math.imul(mix ^ unit, 0x5bd1e995);
      mix ^= mix >>> 15;
    }
    return `${text.length}:${(fnv >>> 0).toString(36)}:${(mix >>> 0).toString(36)}`;
  }

  it('gives the same fingerprints for random texts of every length up to 300 (both signs of each hash)', () => {
    let seed = 7;
    const random = (): number => ((seed = Math.imul(seed ^ (seed >>> 13), 0x5bd1e995) ^ 0x9e37) >>> 0) / 2 ** 32;
    const signs = new Set<string>();
    for (let length = 0; length <= 300; length++) {
      for (let k = 0; k < 5; k++) {
        let text = '';
        for (let i = 0; i < length; i++) text += String.fromCharCode(random() < 0.8 ? 0x20 + Math.floor(random() * 95) : Math.floor(random() * 0x10000));
        const expected = reference(text);
        expect(textFingerprint(text)).toBe(expected);
        const [, fnv, mix] = expected.split(':');
        signs.add(`${parseInt(fnv!, 36) >= 2 ** 31}/${parseInt(mix!, 36) >= 2 ** 31}`);
      }
    }
    expect(signs.size).toBe(4);
  });
});
