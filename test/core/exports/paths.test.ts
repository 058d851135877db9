import { describe, expect, it } from 'vitest';
import { iriOf, pathOfIri } from '../../../src/core/exports/paths';

describe('export IRIs', () => {
  it.each([
    // [file, document, base, iri]
    ['x.txt', 'x.jsonld', undefined, 'x.txt'],
    ['sub/x.txt', 'sub/x.jsonld', undefined, 'x.txt'],
    ['a b/ü#1.txt', 'a b/ü#1.jsonld', undefined, '%C3%BC%231.txt'],
    ['other/y.txt', 'sub/x.jsonld', undefined, '../other/y.txt'],
    ['y.txt', 'sub/deep/x.jsonld', undefined, '../../y.txt'],
    ['sub/x.txt', 'sub/x.jsonld', 'https://git.example/raw/', 'https://git.example/raw/sub/x.txt'],
  ])('%s from %s (base %s) is %s, and back', (file, document, base, iri) => {
    expect(iriOf(file, document, base)).toBe(iri);
    expect(pathOfIri(iri, document, base)).toBe(file);
  });

  it.each([['../../etc/passwd'], ['/etc/passwd'], ['file:///etc/passwd'], ['https://elsewhere.example/x.txt']])('%s is not a path inside the folder', (iri) => {
    expect(pathOfIri(iri, 'x.jsonld')).toBeNull();
  });
});
