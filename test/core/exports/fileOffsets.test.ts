import { describe, expect, it } from 'vitest';
import { FileOffsets } from '../../../src/core/exports/fileOffsets';

describe('FileOffsets', () => {
  it.each([
    // [file text, normalized offset, file offset]
    ['ab\ncd', 3, 3],
    ['\ufeffab\ncd', 0, 1],
    ['\ufeffab\ncd', 3, 4],
    ['ab\r\ncd', 2, 2], // the line break: at the CR
    ['ab\r\ncd', 3, 4], // after it: past CR and LF
    ['\ufeffa\r\nb\r\nc', 4, 7],
    ['a\rb', 2, 2], // lone CR: one character either way
    ['🐟\r\nx', 2, 3], // code points, not UTF-16 units
  ])('%j: normalized %i is file %i, and back', (text, normalized, file) => {
    const offsets = new FileOffsets(text);
    expect(offsets.toFile(normalized)).toBe(file);
    expect(offsets.toNormalized(file)).toBe(normalized);
  });

  it('maps every character of a BOM + CRLF text onto the same character in the file', () => {
    const file = '\ufeffHeadline 🐟\r\n\r\nBody “quoted” line\r\nlast\rline';
    const offsets = new FileOffsets(file);
    const fileChars = Array.from(file);
    Array.from(offsets.normalized).forEach((char, i) => {
      const fileChar = fileChars[offsets.toFile(i)];
      expect(char === '\n' ? fileChar === '\r' || fileChar === '\n' : fileChar === char).toBe(true);
    });
  });
});
