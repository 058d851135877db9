/**
 * Offsets over a file's text as stored versus over its normalized text (the model's offsets).
 * normalizeText drops a leading BOM and turns CRLF / CR into LF, so the two differ by the BOM
 * and by the LF of each CRLF pair; both count code points. A CRLF's CR stands for the LF of the
 * normalized text, so a span ending at a line break ends before the CR in the file too.
 */
import { normalizeText } from '../text/normalize';
import { OffsetMap } from '../text/offsets';

export class FileOffsets {
  /** The normalized text (what annotation offsets refer to). */
  readonly normalized: string;
  /** Code point positions, in the file's text, of the characters normalization removes; ascending. */
  private readonly removed: number[] = [];
  private readonly fileMap: OffsetMap;

  constructor(readonly fileText: string) {
    this.normalized = normalizeText(fileText);
    this.fileMap = new OffsetMap(fileText);
    let codePoint = 0;
    for (let i = 0; i < fileText.length; i++, codePoint++) {
      const unit = fileText.charCodeAt(i);
      if (i === 0 && unit === 0xfeff) this.removed.push(0);
      else if (unit === 0x0a && i > 0 && fileText.charCodeAt(i - 1) === 0x0d) this.removed.push(codePoint);
      else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < fileText.length) {
        const next = fileText.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
  }

  /** The file offset of a normalized offset (code points, end-exclusive positions map too). */
  toFile(normalized: number): number {
    // The j-th removed character sits just before normalized position removed[j] - j.
    let lo = 0;
    let hi = this.removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.removed[mid]! - mid <= normalized) lo = mid + 1;
      else hi = mid;
    }
    return normalized + lo;
  }

  /** The normalized offset of a file offset; a removed character maps to the position after it. */
  toNormalized(file: number): number {
    let lo = 0;
    let hi = this.removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.removed[mid]! < file) lo = mid + 1;
      else hi = mid;
    }
    return file - lo;
  }

  /** The file's text between two file offsets (code points). */
  fileSlice(start: number, end: number): string {
    return this.fileText.slice(this.fileMap.toUtf16(start), this.fileMap.toUtf16(end));
  }
}
