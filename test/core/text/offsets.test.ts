import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize';
import { codePointLength, OffsetMap, offsetMapOf } from '../../../src/core/text/offsets';

describe('normalizeText', () => {
  it.each([
    ['\uFEFFabc', 'abc'],
    ['a\r\nb\rc\n', 'a\nb\nc\n'],
    ['no change', 'no change'],
    ['\r\n\r\n', '\n\n'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('OffsetMap', () => {
  it('is the identity for BMP-only text', () => {
    const map = new OffsetMap('Putin said "hello"');
    expect(map.isIdentity).toBe(true);
    expect(map.toCodePoint(7)).toBe(7);
    expect(map.toUtf16(7)).toBe(7);
  });

  it('counts an emoji as one code point', () => {
    const text = '😀 Putin and 𠀀 Xi';
    const map = new OffsetMap(text);
    const putinUtf16 = text.indexOf('Putin');
    const xiUtf16 = text.indexOf('Xi');
    expect(map.toCodePoint(putinUtf16)).toBe(2);
    expect(map.toCodePoint(xiUtf16)).toBe([...text.slice(0, xiUtf16)].length);
    expect(map.toUtf16(map.toCodePoint(xiUtf16))).toBe(xiUtf16);
    for (let cp = 0; cp <= codePointLength(text); cp++) {
      expect(map.toCodePoint(map.toUtf16(cp))).toBe(cp);
    }
  });

  it('leaves combining marks as their own code points', () => {
    const text = 'Zas\u0301 and Rahmon';
    const map = new OffsetMap(text);
    expect(map.toCodePoint(text.indexOf('Rahmon'))).toBe(9);
  });
});

describe('offsetMapOf', () => {
  it('keeps the last text\'s map, and makes another for any other text', () => {
    const astral = 'a 🌉 b 🌉 c';
    const first = offsetMapOf(astral);
    expect(offsetMapOf(astral)).toBe(first);
    expect(first.toCodePoint(astral.lastIndexOf('c'))).toBe(8);
    // Same length, other text: its own map.
    const plain = 'a xx b xx c';
    expect(plain.length).toBe(astral.length);
    expect(offsetMapOf(plain).isIdentity).toBe(true);
    // The same characters in another string: a map that gives the same offsets.
    const again = ['a 🌉 b ', '🌉 c'].join('');
    expect(offsetMapOf(again).toCodePoint(again.lastIndexOf('c'))).toBe(8);
  });
});
