/**
 * JavaScript's \s by character code: tab, line feed, vertical tab, form feed, carriage return,
 * the Unicode space separators, line and paragraph separators and the BOM. Hot scans ask this
 * per character; a regex per character would first make a string of it.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
