import { describe, expect, it } from 'vitest';
import { readStoredText, storeText } from '../../../src/core/corpus/storedText';

describe('storedText', () => {
  it('gives back the text it stored, as UTF-8 bytes', () => {
    for (const text of ['', 'plain ASCII', '“Curly” quotes — and a dash', 'Ünïcödé 🌉 astral and 中文\nlines\n']) {
      const stored = storeText(text);
      expect(stored).toBeInstanceOf(Uint8Array);
      expect(readStoredText(stored)).toBe(text);
    }
  });

  const keepsLoneSurrogates = (): void => {
    for (const text of ['broken \uD800 high', 'broken \uDC00 low', 'at the end \uD83C', '\uDF09 at the start']) {
      expect(storeText(text)).toBe(text);
      expect(readStoredText(storeText(text))).toBe(text);
    }
    expect(storeText('paired \uD83C\uDF09 is fine')).toBeInstanceOf(Uint8Array);
  };

  it('keeps a text with a lone surrogate as it is (UTF-8 has no form for it)', keepsLoneSurrogates);

  it('finds lone surrogates where the host has no String.prototype.isWellFormed too', () => {
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
    try {
      keepsLoneSurrogates();
    } finally {
      if (native) Object.defineProperty(String.prototype, 'isWellFormed', native);
    }
  });
});
