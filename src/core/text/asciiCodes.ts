/**
 * ASCII character classes by code, for hot scans that read text by charCodeAt: a regex call per
 * character (or per short slice) costs more than the character test itself.
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

export function isAsciiLetter(code: number): boolean {
  return isAsciiLower(code) || isAsciiUpper(code);
}

/**
 * ASCII with no A-Z: a word that toLowerCase gives back unchanged, told without calling it (V8
 * lowercases a two-byte string, as words cut from most articles are, in C++: ~700 instructions).
 */
export function isLowercaseAsciiWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 || isAsciiUpper(code)) return false;
  }
  return true;
}

/** A token's text lowercased: the word itself when it is lowercase ASCII already (most words), without the call. */
export function lowercaseOfWord(word: string): string {
  return isLowercaseAsciiWord(word) ? word : word.toLowerCase();
}
