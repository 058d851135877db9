import { describe, expect, it } from 'vitest';
import { findUrls, URL_PATTERN, urlMatches } from '../../../src/core/analysis/urls';
import { random, randomText } from '../corpus/fixtures';

const PIECES = [
  'http', 'https', 'HTTP', 'Https', 'httpſ', 'xhttp', '_http', 'éhttp', '://', ':/', '//', 'www.', 'WWW.', 'wWw.', 'ww.', 'www',
  'example.com', '/path?q=1', '.', ',', ';', '!', ' ', ' ', '\n', '(', ')', '[', ']', '<', '>', '"', "'", '`', 'a', '_', 'é', 'ſ', '9',
];

describe('URLs', () => {
  it('finds exactly what a scan of the whole text with the pattern finds', () => {
    const next = random(7);
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, PIECES, 1, 16);
      const expected = [...text.matchAll(URL_PATTERN)].map((m) => ({ index: m.index, text: m[0] }));
      expect(urlMatches(text), JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    // Not vacuous: the random texts held hundreds of URLs.
    expect(found).toBeGreaterThan(500);
  });

  it('finds addresses and markdown link targets, without the sentence punctuation after them', () => {
    const text = 'See https://example.org/report, www.example.com. and [the list](/lists/2025).';
    expect(findUrls(text).map((u) => u.url)).toEqual(['https://example.org/report', 'www.example.com', '/lists/2025']);
  });
});
