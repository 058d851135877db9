/**
 * Code point <-> UTF-16 offset conversion.
 *
 * Offsets in files and JSON are Unicode code points; JavaScript strings (and VS Code
 * positions) are UTF-16. The analysis works on UTF-16 indices internally and converts
 * at its output; the editor converts back at its edge. Only astral characters
 * (surrogate pairs) make the two differ, so the map stores just their positions and
 * is free for the common all-BMP text.
 */
export class OffsetMap {
  /** UTF-16 index of the high surrogate of each astral character, ascending. */
  private readonly astral: number[];

  /** `astralFree`: the caller knows the text has no surrogate pair (the tokenizer notes it: TextMarks.astral), so it is not scanned. */
  constructor(text: string, astralFree = false) {
    const astral: number[] = [];
    // Most texts have no surrogate at all: one native scan instead of a loop over every unit.
    const firstHigh = astralFree ? -1 : text.search(/[\uD800-\uDBFF]/);
    for (let i = firstHigh === -1 ? text.length : firstHigh; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          astral.push(i);
          i++;
        }
      }
    }
    this.astral = astral;
  }

  get isIdentity(): boolean {
    return this.astral.length === 0;
  }

  /** Code point index of a UTF-16 index (an index inside a pair counts as its start). */
  toCodePoint(utf16: number): number {
    if (this.astral.length === 0) return utf16;
    // Number of astral characters that start strictly before utf16 - each took two units.
    return utf16 - countBelow(this.astral, utf16);
  }

  /** UTF-16 index of a code point index. */
  toUtf16(codePoint: number): number {
    if (this.astral.length === 0) return codePoint;
    // The k-th astral character sits at code point astral[k] - k.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }
}

/** The last text offsetMapOf was asked about, and its map. */
let lastText: string | null = null;
let lastMap: OffsetMap | null = null;

/**
 * The offset map of `text`, the last one made kept: an analysis worker's steps for one article (the
 * analysis, its number facts, its mention contexts) each need the same article's, and making one
 * reads the whole text (~38 k instructions for a 4 KB article). Comparing a text with the last one
 * is a pointer comparison when it is the same string, and ends at the lengths for most others.
 */
export function offsetMapOf(text: string, astralFree = false): OffsetMap {
  if (text !== lastText || lastMap === null) {
    lastMap = new OffsetMap(text, astralFree);
    lastText = text;
  }
  return lastMap;
}

function countBelow(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** A line/character position whose character is a UTF-16 column, as editors count. */
export interface LineColumn {
  line: number;
  character: number;
}

/** Line starts (UTF-16 indices) of an LF-normalized text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function utf16ToLineColumn(starts: readonly number[], utf16: number): LineColumn {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= utf16) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: utf16 - starts[lo]! };
}
