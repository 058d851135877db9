import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, decodeWindows1252 } from '../../../src/core/text/articleBytes';

const TEXT = 'Mayor Lena Okafor said “the bridge opens in May”.\r\nÉcole, naïve, €5.';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + 2 * text.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeArticleBytes', () => {
  it('reads UTF-8, keeping a BOM for normalizeText to strip', () => {
    expect(decodeArticleBytes(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hi')]))).toEqual({ text: '\uFEFFHi', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian by their BOM, NULs and all', () => {
    expect(decodeArticleBytes(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeArticleBytes(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Café – 5 €" in Windows-1252: é 0xE9, en dash 0x96, euro 0x80.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]);
    expect(decodeArticleBytes(bytes)).toEqual({ text: 'Café – 5 €', encoding: 'windows-1252' });
  });

  it('decodes every Windows-1252 byte as the WHATWG index has it, in texts longer than one chunk', () => {
    const all = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    for (const byte of [0, 0x41, 0x7f, 0xa0, 0xe9, 0xff]) expect(text.charCodeAt(byte)).toBe(byte);
    const long = new Uint8Array(10_000).fill(0x93);
    long[9_999] = 0x94;
    expect(decodeWindows1252(long)).toBe('“'.repeat(9_999) + '”');
  });

  it('refuses bytes with a NUL in their first 8 KB (and no UTF-16 BOM) as binary', () => {
    expect(decodeArticleBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeNull();
    const lateNul = new Uint8Array(9000).fill(0x61);
    lateNul[8500] = 0;
    expect(decodeArticleBytes(lateNul)?.encoding).toBe('utf-8');
    expect(decodeArticleBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});
